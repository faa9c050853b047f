/* backenddiff's second generator: random IR built directly through the builder, so every
 * op of tcg/README.md is exercised in both types with register and constant operands,
 * including the ones the x86 translator rarely emits (64-bit rotates, bswap64, clz/ctz,
 * double-width multiplies, division), host loads/stores that alias cached globals, guest
 * loads/stores through the soft-TLB (page-crossing and unassigned addresses take the slow
 * path), helper calls of every signature and flag set, and forward branches. The same
 * optimized IR is made executable by both backends and run on the same initial state;
 * the globals and guest memory must end up equal. */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "backenddiff.h"
#include "cpu/cpu.h"
#include "tcg/backend.h"
#include "tcg/tcg.h"

#define NG 4   /* globals per type */
#define NT 6   /* TB temps per type */

static TCGv_i64 g64[NG];
static TCGv_i32 g32[NG];
static uint64_t rng;

static uint64_t rnd(void)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545F4914F6CDD1Dull;
}
static unsigned below(unsigned n) { return (unsigned)(rnd() % n); }

/* ---- helpers the IR calls ---- */

static uint64_t h_mix(uint64_t a, uint32_t b) { return a * 0x9E3779B97F4A7C15ull + b; }
static uint32_t h_s32(int32_t a, uint64_t b) { return (uint32_t)(a >> 3) ^ (uint32_t)(b >> 7); }
static uint64_t h_six(uint64_t a, uint64_t b, uint32_t c, uint64_t d, uint32_t e, uint64_t f)
{
    return a - 3 * b + c * 5u + (d ^ f) + ((uint64_t)e << 17);
}
/* Reads and writes globals (dr[0], dr[5]) through env: no flags. */
static uint64_t h_env(void *opaque, uint64_t v)
{
    CPUX86State *e = opaque;
    e->dr[5] = (e->dr[5] & 0xffffffff00000000ull) | (uint32_t)(e->dr[5] + v);
    e->dr[0] ^= v * 7;
    return e->dr[1] + v;
}

static TCGHelperInfo info_mix = { .func = (void *)h_mix, .name = "mix", .flags = TCG_CALL_PURE,
    .nargs = 2, .ret = TCG_HT_I64, .args = { TCG_HT_I64, TCG_HT_I32 } };
static TCGHelperInfo info_s32 = { .func = (void *)h_s32, .name = "s32",
    .flags = TCG_CALL_NO_RAISE | TCG_CALL_NO_SIDE_EFFECTS | TCG_CALL_NO_WRITE_GLOBALS,
    .nargs = 2, .ret = TCG_HT_I32, .args = { TCG_HT_S32, TCG_HT_I64 } };
static TCGHelperInfo info_six = { .func = (void *)h_six, .name = "six",
    .flags = TCG_CALL_NO_RAISE, .nargs = 6, .ret = TCG_HT_I64,
    .args = { TCG_HT_I64, TCG_HT_I64, TCG_HT_I32, TCG_HT_I64, TCG_HT_I32, TCG_HT_I64 } };
static TCGHelperInfo info_env = { .func = (void *)h_env, .name = "env", .flags = 0,
    .nargs = 2, .ret = TCG_HT_I64, .args = { TCG_HT_PTR, TCG_HT_I64 } };

void bd_ir_init(void)
{
    static const char *const n64[NG] = { "g64_0", "g64_1", "g64_2", "g64_3" };
    static const char *const n32[NG] = { "g32_4", "g32_5", "g32_6", "g32_7" };
    for (int i = 0; i < NG; i++) {
        g64[i] = tcg_global_mem_new_i64((int64_t)offsetof(CPUX86State, dr[i]), n64[i]);
        g32[i] = tcg_global_mem_new_i32((int64_t)offsetof(CPUX86State, dr[NG + i]), n32[i]);
    }
}

/* ---- random IR ---- */

typedef struct Pool { TCGv_i64 t64[NT]; TCGv_i32 t32[NT]; } Pool;

static uint64_t rconst(void)
{
    static const uint64_t special[] = { 0, 1, 2, 7, 31, 32, 63, 64, 0x7f, 0x80, 0xff, 0xffff,
        0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x8000000000000000ull,
        ~0ull, ~0ull - 1, 0xfffffffffffff000ull };
    return below(3) ? special[below(sizeof(special) / sizeof(special[0]))] : rnd();
}

