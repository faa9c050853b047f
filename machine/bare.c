/* The `bare` machine (issue 2): RAM from address 0, the firmware image as a ROM ending at
 * 4 GiB with its last 128 KiB also ending at 1 MiB (where a PC's chipset aliases the BIOS,
 * so the reset vector F000:FFF0 runs it), debugcon on 0xE9 and isa-debug-exit on 0xF4. */
#include "machine/bare.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "devices/debugcon.h"
#include "devices/isa_debug_exit.h"
#include "machine/gdbstub.h"
#include "machine/memory.h"
#include "tcg/log.h"

#define BARE_4G (1ull << 32)
#define BARE_1M (1ull << 20)
#define BARE_LOW_BIOS_MAX (128u << 10)

/* The board, reachable from globals so that an exit from inside the run (isa-debug-exit)
 * leaves nothing that leak checkers would call lost. */
static AddressSpace *bare_as;
static CPUX86State *bare_env;
static DebugCon *bare_debugcon;
static IsaDebugExit *bare_debug_exit;
static GdbStub *bare_gdb;
static bool bare_count_insns;

static void stderr_line(void *opaque, const char *line)
{
    (void)opaque;
    size_t n = strlen(line);
    fputs(line, stderr);
    if (n == 0 || line[n - 1] != '\n')
        fputc('\n', stderr);
}

/* Guest output first, then the count and the statistics, so the order on a shared
 * terminal matches what happened; a debugger learns the exit status last. */
static void bare_finish(int status)
{
    fflush(stdout);
    if (bare_count_insns && bare_env)
        fprintf(stderr, "tern: %llu instructions retired\n",
                (unsigned long long)x86_icount(bare_env));
    if (tern_log_enabled(LOG_STATS))
        x86_exec_print_stats(tern_log_line, NULL);
    if (tern_log_file)
        fflush(tern_log_file);
    fflush(stderr);
    gdbstub_report_exit(bare_gdb, status);
}

/* isa-debug-exit: the guest asked to end the run. Called from inside an OUT instruction;
 * the process ends here, as QEMU's device does, so no later instruction runs. */
static void bare_request_exit(void *opaque, int status)
{
    (void)opaque;
    bare_finish(status);
    exit(status);
}

/* The image is placed at the top of a ROM padded at its start to whole 4 KiB pages
 * (padding reads as erased flash, 0xFF), so no page is half ROM, half RAM. */
static MemRegion *bare_map_bios(AddressSpace *as, const uint8_t *bios, size_t size)
{
    uint64_t rom_size = (size + TCG_PAGE_SIZE - 1) & TCG_PAGE_MASK;
    uint8_t *img = malloc(rom_size);
    if (!img)
        return NULL;
    memset(img, 0xff, rom_size - size);
    memcpy(img + (rom_size - size), bios, size);
    MemRegion *rom = as_add_rom(as, "bios", BARE_4G - rom_size, rom_size, img, rom_size);
    free(img);
    if (!rom)
        return NULL;
    uint64_t low = rom_size < BARE_LOW_BIOS_MAX ? rom_size : BARE_LOW_BIOS_MAX;
    /* Priority 1: the low copy hides the RAM underneath, as on a PC whose chipset maps
     * the top of the 1 MiB window to the firmware. */
    if (!as_add_alias(as, "bios-low", BARE_1M - low, rom, rom_size - low, low, 1))
        return NULL;
    return rom;
}

static void bare_halted_message(CPUX86State *env)
{
    fflush(stdout);
    fprintf(stderr, "tern: CPU halted with %s at %04x:%08" PRIx64 "\n",
            (env->eflags & IF_MASK) ? "no interrupt source to wake it" : "interrupts disabled",
            env->segs[R_CS].selector & 0xffff, env->eip);
}

int bare_run(const BareConfig *cfg)
{
    AddressSpace *as = bare_as = as_new();
    if (!as) {
        fprintf(stderr, "tern: out of memory\n");
        return BARE_EXIT_SETUP;
    }
    if (!as_add_ram(as, "ram", 0, cfg->ram_size) || !bare_map_bios(as, cfg->bios, cfg->bios_size)) {
        fprintf(stderr, "tern: %s\n", as_error(as)[0] ? as_error(as) : "out of memory");
        as_free(as);
        bare_as = NULL;
        return BARE_EXIT_SETUP;
    }
    bare_debugcon = debugcon_new(as, 0xe9, stdout);
    bare_debug_exit = isa_debug_exit_new(as, 0xf4, bare_request_exit, NULL);
    CPUX86State *env = bare_env = calloc(1, sizeof(*env));
    if (!bare_debugcon || !bare_debug_exit || !env) {
        fprintf(stderr, "tern: out of memory\n");
        return BARE_EXIT_SETUP;
    }
    /* No interrupt controller: a HLT with IF=1 can never be woken on this board. */
    x86_get_irq_vector = NULL;
    x86_irq_opaque = NULL;
    x86_cpu_init(env, as);
    x86_cpu_reset(env);
    bare_count_insns = cfg->count_insns;
    bare_gdb = cfg->gdb;
    if (bare_gdb)
        gdbstub_start(bare_gdb, env, cfg->wait_gdb);

    int status;
    for (;;) {
        int reason = x86_cpu_exec(env);
        if (gdbstub_handle_exit(bare_gdb, reason))
            continue;
        if (reason == EXCP_INTERRUPT) {
            /* A reset request restarts the CPU at the reset vector (x86_cpu_reset clears
             * the request); an exit request needs no servicing on this board. */
            if (env->interrupt_request & CPU_INTERRUPT_RESET)
                x86_cpu_reset(env);
            continue;
        }
        if (reason == EXCP_HALTED || reason == EXCP_HLT) {
            bare_halted_message(env);
            status = BARE_EXIT_HALTED;
        } else if (reason == EXCP_TRIPLE_FAULT) {
            fflush(stdout);
            fprintf(stderr, "tern: triple fault\n");
            x86_dump_state(env, stderr_line, NULL);
            status = BARE_EXIT_TRIPLE_FAULT;
        } else {
            fflush(stdout);
            fprintf(stderr, "tern: the CPU stopped for a reason the bare machine does not "
                    "handle (0x%x)\n", reason);
            x86_dump_state(env, stderr_line, NULL);
            status = BARE_EXIT_INTERNAL;
        }
        break;
    }
    bare_finish(status);
    gdbstub_close(bare_gdb);
    bare_gdb = NULL;
    debugcon_free(bare_debugcon);
    isa_debug_exit_free(bare_debug_exit);
    free(bare_env);
    as_free(bare_as);
    bare_env = NULL;
    bare_as = NULL;
    return status;
}
