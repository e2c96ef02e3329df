/* select.c: the select module: select.select over select(2) and
 * select.poll over poll(2), and select.epoll on Linux. Descriptors are
 * ints or objects with a fileno() method. Calls interrupted by a signal
 * run the Python handlers and retry with the time left (PEP 475). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"
#include "../sigint.h"

static double now_mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* timeout: None -> *secs = -1 (forever); a number >= 0 -> seconds. */
static int timeout_arg(Value v, double scale, double *secs) {
    if (v_is_null(v) || v == V_NONE) {
        *secs = -1;
        return 0;
    }
    double d;
    int c = float_coerce(v, &d);
    if (c < 0) return -1;
    if (c == 0) {
        Value i = V_NULL;
        Value meth;
        int r = obj_lookup_attr(v, str_intern_cstr("__index__"), &meth);
        if (r > 0) {
            v_decref(meth);
            i = obj_index(v);
            if (v_is_null(i)) return -1;
            c = float_coerce(i, &d);
            v_decref(i);
        }
        if (c <= 0) {
            if (c == 0) err_format(&Exc_TypeError, "timeout must be an integer or None");
            return -1;
        }
    }
    if (isnan(d)) {
        err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    *secs = d * scale;
    return 0;
}

/* ---- select.select ---- */

typedef struct {
    Value items;   /* the list made from the argument */
    int *fds;
    int64_t n;
} FdList;

static void fdlist_free(FdList *l) {
    v_decref(l->items);
    mem_free(l->fds);
}

static int fdlist_fill(Value seq, FdList *l, fd_set *set, int *maxfd) {
    l->items = list_from_iterable(seq);
    l->fds = NULL;
    l->n = 0;
    if (v_is_null(l->items)) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    l->n = list_size(l->items);
    l->fds = mem_alloc(sizeof(int) * (size_t)(l->n + 1));
    if (!l->fds) {
        err_nomem();
        return -1;
    }
    for (int64_t i = 0; i < l->n; i++) {
        int fd;
        if (io_as_fd(list_items(l->items)[i], &fd) < 0) return -1;
        if (fd >= FD_SETSIZE) {
            err_format(&Exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
    }
    return 0;
}

static Value fdlist_result(FdList *l, fd_set *set) {
    Value r = list_new(0);
    if (v_is_null(r)) return V_NULL;
    for (int64_t i = 0; i < l->n; i++) {
        if (FD_ISSET(l->fds[i], set) && list_append(r, list_items(l->items)[i]) < 0) {
            v_decref(r);
            return V_NULL;
        }
    }
    return r;
}

static Value sel_select(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("select", nargs, kwnames, 3, 4) < 0) return V_NULL;
    double secs = -1;
    if (nargs > 3 && args[3] != V_NONE) {
        double d;
        int c = float_coerce(args[3], &d);
        if (c < 0) return V_NULL;
        if (c == 0) return err_format(&Exc_TypeError, "timeout must be a float or None");
        if (isnan(d)) return err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
        if (d < 0) return err_format(&Exc_ValueError, "timeout must be non-negative");
        secs = d;
    }
    FdList l[3] = {{V_NULL, NULL, 0}, {V_NULL, NULL, 0}, {V_NULL, NULL, 0}};
    fd_set sets[3], ready[3];
    int maxfd = -1;
    Value res = V_NULL;
    for (int k = 0; k < 3; k++) FD_ZERO(&sets[k]);
    for (int k = 0; k < 3; k++)
        if (fdlist_fill(args[k], &l[k], &sets[k], &maxfd) < 0) goto out;
    double deadline = secs >= 0 ? now_mono() + secs : 0;
    for (;;) {
        for (int k = 0; k < 3; k++) ready[k] = sets[k];
        struct timeval tv, *tvp = NULL;
        if (secs >= 0) {
            tv.tv_sec = (time_t)floor(secs);
            tv.tv_usec = (suseconds_t)((secs - floor(secs)) * 1e6);
            tvp = &tv;
        }
        int r = select(maxfd + 1, &ready[0], &ready[1], &ready[2], tvp);
        if (r >= 0) break;
        if (errno != EINTR) {
            io_raise_errno(errno, V_NULL);
            goto out;
        }
        if (sigint_check() < 0) goto out;
        if (secs >= 0) {
            secs = deadline - now_mono();
            if (secs < 0) secs = 0;
        }
    }
    res = tuple_new(3);
    if (v_is_null(res)) goto out;
    for (int k = 0; k < 3; k++) {
        Value x = fdlist_result(&l[k], &ready[k]);
        if (v_is_null(x)) {
            v_clear(&res);
            goto out;
        }
        tuple_items(res)[k] = x;
    }
out:
    for (int k = 0; k < 3; k++) fdlist_free(&l[k]);
    return res;
}

/* ---- select.poll ---- */

typedef struct {
    Object ob;
    Value fds;     /* dict fd -> events */
    bool polling;
} PollObject;

static TypeObject PollType;

static void poll_dealloc(Object *o) {
    v_decref(((PollObject *)o)->fds);
    obj_free(o);
}

static int events_arg(Value v, unsigned short *out) {
    int64_t e;
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (obj_as_index_i64(v, &e) < 0) return -1;
    if (e < 0) {
        err_format(&Exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (e > 0xFFFF) {
        err_format(&Exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)e;
    return 0;
}

static Value sel_poll(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("poll", nargs, kwnames, 0, 0) < 0) return V_NULL;
    PollObject *p = (PollObject *)obj_alloc(&PollType, sizeof(PollObject));
    if (!p) return V_NULL;
    p->polling = false;
    p->fds = V_NULL;          /* p is tracked: dict_new may collect */
    p->fds = dict_new();
    if (v_is_null(p->fds)) {
        obj_decref(&p->ob);
        return V_NULL;
    }
    return v_from_obj(&p->ob);
}

static Value poll_register(Value self, const Value *args, size_t nargs, Value kwnames) {
    PollObject *p = (PollObject *)v_as_obj(self);
    if (mod_positional("register", nargs, kwnames, 1, 2) < 0) return V_NULL;
    int fd;
    unsigned short ev = POLLIN | POLLPRI | POLLOUT;
    if (io_as_fd(args[0], &fd) < 0) return V_NULL;
    if (nargs > 1 && events_arg(args[1], &ev) < 0) return V_NULL;
    if (dict_set(p->fds, v_from_smallint(fd), v_from_smallint(ev)) < 0) return V_NULL;
    return V_NONE;
}

static Value poll_modify(Value self, const Value *args, size_t nargs, Value kwnames) {
    PollObject *p = (PollObject *)v_as_obj(self);
    if (mod_positional("modify", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    unsigned short ev;
    if (io_as_fd(args[0], &fd) < 0 || events_arg(args[1], &ev) < 0) return V_NULL;
    Value cur = dict_get(p->fds, v_from_smallint(fd));
    if (v_is_null(cur)) {
        if (err_occurred()) return V_NULL;
        return io_raise_errno(ENOENT, V_NULL);
    }
    if (dict_set(p->fds, v_from_smallint(fd), v_from_smallint(ev)) < 0) return V_NULL;
    return V_NONE;
}

static Value poll_unregister(Value self, const Value *args, size_t nargs, Value kwnames) {
    PollObject *p = (PollObject *)v_as_obj(self);
    if (mod_positional("unregister", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (io_as_fd(args[0], &fd) < 0) return V_NULL;
    if (obj_delitem(p->fds, v_from_smallint(fd)) < 0) return V_NULL;
    return V_NONE;
}

static Value poll_poll(Value self, const Value *args, size_t nargs, Value kwnames) {
    PollObject *p = (PollObject *)v_as_obj(self);
    if (mod_positional("poll", nargs, kwnames, 0, 1) < 0) return V_NULL;
    double ms = -1;
    if (nargs > 0 && timeout_arg(args[0], 1.0, &ms) < 0) return V_NULL;
    if (p->polling) return err_format(&Exc_RuntimeError, "concurrent poll() invocation");
    Value items = obj_call_method(p->fds, "items", NULL, 0);
    if (v_is_null(items)) return V_NULL;
    Value lst = list_from_iterable(items);
    v_decref(items);
    if (v_is_null(lst)) return V_NULL;
    int64_t n = list_size(lst);
    struct pollfd *pfd = mem_alloc(sizeof(struct pollfd) * (size_t)(n + 1));
    if (!pfd) {
        v_decref(lst);
        return err_nomem();
    }
    for (int64_t i = 0; i < n; i++) {
        Value t = list_items(lst)[i];
        pfd[i].fd = (int)v_as_smallint(tuple_items(t)[0]);
        pfd[i].events = (short)v_as_smallint(tuple_items(t)[1]);
        pfd[i].revents = 0;
    }
    v_decref(lst);
    double deadline = ms >= 0 ? now_mono() + ms / 1000.0 : 0;
    int r;
    p->polling = true;
    for (;;) {
        int tmo = ms < 0 ? -1 : ms > INT_MAX ? INT_MAX : (int)ceil(ms);
        r = poll(pfd, (nfds_t)n, tmo);
        if (r >= 0) break;
        if (errno != EINTR) {
            p->polling = false;
            mem_free(pfd);
            return io_raise_errno(errno, V_NULL);
        }
        if (sigint_check() < 0) {
            p->polling = false;
            mem_free(pfd);
            return V_NULL;
        }
        if (ms >= 0) {
            ms = (deadline - now_mono()) * 1000.0;
            if (ms < 0) ms = 0;
        }
    }
    p->polling = false;
    Value res = list_new(0);
    for (int64_t i = 0; !v_is_null(res) && i < n; i++) {
        if (!pfd[i].revents) continue;
        Value t = tuple_new(2);
        if (v_is_null(t)) {
            v_clear(&res);
            break;
        }
        tuple_items(t)[0] = v_from_smallint(pfd[i].fd);
        tuple_items(t)[1] = v_from_smallint((unsigned short)pfd[i].revents);
        int e = list_append(res, t);
        v_decref(t);
        if (e < 0) v_clear(&res);
    }
    mem_free(pfd);
    return res;
}

static const MethodDef poll_methods[] = {
    {"register", poll_register, 0, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, 0, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, 0, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, 0, "Polls the set of registered file descriptors."},
    {NULL, NULL, 0, NULL},
};

static TypeObject PollType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "select.poll",
    .basicsize = sizeof(PollObject),
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

/* ---- select.epoll ---- */

typedef struct {
    Object ob;
    int epfd;   /* -1 once closed */
} EpollObject;

static TypeObject EpollType;

static void epoll_dealloc(Object *o) {
    EpollObject *e = (EpollObject *)o;
    if (e->epfd >= 0) close(e->epfd);
    obj_free(o);
}

static Value epoll_new_obj(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"sizehint", "flags"};
    Value a[2];
    if (args_parse("epoll", args, nargs, kwnames, kw, 2, 2, 0, a) < 0) return V_NULL;
    int64_t hint = -1;
    if (!v_is_null(a[0]) && obj_as_index_i64(a[0], &hint) < 0) return V_NULL;
    if (hint == 0 || hint < -1) return err_format(&Exc_ValueError, "negative sizehint");
    EpollObject *e = (EpollObject *)obj_alloc(type, sizeof(EpollObject));
    if (!e) return V_NULL;
    e->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (e->epfd < 0) {
        int err = errno;
        obj_decref(&e->ob);
        return io_raise_errno(err, V_NULL);
    }
    return v_from_obj(&e->ob);
}

static int epoll_open(EpollObject *e) {
    if (e->epfd < 0) {
        err_format(&Exc_ValueError, "I/O operation on closed epoll object");
        return -1;
    }
    return 0;
}

static Value epoll_ctl_common(Value self, const char *fname, int op, const Value *args, size_t nargs,
                              Value kwnames, bool has_mask, bool mask_required) {
    EpollObject *e = (EpollObject *)v_as_obj(self);
    static const char *const kw[] = {"fd", "eventmask"};
    Value a[2];
    if (args_parse(fname, args, nargs, kwnames, kw, has_mask ? 2 : 1, has_mask ? 2 : 1,
                   mask_required ? 2 : 1, a) < 0)
        return V_NULL;
    if (epoll_open(e) < 0) return V_NULL;
    int fd;
    if (io_as_fd(a[0], &fd) < 0) return V_NULL;
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (has_mask && !v_is_null(a[1])) {
        int64_t m;
        if (obj_as_index_i64(a[1], &m) < 0) return V_NULL;
        ev.events = (uint32_t)m;
    }
    ev.data.fd = fd;
    if (epoll_ctl(e->epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev) < 0) return io_raise_errno(errno, V_NULL);
    return V_NONE;
}

static Value epoll_register(Value self, const Value *args, size_t nargs, Value kwnames) {
    return epoll_ctl_common(self, "register", EPOLL_CTL_ADD, args, nargs, kwnames, true, false);
}
static Value epoll_modify(Value self, const Value *args, size_t nargs, Value kwnames) {
    return epoll_ctl_common(self, "modify", EPOLL_CTL_MOD, args, nargs, kwnames, true, true);
}
static Value epoll_unregister(Value self, const Value *args, size_t nargs, Value kwnames) {
    return epoll_ctl_common(self, "unregister", EPOLL_CTL_DEL, args, nargs, kwnames, false, false);
}

static Value epoll_poll(Value self, const Value *args, size_t nargs, Value kwnames) {
    EpollObject *e = (EpollObject *)v_as_obj(self);
    static const char *const kw[] = {"timeout", "maxevents"};
    Value a[2];
    if (args_parse("poll", args, nargs, kwnames, kw, 2, 2, 0, a) < 0) return V_NULL;
    if (epoll_open(e) < 0) return V_NULL;
    double secs = -1;
    if (timeout_arg(a[0], 1.0, &secs) < 0) return V_NULL;
    if (secs < 0) secs = -1;
    int64_t maxev = -1;
    if (!v_is_null(a[1]) && obj_as_index_i64(a[1], &maxev) < 0) return V_NULL;
    if (maxev == -1) maxev = FD_SETSIZE - 1;
    else if (maxev < 1) return err_format(&Exc_ValueError, "maxevents must be greater than 0, got %lld",
                                          (long long)maxev);
    struct epoll_event *evs = mem_alloc(sizeof(struct epoll_event) * (size_t)maxev);
    if (!evs) return err_nomem();
    double deadline = secs >= 0 ? now_mono() + secs : 0;
    int r;
    for (;;) {
        int tmo = secs < 0 ? -1 : secs * 1000 > INT_MAX ? INT_MAX : (int)ceil(secs * 1000);
        r = epoll_wait(e->epfd, evs, (int)maxev, tmo);
        if (r >= 0) break;
        if (errno != EINTR) {
            mem_free(evs);
            return io_raise_errno(errno, V_NULL);
        }
        if (sigint_check() < 0) {
            mem_free(evs);
            return V_NULL;
        }
        if (secs >= 0) {
            secs = deadline - now_mono();
            if (secs < 0) secs = 0;
        }
    }
    Value res = list_new(0);
    for (int i = 0; !v_is_null(res) && i < r; i++) {
        Value t = tuple_new(2);
        if (v_is_null(t)) {
            v_clear(&res);
            break;
        }
        tuple_items(t)[0] = v_from_smallint(evs[i].data.fd);
        tuple_items(t)[1] = v_from_smallint(evs[i].events);
        int x = list_append(res, t);
        v_decref(t);
        if (x < 0) v_clear(&res);
    }
    mem_free(evs);
    return res;
}

static Value epoll_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    EpollObject *e = (EpollObject *)v_as_obj(self);
    if (e->epfd >= 0) {
        close(e->epfd);
        e->epfd = -1;
    }
    return V_NONE;
}

static Value epoll_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    EpollObject *e = (EpollObject *)v_as_obj(self);
    if (epoll_open(e) < 0) return V_NULL;
    return v_from_smallint(e->epfd);
}

static Value epoll_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (epoll_open((EpollObject *)v_as_obj(self)) < 0) return V_NULL;
    return v_newref(self);
}

static Value epoll_get_closed(Value self) { return v_from_bool(((EpollObject *)v_as_obj(self))->epfd < 0); }

static const MethodDef epoll_methods[] = {
    {"register", epoll_register, 0, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, 0, "Modify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, 0, "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, 0, "Wait for events on the epoll file descriptor."},
    {"close", epoll_close, 0, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, 0, "Return the epoll control file descriptor."},
    {"__enter__", epoll_enter, 0, NULL},
    {"__exit__", epoll_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef epoll_getset[] = {
    {"closed", epoll_get_closed, NULL},
    {NULL, NULL, NULL},
};

static TypeObject EpollType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "select.epoll",
    .basicsize = sizeof(EpollObject),
    .dealloc = epoll_dealloc,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .construct = epoll_new_obj,
};

static const MethodDef select_functions[] = {
    {"select", sel_select, 0, "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", sel_poll, 0, "Returns a polling object."},
    {NULL, NULL, 0, NULL},
};

Value module_init_select(void) {
    Value m = mod_create("select", select_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (type_ready(&PollType) < 0 || mod_add_type(m, "epoll", &EpollType) < 0) goto fail;
    if (dict_set_cstr(d, "error", v_from_obj(&Exc_OSError)) < 0) goto fail;
    static const struct { const char *name; int64_t value; } ints[] = {
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
        {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
        {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
        {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", PIPE_BUF},
        {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
        {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", (int64_t)(uint32_t)EPOLLET}, {"EPOLLONESHOT", EPOLLONESHOT},
        {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
        {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND},
        {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (dict_set_cstr(d, ints[i].name, v_from_smallint(ints[i].value)) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
