/* Host code for memory and calls: guest loads/stores with the inline soft-TLB probe
 * (tcg/tlb.h) and their out-of-line slow paths, host loads/stores relative to a pointer
 * (keeping cached globals coherent with env), and helper calls by the System V AMD64
 * ABI (arguments in RDI RSI RDX RCX R8 R9, result in RAX). */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/tlb.h"
#include "tcg/x86_64/jit-internal.h"

#define ALL JIT_ALLOCATABLE
#define M(r) JIT_REGMASK(r)

const int jit_call_arg_regs[6] = { JIT_RDI, JIT_RSI, JIT_RDX, JIT_RCX, JIT_R8, JIT_R9 };

_Static_assert(sizeof(TCGTLBEntry) == 32, "the probe scales the TLB index by 32");
_Static_assert(offsetof(TCGTLBEntry, addr_read) == 0 && offsetof(TCGTLBEntry, addr_write) == 8 &&
               offsetof(TCGTLBEntry, addend) == 24, "TLB entry layout");
#define TLB_ENTRY_BITS 5

void jit_fix_add(JitFixup **v, uint32_t *n, uint32_t *cap, uint32_t at, uint32_t target)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *v = realloc(*v, *cap * sizeof(JitFixup));
        if (!*v)
            tcg_internal_error("JIT: out of memory");
    }
    (*v)[(*n)++] = (JitFixup){ at, target };
}

void jit_note_invalidation(JitGen *g, JitBuf *b, int scratch)
{
    jit_movi(b, true, scratch, (uintptr_t)&g->tb->invalid, false);
    jit_op_mem(b, JOP_MOVZBL, scratch, scratch, JIT_NOREG, 0, 0);
    jit_op_mem(b, 0x08 | JOPC_BREG, scratch, JIT_ENV, JIT_NOREG, 0, g->smc_slot); /* or */
}

/* ---- helper calls ---- */

static int arg_of(const uint32_t *args, unsigned nargs, uint32_t t)
{
    for (unsigned k = 0; k < nargs; k++)
        if (args[k] == t)
            return (int)k;
    return -1;
}

