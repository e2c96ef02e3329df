/* specialize.h: the specialising adaptive interpreter's decisions (tier 1).
 *
 * A specialisable (generic) instruction is followed by its inline cache;
 * unit 0 of every cache is the counter:
 *
 *     15            4 3      0
 *    +---------------+--------+
 *    |     count     | backoff|
 *    +---------------+--------+
 *
 * Generic form: each execution subtracts 1 from count; when count is 0 the
 * instruction calls specialize_<family>(), which either rewrites the opcode
 * in place to a specialised form of the same family (same cache size, so
 * next_instr arithmetic is unchanged) and fills the cache, or records why
 * it could not and sets count to 2^backoff - 1 with backoff incremented
 * (exponential backoff, capped).
 *
 * Specialised form: count is a miss budget. A failed guard runs the generic
 * body for this execution (spec_miss); when the budget is spent the
 * instruction is rewritten back to its generic form, with backoff
 * incremented, and may specialise again later.
 *
 * Cache layouts after unit 0 (16-bit units, wider fields stored unaligned
 * with memcpy):
 *   LOAD_GLOBAL (5)    [1] entry index (in globals for _MODULE, in builtins for
 *                      _BUILTIN; checked by key)  [2..4] globals version, low 48
 *                      bits (_BUILTIN: no global shadows the builtin)
 *   LOAD_ATTR (8)      [1..2] type version  [3] entry index or slot offset  [4..7] value
 *   LOAD_METHOD (8)    [1..2] type version  [3] entry index  [4..7] method (borrowed from the type dict)
 *   STORE_ATTR (4)     [1..2] type version  [3] entry index hint or slot offset
 *   LOAD_ATTR_SLOT     [1..2] type version  [3] byte offset of the __slots__
 *                      member in the instance  [4..7] unused
 *   STORE_ATTR_SLOT    [1..2] type version  [3] byte offset of the member
 *   LOAD_ATTR_SHAPE_POLY  [1..2] unused  [3] slot index  [4..7] a Shape seen
 *                      (guard: the class is plain, type_is_plain, and the
 *                      instance's shape is that one or has the name at
 *                      slot [3])
 *                      (another shape having the name elsewhere: its slot
 *                      and the shape are written back to [3] and [4..7])
 *   LOAD_METHOD_POLY   [1..2] type version when specialised (unused by the
 *                      guard)  [3] id of a shape known not to have the name
 *                      (rewritten as shapes pass)  [4..7] the function when
 *                      specialised (unused by the guard: the form looks the
 *                      name up through the type cache, type_lookup_interned,
 *                      and takes any Python function on a plain class)
 *   STORE_ATTR_SHAPE_POLY [1..2] unused  [3] slot index hint (as
 *                      STORE_ATTR_SHAPE, guarded by type_is_plain instead
 *                      of one type version)
 *   the rest (1)       counter only: their guards are type tests
 *
 * Borrowed pointers in caches are valid exactly as long as the version
 * they are stored with: a type's version changes whenever its dict or a
 * base's dict changes (typeobject.c's bump_versions), and versions are
 * never reused, so an equal version means the same, unchanged type.
 *
 * Instance attributes: instances keep their attributes in a dict; the
 * specialised forms remember the entry index at which the attribute lives
 * in the dict's dense entry array (instances of a class initialised the
 * same way put their attributes at the same indices, which is the role a
 * hidden class plays) and check entries[index].key == name (interned: a
 * pointer compare). That guard is exact whatever the dict went through.
 */
#ifndef COIL_SPECIALIZE_H
#define COIL_SPECIALIZE_H

#include <string.h>
#include "object.h"
#include "code.h"
#include "opcodes.h"

#define SPEC_BACKOFF_BITS 4
#define SPEC_BACKOFF_MAX 12
#define SPEC_COUNT_ONE (1u << SPEC_BACKOFF_BITS)
#define SPEC_MISS_BUDGET 52          /* misses tolerated before deoptimising */

extern bool spec_stats_enabled;      /* --stats / -X stats */

