/* socket.c: the _socket module, the C half of socket (lib/socket.py).
 *
 * coil's _socket works on file descriptors: each function takes the
 * descriptor (and, where it matters, the socket's address family and its
 * timeout) and lib/socket.py keeps them in its socket class, so that class
 * is an ordinary Python class (subclassable, with makefile/sendall/... in
 * Python as CPython has them).
 *
 * Timeouts are CPython's: a timeout of None (-1 here) is a blocking
 * descriptor; 0 is a non-blocking one (BlockingIOError when the call would
 * block); t > 0 is a non-blocking descriptor and the call waits with poll()
 * for at most t seconds in all, then raises TimeoutError('timed out').
 * Calls interrupted by a signal run the Python handlers and retry (PEP 475).
 *
 * coil runs Python threads one after another (lib/threading.py): a
 * blocking call blocks the whole program, as it does the calling thread
 * in CPython; nothing here releases or needs a lock. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../floatobject.h"
#include "../int.h"
#include "../list.h"
#include "../memoryview.h"
#include "../sigint.h"

static Value gaierror_type = V_NULL, herror_type = V_NULL;

typedef union {
    struct sockaddr sa;
    struct sockaddr_in in;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage st;
} SockAddr;

static double now_mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static Value raise_os(int err) { return io_raise_errno(err, V_NULL); }

static Value raise_gai(int code) {
    if (code == EAI_SYSTEM) return raise_os(errno);
    Value exc = V_NULL;
    Value msg = str_from_cstr(gai_strerror(code));
    if (!v_is_null(msg)) {
        Value a[2] = {v_from_smallint(code), msg};
        exc = obj_call(gaierror_type, a, 2, V_NULL);
        v_decref(msg);
    }
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

static int int_arg(Value v, int64_t *out) {
    if (v_is_float(v)) {
        err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return obj_as_index_i64(v, out);
}

/* A bytes-like argument (bytes, bytearray, memoryview): its bytes, or -1
 * with CPython's TypeError. */