void jit_gen_call_info(JitGen *g, TCGHelperInfo *info, uint32_t ret, unsigned nargs,
                       const uint32_t *args, uint32_t dying)
{
    JitBuf *hb = &g->hot;
    uint32_t fl = info->flags;
    const uint32_t quiet = TCG_CALL_NO_READ_GLOBALS | TCG_CALL_NO_WRITE_GLOBALS | TCG_CALL_NO_RAISE;
    /* A helper that reads or writes globals, or raises (the handler sees the state),
     * needs them in env. */
    if ((fl & quiet) != quiet)
        jit_sync_globals(g, hb);

    /* Values in call-clobbered registers that are needed after the call move to a free
     * callee-saved register, or to their home. Dying arguments need no keeping. */
    for (int r = 0; r < JIT_NB_REGS; r++) {
        int32_t t = g->reg_temp[r];
        if (t < 0 || !(JIT_CALL_CLOBBERED & M(r)))
            continue;
        JitTemp *x = &g->t[t];
        int k = arg_of(args, nargs, (uint32_t)t);
        bool needed = x->is_global ? !x->coherent : !(k >= 0 && ((dying >> k) & 1));
        if (!needed || x->coherent)
            continue;
        int n = jit_find_free(g, ALL & ~JIT_CALL_CLOBBERED);
        if (n != JIT_NOREG) {
            jit_move_reg(g, r, n);
        } else {
            g->nb_spills++;
            jit_store_temp(g, hb, (uint32_t)t);
        }
    }

    /* Register-to-register argument moves as a parallel move: a move whose destination
     * no other pending move still reads goes first; a cycle is broken with XCHG. */
    int src[6], dst[6];
    unsigned npend = 0;
    bool done[6] = { false };
    for (unsigned k = 0; k < nargs; k++) {
        const JitTemp *x = &g->t[args[k]];
        if (x->val == JIT_VAL_REG && x->reg != JIT_ENV) {
            done[k] = true;
            if (x->reg != jit_call_arg_regs[k]) {
                src[npend] = x->reg;
                dst[npend] = jit_call_arg_regs[k];
                npend++;
            }
        }
    }
    while (npend) {
        unsigned i;
        for (i = 0; i < npend; i++) {
            bool read = false;
            for (unsigned j = 0; j < npend; j++)
                read |= j != i && src[j] == dst[i];
            if (!read)
                break;
        }
        if (i < npend) {
            jit_mov_rr(hb, true, dst[i], src[i]);
        } else {
            i = 0;
            jit_op_rr(hb, JOP_XCHG_EvGv | JOPC_W, src[i], dst[i]);
            for (unsigned j = 1; j < npend; j++)
                if (src[j] == dst[i])
                    src[j] = src[i];
        }
        src[i] = src[npend - 1];
        dst[i] = dst[npend - 1];
        npend--;
    }
    for (unsigned k = 0; k < nargs; k++)
        if (!done[k])
            jit_load_into(g, hb, jit_call_arg_regs[k], args[k], false);

    jit_ic_spill(hb);
    jit_call_abs(hb, (uintptr_t)info->func, JIT_RAX);
    if (fl & TCG_CALL_NO_RETURN) {
        jit_emit8(hb, 0x0f); /* ud2: not reached (a label after it has only its branches) */
        jit_emit8(hb, 0x0b);
    } else {
        jit_ic_reload(hb);
        if (!(fl & TCG_CALL_NO_SIDE_EFFECTS))
            jit_note_invalidation(g, hb, JIT_R11); /* R11: clobbered, holds nothing now */
    }

    for (int r = 0; r < JIT_NB_REGS; r++) {
        int32_t t = g->reg_temp[r];
        if (t < 0 || !(JIT_CALL_CLOBBERED & M(r)))
            continue;
        JitTemp *x = &g->t[t];
        jit_reg_set(g, r, -1);
        x->reg = JIT_NOREG;
        x->val = x->coherent ? JIT_VAL_MEM : JIT_VAL_DEAD;
    }
    if (!(fl & TCG_CALL_NO_WRITE_GLOBALS))
        jit_forget_globals(g);
    g->locked = 0;
    if (ret != TCG_NO_TEMP) {
        g->locked = M(JIT_RAX);
        if (info->ret == TCG_HT_I32 || info->ret == TCG_HT_S32 || !g->t[ret].is64)
            jit_mov_rr(hb, false, JIT_RAX, JIT_RAX); /* bits 63:32 of RAX are undefined */
        jit_bind(g, ret, JIT_RAX);
    }
}

void jit_gen_call(JitGen *g, const TCGOp *op)
{
    TCGHelperInfo *info = tcg_call_info(op);
    unsigned nargs = op->nargs - 2u;
    uint32_t args[TCG_HELPER_MAX_ARGS];
    if (nargs > TCG_HELPER_MAX_ARGS)
        tcg_internal_error("JIT: call to %s with %u args", info->name, nargs);
    for (unsigned k = 0; k < nargs; k++)
        args[k] = (uint32_t)op->args[1 + k];
    jit_gen_call_info(g, info, (uint32_t)op->args[0], nargs, args, g->life & 0xffff);
}

/* ---- guest memory ---- */

static int32_t tlb_disp(MemOpIdx oi, unsigned field)
{
    unsigned mmu = get_mmuidx(oi);
    if (mmu >= TCG_MAX_MMU_MODES)
        tcg_internal_error("JIT: MMU index %u out of range", mmu);
    if (!tcg_mem_hooks.load || !tcg_mem_hooks.store)
        tcg_internal_error("JIT: guest memory op before tcg_set_tlb()");
    int64_t d = tcg_tlb_env_offset + (int64_t)mmu * (int64_t)sizeof(TCGTLBTable) + field;
    if (!jit_fits_s32(d))
        tcg_internal_error("JIT: soft-TLB too far from env");
    return (int32_t)d;
}

/* The probe: T0 = entry offset of addr's page; tag compare of the page of the access's
 * last byte (a page-crossing access or a tag with flag bits never matches); on a hit,
 * reg = addend. MO_ALIGN_16: the compare keeps addr's low four bits, which no tag has
 * (the flags are bits 8-11), so a misaligned address misses; an aligned one cannot cross
 * a page. Returns the hot offset of the JNE to the slow path. */
