/* Shared between the files of the x86-64 JIT backend (tcg/x86_64/): the state of one
 * translation (temps' locations, host register contents, the hot and cold code streams),
 * the register allocator, the per-op code generators, and the code buffer. */
#ifndef TCG_X86_64_JIT_INTERNAL_H
#define TCG_X86_64_JIT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "tcg/backend.h"
#include "tcg/tcg-internal.h"
#include "tcg/x86_64/jit-emit.h"

/* Generated code keeps env in RBP for its whole life (prologue to epilogue), biased by
 * JIT_RBP_BIAS: memory operands based on it are env offsets, and jit_env_into gives a
 * register env's own value. */
#define JIT_ENV JIT_RBP
static inline void jit_env_into(JitBuf *b, int reg)
{
    jit_op_mem(b, JOP_LEA | JOPC_W, reg, JIT_ENV, JIT_NOREG, 0, 0);
}

#define JIT_REGMASK(r) ((uint16_t)(1u << (r)))
/* ... and the budget counter (tcg_budget_off, the budget op), from the prologue to the
 * epilogue: callee-saved, so it survives helper calls; its home in env is written
 * before each call and read again after it (helpers read and change the count). */
#define JIT_IC JIT_R15
/* Registers that may hold values: all but RSP, the env register and JIT_IC. */
#define JIT_ALLOCATABLE ((uint16_t)(0xffffu & ~JIT_REGMASK(JIT_RSP) & ~JIT_REGMASK(JIT_ENV) & \
                                    ~JIT_REGMASK(JIT_IC)))
/* System V AMD64: clobbered by calls. */
#define JIT_CALL_CLOBBERED ((uint16_t)(JIT_REGMASK(JIT_RAX) | JIT_REGMASK(JIT_RCX) | \
    JIT_REGMASK(JIT_RDX) | JIT_REGMASK(JIT_RSI) | JIT_REGMASK(JIT_RDI) | JIT_REGMASK(JIT_R8) | \
    JIT_REGMASK(JIT_R9) | JIT_REGMASK(JIT_R10) | JIT_REGMASK(JIT_R11)))
extern const int jit_call_arg_regs[6];

/* Stack frame below the prologue's pushes: a save area where slow paths park the
 * call-clobbered registers (one 8-byte slot per register number). The size keeps RSP
 * 16-byte aligned at every call made from generated code. */
#define JIT_SAVE_AREA 0
#define JIT_STACK_FRAME (16 * 8 + 8)
/* The counter's address (the prologue's third argument), for the epilogue: the save
 * slot of RSP, which no slow path parks. */
#define JIT_IC_HOME_SLOT (JIT_SAVE_AREA + 8 * JIT_RSP)

/* Where a temp's value is right now. */
enum { JIT_VAL_DEAD, JIT_VAL_REG, JIT_VAL_MEM, JIT_VAL_CONST };

typedef struct JitTemp {
    uint64_t cval;      /* JIT_VAL_CONST: the value (I32 zero-extended) */
    int32_t mem;        /* memory home: offset from env */
    uint8_t val;        /* JIT_VAL_* */
    int8_t reg;         /* JIT_VAL_REG: the host register */
    bool coherent;      /* its memory home holds the current value */
    bool is_global : 1;
    bool is_tb : 1;     /* TEMP_TB */
    bool is64 : 1;
} JitTemp;
/* 16 bytes: the allocator's state of a TB is copied whole at some labels. */
_Static_assert(sizeof(JitTemp) == 16, "JitTemp layout");

/* A rel32 in one stream that must reach an address known only at the end. */
typedef struct JitFixup { uint32_t at; uint32_t target; } JitFixup;
/* A cold rel32 to an absolute host address (a helper, a stub). */
typedef struct JitAbsFixup { uint32_t at; uintptr_t target; } JitAbsFixup;

typedef struct JitInsn { uint32_t host_off; uint64_t data[TCG_INSN_START_WORDS]; } JitInsn;

