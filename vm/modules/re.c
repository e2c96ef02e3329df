/* re.c: the re module on PCRE2 (libpcre2-8).
 *
 * A Python pattern is translated to PCRE2 syntax where the two differ
 * (\Z, \v, \u/\U, {,n}, the a/u/L inline flags), checked for the errors
 * CPython reports itself (unbalanced parentheses, bad escapes, nothing to
 * repeat) and compiled once; module-level functions go through a cache as
 * CPython's re._compile does.
 *
 * Positions: a str is UTF-8 inside, so PCRE2 (in UTF mode) reports byte
 * offsets; Python wants code points. A Subject keeps an anchor (byte, code
 * point) that moves forward with the scan, so converting the offsets of
 * successive matches costs O(length) in total, not per match. ASCII strings
 * and bytes need no conversion at all.
 *
 * Empty matches follow Python 3.7+: after an empty match at p the next
 * search starts at p with PCRE2_NOTEMPTY_ATSTART (a non-empty match at p, or
 * any match later, is allowed), which is exactly sre's must_advance. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include "stdmod.h"
#include "../abstract.h"
#include "../args.h"
#include "../classobj.h"
#include "../int.h"
#include "../list.h"
#include "../exec.h"
#include "../unicode_util.h"

int unicodedata_char_by_name(const char *name, size_t n, uint32_t *cp);   /* unicodedata.c */

enum {
    RE_TEMPLATE = 1, RE_IGNORECASE = 2, RE_LOCALE = 4, RE_MULTILINE = 8, RE_DOTALL = 16,
    RE_UNICODE = 32, RE_VERBOSE = 64, RE_DEBUG = 128, RE_ASCII = 256,
};

static Value re_error_type = V_NULL;    /* re.error, a heap subclass of Exception */
static Value re_cache = V_NULL;         /* (pattern[, flags]) -> Pattern */
#define RE_CACHE_MAX 512

/* ---- errors ------------------------------------------------------------------ */

/* Raises re.error(msg, pattern, pos) (the class, in error_src, makes
 * CPython's "msg at position N" and its lineno/colno); pos < 0: no
 * position, error(msg). */
static Value re_raise(const char *msg, Value pattern, int64_t pos) {
    Value m = str_from_cstr(msg);
    if (v_is_null(m)) return V_NULL;
    Value args[3] = {m, pattern, v_from_smallint(pos)};
    Value exc = obj_call(re_error_type, args, pos >= 0 ? 3 : 1, V_NULL);
    v_decref(m);
    if (v_is_null(exc)) return V_NULL;
    return err_set_object(exc);
}

static inline bool is_octal(unsigned char c) { return c >= '0' && c <= '7'; }

/* ---- translation ----------------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t len, cap;
    int32_t *origin;      /* origin[i]: position in the Python pattern of out byte i */
    bool failed;
} Out;