/* Per-family statistics, indexed by the generic opcode. */
enum {
    SPEC_FAIL_OTHER = 0, SPEC_FAIL_TYPES, SPEC_FAIL_OPERATOR, SPEC_FAIL_OVERRIDDEN,
    SPEC_FAIL_NO_DICT, SPEC_FAIL_DESCRIPTOR, SPEC_FAIL_NOT_FOUND, SPEC_FAIL_KWNAMES,
    SPEC_FAIL_ARGS, SPEC_FAIL_RANGE, SPEC_FAIL_UNVERSIONED, SPEC_FAIL__COUNT
};
typedef struct SpecStats {
    uint64_t hits;                   /* executions of specialised forms (with stats on) */
    uint64_t misses;                 /* failed guards */
    uint64_t deopts;                 /* rewrites back to the generic form */
    uint64_t success;                /* successful specialisations */
    uint64_t failure;                /* attempts that found no form */
    uint64_t reasons[SPEC_FAIL__COUNT];
    uint64_t forms[256];             /* successful specialisations per form */
} SpecStats;
extern SpecStats spec_stats[256];

static inline uint16_t cache_u16(const CodeUnit *c) { return c[0]; }
static inline uint32_t cache_u32(const CodeUnit *c) { uint32_t v; memcpy(&v, c, 4); return v; }
static inline uint64_t cache_u64(const CodeUnit *c) { uint64_t v; memcpy(&v, c, 8); return v; }
static inline uint64_t cache_u48(const CodeUnit *c) {
    return (uint64_t)c[0] | ((uint64_t)c[1] << 16) | ((uint64_t)c[2] << 32);
}
static inline void cache_set_u48(CodeUnit *c, uint64_t v) {
    c[0] = (CodeUnit)v; c[1] = (CodeUnit)(v >> 16); c[2] = (CodeUnit)(v >> 32);
}
#define SPEC_VERSION48(v) ((v) & 0xFFFFFFFFFFFFull)
static inline void cache_set_u32(CodeUnit *c, uint32_t v) { memcpy(c, &v, 4); }
static inline void cache_set_u64(CodeUnit *c, uint64_t v) { memcpy(c, &v, 8); }

/* Every specialiser gets the instruction (its opcode unit; caches follow)
 * and the operands the generic form sees, borrowed. They never raise. */
void specialize_binary_op(CodeUnit *instr, Value l, Value r, int oparg);
void specialize_compare_op(CodeUnit *instr, Value l, Value r, int oparg);
void specialize_contains_op(CodeUnit *instr, Value container);
void specialize_binary_subscr(CodeUnit *instr, Value container, Value key);
void specialize_store_subscr(CodeUnit *instr, Value container, Value key);
void specialize_load_global(CodeUnit *instr, Value globals, Value builtins, Value name);
void specialize_load_attr(CodeUnit *instr, Value owner, Value name);
void specialize_store_attr(CodeUnit *instr, Value owner, Value name);
void specialize_load_method(CodeUnit *instr, Value owner, Value name);
void specialize_call(CodeUnit *instr, Value callable, Value self_or_null, int oparg, Value kwnames);
/* builtins.isinstance's C function, recorded when CALL_ISINSTANCE is first
 * chosen: that form's guard compares against it. */
extern CFunc spec_isinstance_fn;
/* Likewise builtins.len (CALL_LEN), list.append (CALL_LIST_APPEND) and
 * set.add (CALL_SET_ADD): recorded when the form is first chosen. */
extern CFunc spec_len_fn, spec_list_append_fn, spec_set_add_fn, spec_gen_send_fn;
/* Code flags that keep a function out of CALL_ALLOC_AND_ENTER_INIT: its
 * frame must run to a plain RETURN_VALUE. */
#define CO_SPEC_NOT_PLAIN (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
void specialize_for_iter(CodeUnit *instr, Value iter);
void specialize_unpack_sequence(CodeUnit *instr, Value seq, int oparg);

/* A failed guard in a specialised form of family: counts the miss and,
 * once the budget is spent, rewrites the instruction back to family. */
void spec_miss(CodeUnit *instr, int family);

/* The generic form of every instruction, caches zeroed, into out (n units):
 * what the compiler emitted (co_code, marshal). */
void spec_deoptimize_code(const CodeUnit *code, int n, CodeUnit *out);

/* The quickening pass, run on a new code object's instructions when
 * specialisation is on (code_new): rewrites the first instruction of each
 * adjacent pair that has a superinstruction (opcodes.h, OPF_SUPER) into it.
 * The second instruction stays as it is. */
void spec_quicken(CodeUnit *code, int n);

/* Prints the per-family table to f (at exit with --stats). */
void spec_stats_print(void *f);

#endif