typedef struct JitGen {
    TCGContext *s;
    TranslationBlock *tb;
    JitBuf hot, cold;
    JitTemp *t;
    uint32_t nt;
    uint32_t *tb_temps;             /* the TEMP_TB temps, in index order */
    uint32_t ntb;
    int32_t reg_temp[JIT_NB_REGS];  /* temp bound to each register, -1 if none */
    uint16_t bound;                 /* the registers whose reg_temp is >= 0 */
    uint32_t reg_used[JIT_NB_REGS]; /* op number of the last use (eviction order) */
    uint16_t locked;                /* registers the current op relies on */
    uint32_t op_no;
    const TCGOp *op;
    uint32_t life;                  /* current op: bit k = input k dies; 16 + k output */
    /* Globals by index (bit 63 stands for every global from 63 up), supersets: those that
     * may be stale (jit_temp_stale), those that may be anywhere but in memory alone. */
    uint64_t gstale, gcached;
    /* labels */
    int64_t *label_off;             /* hot offset, -1 until placed */
    JitFixup *lfix;                 /* hot rel32 -> label */
    uint32_t nlfix, caplfix;
    /* A label whose only way in is one earlier branch (no fall-through) inherits the
     * allocator state of that branch: neither side syncs. Per label, from the liveness
     * pass (TCG_LABEL_ONE_ENTRY). */
    const uint8_t *label_entry;
    int32_t *label_snap;            /* per label: index of the saved state, or -1 */
    JitTemp *snap_temps;            /* saved states: nt temps each */
    int32_t (*snap_regs)[JIT_NB_REGS];
    uint64_t *snap_gmask;           /* saved gstale and gcached: 2 each */
    uint32_t nsnap, capsnap, snap_nt;
    int32_t smc_slot;               /* frame byte set when this TB was invalidated */
    JitFixup *hot_to_cold;          /* hot rel32 -> cold offset */
    uint32_t nh2c, caph2c;
    JitFixup *cold_to_hot;          /* cold rel32 -> hot offset */
    uint32_t nc2h, capc2h;
    JitAbsFixup *cold_abs;          /* cold rel32 -> host address */
    uint32_t ncabs, capcabs;
    /* precise state */
    JitInsn *insns;
    uint32_t ninsns, capinsns;
    uint16_t goto_tb_off[2];        /* hot offset of each goto_tb's rel32, or 0xffff */
    /* A TB's closing conditional branch whose target label starts with goto_tb 1: the
     * hot offset of its rel32 and of the label (jcc_label is UINT32_MAX until then), so
     * that chaining slot 1 also points the branch straight at the next TB. */
    uint32_t jcc_at, jcc_label_op;
    uint16_t jcc_off;               /* jcc_at once the label turned out to be goto_tb 1's */
    /* statistics for -d tb */
    uint32_t nb_spills, nb_slow_paths;
    /* The hot offset where the insn after a store that stops the TB itself
     * (jit_smc_direct) must start, or UINT32_MAX. */
    uint32_t smc_direct_at;
} JitGen;

/* ---- jit-regs.c: allocation ---- */
/* reg_temp[r] = t, keeping the bound mask (every write of reg_temp goes through here). */
static inline void jit_reg_set(JitGen *g, int r, int32_t t)
{
    g->reg_temp[r] = t;
    if (t >= 0)
        g->bound |= JIT_REGMASK(r);
    else
        g->bound &= (uint16_t)~JIT_REGMASK(r);
}
static inline uint64_t jit_gbit(uint32_t t) { return 1ull << (t < 63 ? t : 63); }
/* for (t ...) over the globals in mask m (JitGen.gstale/gcached), in increasing order;
 * the body may continue but not break. */
#define JIT_FOR_GLOBALS_IN(g, m, t) \
    for (uint64_t m_ = (m); m_; m_ &= m_ - 1) \
        for (uint32_t t = (uint32_t)__builtin_ctzll(m_), \
                      e_ = t == 63 ? (g)->s->nb_globals : t + 1; t < e_; t++)
static inline bool jit_in_dies(const JitGen *g, unsigned k) { return (g->life >> k) & 1; }
static inline bool jit_out_dead(const JitGen *g, unsigned k) { return (g->life >> (16 + k)) & 1; }
void jit_temps_init(JitGen *g);
/* A free register from allowed (evicting one if needed); it comes back locked. */
int jit_alloc(JitGen *g, uint16_t allowed);
/* Makes register r free and locked, moving or storing what it held. */
void jit_take(JitGen *g, int r, uint16_t avoid);
/* t's value in a register of allowed (locked). A copy is made when t lives elsewhere. */
int jit_load(JitGen *g, uint32_t t, uint16_t allowed);
/* Emits reg = value of t (any location), without binding. */
void jit_load_into(JitGen *g, JitBuf *b, int reg, uint32_t t, bool keep_flags);
static inline bool jit_is_const(const JitGen *g, uint32_t t)
{
    return g->t[t].val == JIT_VAL_CONST;
}
static inline uint64_t jit_const(const JitGen *g, uint32_t t)
{
    return g->t[t].cval;
}
/* Binds output temp t to register r (dirty). */
void jit_bind(JitGen *g, uint32_t t, int r);
void jit_set_const(JitGen *g, uint32_t t, uint64_t v);
void jit_unbind_reg(JitGen *g, int r);
/* End of an op: frees the registers of dying inputs and dead outputs. */
void jit_op_done(JitGen *g);
/* Whether x's home is stale: a global or TB temp whose value is only in a register or
 * a known constant. */