static void out_put(Out *o, const char *s, size_t n, int32_t pos) {
    if (o->len + n + 1 > o->cap) {
        size_t cap = (o->cap ? o->cap * 2 : 64);
        while (cap < o->len + n + 1) cap *= 2;
        char *b = mem_realloc(o->buf, cap);
        int32_t *g = mem_realloc(o->origin, cap * sizeof(int32_t));
        if (!b || !g) { o->failed = true; if (b) o->buf = b; if (g) o->origin = g; return; }
        o->buf = b; o->origin = g; o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    for (size_t i = 0; i < n; i++) o->origin[o->len + i] = pos;
    o->len += n;
}

static bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

typedef struct {
    Value pattern;        /* the Python pattern (str or bytes), for errors */
    const char *src;
    size_t n;
    bool is_str;
    int flags;            /* in: the flags argument; out: with the leading inline flags */
    int32_t *close_order; /* close_order[g]: rank of group g's ')' in the text (1-based groups) */
    int ngroups;
} Translation;

/* Code point position of byte offset i of the pattern (errors report code points). */
static int32_t pat_pos(const Translation *t, size_t i) {
    return t->is_str ? (int32_t)utf8_count(t->src, i) : (int32_t)i;
}

/* Translates t->src into o. Returns 0 or -1 with re.error set. */
/* One item of a character set at s[*k] (k < end): its code point, or -1
 * for a category (\d, \w, ...), or -2 when not decoded here (left to
 * PCRE2). Advances *k past it. */
static int64_t class_item(const Translation *t, const char *s, size_t *k, size_t end) {
    size_t i = *k;
    unsigned char c = (unsigned char)s[i];
    if (c != '\\') {
        int len = 1;
        int64_t cp = c;
        if (c >= 0x80 && t->is_str) cp = utf8_decode(s + i, &len);
        *k = i + (size_t)len;
        return cp;
    }
    if (i + 1 >= end) { *k = end; return -2; }
    unsigned char e = (unsigned char)s[i + 1];
    *k = i + 2;
    switch (e) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W': return -1;
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'v': return 0x0b;
    case 'a': return 7;
    case 'b': return 8;
    case 'x': case 'u': case 'U': {
        size_t nd = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (e != 'x' && !t->is_str) return e;
        int64_t v = 0;
        for (size_t d = 0; d < nd; d++) {
            if (i + 2 + d >= end || !is_hex((unsigned char)s[i + 2 + d])) return -2;
            unsigned char h = (unsigned char)s[i + 2 + d];
            v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        *k = i + 2 + nd;
        return v;
    }
    default:
        if (e >= '0' && e <= '7') {
            int64_t v = 0;
            size_t d = 0;
            while (d < 3 && i + 1 + d < end && is_octal((unsigned char)s[i + 1 + d])) {
                v = v * 8 + (s[i + 1 + d] - '0');
                d++;
            }
            *k = i + 1 + d;
            return v;
        }
        if (e >= 0x80 || is_ascii_letter(e) || (e >= '8' && e <= '9')) return -2;
        return e;      /* an escaped punctuation character stands for itself */
    }
}

/* CPython's "bad character range X-Y" for a set's ranges: reversed, or with
 * a category at either end. s[start..end) is the set's body. */
static int class_check_ranges(const Translation *t, const char *s, size_t start, size_t end) {
    size_t k = start;
    while (k < end) {
        size_t a = k;
        int64_t lo = class_item(t, s, &k, end);
        if (k + 1 < end && s[k] == '-') {
            size_t b = k + 1;
            size_t kk = b;
            int64_t hi = class_item(t, s, &kk, end);
            if (lo == -2 || hi == -2) { k = kk; continue; }
            if (lo == -1 || hi == -1 || lo > hi) {
                char m[96];
                snprintf(m, sizeof m, "bad character range %.*s-%.*s", (int)(k - a > 30 ? 30 : k - a), s + a,
                         (int)(kk - b > 30 ? 30 : kk - b), s + b);
                re_raise(m, t->pattern, pat_pos(t, a));
                return -1;
            }
            k = kk;
        }
    }
    return 0;
}

/* The group names a pattern has defined so far (offsets into it). */
typedef struct {
    size_t off[256], len[256];
    int group[256];
    int n;
} GroupNames;

/* The index of name s[p..p+len) among names, or -1. */
static int names_find(const GroupNames *names, const char *s, size_t p, size_t len) {
    for (int k = 0; k < names->n; k++)
        if (names->len[k] == len && !memcmp(s + names->off[k], s + p, len)) return k;
    return -1;
}

/* Whether a group name is an identifier (non-ASCII bytes accepted). */
static bool name_is_identifier(const char *nm, size_t len) {
    if (len == 0 || (nm[0] >= '0' && nm[0] <= '9')) return false;
    for (size_t k = 0; k < len; k++) {
        unsigned char ch = (unsigned char)nm[k];
        if (!(ch >= 0x80 || ch == '_' || is_ascii_letter(ch) || (ch >= '0' && ch <= '9'))) return false;
    }
    return true;
}

static int re_translate(Translation *t, Out *o) {
    const char *s = t->src;
    size_t n = t->n, i = 0;
    /* Leading global flags "(?aiLmsux)": CPython applies them to the whole
     * pattern. a/u/L are not PCRE2 syntax, so they are consumed here. */
    while (i + 2 < n && s[i] == '(' && s[i + 1] == '?' && strchr("aiLmsux", s[i + 2])) {
        size_t j = i + 2;
        int f = 0;
        while (j < n && s[j] && strchr("aiLmsux", s[j])) {
            switch (s[j]) {
            case 'a': f |= RE_ASCII; break;
            case 'i': f |= RE_IGNORECASE; break;
            case 'L': f |= RE_LOCALE; break;
            case 'm': f |= RE_MULTILINE; break;
            case 's': f |= RE_DOTALL; break;
            case 'u': f |= RE_UNICODE; break;
            case 'x': f |= RE_VERBOSE; break;
            }
            j++;
        }
        if (j >= n || s[j] != ')') break;      /* "(?i:...)" scoped flags: PCRE2 syntax */
        t->flags |= f;
        i = j + 1;
    }
    bool verbose = t->flags & RE_VERBOSE;
    int32_t stack[256];                   /* open group positions */
    int32_t stack_group[256];             /* group number or 0 for a non-capturing group */
    int depth = 0, closes = 0;
    bool can_repeat = false;              /* does the previous item accept a quantifier? */
    bool after_quant = false;             /* was the previous item a quantifier? */
    GroupNames names = {.n = 0};
    /* numeric conditions "(?(N)...)": checked against the groups at the end
     * (a later group may define N), as CPython */
    int32_t cond_group[64], cond_pos[64];
    int nconds = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int32_t pos = (int32_t)i;
        bool prev_quant = after_quant;
        if (!(verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '#')))
            after_quant = false;
        if (verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) {
            out_put(o, s + i, 1, pos);
            i++;
            continue;
        }
        if (verbose && c == '#') {
            while (i < n && s[i] != '\n') i++;
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= n) { re_raise("bad escape (end of pattern)", t->pattern, pat_pos(t, i)); return -1; }
            unsigned char e = (unsigned char)s[i + 1];
            if (e == 'Z') { out_put(o, "\\z", 2, pos); i += 2; can_repeat = false; continue; }
            if (e == 'v') { out_put(o, "\\x0b", 4, pos); i += 2; can_repeat = true; continue; }
            if ((e == 'u' || e == 'U') && t->is_str) {
                size_t nd = e == 'u' ? 4 : 8;
                size_t k = 0;
                while (k < nd && i + 2 + k < n && is_hex((unsigned char)s[i + 2 + k])) k++;
                if (k < nd) {
                    char m[64];
                    snprintf(m, sizeof m, "incomplete escape \\%c%.*s", e, (int)k, s + i + 2);
                    re_raise(m, t->pattern, pat_pos(t, i));
                    return -1;
                }
                out_put(o, "\\x{", 3, pos);
                out_put(o, s + i + 2, nd, pos);
                out_put(o, "}", 1, pos);
                i += 2 + nd;
                can_repeat = true;
                continue;
            }
            if (e == 'N' && t->is_str) {
                /* \N{name}: the named character, as \x{hex} for PCRE2 */
                if (i + 2 >= n || s[i + 2] != '{') {
                    re_raise("missing {", t->pattern, pat_pos(t, i + 2));
                    return -1;
                }
                const char *close = memchr(s + i + 3, '}', n - i - 3);
                if (!close || close == s + i + 3) {
                    re_raise(close || i + 3 >= n ? "missing character name" : "missing }, unterminated name",
                             t->pattern, pat_pos(t, i + 3));
                    return -1;
                }
                size_t nl = (size_t)(close - (s + i + 3));
                uint32_t cp;
                if (!unicodedata_char_by_name(s + i + 3, nl, &cp)) {
                    char m[320];
                    snprintf(m, sizeof m, "undefined character name '%.*s'", (int)(nl > 255 ? 255 : nl), s + i + 3);
                    re_raise(m, t->pattern, pat_pos(t, i));
                    return -1;
                }
                char hex[24];
                int hl = snprintf(hex, sizeof hex, "\\x{%X}", (unsigned)cp);
                out_put(o, hex, (size_t)hl, pos);
                i = (size_t)(close - s) + 1;
                can_repeat = true;
                continue;
            }
            if (e >= '1' && e <= '9' &&
                !(i + 3 < n && is_octal((unsigned char)s[i + 2]) && is_octal((unsigned char)s[i + 3]) &&
                  e <= '7')) {
                /* \N or \NN: a group reference (three octal digits are a character) */
                int g = e - '0';
                if (i + 2 < n && s[i + 2] >= '0' && s[i + 2] <= '9') g = g * 10 + (s[i + 2] - '0');
                bool open = false;
                for (int k = 0; k < depth; k++) open = open || stack_group[k] == g;
                if (g > t->ngroups || open) {
                    char m[64];
                    if (open) snprintf(m, sizeof m, "cannot refer to an open group");
                    else snprintf(m, sizeof m, "invalid group reference %d", g);
                    re_raise(m, t->pattern, pat_pos(t, open ? i : i + 1));
                    return -1;
                }
            }
            if (is_ascii_letter(e) && !strchr("abBdDfnrsStwWAx", e)) {
                char m[32];
                snprintf(m, sizeof m, "bad escape \\%c", e);
                re_raise(m, t->pattern, pat_pos(t, i));
                return -1;
            }
            int len = 2;
            if (e >= 0x80 && t->is_str) len = 1 + utf8_seq_len(e);
            out_put(o, s + i, (size_t)len, pos);
            i += (size_t)len;
            can_repeat = !(e == 'b' || e == 'B' || e == 'A');
            continue;
        }
        if (c == '[') {
            size_t j = i + 1;
            if (j < n && s[j] == '^') j++;
            size_t body = j;
            if (j < n && s[j] == ']') j++;     /* a leading ] is literal */
            while (j < n && s[j] != ']') {
                if (s[j] == '\\') {
                    if (j + 1 < n) {
                        unsigned char e = (unsigned char)s[j + 1];
                        if (is_ascii_letter(e) && !strchr("abdDfnrsStwWxuUv", e)) {
                            char m[32];
                            snprintf(m, sizeof m, "bad escape \\%c", e);
                            re_raise(m, t->pattern, pat_pos(t, j));
                            return -1;
                        }
                    }
                    j += 2;
                } else if (s[j] == '[' && j + 1 < n && s[j + 1] == ':') {
                    out_put(o, s + i, j - i, pos);     /* Python has no POSIX classes: "[:" is literal */
                    out_put(o, "\\[", 2, (int32_t)j);
                    i = ++j;
                    pos = (int32_t)i;
                } else {
                    j++;
                }
            }
            if (j >= n) {
                re_raise("unterminated character set", t->pattern, pat_pos(t, (size_t)pos));
                return -1;
            }
            if (class_check_ranges(t, s, body, j) < 0) return -1;
            /* Copy the set, rewriting \v and \u/\U inside it. */
            size_t k = i;
            while (k <= j) {
                if (s[k] == '\\' && k + 1 <= j) {
                    unsigned char e = (unsigned char)s[k + 1];
                    if (e == 'v') { out_put(o, "\\x0b", 4, (int32_t)k); k += 2; continue; }
                    if ((e == 'u' || e == 'U') && t->is_str) {
                        size_t nd = e == 'u' ? 4 : 8;
                        out_put(o, "\\x{", 3, (int32_t)k);
                        out_put(o, s + k + 2, nd, (int32_t)k);
                        out_put(o, "}", 1, (int32_t)k);
                        k += 2 + nd;
                        continue;
                    }
                    out_put(o, s + k, 2, (int32_t)k);
                    k += 2;
                    continue;
                }
                out_put(o, s + k, 1, (int32_t)k);
                k++;
            }
            i = j + 1;
            can_repeat = true;
            continue;
        }
        if (c == '(') {
            if (depth >= 256) { re_raise("too many nested groups", t->pattern, pat_pos(t, i)); return -1; }
            int group = 0;
            if (i + 1 < n && s[i + 1] == '?') {
                /* (?P<name>, (?<name> in PCRE2 capture; (?<= (?<! do not. */
                if (i + 2 < n && s[i + 2] == 'P' && i + 3 < n && s[i + 3] == '<') {
                    group = ++t->ngroups;
                    size_t j = i + 4;
                    while (j < n && s[j] != '>' && s[j] != ')') j++;
                    if (j >= n || s[j] != '>') {
                        re_raise(j == i + 4 ? "missing group name" : "missing >, unterminated name",
                                 t->pattern, pat_pos(t, i + 4));
                        return -1;
                    }
                    size_t nl = j - (i + 4);
                    const char *nm = s + i + 4;
                    char m[320];
                    int w = (int)(nl > 100 ? 100 : nl);
                    if (nl == 0) {
                        re_raise("missing group name", t->pattern, pat_pos(t, i + 4));
                        return -1;
                    }
                    if (!name_is_identifier(nm, nl)) {
                        snprintf(m, sizeof m, "bad character in group name '%.*s'", w, nm);
                        re_raise(m, t->pattern, pat_pos(t, i + 4));
                        return -1;
                    }
                    int prev = names_find(&names, s, i + 4, nl);
                    if (prev >= 0) {
                        snprintf(m, sizeof m, "redefinition of group name '%.*s' as group %d; was group %d",
                                 w, nm, group, names.group[prev]);
                        re_raise(m, t->pattern, pat_pos(t, i + 4));
                        return -1;
                    }
                    if (names.n < 256) {
                        names.off[names.n] = i + 4;
                        names.group[names.n] = group;
                        names.len[names.n++] = nl;
                    }
                } else if (i + 2 < n && !strchr(":P=!<#(>aiLmsux-", s[i + 2])) {
                    char m[32];
                    snprintf(m, sizeof m, "unknown extension ?%c", s[i + 2]);
                    re_raise(m, t->pattern, pat_pos(t, i + 1));
                    return -1;
                } else if (i + 3 < n && s[i + 2] == '<' && s[i + 3] != '=' && s[i + 3] != '!') {
                    char m[32];
                    snprintf(m, sizeof m, "unknown extension ?<%c", s[i + 3]);
                    re_raise(m, t->pattern, pat_pos(t, i + 1));
                    return -1;
                } else if (i + 3 < n && s[i + 2] == 'P' && s[i + 3] != '=') {
                    char m[32];
                    snprintf(m, sizeof m, "unknown extension ?P%c", s[i + 3]);
                    re_raise(m, t->pattern, pat_pos(t, i + 1));
                    return -1;
                }
                if (i + 3 < n && s[i + 2] == 'P' && s[i + 3] == '=') {
                    /* (?P=name): CPython checks the name itself */
                    size_t j = i + 4;
                    while (j < n && s[j] != ')') j++;
                    if (j < n && j > i + 4 && names_find(&names, s, i + 4, j - (i + 4)) < 0) {
                        char m[160];
                        snprintf(m, sizeof m, "unknown group name '%.*s'", (int)(j - i - 4 > 100 ? 100 : j - i - 4), s + i + 4);
                        re_raise(m, t->pattern, pat_pos(t, i + 4));
                        return -1;
                    }
                }
                if (i + 2 < n && s[i + 2] == '#') {          /* comment: copy to ')' */
                    size_t j = i;
                    while (j < n && s[j] != ')') j++;
                    if (j >= n) { re_raise("missing ), unterminated comment", t->pattern, pat_pos(t, i)); return -1; }
                    i = j + 1;
                    continue;
                }
            } else if (i + 1 < n && s[i + 1] == '*') {
                re_raise("nothing to repeat", t->pattern, pat_pos(t, i + 1));   /* not a PCRE2 verb */
                return -1;
            } else {
                group = ++t->ngroups;
            }
            stack[depth] = (int32_t)i;
            stack_group[depth++] = group;
            out_put(o, s + i, 1, pos);
            i++;
            can_repeat = false;
            /* Quantifier-looking characters right after "(?" are syntax. */
            if (i < n && s[i] == '?') {
                out_put(o, s + i, 1, (int32_t)i);
                i++;
                if (i < n && s[i] == '(') {
                    /* conditional "(?(1)...)" or "(?(name)...)": copy the condition */
                    size_t j = i;
                    while (j < n && s[j] != ')') j++;
                    if (j >= n) { re_raise("missing ), unterminated name", t->pattern, pat_pos(t, i + 1)); return -1; }
                    size_t cn = j - (i + 1);
                    bool digits = cn > 0;
                    for (size_t k = i + 1; k < j && digits; k++) digits = s[k] >= '0' && s[k] <= '9';
                    if (digits && cn <= 6 && nconds < 64) {
                        cond_group[nconds] = atoi(s + i + 1);
                        cond_pos[nconds++] = (int32_t)(i + 1);
                    } else if (!digits && cn > 0) {
                        /* a name: a group defined before this point */
                        if (names_find(&names, s, i + 1, cn) < 0) {
                            char m[160];
                            snprintf(m, sizeof m,
                                     name_is_identifier(s + i + 1, cn) ? "unknown group name '%.*s'"
                                                                       : "bad character in group name '%.*s'",
                                     (int)(cn > 100 ? 100 : cn), s + i + 1);
                            re_raise(m, t->pattern, pat_pos(t, i + 1));
                            return -1;
                        }
                    }
                    out_put(o, s + i, j + 1 - i, (int32_t)i);
                    i = j + 1;
                }
            }
            continue;
        }
        if (c == ')') {
            if (depth == 0) { re_raise("unbalanced parenthesis", t->pattern, pat_pos(t, i)); return -1; }
            int g = stack_group[--depth];
            if (g > 0 && g < 1000 && t->close_order) t->close_order[g] = ++closes;
            out_put(o, ")", 1, pos);
            i++;
            can_repeat = true;
            continue;
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            if (c == '{') {
                /* "{,n}" means {0,n} in Python; a '{' that starts no
                 * quantifier is a literal in both. */
                size_t j = i + 1, comma = 0;
                while (j < n && s[j] >= '0' && s[j] <= '9') j++;
                bool lo = j > i + 1;
                bool quant = false;
                if (j < n && s[j] == '}') quant = lo;
                else if (j < n && s[j] == ',') {
                    comma = j++;
                    while (j < n && s[j] >= '0' && s[j] <= '9') j++;
                    quant = j < n && s[j] == '}';
                }
                if (!quant) { out_put(o, "\\{", 2, pos); i++; can_repeat = true; continue; }
                if (!can_repeat) {
                    re_raise(prev_quant ? "multiple repeat" : "nothing to repeat", t->pattern, pat_pos(t, i));
                    return -1;
                }
                /* {m,n}: m <= n */
                if (lo && comma && j > comma + 1 &&
                    strtoll(s + i + 1, NULL, 10) > strtoll(s + comma + 1, NULL, 10)) {
                    re_raise("min repeat greater than max repeat", t->pattern, pat_pos(t, i + 1));
                    return -1;
                }
                if (!lo) out_put(o, "{0", 2, pos);
                else out_put(o, "{", 1, pos);
                out_put(o, s + i + 1, j - i, pos);
                i = j + 1;
            } else {
                if (!can_repeat) {
                    re_raise(prev_quant ? "multiple repeat" : "nothing to repeat", t->pattern, pat_pos(t, i));
                    return -1;
                }
                out_put(o, s + i, 1, pos);
                i++;
            }
            /* A lazy '?' or possessive '+' may follow; a third repeat is an error. */
            if (i < n && (s[i] == '?' || s[i] == '+')) { out_put(o, s + i, 1, (int32_t)i); i++; }
            if (i < n && (s[i] == '*' || s[i] == '+' || s[i] == '?')) {
                re_raise("multiple repeat", t->pattern, pat_pos(t, i));
                return -1;
            }
            can_repeat = false;
            after_quant = true;
            continue;
        }
        if (c == '|') { out_put(o, "|", 1, pos); i++; can_repeat = false; continue; }
        if (c == '^' || c == '$') { out_put(o, s + i, 1, pos); i++; can_repeat = false; continue; }
        int len = (c >= 0x80 && t->is_str) ? utf8_seq_len(c) : 1;
        out_put(o, s + i, (size_t)len, pos);
        i += (size_t)len;
        can_repeat = true;
    }
    if (depth > 0) {
        re_raise("missing ), unterminated subpattern", t->pattern, pat_pos(t, (size_t)stack[depth - 1]));
        return -1;
    }
    for (int k = 0; k < nconds; k++) {
        if (cond_group[k] > t->ngroups || cond_group[k] == 0) {
            char m[64];
            if (cond_group[k] == 0) snprintf(m, sizeof m, "bad group number");
            else snprintf(m, sizeof m, "invalid group reference %d", (int)cond_group[k]);
            re_raise(m, t->pattern, pat_pos(t, (size_t)cond_pos[k]));
            return -1;
        }
    }
    out_put(o, "", 0, (int32_t)n);
    if (o->failed) { err_nomem(); return -1; }
    o->buf[o->len] = 0;
    return 0;
}

