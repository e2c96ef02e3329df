/* opcodes.c: the opcode metadata table, derived from OPCODE_LIST. */
#include "opcodes.h"

const OpcodeInfo opcode_info[256] = {
#define OP_INFO(name, cache, flags, effect, jeffect, family) \
    [OP_##name] = { #name, (cache), (flags), OP_##family },
    OPCODE_LIST(OP_INFO)
#undef OP_INFO
};