static inline bool jit_temp_stale(const JitTemp *x)
{
    return !x->coherent && (x->val == JIT_VAL_REG || x->val == JIT_VAL_CONST) &&
           (x->is_global || x->is_tb);
}
void jit_store_stale_temp(JitGen *g, JitBuf *b, uint32_t t);
/* Stores t to its home if the home is stale (from wherever it is). */
static inline void jit_store_temp(JitGen *g, JitBuf *b, uint32_t t)
{
    if (jit_temp_stale(&g->t[t]))
        jit_store_stale_temp(g, b, t);
}
/* Stores every stale global (they stay where they are, now coherent). */
void jit_sync_globals(JitGen *g, JitBuf *b);
/* Drops globals from registers/constants (after something may have written env). */
void jit_forget_globals(JitGen *g);
/* Block end: globals and live TB temps to memory; with forget, nothing stays cached. */
void jit_sync_bb(JitGen *g, bool forget);
/* Globals overlapping env bytes [off, off + size): stored; with drop, forgotten. */
void jit_sync_env_range(JitGen *g, int64_t off, unsigned size, bool drop);
uint16_t jit_bound_regs(const JitGen *g);
/* A free register of allowed in allocation order (not locked), or JIT_NOREG. */
int jit_find_free(const JitGen *g, uint16_t allowed);
/* Moves the temp bound to from into the free register to (code and binding). */
void jit_move_reg(JitGen *g, int from, int to);

static inline bool jit_label_inherits(const JitGen *g, uint64_t label)
{
    return label < g->s->nb_labels && g->label_entry[label] == TCG_LABEL_ONE_ENTRY;
}

/* ---- jit-gen.c: arithmetic, comparisons, branches ---- */
bool jit_gen_alu(JitGen *g, const TCGOp *op);

/* ---- jit-mem.c: guest and host memory, helper calls ---- */
void jit_gen_qemu_ld(JitGen *g, const TCGOp *op);
void jit_gen_qemu_st(JitGen *g, const TCGOp *op);
void jit_gen_host_ld(JitGen *g, const TCGOp *op);
void jit_gen_host_st(JitGen *g, const TCGOp *op);
void jit_gen_call(JitGen *g, const TCGOp *op);
/* Calls a C function fn(args) from hot code: the generic helper-call path with a
 * descriptor made by the backend (used for ops without a host instruction). */
void jit_gen_call_info(JitGen *g, TCGHelperInfo *info, uint32_t ret, unsigned nargs,
                       const uint32_t *args, uint32_t dying);
void jit_fix_add(JitFixup **v, uint32_t *n, uint32_t *cap, uint32_t at, uint32_t target);
/* In the cold stream (whose address is known only once the hot code is done): a call or
 * jmp to a host address, rel32 when every place the TB may land in reaches it (the code
 * buffer is mapped near the binary), else through scratch; and reg = the executable
 * address hot_rx in this TB's hot code (lea rip-relative). Both are 5-10 bytes shorter
 * than a 64-bit immediate, and slow paths are half of a TB's bytes. */
/* Whether a rel32 from anywhere in this TB's code (its cold part goes after the hot
 * one, within the room reserved for both) reaches target. */
bool jit_cold_reaches(const JitGen *g, uintptr_t target);
void jit_cold_branch(JitGen *g, uintptr_t target, int scratch, bool call);
void jit_cold_lea_hot(JitGen *g, int reg, uintptr_t hot_rx);
/* Around a call of C code from a TB: JIT_IC to its home in env and back (see JIT_IC). */
void jit_ic_spill(JitBuf *b);
void jit_ic_reload(JitBuf *b);
/* After a helper or a store slow path that may have written guest code: the TB's
 * invalid byte ORed into the frame flag the SMC checks test (scratch: a free register). */