/* ---- Pattern ------------------------------------------------------------------------- */

typedef struct {
    Object ob;
    Value pattern;          /* str or bytes */
    int flags;              /* Python flags, UNICODE added for str patterns */
    bool is_str;
    int groups;
    pcre2_code *code;
    pcre2_match_data *md;   /* reused: results are copied out before any Python code runs */
    Value groupindex;       /* dict name -> int */
    Value names;            /* tuple: names[g] str or None */
    int32_t *close_order;   /* groups + 1 entries */
} PatternObject;

typedef struct {
    Object ob;
    Value string;
    Value re;
    int64_t pos, endpos;    /* code points */
    int n;                  /* groups + 1 */
    int lastindex;          /* -1: None */
    int64_t sp[];           /* sp[0..2n): code point spans; sp[2n..4n): byte spans; -1 unmatched */
} MatchObject;

static TypeObject PatternType, MatchType, ScannerType;

static void pattern_dealloc(Object *o) {
    PatternObject *p = (PatternObject *)o;
    v_clear(&p->pattern);
    v_clear(&p->groupindex);
    v_clear(&p->names);
    if (p->md) pcre2_match_data_free(p->md);
    if (p->code) pcre2_code_free(p->code);
    mem_free(p->close_order);
    obj_free(o);
}

/* Compiles pattern (str or bytes) with flags. New reference. */
static Value pattern_compile(Value pattern, int flags) {
    bool is_str = v_is_str(pattern);
    const char *src;
    size_t n;
    if (is_str) {
        src = str_data(pattern);
        n = (size_t)str_nbytes(pattern);
        if ((flags & RE_ASCII) && (flags & RE_UNICODE))
            return err_format(&Exc_ValueError, "ASCII and UNICODE flags are incompatible");
        if (flags & RE_LOCALE)
            return err_format(&Exc_ValueError, "cannot use LOCALE flag with a str pattern");
    } else {
        src = (const char *)((BytesObject *)v_as_obj(pattern))->data;
        n = (size_t)((BytesObject *)v_as_obj(pattern))->size;
        if (flags & RE_UNICODE)
            return err_format(&Exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
    }
    size_t ncap = 1000;
    int32_t *close_order = mem_calloc(ncap, sizeof(int32_t));
    if (!close_order) return err_nomem();
    Translation t = { pattern, src, n, is_str, flags, close_order, 0 };
    Out o = {0};
    if (re_translate(&t, &o) < 0) {
        mem_free(o.buf);
        mem_free(o.origin);
        mem_free(close_order);
        return V_NULL;
    }
    flags = t.flags;
    if (is_str && !(flags & RE_ASCII)) flags |= RE_UNICODE;
    uint32_t opts = 0;
    if (flags & RE_IGNORECASE) opts |= PCRE2_CASELESS;
    if (flags & RE_MULTILINE) opts |= PCRE2_MULTILINE;
    if (flags & RE_DOTALL) opts |= PCRE2_DOTALL;
    if (flags & RE_VERBOSE) opts |= PCRE2_EXTENDED;
    if (is_str) opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (is_str && (flags & RE_UNICODE)) opts |= PCRE2_UCP;
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)o.buf, o.len, opts, &errcode, &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        int32_t at = erroff < o.len ? o.origin[erroff] : (int32_t)n;
        const char *m = (const char *)msg;
        if (errcode == 115) m = "invalid group reference";
        else if (errcode == 109) m = "nothing to repeat";
        else if (errcode == 125) m = "look-behind requires fixed-width pattern";
        re_raise(m, pattern, errcode == 125 ? -1 : pat_pos(&t, (size_t)at));
        mem_free(o.buf);
        mem_free(o.origin);
        mem_free(close_order);
        return V_NULL;
    }
    mem_free(o.buf);
    mem_free(o.origin);
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   /* optional: interpretation if it fails */
    uint32_t capcount = 0, namecount = 0, entrysize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &capcount);
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    PatternObject *p = (PatternObject *)obj_alloc(&PatternType, sizeof(PatternObject));
    if (!p) { pcre2_code_free(code); mem_free(close_order); return V_NULL; }
    p->pattern = v_newref(pattern);
    p->flags = flags;
    p->is_str = is_str;
    p->groups = (int)capcount;
    p->code = code;
    p->md = pcre2_match_data_create_from_pattern(code, NULL);
    p->groupindex = dict_new();
    p->names = tuple_new((int64_t)capcount + 1);
    p->close_order = close_order;
    if (!p->md || v_is_null(p->groupindex) || v_is_null(p->names)) {
        v_decref(v_from_obj(p));
        return err_nomem();
    }
    for (uint32_t g = 0; g <= capcount; g++) tuple_items(p->names)[g] = V_NONE;
    for (uint32_t k = 0; k < namecount; k++) {
        PCRE2_SPTR e = table + (size_t)k * entrysize;
        int g = (e[0] << 8) | e[1];
        Value name = str_from_cstr((const char *)e + 2);
        if (v_is_null(name)) { v_decref(v_from_obj(p)); return V_NULL; }
        v_setref(&tuple_items(p->names)[g], name);
    }
    /* groupindex in group order, as CPython (PCRE2's table is sorted by name) */
    for (uint32_t g = 1; g <= capcount; g++) {
        Value name = tuple_items(p->names)[g];
        if (!v_is_none(name) && dict_set(p->groupindex, name, v_from_smallint(g)) < 0) {
            v_decref(v_from_obj(p));
            return V_NULL;
        }
    }
    return v_from_obj(p);
}

/* re._compile: cached compile of a str/bytes pattern or a Pattern. New reference. */
static Value re_get_pattern(Value pattern, int flags) {
    if (v_is_type(pattern, &PatternType)) {
        if (flags)
            return err_format(&Exc_ValueError, "cannot process flags argument with a compiled pattern");
        return v_newref(pattern);
    }
    if (!v_is_str(pattern) && !v_is_bytes(pattern))
        return err_format(&Exc_TypeError, "first argument must be string or compiled pattern");
    Value key = flags ? tuple_pack(2, pattern, v_from_smallint(flags)) : v_newref(pattern);
    if (v_is_null(key)) return V_NULL;
    Value hit = dict_get(re_cache, key);
    if (!v_is_null(hit)) { v_decref(key); return v_newref(hit); }
    if (err_occurred()) { v_decref(key); return V_NULL; }
    Value p = pattern_compile(pattern, flags);
    if (!v_is_null(p)) {
        if (dict_size(re_cache) >= RE_CACHE_MAX) dict_clear(re_cache);
        if (dict_set(re_cache, key, p) < 0) { v_decref(p); p = V_NULL; }
    }
    v_decref(key);
    return p;
}

