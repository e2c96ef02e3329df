/* translate.h: specialised bytecode (+ inline caches) -> uop IR. */
#ifndef COIL_JIT_TRANSLATE_H
#define COIL_JIT_TRANSLATE_H

#include "../vm/code.h"
#include "ir.h"

/* Translates co as it is now (its specialised forms and their caches).
 * generic_sites: code-unit offsets (sorted, n of them) whose instruction
 * must be translated as its generic form's helper, because compiled code
 * kept deoptimising there. Returns the function, or NULL with the reason in
 * why (an instruction tier 2 cannot compile at all, e.g. a generator).
 * globals, builtins: those of the frame that made co hot (borrowed; V_NULL
 * if unknown): LOAD_GLOBAL_MODULE/BUILTIN are inlined against them, guarded
 * by the frame's words and the dicts' versions. */
JitFunction *jit_translate(CodeObject *co, Value globals, Value builtins, const JitRuntime *rt,
                           const int32_t *generic_sites, int n_generic,
                           char *why, size_t whylen);

/* Non-zero: the helper of each site that had never run (UOPI_COLD) is
 * preceded by a COUNT_COLD uop that deopts once the site has run this
 * many times (jit.c recompiles then). 0 (the default): none. Set by jit.c
 * before each translation. */
extern uint32_t jit_cold_site_limit;

#endif
