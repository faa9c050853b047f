/* backenddiff: the JIT against the interpreter (the reference). Each case is random guest
 * code (backenddiff_gen.c) run twice per backend from the same initial state:
 *   1. traced: the execution loop returns after every TB (-d exec mode), and the whole
 *      guest state - registers, lazy-flag fields, EFLAGS, segments, control registers,
 *      and a hash of the memory the code can touch - is recorded before each TB;
 *   2. chained: the normal loop (TBs chained, indirect jumps through lookup_and_goto),
 *      comparing the final state.
 * Then a test of exit requests: chained loops that only an exit request (from a timer
 * signal, as a device deadline would) can stop, at a TB boundary with consistent state.
 * Exit status 0 when everything agrees. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "backenddiff.h"
#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "machine/memory.h"
#include "tcg/backend.h"
#include "tcg/log.h"
#include "tcg/tb.h"

#define TRACE_BUDGET 20000 /* TBs per traced run: random code may loop */
#define RUN_TIMEOUT_S 10

typedef struct Snap {
    uint64_t regs[8], eip, cc_dst, cc_src, cc_src2, eflags_raw;
    uint32_t cc_op, eflags, hflags;
    int32_t df;
    uint32_t sel[6], limit[6], flags[6];
    uint64_t base[6];
    uint64_t cr[5];
    uint64_t mem_hash;
} Snap;

typedef struct Run {
    Snap *snaps;
    size_t n, cap;
    Snap final;
    int reason;
    bool timed_out;
} Run;

static AddressSpace *as;
static uint8_t *ram;
static CPUX86State cpu;
static CPUX86State *const env = &cpu;
static Run *cur_run;
static volatile sig_atomic_t timed_out;
static bool verbose;

/* ---- guest state ---- */

static uint64_t fnv(uint64_t h, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ull;
    return h;
}

static void take_snap(Snap *s)
{
    memset(s, 0, sizeof(*s));
    for (int i = 0; i < 8; i++)
        s->regs[i] = env->regs[i];
    s->eip = env->eip;
    s->cc_dst = env->cc_dst;
    s->cc_src = env->cc_src;
    s->cc_src2 = env->cc_src2;
    s->cc_op = env->cc_op;
    s->df = env->df;
    s->eflags_raw = env->eflags;
    s->eflags = x86_get_eflags(env);
    s->hflags = env->hflags;
    for (int i = 0; i < 6; i++) {
        s->sel[i] = env->segs[i].selector;
        s->limit[i] = env->segs[i].limit;
        s->flags[i] = env->segs[i].flags;
        s->base[i] = env->segs[i].base;
    }
    memcpy(s->cr, env->cr, sizeof(s->cr));
    uint64_t h = 0xcbf29ce484222325ull;
    h = fnv(h, ram + BD_FAULTS, 64);
    h = fnv(h, ram + BD_CODE, BD_CODE_SIZE);
    h = fnv(h, ram + BD_DATA, BD_DATA_SIZE);
    h = fnv(h, ram + BD_STACK, BD_STACK_TOP - BD_STACK);
    s->mem_hash = h;
}

/* -d exec prints one "Trace" line before each TB: record the state there. */
static ssize_t trace_write(void *cookie, const char *buf, size_t size)
{
    (void)cookie;
    Run *r = cur_run;
    for (size_t i = 0; r && i + 5 <= size; i++) {
        if (memcmp(buf + i, "Trace", 5) != 0)
            continue;
        if (r->n == r->cap) {
            r->cap = r->cap ? r->cap * 2 : 1024;
            r->snaps = realloc(r->snaps, r->cap * sizeof(Snap));
            if (!r->snaps) {
                fprintf(stderr, "backenddiff: out of memory\n");
                exit(2);
            }
        }
        take_snap(&r->snaps[r->n++]);
        if (r->n == TRACE_BUDGET)
            x86_cpu_interrupt(env, CPU_INTERRUPT_EXIT);
    }
    return (ssize_t)size;
}

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    x86_cpu_interrupt(env, CPU_INTERRUPT_EXIT);
}