/* ---- subjects ------------------------------------------------------------------------ */

typedef struct {
    Value obj;
    const char *data;
    int64_t nbytes;
    bool is_str, ascii;
    int64_t anc_b, anc_cp;     /* a known (byte offset, code point index) pair */
} Subject;

static int subject_init(Subject *s, PatternObject *p, Value string) {
    if (v_is_str(string) || v_is_strlike(string)) {
        if (!p->is_str)
            return err_format(&Exc_TypeError, "cannot use a bytes pattern on a string-like object"), -1;
        s->data = str_data(string);
        s->nbytes = str_nbytes(string);
        s->is_str = true;
        s->ascii = v_as_str(string)->is_ascii;
    } else if (v_is_bytes(string)) {
        if (p->is_str)
            return err_format(&Exc_TypeError, "cannot use a string pattern on a bytes-like object"), -1;
        s->data = (const char *)((BytesObject *)v_as_obj(string))->data;
        s->nbytes = ((BytesObject *)v_as_obj(string))->size;
        s->is_str = false;
        s->ascii = true;
    } else {
        return err_format(&Exc_TypeError, "expected string or bytes-like object, got '%s'",
                          v_type_name(string)), -1;
    }
    s->obj = string;
    s->anc_b = s->anc_cp = 0;
    return 0;
}

static int64_t subject_len(const Subject *s) {
    return s->ascii ? s->nbytes : str_len(s->obj);
}

static int64_t subject_cp(Subject *s, int64_t b) {
    if (s->ascii || b < 0) return b;
    const char *d = s->data;
    if (b >= s->anc_b) {
        int64_t cp = s->anc_cp;
        for (int64_t i = s->anc_b; i < b; i++) cp += ((uint8_t)d[i] & 0xC0) != 0x80;
        return cp;
    }
    int64_t cp = s->anc_cp;
    for (int64_t i = b; i < s->anc_b; i++) cp -= ((uint8_t)d[i] & 0xC0) != 0x80;
    return cp;
}

static int64_t subject_byte(Subject *s, int64_t cp) {
    if (s->ascii) return cp;
    return str_byte_offset(s->obj, cp);
}

static void subject_anchor(Subject *s, int64_t b) {
    if (s->ascii) return;
    s->anc_cp = subject_cp(s, b);
    s->anc_b = b;
}

/* Clamps pos/endpos as sre does (code points in, code points out). */
static void clamp_range(Subject *s, int64_t *pos, int64_t *endpos) {
    int64_t len = subject_len(s);
    if (*pos < 0) *pos = 0;
    if (*pos > len) *pos = len;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > len) *endpos = len;
}

/* Runs the pattern from byte offset start on s[0:end]. 1 match (results in
 * p->md), 0 no match, -1 error. */
static int run_match(PatternObject *p, Subject *s, int64_t start, int64_t end, uint32_t opts) {
    if (start > end) return 0;
    if (p->is_str) opts |= PCRE2_NO_UTF_CHECK;
    int rc = pcre2_match(p->code, (PCRE2_SPTR)s->data, (PCRE2_SIZE)end, (PCRE2_SIZE)start, opts,
                         p->md, NULL);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT)
        return err_format(&Exc_RecursionError, "maximum recursion limit exceeded"), -1;
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    err_format(&Exc_RuntimeError, "regular expression engine error: %s", (const char *)msg);
    return -1;
}

/* A Match from p->md's current results. New reference. */
static Value match_new(PatternObject *p, Subject *s, int64_t pos, int64_t endpos) {
    int n = p->groups + 1;
    MatchObject *m = (MatchObject *)obj_alloc(&MatchType, sizeof(MatchObject) + 4 * (size_t)n * sizeof(int64_t));
    if (!m) return V_NULL;
    m->string = v_newref(s->obj);
    m->re = v_newref(v_from_obj(p));
    m->pos = pos;
    m->endpos = endpos;
    m->n = n;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
    uint32_t ovn = pcre2_get_ovector_count(p->md);
    int64_t *cp = m->sp, *by = m->sp + 2 * n;
    subject_anchor(s, (int64_t)ov[0]);
    int last = -1;
    int64_t last_end = -1;
    int32_t last_rank = 0;
    for (int g = 0; g < n; g++) {
        if ((uint32_t)g >= ovn || ov[2 * g] == PCRE2_UNSET) {
            by[2 * g] = by[2 * g + 1] = cp[2 * g] = cp[2 * g + 1] = -1;
            continue;
        }
        by[2 * g] = (int64_t)ov[2 * g];
        by[2 * g + 1] = (int64_t)ov[2 * g + 1];
        cp[2 * g] = subject_cp(s, by[2 * g]);
        cp[2 * g + 1] = subject_cp(s, by[2 * g + 1]);
        if (g > 0) {
            /* lastindex is the group that closed last: the largest end,
             * and among equal ends the one whose ')' comes later. */
            int32_t rank = g < 1000 ? p->close_order[g] : g;
            if (cp[2 * g + 1] > last_end || (cp[2 * g + 1] == last_end && rank > last_rank)) {
                last = g;
                last_end = cp[2 * g + 1];
                last_rank = rank;
            }
        }
    }
    m->lastindex = last;
    return v_from_obj(m);
}

/* New str/bytes of the subject's bytes [b0, b1). */
static Value subject_slice(const Subject *s, int64_t b0, int64_t b1) {
    if (s->is_str) return str_new(s->data + b0, (size_t)(b1 - b0));
    return bytes_new(s->data + b0, (size_t)(b1 - b0));
}

static Value subject_empty(const Subject *s) {
    return s->is_str ? str_empty() : bytes_new("", 0);
}

/* ---- argument helpers ------------------------------------------------------------------ */

static int index_arg(Value v, int64_t *out, int64_t dflt) {
    if (v_is_null(v)) { *out = dflt; return 0; }
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    if (int_as_i64(i, out) < 0) {
        err_clear();
        *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    v_decref(i);
    return 0;
}

static int flags_arg(Value v, int *out) {
    if (v_is_null(v)) { *out = 0; return 0; }
    int64_t f;
    Value i = obj_index(v);
    if (v_is_null(i)) return -1;
    int r = int_as_i64(i, &f);
    v_decref(i);
    if (r < 0) return -1;
    *out = (int)f;
    return 0;
}

/* ---- Pattern methods -------------------------------------------------------------------- */

enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

static Value pattern_do_match(PatternObject *p, Value string, Value vpos, Value vend, int mode) {
    Subject s;
    if (subject_init(&s, p, string) < 0) return V_NULL;
    int64_t pos, endpos;
    if (index_arg(vpos, &pos, 0) < 0 || index_arg(vend, &endpos, INT64_MAX / 2) < 0) return V_NULL;
    clamp_range(&s, &pos, &endpos);
    uint32_t opts = mode == MODE_MATCH ? PCRE2_ANCHORED
                  : mode == MODE_FULLMATCH ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    int r = run_match(p, &s, subject_byte(&s, pos), subject_byte(&s, endpos), opts);
    if (r < 0) return V_NULL;
    if (r == 0) return V_NONE;
    return match_new(p, &s, pos, endpos);
}

static const char *const match_kw[] = {"string", "pos", "endpos"};

#define PATTERN_MATCH_FN(fname, mode)                                                          \
    static Value pattern_##fname(Value self, const Value *args, size_t nargs, Value kwnames) { \
        Value a[3];                                                                            \
        if (args_parse(#fname, args, nargs, kwnames, match_kw, 3, 3, 1, a) < 0) return V_NULL; \
        return pattern_do_match((PatternObject *)v_as_obj(self), a[0], a[1], a[2], mode);      \
    }
PATTERN_MATCH_FN(match, MODE_MATCH)
PATTERN_MATCH_FN(fullmatch, MODE_FULLMATCH)
PATTERN_MATCH_FN(search, MODE_SEARCH)

/* Iteration over successive matches, shared by findall, finditer, sub and split. */
typedef struct {
    PatternObject *p;
    Subject s;
    int64_t pos, endpos;       /* code points, for Match objects */
    int64_t cur, end;          /* bytes */
    bool must_advance, done;
} Scan;

static int scan_init(Scan *sc, PatternObject *p, Value string, Value vpos, Value vend) {
    sc->p = p;
    if (subject_init(&sc->s, p, string) < 0) return -1;
    if (index_arg(vpos, &sc->pos, 0) < 0 || index_arg(vend, &sc->endpos, INT64_MAX / 2) < 0) return -1;
    clamp_range(&sc->s, &sc->pos, &sc->endpos);
    sc->cur = subject_byte(&sc->s, sc->pos);
    sc->end = subject_byte(&sc->s, sc->endpos);
    sc->must_advance = false;
    sc->done = false;
    return 0;
}

/* Next match: 1 (ovector in p->md; b0 and b1 its byte span), 0 done, -1 error. */
static int scan_next(Scan *sc, int64_t *b0, int64_t *b1) {
    if (sc->done) return 0;
    int r = run_match(sc->p, &sc->s, sc->cur, sc->end, sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (r <= 0) { sc->done = true; return r; }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->p->md);
    *b0 = (int64_t)ov[0];
    *b1 = (int64_t)ov[1];
    sc->must_advance = *b1 == *b0;
    sc->cur = *b1;
    return 1;
}

/* The value of group g of the current results as findall reports it. */
static Value scan_group(Scan *sc, int g) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->p->md);
    if (ov[2 * g] == PCRE2_UNSET) return subject_empty(&sc->s);
    return subject_slice(&sc->s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1]);
}

static Value pattern_findall(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("findall", args, nargs, kwnames, match_kw, 3, 3, 1, a) < 0) return V_NULL;
    PatternObject *p = (PatternObject *)v_as_obj(self);
    Scan sc;
    if (scan_init(&sc, p, a[0], a[1], a[2]) < 0) return V_NULL;
    Value list = list_new(0);
    if (v_is_null(list)) return V_NULL;
    int64_t b0, b1;
    int r;
    while ((r = scan_next(&sc, &b0, &b1)) > 0) {
        Value item;
        if (p->groups == 0) {
            item = subject_slice(&sc.s, b0, b1);
        } else if (p->groups == 1) {
            item = scan_group(&sc, 1);
        } else {
            item = tuple_new(p->groups);
            if (!v_is_null(item)) {
                for (int g = 1; g <= p->groups; g++) {
                    Value x = scan_group(&sc, g);
                    if (v_is_null(x)) { v_decref(item); item = V_NULL; break; }
                    tuple_items(item)[g - 1] = x;
                }
            }
        }
        if (v_is_null(item) || list_append_steal(list, item) < 0) { v_decref(list); return V_NULL; }
    }
    if (r < 0) { v_decref(list); return V_NULL; }
    return list;
}

