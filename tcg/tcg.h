/* Tern IR: temps, ops and the builder a guest translator uses to emit the IR of one
 * translation block. The op semantics are specified in tcg/README.md; both backends
 * (tcg/interp.c and later tcg/x86_64/) implement exactly that text.
 * Nothing here knows about x86: any guest ISA could drive this builder. */
#ifndef TCG_TCG_H
#define TCG_TCG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Hosts are 64-bit (x86-64, aarch64): pointers are I64 in the IR. */
typedef enum { TCG_TYPE_I32 = 0, TCG_TYPE_I64 = 1 } TCGType;
#define TCG_TYPE_PTR TCG_TYPE_I64

/* Typed handles to temps. Their .idx indexes TCGContext.temps. */
typedef struct { uint32_t idx; } TCGv_i32;
typedef struct { uint32_t idx; } TCGv_i64;
typedef struct { uint32_t idx; } TCGv_ptr;
#define TCG_NO_TEMP UINT32_MAX

typedef enum {
    TEMP_GLOBAL, /* lives in the CPU state at env + mem_offset; survives the TB */
    TEMP_TB,     /* lives in the frame for one TB; keeps its value across labels */
    TEMP_CONST,  /* a constant; never written */
    TEMP_ENV,    /* the env pointer itself (one per context) */
} TCGTempKind;

typedef struct TCGTemp {
    uint8_t type; /* TCGType */
    uint8_t kind; /* TCGTempKind */
    uint8_t free; /* TEMP_TB only: released by tcg_temp_free, may be reused */
    uint8_t pad;
    uint32_t frame_slot;  /* TEMP_TB: index in the 8-byte frame slots */
    int64_t mem_offset;   /* TEMP_GLOBAL: byte offset from env */
    uint64_t val;         /* TEMP_CONST: value (I32 constants are zero-extended) */
    const char *name;     /* TEMP_GLOBAL: for -d op */
} TCGTemp;

/* Comparison conditions for setcond/movcond/brcond. */
typedef enum {
    TCG_COND_NEVER, TCG_COND_ALWAYS,
    TCG_COND_EQ, TCG_COND_NE,
    TCG_COND_LT, TCG_COND_GE, TCG_COND_LE, TCG_COND_GT,     /* signed */
    TCG_COND_LTU, TCG_COND_GEU, TCG_COND_LEU, TCG_COND_GTU, /* unsigned */
    TCG_COND_TSTEQ, TCG_COND_TSTNE,                          /* (a & b) == 0, != 0 */
} TCGCond;

/* Guest memory access descriptor: size, sign, and the MMU index, packed in one arg. */
typedef enum {
    MO_8 = 0, MO_16 = 1, MO_32 = 2, MO_64 = 3, MO_SIZE = 3,
    MO_SIGN = 4,
    /* A guest-defined bit: the backends carry it to the guest's load/store hooks (the
     * slow path) untouched and ignore it otherwise, so it costs nothing on the fast path. */
    MO_GUEST_FLAG = 8,
    /* The address must be a multiple of 16 (either half of a 16-byte operand that must be
     * aligned): a misaligned one misses the fast path, and the guest's slow-path hook
     * must raise its fault for it (x86: #GP(0), SDM vol. 1, 11.4.1). */
    MO_ALIGN_16 = 16,
    MO_UB = MO_8, MO_UW = MO_16, MO_UL = MO_32, MO_UQ = MO_64,
    MO_SB = MO_8 | MO_SIGN, MO_SW = MO_16 | MO_SIGN, MO_SL = MO_32 | MO_SIGN,
} MemOp;
typedef uint32_t MemOpIdx; /* memop | mmu_idx << 8 */
static inline MemOpIdx make_memop_idx(MemOp op, unsigned mmu_idx) { return (MemOpIdx)op | (mmu_idx << 8); }
static inline MemOp get_memop(MemOpIdx oi) { return (MemOp)(oi & 0xff); }
static inline unsigned get_mmuidx(MemOpIdx oi) { return oi >> 8; }

/* The op list, one line per op, is the X-macro in tcg/tcg-ops.def:
 * DEF(name, nb_outputs, nb_inputs, nb_const_args, flags) */