static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

/* GDT, IDT and the fault handler: count the fault, give up after BD_MAX_FAULTS, else
 * drop the frame and resume at the next code segment (SDM vol. 3, 6.12: the frame holds
 * EIP, CS, EFLAGS and for some vectors an error code). */
static void write_system_area(void)
{
    uint8_t *p = ram;
    put32(p + BD_GDT + 8, 0x0000ffff);
    put32(p + BD_GDT + 12, 0x00cf9b00);
    put32(p + BD_GDT + 16, 0x0000ffff);
    put32(p + BD_GDT + 20, 0x00cf9300);
    for (uint32_t v = 0; v < 32; v++) {
        uint32_t stub = BD_STUBS + 16 * v;
        put32(p + BD_IDT + 8 * v, (stub & 0xffff) | BD_SEL_CODE << 16);
        put32(p + BD_IDT + 8 * v + 4, (stub & 0xffff0000u) | 0x8e00);
        uint8_t *s = p + stub;
        bool err = v == 8 || (v >= 10 && v <= 14) || v == 17;
        unsigned n = 0;
        if (!err) {
            s[n++] = 0x6a; /* push 0 */
            s[n++] = 0;
        }
        s[n++] = 0x6a; /* push v */
        s[n++] = (uint8_t)v;
        s[n++] = 0xe9; /* jmp handler */
        put32(s + n, BD_HANDLER - (stub + n + 4));
    }
    static const uint8_t h[] = {
        0x6a, BD_SEL_DATA, 0x1f,                     /* push 0x10; pop ds */
        0xff, 0x05, 0, 0, 0, 0,                      /* inc dword [faults] */
        0x83, 0x3d, 0, 0, 0, 0, BD_MAX_FAULTS,       /* cmp dword [faults], max */
        0x77, 0x1f,                                  /* ja halt */
        0x8b, 0x44, 0x24, 0x08,                      /* mov eax, [esp+8]: EIP */
        0x83, 0xc4, 0x14,                            /* add esp, 20 */
        0x2d, 0, 0, 0, 0,                            /* sub eax, code */
        0x3d, 0, 0, 0, 0,                            /* cmp eax, nseg*256 */
        0x73, 0x0c,                                  /* jae halt */
        0x25, 0x00, 0xff, 0xff, 0xff,                /* and eax, ~255 */
        0x05, 0, 0, 0, 0,                            /* add eax, code + 256 */
        0xff, 0xe0,                                  /* jmp eax */
        0xf4, 0xeb, 0xfd,                            /* halt: hlt; jmp halt */
    };
    memcpy(p + BD_HANDLER, h, sizeof(h));
    put32(p + BD_HANDLER + 5, BD_FAULTS);
    put32(p + BD_HANDLER + 11, BD_FAULTS);
    put32(p + BD_HANDLER + 26, BD_CODE);
    put32(p + BD_HANDLER + 31, BD_NSEG * BD_SEG_SIZE);
    put32(p + BD_HANDLER + 43, BD_CODE + BD_SEG_SIZE);
}

static void reset_cpu(const uint32_t regs[8], uint32_t eflags, uint32_t eip)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_B_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    x86_cpu_init(env, as);
    env->cr[0] = CR0_PE | CR0_ET | CR0_NE;
    env->gdt.base = BD_GDT;
    env->gdt.limit = 0x17;
    env->idt.base = BD_IDT;
    env->idt.limit = 32 * 8 - 1;
    x86_load_seg_cache(env, R_CS, BD_SEL_CODE, 0, 0xffffffff, code);
    for (int s = 0; s < 6; s++)
        if (s != R_CS)
            x86_load_seg_cache(env, s, BD_SEL_DATA, 0, 0xffffffff, data);
    for (int r = 0; r < 8; r++)
        env->regs[r] = regs[r];
    env->eip = eip;
    x86_set_eflags(env, (eflags & 0x0cd5) | 2, 0xffffffff);
    x86_update_hflags(env);
}