/* finditer's iterator (CPython: callable_iterator over a scanner). */
typedef struct {
    Object ob;
    Value pattern, string;
    Scan sc;
} ScannerObject;

static Value pattern_finditer(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("finditer", args, nargs, kwnames, match_kw, 3, 3, 1, a) < 0) return V_NULL;
    ScannerObject *it = (ScannerObject *)obj_alloc(&ScannerType, sizeof(ScannerObject));
    if (!it) return V_NULL;
    it->pattern = v_newref(self);
    it->string = v_newref(a[0]);
    if (scan_init(&it->sc, (PatternObject *)v_as_obj(self), a[0], a[1], a[2]) < 0) {
        it->sc.done = true;
        v_decref(v_from_obj(it));
        return V_NULL;
    }
    return v_from_obj(it);
}

static Value scanner_next(Value self) {
    ScannerObject *it = (ScannerObject *)v_as_obj(self);
    int64_t b0, b1;
    int r = scan_next(&it->sc, &b0, &b1);
    if (r <= 0) return V_NULL;
    return match_new(it->sc.p, &it->sc.s, it->sc.pos, it->sc.endpos);
}

static Value scanner_iter(Value self) { return v_newref(self); }

static void scanner_dealloc(Object *o) {
    ScannerObject *it = (ScannerObject *)o;
    v_clear(&it->pattern);
    v_clear(&it->string);
    obj_free(o);
}

/* ---- templates (sub's repl, Match.expand) ------------------------------------------------- */

/* A parsed template: literal pieces and group references alternate. */
typedef struct {
    int n;
    struct TItem { int group; int64_t off, len; } *items;   /* group -1: literal lit[off..off+len) */
    char *lit;
    size_t litlen;
} Template;

static void template_free(Template *t) {
    mem_free(t->items);
    mem_free(t->lit);
}

static int tpl_add(Template *t, int group, const char *s, size_t n, int *cap, size_t *litcap) {
    if (group < 0 && n == 0) return 0;
    if (group < 0 && t->n > 0 && t->items[t->n - 1].group < 0 &&
        t->items[t->n - 1].off + t->items[t->n - 1].len == (int64_t)t->litlen) {
        /* extend the previous literal */
    } else {
        if (t->n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            void *ni = mem_realloc(t->items, (size_t)*cap * sizeof *t->items);
            if (!ni) return err_nomem(), -1;
            t->items = ni;
        }
        t->items[t->n++] = (struct TItem){group, (int64_t)t->litlen, 0};
        if (group >= 0) return 0;
    }
    if (t->litlen + n + 1 > *litcap) {
        size_t c = *litcap ? *litcap * 2 : 64;
        while (c < t->litlen + n + 1) c *= 2;
        char *nl = mem_realloc(t->lit, c);
        if (!nl) return err_nomem(), -1;
        t->lit = nl;
        *litcap = c;
    }
    memcpy(t->lit + t->litlen, s, n);
    t->litlen += n;
    t->items[t->n - 1].len += (int64_t)n;
    return 0;
}

/* Parses repl (str or bytes, same kind as the pattern) as CPython's
 * re._parser.parse_template. 0 or -1. */
static int template_parse(PatternObject *p, Value repl, Template *t) {
    memset(t, 0, sizeof *t);
    int cap = 0;
    size_t litcap = 0;
    const char *s;
    size_t n;
    if (p->is_str) {
        if (!v_is_str(repl) && !v_is_strlike(repl))
            return err_format(&Exc_TypeError, "expected str instance, %s found", v_type_name(repl)), -1;
        s = str_data(repl);
        n = (size_t)str_nbytes(repl);
    } else {
        if (!v_is_bytes(repl))
            return err_format(&Exc_TypeError, "expected a bytes-like object, %s found", v_type_name(repl)), -1;
        s = (const char *)((BytesObject *)v_as_obj(repl))->data;
        n = (size_t)((BytesObject *)v_as_obj(repl))->size;
    }
    Translation tr = { repl, s, n, p->is_str, 0, NULL, 0 };
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t lit_end = bs ? (size_t)(bs - s) : n;
        if (tpl_add(t, -1, s + i, lit_end - i, &cap, &litcap) < 0) goto fail;
        i = lit_end;
        if (i >= n) break;
        if (i + 1 >= n) { re_raise("bad escape (end of pattern)", repl, pat_pos(&tr, i)); goto fail; }
        char c = s[i + 1];
        if (c == 'g') {
            size_t j = i + 2;
            if (j >= n || s[j] != '<') { re_raise("missing <", repl, pat_pos(&tr, j)); goto fail; }
            size_t k = j + 1;
            while (k < n && s[k] != '>') k++;
            if (k >= n) { re_raise("missing >, unterminated name", repl, pat_pos(&tr, j + 1)); goto fail; }
            size_t nl = k - j - 1;
            if (nl == 0) { re_raise("missing group name", repl, pat_pos(&tr, j + 1)); goto fail; }
            int g = -1;
            bool digits = true;
            for (size_t q = j + 1; q < k; q++) if (s[q] < '0' || s[q] > '9') digits = false;
            if (digits) {
                g = 0;
                for (size_t q = j + 1; q < k && g < 100000; q++) g = g * 10 + (s[q] - '0');
                if (g > p->groups) {
                    char m[64];
                    snprintf(m, sizeof m, "invalid group reference %d", g);
                    re_raise(m, repl, pat_pos(&tr, j + 1));
                    goto fail;
                }
            } else {
                Value name = str_new(s + j + 1, nl);
                if (v_is_null(name)) goto fail;
                Value gi = dict_get(p->groupindex, name);
                if (v_is_null(gi)) {
                    Value r = obj_repr(name);
                    v_decref(name);
                    if (!v_is_null(r)) {
                        err_format(&Exc_IndexError, "unknown group name %s", str_data(r));
                        v_decref(r);
                    }
                    goto fail;
                }
                v_decref(name);
                g = (int)v_as_smallint(gi);
            }
            if (tpl_add(t, g, NULL, 0, &cap, &litcap) < 0) goto fail;
            i = k + 1;
            continue;
        }
        if (c == '0') {
            /* octal escape: up to three digits */
            int v = 0, k = 0;
            size_t j = i + 1;
            while (k < 3 && j < n && s[j] >= '0' && s[j] <= '7') { v = v * 8 + (s[j] - '0'); j++; k++; }
            char buf[4];
            int bl = p->is_str ? utf8_encode((uint32_t)v, buf) : (buf[0] = (char)v, 1);
            if (tpl_add(t, -1, buf, (size_t)bl, &cap, &litcap) < 0) goto fail;
            i = j;
            continue;
        }
        if (c >= '1' && c <= '9') {
            size_t j = i + 1;
            int g = s[j++] - '0';
            if (j < n && s[j] >= '0' && s[j] <= '9') {
                /* three octal digits form an escape, else two digits a group */
                if (j + 1 < n && s[i + 1] <= '7' && s[j] <= '7' && s[j + 1] >= '0' && s[j + 1] <= '7') {
                    int v = (s[i + 1] - '0') * 64 + (s[j] - '0') * 8 + (s[j + 1] - '0');
                    if (v > 0377) {
                        char m[64];
                        snprintf(m, sizeof m, "octal escape value \\%.3s outside of range 0-0o377", s + i + 1);
                        re_raise(m, repl, pat_pos(&tr, i));
                        goto fail;
                    }
                    char buf[4];
                    int bl = p->is_str ? utf8_encode((uint32_t)v, buf) : (buf[0] = (char)v, 1);
                    if (tpl_add(t, -1, buf, (size_t)bl, &cap, &litcap) < 0) goto fail;
                    i = j + 2;
                    continue;
                }
                g = g * 10 + (s[j++] - '0');
            }
            if (g > p->groups) {
                char m[64];
                snprintf(m, sizeof m, "invalid group reference %d", g);
                re_raise(m, repl, pat_pos(&tr, i + 1));
                goto fail;
            }
            if (tpl_add(t, g, NULL, 0, &cap, &litcap) < 0) goto fail;
            i = j;
            continue;
        }
        const char *esc = NULL;
        switch (c) {
        case 'a': esc = "\a"; break;
        case 'b': esc = "\b"; break;
        case 'f': esc = "\f"; break;
        case 'n': esc = "\n"; break;
        case 'r': esc = "\r"; break;
        case 't': esc = "\t"; break;
        case 'v': esc = "\v"; break;
        case '\\': esc = "\\"; break;
        }
        if (esc) {
            if (tpl_add(t, -1, esc, 1, &cap, &litcap) < 0) goto fail;
            i += 2;
            continue;
        }
        if (is_ascii_letter((unsigned char)c)) {
            char m[32];
            snprintf(m, sizeof m, "bad escape \\%c", c);
            re_raise(m, repl, pat_pos(&tr, i));
            goto fail;
        }
        /* Any other escaped character stays as written, backslash included. */
        int cl = ((unsigned char)c >= 0x80 && p->is_str) ? utf8_seq_len((uint8_t)c) : 1;
        if (tpl_add(t, -1, s + i, 1 + (size_t)cl, &cap, &litcap) < 0) goto fail;
        i += 1 + (size_t)cl;
    }
    return 0;
fail:
    template_free(t);
    return -1;
}

/* Appends the expansion of t for the group byte spans by (2 per group). */
static void template_expand(const Template *t, const char *data, const int64_t *by, StrBuilder *sb) {
    for (int k = 0; k < t->n; k++) {
        const struct TItem *it = &t->items[k];
        if (it->group < 0) {
            sb_append(sb, t->lit + it->off, (size_t)it->len);
        } else if (by[2 * it->group] >= 0) {
            sb_append(sb, data + by[2 * it->group], (size_t)(by[2 * it->group + 1] - by[2 * it->group]));
        }
    }
}

static Value sb_finish_kind(StrBuilder *sb, bool is_str) {
    if (is_str) return sb_finish(sb);
    if (sb->failed) { sb_discard(sb); return err_nomem(); }
    Value b = bytes_new(sb->buf ? sb->buf : "", sb->len);
    sb_discard(sb);
    return b;
}

