/* struct.c: the struct module (being written). */
#include "stdmod.h"

Value module_init_struct(void) { return mod_create("struct", NULL); }