static uint32_t emit_probe(JitGen *g, int addr, int t0, int reg, unsigned size, MemOpIdx oi,
                           unsigned field)
{
    JitBuf *hb = &g->hot;
    /* The index bits survive a rotate as they do a shift (the bits rotated in land above
     * them); RORX needs no copy first. */
    _Static_assert(TLB_ENTRY_BITS + TCG_TLB_BITS <= 64 - (TCG_PAGE_BITS - TLB_ENTRY_BITS),
                   "TLB index bits below the rotated-in ones");
    if (jit_have_bmi2) {
        jit_rorx64(hb, t0, addr, TCG_PAGE_BITS - TLB_ENTRY_BITS);
    } else {
        jit_mov_rr(hb, true, t0, addr);
        jit_shift_ri(hb, true, JIT_SH_SHR, t0, TCG_PAGE_BITS - TLB_ENTRY_BITS);
    }
    jit_alu_ri(hb, false, JIT_ALU_AND, t0, (int32_t)((TCG_TLB_SIZE - 1) << TLB_ENTRY_BITS));
    int64_t mask = (int64_t)TCG_PAGE_MASK;
    if (get_memop(oi) & MO_ALIGN_16) {
        _Static_assert(((TLB_FLAGS_MASK | TLB_WATCH) & 15) == 0, "TLB flags above bit 3");
        jit_mov_rr(hb, true, reg, addr);
        mask |= 15;
    } else if (size > 1) {
        jit_op_mem(hb, JOP_LEA | JOPC_W, reg, addr, JIT_NOREG, 0, (int32_t)(size - 1));
    } else {
        jit_mov_rr(hb, true, reg, addr);
    }
    jit_alu_ri(hb, true, JIT_ALU_AND, reg, (int32_t)mask);
    jit_op_mem(hb, JOP_ALU_GvEv(JIT_ALU_CMP) | JOPC_W, reg, JIT_ENV, t0, 0,
               tlb_disp(oi, field));
    uint32_t jne = jit_jcc32(hb, JIT_CC_NE);
    jit_op_mem(hb, JOP_MOV_GvEv | JOPC_W, reg, JIT_ENV, t0, 0,
               tlb_disp(oi, offsetof(TCGTLBEntry, addend)));
    return jne;
}

/* ---- slow paths ----
 * A TLB miss, an MMIO or watched page, a page-crossing or misaligned access leaves the
 * hot path for its slow path: the dirty globals go to env (a fault there must see
 * them; the hot path keeps them cached and dirty), then "call jit_mem_slow_stub; jmp
 * back" and a descriptor of the access after the jmp. The stub saves every register,
 * mem_slow() reads the descriptor, calls the guest's hook with the registers' values
 * and puts a loaded value into the saved register of the result; the stub then returns
 * to the jmp (a return the host predicts) or, for a store that invalidated its own TB,
 * to the SMC exit. Slow paths run ~0.7M times in a Linux boot and busybox workload of
 * 32G guest insns, but a store into a page that also holds code takes one every time
 * (7.4M times in tools/bench's memcpy kernel), so the path must be short as well as
 * small: ~20 bytes each instead of ~110 for code that saved, called and restored in
 * place. Descriptor:
 *   byte 0: SLOW_* kind | SLOW_W (64-bit load result) | SLOW_SMC_DIRECT (stores)
 *   byte 1: address register | value register << 4 (load result, or stored value)
 *   2 bytes: MemOpIdx (little-endian)
 *   sleb:   the stored constant (SLOW_ST_IMM only)
 * The jmp's target, the hot code after the access, is also the unwinding address given
 * to the hook. */
enum {
    SLOW_LD = 0, SLOW_ST = 1, SLOW_ST_IMM = 2, SLOW_KIND = 3,
    SLOW_W = 4,
    /* A store that invalidated its own TB stops the TB right away (jit_smc_direct);
     * without this bit it sets the flag the next insn's gen_smc_check tests. */
    SLOW_SMC_DIRECT = 8,
};

uintptr_t jit_mem_slow_stub;

typedef struct SlowDesc {
    unsigned flags, ra, rv;
    MemOpIdx oi;
    uint64_t imm;
    uintptr_t back;
    size_t len;
} SlowDesc;

/* j: the "jmp back" after the stub's call (its executable address j_rx); the
 * descriptor follows it. len: the jmp and the descriptor. */