/* sub/subn: the result (and the count through *count). New reference. */
static Value do_sub(PatternObject *p, Value repl, Value string, int64_t count, int64_t *nsubs) {
    Scan sc;
    if (scan_init(&sc, p, string, V_NULL, V_NULL) < 0) return V_NULL;
    bool callable = false;
    Template t = {0};
    bool literal = false;
    if (v_is_str(repl) || v_is_strlike(repl) || v_is_bytes(repl)) {
        if (template_parse(p, repl, &t) < 0) return V_NULL;
        literal = t.n == 0 || (t.n == 1 && t.items[0].group < 0);
    } else {
        callable = true;
    }
    StrBuilder sb;
    sb_init(&sb);
    int64_t last = 0, n = 0, b0, b1;
    int r = 0;
    int ng = p->groups + 1;
    int64_t by[2 * ng];
    while ((count <= 0 || n < count) && (r = scan_next(&sc, &b0, &b1)) > 0) {
        sb_append(&sb, sc.s.data + last, (size_t)(b0 - last));
        if (callable) {
            Value m = match_new(p, &sc.s, sc.pos, sc.endpos);
            if (v_is_null(m)) { r = -1; break; }
            Value x = obj_call1(repl, m);
            v_decref(m);
            if (v_is_null(x)) { r = -1; break; }
            if (p->is_str ? !v_is_str(x) && !v_is_strlike(x) : !v_is_bytes(x)) {
                if (p->is_str) err_format(&Exc_TypeError, "expected str instance, %s found", v_type_name(x));
                else err_format(&Exc_TypeError, "expected a bytes-like object, %s found", v_type_name(x));
                v_decref(x);
                r = -1;
                break;
            }
            if (v_is_bytes(x)) sb_append(&sb, (const char *)((BytesObject *)v_as_obj(x))->data,
                                        (size_t)((BytesObject *)v_as_obj(x))->size);
            else sb_append(&sb, str_data(x), (size_t)str_nbytes(x));
            v_decref(x);
        } else if (literal) {
            if (t.n) sb_append(&sb, t.lit, t.litlen);
        } else {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
            for (int g = 0; g < ng; g++) {
                by[2 * g] = ov[2 * g] == PCRE2_UNSET ? -1 : (int64_t)ov[2 * g];
                by[2 * g + 1] = ov[2 * g] == PCRE2_UNSET ? -1 : (int64_t)ov[2 * g + 1];
            }
            template_expand(&t, sc.s.data, by, &sb);
        }
        last = b1;
        n++;
    }
    template_free(&t);
    if (r < 0) { sb_discard(&sb); return V_NULL; }
    if (n == 0) {
        sb_discard(&sb);
        *nsubs = 0;
        if (v_is_str(string) || v_is_bytes(string)) return v_newref(string);
        return subject_slice(&sc.s, 0, sc.s.nbytes);
    }
    sb_append(&sb, sc.s.data + last, (size_t)(sc.s.nbytes - last));
    *nsubs = n;
    return sb_finish_kind(&sb, sc.s.is_str);
}

static const char *const sub_kw[] = {"repl", "string", "count"};

static Value pattern_sub(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("sub", args, nargs, kwnames, sub_kw, 3, 3, 2, a) < 0) return V_NULL;
    int64_t count, n;
    if (index_arg(a[2], &count, 0) < 0) return V_NULL;
    return do_sub((PatternObject *)v_as_obj(self), a[0], a[1], count, &n);
}

static Value pattern_subn(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_parse("subn", args, nargs, kwnames, sub_kw, 3, 3, 2, a) < 0) return V_NULL;
    int64_t count, n = 0;
    if (index_arg(a[2], &count, 0) < 0) return V_NULL;
    Value r = do_sub((PatternObject *)v_as_obj(self), a[0], a[1], count, &n);
    if (v_is_null(r)) return V_NULL;
    Value t = tuple_pack(2, r, v_from_smallint(n));
    v_decref(r);
    return t;
}

static Value do_split(PatternObject *p, Value string, int64_t maxsplit) {
    Scan sc;
    if (scan_init(&sc, p, string, V_NULL, V_NULL) < 0) return V_NULL;
    Value list = list_new(0);
    if (v_is_null(list)) return V_NULL;
    int64_t last = 0, n = 0, b0, b1;
    int r = 0;
    while ((maxsplit <= 0 || n < maxsplit) && (r = scan_next(&sc, &b0, &b1)) > 0) {
        if (list_append_steal(list, subject_slice(&sc.s, last, b0)) < 0) goto fail;
        for (int g = 1; g <= p->groups; g++) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
            Value x = ov[2 * g] == PCRE2_UNSET ? V_NONE
                    : subject_slice(&sc.s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1]);
            if (v_is_null(x) || list_append_steal(list, x) < 0) goto fail;
        }
        last = b1;
        n++;
    }
    if (r < 0) goto fail;
    if (list_append_steal(list, subject_slice(&sc.s, last, sc.s.nbytes)) < 0) goto fail;
    return list;
fail:
    v_decref(list);
    return V_NULL;
}

static Value pattern_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"string", "maxsplit"};
    Value a[2];
    if (args_parse("split", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    int64_t maxsplit;
    if (index_arg(a[1], &maxsplit, 0) < 0) return V_NULL;
    return do_split((PatternObject *)v_as_obj(self), a[0], maxsplit);
}

/* "re.IGNORECASE|re.MULTILINE" for flags (UNICODE omitted for str patterns). */
static void flags_repr(StrBuilder *sb, int flags) {
    static const struct { int f; const char *name; } names[] = {
        {RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
        {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"}, {RE_UNICODE, "re.UNICODE"},
        {RE_VERBOSE, "re.VERBOSE"}, {RE_DEBUG, "re.DEBUG"}, {RE_ASCII, "re.ASCII"},
    };
    bool first = true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(flags & names[i].f)) continue;
        if (!first) sb_append_char(sb, '|');
        sb_append_cstr(sb, names[i].name);
        flags &= ~names[i].f;
        first = false;
    }
    if (flags) {
        if (!first) sb_append_char(sb, '|');
        sb_printf(sb, "0x%x", flags);
    }
}

static Value pattern_repr(Value self) {
    PatternObject *p = (PatternObject *)v_as_obj(self);
    Value pr = obj_repr(p->pattern);
    if (v_is_null(pr)) return V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "re.compile(");
    if (str_len(pr) > 200) {
        Value cut = str_slice(pr, 0, 200, 1);
        if (v_is_null(cut)) { v_decref(pr); sb_discard(&sb); return V_NULL; }
        sb_append_str(&sb, cut);
        v_decref(cut);
    } else {
        sb_append_str(&sb, pr);
    }
    v_decref(pr);
    int flags = p->flags;
    if (p->is_str && (flags & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE) flags &= ~RE_UNICODE;
    if (flags) {
        sb_append_cstr(&sb, ", ");
        flags_repr(&sb, flags);
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Value pattern_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_type(b, &PatternType)) return v_newref(V_NOTIMPL);
    PatternObject *x = (PatternObject *)v_as_obj(a), *y = (PatternObject *)v_as_obj(b);
    int eq = x == y;
    if (!eq && x->flags == y->flags && x->is_str == y->is_str) {
        eq = obj_eq(x->pattern, y->pattern);
        if (eq < 0) return V_NULL;
    }
    return v_from_bool((op == CMP_EQ) == (eq != 0));
}

static int64_t pattern_hash(Value self) {
    PatternObject *p = (PatternObject *)v_as_obj(self);
    int64_t h = obj_hash(p->pattern);
    if (h == -1) return -1;
    h ^= (int64_t)p->flags * 1000003;
    return h == -1 ? -2 : h;
}

static Value pattern_get_pattern(Value self) { return v_newref(((PatternObject *)v_as_obj(self))->pattern); }
static Value pattern_get_flags(Value self) { return v_from_smallint(((PatternObject *)v_as_obj(self))->flags); }
static Value pattern_get_groups(Value self) { return v_from_smallint(((PatternObject *)v_as_obj(self))->groups); }
static Value pattern_get_groupindex(Value self) {
    return dict_copy(((PatternObject *)v_as_obj(self))->groupindex);
}

static const MethodDef pattern_methods[] = {
    {"match", pattern_match, 0, NULL},
    {"fullmatch", pattern_fullmatch, 0, NULL},
    {"search", pattern_search, 0, NULL},
    {"findall", pattern_findall, 0, NULL},
    {"finditer", pattern_finditer, 0, NULL},
    {"sub", pattern_sub, 0, NULL},
    {"subn", pattern_subn, 0, NULL},
    {"split", pattern_split, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef pattern_getset[] = {
    {"pattern", pattern_get_pattern, NULL},
    {"flags", pattern_get_flags, NULL},
    {"groups", pattern_get_groups, NULL},
    {"groupindex", pattern_get_groupindex, NULL},
    {NULL, NULL, NULL},
};

static TypeObject PatternType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "re.Pattern",
    .basicsize = sizeof(PatternObject),
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .getset = pattern_getset,
};

static TypeObject ScannerType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "callable_iterator",
    .basicsize = sizeof(ScannerObject),
    .dealloc = scanner_dealloc,
    .iter = scanner_iter,
    .iternext = scanner_next,
};

/* ---- Match ---------------------------------------------------------------------------------- */

static void match_dealloc(Object *o) {
    MatchObject *m = (MatchObject *)o;
    v_clear(&m->string);
    v_clear(&m->re);
    obj_free(o);
}

static PatternObject *match_pattern(MatchObject *m) { return (PatternObject *)v_as_obj(m->re); }

/* Group number of g (an int or a group name); -1 with IndexError. */
static int match_group_index(MatchObject *m, Value g) {
    if (v_is_smallint(g) || v_is_bool(g)) {
        int64_t i = v_is_bool(g) ? g == V_TRUE : v_as_smallint(g);
        if (i >= 0 && i < m->n) return (int)i;
    } else if (v_is_str(g) || v_is_strlike(g)) {
        Value gi = dict_get(match_pattern(m)->groupindex, g);
        if (!v_is_null(gi)) return (int)v_as_smallint(gi);
        if (err_occurred()) return -1;
    } else if (!v_is_int(g)) {
        /* __index__-able objects are accepted by sre */
        Value i = obj_index(g);
        if (v_is_null(i)) { err_clear(); err_format(&Exc_IndexError, "no such group"); return -1; }
        int r = match_group_index(m, i);
        v_decref(i);
        return r;
    }
    err_format(&Exc_IndexError, "no such group");
    return -1;
}

static Value match_group_value(MatchObject *m, int g, Value dflt) {
    int64_t *by = m->sp + 2 * m->n;
    if (by[2 * g] < 0) return v_newref(dflt);
    const char *data = v_is_bytes(m->string) ? (const char *)((BytesObject *)v_as_obj(m->string))->data
                                             : str_data(m->string);
    if (v_is_bytes(m->string)) return bytes_new(data + by[2 * g], (size_t)(by[2 * g + 1] - by[2 * g]));
    return str_new(data + by[2 * g], (size_t)(by[2 * g + 1] - by[2 * g]));
}

static Value match_group(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_no_kwargs("group", kwnames) < 0) return V_NULL;
    MatchObject *m = (MatchObject *)v_as_obj(self);
    if (nargs == 0) return match_group_value(m, 0, V_NONE);
    if (nargs == 1) {
        int g = match_group_index(m, args[0]);
        return g < 0 ? V_NULL : match_group_value(m, g, V_NONE);
    }
    Value t = tuple_new((int64_t)nargs);
    if (v_is_null(t)) return V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        int g = match_group_index(m, args[i]);
        Value x = g < 0 ? V_NULL : match_group_value(m, g, V_NONE);
        if (v_is_null(x)) {
            for (size_t k = i; k < nargs; k++) tuple_items(t)[k] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[i] = x;
    }
    return t;
}

