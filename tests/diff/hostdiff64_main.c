/* hostdiff64: the command line, the comparison of a native and a Tern run (16 GPRs, the
 * RFLAGS bits the SDM defines at that point, the data and near areas, the exception), the
 * report of a mismatch with a Capstone disassembly, and the minimizer. */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "hd_common.h"
#include "hostdiff64.h"
#include "tcg/log.h"

static const char *const reg_names[16] = {
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};

typedef struct Options {
    uint64_t count, seed;
    int len;
    const char *accel;
    bool verbose, native_only;
    const char *items; /* "1,2,4": run only these items of each case (a minimized one) */
} Options;

static csh capstone;
static bool have_capstone;

static const char *flag_text(uint32_t f)
{
    static char buf[64];
    static const struct { uint32_t bit; const char *name; } names[] = {
        { H64_CF, "CF" }, { H64_PF, "PF" }, { H64_AF, "AF" }, { H64_ZF, "ZF" },
        { H64_SF, "SF" }, { H64_DF, "DF" }, { H64_OF, "OF" },
    };
    buf[0] = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (f & names[i].bit) {
            strcat(buf, buf[0] ? " " : "");
            strcat(buf, names[i].name);
        }
    return buf[0] ? buf : "-";
}

/* The instruction a fault at rip belongs to. */
static int insn_at(const H64Program *p, uint64_t rip)
{
    for (int i = 0; i < p->ninsn; i++)
        if (H64_SEQ_ADDR + p->insn[i].off == rip)
            return i;
    return -1;
}

static bool compare(const H64Program *p, const H64Result *n, const H64Result *t, char *out,
                    size_t len)
{
    size_t w = 0;
#define SAY(...) (w += (size_t)snprintf(out + w, w < len ? len - w : 0, __VA_ARGS__))
    out[0] = 0;
    if (n->error[0])
        SAY("  native runner: %s\n", n->error);
    if (t->error[0])
        SAY("  tern runner: %s\n", t->error);
    if (w)
        return false;
    if (n->vector != t->vector) {
        SAY("  exception: native %d, tern %d (-1: none)\n", n->vector, t->vector);
        if (n->vector >= 0)
            SAY("  native faulted at %#" PRIx64 "\n", n->rip);
        if (t->vector >= 0)
            SAY("  tern faulted at %#" PRIx64 "\n", t->rip);
        return false;
    }
    uint16_t undef = p->undef_end;
    uint64_t skip_lo = 0, skip_hi = 0;
    if (n->vector >= 0) {
        if (n->rip != t->rip) {
            SAY("  exception %d at rip: native %#" PRIx64 ", tern %#" PRIx64 "\n", n->vector,
                n->rip, t->rip);
            return false;
        }
        int i = insn_at(p, n->rip);
        undef = i >= 0 ? p->insn[i].undef : H64_STATUS;
        /* Tern's frame (aligned to 16, 5 or 6 qwords) sits just below the faulting RSP */
        skip_hi = n->st.reg[R_SP];
        skip_lo = (skip_hi & ~15ull) - 48;
    }
    for (int r = 0; r < 16; r++)
        if (n->st.reg[r] != t->st.reg[r])
            SAY("  %s: native %016" PRIx64 " tern %016" PRIx64 " (xor %016" PRIx64 ")\n",
                reg_names[r], n->st.reg[r], t->st.reg[r], n->st.reg[r] ^ t->st.reg[r]);
    uint64_t mask = (H64_STATUS & ~undef) | H64_DF;
    uint64_t fd = (n->st.rflags ^ t->st.rflags) & mask;
    if (fd)
        SAY("  rflags: native %08" PRIx64 " tern %08" PRIx64 ", differing defined bits: %s\n",
            n->st.rflags, t->st.rflags, flag_text((uint32_t)fd));
    int shown = 0;
    for (uint32_t i = 0; i < H64_DATA_SIZE; i++) {
        uint64_t addr = H64_DATA_BASE + i;
        if (n->data[i] == t->data[i] || (addr >= skip_lo && addr < skip_hi))
            continue;
        if (shown++ < 16)
            SAY("  memory %016" PRIx64 ": native %02x tern %02x\n", addr, n->data[i], t->data[i]);
    }
    for (uint32_t i = 0; i < H64_NEAR_SIZE; i++) {
        if (n->near[i] == t->near[i])
            continue;
        if (shown++ < 16)
            SAY("  memory %016" PRIx64 ": native %02x tern %02x\n", H64_NEAR_BASE + i,
                n->near[i], t->near[i]);
    }
    if (shown > 16)
        SAY("  ... %d differing bytes in all\n", shown);
    return w == 0;
#undef SAY
}

