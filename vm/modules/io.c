/* io.c: the io module and builtins.open: files in text and binary modes,
 * StringIO and BytesIO.
 *
 * A file object owns a POSIX fd and two buffers. The read buffer holds raw
 * bytes not yet consumed (newline translation happens as lines are taken
 * from it, so tell() is always "fd position - unread bytes"); the write
 * buffer holds bytes not yet written. At most one of them is non-empty:
 * switching direction flushes writes or rewinds the fd over unread bytes,
 * which is what makes '+' modes work.
 *
 * Text files decode UTF-8 (or Latin-1/ASCII) and translate newlines as
 * CPython's TextIOWrapper: newline=None reads '\r' and '\r\n' as '\n';
 * newline='' splits lines at any of them but keeps them; newline='\n'
 * splits at '\n' only. Writing translates '\n' only for newline '\r' or
 * '\r\n' (os.linesep is '\n'). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "io.h"
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../bytearray.h"
#include "../classobj.h"
#include "../int.h"
#include "../list.h"
#include "../unicode_util.h"
#include "../import.h"

#define IO_CHUNK 8192

static Value unsupported_type = V_NULL;   /* io.UnsupportedOperation */

/* ---- errors ------------------------------------------------------------------------ */

Value io_raise_errno(int err, Value filename) {
    Value msg = str_from_cstr(strerror(err));
    if (v_is_null(msg)) return V_NULL;
    Value args = v_is_null(filename) ? tuple_pack(2, v_from_smallint(err), msg)
                                     : tuple_pack(3, v_from_smallint(err), msg, filename);
    v_decref(msg);
    if (v_is_null(args)) return V_NULL;
    Value exc = obj_call(v_from_obj(&Exc_OSError), tuple_items(args), tuple_size(args), V_NULL);
    v_decref(args);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

Value io_raise_errno2(int err, Value filename, Value filename2) {
    (void)filename2;
    return io_raise_errno(err, filename);
}

static Value make_unsupported_type(void);

static Value raise_unsupported(const char *msg) {
    if (v_is_null(unsupported_type)) {
        unsupported_type = make_unsupported_type();
        if (v_is_null(unsupported_type)) return V_NULL;
    }
    Value s = str_from_cstr(msg);
    if (v_is_null(s)) return V_NULL;
    Value exc = obj_call1(unsupported_type, s);
    v_decref(s);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

int io_as_fd(Value o, int *out) {
    int64_t fd;
    if (v_is_int(o)) {
        if (int_as_i64(o, &fd) < 0) return -1;
    } else {
        Value meth;
        int r = obj_lookup_attr(o, str_intern_cstr("fileno"), &meth);
        if (r < 0) return -1;
        if (r == 0) {
            err_format(&Exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        Value v = obj_call0(meth);
        v_decref(meth);
        if (v_is_null(v)) return -1;
        if (!v_is_int(v)) {
            err_format(&Exc_TypeError, "fileno() returned a non-integer");
            v_decref(v);
            return -1;
        }
        r = int_as_i64(v, &fd);
        v_decref(v);
        if (r < 0) return -1;
    }
    if (fd < 0) {
        err_format(&Exc_ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)fd);
        return -1;
    }
    if (fd > INT_MAX) {
        err_format(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)fd;
    return 0;
}

/* ---- file objects --------------------------------------------------------------------- */

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII };
enum { NL_UNIVERSAL, NL_SPLIT_ANY, NL_LF, NL_CR, NL_CRLF };

typedef struct {
    Object ob;
    int fd;
    bool readable, writable, seekable, closed, closefd, binary;
    int enc, newline;
    Value name;               /* str, or int for an fd */
    Value mode;               /* str */
    Value errors;             /* str: the error handler */
    Value encname;            /* str: .encoding as given ('UTF-8' by default) */
    char *rbuf; size_t rpos, rlen, rcap;
    char *wbuf; size_t wlen, wcap;
    bool eof;                 /* the last read returned 0 bytes */
} FileObject;

static TypeObject TextFileType, BufferedReaderType, BufferedWriterType, BufferedRandomType;

static bool v_is_file(Value v) {
    if (!v_is_ptr(v)) return false;
    TypeObject *t = v_as_obj(v)->type;
    return t == &TextFileType || t == &BufferedReaderType || t == &BufferedWriterType ||
           t == &BufferedRandomType;
}

static FileObject *as_file(Value v) { return (FileObject *)v_as_obj(v); }

static int check_open(FileObject *f) {
    if (!f->closed) return 0;
    if (f->binary && f->readable && !f->writable) err_format(&Exc_ValueError, "read of closed file");
    else if (f->binary && f->writable && !f->readable) err_format(&Exc_ValueError, "write to closed file");
    else err_format(&Exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_readable(FileObject *f) {
    if (check_open(f) < 0) return -1;
    if (!f->readable) { raise_unsupported(f->binary ? "read" : "not readable"); return -1; }
    return 0;
}

static int check_writable(FileObject *f) {
    if (check_open(f) < 0) return -1;
    if (!f->writable) { raise_unsupported(f->binary ? "write" : "not writable"); return -1; }
    return 0;
}

/* Writes the write buffer out. 0 or -1 with OSError. */
static int file_flush_writes(FileObject *f) {
    size_t off = 0;
    while (off < f->wlen) {
        ssize_t n = write(f->fd, f->wbuf + off, f->wlen - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            f->wlen = 0;
            io_raise_errno(e, V_NULL);
            return -1;
        }
        off += (size_t)n;
    }
    f->wlen = 0;
    return 0;
}

/* Drops unread bytes, moving the fd back over them. */
static int file_drop_reads(FileObject *f) {
    if (f->rlen > f->rpos && f->seekable) {
        if (lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR) < 0) {
            io_raise_errno(errno, V_NULL);
            return -1;
        }
    }
    f->rpos = f->rlen = 0;
    f->eof = false;
    return 0;
}

/* Reads more raw bytes into the read buffer. 1 got some, 0 EOF, -1 error. */
static int file_fill(FileObject *f) {
    if (f->wlen && file_flush_writes(f) < 0) return -1;
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < IO_CHUNK) {
        size_t cap = f->rcap ? f->rcap * 2 : IO_CHUNK * 2;
        while (cap - f->rlen < IO_CHUNK) cap *= 2;
        char *b = mem_realloc(f->rbuf, cap);
        if (!b) { err_nomem(); return -1; }
        f->rbuf = b;
        f->rcap = cap;
    }
    for (;;) {
        ssize_t n = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (n < 0) {
            if (errno == EINTR) continue;
            io_raise_errno(errno, V_NULL);
            return -1;
        }
        f->rlen += (size_t)n;
        f->eof = n == 0;
        return n > 0;
    }
}

/* Appends n raw bytes to the write buffer. */
static int file_put(FileObject *f, const char *s, size_t n) {
    if (f->rlen && file_drop_reads(f) < 0) return -1;
    if (f->wlen + n > f->wcap) {
        if (f->wlen && file_flush_writes(f) < 0) return -1;
        if (n >= IO_CHUNK) {
            size_t saved = f->wlen;
            char *old = f->wbuf;
            f->wbuf = (char *)s;           /* write a large block straight through */
            f->wlen = n;
            int r = file_flush_writes(f);
            f->wbuf = old;
            f->wlen = saved;
            return r;
        }
        if (!f->wbuf) {
            f->wbuf = mem_alloc(IO_CHUNK);
            if (!f->wbuf) { err_nomem(); return -1; }
            f->wcap = IO_CHUNK;
        }
    }
    memcpy(f->wbuf + f->wlen, s, n);
    f->wlen += n;
    return 0;
}

static int file_close(FileObject *f) {
    if (f->closed) return 0;
    int r = file_flush_writes(f);
    f->closed = true;
    if (f->closefd && f->fd >= 0 && close(f->fd) < 0 && r == 0) {
        io_raise_errno(errno, V_NULL);
        r = -1;
    }
    f->fd = -1;
    mem_free(f->rbuf);
    f->rbuf = NULL;
    f->rpos = f->rlen = f->rcap = 0;
    return r;
}

static void file_dealloc(Object *o) {
    FileObject *f = (FileObject *)o;
    if (!f->closed) {
        /* A file dropped without close() is flushed and closed, as CPython's
         * finalizer does; an error here has nowhere to go. */
        if (file_close(f) < 0) err_clear();
    }
    mem_free(f->rbuf);
    mem_free(f->wbuf);
    v_clear(&f->name);
    v_clear(&f->mode);
    v_clear(&f->errors);
    v_clear(&f->encname);
    obj_free(o);
}

/* Decodes raw bytes for a text file. New str. */
static Value file_decode(FileObject *f, const char *s, size_t n) {
    if (f->binary) return bytes_new(s, n);
    if (f->enc == ENC_UTF8 && str_eq_cstr(f->errors, "strict")) return str_new_checked(s, n);
    return codec_decode(s, n, f->enc == ENC_UTF8 ? "utf-8" : f->enc == ENC_LATIN1 ? "latin-1" : "ascii",
                        str_data(f->errors));
}

/* Translates a decoded chunk's newlines for NL_UNIVERSAL in place; returns the new length. */
static size_t translate_newlines(char *s, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            s[o++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n') i++;
        } else {
            s[o++] = s[i];
        }
    }
    return o;
}

/* One line of raw bytes (at most limit characters/bytes when limit >= 0),
 * newline-translated for text files, into sb. 0 or -1. */
static int file_readline_raw(FileObject *f, int64_t limit, StrBuilder *sb) {
    int64_t count = 0;
    for (;;) {
        if (f->rpos >= f->rlen) {
            int r = file_fill(f);
            if (r < 0) return -1;
            if (r == 0) return 0;
        }
        char *p = f->rbuf + f->rpos;
        size_t avail = f->rlen - f->rpos;
        size_t i = 0;
        bool text = !f->binary;
        while (i < avail) {
            if (limit >= 0 && count >= limit) {
                /* stop before the next character; take its continuation bytes */
                break;
            }
            unsigned char c = (unsigned char)p[i];
            if (c == '\n' && (f->binary || (f->newline != NL_CR && f->newline != NL_CRLF))) {
                sb_append(sb, p, i + 1);
                f->rpos += i + 1;
                return 0;
            }
            if (c == '\r' && text && f->newline != NL_LF) {
                if (f->newline == NL_CR) {
                    sb_append(sb, p, i + 1);
                    f->rpos += i + 1;
                    return 0;
                }
                /* Need the next byte to know whether it is "\r\n". */
                if (i + 1 >= avail) {
                    sb_append(sb, p, i);
                    f->rpos += i;
                    int r = file_fill(f);
                    if (r < 0) return -1;
                    p = f->rbuf + f->rpos;
                    avail = f->rlen - f->rpos;
                    i = 0;
                    if (avail < 2) {     /* a lone '\r' at EOF */
                        if (f->newline == NL_CRLF) { sb_append(sb, "\r", 1); f->rpos += 1; continue; }
                        sb_append(sb, f->newline == NL_UNIVERSAL ? "\n" : "\r", 1);
                        f->rpos += 1;
                        return 0;
                    }
                }
                bool crlf = p[i + 1] == '\n';
                if (f->newline == NL_CRLF && !crlf) { i++; count++; continue; }
                sb_append(sb, p, i);
                if (f->newline == NL_UNIVERSAL) sb_append(sb, "\n", 1);
                else sb_append(sb, p + i, crlf ? 2 : 1);
                f->rpos += i + (crlf ? 2 : 1);
                return 0;
            }
            if (text && c >= 0x80 && f->enc == ENC_UTF8) {
                if ((c & 0xC0) == 0x80) { i++; continue; }   /* continuation: not a character */
            }
            i++;
            count++;
        }
        /* Take whole UTF-8 sequences only. */
        if (!f->binary && f->enc == ENC_UTF8) {
            while (i < avail && ((unsigned char)p[i] & 0xC0) == 0x80) i++;
        }
        sb_append(sb, p, i);
        f->rpos += i;
        if (limit >= 0 && count >= limit) {
            if (!f->binary && f->enc == ENC_UTF8 && f->rpos >= f->rlen) {
                /* a sequence may continue in the next chunk */
                int r = file_fill(f);
                if (r < 0) return -1;
                p = f->rbuf + f->rpos;
                avail = f->rlen - f->rpos;
                size_t k = 0;
                while (k < avail && ((unsigned char)p[k] & 0xC0) == 0x80) k++;
                sb_append(sb, p, k);
                f->rpos += k;
            }
            return 0;
        }
    }
}

static Value sb_take(StrBuilder *sb, FileObject *f) {
    if (sb->failed) { sb_discard(sb); return err_nomem(); }
    Value r = file_decode(f, sb->buf ? sb->buf : "", sb->len);
    sb_discard(sb);
    return r;
}

/* Reads everything (size < 0) or size characters/bytes. New str/bytes. */
static Value file_read_impl(FileObject *f, int64_t size) {
    StrBuilder sb;
    sb_init(&sb);
    if (size < 0) {
        for (;;) {
            sb_append(&sb, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rpos = f->rlen;
            int r = file_fill(f);
            if (r < 0) { sb_discard(&sb); return V_NULL; }
            if (r == 0) break;
        }
        if (!f->binary && f->newline == NL_UNIVERSAL && sb.buf) sb.len = translate_newlines(sb.buf, sb.len);
        return sb_take(&sb, f);
    }
    if (f->binary) {
        while ((int64_t)sb.len < size) {
            if (f->rpos >= f->rlen) {
                int r = file_fill(f);
                if (r < 0) { sb_discard(&sb); return V_NULL; }
                if (r == 0) break;
            }
            size_t take = f->rlen - f->rpos;
            if ((int64_t)take > size - (int64_t)sb.len) take = (size_t)(size - (int64_t)sb.len);
            sb_append(&sb, f->rbuf + f->rpos, take);
            f->rpos += take;
        }
        return sb_take(&sb, f);
    }

    /* Text read(n): line pieces until n characters. */
    int64_t got = 0;
    while (got < size) {
        size_t before = sb.len;
        if (file_readline_raw(f, size - got, &sb) < 0) { sb_discard(&sb); return V_NULL; }
        if (sb.len == before) break;
        got += f->enc == ENC_UTF8 ? utf8_count(sb.buf + before, sb.len - before) : (int64_t)(sb.len - before);
    }
    return sb_take(&sb, f);
}

static int size_arg(Value v, int64_t *out) {
    *out = -1;
    if (v_is_null(v) || v_is_none(v)) return 0;
    Value i = obj_index(v);
    if (v_is_null(i)) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "argument should be integer or None, not '%s'", v_type_name(v));
        }
        return -1;
    }
    int r = int_as_i64(i, out);
    v_decref(i);
    return r;
}

