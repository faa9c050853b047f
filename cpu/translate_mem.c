/* Translator plumbing for data: general registers by size, ModRM/SIB effective addresses,
 * segment bases and linear addresses, operand load/store by the table's operand kinds,
 * and the stack. Segment limits and access rights are checked at each access by
 * cpu/translate_segchk.c (hooks in gen_linear, gen_ld and gen_st). */
#include "cpu/translate.h"

/* ---- registers ---- */

void gen_load_reg(TCGv dst, int size, int reg, bool hbyte)
{
    switch (size) {
    case 1:
        if (hbyte)
            tcg_gen_extract_i64(dst, x86_ir_regs[reg], 8, 8);
        else
            tcg_gen_ext8u_i64(dst, x86_ir_regs[reg]);
        break;
    case 2:
        tcg_gen_ext16u_i64(dst, x86_ir_regs[reg]);
        break;
    case 4:
        tcg_gen_ext32u_i64(dst, x86_ir_regs[reg]);
        break;
    default:
        tcg_gen_mov_i64(dst, x86_ir_regs[reg]);
        break;
    }
}

/* 8- and 16-bit writes keep the rest of the register; a 32-bit write zero-extends into
 * the 64-bit register (SDM vol. 1, 3.4.1.1). */
void gen_store_reg(int size, int reg, bool hbyte, TCGv val)
{
    TCGv r = x86_ir_regs[reg];
    switch (size) {
    case 1:
        tcg_gen_deposit_i64(r, r, val, hbyte ? 8 : 0, 8);
        break;
    case 2:
        tcg_gen_deposit_i64(r, r, val, 0, 16);
        break;
    case 4:
        tcg_gen_ext32u_i64(r, val);
        break;
    default:
        tcg_gen_mov_i64(r, val);
        break;
    }
}

void gen_add_reg_sized(int reg, int addr_size, TCGv delta)
{
    TCGv t = tcg_temp_new_i64();
    tcg_gen_add_i64(t, x86_ir_regs[reg], delta);
    gen_store_reg(addr_size, reg, false, t);
    tcg_temp_free_i64(t);
}

void gen_add_reg_sized_i(int reg, int addr_size, int64_t delta)
{
    TCGv t = tcg_temp_new_i64();
    tcg_gen_addi_i64(t, x86_ir_regs[reg], (uint64_t)delta);
    gen_store_reg(addr_size, reg, false, t);
    tcg_temp_free_i64(t);
}

/* ---- memory ---- */

/* The access's MemOp: in 64-bit mode an access through SS (the segment of the last
 * linear address made) carries MO_SS, so that the slow path raises #SS(0), not #GP(0),
 * for a non-canonical address: no check on the fast path (SDM vol. 1, 3.3.7.1). The
 * first access to an operand that must be 16-byte aligned carries MO_ALIGN_16 (#GP(0)
 * from the slow path, before any byte is accessed). */
static MemOp access_memop(DisasContext *s, MemOp op)
{
    if (s->code64 && s->seg_last == R_SS)
        op |= MO_SS;
    if (s->align16_pending) {
        op |= MO_ALIGN_16;
        s->align16_pending = false;
    }
    return op;
}

void gen_ld(DisasContext *s, TCGv val, TCGv addr, MemOp op)
{
    gen_segchk_access(s, addr, 1u << (op & MO_SIZE), SEGCHK_READ);
    tcg_gen_qemu_ld_i64(val, addr, s->mmu_idx, access_memop(s, op));
}

void gen_st(DisasContext *s, TCGv val, TCGv addr, MemOp op)
{
    gen_segchk_access(s, addr, 1u << (op & MO_SIZE), SEGCHK_WRITE);
    tcg_gen_qemu_st_i64(val, addr, s->mmu_idx, access_memop(s, op));
}

/* In protected mode with flat DS/ES/SS (no HF_ADDSEG) their base is known to be 0; real
 * and v86 mode always add the base (SDM vol. 3, 20.1.1). CS's base is a TB constant. */
