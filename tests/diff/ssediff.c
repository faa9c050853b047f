/* ssediff: random MMX/SSE/SSE2/SSE3/SSSE3/SSE4.1/SSE4.2 (+POPCNT, CRC32) sequences on the
 * host CPU and in Tern, compared bit for bit: XMM0-7, MMX/x87 registers with the x87 tag
 * word, TOP and status word (the MMX transitions), MXCSR with its sticky flags, the GPRs,
 * the six status flags, the data area, and the exception (#XM, #UD, #GP for misalignment,
 * #MF) with the instruction that raised it. RCPxS/RSQRTxS, whose results are only defined
 * within 1.5 * 2^-12, are checked alone against that bound.
 *
 *   ssediff [--count N] [--seed S] [--len L] [--accel interp|jit] [--verbose]
 *           [--only FORM]     (every item of that form, e.g. --only dpps)
 *           [--no-faults]     (masked exceptions, aligned operands: long runs to the end)
 *
 * Case i uses seed S+i; a mismatch prints the rerun command, the sequence, both results
 * and a minimized case. Exit status: 0 all passed, 1 a mismatch, 2 bad usage / setup, 77
 * skipped (the host lacks SSE4.2). */
#include <cpuid.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ssediff.h"

static bool verbose;

/* Fields of the FXSAVE image that both sides define: FCW, FSW, abridged FTW, MXCSR, the
 * 80-bit registers, XMM0-7 (not FOP/FIP/FDP, which the host keeps only on x87 errors). */
static bool fx_field(unsigned o)
{
    if (o < 5)
        return true;
    if (o >= 24 && o < 28)
        return true;
    if (o >= 32 && o < 160)
        return ((o - 32) % 16) < 10;
    return o >= 160 && o < 288;
}

static bool same(const SdResult *a, const SdResult *b, char *why, size_t n)
{
    if (a->vector != b->vector || (a->vector >= 0 && a->fault_off != b->fault_off)) {
        snprintf(why, n, "exception: host %d at +%#x, tern %d at +%#x", a->vector,
                 a->fault_off, b->vector, b->fault_off);
        return false;
    }
    for (int r = 0; r < 8; r++) {
        if (r == SD_ESP)
            continue;
        if (a->st.gpr[r] != b->st.gpr[r]) {
            snprintf(why, n, "gpr %d: host %08x tern %08x", r, a->st.gpr[r], b->st.gpr[r]);
            return false;
        }
    }
    if ((a->st.eflags ^ b->st.eflags) & SD_STATUS_FLAGS) {
        snprintf(why, n, "eflags: host %08x tern %08x", a->st.eflags, b->st.eflags);
        return false;
    }
    for (unsigned o = 0; o < 512; o++) {
        if (fx_field(o) && a->st.fx[o] != b->st.fx[o]) {
            const char *what = o < 2 ? "FCW" : o < 4 ? "FSW" : o < 5 ? "FTW" : o < 28 ? "MXCSR"
                               : o < 160 ? "ST/MM" : "XMM";
            unsigned idx = o >= 160 ? (o - 160) / 16 : o >= 32 ? (o - 32) / 16 : 0;
            snprintf(why, n, "%s %u (fxsave byte %u): host %02x tern %02x", what, idx, o,
                     a->st.fx[o], b->st.fx[o]);
            return false;
        }
    }
    for (unsigned o = 0; o < SD_DATA_SIZE; o++) {
        if (a->data[o] != b->data[o]) {
            snprintf(why, n, "data +%#x: host %02x tern %02x", o, a->data[o], b->data[o]);
            return false;
        }
    }
    return true;
}

static void print_program(const SdCase *c, const SdProgram *p)
{
    for (int i = 0; i < p->ninsn; i++) {
        const SdInsn *in = &p->insn[i];
        printf("  +%04x ", in->off);
        for (int k = 0; k < 12; k++) {
            if (k < in->len)
                printf("%02x ", p->code[in->off + k]);
            else
                printf("   ");
        }
        const SdItem *it = &c->item[in->item];
        printf(" %s", sd_form_name(it->form));
        if (it->mem)
            printf(" [ebx%+d]", it->disp);
        printf("\n");
    }
}

static void print_fx(const char *who, const SdState *st)
{
    uint32_t mx;
    memcpy(&mx, st->fx + 24, 4);
    printf("  %s: fcw %02x%02x fsw %02x%02x ftw %02x mxcsr %08x eflags %08x\n", who,
           st->fx[1], st->fx[0], st->fx[3], st->fx[2], st->fx[4], mx, st->eflags);
    printf("    gpr");
    for (int r = 0; r < 8; r++)
        printf(" %08x", st->gpr[r]);
    printf("\n");
    for (int i = 0; i < 8; i++) {
        uint64_t lo, hi, mm;
        uint16_t se;
        memcpy(&lo, st->fx + 160 + 16 * i, 8);
        memcpy(&hi, st->fx + 168 + 16 * i, 8);
        memcpy(&mm, st->fx + 32 + 16 * i, 8);
        memcpy(&se, st->fx + 40 + 16 * i, 2);
        printf("    xmm%d %016" PRIx64 ":%016" PRIx64 "  st%d %04x:%016" PRIx64 "\n", i, hi, lo,
               i, se, mm);
    }
}

