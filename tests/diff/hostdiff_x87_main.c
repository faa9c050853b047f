/* hostdiff_x87: the command line, the comparison of a native and a Tern run of an x87
 * case (the FNSAVE snapshot after every item, memory results, EAX/EFLAGS, #MF and where
 * it was taken), the report of a mismatch and a minimizer that drops items while the
 * case still fails. Usage: hostdiff_x87 [--count N] [--seed S] [--len L] [--verbose]. */
#include <capstone/capstone.h>
#include <cpuid.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hd_common.h"
#include "hostdiff_x87.h"

#define DATA_PTR_OFF (HD_DATA_PTR - HD_DATA_BASE)
#define SNAP_OFF(k) (DATA_PTR_OFF + HX_SNAP_DISP + (k) * HX_SNAP_SIZE)

static csh capstone;
static bool have_capstone;
static bool verbose;

static uint32_t get(const uint8_t *p, unsigned n)
{
    uint32_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v |= (uint32_t)p[i] << (8 * i);
    return v;
}

/* Within one unit in the last place (transcendentals, SDM vol. 1, 8.3.10: not
 * guaranteed correctly rounded on the hardware; cpu/fpu rounds them correctly). */
static bool within_ulp(const uint8_t *a, const uint8_t *b)
{
    uint64_t sa, sb;
    memcpy(&sa, a, 8);
    memcpy(&sb, b, 8);
    uint16_t ea = (uint16_t)get(a + 8, 2), eb = (uint16_t)get(b + 8, 2);
    if (ea == eb)
        return sa - sb + 1 <= 2;
    if ((ea ^ eb) & 0x8000)
        return false;
    /* adjacent across a binade: 1.111..1 x 2^e and 1.000..0 x 2^(e+1) */
    if (ea + 1 == eb)
        return sa == ~0ull && sb == 1ull << 63;
    if (eb + 1 == ea)
        return sb == ~0ull && sa == 1ull << 63;
    return false;
}

/* One FNSAVE image (32-bit protected-mode layout) against the other. FCS and FDS are
 * masked: natively the code runs with Linux's user selectors. fuzzy: the snapshot after a
 * transcendental, whose results (nres registers) and C1 may be an ulp apart. */
/* The host loses FIP/FOP (and FDP) when the kernel switches tasks between two of the
 * sequence's instructions: AMD CPUs save them with FXSAVE/XSAVE only while an exception
 * is pending, so they come back as 0. A native 0 there is therefore not compared. */
static void mask_lost_pointers(uint8_t *n, uint8_t *t, unsigned ip, unsigned fop, unsigned dp)
{
    if (get(n + ip, 4) == 0 && get(n + fop, 2) == 0) {
        memset(n + ip, 0, 4);
        memset(t + ip, 0, 4);
        memset(n + fop, 0, 2);
        memset(t + fop, 0, 2);
    }
    if (get(n + dp, 4) == 0)
        memset(t + dp, 0, 4);
}

static bool snap_equal(const uint8_t *n, const uint8_t *t, int fuzzy)
{
    uint8_t a[HX_SNAP_SIZE], b[HX_SNAP_SIZE];
    memcpy(a, n, sizeof a);
    memcpy(b, t, sizeof b);
    a[16] = a[17] = b[16] = b[17] = 0;
    a[24] = a[25] = b[24] = b[25] = 0;
    mask_lost_pointers(a, b, 12, 18, 20);
    if (fuzzy) {
        a[5] &= ~0x02;
        b[5] &= ~0x02;
        for (int i = 0; i < fuzzy; i++) {
            uint8_t *ra = a + 28 + 10 * i, *rb = b + 28 + 10 * i;
            if (within_ulp(ra, rb))
                memcpy(rb, ra, 10);
        }
    }
    return memcmp(a, b, sizeof a) == 0;
}

static void print_snap(const char *who, const uint8_t *s)
{
    uint32_t sw = get(s + 4, 2);
    printf("    %-6s cw %04x sw %04x (top %u C3210 %u%u%u%u) tw %04x fip %08x fop %03x "
           "fdp %08x\n", who, get(s, 2), sw, (sw >> 11) & 7, (sw >> 14) & 1, (sw >> 10) & 1,
           (sw >> 9) & 1, (sw >> 8) & 1, get(s + 8, 2), get(s + 12, 4), get(s + 18, 2) & 0x7ff,
           get(s + 20, 4));
    printf("           st:");
    for (int i = 0; i < 8; i++)
        printf(" %04x:%08x%08x", get(s + 28 + 10 * i + 8, 2), get(s + 28 + 10 * i + 4, 4),
               get(s + 28 + 10 * i, 4));
    printf("\n");
}

static HdProgram prog;
static HxLayout layout;
static HdResult nres, tres;
static char why[4096];

static int item_of_snap(const HxCase *c, int k)
{
    for (int n = 0; n < c->nitems; n++)
        if (layout.snap_of_item[n] == k)
            return n;
    return -1;
}

