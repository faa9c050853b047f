/* Access-time segment checks: the limit and type checks the processor makes on every data
 * access through a segment (SDM vol. 3, 5.3 "Limit Checking", 5.4 "Type Checking", 3.4.2
 * null selectors; vol. 2 "#GP(0)/#SS(0) If a memory operand effective address is outside
 * the ... segment limit"). The valid offsets of each segment are derived from its cache
 * when it changes (x86_segchk_update); translated code compares against them only for
 * segments whose HF_SEGCHK bit says they are not flat, so flat code pays nothing. */
#include "cpu/helper.h"
#include "cpu/translate.h"

/* A range no offset can be in: every access faults. */
#define SEGCHK_EMPTY_LO UINT64_MAX
#define SEGCHK_EMPTY_HI 0

uint32_t x86_segchk_update(CPUX86State *env)
{
    bool pe = (env->cr[0] & CR0_PE) != 0;
    bool vm = pe && (env->eflags & VM_MASK);
    bool code64 = (env->efer & EFER_LMA) && (env->segs[R_CS].flags & DESC_L_MASK);
    uint32_t bits = 0;
    for (int i = 0; i < 6; i++) {
        const SegmentCache *sc = &env->segs[i];
        uint32_t f = sc->flags;
        bool data = (f & DESC_S_MASK) && !(f & DESC_CS_MASK);
        uint64_t lo = 0, hi = sc->limit;
        /* Expand-down: offsets limit+1 .. FFFFFFFFH (B=1) or FFFFH (B=0) are the valid
         * ones (5.3); limit FFFFFFFFH then leaves none. */
        if (data && (f & DESC_E_MASK)) {
            lo = (uint64_t)sc->limit + 1;
            hi = (f & DESC_B_MASK) ? 0xffffffffull : 0xffff;
        }
        bool rd = true, wr = true;
        if (pe && !vm) {
            if (!(f & DESC_P_MASK) || !(f & DESC_S_MASK)) {
                /* A null selector loaded in protected mode leaves the cache not present:
                 * any use is #GP(0) (3.4.2). */
                rd = wr = false;
            } else if (f & DESC_CS_MASK) {
                /* Code: readable only with R set, never writable (5.4). */
                rd = (f & DESC_R_MASK) != 0;
                wr = false;
            } else {
                wr = (f & DESC_W_MASK) != 0;
            }
        }
        /* Real and v86 mode check limits only: the segments are read/write there. */
        env->segchk_lo[i][0] = rd ? lo : SEGCHK_EMPTY_LO;
        env->segchk_hi[i][0] = rd ? hi : SEGCHK_EMPTY_HI;
        env->segchk_lo[i][1] = wr ? lo : SEGCHK_EMPTY_LO;
        env->segchk_hi[i][1] = wr ? hi : SEGCHK_EMPTY_HI;
        /* CS is never written through in protected mode: the translator knows that
         * statically, so a readable 4 GiB code segment counts as flat. */
        bool flat = lo == 0 && hi == 0xffffffffull && rd && (wr || (i == R_CS && pe && !vm));
        if (!flat && !code64)
            bits |= 1u << (HF_SEGCHK_SHIFT + i);
    }
    /* Instruction fetches are limit-checked too (5.3), but only a CS limit below the
     * offsets the code size can reach needs a run-time check; 64-bit code has none. */
    uint32_t code_max = (env->segs[R_CS].flags & DESC_B_MASK) ? 0xffffffffu : 0xffffu;
    if (!code64 && env->segs[R_CS].limit != code_max)
        bits |= HF_CSLIM_MASK;
    return bits;
}

/* SDM vol. 3, 5.3: "the processor ... checks ... that instruction fetches stay within the
 * code segment limit"; an instruction whose last byte lies beyond it, or one that starts
 * at limit+1 because execution fell through, is #GP(0) (vol. 2, "#GP(0) If ... the code
 * segment limit" / 6.15 interrupt 13 "exceeding the segment limit when ... executing").
 * The fault is reported for that instruction, after every earlier one completed, and
 * before its decode faults (table 6-2: fetch faults come before decode faults). */
