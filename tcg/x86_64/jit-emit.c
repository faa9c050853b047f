/* The x86-64 encoder behind jit-emit.h. REX is emitted only when an operand needs it
 * (W, a register above 7, or a byte register SPL..DIL, SDM vol. 2A, 2.2.1); immediates
 * take their 8-bit form when the value fits. */
#include <string.h>

#include "tcg/x86_64/jit-emit.h"

void jit_emit8(JitBuf *b, uint8_t v)
{
    if (b->p < b->end)
        *b->p++ = v;
    else
        b->overflow = true;
}

static void emit_bytes(JitBuf *b, const void *src, unsigned n)
{
    if ((size_t)(b->end - b->p) >= n) {
        memcpy(b->p, src, n);
        b->p += n;
    } else {
        b->overflow = true;
        b->p = b->end;
    }
}

void jit_emit16(JitBuf *b, uint16_t v) { emit_bytes(b, &v, 2); }
void jit_emit32(JitBuf *b, uint32_t v) { emit_bytes(b, &v, 4); }
void jit_emit64(JitBuf *b, uint64_t v) { emit_bytes(b, &v, 8); }

/* Instructions are encoded straight into the buffer after one bounds check (into a
 * local array, then copied, only near the end): at most 1 (66) + 1 (F3) + 1 (REX) +
 * 2 (opcode) + 1 (ModRM) + 1 (SIB) + 4 (disp32) + 4 (imm32) bytes, or a REX.W B8+r with
 * its imm64; an immediate is stored as 8 bytes of which only the first ones count.
 * (Building the bytes in a local array and copying it as one 16-byte block would reload
 * them right after byte stores, which store forwarding cannot serve.) */
enum { INSN_MAX = 16 };

static inline uint8_t *insn_begin(JitBuf *b, uint8_t *local)
{
    return (size_t)(b->end - b->p) >= INSN_MAX ? b->p : local;
}

/* The n bytes at q (from insn_begin) are the instruction. */
static inline void insn_end(JitBuf *b, uint8_t *q, const uint8_t *local, unsigned n)
{
    if (q == local)
        emit_bytes(b, local, n);
    else
        b->p += n;
}

/* Prefixes, REX and opcode of opc into q; returns the byte count. */
static inline unsigned encode_opc(uint8_t *q, unsigned opc, int r, int rm, int index)
{
    unsigned n = 0, rex = 0;
    if (opc & JOPC_66)
        q[n++] = 0x66;
    if (opc & JOPC_F3)
        q[n++] = 0xf3;
    if (opc & JOPC_W)
        rex |= 8;
    if (r >= 0 && (r & 8))
        rex |= 4;
    if (index >= 0 && (index & 8))
        rex |= 2;
    if (rm >= 0 && (rm & 8))
        rex |= 1;
    /* Without REX, byte registers 4..7 are AH CH DH BH; with any REX they are SPL..DIL. */
    if (((opc & JOPC_BREG) && r >= 4 && r < 8) || ((opc & JOPC_BRM) && rm >= 4 && rm < 8))
        rex |= 0x40;
    if (rex)
        q[n++] = (uint8_t)(0x40 | rex);
    if (opc & JOPC_0F)
        q[n++] = 0x0f;
    q[n++] = (uint8_t)opc;
    return n;
}

void jit_opc(JitBuf *b, unsigned opc, int r, int rm, int index)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    insn_end(b, q, local, encode_opc(q, opc, r, rm, index));
}

void jit_op_rr(JitBuf *b, unsigned opc, int r, int rm)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    unsigned n = encode_opc(q, opc, r, rm, JIT_NOREG);
    q[n++] = (uint8_t)(0xc0 | ((r & 7) << 3) | (rm & 7));
    insn_end(b, q, local, n);
}

