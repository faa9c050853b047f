/* Internal interface of the x86 translator (cpu/translate*.c): the per-TB state, the IR
 * globals mirroring CPUX86State, and the emitters that instruction families share
 * (operands, addressing, stack, lazy flags, conditions, TB exits). */
#ifndef CPU_TRANSLATE_H
#define CPU_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/cpu.h"
#include "cpu/decode.h"
#include "tcg/tb.h"
#include "tcg/tcg.h"

/* Guest values are handled as 64-bit IR values, zero-extended from their operand size. */
typedef TCGv_i64 TCGv;

/* IR globals over CPUX86State fields (created once by x86_tcg_init). */
extern TCGv x86_ir_regs[16];
extern TCGv x86_ir_eip, x86_ir_cc_dst, x86_ir_cc_src, x86_ir_cc_src2;
extern TCGv x86_ir_seg_base[6];
extern TCGv_i32 x86_ir_cc_op, x86_ir_df;

/* A decoded operand of the current instruction. */
enum { OPND_NONE, OPND_REG, OPND_MEM, OPND_IMM, OPND_SREG, OPND_CR, OPND_DR, OPND_STR };
typedef struct X86Operand {
    uint8_t type;  /* OPND_* */
    uint8_t size;  /* bytes: 1, 2, 4, 8; far pointers and tables: see the users */
    uint8_t reg;   /* GPR / sreg / CRn / DRn number */
    bool hbyte;    /* AH CH DH BH: bits 15:8 of reg */
    uint8_t kind;  /* X86OperandKind it came from */
    uint64_t imm;  /* OPND_IMM: the value (jump targets: the new EIP) */
} X86Operand;

/* How the instruction being translated ends. */
typedef enum {
    DISAS_NEXT,      /* fall through to the next instruction */
    DISAS_EOB_NEXT,  /* end the TB after it, continuing at next_eip, back through the loop
                        (mode bits or IF changed) */
    DISAS_EOB_INHIBIT, /* as EOB_NEXT, and the next insn runs with interrupts inhibited */
    DISAS_JUMP,      /* env->eip already holds the target: end the TB with a lookup */
    DISAS_EXIT,      /* env->eip already holds the target and mode bits may have changed:
                        end the TB back through the loop */
    DISAS_NORETURN,  /* the TB's exit (or an exception) has been emitted */
} DisasJumpType;

typedef struct DisasContext {
    CPUX86State *env;
    TranslationBlock *tb;
    X86Insn insn;
    X86Operand op[3];
    uint64_t cs_base;
    uint64_t eip;       /* EIP of the current instruction */
    uint64_t next_eip;  /* EIP of the one after it */
    uint64_t pc;        /* linear address of the current instruction */
    uint32_t flags;     /* hflags the TB was translated for */
    int cpl, iopl, mmu_idx;
    bool pe, vm86, code32, code64, ss32, addseg;
    bool jmp_opt;       /* direct chaining (goto_tb) and lookup_and_goto allowed */
    bool sets_inhibit;  /* this insn (STI, MOV/POP SS) starts an interrupt shadow */
    int cc_op;          /* enum CCOp known at translation time, or CC_OP_DYNAMIC */
    bool cc_op_dirty;   /* cc_op differs from env->cc_op */
    /* The first operand of the SUB/CMP that set the flags, kept in a TB temp so that a
     * following Jcc/SETcc compares the operands without recomputing dst + src. */
    TCGv cc_srcT;
    bool cc_srcT_valid;
    DisasJumpType is_jmp;
    bool a0_valid;
    TCGv A0;            /* linear address of the ModRM / moffs memory operand */
    /* Segment checks (translate_segchk.c): the segment of the last linear address made
     * by gen_linear in this insn (-1: none), which gen_ld/gen_st check against, and the
     * segment of A0 (gen_mem_addr re-selects it when it returns the cached A0). */
    int8_t seg_last, a0_seg;
    /* The next gen_ld/gen_st is the first access to a 16-byte operand that must be
     * aligned: it carries MO_ALIGN_16 (translate_sse.c, gen_sse_addr). */
    bool align16_pending;
    /* The TB ends in a near JMP/CALL through a register or memory (lookup_and_goto's
     * TCG_LOOKUP_MANY_TARGETS: switch tables, interpreter dispatch). */
    bool many_targets;
    int num_insns;
} DisasContext;

