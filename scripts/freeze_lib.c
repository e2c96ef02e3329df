/* freeze_lib.c: the build step that compiles the embedded library.
 *
 *   coil-freeze OUT.c OUT.bin
 *
 * Links the VM without a frozen table, compiles every lib/ module the way
 * an import would, and writes their marshalled code (OUT.bin) and the
 * table the coil binary links (OUT.c, which .incbin's OUT.bin); see
 * FrozenModule in vm/import.h. */
#include <stdio.h>
#include "coil/coil.h"
#include "import.h"

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s OUT.c OUT.bin\n", argv[0]);
        return 2;
    }
    coil_set_xoption("jit=off");
    if (coil_initialize() < 0) return 1;
    int rc = import_freeze_embedded(argv[1], argv[2]);
    coil_finalize();
    return rc < 0 ? 1 : 0;
}
