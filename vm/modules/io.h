/* io.h: what the rest of coil needs from the io module (vm/modules/io.c). */
#ifndef COIL_MODULES_IO_H
#define COIL_MODULES_IO_H

#include "../object.h"

/* Raises the OSError subclass CPython picks for errno err
 * (FileNotFoundError for ENOENT, ...), with errno, strerror and, when
 * filename is not V_NULL, filename set: "[Errno 2] No such file or
 * directory: 'x'". Returns V_NULL. */
Value io_raise_errno(int err, Value filename);
/* The same with two file names (os.rename): "[Errno 2] ...: 'a' -> 'b'". */
Value io_raise_errno2(int err, Value filename, Value filename2);

/* builtins.open (a CFunc). */
Value io_open(Value self, const Value *args, size_t nargs, Value kwnames);

/* CPython's PyObject_AsFileDescriptor: an int, or what o.fileno() returns;
 * ValueError if negative, OverflowError past INT_MAX. 0, or -1 with the
 * error set (select, fcntl). */
int io_as_fd(Value o, int *out);

#endif