static Value file_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("read", nargs, kwnames, 0, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    int64_t size;
    if (check_readable(f) < 0 || size_arg(nargs ? args[0] : V_NULL, &size) < 0) return V_NULL;
    return file_read_impl(f, size);
}

static Value file_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("readline", nargs, kwnames, 0, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    int64_t size;
    if (check_readable(f) < 0 || size_arg(nargs ? args[0] : V_NULL, &size) < 0) return V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (file_readline_raw(f, size, &sb) < 0) { sb_discard(&sb); return V_NULL; }
    return sb_take(&sb, f);
}

static Value file_iternext(Value self) {
    FileObject *f = as_file(self);
    if (check_readable(f) < 0) return V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (file_readline_raw(f, -1, &sb) < 0) { sb_discard(&sb); return V_NULL; }
    if (sb.len == 0) { sb_discard(&sb); return V_NULL; }
    return sb_take(&sb, f);
}

static Value file_iter(Value self) {
    if (check_open(as_file(self)) < 0) return V_NULL;
    return v_newref(self);
}

static Value file_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("readlines", nargs, kwnames, 0, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    int64_t hint;
    if (check_readable(f) < 0 || size_arg(nargs ? args[0] : V_NULL, &hint) < 0) return V_NULL;
    Value list = list_new(0);
    if (v_is_null(list)) return V_NULL;
    int64_t total = 0;
    for (;;) {
        Value line = file_iternext(self);
        if (v_is_null(line)) {
            if (err_occurred()) { v_decref(list); return V_NULL; }
            break;
        }
        total += f->binary ? ((BytesObject *)v_as_obj(line))->size : str_len(line);
        if (list_append_steal(list, line) < 0) { v_decref(list); return V_NULL; }
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

/* Writes one str/bytes per the file's kind. Returns the count or -1. */
static int64_t file_write_one(FileObject *f, Value data) {
    if (f->binary) {
        const uint8_t *bd;
        int64_t bn;
        if (!bytes_like_view(data, &bd, &bn)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(data));
            return -1;
        }
        if (file_put(f, (const char *)bd, (size_t)bn) < 0) return -1;
        return bn;
    }
    if (!v_is_str(data) && !v_is_strlike(data)) {
        err_format(&Exc_TypeError, "write() argument must be str, not %s", v_type_name(data));
        return -1;
    }
    const char *s = str_data(data);
    size_t n = (size_t)str_nbytes(data);
    Value enc = V_NULL;
    if (f->enc != ENC_UTF8 && !v_as_str(data)->is_ascii) {
        enc = codec_encode(data, f->enc == ENC_LATIN1 ? "latin-1" : "ascii", str_data(f->errors));
        if (v_is_null(enc)) return -1;
        s = (const char *)((BytesObject *)v_as_obj(enc))->data;
        n = (size_t)((BytesObject *)v_as_obj(enc))->size;
    }
    int r = 0;
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        size_t i = 0;
        while (i < n && r == 0) {
            const char *q = memchr(s + i, '\n', n - i);
            size_t end = q ? (size_t)(q - s) : n;
            r = file_put(f, s + i, end - i);
            if (q && r == 0) r = file_put(f, nl, strlen(nl));
            i = end + 1;
        }
    } else {
        r = file_put(f, s, n);
    }
    v_decref(enc);
    return r < 0 ? -1 : str_len(data);
}

