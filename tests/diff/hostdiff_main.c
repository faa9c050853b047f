/* hostdiff: the command line, the comparison of a native and a Tern run (GPRs, the EFLAGS
 * bits the SDM defines at that point, the data area, the exception), the report of a
 * mismatch with a Capstone disassembly, and the minimizer that shrinks a failing case. */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "hd_common.h"
#include "hostdiff.h"

static const char *const reg_names[8] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi" };

typedef struct Options {
    uint64_t count, seed;
    int len;
    const char *accel;
    bool verbose, native_only;
} Options;

static csh capstone;
static bool have_capstone;

/* Flag bits as letters, for the undefined masks and the differing bits. */
static const char *flag_text(uint32_t f)
{
    static char buf[64];
    static const struct { uint32_t bit; const char *name; } names[] = {
        { HD_CF, "CF" }, { HD_PF, "PF" }, { HD_AF, "AF" }, { HD_ZF, "ZF" },
        { HD_SF, "SF" }, { HD_DF, "DF" }, { HD_OF, "OF" }, { HD_NT, "NT" }, { HD_ID, "ID" },
    };
    buf[0] = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (f & names[i].bit) {
            strcat(buf, buf[0] ? " " : "");
            strcat(buf, names[i].name);
        }
    return buf[0] ? buf : "-";
}

/* The instruction an exception reported at eip belongs to: the one starting there for a
 * fault, the one ending there for a trap (#OF from INTO, which changes no flags: SDM
 * vol. 3, table 6-1 and vol. 2A INTO). */
static int insn_at(const HdProgram *p, uint32_t eip, int vector)
{
    for (int i = 0; i < p->ninsn; i++) {
        uint32_t start = HD_SEQ_ADDR + p->insn[i].off;
        if (vector == 4 ? start + p->insn[i].len == eip : start == eip)
            return i;
    }
    return -1;
}

/* Compares a native and a Tern result; writes what differs into out (empty if nothing). */
static bool compare(const HdProgram *p, const HdResult *n, const HdResult *t, char *out, size_t len)
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
            SAY("  native faulted at %#x\n", n->eip);
        if (t->vector >= 0)
            SAY("  tern faulted at %#x\n", t->eip);
        return false;
    }
    uint16_t undef = p->undef_end;
    uint32_t skip_lo = 0, skip_hi = 0;
    if (n->vector >= 0) {
        if (n->eip != t->eip) {
            SAY("  exception %d at eip: native %#x, tern %#x\n", n->vector, n->eip, t->eip);
            return false;
        }
        int i = insn_at(p, n->eip, n->vector);
        undef = i >= 0 ? p->insn[i].undef : HD_STATUS;
        /* Tern's exception frame sits just below the faulting ESP */
        skip_hi = n->st.reg[HD_ESP];
        skip_lo = skip_hi - 16;
    }
    for (int r = 0; r < 8; r++)
        if (n->st.reg[r] != t->st.reg[r])
            SAY("  %s: native %08x tern %08x (xor %08x)\n", reg_names[r], n->st.reg[r],
                t->st.reg[r], n->st.reg[r] ^ t->st.reg[r]);
    uint32_t mask = (HD_STATUS & ~undef) | HD_SYSBITS;
    uint32_t fd = (n->st.eflags ^ t->st.eflags) & mask;
    if (fd)
        SAY("  eflags: native %08x tern %08x, differing defined bits: %s\n", n->st.eflags,
            t->st.eflags, flag_text(fd));
    int shown = 0;
    for (uint32_t i = 0; i < HD_DATA_SIZE; i++) {
        uint32_t addr = HD_DATA_BASE + i;
        if (n->data[i] == t->data[i] || (addr >= skip_lo && addr < skip_hi))
            continue;
        if (shown++ < 16)
            SAY("  memory %08x: native %02x tern %02x\n", addr, n->data[i], t->data[i]);
    }
    if (shown > 16)
        SAY("  ... %d differing bytes in all\n", shown);
    return w == 0;
#undef SAY
}

static void print_program(const HdCase *c, const HdProgram *p)
{
    for (int i = 0; i < p->ninsn; i++) {
        const HdInsn *in = &p->insn[i];
        char bytes[48] = "", text[208] = "(capstone unavailable)";
        for (int k = 0; k < in->len && k < 15; k++)
            sprintf(bytes + 3 * k, "%02x ", p->code[in->off + k]);
        if (have_capstone) {
            cs_insn *ci;
            size_t n = cs_disasm(capstone, p->code + in->off, in->len, HD_SEQ_ADDR + in->off, 1, &ci);
            if (n == 1)
                snprintf(text, sizeof text, "%s %s", ci->mnemonic, ci->op_str);
            else
                snprintf(text, sizeof text, "(capstone cannot decode)");
            if (n)
                cs_free(ci, n);
        }
        printf("  %08x  %-30s %-36s item %d %s, undefined before: %s\n", HD_SEQ_ADDR + in->off,
               bytes, text, in->item, hd_form_name(c->item[in->item].form), flag_text(in->undef));
    }
    printf("  undefined at the end: %s\n", flag_text(p->undef_end));
}