static void use_backend(const TCGBackend *b)
{
    tb_flush_all(); /* drops the previous backend's code with it */
    tcg_backend = b;
    tb_flush_all();
}

static void run_case(const BdCase *c, const TCGBackend *b, bool trace, Run *out)
{
    static FILE *trace_file;
    if (!trace_file) {
        cookie_io_functions_t io = { .write = trace_write };
        trace_file = fopencookie(NULL, "w", io);
        if (!trace_file) {
            perror("backenddiff: fopencookie");
            exit(2);
        }
        setvbuf(trace_file, NULL, _IOLBF, 0);
    }
    use_backend(b);
    memset(ram, 0, BD_RAM_SIZE);
    write_system_area();
    memcpy(ram + BD_CODE, c->code, BD_CODE_SIZE);
    memcpy(ram + BD_DATA, c->data, BD_DATA_SIZE);
    reset_cpu(c->regs, c->eflags, BD_CODE);

    out->n = 0;
    out->timed_out = false;
    cur_run = trace ? out : NULL;
    tern_log_mask = trace ? LOG_EXEC : 0;
    tern_log_file = trace ? trace_file : NULL;
    timed_out = 0;
    alarm(RUN_TIMEOUT_S);
    out->reason = x86_cpu_exec(env);
    alarm(0);
    fflush(trace_file);
    tern_log_mask = 0;
    tern_log_file = NULL;
    cur_run = NULL;
    env->interrupt_request = 0;
    out->timed_out = timed_out;
    take_snap(&out->final);
}

#define FIELD_CMP(name, fmt, expr) do { \
        if (a->expr != b->expr) { \
            fprintf(stderr, "  %-10s interp " fmt "  jit " fmt "\n", name, a->expr, b->expr); \
            diff = true; \
        } \
    } while (0)

static bool snap_diff(const Snap *a, const Snap *b)
{
    static const char *const rn[8] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };
    bool diff = false;
    for (int i = 0; i < 8; i++)
        FIELD_CMP(rn[i], "%016" PRIx64, regs[i]);
    FIELD_CMP("eip", "%016" PRIx64, eip);
    FIELD_CMP("eflags", "%08" PRIx32, eflags);
    FIELD_CMP("eflags_raw", "%016" PRIx64, eflags_raw);
    FIELD_CMP("cc_op", "%08" PRIx32, cc_op);
    FIELD_CMP("cc_dst", "%016" PRIx64, cc_dst);
    FIELD_CMP("cc_src", "%016" PRIx64, cc_src);
    FIELD_CMP("cc_src2", "%016" PRIx64, cc_src2);
    FIELD_CMP("df", "%d", df);
    FIELD_CMP("hflags", "%08" PRIx32, hflags);
    for (int i = 0; i < 6; i++) {
        FIELD_CMP("sel", "%04" PRIx32, sel[i]);
        FIELD_CMP("base", "%016" PRIx64, base[i]);
        FIELD_CMP("limit", "%08" PRIx32, limit[i]);
        FIELD_CMP("segflags", "%08" PRIx32, flags[i]);
    }
    for (int i = 0; i < 5; i++)
        FIELD_CMP("cr", "%016" PRIx64, cr[i]);
    FIELD_CMP("memory", "hash %016" PRIx64, mem_hash);
    return diff;
}

static void dump_code(const BdCase *c, uint64_t eip)
{
    if (eip < BD_CODE || eip >= BD_CODE + BD_CODE_SIZE)
        return;
    uint32_t seg = (uint32_t)(eip - BD_CODE) / BD_SEG_SIZE;
    fprintf(stderr, "  code segment %u (at %#x):", seg, BD_CODE + seg * BD_SEG_SIZE);
    for (uint32_t i = 0; i < BD_SEG_SIZE; i++)
        fprintf(stderr, "%s%02x", i % 32 ? " " : "\n    ", c->code[seg * BD_SEG_SIZE + i]);
    fprintf(stderr, "\n");
}

