/* tcg/capstone.h: dlopen of the Capstone version whose header we were built with. */
#include "tcg/capstone.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#define STR_(x) #x
#define STR(x) STR_(x)
/* Capstone's shared library is named after its API major version (libcapstone.so.4 for
 * 4.x, .5 for 5.x), the version its header states. */
#define CAPSTONE_SONAME "libcapstone.so." STR(CS_API_MAJOR)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static TcgCapstone table;
static const TcgCapstone *loaded;

static void load(void)
{
    void *h = dlopen(CAPSTONE_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        h = dlopen("libcapstone.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "tern: cannot load Capstone (%s), so traces show no disassembly: %s\n",
                CAPSTONE_SONAME, dlerror());
        return;
    }
    /* dlsym returns void *; POSIX guarantees it converts to a function pointer. */
    *(void **)&table.open = dlsym(h, "cs_open");
    *(void **)&table.disasm = dlsym(h, "cs_disasm");
    *(void **)&table.disasm_iter = dlsym(h, "cs_disasm_iter");
    *(void **)&table.malloc = dlsym(h, "cs_malloc");
    *(void **)&table.free = dlsym(h, "cs_free");
    if (!table.open || !table.disasm || !table.disasm_iter || !table.malloc || !table.free) {
        fprintf(stderr, "tern: %s lacks a Capstone function (cs_open, cs_disasm, "
                "cs_disasm_iter, cs_malloc, cs_free): traces show no disassembly\n",
                CAPSTONE_SONAME);
        return;
    }
    loaded = &table;
}

const TcgCapstone *tcg_capstone(void)
{
    pthread_once(&once, load);
    return loaded;
}