static Value file_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("write", nargs, kwnames, 1, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_writable(f) < 0) return V_NULL;
    int64_t n = file_write_one(f, args[0]);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static Value file_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("writelines", nargs, kwnames, 1, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_writable(f) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    Value x;
    while (!v_is_null(x = obj_iternext(it))) {
        int64_t r = file_write_one(f, x);
        v_decref(x);
        if (r < 0) { v_decref(it); return V_NULL; }
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_NONE;
}

static int64_t file_position(FileObject *f) {
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) { io_raise_errno(errno, V_NULL); return -1; }
    return (int64_t)pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen;
}

static Value file_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("tell", nargs, kwnames, 0, 0) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    int64_t pos = file_position(f);
    return pos < 0 ? V_NULL : int_from_i64(pos);
}

static Value file_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("seek", nargs, kwnames, 1, 2) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    int64_t off, whence = 0;
    Value i = obj_index(args[0]);
    if (v_is_null(i)) return V_NULL;
    int r = int_as_i64(i, &off);
    v_decref(i);
    if (r < 0) return V_NULL;
    if (nargs == 2) {
        i = obj_index(args[1]);
        if (v_is_null(i)) return V_NULL;
        r = int_as_i64(i, &whence);
        v_decref(i);
        if (r < 0) return V_NULL;
    }
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, f->binary ? "whence value %lld unsupported"
                                                    : "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (!f->binary && whence != 0 && off != 0)
        return raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                             : "can't do nonzero end-relative seeks");
    if (!f->binary && whence == 0 && off < 0)
        return err_format(&Exc_ValueError, "negative seek position %lld", (long long)off);
    if (whence == 1) {
        int64_t cur = file_position(f);
        if (cur < 0) return V_NULL;
        off += cur;
        whence = 0;
    }
    if (file_flush_writes(f) < 0) return V_NULL;
    f->rpos = f->rlen = 0;
    f->eof = false;
    off_t pos = lseek(f->fd, (off_t)off, whence == 0 ? SEEK_SET : SEEK_END);
    if (pos < 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64((int64_t)pos);
}

