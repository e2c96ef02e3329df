/* random.c: the random module, producing exactly CPython 3.11's sequences.
 *
 * CPython splits random into _random.Random (C: the Mersenne Twister,
 * seed, random, getrandbits, getstate/setstate) and random.py (every other
 * method, written on top of those). Here both halves are C, and each method
 * of random.py is transcribed so that it draws the same words from the
 * generator in the same order and rounds the same floating-point
 * expressions: randrange/randint/choice/shuffle/sample go through
 * _randbelow (rejection sampling on getrandbits(n.bit_length())), choices
 * through random() and bisect.
 *
 * Parameters of the distributions may be any numbers (ints, floats, or
 * user types); where random.py combines them with arithmetic, the generic
 * number protocol is used so that results and error messages match, with
 * a double fast path where both give the same bits (floats, small ints).
 *
 * The module-level functions are methods bound to one hidden instance, as
 * random.py's `random = _inst.random`.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include <gmp.h>

#include "mt19937.h"
#include "abstract.h"
#include "args.h"
#include "descr.h"
#include "dict.h"
#include "errors.h"
#include "floatobject.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

typedef struct RandomObject {
    Object ob;
    MTState state;
    Value gauss_next;     /* V_NONE or a float: the second value of the last gauss() pair */
    bool system;          /* SystemRandom: every word from getrandom(), state unused */
} RandomObject;

TypeObject RandomType;

static inline RandomObject *as_rng(Value v) { return (RandomObject *)v_as_obj(v); }

/* random.py's constants, computed with the same libm calls. */
static double NV_MAGICCONST, TWOPI, LOG4, SG_MAGICCONST;

/* ---- arguments with Python-function messages ------------------------------
 * The methods written in Python in CPython report argument errors as Python
 * functions do ("Random.randint() missing 1 required positional argument:
 * 'b'"); counts include self. names[0..npos) are positional-or-keyword,
 * names[npos..n) keyword-only; the first nreq are required. */