static Value match_getitem(Value self, Value key) {
    MatchObject *m = (MatchObject *)v_as_obj(self);
    int g = match_group_index(m, key);
    return g < 0 ? V_NULL : match_group_value(m, g, V_NONE);
}

static Value match_groups(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"default"};
    Value a[1];
    if (args_parse("groups", args, nargs, kwnames, kw, 1, 1, 0, a) < 0) return V_NULL;
    Value dflt = v_is_null(a[0]) ? V_NONE : a[0];
    MatchObject *m = (MatchObject *)v_as_obj(self);
    Value t = tuple_new(m->n - 1);
    if (v_is_null(t)) return V_NULL;
    for (int g = 1; g < m->n; g++) {
        Value x = match_group_value(m, g, dflt);
        if (v_is_null(x)) {
            for (int k = g; k < m->n; k++) tuple_items(t)[k - 1] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[g - 1] = x;
    }
    return t;
}

static Value match_groupdict(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"default"};
    Value a[1];
    if (args_parse("groupdict", args, nargs, kwnames, kw, 1, 1, 0, a) < 0) return V_NULL;
    Value dflt = v_is_null(a[0]) ? V_NONE : a[0];
    MatchObject *m = (MatchObject *)v_as_obj(self);
    Value d = dict_new();
    if (v_is_null(d)) return V_NULL;
    Value names = match_pattern(m)->names;
    for (int g = 1; g < m->n; g++) {
        Value name = tuple_items(names)[g];
        if (v_is_none(name)) continue;
        Value x = match_group_value(m, g, dflt);
        if (v_is_null(x) || dict_set(d, name, x) < 0) { v_decref(x); v_decref(d); return V_NULL; }
        v_decref(x);
    }
    return d;
}

/* start/end/span share the group argument parsing. */
static int match_span_arg(Value self, const char *fname, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional(fname, nargs, kwnames, 0, 1) < 0) return -1;
    if (nargs == 0) return 0;
    return match_group_index((MatchObject *)v_as_obj(self), args[0]);
}

static Value match_start(Value self, const Value *args, size_t nargs, Value kwnames) {
    int g = match_span_arg(self, "start", args, nargs, kwnames);
    if (g < 0) return V_NULL;
    return v_from_smallint(((MatchObject *)v_as_obj(self))->sp[2 * g]);
}

static Value match_end(Value self, const Value *args, size_t nargs, Value kwnames) {
    int g = match_span_arg(self, "end", args, nargs, kwnames);
    if (g < 0) return V_NULL;
    return v_from_smallint(((MatchObject *)v_as_obj(self))->sp[2 * g + 1]);
}

static Value match_span(Value self, const Value *args, size_t nargs, Value kwnames) {
    int g = match_span_arg(self, "span", args, nargs, kwnames);
    if (g < 0) return V_NULL;
    MatchObject *m = (MatchObject *)v_as_obj(self);
    return tuple_pack(2, v_from_smallint(m->sp[2 * g]), v_from_smallint(m->sp[2 * g + 1]));
}

static Value match_expand(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("expand", nargs, kwnames, 1, 1) < 0) return V_NULL;
    MatchObject *m = (MatchObject *)v_as_obj(self);
    PatternObject *p = match_pattern(m);
    Template t;
    if (template_parse(p, args[0], &t) < 0) return V_NULL;
    StrBuilder sb;
    sb_init(&sb);
    bool is_bytes = v_is_bytes(m->string);
    const char *data = is_bytes ? (const char *)((BytesObject *)v_as_obj(m->string))->data : str_data(m->string);
    template_expand(&t, data, m->sp + 2 * m->n, &sb);
    template_free(&t);
    return sb_finish_kind(&sb, !is_bytes);
}

static Value match_repr(Value self) {
    MatchObject *m = (MatchObject *)v_as_obj(self);
    Value g = match_group_value(m, 0, V_NONE);
    if (v_is_null(g)) return V_NULL;
    Value r = obj_repr(g);
    v_decref(g);
    if (v_is_null(r)) return V_NULL;
    Value s = str_printf("<re.Match object; span=(%lld, %lld), match=%s>", (long long)m->sp[0],
                         (long long)m->sp[1], str_data(r));
    v_decref(r);
    return s;
}

static Value match_get_string(Value self) { return v_newref(((MatchObject *)v_as_obj(self))->string); }
static Value match_get_re(Value self) { return v_newref(((MatchObject *)v_as_obj(self))->re); }
static Value match_get_pos(Value self) { return v_from_smallint(((MatchObject *)v_as_obj(self))->pos); }
static Value match_get_endpos(Value self) { return v_from_smallint(((MatchObject *)v_as_obj(self))->endpos); }
static Value match_get_lastindex(Value self) {
    MatchObject *m = (MatchObject *)v_as_obj(self);
    return m->lastindex < 0 ? V_NONE : v_from_smallint(m->lastindex);
}
static Value match_get_lastgroup(Value self) {
    MatchObject *m = (MatchObject *)v_as_obj(self);
    if (m->lastindex < 0) return V_NONE;
    return v_newref(tuple_items(match_pattern(m)->names)[m->lastindex]);
}
static Value match_get_regs(Value self) {
    MatchObject *m = (MatchObject *)v_as_obj(self);
    Value t = tuple_new(m->n);
    if (v_is_null(t)) return V_NULL;
    for (int g = 0; g < m->n; g++) {
        Value x = tuple_pack(2, v_from_smallint(m->sp[2 * g]), v_from_smallint(m->sp[2 * g + 1]));
        if (v_is_null(x)) {
            for (int k = g; k < m->n; k++) tuple_items(t)[k] = V_NONE;
            v_decref(t);
            return V_NULL;
        }
        tuple_items(t)[g] = x;
    }
    return t;
}

static const MethodDef match_methods[] = {
    {"group", match_group, 0, NULL},
    {"groups", match_groups, 0, NULL},
    {"groupdict", match_groupdict, 0, NULL},
    {"start", match_start, 0, NULL},
    {"end", match_end, 0, NULL},
    {"span", match_span, 0, NULL},
    {"expand", match_expand, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef match_getset[] = {
    {"string", match_get_string, NULL},
    {"re", match_get_re, NULL},
    {"pos", match_get_pos, NULL},
    {"endpos", match_get_endpos, NULL},
    {"lastindex", match_get_lastindex, NULL},
    {"lastgroup", match_get_lastgroup, NULL},
    {"regs", match_get_regs, NULL},
    {NULL, NULL, NULL},
};

static TypeObject MatchType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "re.Match",
    .basicsize = sizeof(MatchObject),
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getset = match_getset,
};

/* ---- module functions --------------------------------------------------------------------- */

#define RE_MODULE_MATCH(fname, method)                                                         \
    static Value re_##fname(Value self, const Value *args, size_t nargs, Value kwnames) {      \
        static const char *const kw[] = {"pattern", "string", "flags"};                        \
        Value a[3];                                                                            \
        int flags;                                                                             \
        if (args_parse(#fname, args, nargs, kwnames, kw, 3, 3, 2, a) < 0) return V_NULL;       \
        if (flags_arg(a[2], &flags) < 0) return V_NULL;                                        \
        Value p = re_get_pattern(a[0], flags);                                                 \
        if (v_is_null(p)) return V_NULL;                                                       \
        Value r = method(p, &a[1], 1, V_NULL);                                                 \
        v_decref(p);                                                                           \
        return r;                                                                              \
    }
RE_MODULE_MATCH(match, pattern_match)
RE_MODULE_MATCH(fullmatch, pattern_fullmatch)
RE_MODULE_MATCH(search, pattern_search)
RE_MODULE_MATCH(findall, pattern_findall)
RE_MODULE_MATCH(finditer, pattern_finditer)

static Value re_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"pattern", "flags"};
    Value a[2];
    int flags;
    if (args_parse("compile", args, nargs, kwnames, kw, 2, 2, 1, a) < 0) return V_NULL;
    if (flags_arg(a[1], &flags) < 0) return V_NULL;
    return re_get_pattern(a[0], flags);
}

static Value re_sub_impl(const char *fname, const Value *args, size_t nargs, Value kwnames, bool with_n) {
    static const char *const kw[] = {"pattern", "repl", "string", "count", "flags"};
    Value a[5];
    int flags;
    int64_t count, n = 0;
    if (args_parse(fname, args, nargs, kwnames, kw, 5, 5, 3, a) < 0) return V_NULL;
    if (flags_arg(a[4], &flags) < 0 || index_arg(a[3], &count, 0) < 0) return V_NULL;
    Value p = re_get_pattern(a[0], flags);
    if (v_is_null(p)) return V_NULL;
    Value r = do_sub((PatternObject *)v_as_obj(p), a[1], a[2], count, &n);
    v_decref(p);
    if (v_is_null(r) || !with_n) return r;
    Value t = tuple_pack(2, r, v_from_smallint(n));
    v_decref(r);
    return t;
}

static Value re_sub(Value self, const Value *args, size_t nargs, Value kwnames) {
    return re_sub_impl("sub", args, nargs, kwnames, false);
}

static Value re_subn(Value self, const Value *args, size_t nargs, Value kwnames) {
    return re_sub_impl("subn", args, nargs, kwnames, true);
}