static uint32_t var(const Pool *p, int is64)
{
    if (below(3) == 0)
        return is64 ? g64[below(NG)].idx : g32[below(NG)].idx;
    return is64 ? p->t64[below(NT)].idx : p->t32[below(NT)].idx;
}

static uint32_t in(const Pool *p, int is64)
{
    if (below(4) == 0)
        return is64 ? tcg_constant_i64(rconst()).idx : tcg_constant_i32((uint32_t)rconst()).idx;
    return var(p, is64);
}

static TCGOp *emit(TCGOpcode opc, int is64, unsigned n, const TCGArg *a)
{
    return tcg_emit_op(opc, is64 ? TCG_TYPE_I64 : TCG_TYPE_I32, n, a);
}

/* A guest address into the data area (sometimes across a page edge, sometimes into
 * unassigned memory), computed with IR. */
static TCGv_i64 guest_addr(const Pool *p)
{
    TCGv_i64 a = tcg_temp_new_i64();
    tcg_gen_andi_i64(a, (TCGv_i64){ var(p, 1) }, 0x3fff);
    tcg_gen_addi_i64(a, a, below(8) ? BD_DATA : BD_RAM_SIZE + 0x1000);
    return a;
}

static void one_op(const Pool *p)
{
    static const TCGOpcode bin[] = { INDEX_op_add, INDEX_op_sub, INDEX_op_mul, INDEX_op_and,
        INDEX_op_or, INDEX_op_xor, INDEX_op_andc, INDEX_op_orc, INDEX_op_shl, INDEX_op_shr,
        INDEX_op_sar, INDEX_op_rotl, INDEX_op_rotr, INDEX_op_divu, INDEX_op_divs,
        INDEX_op_remu, INDEX_op_rems, INDEX_op_clz, INDEX_op_ctz };
    static const TCGOpcode un[] = { INDEX_op_neg, INDEX_op_not, INDEX_op_mov, INDEX_op_bswap16,
        INDEX_op_bswap32, INDEX_op_ctpop, INDEX_op_ext8s, INDEX_op_ext8u, INDEX_op_ext16s,
        INDEX_op_ext16u, INDEX_op_bswap64, INDEX_op_ext32s, INDEX_op_ext32u };
    int w = (int)below(2);
    unsigned width = w ? 64 : 32;
    TCGArg a[8];
    switch (below(16)) {
    case 0: case 1: case 2: case 3: case 4:
        a[0] = var(p, w);
        a[1] = in(p, w);
        a[2] = in(p, w);
        emit(bin[below(sizeof(bin) / sizeof(bin[0]))], w, 3, a);
        break;
    case 5: case 6: {
        unsigned n = w ? 13 : 10; /* bswap64, ext32s/u are I64 only */
        a[0] = var(p, w);
        a[1] = in(p, w);
        emit(un[below(n)], w, 2, a);
        break;
    }
    case 7: { /* conversions */
        unsigned k = below(4);
        a[0] = var(p, k < 2);
        a[1] = var(p, k >= 2);
        emit((TCGOpcode)(INDEX_op_extu_i32_i64 + k), k < 2, 2, a);
        break;
    }
    case 8: { /* bit fields */
        unsigned len = 1 + below(width), pos = below(width - len + 1);
        unsigned k = below(3);
        a[0] = var(p, w);
        a[1] = in(p, w);
        if (k == 0) {
            a[2] = in(p, w);
            a[3] = pos;
            a[4] = len;
            emit(INDEX_op_deposit, w, 5, a);
        } else {
            a[2] = pos;
            a[3] = len;
            emit(k == 1 ? INDEX_op_extract : INDEX_op_sextract, w, 4, a);
        }
        break;
    }
    case 9: { /* comparisons */
        TCGCond c = (TCGCond)(below(8) ? TCG_COND_EQ + below(12) : below(2));
        if (below(2)) {
            a[0] = var(p, w);
            a[1] = in(p, w);
            a[2] = in(p, w);
            a[3] = c;
            emit(INDEX_op_setcond, w, 4, a);
        } else {
            a[0] = var(p, w);
            a[1] = in(p, w);
            a[2] = in(p, w);
            a[3] = in(p, w);
            a[4] = in(p, w);
            a[5] = c;
            emit(INDEX_op_movcond, w, 6, a);
        }
        break;
    }
    case 10: { /* double-width multiply: two distinct outputs */
        a[0] = w ? p->t64[0].idx : p->t32[0].idx;
        a[1] = var(p, w);
        if (a[1] == a[0])
            a[1] = w ? p->t64[1].idx : p->t32[1].idx;
        a[2] = in(p, w);
        a[3] = in(p, w);
        emit(below(2) ? INDEX_op_mulu2 : INDEX_op_muls2, w, 4, a);
        break;
    }
    case 11: { /* host memory through env, over the globals' own bytes */
        static const TCGOpcode ld[] = { INDEX_op_ld8u, INDEX_op_ld8s, INDEX_op_ld16u,
            INDEX_op_ld16s, INDEX_op_ld32u, INDEX_op_ld32s, INDEX_op_ld };
        static const TCGOpcode st[] = { INDEX_op_st8, INDEX_op_st16, INDEX_op_st32,
            INDEX_op_st };
        /* Within dr[]: a 4-byte offset only for accesses of up to 4 bytes. */
        int32_t off = (int32_t)offsetof(CPUX86State, dr[below(8)]);
        bool half = below(2);
        TCGv_ptr base = tcg_ctx->env;
        if (below(4) == 0) { /* through another pointer to env */
            base = tcg_temp_new_ptr();
            TCGArg m[2] = { base.idx, tcg_ctx->env.idx };
            emit(INDEX_op_mov, 1, 2, m);
        }
        if (below(2)) {
            unsigned k = below(w ? 7 : 5);
            if (!w && k == 4)
                k = 6; /* ld32u/ld32s are I64 only */
            if (half && !(k == 6 && w))
                off += 4;
            a[0] = var(p, w);
            a[1] = base.idx;
            a[2] = (TCGArg)(int64_t)off;
            emit(ld[k], w, 3, a);
        } else {
            unsigned k = below(w ? 4 : 3);
            if (!w && k == 2)
                k = 3;
            if (half && !(k == 3 && w))
                off += 4;
            a[0] = in(p, w);
            a[1] = base.idx;
            a[2] = (TCGArg)(int64_t)off;
            emit(st[k], w, 3, a);
        }
        if (base.idx != tcg_ctx->env.idx)
            tcg_temp_free_ptr(base);
        break;
    }
    case 12: { /* guest memory */
        TCGv_i64 ad = guest_addr(p);
        MemOp mo = (MemOp)(below(w ? 4 : 3) | (below(2) ? MO_SIGN : 0));
        unsigned mmu = below(2) ? MMU_KERNEL_IDX : MMU_PHYS_IDX;
        if (below(2)) {
            if (w)
                tcg_gen_qemu_ld_i64((TCGv_i64){ var(p, 1) }, ad, mmu, mo);
            else
                tcg_gen_qemu_ld_i32((TCGv_i32){ var(p, 0) }, ad, mmu, mo);
        } else {
            mo &= MO_SIZE;
            if (w)
                tcg_gen_qemu_st_i64((TCGv_i64){ in(p, 1) }, ad, mmu, mo);
            else
                tcg_gen_qemu_st_i32((TCGv_i32){ in(p, 0) }, ad, mmu, mo);
        }
        tcg_temp_free_i64(ad);
        break;
    }
    case 13: { /* helper calls */
        uint32_t args[6];
        switch (below(4)) {
        case 0:
            args[0] = in(p, 1);
            args[1] = in(p, 0);
            tcg_gen_callN(&info_mix, var(p, 1), 2, args);
            break;
        case 1:
            args[0] = in(p, 0);
            args[1] = in(p, 1);
            tcg_gen_callN(&info_s32, var(p, 0), 2, args);
            break;
        case 2:
            for (int k = 0; k < 6; k++)
                args[k] = in(p, k != 2 && k != 4);
            tcg_gen_callN(&info_six, var(p, 1), 6, args);
            break;
        default:
            args[0] = tcg_ctx->env.idx;
            args[1] = in(p, 1);
            tcg_gen_callN(&info_env, var(p, 1), 2, args);
            break;
        }
        break;
    }
    default: { /* a forward branch over a few ops */
        TCGLabelId l = gen_new_label();
        a[0] = var(p, w);
        a[1] = in(p, w);
        a[2] = TCG_COND_EQ + below(12);
        a[3] = l;
        emit(INDEX_op_brcond, w, 4, a);
        unsigned n = below(4);
        for (unsigned i = 0; i < n; i++) {
            a[0] = var(p, w);
            a[1] = in(p, w);
            a[2] = in(p, w);
            emit(bin[below(13)], w, 3, a);
        }
        gen_set_label(l);
        break;
    }
    }
}