void jit_note_invalidation(JitGen *g, JitBuf *b, int scratch);
/* Whether op i is a qemu_st that ends its guest insn (the next op is insn_start) and is
 * the only op of that insn that may write code: then its slow path itself leaves the TB
 * when the store invalidated it, and the next insn start has no check (jit.c). */
bool jit_smc_direct(const TCGContext *s, uint32_t i);
/* The env byte that gen_smc_check tests: the last 8 bytes of the TB frame. */
static inline int32_t jit_smc_slot(const TCGContext *s)
{
    return (int32_t)(s->frame_offset + s->frame_size - 8);
}
/* Where the last TB_EXIT_INVALIDATED stopped: a host address inside that TB; and the
 * fixed code that leaves with TB_EXIT_INVALIDATED. */
extern uintptr_t jit_smc_ra, jit_smc_exit;
/* The shared stub every guest memory slow path calls (jit-mem.c), emitted once into the
 * fixed area after jit_smc_exit. */
extern uintptr_t jit_mem_slow_stub;
void jit_emit_mem_slow_stubs(JitBuf *b);
/* -d out_asm: the length of the "jmp back" at j (just after a call of the stub) and the
 * descriptor after it, and a line that describes the descriptor. */
size_t jit_mem_slow_describe(const uint8_t *j, uintptr_t j_rx, char *line, size_t cap);

/* ---- jit-buffer.c: the code buffer and per-TB tables ---- */
/* Just below each TB's code (16 bytes, which keep the code 16-byte aligned). */
typedef struct JitTBHeader {
    uint32_t hot_size, cold_size;   /* code bytes after the header; the restore table follows */
    uint16_t ninsns;
    uint16_t goto_tb_off[2];        /* rel32 of goto_tb n, from the code start */
    /* rel32 of the closing conditional branch that goes to goto_tb 1, or 0xffff: chaining
     * slot 1 patches both (a taken branch then jumps once, not twice) */
    uint16_t jcc_off;
} JitTBHeader;

static inline JitTBHeader *jit_tb_header(const void *code)
{
    return (JitTBHeader *)((uintptr_t)code - sizeof(JitTBHeader));
}

extern uintptr_t jit_epilogue, jit_exit_requested_stub;
extern intptr_t jit_rw_delta;     /* writable address = executable address + delta */
void jit_buffer_init(void);
/* Room for one TB: writable pointer and its executable address; false when full. */
bool jit_buffer_reserve(size_t min_bytes, uint8_t **rw, uintptr_t *rx, size_t *avail);
void jit_buffer_commit(TranslationBlock *tb, uintptr_t code_rx, size_t total_bytes);
void jit_buffer_release(TranslationBlock *tb);
void jit_buffer_flush(void);
TranslationBlock *jit_buffer_find_tb(uintptr_t host_pc);
/* The rodata prologue area: written once at init. */
void jit_buffer_write_begin(void);
void jit_buffer_write_end(void);
/* The start of the buffer, kept across flushes for the prologue and stubs. */
uintptr_t jit_buffer_fixed_area(size_t *size);
size_t jit_buffer_size(void);
/* Every TB with code in the buffer, in address order. */
TranslationBlock *const *jit_buffer_tbs(size_t *n);
size_t jit_table_encode(const JitInsn *insns, uint32_t n, uint8_t *out, size_t cap);
/* The bytes of a restore table of n insns. */
size_t jit_table_size(const uint8_t *table, uint32_t n);
/* Signed LEB128 numbers (restore tables, slow path descriptors): put returns the new
 * length (writing only below cap), get advances *p. */
size_t jit_put_sleb(uint8_t *out, size_t at, size_t cap, int64_t v);
int64_t jit_get_sleb(const uint8_t **p);
/* The insn whose code holds the byte before host_off: its words and (index, may be
 * NULL) its number in insn_start order. */
bool jit_table_lookup(const uint8_t *table, uint32_t n, uint32_t host_off,
                      uint64_t data[TCG_INSN_START_WORDS], uint32_t *index);

/* ---- jit-dump.c: -d out_asm and -d tb ---- */
void jit_dump(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque);
void jit_log_tb_stats(TranslationBlock *tb, uint32_t nops, uint32_t slow_paths, uint32_t spills);
void jit_tb_stats_enable(void);

/* Host features probed at init (CPUID). */
extern bool jit_have_lzcnt, jit_have_popcnt, jit_have_bmi2;

#endif