static int data_arg(Value v, const uint8_t **p, int64_t *n) {
    if (bytes_like_view(v, p, n) || (v_is_memoryview(v) && memoryview_data(v, p, n))) return 0;
    if (!err_occurred())
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

static int fd_arg(Value v, int *fd) {
    int64_t x;
    if (int_arg(v, &x) < 0) return -1;
    *fd = (int)x;
    return 0;
}

/* timeout: None -> -1, else seconds (>= 0, validated by socket.py). */
static int timeout_arg(Value v, double *t) {
    if (v_is_null(v) || v == V_NONE) {
        *t = -1;
        return 0;
    }
    if (float_coerce(v, t) <= 0) {
        if (!err_occurred()) err_format(&Exc_TypeError, "timeout must be a float or None");
        return -1;
    }
    return 0;
}

/* Waits until fd is ready for events or the deadline passes: 0 ready,
 * -1 with TimeoutError('timed out') or the error set. */
static int wait_fd(int fd, short events, double deadline) {
    for (;;) {
        double left = deadline - now_mono();
        if (left <= 0) break;
        double ms = ceil(left * 1000);
        struct pollfd p = {fd, events, 0};
        int r = poll(&p, 1, ms > INT_MAX ? INT_MAX : (int)ms);
        if (r > 0) return 0;
        if (r == 0) break;
        if (errno != EINTR) {
            raise_os(errno);
            return -1;
        }
        if (sigint_check() < 0) return -1;
    }
    err_format(&Exc_TimeoutError, "timed out");
    return -1;
}

/* After a failed call with errno err: 1 retry, 0 raise (error set). */
static int retry_after(int fd, int err, short events, double timeout, double deadline) {
    if (err == EINTR) return sigint_check() < 0 ? 0 : 1;
    if (timeout > 0 && (err == EAGAIN || err == EWOULDBLOCK)) return wait_fd(fd, events, deadline) < 0 ? 0 : 1;
    raise_os(err);
    return 0;
}

/* ---- addresses ---- */

static int set_ipaddr(const char *host, int family, SockAddr *out, socklen_t *len) {
    memset(out, 0, sizeof *out);
    if (family == AF_INET) {
        out->in.sin_family = AF_INET;
        *len = sizeof out->in;
        if (!host[0]) { out->in.sin_addr.s_addr = htonl(INADDR_ANY); return 0; }
        if (!strcmp(host, "<broadcast>") || !strcmp(host, "255.255.255.255")) {
            out->in.sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, host, &out->in.sin_addr) == 1) return 0;
    } else {
        out->in6.sin6_family = AF_INET6;
        *len = sizeof out->in6;
        if (!host[0]) { out->in6.sin6_addr = in6addr_any; return 0; }
        if (inet_pton(AF_INET6, host, &out->in6.sin6_addr) == 1) return 0;
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    int e = getaddrinfo(host, NULL, &hints, &res);
    if (e) {
        raise_gai(e);
        return -1;
    }
    if (family == AF_INET) out->in.sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    else out->in6.sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return 0;
}

/* host as a C string: str (ASCII/UTF-8) or bytes; keep holds a reference. */
static const char *host_arg(Value h) {
    if (v_is_str(h)) return str_data(h);
    if (v_is_byteslike(h)) return (const char *)((BytesObject *)v_as_obj(h))->data;
    err_format(&Exc_TypeError, "str, bytes or bytearray expected, not %s", v_type_name(h));
    return NULL;
}

static int get_addr(const char *caller, int family, Value addr, SockAddr *out, socklen_t *len) {
    if (family == AF_UNIX) {
        const char *p;
        int64_t n;
        if (v_is_str(addr)) {
            p = str_data(addr);
            n = str_nbytes(addr);
        } else if (!bytes_like_view(addr, (const uint8_t **)&p, &n)) {
            err_format(&Exc_TypeError, "%s(): AF_UNIX address must be str or bytes, not %s", caller,
                       v_type_name(addr));
            return -1;
        }
        if ((size_t)n >= sizeof out->un.sun_path) {
            err_format(&Exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        memset(out, 0, sizeof *out);
        out->un.sun_family = AF_UNIX;
        memcpy(out->un.sun_path, p, (size_t)n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n && p[0] ? 1 : 0));
        return 0;
    }
    if (family != AF_INET && family != AF_INET6) {
        err_format(&Exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!v_is_tuple(addr)) {
        err_format(&Exc_TypeError, "%s(): %s address must be tuple, not %s", caller, fam, v_type_name(addr));
        return -1;
    }
    int64_t n = tuple_size(addr);
    if (family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        if (family == AF_INET) err_format(&Exc_TypeError, "AF_INET address must be a pair (host, port)");
        else err_format(&Exc_TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    Value *it = tuple_items(addr);
    const char *host = host_arg(it[0]);
    if (!host) return -1;
    int64_t port, flow = 0, scope = 0;
    if (int_arg(it[1], &port) < 0) return -1;
    if (n > 2 && int_arg(it[2], &flow) < 0) return -1;
    if (n > 3 && int_arg(it[3], &scope) < 0) return -1;
    if (port < 0 || port > 0xffff) {
        err_format(&Exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    if (flow < 0 || flow > 0xfffff) {
        err_format(&Exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    if (set_ipaddr(host, family, out, len) < 0) return -1;
    if (family == AF_INET) {
        out->in.sin_port = htons((uint16_t)port);
    } else {
        out->in6.sin6_port = htons((uint16_t)port);
        out->in6.sin6_flowinfo = htonl((uint32_t)flow);
        out->in6.sin6_scope_id = (uint32_t)scope;
    }
    return 0;
}

static Value make_addr(const SockAddr *a, socklen_t len) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) return V_NONE;
    switch (a->sa.sa_family) {
    case AF_INET:
        inet_ntop(AF_INET, &a->in.sin_addr, buf, sizeof buf);
        {
            Value h = str_from_cstr(buf);
            if (v_is_null(h)) return V_NULL;
            Value t = tuple_pack(2, h, v_from_smallint(ntohs(a->in.sin_port)));
            v_decref(h);
            return t;
        }
    case AF_INET6:
        inet_ntop(AF_INET6, &a->in6.sin6_addr, buf, sizeof buf);
        {
            Value h = str_from_cstr(buf);
            if (v_is_null(h)) return V_NULL;
            Value t = tuple_pack(4, h, v_from_smallint(ntohs(a->in6.sin6_port)),
                                 v_from_smallint(ntohl(a->in6.sin6_flowinfo)),
                                 v_from_smallint(a->in6.sin6_scope_id));
            v_decref(h);
            return t;
        }
    case AF_UNIX: {
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? len - off : 0;
        if (n && a->un.sun_path[0] == 0) return bytes_new(a->un.sun_path, n);
        n = strnlen(a->un.sun_path, n);
        return str_new_checked(a->un.sun_path, n);
    }
    default:
        return tuple_pack(2, v_from_smallint(a->sa.sa_family), V_NONE);
    }
}

/* ---- socket operations on descriptors ---- */

/* socket(family, type, proto) -> fd (close-on-exec, as CPython's). */
static Value s_socket(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("socket", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int64_t f, t, p;
    if (int_arg(args[0], &f) < 0 || int_arg(args[1], &t) < 0 || int_arg(args[2], &p) < 0) return V_NULL;
    int fd = socket((int)f, (int)t | SOCK_CLOEXEC, (int)p);
    if (fd < 0) return raise_os(errno);
    return v_from_smallint(fd);
}

/* socketpair(family, type, proto) -> (fd, fd) */
static Value s_socketpair(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("socketpair", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int64_t f, t, p;
    if (int_arg(args[0], &f) < 0 || int_arg(args[1], &t) < 0 || int_arg(args[2], &p) < 0) return V_NULL;
    int sv[2];
    if (socketpair((int)f, (int)t | SOCK_CLOEXEC, (int)p, sv) < 0) return raise_os(errno);
    return tuple_pack(2, v_from_smallint(sv[0]), v_from_smallint(sv[1]));
}

/* sockinfo(fd) -> (family, type, proto) of an open socket descriptor. */
static Value s_sockinfo(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("sockinfo", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int v[3];
    static const int opts[3] = {SO_DOMAIN, SO_TYPE, SO_PROTOCOL};
    for (int i = 0; i < 3; i++) {
        socklen_t l = sizeof v[i];
        if (getsockopt(fd, SOL_SOCKET, opts[i], &v[i], &l) < 0) return raise_os(errno);
    }
    return tuple_pack(3, v_from_smallint(v[0]), v_from_smallint(v[1]), v_from_smallint(v[2]));
}

static Value s_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("close", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    /* As CPython: ECONNRESET from close() is not an error. */
    if (close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_os(errno);
    return V_NONE;
}

static Value s_dup(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("dup", nargs, kwnames, 1, 1) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return raise_os(errno);
    return v_from_smallint(r);
}

/* setblocking(fd, flag): clears or sets O_NONBLOCK. */
static Value s_setblocking(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setblocking", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int b = obj_truthy(args[1]);
    if (b < 0) return V_NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return raise_os(errno);
    int nf = b ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    if (nf != fl && fcntl(fd, F_SETFL, nf) < 0) return raise_os(errno);
    return V_NONE;
}

/* bind(fd, family, address) */
static Value s_bind(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("bind", nargs, kwnames, 3, 3) < 0) return V_NULL;
    int fd;
    int64_t fam;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &fam) < 0) return V_NULL;
    SockAddr a;
    socklen_t len;
    if (get_addr("bind", (int)fam, args[2], &a, &len) < 0) return V_NULL;
    if (bind(fd, &a.sa, len) < 0) return raise_os(errno);
    return V_NONE;
}

static Value s_listen(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("listen", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    int64_t backlog;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &backlog) < 0) return V_NULL;
    if (backlog < 0) backlog = 0;
    if (listen(fd, backlog > INT_MAX ? INT_MAX : (int)backlog) < 0) return raise_os(errno);
    return V_NONE;
}

/* connect(fd, family, address, timeout, raise) -> 0, or the errno when
 * raise is false (connect_ex). */
static Value s_connect(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("connect", nargs, kwnames, 5, 5) < 0) return V_NULL;
    int fd;
    int64_t fam;
    double timeout;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &fam) < 0 || timeout_arg(args[3], &timeout) < 0)
        return V_NULL;
    int do_raise = obj_truthy(args[4]);
    if (do_raise < 0) return V_NULL;
    SockAddr a;
    socklen_t len;
    if (get_addr(do_raise ? "connect" : "connect_ex", (int)fam, args[2], &a, &len) < 0) return V_NULL;
    int err = 0;
    if (connect(fd, &a.sa, len) < 0) {
        err = errno;
        bool wait = (err == EINTR && timeout != 0) || (err == EINPROGRESS && timeout > 0);
        if (err == EINTR && sigint_check() < 0) return V_NULL;
        if (wait) {
            /* The connection goes on in the background: wait for it. */
            if (timeout > 0) {
                if (wait_fd(fd, POLLOUT, now_mono() + timeout) < 0) {
                    if (!do_raise && err_matches(&Exc_TimeoutError)) {
                        err_clear();
                        return v_from_smallint(EWOULDBLOCK);
                    }
                    return V_NULL;
                }
            } else {
                struct pollfd p = {fd, POLLOUT, 0};
                while (poll(&p, 1, -1) < 0) {
                    if (errno != EINTR) return raise_os(errno);
                    if (sigint_check() < 0) return V_NULL;
                }
            }
            socklen_t l = sizeof err;
            if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &l) < 0) err = errno;
            if (err == EISCONN) err = 0;
        }
    }
    if (err && do_raise) return raise_os(err);
    return v_from_smallint(err);
}

/* accept(fd, timeout) -> (newfd, address) */
static Value s_accept(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("accept", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    double timeout;
    if (fd_arg(args[0], &fd) < 0 || timeout_arg(args[1], &timeout) < 0) return V_NULL;
    double deadline = timeout > 0 ? now_mono() + timeout : 0;
    SockAddr a;
    socklen_t len;
    int nfd;
    for (;;) {
        len = sizeof a;
        memset(&a, 0, sizeof a);
        nfd = accept4(fd, &a.sa, &len, SOCK_CLOEXEC);
        if (nfd >= 0) break;
        if (!retry_after(fd, errno, POLLIN, timeout, deadline)) return V_NULL;
    }
    Value addr = make_addr(&a, len);
    if (v_is_null(addr)) {
        close(nfd);
        return V_NULL;
    }
    Value r = tuple_pack(2, v_from_smallint(nfd), addr);
    v_decref(addr);
    return r;
}

/* send(fd, data, flags, timeout) -> bytes sent */
static Value s_send(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("send", nargs, kwnames, 4, 4) < 0) return V_NULL;
    int fd;
    int64_t flags;
    double timeout;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[2], &flags) < 0 || timeout_arg(args[3], &timeout) < 0)
        return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[1], &p, &n) < 0) return V_NULL;
    double deadline = timeout > 0 ? now_mono() + timeout : 0;
    ssize_t r;
    for (;;) {
        r = send(fd, p, (size_t)n, (int)flags | MSG_NOSIGNAL);
        if (r >= 0) break;
        if (!retry_after(fd, errno, POLLOUT, timeout, deadline)) return V_NULL;
    }
    return int_from_i64(r);
}

