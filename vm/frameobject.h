/* frameobject.h: Python-visible frame objects (the `frame` type).
 *
 * Interpreter frames (frame.h) stay cheap: nothing on the call path knows
 * about frame objects. A frame object is made only when someone asks
 * (sys._getframe, traceback.tb_frame) and is a SNAPSHOT: code, globals,
 * builtins, lasti and lineno are copied from the interpreter frame when the
 * object is made, and so is the frame's fast-locals array (cells are kept
 * as cells, so a later write through a cell is seen). See frameobject.c for
 * the design and its limits.
 */
#ifndef COIL_FRAMEOBJECT_H
#define COIL_FRAMEOBJECT_H

#include "frame.h"

typedef struct FrameObject {
    Object ob;
    CodeObject *code;     /* strong */
    Value globals;        /* strong */
    Value builtins;       /* strong; V_NULL: derived from globals on access */
    Value locals;         /* strong: the mapping (module/class code) or the
                           * f_locals dict once built; V_NULL until then */
    Value back;           /* strong: the caller's frame object or V_NONE */
    Value trace;          /* f_trace, V_NONE */
    int lasti;            /* code-unit index of the last instruction, -1 */
    int lineno;
    /* While tracing (trace.h): the running frame this object stands for
     * (f_lineno, f_lasti, f_locals, f_back read it), NULL otherwise. */
    Frame *live;
    bool trace_lines, trace_opcodes;    /* f_trace_lines, f_trace_opcodes */
    int32_t nfast;        /* entries in fast[] (function frames), else 0 */
    Value fast[];         /* strong: copy of localsplus[0, nfast) */
} FrameObject;

extern TypeObject FrameType;

/* The frame object for the interpreter frame f and, eagerly, for every
 * caller in its `previous` chain (f_back). New reference or V_NULL. */
Value frame_object_new(Frame *f);

/* A frame object for a traceback entry: code/globals/locals (locals V_NULL
 * for function code: f_locals is then an empty dict) and the position
 * recorded when the entry was made; f_back is None. New reference. */
Value frame_object_for_tb(CodeObject *code, Value globals, Value locals, int lasti_units, int lineno);

/* A live frame object for the running frame f (see `live`), with room
 * for a snapshot of its fast locals. New reference or V_NULL. */
Value frame_object_live(Frame *f);
/* f_back of a live frame object: the caller's live object (or None). */
/* The frame fo stands for is done: keep a snapshot of it (lineno, lasti,
 * fast locals) and forget the frame. */
void frame_object_detach(FrameObject *fo);

#endif