typedef enum {
#define DEF(name, oargs, iargs, cargs, flags) INDEX_op_##name,
#include "tcg-ops.def"
#undef DEF
    NB_OPS,
} TCGOpcode;

/* TCGOpDef.flags */
#define TCG_OPF_BB_END      0x01 /* ends a basic block (branch, label follows, exit) */
#define TCG_OPF_SIDE_EFFECTS 0x02 /* never removed as dead code */
#define TCG_OPF_CALL        0x04
#define TCG_OPF_MEM         0x08 /* guest memory access: may fault */
#define TCG_OPF_COND_BRANCH 0x10
#define TCG_OPF_LABEL       0x20

typedef struct TCGOpDef {
    const char *name;
    uint8_t nb_oargs, nb_iargs, nb_cargs;
    uint8_t flags;
} TCGOpDef;
extern const TCGOpDef tcg_op_defs[NB_OPS];

typedef uint64_t TCGArg;
#define TCG_MAX_OP_ARGS 10

/* One IR op. Outputs come first in args[], then inputs (temp indices), then constant
 * args (conditions, memop indices, label numbers, offsets, helper pointers).
 * For call: args = [ret or TCG_NO_TEMP, in0..in(n-1), (TCGArg)helper_info]. */
typedef struct TCGOp {
    uint16_t opc;   /* TCGOpcode */
    uint8_t type;   /* TCGType the op computes in */
    uint8_t nargs;  /* total args used (call: 1 + nb inputs + 1) */
    uint32_t life;  /* set by the liveness pass for the backend (tcg/tcg-internal.h) */
    TCGArg args[TCG_MAX_OP_ARGS];
} TCGOp;

/* Helpers: plain C functions plus a descriptor (see tcg/helper-gen.h). */
typedef enum { TCG_HT_VOID, TCG_HT_I32, TCG_HT_S32, TCG_HT_I64, TCG_HT_PTR } TCGHelperType;
#define TCG_CALL_NO_READ_GLOBALS  0x01 /* does not read guest globals from env */
#define TCG_CALL_NO_WRITE_GLOBALS 0x02 /* does not write guest globals in env */
#define TCG_CALL_NO_SIDE_EFFECTS  0x04 /* result depends only on args: may be removed if unused */
#define TCG_CALL_NO_RAISE         0x08 /* never raises a guest exception */
/* Always raises (never returns): the op after it is not reached, so a label right after
 * it is entered only by its branches (tcg_live_label_entries). */
#define TCG_CALL_NO_RETURN        0x10
#define TCG_CALL_PURE (TCG_CALL_NO_READ_GLOBALS | TCG_CALL_NO_WRITE_GLOBALS | \
                       TCG_CALL_NO_SIDE_EFFECTS | TCG_CALL_NO_RAISE)
#define TCG_HELPER_MAX_ARGS 6

typedef struct TCGHelperInfo {
    void *func;
    const char *name;
    /* Typed stub that calls func with args[] converted to its C parameter types; made by
     * helper-gen.h. NULL: the interpreter calls through libffi. */
    uint64_t (*call)(const uint64_t *args);
    uint32_t flags;
    uint8_t nargs;
    uint8_t ret;                         /* TCGHelperType */
    uint8_t args[TCG_HELPER_MAX_ARGS];   /* TCGHelperType */
    void *backend_data;                  /* interp: the prepared ffi_cif, made once */
} TCGHelperInfo;

typedef struct TCGLabel {
    int32_t op_index; /* index of its set_label op, -1 until placed */
    uint32_t refs;
} TCGLabel;

/* Max guest insn_start data words (e.g. x86: pc, cc_op). */
#define TCG_INSN_START_WORDS 2

typedef struct TCGContext {
    TCGTemp *temps;
    uint32_t nb_temps, cap_temps;
    uint32_t nb_globals;        /* globals (and env) come first in temps[] */
    int64_t globals_lo, globals_hi; /* env bytes [lo, hi) hold every global (lo >= hi: none) */
    TCGOp *ops;
    uint32_t nb_ops, cap_ops;
    TCGLabel *labels;
    uint32_t nb_labels, cap_labels;
    uint32_t frame_slots;       /* TEMP_TB slots used by this TB */
    /* Where TEMP_TB temps live: env + frame_offset, frame_size bytes (set once by the guest). */
    int64_t frame_offset;
    uint32_t frame_size;
    TCGv_ptr env;
} TCGContext;