/* sendto(fd, data, flags, family, address, timeout) -> bytes sent */
static Value s_sendto(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("sendto", nargs, kwnames, 6, 6) < 0) return V_NULL;
    int fd;
    int64_t flags, fam;
    double timeout;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[2], &flags) < 0 || int_arg(args[3], &fam) < 0 ||
        timeout_arg(args[5], &timeout) < 0)
        return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[1], &p, &n) < 0) return V_NULL;
    SockAddr a;
    socklen_t len;
    if (get_addr("sendto", (int)fam, args[4], &a, &len) < 0) return V_NULL;
    double deadline = timeout > 0 ? now_mono() + timeout : 0;
    ssize_t r;
    for (;;) {
        r = sendto(fd, p, (size_t)n, (int)flags | MSG_NOSIGNAL, &a.sa, len);
        if (r >= 0) break;
        if (!retry_after(fd, errno, POLLOUT, timeout, deadline)) return V_NULL;
    }
    return int_from_i64(r);
}

/* recv(fd, bufsize, flags, timeout, want_address) -> bytes, or
 * (bytes, address) when want_address (recvfrom). */
static Value s_recv(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("recv", nargs, kwnames, 5, 5) < 0) return V_NULL;
    int fd;
    int64_t size, flags;
    double timeout;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &size) < 0 || int_arg(args[2], &flags) < 0 ||
        timeout_arg(args[3], &timeout) < 0)
        return V_NULL;
    int from = obj_truthy(args[4]);
    if (from < 0) return V_NULL;
    if (size < 0)
        return err_format(&Exc_ValueError, from ? "negative buffersize in recvfrom" : "negative buffersize in recv");
    char *buf = mem_alloc((size_t)size + 1);
    if (!buf) return err_nomem();
    double deadline = timeout > 0 ? now_mono() + timeout : 0;
    SockAddr a;
    socklen_t len;
    ssize_t r;
    for (;;) {
        len = sizeof a;
        memset(&a, 0, sizeof a.sa);
        r = from ? recvfrom(fd, buf, (size_t)size, (int)flags, &a.sa, &len) : recv(fd, buf, (size_t)size, (int)flags);
        if (r >= 0) break;
        if (!retry_after(fd, errno, POLLIN, timeout, deadline)) {
            mem_free(buf);
            return V_NULL;
        }
    }
    Value data = bytes_new(buf, (size_t)r);
    mem_free(buf);
    if (!from || v_is_null(data)) return data;
    Value addr = make_addr(&a, len);
    if (v_is_null(addr)) {
        v_decref(data);
        return V_NULL;
    }
    Value t = tuple_pack(2, data, addr);
    v_decref(data);
    v_decref(addr);
    return t;
}