typedef void (*X86TransFn)(DisasContext *s);

static inline int size_log2(int size) { return size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3; }
static inline uint64_t size_mask(int size) { return size == 8 ? ~0ull : (1ull << (size * 8)) - 1; }
static inline MemOp size_memop(int size) { return (MemOp)size_log2(size); }
static inline int stack_size(const DisasContext *s) { return s->code64 ? 8 : s->ss32 ? 4 : 2; }
static inline X86Mnemonic insn_mnemonic(const DisasContext *s) { return (X86Mnemonic)s->insn.entry->mnemonic; }

/* A helper has set env->cc_op (and the flags): env is right, nothing to store. */
static inline void cc_op_set_by_helper(DisasContext *s, int op)
{
    s->cc_op = op;
    s->cc_op_dirty = false;
    s->cc_srcT_valid = false;
}

/* ---- translate.c: exits, exceptions ---- */
/* Before a helper that reads EFLAGS or EIP, or leaves the loop without restoring state:
 * env->cc_op and env->eip (this insn) become exact. */
void gen_sync_for_helper(DisasContext *s);
void gen_exception(DisasContext *s, int vec);
void gen_exception_err(DisasContext *s, int vec, int err);
void gen_unimplemented(DisasContext *s);
void gen_update_eip_cur(DisasContext *s);
void gen_update_eip_next(DisasContext *s);
/* Jump to a constant EIP: chained through goto_tb slot n when the rules allow. */
void gen_jmp_tb(DisasContext *s, uint64_t eip, int slot);
/* #GP(0) at run time when a near-transfer target exceeds the CS limit (16-bit code). */
void gen_check_cs_limit(DisasContext *s, TCGv target);
/* eip is in env->eip: end the TB (lookup_and_goto, or exit when chaining is off). */
void gen_eob_jump(DisasContext *s);
uint64_t eip_mask(const DisasContext *s, int size);

/* ---- translate_mem.c: registers, addressing, operands, stack ---- */
void gen_load_reg(TCGv dst, int size, int reg, bool hbyte);
void gen_store_reg(int size, int reg, bool hbyte, TCGv val);
/* Adds delta to reg, wrapping at addr_size bytes (only those bits change for 16-bit). */
void gen_add_reg_sized(int reg, int addr_size, TCGv delta);
void gen_add_reg_sized_i(int reg, int addr_size, int64_t delta);
void gen_ld(DisasContext *s, TCGv val, TCGv addr, MemOp op);
void gen_st(DisasContext *s, TCGv val, TCGv addr, MemOp op);
/* Linear address of offset (already wrapped to the address size) in segment seg. */
void gen_linear(DisasContext *s, TCGv dst, TCGv offset, int seg);
/* The ModRM effective address (offset in its segment, wrapped to the address size). */
TCGv gen_modrm_ea(DisasContext *s);
int modrm_default_seg(const DisasContext *s);
int insn_data_seg(const DisasContext *s, int def);
/* The memory operand's linear address (computed once per instruction). */
TCGv gen_mem_addr(DisasContext *s);
void decode_operands(DisasContext *s);
TCGv gen_load_op(DisasContext *s, int n);
void gen_store_op(DisasContext *s, int n, TCGv val);
/* Stack: push stores then moves rSP; pop loads (gen_pop_load) and the caller commits
 * rSP (gen_pop_commit) once nothing else in the instruction can fault. */
void gen_push(DisasContext *s, TCGv val, int size);
TCGv gen_pop_load(DisasContext *s, int size, int offset);
void gen_pop_commit(DisasContext *s, int size);
void gen_stack_addr(DisasContext *s, TCGv dst, TCGv sp_offset);
void gen_ld_seg_selector(TCGv dst, int seg);