static Value file_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("flush", nargs, kwnames, 0, 0) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return file_flush_writes(f) < 0 ? V_NULL : V_NONE;
}

static Value file_close_m(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("close", nargs, kwnames, 0, 0) < 0) return V_NULL;
    return file_close(as_file(self)) < 0 ? V_NULL : V_NONE;
}

static Value file_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (check_open(as_file(self)) < 0) return V_NULL;
    return v_newref(self);
}

static Value file_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    return file_close(as_file(self)) < 0 ? V_NULL : V_NONE;
}

static Value file_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return v_from_smallint(f->fd);
}

static Value file_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return v_from_bool(isatty(f->fd));
}

static Value file_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return v_from_bool(f->readable);
}

static Value file_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return v_from_bool(f->writable);
}

static Value file_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = as_file(self);
    if (check_open(f) < 0) return V_NULL;
    return v_from_bool(f->seekable);
}

static Value file_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("truncate", nargs, kwnames, 0, 1) < 0) return V_NULL;
    FileObject *f = as_file(self);
    if (check_writable(f) < 0) return V_NULL;
    int64_t size = file_position(f);
    if (size < 0) return V_NULL;
    if (nargs && !v_is_none(args[0])) {
        Value i = obj_index(args[0]);
        if (v_is_null(i)) return V_NULL;
        int r = int_as_i64(i, &size);
        v_decref(i);
        if (r < 0) return V_NULL;
    }
    if (file_flush_writes(f) < 0 || file_drop_reads(f) < 0) return V_NULL;
    if (ftruncate(f->fd, (off_t)size) < 0) return io_raise_errno(errno, V_NULL);
    return int_from_i64(size);
}

static Value file_get_closed(Value self) { return v_from_bool(as_file(self)->closed); }
static Value file_get_name(Value self) { return v_newref(as_file(self)->name); }
static Value file_get_mode(Value self) { return v_newref(as_file(self)->mode); }
static Value file_get_encoding(Value self) {
    FileObject *f = as_file(self);
    if (f->binary) return err_format(&Exc_AttributeError, "'%s' object has no attribute 'encoding'", v_type_name(self));
    return v_newref(f->encname);
}
static Value file_get_errors(Value self) { return v_newref(as_file(self)->errors); }

static Value file_repr(Value self) {
    FileObject *f = as_file(self);
    Value name = obj_repr(f->name);
    if (v_is_null(name)) return V_NULL;
    Value r;
    if (f->binary) {
        r = str_printf("<%s name=%s>", v_type_name(self), str_data(name));
    } else {
        Value enc = file_get_encoding(self);
        r = str_printf("<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", str_data(name),
                       str_data(f->mode), str_data(enc));
        v_decref(enc);
    }
    v_decref(name);
    return r;
}

static const MethodDef file_methods[] = {
    {"read", file_read, 0, NULL},
    {"readline", file_readline, 0, NULL},
    {"readlines", file_readlines, 0, NULL},
    {"write", file_write, 0, NULL},
    {"writelines", file_writelines, 0, NULL},
    {"seek", file_seek, 0, NULL},
    {"tell", file_tell, 0, NULL},
    {"flush", file_flush, 0, NULL},
    {"close", file_close_m, 0, NULL},
    {"fileno", file_fileno, 0, NULL},
    {"isatty", file_isatty, 0, NULL},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"truncate", file_truncate, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL},
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {"errors", file_get_errors, NULL},
    {NULL, NULL, NULL},
};

#define FILE_TYPE(cname, pyname, ctor)             \
    static TypeObject cname = {                    \
        .ob = OBJECT_HEAD_INIT(&TypeType),         \
        .name = pyname,                            \
        .construct = ctor,                         \
        .basicsize = sizeof(FileObject),           \
        .dealloc = file_dealloc,                   \
        .repr = file_repr,                         \
        .iter = file_iter,                         \
        .iternext = file_iternext,                 \
        .methods = file_methods,                   \
        .getset = file_getset,                     \
    }
/* io.TextIOWrapper(buffer, ...): a text layer over any binary stream
 * object, written in Python (lib/_io_py.py); files from open() stay this
 * C type. */
static Value text_wrapper_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    (void)type;
    Value mod = import_module(str_intern_cstr("_io_py"));
    if (v_is_null(mod)) return V_NULL;
    Value cls = obj_getattr(mod, str_intern_cstr("TextIOWrapper"));
    v_decref(mod);
    if (v_is_null(cls)) return V_NULL;
    Value r = obj_call(cls, args, nargs, kwnames);
    v_decref(cls);
    return r;
}

FILE_TYPE(TextFileType, "_io.TextIOWrapper", text_wrapper_construct);
FILE_TYPE(BufferedReaderType, "_io.BufferedReader", NULL);
FILE_TYPE(BufferedWriterType, "_io.BufferedWriter", NULL);
FILE_TYPE(BufferedRandomType, "_io.BufferedRandom", NULL);

/* ---- open() ------------------------------------------------------------------------------- */