static void slow_decode(const uint8_t *j, uintptr_t j_rx, SlowDesc *out)
{
    int32_t rel;
    memcpy(&rel, j + 1, 4);
    out->back = j_rx + 5 + (uintptr_t)(intptr_t)rel;
    const uint8_t *d = j + 5, *p = d + 4;
    out->flags = d[0];
    out->ra = d[1] & 15;
    out->rv = d[1] >> 4;
    out->oi = (MemOpIdx)(d[2] | d[3] << 8);
    out->imm = (out->flags & SLOW_KIND) == SLOW_ST_IMM ? (uint64_t)jit_get_sleb(&p) : 0;
    out->len = (size_t)(p - j);
}

/* A loaded value as the hot path's load instruction would leave it (load_opc). */
static uint64_t load_extend(uint64_t x, MemOp mo, bool w)
{
    switch (mo & (MO_SIZE | MO_SIGN)) {
    case MO_UB: return (uint8_t)x;
    case MO_UW: return (uint16_t)x;
    case MO_UL: return (uint32_t)x;
    case MO_SB: return w ? (uint64_t)(int64_t)(int8_t)x : (uint32_t)(int32_t)(int8_t)x;
    case MO_SW: return w ? (uint64_t)(int64_t)(int16_t)x : (uint32_t)(int32_t)(int16_t)x;
    case MO_SL: return w ? (uint64_t)(int64_t)(int32_t)x : (uint32_t)x;
    default: return x;
    }
}

/* regs: the registers at the slow path's start, by number (the stub's pushes); j: the
 * stub's return address, the "jmp back". Returns 0, or where the stub goes instead. The
 * budget register (JIT_IC) goes to its home around the hook, which may read and change
 * the count. */
static uintptr_t mem_slow(void *env, uint64_t *regs, const uint8_t *j)
{
    SlowDesc s;
    slow_decode(j, (uintptr_t)j, &s);
    int64_t *home = tcg_budget_off >= 0 ? (int64_t *)((char *)env + tcg_budget_off) : NULL;
    if (home)
        *home = (int64_t)regs[JIT_IC];
    MemOp mo = get_memop(s.oi);
    uintptr_t to = 0;
    if ((s.flags & SLOW_KIND) == SLOW_LD) {
        uint64_t x = tcg_mem_hooks.load(env, regs[s.ra], s.oi, s.back);
        regs[s.rv] = load_extend(x, mo, s.flags & SLOW_W);
    } else {
        uint64_t v = (s.flags & SLOW_KIND) == SLOW_ST_IMM ? s.imm : regs[s.rv];
        unsigned bits = 8u << (mo & MO_SIZE);
        if (bits < 64)
            v &= (1ull << bits) - 1; /* the hook gets the value truncated to the size */
        uint64_t inval = tb_stats.invalidations;
        tcg_mem_hooks.store(env, regs[s.ra], v, s.oi, s.back);
        /* A store into this TB's own code (SDM vol. 3, 11.6): stop after the insn. */
        TranslationBlock *tb =
            tb_stats.invalidations != inval ? jit_buffer_find_tb(s.back) : NULL;
        if (tb && tb->invalid) {
            if (s.flags & SLOW_SMC_DIRECT) {
                /* The store ended its insn and changed no global: env holds the next
                 * insn's state; its first hot byte + 1 names it (jit_restore_state). */
                jit_smc_ra = s.back + 1;
                to = jit_smc_exit;
            } else {
                *((uint8_t *)env + jit_smc_slot(tcg_ctx)) = 1;
            }
        }
    }
    if (home)
        regs[JIT_IC] = (uint64_t)*home;
    return to;
}