static int py_args(const char *fname, const Value *args, size_t nargs, Value kw,
                   const char *const *names, int n, int npos, int nreq, Value *out) {
    size_t nkw = v_is_null(kw) ? 0 : (size_t)tuple_size(kw);
    if (nargs > (size_t)npos) {
        if (nreq == npos)
            err_format(&Exc_TypeError, "Random.%s() takes %d positional arguments but %zu were given",
                       fname, npos + 1, nargs + 1);
        else
            err_format(&Exc_TypeError,
                       "Random.%s() takes from %d to %d positional arguments but %zu were given", fname,
                       nreq + 1, npos + 1, nargs + 1);
        return -1;
    }
    for (int i = 0; i < n; i++) out[i] = i < (int)nargs ? args[i] : V_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value key = tuple_items(kw)[k];
        int i = 0;
        while (i < n && !str_eq_cstr(key, names[i])) i++;
        if (i == n) {
            err_format(&Exc_TypeError, "Random.%s() got an unexpected keyword argument '%s'", fname,
                       str_data(key));
            return -1;
        }
        if (!v_is_null(out[i])) {
            err_format(&Exc_TypeError, "Random.%s() got multiple values for argument '%s'", fname,
                       names[i]);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    int missing = 0, first = -1, second = -1;
    for (int i = 0; i < nreq; i++) {
        if (v_is_null(out[i])) {
            if (missing == 0) first = i;
            else if (missing == 1) second = i;
            missing++;
        }
    }
    if (missing == 1) {
        err_format(&Exc_TypeError, "Random.%s() missing 1 required positional argument: '%s'", fname,
                   names[first]);
        return -1;
    }
    if (missing >= 2) {
        err_format(&Exc_TypeError, "Random.%s() missing %d required positional arguments: '%s' and '%s'",
                   fname, missing, names[first], names[second]);
        return -1;
    }
    return 0;
}

/* ---- the generator core (CPython's _random) --------------------------------- */

static int seed_from_mpz(RandomObject *r, mpz_t n) {
    mpz_abs(n, n);
    size_t words = mpz_sgn(n) == 0 ? 1 : (mpz_sizeinbase(n, 2) - 1) / 32 + 1;
    uint32_t stackkey[64], *key = words <= 64 ? stackkey : mem_alloc(words * 4);
    if (!key) {
        err_nomem();
        return -1;
    }
    memset(key, 0, words * 4);
    size_t count;
    mpz_export(key, &count, -1, 4, 0, 0, n);    /* least significant word first */
    mt_init_by_array(&r->state, key, words);
    if (key != stackkey) mem_free(key);
    return 0;
}

static void seed_urandom(RandomObject *r) {
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (got < sizeof key) {
        /* No entropy source: time and pid, as CPython's fallback. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t k[5] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32),
                         (uint32_t)ts.tv_nsec, (uint32_t)getpid(), 0};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        k[4] = (uint32_t)ts.tv_nsec;
        mt_init_by_array(&r->state, k, 5);
        return;
    }
    mt_init_by_array(&r->state, key, MT_N);
}

/* _random.Random.seed: None -> OS entropy; int -> |n|; anything else ->
 * (size_t)hash(arg). */
static int seed_core(RandomObject *r, Value arg) {
    mpz_t n;
    if (v_is_null(arg) || v_is_none(arg)) {
        seed_urandom(r);
        return 0;
    }
    mpz_init(n);
    if (v_is_int_or_bool(arg) || (v_is_ptr(arg) && (v_type(arg)->flags & TPFLAG_INT_SUBCLASS))) {
        int_to_mpz(arg, n);
    } else {
        int64_t h = obj_hash(arg);
        if (h == -1 && err_occurred()) {
            mpz_clear(n);
            return -1;
        }
        mpz_import(n, 1, -1, sizeof(uint64_t), 0, 0, &(uint64_t){(uint64_t)h});
    }
    int rc = seed_from_mpz(r, n);
    mpz_clear(n);
    return rc;
}

/* SystemRandom's word: 4 bytes of the kernel's entropy (getrandom). */
static uint32_t system_word(void) {
    uint32_t x = 0;
    size_t got = 0;
    while (got < sizeof x) {
        ssize_t n = getrandom((char *)&x + got, sizeof x - got, 0);
        if (n > 0) got += (size_t)n;
    }
    return x;
}

/* The next 32 random bits: the Mersenne Twister's, or SystemRandom's. */
static inline uint32_t draw32(RandomObject *r) {
    if (__builtin_expect(r->system, 0)) return system_word();
    return mt_genrand_uint32(&r->state);
}

static inline double rng_random(RandomObject *r) {
    if (__builtin_expect(r->system, 0)) {
        /* 53 random bits over 2**53, as SystemRandom.random() */
        uint64_t a = system_word() >> 5, b = system_word() >> 6;
        return (double)(a * 67108864 + b) * (1.0 / 9007199254740992.0);
    }
    return mt_genrand_res53(&r->state);
}

/* getrandbits(k) for k <= 64 as a uint64 (CPython's word order: the first
 * word drawn is the least significant; the last is shifted right). */
static uint64_t getrandbits64(RandomObject *r, int k) {
    if (k <= 32) return k == 0 ? 0 : draw32(r) >> (32 - k);
    uint64_t lo = draw32(r);
    uint64_t hi = draw32(r) >> (64 - k);
    return lo | (hi << 32);
}

/* getrandbits(k) for any k >= 0 into z. */
static int getrandbits_mpz(RandomObject *r, int64_t k, mpz_t z) {
    if (k <= 64) {
        uint64_t v = getrandbits64(r, (int)k);
        mpz_import(z, 1, -1, sizeof v, 0, 0, &v);
        return 0;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mem_alloc(words * 4);
    if (!w) {
        err_nomem();
        return -1;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = draw32(r);
        if (k < 32) x >>= (32 - k);
        w[i] = x;
    }
    mpz_import(z, words, -1, 4, 0, 0, w);
    mem_free(w);
    return 0;
}

/* _randbelow_with_getrandbits(n), n > 0: new reference. */
static Value randbelow(RandomObject *r, Value n) {
    if (v_is_smallint(n)) {
        uint64_t un = (uint64_t)v_as_smallint(n);
        int k = 64 - __builtin_clzll(un);
        uint64_t x = getrandbits64(r, k);
        while (x >= un) x = getrandbits64(r, k);
        return int_from_u64(x);
    }
    mpz_t zn, x;
    mpz_init(zn);
    mpz_init(x);
    int_to_mpz(n, zn);
    int64_t k = (int64_t)mpz_sizeinbase(zn, 2);
    Value res = V_NULL;
    do {
        if (getrandbits_mpz(r, k, x) < 0) goto done;
    } while (mpz_cmp(x, zn) >= 0);
    res = int_from_mpz(x);
done:
    mpz_clear(zn);
    mpz_clear(x);
    return res;
}

/* Random._randbelow(n): a random int in [0, n), n > 0 (what secrets and
 * subclasses written against random.py call). */
static Value rng_randbelow_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("_randbelow", nargs, kw, 1, 1) < 0) return V_NULL;
    if (!v_is_int_or_bool(args[0]))
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          v_type_name(args[0]));
    if (int_sign(args[0]) <= 0) return err_format(&Exc_ValueError, "n must be positive");
    return randbelow(as_rng(self), args[0]);
}

/* randbelow for a C count n > 0. */
static int64_t randbelow_i64(RandomObject *r, int64_t n) {
    int k = 64 - __builtin_clzll((uint64_t)n);
    uint64_t x = getrandbits64(r, k);
    while (x >= (uint64_t)n) x = getrandbits64(r, k);
    return (int64_t)x;
}

/* ---- seeding, state -------------------------------------------------------------- */

static bool is_intlike(Value v) {
    return v_is_int_or_bool(v) || (v_is_ptr(v) && (v_type(v)->flags & TPFLAG_INT_SUBCLASS));
}

static Value rng_seed(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"a", "version"};
    Value a[2];
    if (py_args("seed", args, nargs, kw, names, 2, 2, 0, a) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    Value arg = v_is_null(a[0]) ? V_NONE : a[0];
    int64_t version = 2;
    if (!v_is_null(a[1])) {
        int eq1 = obj_compare_bool(a[1], v_from_smallint(1), CMP_EQ);
        int eq2 = eq1 ? 0 : obj_compare_bool(a[1], v_from_smallint(2), CMP_EQ);
        if (eq1 < 0 || eq2 < 0) return V_NULL;
        version = eq1 ? 1 : eq2 ? 2 : 0;
    }
    bool is_str = v_is_str(arg), is_bytes = v_is_bytes(arg);
    if (version == 1 && (is_str || is_bytes)) {
        /* The pre-3.2 string hash, for reproducing old sequences. */
        uint64_t x = 0, len = 0;
        if (is_str) {
            const char *s = str_data(arg), *end = s + str_nbytes(arg);
            bool first = true;
            while (s < end) {
                int l;
                uint32_t c = utf8_decode(s, &l);
                s += l;
                if (first) x = (uint64_t)c << 7;
                first = false;
                x = (1000003 * x) ^ c;
                len++;
            }
        } else {
            BytesObject *b = (BytesObject *)v_as_obj(arg);
            for (int64_t i = 0; i < b->size; i++) {
                if (i == 0) x = (uint64_t)b->data[0] << 7;
                x = (1000003 * x) ^ b->data[i];
            }
            len = (uint64_t)b->size;
        }
        x ^= len;
        mpz_t n;
        mpz_init(n);
        mpz_import(n, 1, -1, sizeof x, 0, 0, &x);
        int rc = seed_from_mpz(r, n);
        mpz_clear(n);
        if (rc < 0) return V_NULL;
    } else if (version == 2 && (is_str || is_bytes)) {
        /* a = int.from_bytes(a + sha512(a).digest()), big-endian. */
        const uint8_t *data = is_str ? (const uint8_t *)str_data(arg)
                                     : ((BytesObject *)v_as_obj(arg))->data;
        size_t len = is_str ? (size_t)str_nbytes(arg) : (size_t)((BytesObject *)v_as_obj(arg))->size;
        uint8_t *buf = mem_alloc(len + 64);
        if (!buf) return err_nomem();
        memcpy(buf, data, len);
        sha512(data, len, buf + len);
        mpz_t n;
        mpz_init(n);
        mpz_import(n, len + 64, 1, 1, 0, 0, buf);
        mem_free(buf);
        int rc = seed_from_mpz(r, n);
        mpz_clear(n);
        if (rc < 0) return V_NULL;
    } else {
        if (!(v_is_none(arg) || is_intlike(arg) || v_is_float(arg) || is_str || is_bytes))
            return err_format(&Exc_TypeError, "The only supported seed types are: None,\n"
                                              "int, float, str, bytes, and bytearray.");
        if (seed_core(r, arg) < 0) return V_NULL;
    }
    v_setref(&r->gauss_next, V_NONE);
    return V_NONE;
}

static Value rng_random_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("Random.random", nargs, kw, 0, 0) < 0) return V_NULL;
    return v_from_float(rng_random(as_rng(self)));
}