/* A register-direct form followed by an immediate of immlen bytes (1, 4 or 8). */
static void op_rr_imm(JitBuf *b, unsigned opc, int r, int rm, uint64_t imm, unsigned immlen)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    unsigned n = encode_opc(q, opc, r, rm, JIT_NOREG);
    q[n++] = (uint8_t)(0xc0 | ((r & 7) << 3) | (rm & 7));
    memcpy(&q[n], &imm, 8); /* little-endian host: the low immlen bytes */
    insn_end(b, q, local, n + immlen);
}

/* An opcode with the register in its low bits (B8+r) followed by an immediate. */
static void op_r_imm(JitBuf *b, unsigned opc, int r, uint64_t imm, unsigned immlen)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    unsigned n = encode_opc(q, opc + (unsigned)(r & 7), JIT_NOREG, r, JIT_NOREG);
    memcpy(&q[n], &imm, 8);
    insn_end(b, q, local, n + immlen);
}

/* A memory form followed by an immediate of immlen bytes (0, 1, 2 or 4). */
static void op_mem_imm(JitBuf *b, unsigned opc, int r, int base, int index, int shift,
                       int32_t disp, uint32_t imm, unsigned immlen)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    if (base == JIT_RBP)
        disp -= JIT_RBP_BIAS;
    /* JOPC_BRM is about a register-direct rm; here rm is a base register. */
    unsigned n = encode_opc(q, opc & ~(unsigned)JOPC_BRM, r, base, index);
    unsigned mod;
    /* RBP/R13 as base have no displacement-free form (that encoding means disp32 or
     * rip-relative), SDM vol. 2A, table 2-2. */
    if (disp == 0 && (base & 7) != JIT_RBP)
        mod = 0x00;
    else if (disp == (int8_t)disp)
        mod = 0x40;
    else
        mod = 0x80;
    if (index == JIT_NOREG && (base & 7) != JIT_RSP) {
        q[n++] = (uint8_t)(mod | ((r & 7) << 3) | (base & 7));
    } else {
        /* RSP/R12 as base need a SIB byte; index 100b means none. */
        unsigned idx = index == JIT_NOREG ? 4 : (unsigned)(index & 7);
        q[n++] = (uint8_t)(mod | ((r & 7) << 3) | 4);
        q[n++] = (uint8_t)((shift << 6) | (idx << 3) | (base & 7));
    }
    if (mod == 0x40) {
        q[n++] = (uint8_t)disp;
    } else if (mod == 0x80) {
        memcpy(&q[n], &disp, 4);
        n += 4;
    }
    memcpy(&q[n], &imm, 4); /* little-endian host: the low immlen bytes */
    insn_end(b, q, local, n + immlen);
}

/* op_mem_imm's bytes for the most frequent forms (moves between registers and env or
 * the frame, the soft-TLB probe): a one-byte opcode, REX.W or no prefix; r is a
 * register or a /digit, index a register or JIT_NOREG. */
static inline __attribute__((always_inline)) void
op_base_disp(JitBuf *b, bool w64, uint8_t opc, int r, int base, int index, int shift,
             int32_t disp, uint32_t imm, unsigned immlen)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    if (base == JIT_RBP)
        disp -= JIT_RBP_BIAS;
    unsigned x = index == JIT_NOREG ? 4u : (unsigned)index;
    unsigned n = 0, rex = (w64 ? 8u : 0u) | ((unsigned)r & 8) >> 1 | (x & 8) >> 2 |
                          ((unsigned)base & 8) >> 3;
    if (rex)
        q[n++] = (uint8_t)(0x40 | rex);
    q[n++] = opc;
    unsigned reg = ((unsigned)r & 7) << 3, rm = (unsigned)base & 7;
    unsigned mod = disp == 0 && rm != JIT_RBP ? 0x00 : disp == (int8_t)disp ? 0x40 : 0x80;
    if (index == JIT_NOREG && rm != JIT_RSP) {
        q[n++] = (uint8_t)(mod | reg | rm);
    } else { /* SIB: RSP/R12 as base need one; index 100b means none */
        q[n++] = (uint8_t)(mod | reg | 4);
        q[n++] = (uint8_t)((unsigned)shift << 6 | (x & 7) << 3 | rm);
    }
    if (mod == 0x40) {
        q[n++] = (uint8_t)disp;
    } else if (mod == 0x80) {
        memcpy(&q[n], &disp, 4);
        n += 4;
    }
    memcpy(&q[n], &imm, 4);
    insn_end(b, q, local, n + immlen);
}