static Value s_shutdown(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("shutdown", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    int64_t how;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &how) < 0) return V_NULL;
    if (shutdown(fd, (int)how) < 0) return raise_os(errno);
    return V_NONE;
}

/* name(fd, peer) -> getsockname / getpeername */
static Value s_name(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("name", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return V_NULL;
    int peer = obj_truthy(args[1]);
    if (peer < 0) return V_NULL;
    SockAddr a;
    memset(&a, 0, sizeof a);
    socklen_t len = sizeof a;
    if ((peer ? getpeername(fd, &a.sa, &len) : getsockname(fd, &a.sa, &len)) < 0) return raise_os(errno);
    return make_addr(&a, len);
}

/* setsockopt(fd, level, option, value): value an int or a bytes-like. */
static Value s_setsockopt(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("setsockopt", nargs, kwnames, 4, 4) < 0) return V_NULL;
    int fd;
    int64_t level, opt;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &level) < 0 || int_arg(args[2], &opt) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    int iv;
    if (v_is_int(args[3]) || v_is_bool(args[3])) {
        int64_t x;
        if (int_arg(args[3], &x) < 0) return V_NULL;
        iv = (int)x;
        p = (const uint8_t *)&iv;
        n = sizeof iv;
    } else if (data_arg(args[3], &p, &n) < 0) {
        return V_NULL;
    }
    if (setsockopt(fd, (int)level, (int)opt, p, (socklen_t)n) < 0) return raise_os(errno);
    return V_NONE;
}