void gen_linear(DisasContext *s, TCGv dst, TCGv offset, int seg)
{
    /* 64-bit mode: no limits. A non-canonical address never hits the TLB (no such page
     * is ever filled), and the slow path raises #GP(0), or #SS(0) for the MO_SS accesses
     * of gen_ld/gen_st: free on the fast path (SDM vol. 1, 3.3.7.1). Accesses made by
     * helpers are checked here by gen_segchk_at_linear. */
    gen_segchk_at_linear(s, offset, seg);
    bool add;
    if (s->code64)
        add = seg == R_FS || seg == R_GS;
    else if (!s->pe || s->vm86 || seg == R_FS || seg == R_GS)
        add = true;
    else if (seg == R_CS)
        add = s->cs_base != 0;
    else
        add = s->addseg;
    if (!add) {
        tcg_gen_mov_i64(dst, offset);
        return;
    }
    if (seg == R_CS)
        tcg_gen_addi_i64(dst, offset, s->cs_base);
    else
        tcg_gen_add_i64(dst, offset, x86_ir_seg_base[seg]);
    /* Outside 64-bit mode linear addresses are 32 bits: base + offset wraps at 4 GiB. */
    if (!s->code64)
        tcg_gen_ext32u_i64(dst, dst);
}

static void gen_wrap_addr(DisasContext *s, TCGv ea, int addr_size)
{
    if (addr_size == 2)
        tcg_gen_ext16u_i64(ea, ea);
    else if (addr_size == 4)
        tcg_gen_ext32u_i64(ea, ea);
}

/* 16-bit forms (SDM vol. 2, table 2-1): rm selects a base/index pair. */
static TCGv gen_ea16(DisasContext *s)
{
    static const int8_t base16[8] = { R_EBX, R_EBX, R_EBP, R_EBP, -1, -1, R_EBP, R_EBX };
    static const int8_t index16[8] = { R_ESI, R_EDI, R_ESI, R_EDI, R_ESI, R_EDI, -1, -1 };
    const X86Insn *i = &s->insn;
    int rm = i->modrm & 7;
    TCGv ea = tcg_temp_new_i64();
    if (i->mod == 0 && rm == 6) {
        tcg_gen_movi_i64(ea, (uint64_t)(int64_t)i->disp & 0xffff);
        return ea;
    }
    tcg_gen_movi_i64(ea, (uint64_t)(int64_t)i->disp);
    tcg_gen_add_i64(ea, ea, x86_ir_regs[base16[rm] >= 0 ? base16[rm] : index16[rm]]);
    if (base16[rm] >= 0 && index16[rm] >= 0)
        tcg_gen_add_i64(ea, ea, x86_ir_regs[index16[rm]]);
    tcg_gen_ext16u_i64(ea, ea);
    return ea;
}

/* 32/64-bit forms (SDM vol. 2, tables 2-2 and 2-3), from the raw ModRM/SIB bytes. */
static TCGv gen_ea32(DisasContext *s)
{
    const X86Insn *i = &s->insn;
    int rexb = (i->rex & 1) << 3, rexx = (i->rex & 2) << 2;
    int base = -1, index = -1, scale = 0;
    TCGv ea = tcg_temp_new_i64();
    if ((i->modrm & 7) == 4) {
        base = (i->sib & 7) | rexb;
        index = ((i->sib >> 3) & 7) | rexx;
        scale = i->sib >> 6;
        if (index == 4)
            index = -1;
        if ((i->sib & 7) == 5 && i->mod == 0)
            base = -1;
    } else {
        base = (i->modrm & 7) | rexb;
        if ((i->modrm & 7) == 5 && i->mod == 0)
            base = -1;
    }
    uint64_t disp = (uint64_t)(int64_t)i->disp;
    if (s->code64 && i->rip_relative)
        disp += s->next_eip;
    tcg_gen_movi_i64(ea, disp);
    if (base >= 0)
        tcg_gen_add_i64(ea, ea, x86_ir_regs[base]);
    if (index >= 0) {
        TCGv t = tcg_temp_new_i64();
        tcg_gen_shli_i64(t, x86_ir_regs[index], scale);
        tcg_gen_add_i64(ea, ea, t);
        tcg_temp_free_i64(t);
    }
    gen_wrap_addr(s, ea, i->addr_size);
    return ea;
}

TCGv gen_modrm_ea(DisasContext *s)
{
    return s->insn.addr_size == 2 ? gen_ea16(s) : gen_ea32(s);
}