void jit_op_mem(JitBuf *b, unsigned opc, int r, int base, int index, int shift, int32_t disp)
{
    if (!(opc & ~(0xffu | JOPC_W)))
        op_base_disp(b, (opc & JOPC_W) != 0, (uint8_t)opc, r, base, index, shift, disp, 0, 0);
    else
        op_mem_imm(b, opc, r, base, index, shift, disp, 0, 0);
}

bool jit_op_rip(JitBuf *b, unsigned opc, int r, uintptr_t target, int imm_bytes)
{
    if (!b->rx_base)
        return false;
    /* Encode the prefixes and opcode first, then compute the displacement from the
     * end of the instruction (the immediate, if any, follows). */
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    unsigned n = encode_opc(q, opc & ~(unsigned)JOPC_BRM, r, JIT_NOREG, JIT_NOREG);
    int len = (int)n + 1 + 4 + imm_bytes;
    int64_t rel = (int64_t)(target - (jit_rx_here(b) + (uintptr_t)len));
    if (!jit_fits_s32(rel))
        return false;
    q[n++] = (uint8_t)(0x05 | ((r & 7) << 3));
    int32_t rel32 = (int32_t)rel;
    memcpy(&q[n], &rel32, 4);
    insn_end(b, q, local, n + 4);
    return true;
}

bool jit_reach32(const JitBuf *b, uintptr_t target, int insn_len)
{
    if (!b->rx_base)
        return false;
    return jit_fits_s32((int64_t)(target - (jit_rx_here(b) + (uintptr_t)insn_len)));
}

void jit_mov_rr(JitBuf *b, bool w64, int dst, int src)
{
    if (dst == src && w64)
        return;
    /* A 32-bit move onto itself is kept: it clears bits 63:32. */
    jit_op_rr(b, JOP_MOV_EvGv | (w64 ? JOPC_W : 0), src, dst);
}

void jit_movi(JitBuf *b, bool w64, int r, uint64_t v, bool keep_flags)
{
    if (!w64)
        v = (uint32_t)v;
    if (v == 0 && !keep_flags) {
        jit_op_rr(b, JOP_ALU_EvGv(JIT_ALU_XOR), r, r);
    } else if (v <= 0xffffffffull) {
        op_r_imm(b, 0xb8, r, v, 4);
    } else if (jit_fits_s32((int64_t)v)) {
        op_rr_imm(b, JOP_MOV_EvIz | JOPC_W, 0, r, v, 4);
    } else {
        op_r_imm(b, 0xb8 | JOPC_W, r, v, 8);
    }
}

void jit_alu_rr(JitBuf *b, bool w64, int op, int dst, int src)
{
    jit_op_rr(b, JOP_ALU_EvGv(op) | (w64 ? JOPC_W : 0), src, dst);
}

void jit_alu_ri(JitBuf *b, bool w64, int op, int r, int32_t imm)
{
    unsigned w = w64 ? JOPC_W : 0;
    if (imm == (int8_t)imm)
        op_rr_imm(b, JOP_GRP1_EvIb | w, op, r, (uint64_t)(int64_t)imm, 1);
    else
        op_rr_imm(b, JOP_GRP1_EvIz | w, op, r, (uint64_t)(int64_t)imm, 4);
}

/* RORX dst, src, n (BMI2; SDM vol. 2B, RORX): VEX.LZ.F2.0F3A.W1 F0 /r ib, 64-bit. A
 * rotate into another register that leaves the flags alone. */