bool gen_segchk_fetch(DisasContext *s, uint32_t len)
{
    if (s->code64)
        return true;
    uint64_t last = s->eip + (len ? len : 1) - 1; /* not wrapped: running past 64 KiB/4 GiB */
    if (!(s->flags & HF_CSLIM_MASK)) {
        /* CS.limit is FFFFH (16-bit) or FFFFFFFFH (32-bit): known at translation time. */
        uint64_t max = s->code32 ? 0xffffffffull : 0xffffull;
        if (last <= max)
            return true;
        gen_exception_err(s, EXCP_GP, 0);
        return false;
    }
    TCGv lim = tcg_temp_new_i64();
    TCGLabelId ok = gen_new_label();
    tcg_gen_ld32u_i64(lim, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[R_CS].limit));
    tcg_gen_brcond_i64(TCG_COND_GEU, lim, tcg_constant_i64(last), ok);
    gen_helper_raise_exception_err(tcg_ctx->env, tcg_constant_i32(EXCP_GP), tcg_constant_i32(0));
    gen_set_label(ok);
    tcg_temp_free_i64(lim);
    return true;
}

bool x86_fetch_beyond_cs_limit(CPUX86State *env, uint64_t eip, size_t n)
{
    if (env->hflags & HF_CODE64_MASK)
        return false;
    return eip + n > env->segs[R_CS].limit;
}

bool segchk_needed(const DisasContext *s, int seg)
{
    return !s->code64 && seg >= 0 && (s->flags & (1u << (HF_SEGCHK_SHIFT + seg)));
}

/* Faults through SS are stack faults, #SS(0); all others #GP(0). */
static void gen_segchk_raise(int seg)
{
    gen_helper_raise_exception_err(tcg_ctx->env,
                                   tcg_constant_i32(seg == R_SS ? EXCP_SS : EXCP_GP),
                                   tcg_constant_i32(0));
}

/* Code segments are never writable in protected mode (5.4): known at translation time. */
static bool write_to_code(const DisasContext *s, int seg, int access)
{
    return (access & SEGCHK_WRITE) && seg == R_CS && s->pe && !s->vm86 && !s->code64;
}

void gen_segchk_offset(DisasContext *s, TCGv offset, int seg, uint32_t size, int access)
{
    if (seg < 0 || s->code64)
        return;
    if (write_to_code(s, seg, access)) {
        gen_segchk_raise(seg);
        return;
    }
    if (!segchk_needed(s, seg) || size == 0)
        return;
    /* The write range is never larger than the read range: it alone covers RW. */
    int w = (access & SEGCHK_WRITE) ? 1 : 0;
    TCGv t = tcg_temp_new_i64();
    TCGLabelId fail = gen_new_label(), ok = gen_new_label();
    /* Every byte of the operand must be valid: offset >= lo and offset + size - 1 <= hi,
     * in 64-bit arithmetic so that an operand running past 4 GiB fails too. */
    tcg_gen_ld_i64(t, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segchk_lo[seg][w]));
    tcg_gen_brcond_i64(TCG_COND_LTU, offset, t, fail);
    TCGv end = tcg_temp_new_i64();
    tcg_gen_addi_i64(end, offset, size - 1);
    tcg_gen_ld_i64(t, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segchk_hi[seg][w]));
    tcg_gen_brcond_i64(TCG_COND_LEU, end, t, ok);
    gen_set_label(fail);
    gen_segchk_raise(seg);
    gen_set_label(ok);
    tcg_temp_free_i64(end);
    tcg_temp_free_i64(t);
}

void gen_segchk_access(DisasContext *s, TCGv linear, uint32_t size, int access)
{
    int seg = s->seg_last;
    if (seg < 0 || s->code64)
        return;
    if (write_to_code(s, seg, access)) {
        gen_segchk_raise(seg);
        return;
    }
    if (!segchk_needed(s, seg))
        return;
    /* Back from the linear address to the offset: linear = base + offset mod 4 GiB. */
    TCGv off = tcg_temp_new_i64();
    if (seg == R_CS)
        tcg_gen_subi_i64(off, linear, s->cs_base);
    else
        tcg_gen_sub_i64(off, linear, x86_ir_seg_base[seg]);
    tcg_gen_ext32u_i64(off, off);
    gen_segchk_offset(s, off, seg, size, access);
    tcg_temp_free_i64(off);
}