/* SS is the default for addressing through BP/EBP/ESP (SDM vol. 1, 3.7.5). */
int modrm_default_seg(const DisasContext *s)
{
    const X86Insn *i = &s->insn;
    int rm = i->modrm & 7;
    if (i->addr_size == 2)
        return (rm == 2 || rm == 3 || (rm == 6 && i->mod != 0)) ? R_SS : R_DS;
    int base;
    if (rm == 4) {
        base = i->sib & 7;
        if (base == 5 && i->mod == 0)
            return R_DS;
    } else {
        base = rm;
        if (rm == 5 && i->mod == 0)
            return R_DS;
    }
    return (base == R_ESP || base == R_EBP) ? R_SS : R_DS;
}

int insn_data_seg(const DisasContext *s, int def)
{
    return s->insn.seg >= 0 ? s->insn.seg : def;
}

static bool kind_is_moffs(int kind)
{
    return kind == X86_OPK_Ob || kind == X86_OPK_Ov;
}

TCGv gen_mem_addr(DisasContext *s)
{
    if (s->a0_valid) {
        s->seg_last = s->a0_seg; /* segment checks of gen_ld/gen_st: A0's segment */
        return s->A0;
    }
    bool moffs = false;
    for (int n = 0; n < 3; n++)
        if (s->op[n].type == OPND_MEM && kind_is_moffs(s->op[n].kind))
            moffs = true;
    TCGv ea;
    int seg;
    if (moffs) {
        ea = tcg_temp_new_i64();
        tcg_gen_movi_i64(ea, s->insn.imm & size_mask(s->insn.addr_size));
        seg = insn_data_seg(s, R_DS);
    } else {
        ea = gen_modrm_ea(s);
        seg = insn_data_seg(s, modrm_default_seg(s));
    }
    s->A0 = tcg_temp_new_i64();
    gen_linear(s, s->A0, ea, seg);
    tcg_temp_free_i64(ea);
    s->a0_valid = true;
    return s->A0;
}

/* ---- operands from the table's kinds (SDM vol. 2, appendix A.2) ---- */

static void opnd_gpr(DisasContext *s, X86Operand *o, int size, int reg)
{
    o->type = OPND_REG;
    o->size = size;
    o->reg = reg;
    o->hbyte = false;
    /* Without REX, byte registers 4-7 are AH CH DH BH (SDM vol. 1, 3.4.1). */
    if (size == 1 && s->insn.rex == 0 && reg >= 4 && reg < 8) {
        o->reg = reg - 4;
        o->hbyte = true;
    }
}

static int64_t sext_imm(uint64_t v, int size)
{
    switch (size) {
    case 1: return (int8_t)v;
    case 2: return (int16_t)v;
    case 4: return (int32_t)v;
    default: return (int64_t)v;
    }
}

