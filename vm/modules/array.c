/* array.c: the array module (being written). */
#include "stdmod.h"

Value module_init_array(void) { return mod_create("array", NULL); }