/* getsockopt(fd, level, option, buflen): an int when buflen is 0, else bytes. */
static Value s_getsockopt(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getsockopt", nargs, kwnames, 4, 4) < 0) return V_NULL;
    int fd;
    int64_t level, opt, buflen;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &level) < 0 || int_arg(args[2], &opt) < 0 ||
        int_arg(args[3], &buflen) < 0)
        return V_NULL;
    if (buflen == 0) {
        int v = 0;
        socklen_t l = sizeof v;
        if (getsockopt(fd, (int)level, (int)opt, &v, &l) < 0) return raise_os(errno);
        return v_from_smallint(v);
    }
    if (buflen < 0 || buflen > 1024) return err_format(&Exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t l = (socklen_t)buflen;
    if (getsockopt(fd, (int)level, (int)opt, buf, &l) < 0) return raise_os(errno);
    return bytes_new(buf, l);
}

/* ---- module functions ---- */

static Value s_gethostname(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    (void)args;
    if (mod_positional("gethostname", nargs, kwnames, 0, 0) < 0) return V_NULL;
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) return raise_os(errno);
    buf[sizeof buf - 1] = 0;
    return str_new_checked(buf, strlen(buf));
}

static Value s_gethostbyname(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("gethostbyname", nargs, kwnames, 1, 1) < 0) return V_NULL;
    const char *h = host_arg(args[0]);
    if (!h) return V_NULL;
    SockAddr a;
    socklen_t len;
    if (set_ipaddr(h, AF_INET, &a, &len) < 0) return V_NULL;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &a.in.sin_addr, buf, sizeof buf);
    return str_from_cstr(buf);
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) ->
 * [(family, type, proto, canonname, sockaddr)] with plain ints. */
static Value s_getaddrinfo(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const kw[] = {"host", "port", "family", "type", "proto", "flags"};
    Value a[6];
    if (args_parse("getaddrinfo", args, nargs, kwnames, kw, 6, 6, 2, a) < 0) return V_NULL;
    const char *host = NULL, *port = NULL;
    char pbuf[32];
    if (a[0] != V_NONE && !(host = host_arg(a[0]))) return V_NULL;
    if (v_is_int(a[1])) {
        int64_t p;
        if (int_arg(a[1], &p) < 0) return V_NULL;
        snprintf(pbuf, sizeof pbuf, "%lld", (long long)p);
        port = pbuf;
    } else if (v_is_str(a[1]) || v_is_byteslike(a[1])) {
        port = host_arg(a[1]);
    } else if (a[1] != V_NONE) {
        return err_format(&Exc_OSError, "Int or String expected");
    }
    int64_t iv[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++)
        if (!v_is_null(a[2 + i]) && int_arg(a[2 + i], &iv[i]) < 0) return V_NULL;
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = (int)iv[0];
    hints.ai_socktype = (int)iv[1];
    hints.ai_protocol = (int)iv[2];
    hints.ai_flags = (int)iv[3];
    int e = getaddrinfo(host, port, &hints, &res);
    if (e) return raise_gai(e);
    Value list = list_new(0);
    for (struct addrinfo *r = res; r && !v_is_null(list); r = r->ai_next) {
        SockAddr sa;
        memset(&sa, 0, sizeof sa);
        memcpy(&sa, r->ai_addr, r->ai_addrlen < sizeof sa ? r->ai_addrlen : sizeof sa);
        Value addr = make_addr(&sa, r->ai_addrlen);
        Value canon = str_from_cstr(r->ai_canonname ? r->ai_canonname : "");
        Value t = V_NULL;
        if (!v_is_null(addr) && !v_is_null(canon))
            t = tuple_pack(5, v_from_smallint(r->ai_family), v_from_smallint(r->ai_socktype),
                           v_from_smallint(r->ai_protocol), canon, addr);
        v_decref(addr);
        v_decref(canon);
        if (v_is_null(t) || list_append(list, t) < 0) v_clear(&list);
        v_decref(t);
    }
    freeaddrinfo(res);
    return list;
}