void jit_emit_mem_slow_stubs(JitBuf *b)
{
    /* Entered by a call from a TB (RSP 16-byte aligned there): [RSP] = the "jmp back".
     * Pushes make regs[r] = [RSP + 8 + 8r] after the alignment pad; a nonzero answer of
     * mem_slow replaces the return address, and the pops restore every register but
     * RSP. */
    jit_mem_slow_stub = jit_rx_here(b);
    for (int r = JIT_NB_REGS; r-- > 0;)
        jit_opc(b, 0x50 + (r & 7), JIT_NOREG, r, JIT_NOREG); /* push */
    jit_alu_ri(b, true, JIT_ALU_SUB, JIT_RSP, 8);
    jit_env_into(b, JIT_RDI);
    jit_op_mem(b, JOP_LEA | JOPC_W, JIT_RSI, JIT_RSP, JIT_NOREG, 0, 8);
    jit_ld(b, true, JIT_RDX, JIT_RSP, 8 + 8 * JIT_NB_REGS);
    jit_call_abs(b, (uintptr_t)mem_slow, JIT_RAX);
    jit_op_rr(b, JOP_TEST_EvGv | JOPC_W, JIT_RAX, JIT_RAX);
    jit_emit8(b, 0x70 | JIT_CC_E); /* je over the store */
    uint8_t *skip = b->p;
    jit_emit8(b, 0);
    jit_st(b, true, JIT_RAX, JIT_RSP, 8 + 8 * JIT_NB_REGS);
    if (!b->overflow)
        *skip = (uint8_t)(b->p - (skip + 1));
    jit_alu_ri(b, true, JIT_ALU_ADD, JIT_RSP, 8);
    for (int r = 0; r < JIT_NB_REGS; r++) {
        if (r == JIT_RSP)
            jit_op_mem(b, JOP_LEA | JOPC_W, JIT_RSP, JIT_RSP, JIT_NOREG, 0, 8);
        else
            jit_opc(b, 0x58 + (r & 7), JIT_NOREG, r, JIT_NOREG); /* pop */
    }
    jit_emit8(b, 0xc3);
}

size_t jit_mem_slow_describe(const uint8_t *j, uintptr_t j_rx, char *line, size_t cap)
{
    static const char *const kind[] = { "load", "store", "store imm", "?" };
    SlowDesc s;
    slow_decode(j, j_rx, &s);
    snprintf(line, cap, "0x%012" PRIxPTR ":  .slowpath %s%s memop %#x mmu %u addr r%u "
             "%s r%u imm %#" PRIx64 " back 0x%" PRIxPTR "%s", j_rx + 5,
             kind[s.flags & SLOW_KIND], s.flags & SLOW_W ? " (64-bit)" : "",
             (unsigned)get_memop(s.oi), (unsigned)get_mmuidx(s.oi), s.ra,
             (s.flags & SLOW_KIND) == SLOW_LD ? "to" : "value", s.rv, s.imm, s.back,
             (s.flags & SLOW_KIND) == SLOW_LD ? "" : s.flags & SLOW_SMC_DIRECT ? " smc-stop" : " smc-flag");
    return s.len;
}

static void cold_sync_globals(JitGen *g)
{
    JIT_FOR_GLOBALS_IN(g, g->gstale, t) {
        JitTemp *x = &g->t[t];
        if (!x->is_global || x->coherent)
            continue;
        bool was = x->coherent;
        uint8_t val = x->val;
        if (val == JIT_VAL_REG || val == JIT_VAL_CONST) {
            jit_store_temp(g, &g->cold, t);
            x->coherent = was;
        }
    }
}

/* The slow path of the access whose probe ends in the JNE at jne: globals to env, the
 * stub's call and the descriptor. */
static void emit_slow_path(JitGen *g, uint32_t jne, unsigned flags, int ra, int rv,
                           MemOpIdx oi, uint64_t imm, uintptr_t back)
{
    JitBuf *cb = &g->cold;
    jit_fix_add(&g->hot_to_cold, &g->nh2c, &g->caph2c, jne, jit_pos(cb));
    g->nb_slow_paths++;
    cold_sync_globals(g);
    if (!jit_cold_reaches(g, jit_mem_slow_stub)) /* both in the code buffer: never */
        tcg_internal_error("JIT: slow path stub out of rel32 reach");
    jit_cold_branch(g, jit_mem_slow_stub, JIT_NOREG, true);
    uint32_t jmp = jit_jmp32(cb);
    jit_fix_add(&g->cold_to_hot, &g->nc2h, &g->capc2h, jmp, (uint32_t)(back - g->hot.rx_base));
    jit_emit8(cb, (uint8_t)flags);
    jit_emit8(cb, (uint8_t)((ra & 15) | (rv & 15) << 4));
    if (oi > 0xffff)
        tcg_internal_error("JIT: MemOpIdx %#x for a slow path descriptor", (unsigned)oi);
    jit_emit16(cb, (uint16_t)oi);
    if ((flags & SLOW_KIND) == SLOW_ST_IMM) {
        uint8_t tmp[10]; /* a LEB128 number of up to 64 bits */
        size_t n = jit_put_sleb(tmp, 0, sizeof(tmp), (int64_t)imm);
        for (size_t i = 0; i < n; i++)
            jit_emit8(cb, tmp[i]);
    }
}