/* Builds one random TB into tcg_ctx. */
static void build(unsigned nops)
{
    Pool p;
    tcg_func_start(tcg_ctx);
    tcg_gen_insn_start(BD_CODE, 0);
    for (int i = 0; i < NT; i++) {
        p.t64[i] = tcg_temp_new_i64();
        p.t32[i] = tcg_temp_new_i32();
        tcg_gen_movi_i64(p.t64[i], rconst());
        tcg_gen_movi_i32(p.t32[i], (uint32_t)rconst());
    }
    for (unsigned i = 0; i < nops; i++) {
        if (below(8) == 0)
            tcg_gen_insn_start(BD_CODE + i + 1, 0);
        one_op(&p);
    }
    /* Every TB temp's final value reaches a global. */
    for (int i = 0; i < NT; i++) {
        tcg_gen_xor_i64(g64[i % NG], g64[i % NG], p.t64[i]);
        tcg_gen_xor_i32(g32[i % NG], g32[i % NG], p.t32[i]);
    }
    tcg_gen_exit_tb(0);
}

static void print_line(void *f, const char *line)
{
    fprintf(f, "%s\n", line);
}

typedef struct IrState { uint64_t dr[8]; uint64_t mem_hash; } IrState;

static void run(const TCGBackend *b, TranslationBlock *tb, CPUX86State *env, uint8_t *ram,
                const uint64_t init[8], const uint8_t *data, IrState *out)
{
    memcpy(env->dr, init, sizeof(env->dr));
    memcpy(ram + BD_DATA, data, BD_DATA_SIZE);
    /* Accesses at the last bytes of the area spill into the next page: it starts equal
     * too, and is compared. */
    memset(ram + BD_DATA + BD_DATA_SIZE, 0x5a, 4096);
    b->exec(env, tb);
    memcpy(out->dr, env->dr, sizeof(out->dr));
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint32_t i = 0; i < BD_DATA_SIZE + 4096; i++)
        h = (h ^ ram[BD_DATA + i]) * 0x100000001b3ull;
    out->mem_hash = h;
}