/* Bytes and direction of the memory operand of the insns whose access is made by a helper
 * (or by direct qemu_ld/st ops) rather than gen_ld/gen_st; 0 for all others. */
static uint32_t helper_footprint(const DisasContext *s, int *access)
{
    const X86Insn *i = &s->insn;
    bool o16 = i->op_size == 2;
    *access = SEGCHK_READ;
    if (i->map == X86_MAP_1B && i->opcode >= 0xD8 && i->opcode <= 0xDF && i->mod != 3) {
        /* x87 memory forms, SDM vol. 2, A.5.1 tables A-7..A-22. */
        unsigned reg = i->reg & 7;
        bool store = false;
        uint32_t n;
        switch (i->opcode) {
        case 0xD8: n = 4; break;                     /* m32fp arithmetic / compare */
        case 0xDA: n = 4; break;                     /* m32int */
        case 0xDC: n = 8; break;                     /* m64fp */
        case 0xDE: n = 2; break;                     /* m16int */
        case 0xD9:
            switch (reg) {
            case 0: n = 4; break;                    /* FLD m32fp */
            case 2: case 3: n = 4; store = true; break; /* FST/FSTP m32fp */
            case 4: n = o16 ? 14 : 28; break;        /* FLDENV */
            case 5: n = 2; break;                    /* FLDCW */
            case 6: n = o16 ? 14 : 28; store = true; break; /* FNSTENV */
            case 7: n = 2; store = true; break;      /* FNSTCW */
            default: n = 0; break;
            }
            break;
        case 0xDB:
            switch (reg) {
            case 0: n = 4; break;                    /* FILD m32int */
            case 1: case 2: case 3: n = 4; store = true; break; /* FISTTP/FIST/FISTP */
            case 5: n = 10; break;                   /* FLD m80fp */
            case 7: n = 10; store = true; break;     /* FSTP m80fp */
            default: n = 0; break;
            }
            break;
        case 0xDD:
            switch (reg) {
            case 0: n = 8; break;                    /* FLD m64fp */
            case 1: case 2: case 3: n = 8; store = true; break; /* FISTTP m64/FST/FSTP */
            case 4: n = o16 ? 94 : 108; break;       /* FRSTOR */
            case 6: n = o16 ? 94 : 108; store = true; break; /* FNSAVE */
            case 7: n = 2; store = true; break;      /* FNSTSW m16 */
            default: n = 0; break;
            }
            break;
        default: /* DF */
            switch (reg) {
            case 0: n = 2; break;                    /* FILD m16int */
            case 1: case 2: case 3: n = 2; store = true; break;
            case 4: n = 10; break;                   /* FBLD */
            case 5: n = 8; break;                    /* FILD m64int */
            case 6: n = 10; store = true; break;     /* FBSTP */
            default: n = 8; store = true; break;     /* FISTP m64int */
            }
            break;
        }
        if (store)
            *access = SEGCHK_WRITE;
        return n;
    }
    switch (insn_mnemonic(s)) {
    case X86_MN_fxsave:
        *access = SEGCHK_WRITE;
        return 512;
    case X86_MN_fxrstor:
        return 512;
    case X86_MN_xsave: case X86_MN_xsaveopt:
        /* Legacy region and XSAVE header: the x87 and SSE components are all there is. */
        *access = SEGCHK_WRITE;
        return 576;
    case X86_MN_xrstor:
        return 576;
    case X86_MN_maskmovq:
        *access = SEGCHK_WRITE;
        return 8;
    case X86_MN_maskmovdqu:
        *access = SEGCHK_WRITE;
        return 16;
    default:
        return 0;
    }
}

void gen_segchk_at_linear(DisasContext *s, TCGv offset, int seg)
{
    s->seg_last = (int8_t)seg;
    /* The last linear address made before A0 exists is A0's own. */
    if (!s->a0_valid)
        s->a0_seg = (int8_t)seg;
    int access;
    uint32_t n = helper_footprint(s, &access);
    if (s->code64) {
        /* A helper's access through SS does not carry MO_SS: check its first byte here. */
        if (n && seg == R_SS)
            gen_check_canonical(s, offset, EXCP_SS);
        return;
    }
    if (n)
        gen_segchk_offset(s, offset, seg, n, access);
}