void jit_rorx64(JitBuf *b, int dst, int src, unsigned n)
{
    uint8_t v[6] = { 0xc4,
                     (uint8_t)(((dst & 8) ? 0 : 0x80) | 0x40 | ((src & 8) ? 0 : 0x20) | 0x03),
                     0xfb, 0xf0, (uint8_t)(0xc0 | ((dst & 7) << 3) | (src & 7)), (uint8_t)n };
    emit_bytes(b, v, sizeof(v));
}

void jit_shift_ri(JitBuf *b, bool w64, int op, int r, unsigned n)
{
    unsigned w = w64 ? JOPC_W : 0;
    if (n == 1) {
        jit_op_rr(b, 0xd1 | w, op, r);
    } else {
        op_rr_imm(b, JOP_GRP2_EvIb | w, op, r, n, 1);
    }
}

void jit_ld(JitBuf *b, bool w64, int r, int base, int32_t disp)
{
    op_base_disp(b, w64, JOP_MOV_GvEv, r, base, JIT_NOREG, 0, disp, 0, 0);
}

void jit_st(JitBuf *b, bool w64, int r, int base, int32_t disp)
{
    op_base_disp(b, w64, JOP_MOV_EvGv, r, base, JIT_NOREG, 0, disp, 0, 0);
}

void jit_st_imm(JitBuf *b, bool w64, int base, int32_t disp, int32_t imm)
{
    op_base_disp(b, w64, JOP_MOV_EvIz, 0, base, JIT_NOREG, 0, disp, (uint32_t)imm, 4);
}

uint32_t jit_jcc32(JitBuf *b, int cc)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    uint32_t at = jit_pos(b) + 2, rel = 0; /* patched later */
    q[0] = 0x0f;
    q[1] = (uint8_t)(0x80 + cc);
    memcpy(&q[2], &rel, 4);
    insn_end(b, q, local, 6);
    return at;
}

uint32_t jit_jmp32(JitBuf *b)
{
    uint8_t local[INSN_MAX], *q = insn_begin(b, local);
    uint32_t at = jit_pos(b) + 1, rel = 0; /* patched later */
    q[0] = 0xe9;
    memcpy(&q[1], &rel, 4);
    insn_end(b, q, local, 5);
    return at;
}

void jit_patch_rel32(JitBuf *b, uint32_t off, uintptr_t target)
{
    if (b->overflow || off + 4 > (uint32_t)(b->end - b->base))
        return;
    int32_t rel = (int32_t)(int64_t)(target - (b->rx_base + off + 4));
    memcpy(b->base + off, &rel, 4);
}

static void branch_abs(JitBuf *b, uintptr_t target, int scratch, uint8_t opc, int digit)
{
    if (jit_reach32(b, target, 5)) {
        int32_t rel = (int32_t)(int64_t)(target - (jit_rx_here(b) + 5));
        uint8_t local[INSN_MAX], *q = insn_begin(b, local);
        q[0] = opc;
        memcpy(&q[1], &rel, 4);
        insn_end(b, q, local, 5);
    } else {
        jit_movi(b, true, scratch, target, true);
        jit_op_rr(b, JOP_GRP5_Ev, digit, scratch);
    }
}

void jit_call_abs(JitBuf *b, uintptr_t target, int scratch)
{
    branch_abs(b, target, scratch, 0xe8, 2);
}

void jit_jmp_abs(JitBuf *b, uintptr_t target, int scratch)
{
    branch_abs(b, target, scratch, 0xe9, 4);
}

void jit_nops(JitBuf *b, unsigned n)
{
    static const uint8_t nop[9][9] = {
        { 0 },
        { 0x90 },
        { 0x66, 0x90 },
        { 0x0f, 0x1f, 0x00 },
        { 0x0f, 0x1f, 0x40, 0x00 },
        { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
        { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
        { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
        { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    };
    while (n) {
        unsigned k = n > 8 ? 8 : n;
        emit_bytes(b, nop[k], k);
        n -= k;
    }
}