static int parse_encoding(Value enc, int *out) {
    if (v_is_null(enc) || v_is_none(enc)) { *out = ENC_UTF8; return 0; }
    if (!v_is_str(enc)) {
        err_format(&Exc_TypeError, "open() argument 'encoding' must be str or None, not %s", v_type_name(enc));
        return -1;
    }
    char norm[32];
    size_t k = 0;
    for (const char *p = str_data(enc); *p && k + 1 < sizeof norm; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '-' || c == '_' || c == ' ') continue;
        norm[k++] = c;
    }
    norm[k] = 0;
    if (!strcmp(norm, "utf8") || !strcmp(norm, "u8") || !strcmp(norm, "utf")) *out = ENC_UTF8;
    else if (!strcmp(norm, "latin1") || !strcmp(norm, "iso88591") || !strcmp(norm, "l1")) *out = ENC_LATIN1;
    else if (!strcmp(norm, "ascii") || !strcmp(norm, "usascii")) *out = ENC_ASCII;
    else return 1;   /* not one of the C codecs: open_with_codec() */
    return 0;
}

/* open() in text mode with an encoding the C file type does not implement
 * (cp1252, iso8859-15, utf-16...): the file is opened in binary mode and
 * wrapped in lib/_io_py.py's TextIOWrapper, whose mode attribute is then
 * the mode given, as CPython's open() sets it.  An unknown encoding is the
 * wrapper's LookupError, after the file was opened (and, for 'w',
 * truncated), as in CPython. */
static Value open_with_codec(const Value *a, bool r, bool w, bool x, bool plus) {
    char m[4];
    size_t k = 0;
    m[k++] = r ? 'r' : w ? 'w' : x ? 'x' : 'a';
    m[k++] = 'b';
    if (plus) m[k++] = '+';
    m[k] = 0;
    Value bmode = str_from_cstr(m);
    if (v_is_null(bmode)) return V_NULL;
    Value bargs[7] = {a[0], bmode, v_is_null(a[2]) ? V_NONE : a[2], V_NONE, V_NONE, V_NONE,
                      v_is_null(a[6]) ? V_TRUE : a[6]};
    Value buffer = io_open(V_NULL, bargs, 7, V_NULL);
    v_decref(bmode);
    if (v_is_null(buffer)) return V_NULL;
    Value targs[4] = {buffer, a[3], v_is_null(a[4]) ? V_NONE : a[4], v_is_null(a[5]) ? V_NONE : a[5]};
    Value text = text_wrapper_construct(NULL, targs, 4, V_NULL);
    if (v_is_null(text)) {
        Value exc = err_fetch();
        Value rc = obj_call_method(buffer, "close", NULL, 0);
        if (v_is_null(rc)) err_clear(); else v_decref(rc);
        err_restore(exc);
        v_decref(buffer);
        return V_NULL;
    }
    v_decref(buffer);
    Value mode = v_is_null(a[1]) ? str_intern_cstr("r") : a[1];
    if (obj_setattr(text, str_intern_cstr("mode"), mode) < 0) { v_decref(text); return V_NULL; }
    return text;
}

Value io_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                     "closefd", "opener"};
    Value a[8];
    if (args_parse("open", args, nargs, kwnames, kw, 8, 8, 1, a) < 0) return V_NULL;
    Value file = a[0];
    Value mode = v_is_null(a[1]) ? str_intern_cstr("r") : a[1];
    if (!v_is_str(mode))
        return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %s", v_type_name(mode));
    bool r = false, w = false, x = false, ap = false, plus = false, b = false, t = false;
    for (const char *p = str_data(mode); *p; p++) {
        bool *flag;
        switch (*p) {
        case 'r': flag = &r; break;
        case 'w': flag = &w; break;
        case 'x': flag = &x; break;
        case 'a': flag = &ap; break;
        case '+': flag = &plus; break;
        case 'b': flag = &b; break;
        case 't': flag = &t; break;
        default: return err_format(&Exc_ValueError, "invalid mode: '%s'", str_data(mode));
        }
        if (*flag) return err_format(&Exc_ValueError, "invalid mode: '%s'", str_data(mode));
        *flag = true;
    }
    if (b && t) return err_format(&Exc_ValueError, "can't have text and binary mode at once");
    if (r + w + x + ap > 1)
        return err_format(&Exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (r + w + x + ap == 0)
        return err_format(&Exc_ValueError,
                          "Must have exactly one of create/read/write/append mode and at most one plus");
    if (b && !v_is_null(a[3]) && !v_is_none(a[3]))
        return err_format(&Exc_ValueError, "binary mode doesn't take an encoding argument");
    if (b && !v_is_null(a[4]) && !v_is_none(a[4]))
        return err_format(&Exc_ValueError, "binary mode doesn't take an errors argument");
    if (b && !v_is_null(a[5]) && !v_is_none(a[5]))
        return err_format(&Exc_ValueError, "binary mode doesn't take a newline argument");
    int enc = ENC_UTF8, nl = NL_UNIVERSAL;
    if (!b) {
        int pe = parse_encoding(a[3], &enc);
        if (pe < 0) return V_NULL;
        if (pe > 0) return open_with_codec(a, r, w, x, plus);
    }
    Value errors = str_intern_cstr("strict");
    if (!v_is_null(a[4]) && !v_is_none(a[4])) {
        if (!v_is_str(a[4]))
            return err_format(&Exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                              v_type_name(a[4]));
        errors = a[4];
    }
    if (!v_is_null(a[5]) && !v_is_none(a[5])) {
        if (!v_is_str(a[5]))
            return err_format(&Exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                              v_type_name(a[5]));
        const char *s = str_data(a[5]);
        if (!strcmp(s, "")) nl = NL_SPLIT_ANY;
        else if (!strcmp(s, "\n")) nl = NL_LF;
        else if (!strcmp(s, "\r")) nl = NL_CR;
        else if (!strcmp(s, "\r\n")) nl = NL_CRLF;
        else {
            return err_format(&Exc_ValueError, "illegal newline value: %s", s);
        }
    }
    bool closefd = true;
    if (!v_is_null(a[6])) {
        int c = obj_truthy(a[6]);
        if (c < 0) return V_NULL;
        closefd = c;
    }
    int flags = O_CLOEXEC;
    if (r) flags |= plus ? O_RDWR : O_RDONLY;
    if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    if (ap) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    int fd;
    Value name;
    if (v_is_int(file) || v_is_bool(file)) {
        int64_t v;
        if (int_as_i64(file, &v) < 0) return V_NULL;
        if (v < 0) return err_format(&Exc_ValueError, "negative file descriptor");
        fd = (int)v;
        name = v_newref(file);
    } else {
        Value path = file;
        if (!v_is_str(path)) {
            Value fs;
            int rr = obj_lookup_attr(file, str_intern_cstr("__fspath__"), &fs);
            if (rr < 0) return V_NULL;
            if (rr == 0) {
                if (v_is_bytes(file)) path = file;
                else return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                       v_type_name(file));
            } else {
                path = obj_call0(fs);
                v_decref(fs);
                if (v_is_null(path)) return V_NULL;
                v_decref(path);   /* kept alive by the name below */
            }
        }
        if (!closefd) return err_format(&Exc_ValueError, "Cannot use closefd=False with file name");
        const char *cpath = v_is_str(path) ? str_data(path) : (const char *)((BytesObject *)v_as_obj(path))->data;
        if (v_is_str(path) && strlen(cpath) != (size_t)str_nbytes(path))
            return err_format(&Exc_ValueError, "embedded null byte");
        do fd = open(cpath, flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) return io_raise_errno(errno, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return io_raise_errno(EISDIR, file);
        }
        name = v_newref(file);
    }
    TypeObject *type = !b ? &TextFileType : plus ? &BufferedRandomType : r ? &BufferedReaderType : &BufferedWriterType;
    FileObject *f = (FileObject *)obj_alloc(type, sizeof(FileObject));
    if (!f) {
        if (closefd) close(fd);
        v_decref(name);
        return V_NULL;
    }
    f->fd = fd;
    f->readable = r || plus;
    f->writable = w || x || ap || plus;
    f->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    f->closed = false;
    f->closefd = closefd;
    f->binary = b;
    f->enc = enc;
    f->newline = nl;
    f->name = name;
    /* CPython's mode attribute: text files echo the argument; binary files
     * show the normalised mode ("rb", "wb", "rb+", "ab", "xb"). */
    if (b) {
        char m[8];
        size_t k = 0;
        m[k++] = r ? 'r' : w ? 'w' : x ? 'x' : 'a';
        m[k++] = 'b';
        if (plus) m[k++] = '+';
        m[k] = 0;
        f->mode = str_from_cstr(m);
    } else {
        f->mode = v_newref(mode);
    }
    f->errors = v_newref(errors);
    f->encname = (v_is_null(a[3]) || v_is_none(a[3])) ? str_intern_cstr("UTF-8") : v_newref(a[3]);
    f->rbuf = f->wbuf = NULL;
    f->rpos = f->rlen = f->rcap = f->wlen = f->wcap = 0;
    f->eof = false;
    if (v_is_null(f->mode)) { v_decref(v_from_obj(f)); return V_NULL; }
    if (ap && f->seekable) lseek(fd, 0, SEEK_END);
    return v_from_obj(f);
}