/* getnameinfo(sockaddr, flags) -> (host, port) */
static Value s_getnameinfo(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getnameinfo", nargs, kwnames, 2, 2) < 0) return V_NULL;
    Value sa = args[0];
    int64_t flags;
    if (int_arg(args[1], &flags) < 0) return V_NULL;
    if (!v_is_tuple(sa)) return err_format(&Exc_TypeError, "getnameinfo() argument 1 must be a tuple");
    int64_t n = tuple_size(sa);
    if (n < 2 || n > 4) return err_format(&Exc_TypeError, "getnameinfo(): illegal sockaddr argument");
    Value *it = tuple_items(sa);
    const char *host = host_arg(it[0]);
    if (!host) return V_NULL;
    int64_t port;
    if (int_arg(it[1], &port) < 0) return V_NULL;
    if (port < 0 || port > 0xffff) return err_format(&Exc_OverflowError, "getnameinfo(): port must be 0-65535.");
    char pbuf[16];
    snprintf(pbuf, sizeof pbuf, "%d", (int)port);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    int e = getaddrinfo(host, pbuf, &hints, &res);
    if (e) return raise_gai(e);
    if (res->ai_next) {
        freeaddrinfo(res);
        return err_format(&Exc_OSError, "sockaddr resolved to multiple addresses");
    }
    SockAddr a;
    memset(&a, 0, sizeof a);
    memcpy(&a, res->ai_addr, res->ai_addrlen < sizeof a ? res->ai_addrlen : sizeof a);
    socklen_t alen = res->ai_addrlen;
    freeaddrinfo(res);
    if (a.sa.sa_family == AF_INET && n != 2)
        return err_format(&Exc_OSError, "IPv4 sockaddr must be 2 tuple");
    if (a.sa.sa_family == AF_INET6) {
        int64_t flow = 0, scope = 0;
        if (n > 2 && int_arg(it[2], &flow) < 0) return V_NULL;
        if (n > 3 && int_arg(it[3], &scope) < 0) return V_NULL;
        a.in6.sin6_flowinfo = htonl((uint32_t)flow);
        a.in6.sin6_scope_id = (uint32_t)scope;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    e = getnameinfo(&a.sa, alen, hbuf, sizeof hbuf, sbuf, sizeof sbuf, (int)flags);
    if (e) return raise_gai(e);
    Value h = str_from_cstr(hbuf), s = str_from_cstr(sbuf);
    Value t = (v_is_null(h) || v_is_null(s)) ? V_NULL : tuple_pack(2, h, s);
    v_decref(h);
    v_decref(s);
    return t;
}

static Value s_inet_aton(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("inet_aton", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0]))
        return err_format(&Exc_TypeError, "inet_aton() argument 1 must be str, not %s", v_type_name(args[0]));
    struct in_addr in;
    if (!inet_aton(str_data(args[0]), &in))
        return err_format(&Exc_OSError, "illegal IP address string passed to inet_aton");
    return bytes_new(&in, 4);
}

static Value s_inet_ntoa(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("inet_ntoa", nargs, kwnames, 1, 1) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[0], &p, &n) < 0) return V_NULL;
    if (n != 4) return err_format(&Exc_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, p, buf, sizeof buf);
    return str_from_cstr(buf);
}

static Value s_inet_pton(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("inet_pton", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t af;
    if (int_arg(args[0], &af) < 0) return V_NULL;
    if (!v_is_str(args[1]))
        return err_format(&Exc_TypeError, "inet_pton() argument 2 must be str, not %s", v_type_name(args[1]));
    unsigned char buf[16];
    int r = inet_pton((int)af, str_data(args[1]), buf);
    if (r < 0) return raise_os(errno);
    if (r == 0) return err_format(&Exc_OSError, "illegal IP address string passed to inet_pton");
    return bytes_new(buf, af == AF_INET ? 4 : 16);
}

static Value s_inet_ntop(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("inet_ntop", nargs, kwnames, 2, 2) < 0) return V_NULL;
    int64_t af;
    if (int_arg(args[0], &af) < 0) return V_NULL;
    const uint8_t *p;
    int64_t n;
    if (data_arg(args[1], &p, &n) < 0) return V_NULL;
    if (af == AF_INET) {
        if (n != 4) return err_format(&Exc_ValueError, "invalid length of packed IP address string");
    } else if (af == AF_INET6) {
        if (n != 16) return err_format(&Exc_ValueError, "invalid length of packed IP address string");
    } else {
        return err_format(&Exc_ValueError, "unknown address family %lld", (long long)af);
    }
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop((int)af, p, buf, sizeof buf)) return raise_os(errno);
    return str_from_cstr(buf);
}