static bool compare(const HxCase *c, const HdResult *n, const HdResult *t)
{
    size_t w = 0;
#define SAY(...) (w += (size_t)snprintf(why + w, w < sizeof why ? sizeof why - w : 0, __VA_ARGS__))
    why[0] = 0;
    if (n->error[0] || t->error[0]) {
        SAY("  runner error: native '%.60s'", n->error);
        SAY(" tern '%.60s'\n", t->error);
        return false;
    }
    if (n->vector != t->vector || (n->vector >= 0 && n->eip != t->eip)) {
        SAY("  exception: native %d at %#x, tern %d at %#x\n", n->vector, n->eip, t->vector,
            t->eip);
        return false;
    }
    for (int r = 0; r < 8; r++)
        if (r != HD_ESP && n->st.reg[r] != t->st.reg[r])
            SAY("  reg %d: native %08x tern %08x\n", r, n->st.reg[r], t->st.reg[r]);
    if ((n->st.eflags ^ t->st.eflags) & HD_STATUS)
        SAY("  eflags: native %08x tern %08x\n", n->st.eflags, t->st.eflags);
    for (int k = 0; k < layout.nsnaps; k++) {
        int item = item_of_snap(c, k);
        int fuzzy = 0;
        if (item >= 0) {
            uint8_t fl = hx_forms[c->item[item].form].flags;
            fuzzy = (fl & HXF_TRANS2) ? 2 : (fl & HXF_TRANS1) ? 1 : 0;
        }
        const uint8_t *a = n->data + SNAP_OFF(k), *b = t->data + SNAP_OFF(k);
        if (!snap_equal(a, b, fuzzy)) {
            SAY("  snapshot %d (after %s) differs\n", k,
                item >= 0 ? hx_forms[c->item[item].form].name : "the initial frstor");
            return false;
        }
    }
    /* Environments stored by the items hold FCS and FDS too, and maybe lost pointers. */
    static bool skip[HD_DATA_SIZE];
    memset(skip, 0, sizeof skip);
    for (int k = 0; k < c->nitems; k++) {
        int mem = hx_forms[c->item[k].form].mem;
        unsigned at = (unsigned)(DATA_PTR_OFF + c->item[k].disp);
        if (mem == HXM_OUT512) {
            /* FOP..FDS, MXCSR and MXCSR_MASK (the host's differs), the XMM registers (the
             * host's hold its C code's values) and the reserved rest */
            for (unsigned i = 6; i < 32; i++)
                skip[at + i] = true;
            for (unsigned i = 160; i < 512; i++)
                skip[at + i] = true;
            continue;
        }
        bool b32 = mem == HXM_OUT28 || mem == HXM_OUT108;
        if (!b32 && mem != HXM_OUT14 && mem != HXM_OUT94)
            continue;
        unsigned ip = b32 ? 12 : 6, dp = b32 ? 20 : 10, w = b32 ? 4 : 2;
        unsigned cs = b32 ? 16 : 8, ds = b32 ? 24 : 12;
        skip[at + cs] = skip[at + cs + 1] = skip[at + ds] = skip[at + ds + 1] = true;
        if (get(n->data + at + ip, w) == 0)
            for (unsigned i = 0; i < w; i++)
                skip[at + ip + i] = true;
        if (b32 && get(n->data + at + 18, 2) == 0)
            skip[at + 18] = skip[at + 19] = true;
        if (get(n->data + at + dp, w) == 0)
            for (unsigned i = 0; i < w; i++)
                skip[at + dp + i] = true;
    }
    unsigned from = SNAP_OFF(layout.nsnaps);
    for (unsigned i = from; i < HX_CMP_END; i++)
        if (n->data[i] != t->data[i] && !skip[i]) {
            SAY("  data at ebx%+d: native %02x tern %02x\n", (int)i - DATA_PTR_OFF, n->data[i],
                t->data[i]);
            return false;
        }
    return w == 0;
#undef SAY
}

static int input_no;
static uint64_t mf_taken; /* runs that ended in #MF on both sides */

static bool run_case(const HxCase *c, const bool *keep)
{
    hx_assemble(c, keep, &prog, &layout);
    for (input_no = 0; input_no < HD_NINPUTS; input_no++) {
        hd_native_submit(&prog, &c->in[input_no], c->data[input_no]);
        hd_tern_run(&prog, &c->in[input_no], c->data[input_no], &tres);
        hd_native_collect(&nres);
        if (!compare(c, &nres, &tres))
            return false;
        mf_taken += nres.vector == 16;
    }
    return true;
}

