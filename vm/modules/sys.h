/* sys.h: what the rest of the VM needs from the sys module. */
#ifndef COIL_MODULES_SYS_H
#define COIL_MODULES_SYS_H

#include "../object.h"

/* The registry's init function for sys. New reference. */
Value sys_module_init(void);

/* sys.stdout when a program has replaced it (print() must then call its
 * write method), borrowed; V_NULL while it is the builtin stdout, which
 * print() writes to directly through its buffer. */
Value sys_stdout_redirect(void);
/* The builtin sys.stdout object (borrowed, immortal). */
Value sys_builtin_stdout(void);

/* sys.excepthook when a program has replaced it (borrowed), else V_NULL:
 * the uncaught-exception report then calls it. */
Value sys_excepthook_override(void);

#endif