static void print_program(const H64Case *c, const H64Program *p)
{
    for (int i = 0; i < p->ninsn; i++) {
        const H64Insn *in = &p->insn[i];
        char bytes[48] = "", text[208] = "(capstone unavailable)";
        for (int k = 0; k < in->len && k < 15; k++)
            sprintf(bytes + 3 * k, "%02x ", p->code[in->off + k]);
        if (have_capstone) {
            cs_insn *ci;
            size_t n = cs_disasm(capstone, p->code + in->off, in->len, H64_SEQ_ADDR + in->off, 1, &ci);
            if (n == 1)
                snprintf(text, sizeof text, "%s %s", ci->mnemonic, ci->op_str);
            else
                snprintf(text, sizeof text, "(capstone cannot decode)");
            if (n)
                cs_free(ci, n);
        }
        printf("  %08" PRIx64 "  %-30s %-40s item %d %s, undefined before: %s\n",
               H64_SEQ_ADDR + in->off, bytes, text, in->item,
               h64_form_name(c->item[in->item].form), flag_text(in->undef));
    }
    printf("  undefined at the end: %s\n", flag_text(p->undef_end));
}

static void print_state(const char *title, const H64State *s)
{
    printf("  %s:", title);
    for (int r = 0; r < 16; r++)
        printf("%s %s=%016" PRIx64, r == 8 ? "\n         " : "", reg_names[r], s->reg[r]);
    printf(" rflags=%08" PRIx64 "\n", s->rflags);
}

static H64Program prog;
static H64Result nres, tres;
static char diff[8192];
static int input_no;
static bool counting;
static uint64_t exceptions, by_vector[32];

static void print_case(const H64Case *c, const H64Program *p, const H64Result *n,
                       const H64Result *t, const char *d)
{
    print_program(c, p);
    printf("  input set %d%s\n", input_no, input_no ? " (run on the TBs the first set left)" : "");
    print_state("input", &c->in[input_no]);
    print_state("native", &n->st);
    if (n->vector >= 0)
        printf("  native: exception %d at %" PRIx64 "\n", n->vector, n->rip);
    print_state("tern  ", &t->st);
    if (t->vector >= 0)
        printf("  tern: exception %d at %" PRIx64 "\n", t->vector, t->rip);
    printf("%s", d);
}

static bool run_case(const H64Case *c, const bool *keep)
{
    h64_assemble(c, keep, &prog);
    for (input_no = 0; input_no < H64_NINPUTS; input_no++) {
        h64_native_submit(&prog, &c->in[input_no], c->data[input_no], c->near[input_no]);
        h64_tern_run(&prog, &c->in[input_no], c->data[input_no], c->near[input_no], &tres);
        h64_native_collect(&nres);
        if (counting && nres.vector >= 0) {
            exceptions++;
            if (nres.vector < 32)
                by_vector[nres.vector]++;
        }
        if (!compare(&prog, &nres, &tres, diff, sizeof diff))
            return false;
    }
    input_no = H64_NINPUTS - 1;
    return true;
}

/* Shortest failing prefix, then drop single items while it still fails. */
static bool run_case_cb(const bool *keep, const void *c)
{
    return run_case(c, keep);
}

static void minimize(const H64Case *c)
{
    static bool keep[H64_MAX_ITEMS];
    int left = hd_minimize(c->nitems, keep, run_case_cb, c);
    if (left < 0) {
        printf("  (the failure did not reproduce while minimizing)\n");
        return;
    }
    printf("  minimized to %d item%s:\n", left, left == 1 ? "" : "s");
    print_case(c, &prog, &nres, &tres, diff);
}

