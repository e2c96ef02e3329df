/* os.c: the os module (being written). */
#include "stdmod.h"

Value module_init_os(void) { return mod_create("os", NULL); }