/* Returns true when the two runs agree. */
static bool compare_runs(const BdCase *c, const Run *ri, const Run *rj, bool trace)
{
    if (trace) {
        size_t n = ri->n < rj->n ? ri->n : rj->n;
        for (size_t i = 0; i < n; i++) {
            if (memcmp(&ri->snaps[i], &rj->snaps[i], sizeof(Snap)) == 0)
                continue;
            fprintf(stderr, "backenddiff: seed %" PRIu64 ": state differs before TB #%zu "
                    "(previous TB started at eip %#" PRIx64 "):\n", c->seed, i,
                    i ? ri->snaps[i - 1].eip : (uint64_t)BD_CODE);
            snap_diff(&ri->snaps[i], &rj->snaps[i]);
            dump_code(c, i ? ri->snaps[i - 1].eip : BD_CODE);
            return false;
        }
        if (ri->n != rj->n) {
            fprintf(stderr, "backenddiff: seed %" PRIu64 ": %zu TBs under the interpreter, "
                    "%zu under the JIT\n", c->seed, ri->n, rj->n);
            return false;
        }
    }
    if (ri->reason != rj->reason || snap_diff(&ri->final, &rj->final)) {
        fprintf(stderr, "backenddiff: seed %" PRIu64 ": %s run ends differently (reason "
                "%#x / %#x)\n", c->seed, trace ? "traced" : "chained", ri->reason, rj->reason);
        dump_code(c, ri->final.eip);
        return false;
    }
    return true;
}

/* ---- exit requests ---- */

/* Chained loops that never end by themselves; a timer signal raises an exit request
 * (as a device deadline does) and the loop must return at a TB entry with the state of a
 * completed iteration. Each loop keeps EDX = EAX * (EAX + 1) / 2 at its head. */
static bool test_exit_requests(const TCGBackend *b, const char *name)
{
    static const uint8_t loops[3][32] = {
        /* direct: L: inc eax; add edx, eax; jmp L */
        { 0x40, 0x01, 0xc2, 0xeb, 0xfb },
        /* through lookup_and_goto: L: inc eax; add edx, eax; mov ecx, L; jmp ecx */
        { 0x40, 0x01, 0xc2, 0xb9, 0x00, 0x00, 0x01, 0x00, 0xff, 0xe1 },
        /* a branch inside the TB and a store: L: inc eax; add edx, eax; mov [ebx], edx;
         * test eax, 1; jz L; jmp L */
        { 0x40, 0x01, 0xc2, 0x89, 0x13, 0xa9, 0x01, 0x00, 0x00, 0x00, 0x74, 0xf4, 0xeb, 0xf2 },
    };
    bool ok = true;
    for (int k = 0; k < 3; k++) {
        use_backend(b);
        memset(ram, 0, BD_RAM_SIZE);
        write_system_area();
        memcpy(ram + BD_CODE, loops[k], sizeof(loops[k]));
        uint32_t regs[8] = { 0, 0, 0, BD_DATA_PTR, BD_STACK_TOP, 0, 0, 0 };
        reset_cpu(regs, 0, BD_CODE);
        for (int round = 0; round < 4; round++) {
            uint64_t before = env->regs[R_EAX];
            struct itimerval it = { { 0, 0 }, { 0, 20000 } };
            timed_out = 0;
            setitimer(ITIMER_REAL, &it, NULL);
            int reason = x86_cpu_exec(env);
            uint32_t eax = (uint32_t)env->regs[R_EAX], edx = (uint32_t)env->regs[R_EDX];
            uint32_t want = (uint32_t)((uint64_t)eax * (eax + 1) / 2);
            /* Loop 2 has two TBs: the one at the JMP may be the one stopped at. */
            bool at_head = env->eip == BD_CODE || (k == 2 && env->eip == BD_CODE + 12);
            if (reason != EXCP_INTERRUPT || !at_head || edx != want ||
                eax <= (uint32_t)before) {
                fprintf(stderr, "backenddiff: %s: exit request in loop %d round %d: reason %#x, "
                        "eip %#" PRIx64 ", eax %#x edx %#x (want %#x)\n", name, k, round,
                        reason, env->eip, eax, edx, want);
                ok = false;
                break;
            }
            if (verbose)
                printf("  %s loop %d: stopped after %u iterations\n", name, k,
                       eax - (uint32_t)before);
        }
    }
    return ok;
}