static unsigned load_opc(MemOp mo, bool w)
{
    unsigned ww = w ? JOPC_W : 0;
    switch (mo & (MO_SIZE | MO_SIGN)) {
    case MO_UB: return JOP_MOVZBL;
    case MO_SB: return JOP_MOVSBL | ww;
    case MO_UW: return JOP_MOVZWL;
    case MO_SW: return JOP_MOVSWL | ww;
    case MO_SL: return w ? JOP_MOVSXD : JOP_MOV_GvEv;
    case MO_UL: return JOP_MOV_GvEv;
    default: return JOP_MOV_GvEv | JOPC_W;
    }
}

void jit_gen_qemu_ld(JitGen *g, const TCGOp *op)
{
    uint32_t out = (uint32_t)op->args[0], addr = (uint32_t)op->args[1];
    MemOpIdx oi = (MemOpIdx)op->args[2];
    MemOp mo = get_memop(oi);
    bool w = op->type == TCG_TYPE_I64;
    unsigned size = 1u << (mo & MO_SIZE);
    JitBuf *hb = &g->hot;

    int ra = jit_load(g, addr, ALL);
    int r = jit_alloc(g, ALL);
    int t0 = jit_alloc(g, ALL);
    uint32_t jne = emit_probe(g, ra, t0, r, size, oi, offsetof(TCGTLBEntry, addr_read));
    jit_op_mem(hb, load_opc(mo, w), r, r, ra, 0, 0);
    emit_slow_path(g, jne, SLOW_LD | (w ? SLOW_W : 0), ra, r, oi, 0, jit_rx_here(hb));

    jit_bind(g, out, r);
}

void jit_gen_qemu_st(JitGen *g, const TCGOp *op)
{
    uint32_t val = (uint32_t)op->args[0], addr = (uint32_t)op->args[1];
    MemOpIdx oi = (MemOpIdx)op->args[2];
    MemOp mo = get_memop(oi);
    unsigned size = 1u << (mo & MO_SIZE);
    JitBuf *hb = &g->hot;

    bool vimm = jit_is_const(g, val) && (size < 8 || jit_fits_s32((int64_t)jit_const(g, val)));
    uint64_t v = vimm ? jit_const(g, val) : 0;
    int rv = vimm ? JIT_NOREG : jit_load(g, val, ALL);
    int ra = jit_load(g, addr, ALL);
    int t1 = jit_alloc(g, ALL);
    int t0 = jit_alloc(g, ALL);
    uint32_t jne = emit_probe(g, ra, t0, t1, size, oi, offsetof(TCGTLBEntry, addr_write));
    if (vimm) {
        switch (size) {
        case 1: jit_op_mem(hb, JOP_MOV_EbIb, 0, t1, ra, 0, 0); jit_emit8(hb, (uint8_t)v); break;
        case 2:
            jit_op_mem(hb, JOP_MOV_EvIz | JOPC_66, 0, t1, ra, 0, 0);
            jit_emit16(hb, (uint16_t)v);
            break;
        case 4: jit_op_mem(hb, JOP_MOV_EvIz, 0, t1, ra, 0, 0); jit_emit32(hb, (uint32_t)v); break;
        default:
            jit_op_mem(hb, JOP_MOV_EvIz | JOPC_W, 0, t1, ra, 0, 0);
            jit_emit32(hb, (uint32_t)v);
            break;
        }
    } else {
        static const unsigned opc[4] = { JOP_MOV_EbGb, JOP_MOV_EvGv | JOPC_66, JOP_MOV_EvGv,
                                         JOP_MOV_EvGv | JOPC_W };
        jit_op_mem(hb, opc[mo & MO_SIZE], rv, t1, ra, 0, 0);
    }
    unsigned flags = vimm ? SLOW_ST_IMM : SLOW_ST;
    if (jit_smc_direct(g->s, g->op_no)) {
        /* The next op is the next insn's start: the stop is for that insn. */
        g->smc_direct_at = jit_pos(hb);
        flags |= SLOW_SMC_DIRECT;
    }
    emit_slow_path(g, jne, flags, ra, vimm ? 0 : rv, oi, v, jit_rx_here(hb));

    jit_op_done(g);
}

/* ---- host memory ---- */