static Value rng_getrandbits(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("Random.getrandbits", nargs, kw, 1, 1) < 0) return V_NULL;
    int64_t k;
    if (obj_as_index_i64(args[0], &k) < 0) return V_NULL;
    if (k < 0) return err_format(&Exc_ValueError, "number of bits must be non-negative");
    RandomObject *r = as_rng(self);
    if (k <= 64) return int_from_u64(getrandbits64(r, (int)k));
    mpz_t z;
    mpz_init(z);
    Value res = getrandbits_mpz(r, k, z) < 0 ? V_NULL : int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static Value rng_randbytes(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_check_positional("Random.randbytes", nargs, kw, 1, 1) < 0) return V_NULL;
    int64_t n;
    if (obj_as_index_i64(args[0], &n) < 0) return V_NULL;
    if (n < 0) return err_format(&Exc_ValueError, "number of bits must be non-negative");
    /* getrandbits(n * 8).to_bytes(n, 'little'): words least significant
     * first, the last one shifted right when it is partial. */
    RandomObject *r = as_rng(self);
    uint8_t *buf = mem_alloc((size_t)n + 4);
    if (!buf) return err_nomem();
    int64_t k = n * 8;
    for (int64_t i = 0; k > 0; i += 4, k -= 32) {
        uint32_t x = draw32(r);
        if (k < 32) x >>= (32 - k);
        for (int b = 0; b < 4; b++) buf[i + b] = (uint8_t)(x >> (8 * b));
    }
    Value res = bytes_new(buf, (size_t)n);
    mem_free(buf);
    return res;
}