static void print_state(const char *title, const HdState *s)
{
    printf("  %s:", title);
    for (int r = 0; r < 8; r++)
        printf(" %s=%08x", reg_names[r], s->reg[r]);
    printf(" eflags=%08x\n", s->eflags);
}

static HdProgram prog;
static HdResult nres, tres;
static char diff[8192];
static int input_no;          /* the input set of the last run */
static bool counting;         /* count exceptions (not while minimizing) */
static uint64_t exceptions, by_vector[32];

static void print_case(const HdCase *c, const HdProgram *p, const HdResult *n, const HdResult *t,
                       const char *diff)
{
    print_program(c, p);
    printf("  input set %d%s\n", input_no, input_no ? " (run on the TBs the first set left)" : "");
    print_state("input", &c->in[input_no]);
    print_state("native", &n->st);
    if (n->vector >= 0)
        printf("  native: exception %d at %08x\n", n->vector, n->eip);
    print_state("tern  ", &t->st);
    if (t->vector >= 0)
        printf("  tern: exception %d at %08x\n", t->vector, t->eip);
    printf("%s", diff);
}

/* Runs every input set; stops at the first that differs. */
static bool run_case(const HdCase *c, const bool *keep)
{
    hd_assemble(c, keep, &prog);
    for (input_no = 0; input_no < HD_NINPUTS; input_no++) {
        hd_native_submit(&prog, &c->in[input_no], c->data[input_no]);
        hd_tern_run(&prog, &c->in[input_no], c->data[input_no], &tres);
        hd_native_collect(&nres);
        if (counting && nres.vector >= 0) {
            exceptions++;
            if (nres.vector < 32)
                by_vector[nres.vector]++;
        }
        if (!compare(&prog, &nres, &tres, diff, sizeof diff))
            return false;
    }
    input_no = HD_NINPUTS - 1;
    return true;
}

/* Shortest failing prefix, then drop single items while it still fails. */
static bool run_case_cb(const bool *keep, const void *c)
{
    return run_case(c, keep);
}

static void minimize(const HdCase *c)
{
    static bool keep[HD_MAX_ITEMS];
    int left = hd_minimize(c->nitems, keep, run_case_cb, c);
    if (left < 0) {
        printf("  (the failure did not reproduce while minimizing)\n");
        return;
    }
    printf("  minimized to %d item%s:\n", left, left == 1 ? "" : "s");
    print_case(c, &prog, &nres, &tres, diff);
}

/* meson's exit status for a skipped test */
#define EXIT_SKIP 77

/* Sequences whose outcome is known, run natively: the harness itself must work before
 * its comparisons mean anything. Returns 0, EXIT_SKIP when the host cannot run 32-bit
 * code at all, or 2. */