/* ---- translate_segchk.c: access-time segment limit and rights checks (SDM vol. 3, 5.3,
 * 5.4; vol. 2 "#GP(0) If a memory operand effective address is outside the ... segment
 * limit", "#SS(0) ... SS"). Nothing is emitted for a segment whose HF_SEGCHK bit is clear
 * (flat) nor in 64-bit code, except the #GP of a write through CS in protected mode. ---- */
enum { SEGCHK_READ = 1, SEGCHK_WRITE = 2, SEGCHK_RW = 3 };
/* gen_linear calls it first: records seg for the following gen_ld/gen_st and checks the
 * whole operand of insns whose memory access happens inside a helper (x87, FXSAVE...). */
void gen_segchk_at_linear(DisasContext *s, TCGv offset, int seg);
/* gen_ld/gen_st: size bytes at linear (made by the last gen_linear of this insn). */
void gen_segchk_access(DisasContext *s, TCGv linear, uint32_t size, int access);
/* size bytes at offset (wrapped to the address size) in segment seg. */
void gen_segchk_offset(DisasContext *s, TCGv offset, int seg, uint32_t size, int access);
/* Whether accesses through seg need run-time checks in this TB. */
bool segchk_needed(const DisasContext *s, int seg);
/* EFLAGS.RF = 1 (with HF_RF) before leaving a TB at a REP string instruction that will be
 * resumed (translate.c). */
void gen_set_rf(void);
/* The fetch of the instruction at s->eip, len bytes, against CS.limit (SDM vol. 3, 5.3):
 * emits a run-time check when HF_CSLIM is set; returns false after emitting the #GP(0)
 * when the instruction can never be fetched whole (it runs past FFFFH / FFFFFFFFH). */
bool gen_segchk_fetch(DisasContext *s, uint32_t len);
/* At translation time, for an instruction whose bytes could not all be read: whether the
 * first missing byte (offset eip + n) lies beyond CS.limit, which is #GP(0) before #PF. */
bool x86_fetch_beyond_cs_limit(CPUX86State *env, uint64_t eip, size_t n);

/* ---- translate_cc.c: lazy flags and conditions ---- */
void set_cc_op(DisasContext *s, int op);
void gen_update_cc_op(DisasContext *s);
/* Records a flag-setting result: cc_op = base + size, cc_dst = dst, cc_src = src. */
void gen_set_cc(DisasContext *s, int base_op, int size, TCGv dst, TCGv src);
/* SUB/CMP/NEG/CMPXCHG/CMPS/SCAS: dst = src1 - src2 (src1, src2 zero-extended). */
void gen_set_cc_sub(DisasContext *s, int size, TCGv dst, TCGv src1, TCGv src2);
/* All six arithmetic flags (CC_* bits) in a new temp. */
TCGv gen_compute_eflags(DisasContext *s);
TCGv gen_compute_cf(DisasContext *s);
/* The flags become exactly `flags` (CC_* bits): cc_op = CC_OP_EFLAGS. */
void gen_set_eflags_cc(DisasContext *s, TCGv flags);
typedef struct X86Cond {
    TCGCond cond;
    TCGv a, b;
} X86Cond;
/* Condition b (0..15, the low nibble of Jcc/SETcc/CMOVcc) as a comparison. */
X86Cond gen_prepare_cc(DisasContext *s, int b);
void x86_cond_free(X86Cond *c);
void gen_setcc_value(DisasContext *s, int b, TCGv dst);
void gen_brcond_cc(DisasContext *s, int b, TCGLabelId l);