extern TCGContext *tcg_ctx; /* the translating context of this thread */

/* --- setup, done once by the guest CPU --- */
void tcg_context_init(TCGContext *s);
void tcg_set_frame(TCGContext *s, int64_t env_offset, uint32_t size);
TCGv_i32 tcg_global_mem_new_i32(int64_t env_offset, const char *name);
TCGv_i64 tcg_global_mem_new_i64(int64_t env_offset, const char *name);

/* --- per TB --- */
void tcg_func_start(TCGContext *s); /* drops the previous TB's ops, temps, labels */

TCGv_i32 tcg_temp_new_i32(void);
TCGv_i64 tcg_temp_new_i64(void);
TCGv_ptr tcg_temp_new_ptr(void);
void tcg_temp_free_i32(TCGv_i32 t);
void tcg_temp_free_i64(TCGv_i64 t);
void tcg_temp_free_ptr(TCGv_ptr t);
/* Constants are interned per TB: the same value gives the same temp. Read-only. */
TCGv_i32 tcg_constant_i32(uint32_t v);
TCGv_i64 tcg_constant_i64(uint64_t v);
TCGv_ptr tcg_constant_ptr(uintptr_t v);

typedef uint32_t TCGLabelId;
TCGLabelId gen_new_label(void);
void gen_set_label(TCGLabelId l);

/* --- emission: one function per op and type; ret first, then inputs --- */
TCGOp *tcg_emit_op(TCGOpcode opc, TCGType type, unsigned nargs, const TCGArg *args);

#define TCG_BINOPS(X) X(add) X(sub) X(mul) X(and) X(or) X(xor) X(andc) X(orc) \
    X(shl) X(shr) X(sar) X(rotl) X(rotr) X(divu) X(divs) X(remu) X(rems)
#define TCG_UNOPS(X) X(neg) X(not) X(mov) X(bswap16) X(bswap32) X(ctpop)
#define DECL_BIN(op) \
    void tcg_gen_##op##_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b); \
    void tcg_gen_##op##_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b); \
    void tcg_gen_##op##i_i32(TCGv_i32 r, TCGv_i32 a, uint32_t b); \
    void tcg_gen_##op##i_i64(TCGv_i64 r, TCGv_i64 a, uint64_t b);
#define DECL_UN(op) \
    void tcg_gen_##op##_i32(TCGv_i32 r, TCGv_i32 a); \
    void tcg_gen_##op##_i64(TCGv_i64 r, TCGv_i64 a);
TCG_BINOPS(DECL_BIN)
TCG_UNOPS(DECL_UN)
#undef DECL_BIN
#undef DECL_UN
void tcg_gen_bswap64_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_movi_i32(TCGv_i32 r, uint32_t v);
void tcg_gen_movi_i64(TCGv_i64 r, uint64_t v);
/* t's value is no longer needed: liveness may drop the ops that only computed it. */
void tcg_gen_discard_i64(TCGv_i64 t);

/* clz/ctz: r = a ? count : b (b is the result for a zero input). */
void tcg_gen_clz_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b);
void tcg_gen_clz_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b);
void tcg_gen_ctz_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b);
void tcg_gen_ctz_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b);

/* Double-width multiply: (hi:lo) = a * b, unsigned or signed. */
void tcg_gen_mulu2_i32(TCGv_i32 lo, TCGv_i32 hi, TCGv_i32 a, TCGv_i32 b);
void tcg_gen_muls2_i32(TCGv_i32 lo, TCGv_i32 hi, TCGv_i32 a, TCGv_i32 b);
void tcg_gen_mulu2_i64(TCGv_i64 lo, TCGv_i64 hi, TCGv_i64 a, TCGv_i64 b);
void tcg_gen_muls2_i64(TCGv_i64 lo, TCGv_i64 hi, TCGv_i64 a, TCGv_i64 b);