/* ---- StringIO and BytesIO ------------------------------------------------------------------------ */

/* One in-memory buffer type for both: bytes for BytesIO, UTF-8 for
 * StringIO (whose positions are code points: pos_cp tracks pos). */
typedef struct {
    Object ob;
    char *buf;
    size_t len, cap;
    size_t pos;             /* byte offset; may exceed len after a seek */
    int64_t pos_cp;         /* StringIO: code point index of pos */
    bool closed, is_text;
} MemIOObject;

static TypeObject StringIOType, BytesIOType;

static MemIOObject *as_mem(Value v) { return (MemIOObject *)v_as_obj(v); }

static int mem_check(MemIOObject *m) {
    if (!m->closed) return 0;
    err_format(&Exc_ValueError, m->is_text ? "I/O operation on closed file" : "I/O operation on closed file.");
    return -1;
}

static int mem_reserve(MemIOObject *m, size_t n) {
    if (n <= m->cap) return 0;
    size_t cap = m->cap ? m->cap * 2 : 64;
    while (cap < n) cap *= 2;
    char *b = mem_realloc(m->buf, cap);
    if (!b) { err_nomem(); return -1; }
    m->buf = b;
    m->cap = cap;
    return 0;
}

/* Byte length of the first ncp code points of s[0..n). */
static size_t utf8_prefix_bytes(const char *s, size_t n, int64_t ncp) {
    size_t i = 0;
    while (i < n && ncp > 0) {
        i += (size_t)utf8_seq_len((uint8_t)s[i]);
        ncp--;
    }
    return i > n ? n : i;
}

static int mem_write_bytes(MemIOObject *m, const char *s, size_t n, int64_t ncp) {
    if (m->pos > m->len) {
        /* writing past the end fills the gap with NULs */
        if (mem_reserve(m, m->pos) < 0) return -1;
        memset(m->buf + m->len, 0, m->pos - m->len);
        m->len = m->pos;
    }
    size_t over;   /* bytes of existing content the write replaces */
    if (m->is_text) over = utf8_prefix_bytes(m->buf + m->pos, m->len - m->pos, ncp);
    else over = m->len - m->pos < n ? m->len - m->pos : n;
    size_t newlen = m->len - over + n;
    if (mem_reserve(m, newlen + 1) < 0) return -1;
    memmove(m->buf + m->pos + n, m->buf + m->pos + over, m->len - m->pos - over);
    memcpy(m->buf + m->pos, s, n);
    m->len = newlen;
    m->pos += n;
    m->pos_cp += ncp;
    return 0;
}

static Value mem_value_of(MemIOObject *m, size_t from, size_t to) {
    if (m->is_text) return str_new(m->buf ? m->buf + from : "", to - from);
    return bytes_new(m->buf ? m->buf + from : "", to - from);
}

static Value memio_construct(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    bool text = type_is_subtype(type, &StringIOType);
    static const char *const kw_s[] = {"initial_value", "newline"};
    static const char *const kw_b[] = {"initial_bytes"};
    Value a[2] = {V_NULL, V_NULL};
    if (text ? args_parse("StringIO", args, nargs, kwnames, kw_s, 2, 2, 0, a) < 0
             : args_parse("BytesIO", args, nargs, kwnames, kw_b, 1, 1, 0, a) < 0)
        return V_NULL;
    Value init = a[0];
    if (!v_is_null(init) && !v_is_none(init)) {
        if (text && !v_is_str(init) && !v_is_strlike(init))
            return err_format(&Exc_TypeError, "initial_value must be str or None, not %s", v_type_name(init));
        const uint8_t *bd;
        int64_t bn;
        if (!text && !bytes_like_view(init, &bd, &bn))
            return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(init));
    }
    MemIOObject *m = (MemIOObject *)obj_alloc(type, sizeof(MemIOObject));
    if (!m) return V_NULL;
    m->buf = NULL;
    m->len = m->cap = m->pos = 0;
    m->pos_cp = 0;
    m->closed = false;
    m->is_text = text;
    if (!v_is_null(init) && !v_is_none(init)) {
        const uint8_t *bd = NULL;
        int64_t bn = 0;
        if (!text) bytes_like_view(init, &bd, &bn);
        const char *s = text ? str_data(init) : (const char *)bd;
        size_t n = text ? (size_t)str_nbytes(init) : (size_t)bn;
        if (mem_reserve(m, n + 1) < 0) { v_decref(v_from_obj(m)); return V_NULL; }
        memcpy(m->buf, s, n);
        m->len = n;
    }
    return v_from_obj(m);
}