static void print_case(const HxCase *c, const bool *keep)
{
    if (input_no >= HD_NINPUTS) {
        printf("  (passes now: the mismatch did not repeat)\n");
        input_no = 0;
    }
    printf("  items (input set %d):\n", input_no);
    for (int n = 0; n < c->nitems; n++) {
        if (keep && !keep[n])
            continue;
        const HxItem *it = &c->item[n];
        char text[100] = "?";
        cs_insn *ci = NULL;
        if (have_capstone &&
            cs_disasm(capstone, prog.code + layout.item_off[n], layout.item_len[n],
                      HD_SEQ_ADDR + layout.item_off[n], 1, &ci) == 1) {
            snprintf(text, sizeof text, "%.31s %.63s", ci->mnemonic, ci->op_str);
            cs_free(ci, 1);
        }
        printf("    %2d  %08x  %-34s [%s]%s cw %04x", n, HD_SEQ_ADDR + layout.item_off[n], text,
               hx_forms[it->form].name, it->keep_pending ? " keep-pending" : "", it->cw);
        if (hx_forms[it->form].mem != HXM_NONE) {
            printf("  operand:");
            for (int i = 0; i < 10; i++)
                printf(" %02x", c->data[input_no][DATA_PTR_OFF + it->disp + i]);
        }
        printf("\n");
    }
    printf("  init: ");
    for (int i = 0; i < 28; i++)
        printf("%02x", c->data[input_no][DATA_PTR_OFF + HX_INIT_DISP + i]);
    printf("\n  eflags in %08x, eax in %08x\n", c->in[input_no].eflags, c->in[input_no].reg[0]);
    printf("%s", why);
    for (int k = 0; k < layout.nsnaps; k++) {
        const uint8_t *a = nres.data + SNAP_OFF(k), *b = tres.data + SNAP_OFF(k);
        if (memcmp(a, b, HX_SNAP_SIZE) == 0 && !verbose)
            continue;
        int item = item_of_snap(c, k);
        printf("  snapshot %d after item %d:\n", k, item);
        print_snap("native", a);
        print_snap("tern", b);
    }
}

static void minimize(HxCase *c)
{
    static bool keep[HX_MAX_ITEMS];
    for (int n = 0; n < c->nitems; n++)
        keep[n] = true;
    for (int n = c->nitems - 1; n >= 0; n--) {
        keep[n] = false;
        if (run_case(c, keep))
            keep[n] = true;
    }
    run_case(c, keep);
    printf("  minimized:\n");
    print_case(c, keep);
}

int main(int argc, char **argv)
{
    uint64_t count = 2000, seed = 1, len = 20;
    const char *accel = "interp";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool ok = true;
        if (!strcmp(a, "--count") && i + 1 < argc)
            ok = hd_parse_u64(argv[++i], &count);
        else if (!strcmp(a, "--seed") && i + 1 < argc)
            ok = hd_parse_u64(argv[++i], &seed);
        else if (!strcmp(a, "--len") && i + 1 < argc)
            ok = hd_parse_u64(argv[++i], &len) && len >= 1 && len <= HX_MAX_ITEMS;
        else if (!strcmp(a, "--accel") && i + 1 < argc)
            accel = argv[++i];
        else if (!strcmp(a, "--verbose"))
            verbose = true;
        else
            ok = false;
        if (!ok) {
            fprintf(stderr, "usage: hostdiff_x87 [--count N] [--seed S] [--len 1-%d] "
                            "[--accel interp|jit] [--verbose]\n", HX_MAX_ITEMS);
            return 2;
        }
    }
    char err[256];
    if (!hd_native_start(err, sizeof err)) {
        fprintf(stderr, "hostdiff_x87: %s\n", err);
        return 2;
    }
    if (!hd_tern_init(accel, err, sizeof err)) {
        fprintf(stderr, "hostdiff_x87: %s\n", err);
        hd_native_stop();
        return 2;
    }
    have_capstone = cs_open(CS_ARCH_X86, CS_MODE_32, &capstone) == CS_ERR_OK;
    unsigned eax, ebx, ecx, edx;
    if (__get_cpuid(0, &eax, &ebx, &ecx, &edx))
        hx_amd_host = ebx == 0x68747541 && edx == 0x69746e65 && ecx == 0x444d4163; /* AuthenticAMD */
    static HxCase c;
    uint64_t passed = 0, failed = 0;
    for (uint64_t i = 0; i < count; i++) {
        hx_gen_case(&c, seed + i, (int)len);
        if (run_case(&c, NULL)) {
            passed++;
            continue;
        }
        failed++;
        printf("MISMATCH seed %" PRIu64 " (rerun: --seed %" PRIu64 " --count 1 --len %" PRIu64
               ")\n", seed + i, seed + i, len);
        print_case(&c, NULL);
        minimize(&c);
        if (failed >= 10) {
            printf("stopping after 10 mismatches\n");
            break;
        }
    }
    printf("%" PRIu64 " runs ended in #MF at the same instruction on both sides\n", mf_taken);
    printf("%" PRIu64 " passed, %" PRIu64 " failed\n", passed, failed);
    hd_native_stop();
    return failed ? 1 : 0;
}