/* A sequence whose outcome is known, run natively: the harness must work before its
 * comparisons mean anything. */
static bool self_check(void)
{
    static H64Program p;
    static uint8_t data[H64_DATA_SIZE], near[H64_NEAR_SIZE];
    H64State in;
    H64Result r;
    memset(&in, 0, sizeof in);
    for (int i = 0; i < 16; i++)
        in.reg[i] = (uint64_t)i * 0x1111111111111111ull;
    in.reg[R_BX] = H64_DATA_PTR;
    in.reg[R_SP] = H64_STACK_TOP;
    in.rflags = 2;
    /* mov rax, 0x7fffffffffffffff; add rax, 1; push r15; xor edx, edx; div rdx (#DE at
     * the DIV, with the XOR's flags) */
    static const uint8_t seq[] = { 0x48, 0xB8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F,
                                   0x48, 0x83, 0xC0, 0x01, 0x41, 0x57, 0x31, 0xD2, 0x48, 0xF7,
                                   0xF2 };
    memcpy(p.code, seq, sizeof seq);
    p.len = sizeof seq;
    h64_native_submit(&p, &in, data, near);
    h64_native_collect(&r);
    if (r.error[0] || r.vector != 0 || r.rip != H64_SEQ_ADDR + 18 ||
        r.st.reg[R_AX] != 0x8000000000000000ull ||
        (r.st.rflags & H64_STATUS) != (H64_ZF | H64_PF) || /* from the XOR */
        r.st.reg[R_SP] != H64_STACK_TOP - 8 ||
        memcmp(r.data + (H64_STACK_TOP - 8 - H64_DATA_BASE), &in.reg[15], 8) != 0) {
        fprintf(stderr, "hostdiff64: self-check failed natively: %s vector %d at %#" PRIx64
                " rax=%016" PRIx64 " rflags=%08" PRIx64 "\n", r.error, r.vector, r.rip,
                r.st.reg[R_AX], r.st.rflags);
        return false;
    }
    return true;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: hostdiff64 [--count N] [--seed S] [--len L] [--accel interp|jit] [--verbose]\n"
               "                  [--native-only] [--log ITEMS] [--items I,J,...]\n"
               "Runs N random sequences of L 64-bit-mode integer instructions on the host CPU and\n"
               "in Tern (long mode) and compares them. Sequence i uses seed S+i: '--seed S+i\n"
               "--count 1' reruns it alone; --items keeps only the listed items of it (a minimized\n"
               "case). --log takes Tern's -d items (stderr).\n");
}

static void parse_args(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        uint64_t x;
        if (!strcmp(a, "--count") && hd_parse_u64(v, &o->count)) {
            i++;
        } else if (!strcmp(a, "--seed") && hd_parse_u64(v, &o->seed)) {
            i++;
        } else if (!strcmp(a, "--len") && hd_parse_u64(v, &x) && x >= 1 && x <= H64_MAX_ITEMS) {
            o->len = (int)x;
            i++;
        } else if (!strcmp(a, "--accel") && v) {
            o->accel = v;
            i++;
        } else if (!strcmp(a, "--log") && v) {
            /* Tern's -d items (in_asm, op, out_asm, exec, int...) for the Tern runs */
            char err[128];
            if (!tern_log_parse(v, &tern_log_mask, err, sizeof err)) {
                fprintf(stderr, "hostdiff64: --log: %s\n", err);
                exit(2);
            }
            i++;
        } else if (!strcmp(a, "--items") && v) {
            o->items = v;
            i++;
        } else if (!strcmp(a, "--verbose")) {
            o->verbose = true;
        } else if (!strcmp(a, "--native-only")) {
            o->native_only = true;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else {
            fprintf(stderr, "hostdiff64: bad argument '%s'\n", a);
            usage(stderr);
            exit(2);
        }
    }
}