static Value rng_getstate(Value self, const Value *args, size_t nargs, Value kw) {
    if (py_args("getstate", args, nargs, kw, NULL, 0, 0, 0, NULL) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    Value inner = tuple_new(MT_N + 1);
    if (v_is_null(inner)) return V_NULL;
    for (int i = 0; i < MT_N; i++) tuple_items(inner)[i] = v_from_smallint(r->state.mt[i]);
    tuple_items(inner)[MT_N] = v_from_smallint(r->state.index);
    Value res = tuple_pack(3, v_from_smallint(3), inner, r->gauss_next);
    v_decref(inner);
    return res;
}

static int setstate_core(RandomObject *r, Value state) {
    if (!v_is_tuple(state)) {
        err_format(&Exc_TypeError, "state vector must be a tuple");
        return -1;
    }
    if (tuple_size(state) != MT_N + 1) {
        err_format(&Exc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value x = tuple_items(state)[i];
        int64_t v;
        if (!is_intlike(x)) {
            err_format(&Exc_TypeError, "an integer is required");
            return -1;
        }
        if (int_sign(x) < 0) {
            err_format(&Exc_OverflowError, "can't convert negative value to unsigned int");
            return -1;
        }
        if (int_as_i64(x, &v) < 0 || v > (int64_t)UINT32_MAX) {
            err_clear();
            err_format(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
            return -1;
        }
        mt[i] = (uint32_t)v;
    }
    int64_t index;
    if (obj_as_index_i64(tuple_items(state)[MT_N], &index) < 0) return -1;
    if (index < 0 || index > MT_N) {
        err_format(&Exc_ValueError, "invalid state");
        return -1;
    }
    memcpy(r->state.mt, mt, sizeof mt);
    r->state.index = (int)index;
    return 0;
}

static Value rng_setstate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"state"};
    Value state;
    if (py_args("setstate", args, nargs, kw, names, 1, 1, 1, &state) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    Value version = obj_getitem(state, v_from_smallint(0));
    if (v_is_null(version)) return V_NULL;
    int is3 = obj_compare_bool(version, v_from_smallint(3), CMP_EQ);
    int is2 = is3 ? 0 : obj_compare_bool(version, v_from_smallint(2), CMP_EQ);
    if (is3 < 0 || is2 < 0) {
        v_decref(version);
        return V_NULL;
    }
    if (!is3 && !is2) {
        Value vr = obj_str(version);
        v_decref(version);
        if (v_is_null(vr)) return V_NULL;
        err_format(&Exc_ValueError, "state with version %s passed to Random.setstate() of version 3",
                   str_data(vr));
        v_decref(vr);
        return V_NULL;
    }
    v_decref(version);
    Value parts[3];
    if (obj_unpack(state, 3, parts) < 0) return V_NULL;
    Value inner = parts[1];
    if (is2) {
        /* Version 2 stored signed words: reduce modulo 2**32. */
        Value t = tuple_from_iterable(inner);
        if (v_is_null(t)) goto fail;
        for (int64_t i = 0; i < tuple_size(t); i++) {
            Value m = obj_binary_op(tuple_items(t)[i], int_from_u64(1ull << 32), NB_REMAINDER);
            if (v_is_null(m)) {
                v_decref(t);
                goto fail;
            }
            v_setref(&tuple_items(t)[i], m);
        }
        v_setref(&parts[1], t);
        inner = t;
    }
    v_setref(&r->gauss_next, v_newref(parts[2]));
    int rc = setstate_core(r, inner);
    for (int i = 0; i < 3; i++) v_decref(parts[i]);
    return rc < 0 ? V_NULL : V_NONE;
fail:
    for (int i = 0; i < 3; i++) v_decref(parts[i]);
    return V_NULL;
}

/* ---- integers from ranges ------------------------------------------------------- */

/* _index(x), with 3.11's deprecated fallback: int(x), accepted when it
 * equals x (the DeprecationWarning is not issued), else ValueError
 * "non-integer <what> for randrange()". New reference. */
static Value randrange_index(Value x, const char *what) {
    if (is_intlike(x)) return obj_index(x);
    Value i = obj_index(x);
    if (!v_is_null(i) || !err_matches(&Exc_TypeError)) return i;
    err_clear();
    i = obj_call1(v_from_obj(&IntType), x);
    if (v_is_null(i)) return V_NULL;
    int eq = obj_compare_bool(i, x, CMP_EQ);
    if (eq <= 0) {
        v_decref(i);
        return eq < 0 ? V_NULL : err_format(&Exc_ValueError, "non-integer %s for randrange()", what);
    }
    return i;
}

static Value randrange_core(RandomObject *r, Value start, Value stop, Value step) {
    Value istart = randrange_index(start, "arg 1");
    if (v_is_null(istart)) return V_NULL;
    if (v_is_null(stop) || v_is_none(stop)) {
        /* random.py tests `step is not _ONE`: 1 is a cached small int. */
        if (!v_is_null(step) && step != v_from_smallint(1)) {
            v_decref(istart);
            return err_format(&Exc_TypeError, "Missing a non-None stop argument");
        }
        if (int_sign(istart) > 0) {
            Value res = randbelow(r, istart);
            v_decref(istart);
            return res;
        }
        v_decref(istart);
        return err_format(&Exc_ValueError, "empty range for randrange()");
    }
    Value res = V_NULL, istop = V_NULL, width = V_NULL, istep = V_NULL, n = V_NULL;
    istop = randrange_index(stop, "stop");
    if (v_is_null(istop)) goto done;
    width = int_sub(istop, istart);
    if (v_is_null(width)) goto done;
    istep = v_is_null(step) ? v_from_smallint(1) : randrange_index(step, "step");
    if (v_is_null(istep)) goto done;
    if (istep == v_from_smallint(1)) {
        if (int_sign(width) > 0) {
            Value b = randbelow(r, width);
            if (!v_is_null(b)) res = int_add(istart, b);
            v_decref(b);
        } else {
            char *a = int_to_cstr(istart), *b = int_to_cstr(istop), *c = int_to_cstr(width);
            if (a && b && c)
                err_format(&Exc_ValueError, "empty range for randrange() (%s, %s, %s)", a, b, c);
            else
                err_nomem();
            mem_free(a);
            mem_free(b);
            mem_free(c);
        }
        goto done;
    }
    int ssign = int_sign(istep);
    if (ssign == 0) {
        err_format(&Exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep -+ 1) // istep */
    Value t = int_add(width, istep);
    if (v_is_null(t)) goto done;
    Value t2 = int_add(t, v_from_smallint(ssign > 0 ? -1 : 1));
    v_decref(t);
    if (v_is_null(t2)) goto done;
    n = int_floordiv(t2, istep);
    v_decref(t2);
    if (v_is_null(n)) goto done;
    if (int_sign(n) <= 0) {
        err_format(&Exc_ValueError, "empty range for randrange()");
        goto done;
    }
    Value b = randbelow(r, n);
    if (v_is_null(b)) goto done;
    Value m = int_mul(istep, b);
    v_decref(b);
    if (v_is_null(m)) goto done;
    res = int_add(istart, m);
    v_decref(m);
done:
    v_decref(istart);
    v_decref(istop);
    v_decref(width);
    v_decref(istep);
    v_decref(n);
    return res;
}

static Value rng_randrange(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"start", "stop", "step"};
    Value a[3];
    if (py_args("randrange", args, nargs, kw, names, 3, 3, 1, a) < 0) return V_NULL;
    return randrange_core(as_rng(self), a[0], a[1], a[2]);
}

static Value rng_randint(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"a", "b"};
    Value a[2];
    if (py_args("randint", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    /* Fast path: randrange(a, b + 1) on small ints. */
    if (v_is_smallint(a[0]) && v_is_smallint(a[1])) {
        int64_t lo = v_as_smallint(a[0]), hi = v_as_smallint(a[1]);
        if (hi >= lo) return int_from_i64(lo + randbelow_i64(as_rng(self), hi - lo + 1));
    }
    Value b1 = obj_binary_op(a[1], v_from_smallint(1), NB_ADD);
    if (v_is_null(b1)) return V_NULL;
    Value res = randrange_core(as_rng(self), a[0], b1, V_NULL);
    v_decref(b1);
    return res;
}

/* ---- sequences --------------------------------------------------------------------- */

static Value rng_choice(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"seq"};
    Value seq;
    if (py_args("choice", args, nargs, kw, names, 1, 1, 1, &seq) < 0) return V_NULL;
    int64_t n = obj_len(seq);
    if (n < 0) return V_NULL;
    if (n == 0) return err_format(&Exc_IndexError, "Cannot choose from an empty sequence");
    int64_t j = randbelow_i64(as_rng(self), n);
    if (v_is_list(seq)) return v_newref(list_items(seq)[j]);
    if (v_is_tuple(seq)) return v_newref(tuple_items(seq)[j]);
    return obj_getitem(seq, int_from_i64(j));
}

static Value rng_shuffle(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"x"};
    Value x;
    if (py_args("shuffle", args, nargs, kw, names, 1, 1, 1, &x) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    int64_t n = obj_len(x);
    if (n < 0) return V_NULL;
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = randbelow_i64(r, i + 1);
        if (v_is_list(x) && list_size(x) == n) {
            Value *items = list_items(x), t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        /* x[i], x[j] = x[j], x[i] */
        Value vi = int_from_i64(i), vj = int_from_i64(j);
        Value xj = obj_getitem(x, vj);
        if (v_is_null(xj)) return V_NULL;
        Value xi = obj_getitem(x, vi);
        if (v_is_null(xi)) {
            v_decref(xj);
            return V_NULL;
        }
        int rc = obj_setitem(x, vi, xj);
        if (rc == 0) rc = obj_setitem(x, vj, xi);
        v_decref(xi);
        v_decref(xj);
        if (rc < 0) return V_NULL;
    }
    return V_NONE;
}

/* isinstance(population, collections.abc.Sequence) for the builtin types. */
static bool is_sequence(Value v) {
    TypeObject *t = v_type(v);
    if (t->flags & (TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_STR_SUBCLASS)) return true;
    return t == &RangeType || t == &BytesType;
}

/* list(accumulate(iterable)) with +. New reference. */
static Value accumulate_list(Value iterable) {
    Value it = obj_iter(iterable);
    if (v_is_null(it)) return V_NULL;
    Value out = list_new(0), acc = V_NULL;
    if (v_is_null(out)) goto fail;
    for (;;) {
        Value item = obj_iternext(it);
        if (v_is_null(item)) {
            if (err_occurred()) goto fail;
            break;
        }
        if (v_is_null(acc)) {
            acc = item;
        } else {
            Value s = obj_binary_op(acc, item, NB_ADD);
            v_decref(item);
            v_decref(acc);
            acc = s;
            if (v_is_null(acc)) goto fail;
        }
        if (list_append(out, acc) < 0) goto fail;
    }
    v_decref(acc);
    v_decref(it);
    return out;
fail:
    v_decref(acc);
    v_decref(it);
    v_decref(out);
    return V_NULL;
}

/* bisect_right(a, x, lo, hi) on a list: -1 on error. */
static int64_t bisect_right(Value a, Value x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        int lt = obj_compare_bool(x, list_items(a)[mid], CMP_LT);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static Value sample_core(RandomObject *r, Value population, Value kv, Value counts);

static Value rng_sample(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"population", "k", "counts"};
    Value a[3];
    if (py_args("sample", args, nargs, kw, names, 3, 2, 2, a) < 0) return V_NULL;
    return sample_core(as_rng(self), a[0], a[1], a[2]);
}

static Value sample_counts(RandomObject *r, Value population, int64_t n, Value kv, Value counts) {
    Value cum = accumulate_list(counts), total = V_NULL, sel = V_NULL, res = V_NULL;
    if (v_is_null(cum)) return V_NULL;
    if (list_size(cum) != n) {
        err_format(&Exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    total = list_pop(cum, -1);
    if (v_is_null(total)) goto done;
    if (!is_intlike(total)) {
        err_format(&Exc_TypeError, "Counts must be integers");
        goto done;
    }
    if (int_sign(total) <= 0) {
        err_format(&Exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    Value rng = range_new(v_from_smallint(0), total, v_from_smallint(1));
    if (v_is_null(rng)) goto done;
    sel = sample_core(r, rng, kv, V_NULL);
    v_decref(rng);
    if (v_is_null(sel)) goto done;
    res = list_new(list_size(sel));
    if (v_is_null(res)) goto done;
    for (int64_t i = 0; i < list_size(sel); i++) {
        int64_t idx = bisect_right(cum, list_items(sel)[i], 0, list_size(cum));
        Value item = idx < 0 ? V_NULL : obj_getitem(population, int_from_i64(idx));
        if (v_is_null(item) || list_append_steal(res, item) < 0) {
            v_clear(&res);
            goto done;
        }
    }
done:
    v_decref(cum);
    v_decref(total);
    v_decref(sel);
    return res;
}

static Value sample_core(RandomObject *r, Value population, Value kv, Value counts) {
    if (!is_sequence(population))
        return err_format(&Exc_TypeError,
                          "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = obj_len(population);
    if (n < 0) return V_NULL;
    if (!v_is_null(counts) && !v_is_none(counts)) return sample_counts(r, population, n, kv, counts);
    int lo = obj_compare_bool(v_from_smallint(0), kv, CMP_LE);
    if (lo < 0) return V_NULL;
    int hi = lo ? obj_compare_bool(kv, int_from_i64(n), CMP_LE) : 0;
    if (hi < 0) return V_NULL;
    if (!lo || !hi) return err_format(&Exc_ValueError, "Sample larger than population or is negative");
    if (!is_intlike(kv))
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", v_type_name(kv));
    int64_t k;
    if (int_as_i64(kv, &k) < 0) return V_NULL;
    Value result = list_new(k);
    if (v_is_null(result)) return V_NULL;
    /* setsize = 21 + 4 ** ceil(log(k * 3, 4)) for k > 5: the sizes at which
     * a set of picks is smaller than a copy of the population. */
    uint64_t setsize = 21;
    if (k > 5) {
        double e = ceil(log((double)(k * 3)) / log(4.0));
        setsize = e >= 31 ? UINT64_MAX : setsize + (1ull << (2 * (int)e));
    }
    if ((uint64_t)n <= setsize) {
        Value pool = list_from_iterable(population);
        if (v_is_null(pool)) goto fail;
        Value *p = list_items(pool);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_i64(r, n - i);
            list_append(result, p[j]);
            v_setref(&p[j], v_newref(p[n - i - 1]));
        }
        v_decref(pool);
    } else {
        Value selected = set_new();
        if (v_is_null(selected)) goto fail;
        for (int64_t i = 0; i < k; i++) {
            int64_t j;
            Value vj;
            int in;
            do {
                j = randbelow_i64(r, n);
                vj = int_from_i64(j);
                in = set_contains(selected, vj);
            } while (in == 1);
            Value item = set_add(selected, vj) < 0 ? V_NULL : obj_getitem(population, vj);
            v_decref(vj);
            if (v_is_null(item) || list_append_steal(result, item) < 0) {
                v_decref(selected);
                goto fail;
            }
        }
        v_decref(selected);
    }
    return result;
fail:
    v_decref(result);
    return V_NULL;
}

static Value rng_choices(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    Value a[4];
    if (py_args("choices", args, nargs, kw, names, 4, 2, 1, a) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    Value population = a[0], weights = a[1], cum = a[2];
    if (v_is_none(weights)) weights = V_NULL;
    if (v_is_none(cum)) cum = V_NULL;
    int64_t n = obj_len(population);
    if (n < 0) return V_NULL;
    int64_t k = 1;
    if (!v_is_null(a[3]) && obj_as_index_i64(a[3], &k) < 0) return V_NULL;
    if (k < 0) k = 0;
    Value result = list_new(k);
    if (v_is_null(result)) return V_NULL;
    if (v_is_null(cum) && v_is_null(weights)) {
        double nf = (double)n;
        for (int64_t i = 0; i < k; i++) {
            Value idx = int_from_double(floor(rng_random(r) * nf));
            Value item = v_is_null(idx) ? V_NULL : obj_getitem(population, idx);
            v_decref(idx);
            if (v_is_null(item) || list_append_steal(result, item) < 0) goto fail;
        }
        return result;
    }
    Value cw;
    if (v_is_null(cum)) {
        cw = accumulate_list(weights);
        if (v_is_null(cw)) {
            if (err_matches(&Exc_TypeError) && is_intlike(weights)) {
                err_clear();
                char *s = int_to_cstr(weights);
                err_format(&Exc_TypeError, "The number of choices must be a keyword argument: k=%s", s ? s : "?");
                mem_free(s);
            }
            goto fail;
        }
    } else if (!v_is_null(weights)) {
        err_format(&Exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto fail;
    } else {
        if (obj_len(cum) < 0) goto fail;
        cw = list_from_iterable(cum);
        if (v_is_null(cw)) goto fail;
    }
    if (list_size(cw) != n) {
        err_format(&Exc_ValueError, "The number of weights does not match the population");
        goto fail_cw;
    }
    if (n == 0) {
        err_format(&Exc_IndexError, "list index out of range");
        goto fail_cw;
    }
    Value tv = obj_binary_op(list_items(cw)[n - 1], v_from_float(0.0), NB_ADD);
    if (v_is_null(tv)) goto fail_cw;
    double total;
    int c = float_coerce(tv, &total);
    if (c <= 0) {
        if (c == 0) err_format(&Exc_TypeError, "must be real number, not %s", v_type_name(tv));
        v_decref(tv);
        goto fail_cw;
    }
    v_decref(tv);
    if (total <= 0.0) {
        err_format(&Exc_ValueError, "Total of weights must be greater than zero");
        goto fail_cw;
    }
    if (!isfinite(total)) {
        err_format(&Exc_ValueError, "Total of weights must be finite");
        goto fail_cw;
    }
    for (int64_t i = 0; i < k; i++) {
        int64_t idx = bisect_right(cw, v_from_float(rng_random(r) * total), 0, n - 1);
        Value item = idx < 0 ? V_NULL : obj_getitem(population, int_from_i64(idx));
        if (v_is_null(item) || list_append_steal(result, item) < 0) goto fail_cw;
    }
    v_decref(cw);
    return result;
fail_cw:
    v_decref(cw);
fail:
    v_decref(result);
    return V_NULL;
}

/* ---- real-valued distributions ----------------------------------------------------------
 * op() consumes both operands and propagates V_NULL, so expressions over
 * user-supplied parameters read as nested calls evaluated in Python's order
 * by explicit sequencing. */

static Value op(Value a, Value b, int nb) {
    Value r = v_is_null(a) || v_is_null(b) ? V_NULL : obj_binary_op(a, b, nb);
    v_decref(a);
    v_decref(b);
    return r;
}

/* Exactly representable in a double with Python's mixed-arithmetic
 * result: a float or a small int (|i| < 2^47 < 2^53). */
static inline bool as_exact_double(Value v, double *d) {
    if (v_is_float(v)) { *d = v_as_float(v); return true; }
    if (v_is_smallint(v)) { *d = (double)v_as_smallint(v); return true; }
    return false;
}

/* mu + z * sigma */
static Value affine(Value mu, double z, Value sigma) {
    double m, s;
    if (as_exact_double(mu, &m) && as_exact_double(sigma, &s)) return v_from_float(m + z * s);
    Value t = op(v_from_float(z), v_newref(sigma), NB_MULTIPLY);
    return op(v_newref(mu), t, NB_ADD);
}

/* Number parameters used in float arithmetic only (alpha of gammavariate,
 * kappa): int/float convert exactly as Python's mixed arithmetic would. */
static int param_double(Value v, double *out, const char *opname) {
    int c = float_coerce(v, out);
    if (c > 0) return 0;
    if (c == 0)
        err_format(&Exc_TypeError, "'%s' not supported between instances of '%s' and 'float'", opname,
                   v_type_name(v));
    return -1;
}

static Value rng_uniform(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"a", "b"};
    Value a[2];
    if (py_args("uniform", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    double x, y;
    if (v_is_float(a[0]) && v_is_float(a[1])) {
        x = v_as_float(a[0]);
        y = v_as_float(a[1]);
        return v_from_float(x + (y - x) * rng_random(as_rng(self)));
    }
    Value d = op(v_newref(a[1]), v_newref(a[0]), NB_SUBTRACT);
    if (v_is_null(d)) return V_NULL;
    Value t = op(d, v_from_float(rng_random(as_rng(self))), NB_MULTIPLY);
    return op(v_newref(a[0]), t, NB_ADD);
}

static Value rng_triangular(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"low", "high", "mode"};
    Value a[3];
    if (py_args("triangular", args, nargs, kw, names, 3, 3, 0, a) < 0) return V_NULL;
    Value low = v_is_null(a[0]) ? v_from_float(0.0) : a[0];
    Value high = v_is_null(a[1]) ? v_from_float(1.0) : a[1];
    Value mode = v_is_null(a[2]) ? V_NONE : a[2];
    double u = rng_random(as_rng(self));
    Value c;
    if (v_is_none(mode)) {
        c = v_from_float(0.5);
    } else {
        Value num = op(v_newref(mode), v_newref(low), NB_SUBTRACT);
        if (v_is_null(num)) return V_NULL;
        Value den = op(v_newref(high), v_newref(low), NB_SUBTRACT);
        c = op(num, den, NB_TRUE_DIVIDE);
        if (v_is_null(c)) {
            if (!err_matches(&Exc_ZeroDivisionError)) return V_NULL;
            err_clear();
            return v_newref(low);
        }
    }
    int gt = obj_compare_bool(v_from_float(u), c, CMP_GT);
    if (gt < 0) {
        v_decref(c);
        return V_NULL;
    }
    if (gt) {
        u = 1.0 - u;
        c = op(v_from_float(1.0), c, NB_SUBTRACT);
        if (v_is_null(c)) return V_NULL;
        Value t = low;
        low = high;
        high = t;
    }
    /* low + (high - low) * sqrt(u * c) */
    Value uc = op(v_from_float(u), c, NB_MULTIPLY);
    if (v_is_null(uc)) return V_NULL;
    double ucd;
    int cc = float_coerce(uc, &ucd);
    v_decref(uc);
    if (cc <= 0) return cc < 0 ? V_NULL : err_format(&Exc_TypeError, "must be real number");
    if (ucd < 0) return err_format(&Exc_ValueError, "math domain error");
    Value diff = op(v_newref(high), v_newref(low), NB_SUBTRACT);
    Value t = op(diff, v_from_float(sqrt(ucd)), NB_MULTIPLY);
    return op(v_newref(low), t, NB_ADD);
}

static double normal_z(RandomObject *r) {
    for (;;) {
        double u1 = rng_random(r);
        double u2 = 1.0 - rng_random(r);
        double z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2)) return z;
    }
}

static Value rng_normalvariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (py_args("normalvariate", args, nargs, kw, names, 2, 2, 0, a) < 0) return V_NULL;
    double z = normal_z(as_rng(self));
    return affine(v_is_null(a[0]) ? v_from_float(0.0) : a[0], z, v_is_null(a[1]) ? v_from_float(1.0) : a[1]);
}

static Value rng_gauss(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (py_args("gauss", args, nargs, kw, names, 2, 2, 0, a) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    Value zv = r->gauss_next;
    r->gauss_next = V_NONE;
    double z;
    if (v_is_none(zv)) {
        double x2pi = rng_random(r) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - rng_random(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = v_from_float(sin(x2pi) * g2rad);
    } else if (v_is_float(zv)) {
        z = v_as_float(zv);
    } else {
        /* A non-float smuggled in through setstate: Python arithmetic. */
        Value mu = v_is_null(a[0]) ? v_from_float(0.0) : a[0];
        Value t = op(zv, v_newref(v_is_null(a[1]) ? v_from_float(1.0) : a[1]), NB_MULTIPLY);
        return op(v_newref(mu), t, NB_ADD);
    }
    return affine(v_is_null(a[0]) ? v_from_float(0.0) : a[0], z, v_is_null(a[1]) ? v_from_float(1.0) : a[1]);
}

static Value rng_lognormvariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"mu", "sigma"};
    Value a[2];
    if (py_args("lognormvariate", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    Value nv = affine(a[0], normal_z(as_rng(self)), a[1]);
    if (v_is_null(nv)) return V_NULL;
    double x;
    int c = float_coerce(nv, &x);
    if (c == 0) err_format(&Exc_TypeError, "must be real number, not %s", v_type_name(nv));
    v_decref(nv);
    if (c <= 0) return V_NULL;
    double r = exp(x);
    if (isinf(r) && isfinite(x)) return err_format(&Exc_OverflowError, "math range error");
    return v_from_float(r);
}

static Value rng_expovariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"lambd"};
    Value lambd;
    if (py_args("expovariate", args, nargs, kw, names, 1, 1, 1, &lambd) < 0) return V_NULL;
    double num = -log(1.0 - rng_random(as_rng(self)));
    return op(v_from_float(num), v_newref(lambd), NB_TRUE_DIVIDE);
}

static Value rng_vonmisesvariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"mu", "kappa"};
    Value a[2];
    if (py_args("vonmisesvariate", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    RandomObject *r = as_rng(self);
    double kappa;
    if (param_double(a[1], &kappa, "<=") < 0) return V_NULL;
    if (kappa <= 1e-6) return v_from_float(TWOPI * rng_random(r));
    double s = 0.5 / kappa;
    double rr = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = rng_random(r);
        z = cos(3.141592653589793238462643383279502884197 * u1);
        double d = z / (rr + z);
        double u2 = rng_random(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = rng_random(r);
    double af = acos(f);
    Value t = op(v_newref(a[0]), v_from_float(af), u3 > 0.5 ? NB_ADD : NB_SUBTRACT);
    return op(t, v_from_float(TWOPI), NB_REMAINDER);
}

/* gammavariate(alpha, 1.0) as a double; alpha > 0. */
static double gamma_core(RandomObject *r, double alpha) {
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = rng_random(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - rng_random(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double rv = bbb + ccc * v - x;
            if (rv + SG_MAGICCONST - 4.5 * z >= 0.0 || rv >= log(z)) return x;
        }
    }
    if (alpha == 1.0) return -log(1.0 - rng_random(r));
    const double e = 2.718281828459045235360287471352662498;
    double x;
    for (;;) {
        double u = rng_random(r);
        double b = (e + alpha) / e;
        double p = b * u;
        if (p <= 1.0) x = pow(p, 1.0 / alpha);
        else x = -log((b - p) / alpha);
        double u1 = rng_random(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return x;
}

static Value rng_gammavariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (py_args("gammavariate", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    double alpha;
    if (param_double(a[0], &alpha, "<=") < 0) return V_NULL;
    int bad = alpha <= 0.0;
    if (!bad) {
        bad = obj_compare_bool(a[1], v_from_float(0.0), CMP_LE);
        if (bad < 0) return V_NULL;
    }
    if (bad) return err_format(&Exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    double x = gamma_core(as_rng(self), alpha);
    return op(v_from_float(x), v_newref(a[1]), NB_MULTIPLY);
}

static Value rng_betavariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (py_args("betavariate", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    double alpha, beta;
    if (param_double(a[0], &alpha, "<=") < 0) return V_NULL;
    if (alpha <= 0.0) return err_format(&Exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    double y = gamma_core(as_rng(self), alpha) * 1.0;
    if (y == 0.0) return v_from_float(0.0);
    if (param_double(a[1], &beta, "<=") < 0) return V_NULL;
    if (beta <= 0.0) return err_format(&Exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    double y2 = gamma_core(as_rng(self), beta) * 1.0;
    return v_from_float(y / (y + y2));
}

static Value rng_paretovariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"alpha"};
    Value alpha;
    if (py_args("paretovariate", args, nargs, kw, names, 1, 1, 1, &alpha) < 0) return V_NULL;
    double u = 1.0 - rng_random(as_rng(self));
    Value e = op(v_from_float(-1.0), v_newref(alpha), NB_TRUE_DIVIDE);
    if (v_is_null(e)) return V_NULL;
    Value r = obj_power(v_from_float(u), e, V_NONE);
    v_decref(e);
    return r;
}

static Value rng_weibullvariate(Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"alpha", "beta"};
    Value a[2];
    if (py_args("weibullvariate", args, nargs, kw, names, 2, 2, 2, a) < 0) return V_NULL;
    double u = 1.0 - rng_random(as_rng(self));
    Value e = op(v_from_float(1.0), v_newref(a[1]), NB_TRUE_DIVIDE);
    if (v_is_null(e)) return V_NULL;
    Value p = obj_power(v_from_float(-log(u)), e, V_NONE);
    v_decref(e);
    return op(v_newref(a[0]), p, NB_MULTIPLY);
}

/* ---- the type and the module ----------------------------------------------------------- */

static const MethodDef rng_methods[] = {
    {"seed", rng_seed, 0, "Initialize internal state from a seed."},
    {"random", rng_random_m, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", rng_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"_randbelow", rng_randbelow_m, 0, "Return a random int in the range [0,n).  n must be > 0."},
    {"randbytes", rng_randbytes, 0, "Generate n random bytes."},
    {"getstate", rng_getstate, 0, "Return internal state; can be passed to setstate() later."},
    {"setstate", rng_setstate, 0, "Restore internal state from object returned by getstate()."},
    {"randrange", rng_randrange, 0, "Choose a random item from range(stop) or range(start, stop[, step])."},
    {"randint", rng_randint, 0, "Return random integer in range [a, b], including both end points."},
    {"choice", rng_choice, 0, "Choose a random element from a non-empty sequence."},
    {"shuffle", rng_shuffle, 0, "Shuffle list x in place, and return None."},
    {"sample", rng_sample, 0, "Chooses k unique random elements from a population sequence."},
    {"choices", rng_choices, 0, "Return a k sized list of population elements chosen with replacement."},
    {"uniform", rng_uniform, 0, "Get a random number in the range [a, b) or [a, b]."},
    {"triangular", rng_triangular, 0, "Triangular distribution."},
    {"normalvariate", rng_normalvariate, 0, "Normal distribution."},
    {"gauss", rng_gauss, 0, "Gaussian distribution."},
    {"lognormvariate", rng_lognormvariate, 0, "Log normal distribution."},
    {"expovariate", rng_expovariate, 0, "Exponential distribution."},
    {"vonmisesvariate", rng_vonmisesvariate, 0, "Circular data distribution."},
    {"gammavariate", rng_gammavariate, 0, "Gamma distribution.  Not the gamma function!"},
    {"betavariate", rng_betavariate, 0, "Beta distribution."},
    {"paretovariate", rng_paretovariate, 0, "Pareto distribution."},
    {"weibullvariate", rng_weibullvariate, 0, "Weibull distribution."},
    {NULL, NULL, 0, NULL},
};

static Value rng_get_gauss_next(Value self) { return v_newref(as_rng(self)->gauss_next); }

static int rng_set_gauss_next(Value self, Value v) {
    if (v_is_null(v)) {
        err_format(&Exc_AttributeError, "cannot delete attribute 'gauss_next'");
        return -1;
    }
    v_setref(&as_rng(self)->gauss_next, v_newref(v));
    return 0;
}

static const GetSetDef rng_getset[] = {
    {"gauss_next", rng_get_gauss_next, rng_set_gauss_next},
    {NULL, NULL, NULL},
};

static void rng_dealloc(Object *o) {
    v_decref(((RandomObject *)o)->gauss_next);
    obj_free(o);
}

static Value rng_repr(Value self) {
    return str_printf("<random.%s object at %p>", as_rng(self)->system ? "SystemRandom" : "Random",
                      (void *)v_as_obj(self));
}

/* A new generator seeded from x (V_NULL: OS entropy). New reference. */
static Value rng_new(TypeObject *type, Value x) {
    RandomObject *r = (RandomObject *)obj_alloc(type, type->basicsize > sizeof(RandomObject)
                                                          ? type->basicsize : sizeof(RandomObject));
    if (!r) return V_NULL;
    r->gauss_next = V_NONE;
    r->system = false;
    r->state.index = MT_N + 1;
    Value v = v_from_obj(r);
    Value args[1] = {x};
    Value res = rng_seed(v, args, v_is_null(x) ? 0 : 1, V_NULL);
    if (v_is_null(res)) {
        v_decref(v);
        return V_NULL;
    }
    return v;
}

static Value rng_construct(TypeObject *type, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"x"};
    Value x;
    if (nargs > 1)
        return err_format(&Exc_TypeError,
                          "Random.__init__() takes from 1 to 2 positional arguments but %zu were given",
                          nargs + 1);
    if (py_args("__init__", args, nargs, kw, names, 1, 1, 0, &x) < 0) return V_NULL;
    return rng_new(type, x);
}

TypeObject RandomType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "Random",
    .basicsize = sizeof(RandomObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = rng_dealloc,
    .repr = rng_repr,
    .construct = rng_construct,
    .methods = rng_methods,
    .getset = rng_getset,
};

/* random.SystemRandom: Random's methods over the kernel's entropy source;
 * seeding is ignored and there is no state to get or set (CPython's). */
static TypeObject SystemRandomType;

static Value sysrng_construct(TypeObject *type, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Value v = rng_new(type, V_NULL);
    if (!v_is_null(v)) as_rng(v)->system = true;
    return v;
}

static Value sysrng_seed(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return V_NONE;
}

static Value sysrng_nostate(Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return err_format(&Exc_NotImplementedError, "System entropy source does not have state.");
}

static const MethodDef sysrng_methods[] = {
    {"seed", sysrng_seed, 0, "Stub method.  Not used for a system random number generator."},
    {"getstate", sysrng_nostate, 0, "Method should not be called for a system random number generator."},
    {"setstate", sysrng_nostate, 0, "Method should not be called for a system random number generator."},
    {NULL, NULL, 0, NULL},
};

static TypeObject SystemRandomType = {
    .ob = OBJECT_HEAD_INIT(&TypeType),
    .name = "SystemRandom",
    .base = &RandomType,
    .basicsize = sizeof(RandomObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = rng_dealloc,
    .repr = rng_repr,
    .construct = sysrng_construct,
    .methods = sysrng_methods,
};

/* A new random module: the Random type and the methods of a hidden,
 * entropy-seeded instance as functions. New reference. */
Value module_init_random(void) {
    NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0);
    TWOPI = 2.0 * 3.141592653589793238462643383279502884197;
    LOG4 = log(4.0);
    SG_MAGICCONST = 1.0 + log(4.5);
    if (type_ready(&RandomType) < 0 || type_ready(&SystemRandomType) < 0) return V_NULL;
    Value m = module_new(str_intern_cstr("random"));
    if (v_is_null(m)) return V_NULL;
    Value inst = rng_new(&RandomType, V_NULL);
    if (v_is_null(inst)) goto fail;
    Value d = module_dict(m);
    for (const MethodDef *md = rng_methods; md->name; md++) {
        Value f = cfunc_new(md->name, md->fn, inst);
        if (v_is_null(f) || dict_set_cstr(d, md->name, f) < 0) {
            v_decref(f);
            v_decref(inst);
            goto fail;
        }
        v_decref(f);
    }
    v_decref(inst);
    if (dict_set_cstr(d, "Random", v_from_obj(&RandomType)) < 0) goto fail;
    if (dict_set_cstr(d, "SystemRandom", v_from_obj(&SystemRandomType)) < 0) goto fail;
    return m;
fail:
    v_decref(m);
    return V_NULL;
}