static void memio_dealloc(Object *o) {
    mem_free(((MemIOObject *)o)->buf);
    obj_free(o);
}

static Value memio_getvalue(Value self, const Value *args, size_t nargs, Value kwnames) {
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    return mem_value_of(m, 0, m->len);
}

static Value memio_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("write", nargs, kwnames, 1, 1) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    Value d = args[0];
    if (m->is_text) {
        if (!v_is_str(d) && !v_is_strlike(d))
            return err_format(&Exc_TypeError, "string argument expected, got '%s'", v_type_name(d));
        if (mem_write_bytes(m, str_data(d), (size_t)str_nbytes(d), str_len(d)) < 0) return V_NULL;
        return int_from_i64(str_len(d));
    }
    const uint8_t *bd;
    int64_t bn;
    if (!bytes_like_view(d, &bd, &bn))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(d));
    if (mem_write_bytes(m, (const char *)bd, (size_t)bn, bn) < 0) return V_NULL;
    return int_from_i64(bn);
}

static Value memio_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("writelines", nargs, kwnames, 1, 1) < 0) return V_NULL;
    Value it = obj_iter(args[0]);
    if (v_is_null(it)) return V_NULL;
    Value x;
    while (!v_is_null(x = obj_iternext(it))) {
        Value r = memio_write(self, &x, 1, V_NULL);
        v_decref(x);
        if (v_is_null(r)) { v_decref(it); return V_NULL; }
        v_decref(r);
    }
    v_decref(it);
    return err_occurred() ? V_NULL : V_NONE;
}

/* Advances over n characters (or bytes) from pos; returns the end offset. */
static size_t mem_advance(MemIOObject *m, int64_t n) {
    if (m->pos >= m->len) return m->pos;
    if (n < 0) return m->len;
    if (!m->is_text) return m->pos + ((size_t)n < m->len - m->pos ? (size_t)n : m->len - m->pos);
    return m->pos + utf8_prefix_bytes(m->buf + m->pos, m->len - m->pos, n);
}

static Value mem_take(MemIOObject *m, size_t end) {
    size_t from = m->pos < m->len ? m->pos : m->len;
    if (end < from) end = from;
    Value r = mem_value_of(m, from, end);
    if (v_is_null(r)) return V_NULL;
    if (end > m->pos) {
        m->pos_cp += m->is_text ? utf8_count(m->buf + m->pos, end - m->pos) : (int64_t)(end - m->pos);
        m->pos = end;
    }
    return r;
}

static Value memio_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("read", nargs, kwnames, 0, 1) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    int64_t n;
    if (mem_check(m) < 0 || size_arg(nargs ? args[0] : V_NULL, &n) < 0) return V_NULL;
    return mem_take(m, mem_advance(m, n));
}

static size_t mem_line_end(MemIOObject *m, int64_t limit) {
    if (m->pos >= m->len) return m->pos;
    size_t end = limit >= 0 ? mem_advance(m, limit) : m->len;
    const char *q = memchr(m->buf + m->pos, '\n', end - m->pos);
    return q ? (size_t)(q - m->buf) + 1 : end;
}

static Value memio_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("readline", nargs, kwnames, 0, 1) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    int64_t n;
    if (mem_check(m) < 0 || size_arg(nargs ? args[0] : V_NULL, &n) < 0) return V_NULL;
    return mem_take(m, mem_line_end(m, n));
}

static Value memio_iternext(Value self) {
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    if (m->pos >= m->len) return V_NULL;
    return mem_take(m, mem_line_end(m, -1));
}

static Value memio_iter(Value self) {
    if (mem_check(as_mem(self)) < 0) return V_NULL;
    return v_newref(self);
}

static Value memio_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("readlines", nargs, kwnames, 0, 1) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    Value list = list_new(0);
    if (v_is_null(list)) return V_NULL;
    while (m->pos < m->len) {
        Value line = mem_take(m, mem_line_end(m, -1));
        if (v_is_null(line) || list_append_steal(list, line) < 0) { v_decref(list); return V_NULL; }
    }
    return list;
}

static Value memio_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    return int_from_i64(m->is_text ? m->pos_cp : (int64_t)m->pos);
}

static Value memio_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("seek", nargs, kwnames, 1, 2) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    int64_t off, whence = 0;
    Value i = obj_index(args[0]);
    if (v_is_null(i)) return V_NULL;
    int r = int_as_i64(i, &off);
    v_decref(i);
    if (r < 0) return V_NULL;
    if (nargs == 2) {
        i = obj_index(args[1]);
        if (v_is_null(i)) return V_NULL;
        r = int_as_i64(i, &whence);
        v_decref(i);
        if (r < 0) return V_NULL;
    }
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, m->is_text ? "Invalid whence (%lld, should be 0, 1 or 2)"
                                                     : "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (m->is_text) {
        if (whence == 0 && off < 0) return err_format(&Exc_ValueError, "Negative seek position %lld", (long long)off);
        if (whence != 0 && off != 0) return raise_unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                                          : "Can't do nonzero end-relative seeks");
        int64_t total = utf8_count(m->buf ? m->buf : "", m->len);
        if (whence == 1) off = m->pos_cp;
        if (whence == 2) off = total;
        if (off <= total) {
            m->pos = utf8_prefix_bytes(m->buf ? m->buf : "", m->len, off);
        } else {
            m->pos = m->len + (size_t)(off - total);    /* past the end: NUL padding on write */
        }
        m->pos_cp = off;
        return int_from_i64(off);
    }
    if (whence == 1) off += (int64_t)m->pos;
    else if (whence == 2) off += (int64_t)m->len;
    if (off < 0) {
        if (whence == 0) return err_format(&Exc_ValueError, "negative seek value %lld", (long long)off);
        off = 0;
    }
    m->pos = (size_t)off;
    m->pos_cp = off;
    return int_from_i64(off);
}