/* One input set: 0 = same, 1 = mismatch (why filled), -1 = a runner failed. */
static int run_pair(const SdCase *c, int k, const bool *keep, SdResult *h, SdResult *t,
                    char *why, size_t n)
{
    static SdProgram pn, pt;
    sd_assemble(c, keep, &pn, true);
    sd_assemble(c, keep, &pt, false);
    sd_native_run(&pn, &c->in[k], c->data[k], h);
    sd_tern_run(&pt, &c->in[k], c->data[k], t);
    if (h->error[0] || t->error[0]) {
        snprintf(why, n, "runner: %.90s %.90s", h->error, t->error);
        return -1;
    }
    return same(h, t, why, n) ? 0 : 1;
}

static int fails(const SdCase *c, const bool *keep)
{
    static SdResult h, t;
    char why[200];
    for (int k = 0; k < SD_NINPUTS; k++)
        if (run_pair(c, k, keep, &h, &t, why, sizeof why) != 0)
            return 1;
    return 0;
}

static void report(const SdCase *c, int k, const SdResult *h, const SdResult *t,
                   const char *why, uint64_t seed, int len)
{
    static SdProgram p;
    printf("MISMATCH seed %" PRIu64 " input %d: %s\n", seed, k, why);
    printf("  rerun: ssediff --seed %" PRIu64 " --count 1 --len %d\n", seed, len);
    sd_assemble(c, NULL, &p, false);
    print_program(c, &p);
    print_fx("input", &c->in[k]);
    for (int i = 0; i < c->nitems; i++) {
        const SdItem *it = &c->item[i];
        int o = (int)(SD_DATA_PTR - SD_DATA_BASE) + it->disp;
        if (!it->mem || o < 0 || o + 16 > (int)SD_DATA_SIZE)
            continue;
        printf("    item %d memory [ebx%+d]:", i, it->disp);
        for (int b = 0; b < 16; b++)
            printf(" %02x", c->data[k][o + b]);
        printf("\n");
    }
    print_fx("host ", &h->st);
    print_fx("tern ", &t->st);
    /* minimize: drop items one at a time while it still fails */
    bool keep[SD_MAX_ITEMS];
    for (int i = 0; i < c->nitems; i++)
        keep[i] = true;
    for (int i = c->nitems - 1; i >= 0; i--) {
        keep[i] = false;
        if (!fails(c, keep))
            keep[i] = true;
    }
    printf("  minimized:\n");
    for (int i = 0; i < c->nitems; i++)
        if (keep[i])
            printf("    item %d: %s%s imm %02x\n", i, sd_form_name(c->item[i].form),
                   c->item[i].mem ? " (mem)" : "", c->item[i].imm);
}

/* RCPPS/RSQRTPS (and SS): each result within 2^-11 of the host's (both are within
 * 1.5 * 2^-12 of the true value), special results identical. */
static bool approx_ok(uint32_t h, uint32_t t)
{
    if (h == t)
        return true;
    if ((h & 0x7F800000u) == 0x7F800000u || (h & 0x7FFFFFFFu) == 0)
        return false;
    /* the tiny-result band is implementation-defined: a flushed zero is fine */
    if ((t & 0x7FFFFFFFu) == 0 && (h & 0x7F800000u) <= (2u << 23))
        return (t ^ h) >> 31 == 0;
    float fh, ft;
    memcpy(&fh, &h, 4);
    memcpy(&ft, &t, 4);
    return fabs((double)ft - (double)fh) <= ldexp(fabs((double)fh), -11);
}