/* Sign/zero extension within a type; conversions between types. */
void tcg_gen_ext8s_i32(TCGv_i32 r, TCGv_i32 a);
void tcg_gen_ext8u_i32(TCGv_i32 r, TCGv_i32 a);
void tcg_gen_ext16s_i32(TCGv_i32 r, TCGv_i32 a);
void tcg_gen_ext16u_i32(TCGv_i32 r, TCGv_i32 a);
void tcg_gen_ext8s_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_ext8u_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_ext16s_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_ext16u_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_ext32s_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_ext32u_i64(TCGv_i64 r, TCGv_i64 a);
void tcg_gen_extu_i32_i64(TCGv_i64 r, TCGv_i32 a);
void tcg_gen_ext_i32_i64(TCGv_i64 r, TCGv_i32 a);  /* sign-extending */
void tcg_gen_extrl_i64_i32(TCGv_i32 r, TCGv_i64 a); /* low half */
void tcg_gen_extrh_i64_i32(TCGv_i32 r, TCGv_i64 a); /* high half */

/* Bit fields: deposit puts len bits of b at pos of a; extract takes len bits at pos. */
void tcg_gen_deposit_i32(TCGv_i32 r, TCGv_i32 a, TCGv_i32 b, unsigned pos, unsigned len);
void tcg_gen_deposit_i64(TCGv_i64 r, TCGv_i64 a, TCGv_i64 b, unsigned pos, unsigned len);
void tcg_gen_extract_i32(TCGv_i32 r, TCGv_i32 a, unsigned pos, unsigned len);
void tcg_gen_extract_i64(TCGv_i64 r, TCGv_i64 a, unsigned pos, unsigned len);
void tcg_gen_sextract_i32(TCGv_i32 r, TCGv_i32 a, unsigned pos, unsigned len);
void tcg_gen_sextract_i64(TCGv_i64 r, TCGv_i64 a, unsigned pos, unsigned len);

/* Comparisons. setcond: r = cond(a, b) ? 1 : 0. movcond: r = cond(c1, c2) ? v1 : v2. */
void tcg_gen_setcond_i32(TCGCond c, TCGv_i32 r, TCGv_i32 a, TCGv_i32 b);
void tcg_gen_setcond_i64(TCGCond c, TCGv_i64 r, TCGv_i64 a, TCGv_i64 b);
void tcg_gen_setcondi_i64(TCGCond c, TCGv_i64 r, TCGv_i64 a, uint64_t b);
void tcg_gen_setcondi_i32(TCGCond c, TCGv_i32 r, TCGv_i32 a, uint32_t b);
void tcg_gen_movcond_i32(TCGCond c, TCGv_i32 r, TCGv_i32 c1, TCGv_i32 c2, TCGv_i32 v1, TCGv_i32 v2);
void tcg_gen_movcond_i64(TCGCond c, TCGv_i64 r, TCGv_i64 c1, TCGv_i64 c2, TCGv_i64 v1, TCGv_i64 v2);

/* Control flow inside a TB. */
void tcg_gen_br(TCGLabelId l);
void tcg_gen_brcond_i32(TCGCond c, TCGv_i32 a, TCGv_i32 b, TCGLabelId l);
void tcg_gen_brcond_i64(TCGCond c, TCGv_i64 a, TCGv_i64 b, TCGLabelId l);
void tcg_gen_brcondi_i32(TCGCond c, TCGv_i32 a, uint32_t b, TCGLabelId l);
void tcg_gen_brcondi_i64(TCGCond c, TCGv_i64 a, uint64_t b, TCGLabelId l);

/* Host memory relative to a pointer temp (usually env): CPU state fields that are not
 * globals. ld*: r = *(base + off); st*: *(base + off) = v. */