/* ---- instruction families (one translation function per mnemonic group) ---- */
/* translate_alu.c */
void trans_alu(DisasContext *s);
void trans_inc_dec(DisasContext *s);
void trans_neg(DisasContext *s);
void trans_not(DisasContext *s);
void trans_mul(DisasContext *s);
void trans_imul(DisasContext *s);
void trans_div(DisasContext *s);
void trans_bcd(DisasContext *s);
void trans_aam_aad(DisasContext *s);
void trans_cbw(DisasContext *s);
void trans_cwd(DisasContext *s);
void trans_mov(DisasContext *s);
void trans_movzx_movsx(DisasContext *s);
void trans_lea(DisasContext *s);
void trans_xchg(DisasContext *s);
void trans_cmpxchg(DisasContext *s);
void trans_cmpxchg8b(DisasContext *s);
void trans_xadd(DisasContext *s);
void trans_setcc(DisasContext *s);
void trans_cmovcc(DisasContext *s);
void trans_nop(DisasContext *s);
void trans_xlat(DisasContext *s);
void trans_salc(DisasContext *s);
void trans_bound(DisasContext *s);
/* translate_bits.c */
void trans_shift(DisasContext *s);
void trans_rotate(DisasContext *s);
void trans_rcl_rcr(DisasContext *s);
void trans_shld_shrd(DisasContext *s);
void trans_bt(DisasContext *s);
void trans_bsf_bsr(DisasContext *s);
void trans_bswap(DisasContext *s);
/* translate_string.c */
void trans_string(DisasContext *s);
/* translate_ctl.c */
void trans_jcc(DisasContext *s);
void trans_jmp(DisasContext *s);
void trans_call(DisasContext *s);
void trans_ret(DisasContext *s);
void trans_loop(DisasContext *s);
void trans_ljmp(DisasContext *s);
void trans_lcall(DisasContext *s);
void trans_lret(DisasContext *s);
void trans_int(DisasContext *s);
void trans_iret(DisasContext *s);
void trans_push(DisasContext *s);
void trans_pop(DisasContext *s);
void trans_pusha(DisasContext *s);
void trans_popa(DisasContext *s);
void trans_enter(DisasContext *s);
void trans_leave(DisasContext *s);
/* translate_sys.c */
void trans_flag_ops(DisasContext *s);
void trans_cli_sti(DisasContext *s);
void trans_pushf(DisasContext *s);
void trans_popf(DisasContext *s);
void trans_lahf_sahf(DisasContext *s);
void trans_load_far_ptr(DisasContext *s);
void trans_desc_table(DisasContext *s);
void trans_ldt_tr(DisasContext *s);
void trans_msw(DisasContext *s);
void trans_clts(DisasContext *s);
void trans_sysenter_sysexit(DisasContext *s);
void trans_int1(DisasContext *s);
void trans_rdpmc(DisasContext *s);
void trans_clflush(DisasContext *s);
void trans_invlpg(DisasContext *s);
void trans_hlt(DisasContext *s);
void trans_in_out(DisasContext *s);
void trans_simple_helper(DisasContext *s);
void trans_lar_lsl(DisasContext *s);
void trans_verr_verw(DisasContext *s);
void trans_arpl(DisasContext *s);
void trans_ud(DisasContext *s);
/* Segment register load (MOV/POP sreg, LxS): val is the selector. */
void gen_load_sreg(DisasContext *s, int seg, TCGv val);
void gen_mov_crdr(DisasContext *s);
/* I/O permission: #GP or the TSS bitmap check when CPL > IOPL or in v86 mode. */
void gen_check_io(DisasContext *s, TCGv_i32 port, int size);

/* translate_64.c: 64-bit mode */
/* #vec(0) at run time unless addr is canonical (48-bit linear addresses). */
void gen_check_canonical(DisasContext *s, TCGv addr, int vec);
void trans_movsxd(DisasContext *s);
void trans_cmpxchg8b_16(DisasContext *s);
void trans_syscall(DisasContext *s);
void trans_sysret(DisasContext *s);
void trans_swapgs(DisasContext *s);
void gen_mov_cr8(DisasContext *s, bool to);

/* translate_fpu.c (x87 helper's): escapes D8-DF, WAIT, FXSAVE/FXRSTOR */
void trans_fwait(DisasContext *s);
void trans_fpu_arith(DisasContext *s);
void trans_fpu_com(DisasContext *s);
void trans_fpu_comi(DisasContext *s);
void trans_fpu_load(DisasContext *s);
void trans_fpu_store(DisasContext *s);
void trans_fpu_fxch(DisasContext *s);
void trans_fpu_fcmov(DisasContext *s);
void trans_fpu_misc(DisasContext *s);
void trans_fpu_ctrl(DisasContext *s);
void trans_fxsave(DisasContext *s);

#endif