static int run_approx(uint64_t seed0, unsigned count)
{
    static const char *names[] = { "rcpps", "rcpss", "rsqrtps", "rsqrtss" };
    unsigned forms[4], nf = 0;
    for (unsigned f = 0; f < sd_form_count(); f++)
        if (sd_form_is_approx(f) && nf < 4)
            forms[nf++] = f;
    int bad = 0;
    for (unsigned i = 0; i < count && bad < 10; i++) {
        static SdCase c;
        static SdResult h, t;
        static SdProgram pn, pt;
        uint64_t seed = seed0 + i;
        sd_gen_case(&c, seed, 1);
        c.item[0].form = (uint16_t)forms[i % nf];
        c.item[0].mem = false;
        sd_assemble(&c, NULL, &pn, true);
        sd_assemble(&c, NULL, &pt, false);
        sd_native_run(&pn, &c.in[0], c.data[0], &h);
        sd_tern_run(&pt, &c.in[0], c.data[0], &t);
        int d = c.item[0].reg & 7;
        bool ok = h.vector == t.vector && !h.error[0] && !t.error[0];
        for (unsigned o = 0; ok && o < 512; o++) {
            if (!fx_field(o) || (o >= 160 + 16u * (unsigned)d && o < 176 + 16u * (unsigned)d))
                continue;
            ok = h.st.fx[o] == t.st.fx[o];
        }
        for (int l = 0; ok && l < 4; l++) {
            uint32_t hv, tv;
            memcpy(&hv, h.st.fx + 160 + 16 * d + 4 * l, 4);
            memcpy(&tv, t.st.fx + 160 + 16 * d + 4 * l, 4);
            ok = approx_ok(hv, tv);
            if (!ok)
                printf("MISMATCH approx seed %" PRIu64 " %s lane %d: host %08x tern %08x\n",
                       seed, names[i % nf], l, hv, tv);
        }
        if (!ok) {
            bad++;
            if (!verbose)
                continue;
            print_fx("host ", &h.st);
            print_fx("tern ", &t.st);
        }
    }
    return bad;
}

int main(int argc, char **argv)
{
    uint64_t seed = 1;
    unsigned count = 20000;
    int len = 12;
    const char *accel = "interp";
    int only = -1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--count") && i + 1 < argc)
            count = (unsigned)strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--len") && i + 1 < argc)
            len = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--accel") && i + 1 < argc)
            accel = argv[++i];
        else if (!strcmp(argv[i], "--verbose"))
            verbose = true;
        else if (!strcmp(argv[i], "--no-faults"))
            sd_gen_no_faults = true;
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) {
            const char *name = argv[++i];
            for (unsigned f = 0; f < sd_form_count(); f++)
                if (!strcmp(sd_form_name(f), name))
                    only = (int)f;
            if (only < 0) {
                fprintf(stderr, "ssediff: no form '%s'\n", name);
                return 2;
            }
        } else {
            fprintf(stderr, "usage: ssediff [--count N] [--seed S] [--len L] "
                            "[--accel interp|jit] [--verbose] [--only FORM] [--no-faults]\n");
            return 2;
        }
    }
    if (len < 1 || len > SD_MAX_ITEMS) {
        fprintf(stderr, "ssediff: --len must be 1..%d\n", SD_MAX_ITEMS);
        return 2;
    }
    /* the host must run every generated form: SSE4.2 and POPCNT imply the rest */
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 20)) || !(c & (1u << 23))) {
        printf("ssediff: SKIP, the host CPU lacks SSE4.2 or POPCNT\n");
        return 77;
    }
    char err[200];
    if (!sd_native_init(err, sizeof err) || !sd_tern_init(accel, err, sizeof err)) {
        fprintf(stderr, "ssediff: %s\n", err);
        return 2;
    }
    unsigned passed = 0, failed = 0, faults = 0, by_vector[32] = { 0 };
    for (unsigned i = 0; i < count && failed < 5; i++) {
        static SdCase c;
        static SdResult h, t;
        char why[200];
        sd_gen_case(&c, seed + i, len);
        /* approximations are checked on their own below */
        for (int k = 0; k < c.nitems; k++) {
            while (sd_form_is_approx(c.item[k].form))
                sd_regen_item(&c, k, (c.item[k].form + 1u) % sd_form_count());
            if (only >= 0)
                sd_regen_item(&c, k, (unsigned)only);
        }
        bool ok = true;
        for (int k = 0; k < SD_NINPUTS && ok; k++) {
            int r = run_pair(&c, k, NULL, &h, &t, why, sizeof why);
            if (r != 0) {
                ok = false;
                if (r < 0)
                    printf("ERROR seed %" PRIu64 ": %s\n", seed + i, why);
                else
                    report(&c, k, &h, &t, why, seed + i, len);
            } else if (h.vector >= 0) {
                faults++;
                by_vector[h.vector & 31]++;
            }
        }
        if (ok) {
            passed++;
            if (verbose)
                printf("seed %" PRIu64 " ok\n", seed + i);
        } else {
            failed++;
        }
    }
    int approx_bad = run_approx(seed, count / 4 + 100);
    printf("exceptions by vector:");
    for (int v = 0; v < 32; v++)
        if (by_vector[v])
            printf(" %d: %u", v, by_vector[v]);
    printf("\n");
    printf("%u passed, %u failed (%u runs ended in an exception on both sides); "
           "rcp/rsqrt: %d bad\n", passed, failed, faults, approx_bad);
    return failed || approx_bad ? 1 : 0;
}