uint64_t bd_ir_run(CPUX86State *env, uint8_t *ram, uint64_t count, uint64_t seed, bool verbose)
{
    static uint8_t data[BD_DATA_SIZE];
    static TranslationBlock tbi, tbj;
    uint64_t bad = 0;
    for (uint64_t n = 0; n < count && bad < 5; n++) {
        rng = (seed + n) * 0x9E3779B97F4A7C15ull + 77;
        uint64_t init[8];
        for (int i = 0; i < 8; i++)
            init[i] = rconst();
        for (uint32_t i = 0; i < BD_DATA_SIZE; i++)
            data[i] = (uint8_t)rnd();
        build(20 + below(120));
        tcg_optimize(tcg_ctx);
        tcg_backend_interp.flush();
        tcg_backend_x86_64.flush();
        memset(&tbi, 0, sizeof(tbi));
        memset(&tbj, 0, sizeof(tbj));
        tbi.pc = tbj.pc = BD_CODE;
        tbi.page_addr[1] = tbj.page_addr[1] = (uint64_t)-1;
        if (tcg_backend_interp.gen_code(tcg_ctx, &tbi) < 0 ||
            tcg_backend_x86_64.gen_code(tcg_ctx, &tbj) < 0) {
            fprintf(stderr, "backenddiff: IR case %" PRIu64 " does not fit a code buffer\n",
                    seed + n);
            bad++;
            continue;
        }
        IrState si, sj;
        run(&tcg_backend_interp, &tbi, env, ram, init, data, &si);
        run(&tcg_backend_x86_64, &tbj, env, ram, init, data, &sj);
        if (memcmp(&si, &sj, sizeof(si)) == 0)
            continue;
        bad++;
        fprintf(stderr, "backenddiff: IR case %" PRIu64 " differs:\n", seed + n);
        for (int i = 0; i < 8; i++)
            if (si.dr[i] != sj.dr[i])
                fprintf(stderr, "  dr[%d] interp %016" PRIx64 " jit %016" PRIx64 "\n", i,
                        si.dr[i], sj.dr[i]);
        if (si.mem_hash != sj.mem_hash)
            fprintf(stderr, "  guest memory differs\n");
        if (verbose) {
            tcg_dump_ops(tcg_ctx, print_line, stderr);
            if (tcg_backend_x86_64.dump)
                tcg_backend_x86_64.dump(&tbj, print_line, stderr);
        }
    }
    return bad;
}