void decode_operands(DisasContext *s)
{
    const X86Insn *i = &s->insn;
    int v = i->op_size;
    int z = v == 2 ? 2 : 4;
    int y = v == 8 ? 8 : 4;
    int nimm = 0;
    int zreg = (i->opcode & 7) | ((i->rex & 1) << 3);
    for (int n = 0; n < 3; n++) {
        X86Operand *o = &s->op[n];
        int k = i->entry->operands[n];
        *o = (X86Operand){ .type = OPND_NONE, .kind = (uint8_t)k };
        int sz = 0;
        switch (k) {
        case X86_OPK_Eb: case X86_OPK_Gb: case X86_OPK_Mb: case X86_OPK_Zb: case X86_OPK_Ob:
        case X86_OPK_Xb: case X86_OPK_Yb: case X86_OPK_Ib:
            sz = 1; break;
        case X86_OPK_Ew: case X86_OPK_Gw: case X86_OPK_Mw: case X86_OPK_Iw: case X86_OPK_Sw:
            sz = 2; break;
        case X86_OPK_Ed: case X86_OPK_Gd: case X86_OPK_Md: case X86_OPK_Rd:
            sz = 4; break;
        case X86_OPK_Eq: case X86_OPK_Gq: case X86_OPK_Mq: case X86_OPK_Rq: case X86_OPK_Zq:
            sz = 8; break;
        case X86_OPK_Ev: case X86_OPK_Gv: case X86_OPK_Mv: case X86_OPK_Rv: case X86_OPK_Zv:
        case X86_OPK_Ov: case X86_OPK_Xv: case X86_OPK_Yv: case X86_OPK_Iv: case X86_OPK_sIb:
        case X86_OPK_rAX: case X86_OPK_Jb: case X86_OPK_Jz:
            sz = v; break;
        case X86_OPK_Gz: case X86_OPK_eAX:
            sz = z; break;
        case X86_OPK_Iz: /* imm32 sign-extended to 64 bits with REX.W (SDM vol. 2, 2.2.1.5) */
            sz = v == 8 ? 8 : z; break;
        case X86_OPK_Ey: case X86_OPK_Gy: case X86_OPK_Ry:
            sz = y; break;
        case X86_OPK_Cd: case X86_OPK_Dd:
            sz = s->code64 ? 8 : 4; break;
        default:
            sz = v; break;
        }
        switch (k) {
        case X86_OPK_NONE:
            break;
        case X86_OPK_Eb: case X86_OPK_Ew: case X86_OPK_Ed: case X86_OPK_Eq: case X86_OPK_Ev:
        case X86_OPK_Ey:
            if (i->mod == 3)
                opnd_gpr(s, o, sz, i->rm);
            else
                *o = (X86Operand){ .type = OPND_MEM, .size = (uint8_t)sz };
            break;
        case X86_OPK_M: case X86_OPK_Mb: case X86_OPK_Mw: case X86_OPK_Md: case X86_OPK_Mq:
        case X86_OPK_Mv: case X86_OPK_Mp: case X86_OPK_Ms: case X86_OPK_Ma: case X86_OPK_Mdq:
            *o = (X86Operand){ .type = OPND_MEM, .size = (uint8_t)sz };
            break;
        case X86_OPK_Ob: case X86_OPK_Ov:
            *o = (X86Operand){ .type = OPND_MEM, .size = (uint8_t)sz };
            break;
        case X86_OPK_Gb: case X86_OPK_Gw: case X86_OPK_Gd: case X86_OPK_Gq: case X86_OPK_Gv:
        case X86_OPK_Gy: case X86_OPK_Gz:
            opnd_gpr(s, o, sz, i->reg);
            break;
        case X86_OPK_Rd: case X86_OPK_Rq: case X86_OPK_Ry: case X86_OPK_Rv:
            opnd_gpr(s, o, sz, i->rm);
            break;
        case X86_OPK_Zb: case X86_OPK_Zv: case X86_OPK_Zq:
            opnd_gpr(s, o, sz, zreg);
            break;
        case X86_OPK_Ib: case X86_OPK_Iw: case X86_OPK_Iz: case X86_OPK_Iv: case X86_OPK_sIb: {
            uint64_t raw = nimm++ == 0 ? i->imm : i->imm2;
            if (k == X86_OPK_sIb)
                raw = (uint64_t)(int64_t)(int8_t)raw;
            else if (k == X86_OPK_Iz && v == 8)
                raw = (uint64_t)(int64_t)(int32_t)raw;
            *o = (X86Operand){ .type = OPND_IMM, .size = (uint8_t)sz, .imm = raw & size_mask(sz) };
            break;
        }
        case X86_OPK_Jb: case X86_OPK_Jz: {
            int isz = k == X86_OPK_Jb ? 1 : (v == 2 ? 2 : 4);
            uint64_t target = s->next_eip + (uint64_t)sext_imm(i->imm, isz);
            *o = (X86Operand){ .type = OPND_IMM, .size = (uint8_t)sz,
                               .imm = target & eip_mask(s, sz) };
            break;
        }
        case X86_OPK_Ap:
            *o = (X86Operand){ .type = OPND_IMM, .size = (uint8_t)v, .imm = i->imm };
            break;
        case X86_OPK_Sw:
            *o = (X86Operand){ .type = OPND_SREG, .size = 2, .reg = (uint8_t)(i->reg & 7) };
            break;
        case X86_OPK_Cd:
            *o = (X86Operand){ .type = OPND_CR, .size = (uint8_t)sz, .reg = i->reg };
            break;
        case X86_OPK_Dd:
            *o = (X86Operand){ .type = OPND_DR, .size = (uint8_t)sz, .reg = i->reg };
            break;
        case X86_OPK_Xb: case X86_OPK_Xv: case X86_OPK_Yb: case X86_OPK_Yv:
            *o = (X86Operand){ .type = OPND_STR, .size = (uint8_t)sz };
            break;
        case X86_OPK_AL: opnd_gpr(s, o, 1, R_EAX); break;
        case X86_OPK_CL: opnd_gpr(s, o, 1, R_ECX); break;
        case X86_OPK_AX: opnd_gpr(s, o, 2, R_EAX); break;
        case X86_OPK_DX: opnd_gpr(s, o, 2, R_EDX); break;
        case X86_OPK_eAX: opnd_gpr(s, o, z, R_EAX); break;
        case X86_OPK_rAX: opnd_gpr(s, o, v, R_EAX); break;
        case X86_OPK_ES: case X86_OPK_CS: case X86_OPK_SS: case X86_OPK_DS: case X86_OPK_FS:
        case X86_OPK_GS:
            *o = (X86Operand){ .type = OPND_SREG, .size = 2, .reg = (uint8_t)(k - X86_OPK_ES) };
            break;
        case X86_OPK_One:
            *o = (X86Operand){ .type = OPND_IMM, .size = 1, .imm = 1 };
            break;
        default:
            /* SSE/x87 kinds: their mnemonics have no translation yet (#UD). */
            o->type = OPND_NONE;
            break;
        }
        o->kind = (uint8_t)k;
    }
}