static Value memio_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("truncate", nargs, kwnames, 0, 1) < 0) return V_NULL;
    MemIOObject *m = as_mem(self);
    if (mem_check(m) < 0) return V_NULL;
    int64_t size = m->is_text ? m->pos_cp : (int64_t)m->pos;
    if (nargs && !v_is_none(args[0])) {
        Value i = obj_index(args[0]);
        if (v_is_null(i)) return V_NULL;
        int r = int_as_i64(i, &size);
        v_decref(i);
        if (r < 0) return V_NULL;
        if (size < 0) return err_format(&Exc_ValueError, "negative size value %lld", (long long)size);
    }
    size_t b = m->is_text ? utf8_prefix_bytes(m->buf ? m->buf : "", m->len, size) : (size_t)size;
    if (b < m->len) m->len = b;
    return int_from_i64(size);
}

static Value memio_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    as_mem(self)->closed = true;
    return V_NONE;
}

static Value memio_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mem_check(as_mem(self)) < 0) return V_NULL;
    return v_newref(self);
}

static Value memio_true(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mem_check(as_mem(self)) < 0) return V_NULL;
    return V_TRUE;
}

static Value memio_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mem_check(as_mem(self)) < 0) return V_NULL;
    return V_NONE;
}

static Value memio_get_closed(Value self) { return v_from_bool(as_mem(self)->closed); }

/* StringIO/BytesIO have no file descriptor: io.UnsupportedOperation, as
 * CPython's IOBase.fileno (ValueError once closed). */
static Value memio_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (mem_check(as_mem(self)) < 0) return V_NULL;
    return raise_unsupported("fileno");
}

static const MethodDef memio_methods[] = {
    {"getvalue", memio_getvalue, 0, NULL},
    {"read", memio_read, 0, NULL},
    {"readline", memio_readline, 0, NULL},
    {"readlines", memio_readlines, 0, NULL},
    {"write", memio_write, 0, NULL},
    {"writelines", memio_writelines, 0, NULL},
    {"seek", memio_seek, 0, NULL},
    {"tell", memio_tell, 0, NULL},
    {"truncate", memio_truncate, 0, NULL},
    {"close", memio_close, 0, NULL},
    {"flush", memio_flush, 0, NULL},
    {"readable", memio_true, 0, NULL},
    {"writable", memio_true, 0, NULL},
    {"seekable", memio_true, 0, NULL},
    {"fileno", memio_fileno, 0, NULL},
    {"__enter__", memio_enter, 0, NULL},
    {"__exit__", memio_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef memio_getset[] = {
    {"closed", memio_get_closed, NULL},
    {NULL, NULL, NULL},
};

static TypeObject StringIOType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_io.StringIO",
    .basicsize = sizeof(MemIOObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = memio_dealloc,
    .iter = memio_iter,
    .iternext = memio_iternext,
    .construct = memio_construct,
    .methods = memio_methods,
    .getset = memio_getset,
};

static TypeObject BytesIOType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "_io.BytesIO",
    .basicsize = sizeof(MemIOObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = memio_dealloc,
    .iter = memio_iter,
    .iternext = memio_iternext,
    .construct = memio_construct,
    .methods = memio_methods,
    .getset = memio_getset,
};

/* ---- the module ----------------------------------------------------------------------------- */

static Value make_unsupported_type(void) {
    Value ns = dict_new();
    if (v_is_null(ns)) return V_NULL;
    Value bases = tuple_pack(2, v_from_obj(&Exc_OSError), v_from_obj(&Exc_ValueError));
    if (v_is_null(bases) || dict_set_cstr(ns, "__module__", str_intern_cstr("io")) < 0) {
        v_decref(bases);
        v_decref(ns);
        return V_NULL;
    }
    Value t = type_new(&TypeType, str_intern_cstr("UnsupportedOperation"), bases, ns, V_NULL, NULL);
    if (v_is_null(t)) {
        /* a layout conflict between the two bases: OSError alone still
         * catches what programs catch */
        err_clear();
        v_decref(bases);
        bases = tuple_pack(1, v_from_obj(&Exc_OSError));
        if (!v_is_null(bases))
            t = type_new(&TypeType, str_intern_cstr("UnsupportedOperation"), bases, ns, V_NULL, NULL);
    }
    v_decref(bases);
    v_decref(ns);
    return t;
}

static const MethodDef io_functions[] = {
    {"open", io_open, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value module_init_io(void) {
    Value m = mod_create("io", io_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (mod_add_type(m, "StringIO", &StringIOType) < 0 || mod_add_type(m, "BytesIO", &BytesIOType) < 0 ||
        mod_add_type(m, "TextIOWrapper", &TextFileType) < 0 ||
        mod_add_type(m, "BufferedReader", &BufferedReaderType) < 0 ||
        mod_add_type(m, "BufferedWriter", &BufferedWriterType) < 0 ||
        mod_add_type(m, "BufferedRandom", &BufferedRandomType) < 0)
        goto fail;
    if (v_is_null(unsupported_type)) {
        unsupported_type = make_unsupported_type();
        if (v_is_null(unsupported_type)) goto fail;
    }
    if (dict_set_cstr(d, "UnsupportedOperation", unsupported_type) < 0 ||
        dict_set_cstr(d, "SEEK_SET", v_from_smallint(0)) < 0 ||
        dict_set_cstr(d, "SEEK_CUR", v_from_smallint(1)) < 0 ||
        dict_set_cstr(d, "SEEK_END", v_from_smallint(2)) < 0 ||
        dict_set_cstr(d, "DEFAULT_BUFFER_SIZE", v_from_smallint(IO_CHUNK)) < 0)
        goto fail;
    (void)v_is_file;
    /* The abstract base classes come from lib/_io_py.py, which imports io:
     * io is put in sys.modules first (the import system adds it only after
     * this returns). */
    if (dict_set_cstr(import_modules(), "io", m) < 0) goto fail;
    Value extra = import_module(str_intern_cstr("_io_py"));
    if (v_is_null(extra)) goto fail;
    static const char *const abcs[] = {"IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"};
    for (size_t i = 0; i < sizeof abcs / sizeof abcs[0]; i++) {
        Value c = obj_getattr(extra, str_intern_cstr(abcs[i]));
        int r = v_is_null(c) ? -1 : dict_set_cstr(d, abcs[i], c);
        v_decref(c);
        if (r < 0) { v_decref(extra); goto fail; }
    }
    v_decref(extra);
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