static void usage(void)
{
    fputs("usage: backenddiff [--count N] [--seed S] [--small-buffer] [--verbose]\n"
          "  --count N       random cases (default 300)\n"
          "  --seed S        first seed (default 1)\n"
          "  --small-buffer  64 KiB code buffers: flushes in the middle of runs\n", stderr);
}

int main(int argc, char **argv)
{
    uint64_t count = 300, seed = 1;
    bool small = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--count") && i + 1 < argc)
            count = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--small-buffer"))
            small = true;
        else if (!strcmp(argv[i], "--verbose"))
            verbose = true;
        else {
            usage();
            return 2;
        }
    }
    if (small) {
        tcg_interp_set_buffer_size(64 << 10);
        tcg_jit_set_buffer_size(64 << 10);
    }
    tcg_backend_interp.init();
    tcg_backend_x86_64.init();
    as = as_new();
    MemRegion *mr = as ? as_add_ram(as, "ram", 0, BD_RAM_SIZE) : NULL;
    if (!mr) {
        fprintf(stderr, "backenddiff: cannot create guest RAM\n");
        return 2;
    }
    ram = mr->host;
    x86_get_irq_vector = NULL;
    x86_irq_opaque = NULL;
    signal(SIGALRM, on_alarm);
    /* IR globals: the translator's first (x86_cpu_init), then the IR generator's. */
    reset_cpu((const uint32_t[8]){ 0 }, 0, BD_CODE);
    bd_ir_init();
    uint64_t ir_bad = bd_ir_run(env, ram, count * 4, seed, verbose);

    static BdCase c;
    Run ri = { 0 }, rj = { 0 };
    uint64_t bad = 0, tbs = 0, skipped = 0, faults = 0;
    for (uint64_t n = 0; n < count; n++) {
        bd_gen_case(&c, seed + n);
        bool ok = true;
        for (int trace = 1; trace >= 0 && ok; trace--) {
            run_case(&c, &tcg_backend_interp, trace, &ri);
            run_case(&c, &tcg_backend_x86_64, trace, &rj);
            if (ri.timed_out || rj.timed_out) {
                if (verbose)
                    printf("  seed %" PRIu64 ": %s run timed out at eip %#" PRIx64 "\n", c.seed,
                           trace ? "traced" : "chained", ri.timed_out ? ri.final.eip : rj.final.eip);
                skipped++;
                break;
            }
            ok = compare_runs(&c, &ri, &rj, trace);
            if (trace)
                tbs += ri.n;
        }
        uint32_t f;
        memcpy(&f, ram + BD_FAULTS, 4);
        faults += f;
        if (!ok && ++bad >= 5)
            break;
    }
    bool exits_ok = test_exit_requests(&tcg_backend_interp, "interp") &&
                    test_exit_requests(&tcg_backend_x86_64, "jit");
    printf("backenddiff: %" PRIu64 " x86 cases, %" PRIu64 " TBs compared, %" PRIu64 " faults "
           "taken, %" PRIu64 " mismatches, %" PRIu64 " skipped (timeout); %" PRIu64 " IR cases, "
           "%" PRIu64 " mismatches; exit requests %s\n", count, tbs, faults, bad, skipped,
           count * 4, ir_bad, exits_ok ? "ok" : "FAILED");
    return bad || ir_bad || !exits_ok || skipped * 10 > count ? 1 : 0;
}