void gen_ld_seg_selector(TCGv dst, int seg)
{
    tcg_gen_ld32u_i64(dst, tcg_ctx->env, (int32_t)offsetof(CPUX86State, segs[seg].selector));
}

TCGv gen_load_op(DisasContext *s, int n)
{
    X86Operand *o = &s->op[n];
    TCGv v = tcg_temp_new_i64();
    switch (o->type) {
    case OPND_REG:
        gen_load_reg(v, o->size, o->reg, o->hbyte);
        break;
    case OPND_MEM:
        gen_ld(s, v, gen_mem_addr(s), size_memop(o->size));
        break;
    case OPND_IMM:
        tcg_gen_movi_i64(v, o->imm);
        break;
    case OPND_SREG:
        gen_ld_seg_selector(v, o->reg);
        break;
    default:
        tcg_gen_movi_i64(v, 0);
        break;
    }
    return v;
}

void gen_store_op(DisasContext *s, int n, TCGv val)
{
    X86Operand *o = &s->op[n];
    switch (o->type) {
    case OPND_REG:
        gen_store_reg(o->size, o->reg, o->hbyte, val);
        break;
    case OPND_MEM:
        gen_st(s, val, gen_mem_addr(s), size_memop(o->size));
        break;
    default:
        break;
    }
}

/* ---- stack (SDM vol. 1, 6.2): SS:rSP, the width of rSP from SS.B ---- */

void gen_stack_addr(DisasContext *s, TCGv dst, TCGv sp_offset)
{
    TCGv t = tcg_temp_new_i64();
    tcg_gen_mov_i64(t, sp_offset);
    gen_wrap_addr(s, t, stack_size(s));
    gen_linear(s, dst, t, R_SS);
    tcg_temp_free_i64(t);
}

void gen_push(DisasContext *s, TCGv val, int size)
{
    TCGv sp = tcg_temp_new_i64();
    TCGv addr = tcg_temp_new_i64();
    tcg_gen_subi_i64(sp, x86_ir_regs[R_ESP], (uint64_t)size);
    gen_stack_addr(s, addr, sp);
    gen_st(s, val, addr, size_memop(size));
    /* rSP moves only once the store could not fault. */
    gen_store_reg(stack_size(s), R_ESP, false, sp);
    tcg_temp_free_i64(addr);
    tcg_temp_free_i64(sp);
}

TCGv gen_pop_load(DisasContext *s, int size, int offset)
{
    TCGv v = tcg_temp_new_i64();
    TCGv addr = tcg_temp_new_i64();
    tcg_gen_addi_i64(addr, x86_ir_regs[R_ESP], (uint64_t)(int64_t)offset);
    gen_stack_addr(s, addr, addr);
    gen_ld(s, v, addr, size_memop(size));
    tcg_temp_free_i64(addr);
    return v;
}

void gen_pop_commit(DisasContext *s, int size)
{
    gen_add_reg_sized_i(R_ESP, stack_size(s), size);
}