int main(int argc, char **argv)
{
    Options o = { .count = 1000, .seed = 1, .len = 20, .accel = "interp" };
    parse_args(argc, argv, &o);
    setvbuf(stdout, NULL, _IOLBF, 0);
    char err[256];
    if (!h64_native_start(err, sizeof err)) {
        fprintf(stderr, "hostdiff64: %s\n", err);
        return 2;
    }
    if (!self_check()) {
        h64_native_stop();
        return 2;
    }
    if (!o.native_only && !h64_tern_init(o.accel, err, sizeof err)) {
        fprintf(stderr, "hostdiff64: %s\n", err);
        return 2;
    }
    have_capstone = cs_open(CS_ARCH_X86, CS_MODE_64, &capstone) == CS_ERR_OK;
    printf("hostdiff64: %" PRIu64 " sequences of %d items, seeds %#" PRIx64 "..., accel %s\n",
           o.count, o.len, o.seed, o.native_only ? "none" : o.accel);

    static H64Case c;
    uint64_t passed = 0, failed = 0, insns = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (uint64_t i = 0; i < o.count; i++) {
        uint64_t seed = o.seed + i;
        h64_gen_case(&c, seed, o.len);
        if (o.native_only) {
            h64_assemble(&c, NULL, &prog);
            h64_native_submit(&prog, &c.in[0], c.data[0], c.near[0]);
            h64_native_collect(&nres);
            insns += (uint64_t)prog.ninsn;
            if (o.verbose) {
                printf("seed %#" PRIx64 ":\n", seed);
                print_program(&c, &prog);
                print_state("native", &nres.st);
            }
            if (nres.error[0]) {
                printf("seed %#" PRIx64 ": native runner: %s\n", seed, nres.error);
                failed++;
            } else {
                passed++;
            }
            continue;
        }
        static bool keep[H64_MAX_ITEMS];
        if (o.items) {
            const char *q = o.items;
            memset(keep, 0, sizeof keep);
            while (*q) {
                char *end;
                unsigned long k = strtoul(q, &end, 0);
                if (end == q)
                    break;
                if (k < H64_MAX_ITEMS)
                    keep[k] = true;
                q = *end == ',' ? end + 1 : end;
            }
        }
        counting = true;
        bool ok = run_case(&c, o.items ? keep : NULL);
        counting = false;
        insns += (uint64_t)prog.ninsn;
        if (o.verbose) {
            printf("seed %#" PRIx64 ": %s\n", seed, ok ? "ok" : "MISMATCH");
            print_case(&c, &prog, &nres, &tres, diff);
        }
        if (ok) {
            passed++;
            continue;
        }
        failed++;
        if (failed <= 10 && o.items) {
            printf("MISMATCH seed %#" PRIx64 " items %s\n", seed, o.items);
            if (!o.verbose)
                print_case(&c, &prog, &nres, &tres, diff);
        } else if (failed <= 10) {
            printf("MISMATCH seed %#" PRIx64 " (rerun: hostdiff64 --seed %#" PRIx64
                   " --count 1 --len %d --accel %s)\n", seed, seed, o.len, o.accel);
            if (!o.verbose)
                print_case(&c, &prog, &nres, &tres, diff);
            minimize(&c);
        } else {
            if (failed == 11)
                printf("(further mismatches: seeds only)\n");
            printf("MISMATCH seed %#" PRIx64 "\n", seed);
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("hostdiff64: %" PRIu64 " instructions x %d input sets, %.1f s; %" PRIu64
           " runs ended in an exception:", insns, o.native_only ? 1 : H64_NINPUTS, secs,
           exceptions);
    for (int v = 0; v < 32; v++)
        if (by_vector[v])
            printf(" vector %d x%" PRIu64, v, by_vector[v]);
    printf("\n");
    if (!o.native_only)
        h64_tern_print_stats();
    printf("%" PRIu64 " passed, %" PRIu64 " failed\n", passed, failed);
    h64_native_stop();
    if (have_capstone)
        cs_close(&capstone);
    return failed ? 1 : 0;
}