static int self_check(void)
{
    static HdProgram p;
    static uint8_t data[HD_DATA_SIZE];
    HdResult r;
    HdState in = { { 1, 2, 3, HD_DATA_PTR, HD_STACK_TOP, 6, 7, 8 }, 0x2 | HD_CF };
    bool ok = true;
    /* the empty sequence: only the mode switches */
    p.len = 0;
    hd_native_run(&p, &in, data, &r);
    if (r.error[0] || r.vector != -1 || r.st.reg[HD_EDI] != 8) {
        fprintf(stderr, "hostdiff: this host does not run 32-bit compatibility-mode code "
                "(kernel without IA-32 emulation?): %s; skipped\n",
                r.error[0] ? r.error : "wrong registers");
        return EXIT_SKIP;
    }
    /* mov eax, 0x7fffffff; add eax, 1: OF SF AF PF set, ZF CF clear */
    static const uint8_t add[] = { 0xB8, 0xFF, 0xFF, 0xFF, 0x7F, 0x83, 0xC0, 0x01 };
    memcpy(p.code, add, sizeof add);
    p.len = sizeof add;
    hd_native_run(&p, &in, data, &r);
    if (r.error[0] || r.vector != -1 || r.st.reg[HD_EAX] != 0x80000000u ||
        (r.st.eflags & HD_STATUS) != (HD_OF | HD_SF | HD_AF | HD_PF) ||
        r.st.reg[HD_ECX] != 2 || r.st.reg[HD_EDI] != 8) {
        fprintf(stderr, "hostdiff: self-check 'add' failed natively: %s eax=%08x eflags=%08x\n",
                r.error, r.st.reg[HD_EAX], r.st.eflags);
        ok = false;
    }
    /* xor edx, edx; div edx -> #DE at the DIV; push/pop on the data area stack */
    static const uint8_t de[] = { 0x6A, 0x55, 0x58, 0x31, 0xD2, 0xF7, 0xF2 };
    memcpy(p.code, de, sizeof de);
    p.len = sizeof de;
    hd_native_run(&p, &in, data, &r);
    if (r.error[0] || r.vector != 0 || r.eip != HD_SEQ_ADDR + 5 || r.st.reg[HD_EAX] != 0x55 ||
        r.data[HD_STACK_TOP - 4 - HD_DATA_BASE] != 0x55) {
        fprintf(stderr, "hostdiff: self-check '#DE' failed natively: %s vector %d at %08x\n",
                r.error, r.vector, r.eip);
        ok = false;
    }
    /* BSF with a zero source: does this host leave the destination alone? (SDM vol. 2A
     * BSF: "the content of the destination operand is undefined") */
    static const uint8_t bsf[] = { 0x31, 0xC9, 0x0F, 0xBC, 0xC1, 0x66, 0x0F, 0xBD, 0xD1 };
    memcpy(p.code, bsf, sizeof bsf);
    p.len = sizeof bsf;
    in.reg[HD_EAX] = 0x12345678;
    in.reg[HD_EDX] = 0x9ABCDEF0;
    hd_native_run(&p, &in, data, &r);
    hd_bsf_zero_keeps_dest = !r.error[0] && r.st.reg[HD_EAX] == 0x12345678 &&
                             r.st.reg[HD_EDX] == 0x9ABCDEF0;
    return ok ? 0 : 2;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: hostdiff [--count N] [--seed S] [--len L] [--accel interp|jit] [--verbose]\n"
               "                [--native-only]\n"
               "Runs N random sequences of L 32-bit integer instructions on the host CPU and in\n"
               "Tern and compares them. Sequence i uses seed S+i: '--seed S+i --count 1'\n"
               "reruns it alone.\n");
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
        } else if (!strcmp(a, "--len") && hd_parse_u64(v, &x) && x >= 1 && x <= HD_MAX_ITEMS) {
            o->len = (int)x;
            i++;
        } else if (!strcmp(a, "--accel") && v) {
            o->accel = v;
            i++;
        } else if (!strcmp(a, "--verbose")) {
            o->verbose = true;
        } else if (!strcmp(a, "--native-only")) {
            o->native_only = true;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else {
            fprintf(stderr, "hostdiff: bad argument '%s'\n", a);
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
    if (!hd_native_start(err, sizeof err)) {
        fprintf(stderr, "hostdiff: %s\n", err);
        return 2;
    }
    int st = self_check();
    if (st) {
        hd_native_stop();
        return st;
    }
    if (!o.native_only && !hd_tern_init(o.accel, err, sizeof err)) {
        fprintf(stderr, "hostdiff: %s\n", err);
        return 2;
    }
    have_capstone = cs_open(CS_ARCH_X86, CS_MODE_32, &capstone) == CS_ERR_OK;
    printf("hostdiff: %" PRIu64 " sequences of %d items, seeds %#" PRIx64 "..., accel %s, "
           "BSF/BSR zero source keeps the destination: %s\n", o.count, o.len, o.seed,
           o.native_only ? "none" : o.accel, hd_bsf_zero_keeps_dest ? "yes" : "no");

    static HdCase c;
    uint64_t passed = 0, failed = 0, insns = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (uint64_t i = 0; i < o.count; i++) {
        uint64_t seed = o.seed + i;
        hd_gen_case(&c, seed, o.len);
        if (o.native_only) {
            hd_assemble(&c, NULL, &prog);
            hd_native_run(&prog, &c.in[0], c.data[0], &nres);
            insns += (uint64_t)prog.ninsn;
            if (o.verbose) {
                printf("seed %#" PRIx64 ":\n", seed);
                print_program(&c, &prog);
                print_state("input", &c.in[0]);
                print_state("native", &nres.st);
                if (nres.vector >= 0)
                    printf("  native: exception %d at %08x\n", nres.vector, nres.eip);
            }
            if (nres.error[0]) {
                printf("seed %#" PRIx64 ": native runner: %s\n", seed, nres.error);
                failed++;
            } else {
                exceptions += nres.vector >= 0;
                if (nres.vector >= 0 && nres.vector < 32)
                    by_vector[nres.vector]++;
                passed++;
            }
            continue;
        }
        counting = true;
        bool ok = run_case(&c, NULL);
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
        if (failed <= 10) {
            printf("MISMATCH seed %#" PRIx64 " (rerun: hostdiff --seed %#" PRIx64
                   " --count 1 --len %d)\n", seed, seed, o.len);
            if (!o.verbose)
                print_case(&c, &prog, &nres, &tres, diff);
            minimize(&c);
        } else if (failed == 11) {
            printf("(further mismatches: seeds only)\n");
        }
        if (failed > 10)
            printf("MISMATCH seed %#" PRIx64 "\n", seed);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("hostdiff: %" PRIu64 " instructions x %d input sets, %.1f s; %" PRIu64 " runs ended "
           "in an exception:", insns, o.native_only ? 1 : HD_NINPUTS, secs, exceptions);
    for (int v = 0; v < 32; v++)
        if (by_vector[v])
            printf(" vector %d x%" PRIu64, v, by_vector[v]);
    printf("\n");
    if (!o.native_only)
        hd_tern_print_stats();
    printf("%" PRIu64 " passed, %" PRIu64 " failed\n", passed, failed);
    hd_native_stop();
    if (have_capstone)
        cs_close(&capstone);
    return failed ? 1 : 0;
}