static Value re_split(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"pattern", "string", "maxsplit", "flags"};
    Value a[4];
    int flags;
    int64_t maxsplit;
    if (args_parse("split", args, nargs, kwnames, kw, 4, 4, 2, a) < 0) return V_NULL;
    if (flags_arg(a[3], &flags) < 0 || index_arg(a[2], &maxsplit, 0) < 0) return V_NULL;
    Value p = re_get_pattern(a[0], flags);
    if (v_is_null(p)) return V_NULL;
    Value r = do_split((PatternObject *)v_as_obj(p), a[1], maxsplit);
    v_decref(p);
    return r;
}

static Value re_escape(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const kw[] = {"pattern"};
    Value a[1];
    if (args_parse("escape", args, nargs, kwnames, kw, 1, 1, 1, a) < 0) return V_NULL;
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    bool is_str = v_is_str(a[0]) || v_is_strlike(a[0]);
    if (!is_str && !v_is_bytes(a[0]))
        return err_format(&Exc_TypeError, "expected string or bytes-like object, got '%s'", v_type_name(a[0]));
    const char *s = is_str ? str_data(a[0]) : (const char *)((BytesObject *)v_as_obj(a[0]))->data;
    size_t n = is_str ? (size_t)str_nbytes(a[0]) : (size_t)((BytesObject *)v_as_obj(a[0]))->size;
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (s[i] && memchr(special, s[i], sizeof special - 1)) sb_append_char(&sb, '\\');
        sb_append_char(&sb, s[i]);
    }
    return sb_finish_kind(&sb, is_str);
}

static Value re_purge(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mod_positional("purge", nargs, kwnames, 0, 0) < 0) return V_NULL;
    dict_clear(re_cache);
    return V_NONE;
}

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0, NULL},
    {"match", re_match, 0, NULL},
    {"fullmatch", re_fullmatch, 0, NULL},
    {"search", re_search, 0, NULL},
    {"findall", re_findall, 0, NULL},
    {"finditer", re_finditer, 0, NULL},
    {"sub", re_sub, 0, NULL},
    {"subn", re_subn, 0, NULL},
    {"split", re_split, 0, NULL},
    {"escape", re_escape, 0, NULL},
    {"purge", re_purge, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* re.error, as CPython's sre_constants.error: msg, pattern, pos, and
 * lineno/colno of pos (None without a position); the message gains
 * " at position N" and, for a pattern of several lines, the line and
 * column. Run in the module's namespace before regexflag_src. */
static const char error_src[] =
    "class error(Exception):\n"
    "    def __init__(self, msg, pattern=None, pos=None):\n"
    "        self.msg = msg\n"
    "        self.pattern = pattern\n"
    "        self.pos = pos\n"
    "        if pattern is not None and pos is not None:\n"
    "            msg = '%s at position %d' % (msg, pos)\n"
    "            newline = '\\n' if isinstance(pattern, str) else b'\\n'\n"
    "            self.lineno = pattern.count(newline, 0, pos) + 1\n"
    "            self.colno = pos - pattern.rfind(newline, 0, pos)\n"
    "            if newline in pattern:\n"
    "                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)\n"
    "        else:\n"
    "            self.lineno = self.colno = None\n"
    "        super().__init__(msg)\n"
    "error.__module__ = 're'\n";

/* re.RegexFlag and the flag constants (re.I, re.MULTILINE, ...): int
 * subclass instances whose repr/str is CPython's ("re.IGNORECASE",
 * "re.IGNORECASE|re.MULTILINE", "re.NOFLAG") and whose |, &, ^, ~ stay
 * flags; the class reprs as <flag 'RegexFlag'> and iterates its members.
 * An imitation of CPython's enum.IntFlag (importing enum here would cost
 * every `import re` its compile time). Run in the module's namespace. */
static const char regexflag_src[] =
    "class _RegexFlagType(type):\n"
    "    def __repr__(cls):\n"
    "        return \"<flag %r>\" % cls.__name__\n"
    "    def __iter__(cls):\n"
    "        return iter([cls._members_[n] for n, b in cls._order_])\n"
    "    def __len__(cls):\n"
    "        return len(cls._order_)\n"
    "    def __getitem__(cls, name):\n"
    "        return cls._members_[name]\n"
    "    def __contains__(cls, value):\n"
    "        return isinstance(value, cls)\n"
    "    @property\n"
    "    def __members__(cls):\n"
    "        return dict(cls._members_)\n"
    "class RegexFlag(int, metaclass=_RegexFlagType):\n"
    "    \"\"\"An enumeration.\"\"\"\n"
    "    _order_ = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),\n"
    "               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))\n"
    "    _members_ = {}\n"
    "    _cache_ = {}\n"
    "    def __new__(cls, value):\n"
    "        value = int(value)\n"
    "        f = cls._cache_.get(value)\n"
    "        if f is None:\n"
    "            f = int.__new__(cls, value)\n"
    "            cls._cache_[value] = f\n"
    "        return f\n"
    "    def _names(self):\n"
    "        v = int(self)\n"
    "        if v == 0:\n"
    "            return ['NOFLAG']\n"
    "        parts = []\n"
    "        for n, b in self._order_:\n"
    "            if v & b:\n"
    "                parts.append(n)\n"
    "                v &= ~b\n"
    "        if v:\n"
    "            parts.append(hex(v))\n"
    "        return parts\n"
    "    def __repr__(self):\n"
    "        return '|'.join(n if n[0] == '0' else 're.' + n for n in self._names())\n"
    "    __str__ = __repr__\n"
    "    def __format__(self, spec):\n"
    "        return int.__format__(int(self), spec) if spec else str(self)\n"
    "    @property\n"
    "    def name(self):\n"
    "        n = self._names()\n"
    "        return None if n[-1][0] == '0' else '|'.join(n)\n"
    "    @property\n"
    "    def value(self):\n"
    "        return int(self)\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) | int(other))\n"
    "    def __and__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) & int(other))\n"
    "    def __xor__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) ^ int(other))\n"
    "    __ror__ = __or__\n"
    "    __rand__ = __and__\n"
    "    __rxor__ = __xor__\n"
    "    def __invert__(self):\n"
    "        return RegexFlag(~int(self) & 511)\n"
    "    def __contains__(self, other):\n"
    "        return int(other) & int(self) == int(other)\n"
    "    def __bool__(self):\n"
    "        return int(self) != 0\n"
    "    def __reduce_ex__(self, proto):\n"
    "        return RegexFlag, (int(self),)\n"
    "    def __hash__(self):\n"
    "        return int.__hash__(self)\n"
    "    def __eq__(self, other):\n"
    "        return int.__eq__(self, other)\n"
    "for _n, _v in (('NOFLAG', 0), ('ASCII', 256), ('A', 256), ('IGNORECASE', 2), ('I', 2),\n"
    "               ('LOCALE', 4), ('L', 4), ('UNICODE', 32), ('U', 32), ('MULTILINE', 8), ('M', 8),\n"
    "               ('DOTALL', 16), ('S', 16), ('VERBOSE', 64), ('X', 64), ('TEMPLATE', 1), ('T', 1),\n"
    "               ('DEBUG', 128)):\n"
    "    RegexFlag._members_[_n] = globals()[_n] = RegexFlag(_v)\n"
    "    setattr(RegexFlag, _n, globals()[_n])\n"
    "del _n, _v, _RegexFlagType\n"
    /* re.Scanner (undocumented, used by tokenizers): the phrases as one
     * alternation of groups; a match's lastindex names the phrase. */
    "class Scanner:\n"
    "    def __init__(self, lexicon, flags=0):\n"
    "        self.lexicon = lexicon\n"
    "        self._actions = {}\n"
    "        parts = []\n"
    "        group = 1\n"
    "        for phrase, action in lexicon:\n"
    "            parts.append('(' + phrase + ')')\n"
    "            self._actions[group] = action\n"
    "            group += 1 + compile(phrase, flags).groups\n"
    "        self.scanner = compile('|'.join(parts), flags)\n"
    "    def scan(self, string):\n"
    "        result = []\n"
    "        match = self.scanner.match\n"
    "        actions = self._actions\n"
    "        i = 0\n"
    "        while True:\n"
    "            m = match(string, i)\n"
    "            if not m:\n"
    "                break\n"
    "            j = m.end()\n"
    "            if i == j:\n"
    "                break\n"
    "            action = actions[m.lastindex]\n"
    "            if callable(action):\n"
    "                self.match = m\n"
    "                action = action(self, m.group())\n"
    "            if action is not None:\n"
    "                result.append(action)\n"
    "            i = j\n"
    "        return result, string[i:]\n"
    "Scanner.__module__ = 're'\n";

/* Runs Python source in the module's namespace d: 0, or -1 raised. */
static int exec_in(Value d, const char *source) {
    Value src = str_from_cstr(source);
    if (v_is_null(src)) return -1;
    Value args[2] = {src, d};
    Value r = builtin_exec(V_NULL, args, 2, V_NULL);
    v_decref(src);
    if (v_is_null(r)) return -1;
    v_decref(r);
    return 0;
}

Value module_init_re(void) {
    Value m = mod_create("re", re_functions);
    if (v_is_null(m)) return V_NULL;
    Value d = module_dict(m);
    if (mod_add_type(m, "Pattern", &PatternType) < 0 || mod_add_type(m, "Match", &MatchType) < 0 ||
        type_ready(&ScannerType) < 0)
        goto fail;
    if (v_is_null(re_cache)) {
        re_cache = dict_new();
        if (v_is_null(re_cache)) goto fail;
    }
    if (exec_in(d, error_src) < 0) goto fail;
    Value et = dict_get_cstr(d, "error");
    if (v_is_null(et)) goto fail;
    v_incref(et);
    v_decref(re_error_type);
    re_error_type = et;
    static const struct { const char *name; int value; } consts[] = {
        {"T", RE_TEMPLATE}, {"TEMPLATE", RE_TEMPLATE}, {"I", RE_IGNORECASE}, {"IGNORECASE", RE_IGNORECASE},
        {"L", RE_LOCALE}, {"LOCALE", RE_LOCALE}, {"M", RE_MULTILINE}, {"MULTILINE", RE_MULTILINE},
        {"S", RE_DOTALL}, {"DOTALL", RE_DOTALL}, {"U", RE_UNICODE}, {"UNICODE", RE_UNICODE},
        {"X", RE_VERBOSE}, {"VERBOSE", RE_VERBOSE}, {"DEBUG", RE_DEBUG}, {"A", RE_ASCII},
        {"ASCII", RE_ASCII}, {"NOFLAG", 0},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (dict_set_cstr(d, consts[i].name, v_from_smallint(consts[i].value)) < 0) goto fail;
    if (exec_in(d, regexflag_src) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