void tcg_gen_ld8u_i32(TCGv_i32 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld8s_i32(TCGv_i32 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld16u_i32(TCGv_i32 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld16s_i32(TCGv_i32 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld_i32(TCGv_i32 r, TCGv_ptr base, int32_t off);
void tcg_gen_st8_i32(TCGv_i32 v, TCGv_ptr base, int32_t off);
void tcg_gen_st16_i32(TCGv_i32 v, TCGv_ptr base, int32_t off);
void tcg_gen_st_i32(TCGv_i32 v, TCGv_ptr base, int32_t off);
void tcg_gen_ld8u_i64(TCGv_i64 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld16u_i64(TCGv_i64 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld32u_i64(TCGv_i64 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld32s_i64(TCGv_i64 r, TCGv_ptr base, int32_t off);
void tcg_gen_ld_i64(TCGv_i64 r, TCGv_ptr base, int32_t off);
void tcg_gen_st8_i64(TCGv_i64 v, TCGv_ptr base, int32_t off);
void tcg_gen_st16_i64(TCGv_i64 v, TCGv_ptr base, int32_t off);
void tcg_gen_st32_i64(TCGv_i64 v, TCGv_ptr base, int32_t off);
void tcg_gen_st_i64(TCGv_i64 v, TCGv_ptr base, int32_t off);

/* Guest memory through the soft-TLB (tcg/tlb.h). The address is a linear (virtual) guest
 * address; an I32 address temp is zero-extended. May raise a guest exception. */
void tcg_gen_qemu_ld_i32(TCGv_i32 r, TCGv_i64 addr, unsigned mmu_idx, MemOp op);
void tcg_gen_qemu_st_i32(TCGv_i32 v, TCGv_i64 addr, unsigned mmu_idx, MemOp op);
void tcg_gen_qemu_ld_i64(TCGv_i64 r, TCGv_i64 addr, unsigned mmu_idx, MemOp op);
void tcg_gen_qemu_st_i64(TCGv_i64 v, TCGv_i64 addr, unsigned mmu_idx, MemOp op);

/* Marks the start of one guest instruction; its words (e.g. guest pc and lazy-flags
 * state) are what a fault in this instruction restores (tcg_restore_state). */
void tcg_gen_insn_start(uint64_t w0, uint64_t w1);

/* Helper call; args are temp indices. ret is TCG_NO_TEMP for void helpers. */
void tcg_gen_callN(const TCGHelperInfo *info, uint32_t ret, unsigned nargs, const uint32_t *args);

/* TB exits. goto_tb(n): continue at the TB chained in slot n (tb->jmp_dest[n]) if any,
 * else fall through to the next op (which must be exit_tb(tb_exit_value(tb, n))).
 * exit_tb(v): return v to the execution loop.
 * lookup_and_goto: look up the TB for the guest state now in env (through the hook
 * tcg_lookup_tb_hook) and continue there, or return 0 to the loop when none is cached.
 * lookup_and_goto_hint(TCG_LOOKUP_SAME_CTX): the same, and the translator promises that
 * the state the lookup keys on besides the pc (x86: CS.base and hflags) is the same every
 * time the TB reaches this op, so a backend may remember per site what it found (see
 * TCGJumpCacheProbe); a backend may ignore the hint. */
#define TCG_LOOKUP_SAME_CTX 1u
/* With TCG_LOOKUP_SAME_CTX: the pc here takes many values (a jump through a register or
 * memory: switch tables, interpreter dispatch), so per-site memory would mostly miss. */
#define TCG_LOOKUP_MANY_TARGETS 2u
void tcg_gen_goto_tb(unsigned n);
void tcg_gen_exit_tb(uintptr_t v);
/* A TB's entry check, its first op: the int64 at env + off less n; if that is negative the
 * TB stores pc (64 bits) at env + pc_off and returns TB_EXIT_REQUESTED at once, leaving
 * the value as it was, else the value is stored. The guest keeps there what its loop
 * allows (x86: instructions left before a count limit) and makes it negative to ask for
 * an exit at the next TB entry; pc is the TB's own, which a goto_tb into it has not
 * stored. A backend may keep the value in a register while its code runs if env + off
 * holds it whenever a helper runs (and a helper's change is seen after it) and when the
 * code returns: a store there from another thread (an exit request) is then seen only at
 * the next helper call or return. Every TB of a context uses the same off:
 * tcg_budget_off, -1 before the first. */
void tcg_gen_budget(int32_t off, uint32_t n, int32_t pc_off, uint64_t pc);
extern int32_t tcg_budget_off;
void tcg_gen_lookup_and_goto(void);
void tcg_gen_lookup_and_goto_hint(unsigned hints);

/* --- passes and printing --- */
void tcg_optimize(TCGContext *s);
/* Prints the IR (-d op); one line per op. */
struct TCGLogSink;
void tcg_dump_ops(TCGContext *s, void (*print)(void *opaque, const char *line), void *opaque);

/* Value of an op from its name (for tests and tools), -1 if unknown. */
int tcg_op_by_name(const char *name);

#endif