static Value conv16(const char *name, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional(name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_int(args[0]))
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(args[0]));
    int64_t x;
    if (obj_as_index_i64(args[0], &x) < 0) {
        if (!err_matches(&Exc_OverflowError)) return V_NULL;
        err_clear();
        x = INT64_MAX;
    }
    if (x < 0)
        return err_format(&Exc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name);
    if (x > 0xffff)
        return err_format(&Exc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name);
    return v_from_smallint(htons((uint16_t)x));
}

static Value conv32(const Value *args, size_t nargs, Value kwnames, const char *name) {
    if (mod_positional(name, nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_int(args[0]))
        return err_format(&Exc_TypeError, "expected int, %s found", v_type_name(args[0]));
    int64_t x;
    if (obj_as_index_i64(args[0], &x) < 0) {
        if (!err_matches(&Exc_OverflowError)) return V_NULL;
        err_clear();
        x = INT64_MAX;
    }
    if (x < 0) return err_format(&Exc_OverflowError, "can't convert negative value to unsigned int");
    if (x > 0xffffffffLL) return err_format(&Exc_OverflowError, "int larger than 32 bits");
    return int_from_i64(htonl((uint32_t)x));
}

static Value s_htons(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return conv16("htons", args, nargs, kwnames);
}
static Value s_ntohs(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return conv16("ntohs", args, nargs, kwnames);
}
static Value s_htonl(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return conv32(args, nargs, kwnames, "htonl");
}
static Value s_ntohl(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    return conv32(args, nargs, kwnames, "ntohl");
}

static Value s_getservbyname(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getservbyname", nargs, kwnames, 1, 2) < 0) return V_NULL;
    if (!v_is_str(args[0]) || (nargs > 1 && !v_is_str(args[1])))
        return err_format(&Exc_TypeError, "getservbyname() argument must be str");
    struct servent *s = getservbyname(str_data(args[0]), nargs > 1 ? str_data(args[1]) : NULL);
    if (!s) return err_format(&Exc_OSError, "service/proto not found");
    return v_from_smallint(ntohs((uint16_t)s->s_port));
}

static Value s_getprotobyname(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (mod_positional("getprotobyname", nargs, kwnames, 1, 1) < 0) return V_NULL;
    if (!v_is_str(args[0])) return err_format(&Exc_TypeError, "getprotobyname() argument must be str");
    struct protoent *p = getprotobyname(str_data(args[0]));
    if (!p) return err_format(&Exc_OSError, "protocol not found");
    return v_from_smallint(p->p_proto);
}

static const MethodDef socket_functions[] = {
    {"socket", s_socket, 0, "socket(family, type, proto) -> fd"},
    {"socketpair", s_socketpair, 0, "socketpair(family, type, proto) -> (fd, fd)"},
    {"sockinfo", s_sockinfo, 0, "sockinfo(fd) -> (family, type, proto)"},
    {"close", s_close, 0, "close(fd)"},
    {"dup", s_dup, 0, "dup(fd) -> fd"},
    {"setblocking", s_setblocking, 0, "setblocking(fd, flag)"},
    {"bind", s_bind, 0, "bind(fd, family, address)"},
    {"listen", s_listen, 0, "listen(fd, backlog)"},
    {"connect", s_connect, 0, "connect(fd, family, address, timeout, raise) -> errno"},
    {"accept", s_accept, 0, "accept(fd, timeout) -> (fd, address)"},
    {"send", s_send, 0, "send(fd, data, flags, timeout) -> count"},
    {"sendto", s_sendto, 0, "sendto(fd, data, flags, family, address, timeout) -> count"},
    {"recv", s_recv, 0, "recv(fd, bufsize, flags, timeout, from) -> data or (data, address)"},
    {"shutdown", s_shutdown, 0, "shutdown(fd, how)"},
    {"name", s_name, 0, "name(fd, peer) -> address"},
    {"setsockopt", s_setsockopt, 0, "setsockopt(fd, level, option, value)"},
    {"getsockopt", s_getsockopt, 0, "getsockopt(fd, level, option, buflen)"},
    {"gethostname", s_gethostname, 0, "Return the current host name."},
    {"gethostbyname", s_gethostbyname, 0, "Return the IP address (a string of the form '255.255.255.255') for a host."},
    {"getaddrinfo", s_getaddrinfo, 0, "getaddrinfo(host, port [, family, type, proto, flags])"},
    {"getnameinfo", s_getnameinfo, 0, "getnameinfo(sockaddr, flags) --> (host, port)"},
    {"inet_aton", s_inet_aton, 0, "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."},
    {"inet_ntoa", s_inet_ntoa, 0, "Convert an IP address from 32-bit packed binary format to string format."},
    {"inet_pton", s_inet_pton, 0, "Convert an IP address from string format to a packed string suitable for use with low-level network functions."},
    {"inet_ntop", s_inet_ntop, 0, "Convert a packed IP address of the given family to string format."},
    {"htons", s_htons, 0, "Convert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", s_ntohs, 0, "Convert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", s_htonl, 0, "Convert a 32-bit unsigned integer from host to network byte order."},
    {"ntohl", s_ntohl, 0, "Convert a 32-bit unsigned integer from network to host byte order."},
    {"getservbyname", s_getservbyname, 0, "getservbyname(servicename[, protocolname]) -> integer"},
    {"getprotobyname", s_getprotobyname, 0, "getprotobyname(name) -> integer"},
    {NULL, NULL, 0, NULL},
};

Value module_init_socket(void) {
    Value m = mod_create("_socket", socket_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (v_is_null(gaierror_type)) {
        gaierror_type = mod_new_exception("socket", "gaierror", v_from_obj(&Exc_OSError));
        herror_type = mod_new_exception("socket", "herror", v_from_obj(&Exc_OSError));
        if (v_is_null(gaierror_type) || v_is_null(herror_type)) goto fail;
    }
    if (dict_set_cstr(d, "gaierror", gaierror_type) < 0 || dict_set_cstr(d, "herror", herror_type) < 0 ||
        dict_set_cstr(d, "error", v_from_obj(&Exc_OSError)) < 0 ||
        dict_set_cstr(d, "timeout", v_from_obj(&Exc_TimeoutError)) < 0)
        goto fail;
#define C(x) {#x, x}
    static const struct { const char *name; int64_t value; } ints[] = {
        C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_PACKET), C(AF_NETLINK),
        C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET),
        C(SOCK_NONBLOCK), C(SOCK_CLOEXEC),
        C(SOL_SOCKET), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_BROADCAST), C(SO_ERROR),
        C(SO_TYPE), C(SO_SNDBUF), C(SO_RCVBUF), C(SO_LINGER), C(SO_RCVLOWAT), C(SO_SNDLOWAT),
        C(SO_RCVTIMEO), C(SO_SNDTIMEO), C(SO_ACCEPTCONN), C(SO_DOMAIN), C(SO_PROTOCOL),
        C(SO_OOBINLINE), C(SO_DEBUG), C(SO_DONTROUTE), C(SO_PEERCRED), C(SO_PASSCRED),
        C(SO_BINDTODEVICE), C(SO_PRIORITY), C(SO_MARK),
        C(SOMAXCONN), C(SOL_IP), C(SOL_TCP), {"SOL_UDP", 17},
        C(IPPROTO_IP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_ICMP),
        C(IPPROTO_ICMPV6), C(IPPROTO_RAW), C(IPPROTO_SCTP), C(IPPROTO_UDPLITE),
        C(IP_TOS), C(IP_TTL), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_MULTICAST_IF),
        C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IP_HDRINCL), C(IP_OPTIONS),
        C(IPV6_V6ONLY), C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP), C(IPV6_MULTICAST_HOPS),
        C(IPV6_MULTICAST_IF), C(IPV6_MULTICAST_LOOP), C(IPV6_UNICAST_HOPS),
        C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
        C(TCP_CORK), C(TCP_QUICKACK), C(TCP_FASTOPEN), C(TCP_USER_TIMEOUT), C(TCP_DEFER_ACCEPT),
        C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_WINDOW_CLAMP), C(TCP_INFO), C(TCP_CONGESTION),
        C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_WAITALL), C(MSG_TRUNC),
        C(MSG_CTRUNC), C(MSG_EOR), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_CONFIRM), C(MSG_ERRQUEUE),
        C(MSG_MORE),
        C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
        C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED),
        C(AI_ALL), C(AI_ADDRCONFIG),
        C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM),
        C(NI_MAXHOST), C(NI_MAXSERV),
        C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY),
        C(EAI_NODATA), C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
        C(INADDR_ANY), C(INADDR_BROADCAST), C(INADDR_LOOPBACK), C(INADDR_NONE),
        C(INADDR_UNSPEC_GROUP), C(INADDR_ALLHOSTS_GROUP), C(INADDR_MAX_LOCAL_GROUP),
        C(SCM_RIGHTS), C(SCM_CREDENTIALS),
    };
#undef C
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        Value v = int_from_i64(ints[i].value);
        if (v_is_null(v)) goto fail;
        int r = dict_set_cstr(d, ints[i].name, v);
        v_decref(v);
        if (r < 0) goto fail;
    }
    if (dict_set_cstr(d, "has_ipv6", V_TRUE) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