static unsigned host_size(const TCGOp *op)
{
    switch (op->opc) {
    case INDEX_op_ld8u: case INDEX_op_ld8s: case INDEX_op_st8: return 1;
    case INDEX_op_ld16u: case INDEX_op_ld16s: case INDEX_op_st16: return 2;
    case INDEX_op_ld32u: case INDEX_op_ld32s: case INDEX_op_st32: return 4;
    default: return op->type == TCG_TYPE_I64 ? 8 : 4;
    }
}

/* The base register and displacement of a host access; env-relative accesses to the
 * bytes of cached globals first make those coherent (and, for a store, forget them). */
static int host_base(JitGen *g, uint32_t base, int64_t off, unsigned size, bool store,
                     int32_t *disp)
{
    bool env = g->s->temps[base].kind == TEMP_ENV;
    if (env)
        jit_sync_env_range(g, off, size, store);
    else {
        /* Any pointer may point into env. */
        jit_sync_globals(g, &g->hot);
        if (store)
            jit_forget_globals(g);
    }
    /* env-relative: straight off the env register (the encoder applies its bias) */
    if (env && jit_fits_s32(off - JIT_RBP_BIAS)) {
        *disp = (int32_t)off;
        return JIT_ENV;
    }
    int rb = jit_load(g, base, ALL);
    if (jit_fits_s32(off)) {
        *disp = (int32_t)off;
        return rb;
    }
    int t = jit_alloc(g, ALL);
    jit_movi(&g->hot, true, t, (uint64_t)off, false);
    jit_alu_rr(&g->hot, true, JIT_ALU_ADD, t, rb);
    *disp = 0;
    return t;
}

void jit_gen_host_ld(JitGen *g, const TCGOp *op)
{
    uint32_t out = (uint32_t)op->args[0], base = (uint32_t)op->args[1];
    int64_t off = (int64_t)op->args[2];
    bool w = op->type == TCG_TYPE_I64;
    unsigned size = host_size(op);
    int32_t disp;
    int rb = host_base(g, base, off, size, false, &disp);
    MemOp mo;
    switch (op->opc) {
    case INDEX_op_ld8u: mo = MO_UB; break;
    case INDEX_op_ld8s: mo = MO_SB; break;
    case INDEX_op_ld16u: mo = MO_UW; break;
    case INDEX_op_ld16s: mo = MO_SW; break;
    case INDEX_op_ld32u: mo = MO_UL; break;
    case INDEX_op_ld32s: mo = MO_SL; break;
    default: mo = w ? MO_UQ : MO_UL; break;
    }
    int r = jit_alloc(g, ALL);
    jit_op_mem(&g->hot, load_opc(mo, w), r, rb, JIT_NOREG, 0, disp);
    jit_bind(g, out, r);
}

void jit_gen_host_st(JitGen *g, const TCGOp *op)
{
    uint32_t val = (uint32_t)op->args[0], base = (uint32_t)op->args[1];
    int64_t off = (int64_t)op->args[2];
    unsigned size = host_size(op);
    JitBuf *hb = &g->hot;
    bool vimm = jit_is_const(g, val) && (size < 8 || jit_fits_s32((int64_t)jit_const(g, val)));
    int rv = vimm ? JIT_NOREG : jit_load(g, val, ALL);
    int32_t disp;
    int rb = host_base(g, base, off, size, true, &disp);
    uint64_t v = vimm ? jit_const(g, val) : 0;
    switch (size) {
    case 1:
        if (vimm) {
            jit_op_mem(hb, JOP_MOV_EbIb, 0, rb, JIT_NOREG, 0, disp);
            jit_emit8(hb, (uint8_t)v);
        } else {
            jit_op_mem(hb, JOP_MOV_EbGb, rv, rb, JIT_NOREG, 0, disp);
        }
        break;
    case 2:
        if (vimm) {
            jit_op_mem(hb, JOP_MOV_EvIz | JOPC_66, 0, rb, JIT_NOREG, 0, disp);
            jit_emit16(hb, (uint16_t)v);
        } else {
            jit_op_mem(hb, JOP_MOV_EvGv | JOPC_66, rv, rb, JIT_NOREG, 0, disp);
        }
        break;
    default:
        if (vimm)
            jit_st_imm(hb, size == 8, rb, disp, (int32_t)v);
        else
            jit_st(hb, size == 8, rv, rb, disp);
        break;
    }
    jit_op_done(g);
}
