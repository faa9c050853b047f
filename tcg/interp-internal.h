/* The pre-decoded form the portable interpreter runs, shared between its code generator
 * (interp-gen.c: optimized IR -> threaded code) and its executor (interp.c). A TB's code
 * is a stream of 8-byte words: a handler address (computed goto) followed by operands,
 * which are byte offsets from env (globals, frame slots) or immediates. */
#ifndef TCG_INTERP_INTERNAL_H
#define TCG_INTERP_INTERNAL_H

#include <stdint.h>
#include "tcg/backend.h"
#include "tcg/tcg-internal.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the interpreter assumes a little-endian host (x86-64, aarch64)"
#endif

typedef union IWord {
    const void *h;               /* handler */
    uint64_t u;                  /* immediate */
    int64_t s;
    struct { int32_t x, y; } p;  /* two env offsets or small operands */
    const union IWord *target;   /* branch target */
    const void *ptr;
} IWord;

typedef struct InterpInsn {
    uint32_t pos;                /* word index of the insn's first code word */
    uint32_t pad;
    uint64_t data[TCG_INSN_START_WORDS];
} InterpInsn;

typedef struct InterpTB {
    uint32_t nb_insns, nb_words;
    const InterpInsn *insns;     /* in code order */
    IWord code[];
} InterpTB;

/* Operand lists: each list macro applies M(X, item) so that one list can build several
 * handler names per item. */
#define INTERP_BINOPS(M, X) M(X, add) M(X, sub) M(X, mul) M(X, and) M(X, or) M(X, xor) \
    M(X, andc) M(X, orc) M(X, shl) M(X, shr) M(X, sar) M(X, rotl) M(X, rotr) M(X, divu) \
    M(X, divs) M(X, remu) M(X, rems) M(X, clz) M(X, ctz)
#define INTERP_UNOPS(M, X) M(X, mov) M(X, neg) M(X, not) M(X, bswap16) M(X, bswap32) \
    M(X, bswap64) M(X, ctpop) M(X, ext8s) M(X, ext8u) M(X, ext16s) M(X, ext16u) \
    M(X, ext32s) M(X, ext32u)
/* In TCGCond order from TCG_COND_EQ on. */
#define INTERP_CONDS(M, X) M(X, eq) M(X, ne) M(X, lt) M(X, ge) M(X, le) M(X, gt) M(X, ltu) \
    M(X, geu) M(X, leu) M(X, gtu) M(X, tsteq) M(X, tstne)
#define INTERP_LDS(M, X) M(X, ld8u) M(X, ld8s) M(X, ld16u) M(X, ld16s) M(X, ld32u) \
    M(X, ld32s) M(X, ld)
#define INTERP_STS(M, X) M(X, st8) M(X, st16) M(X, st32) M(X, st64)
/* In MemOp order (size | sign). */
#define INTERP_MEMOPS(M, X) M(X, ub) M(X, uw) M(X, ul) M(X, uq) M(X, sb) M(X, sw) M(X, sl) \
    M(X, sq)
#define INTERP_QSTS(M, X) M(X, 8) M(X, 16) M(X, 32) M(X, 64)

#define IH_BIN(X, op) X(op##_rr_i32) X(op##_ri_i32) X(op##_rr_i64) X(op##_ri_i64)
#define IH_UN(X, op) X(op##_i32) X(op##_i64)
#define IH_COND(X, c) X(setcond_##c##_rr_i32) X(setcond_##c##_ri_i32) \
    X(setcond_##c##_rr_i64) X(setcond_##c##_ri_i64) \
    X(brcond_##c##_rr_i32) X(brcond_##c##_ri_i32) X(brcond_##c##_rr_i64) X(brcond_##c##_ri_i64) \
    X(movcond_##c##_i32) X(movcond_##c##_i64)
#define IH_LD(X, op) X(op##_env_i32) X(op##_ptr_i32) X(op##_env_i64) X(op##_ptr_i64)
#define IH_ST(X, op) X(op##_env) X(op##_ptr)
#define IH_QLD(X, m) X(qld_##m##_i32) X(qld_##m##_i64)
#define IH_QST(X, sz) X(qst_##sz##_i32) X(qst_##sz##_i64)

#define INTERP_HANDLERS(X) \
    INTERP_BINOPS(IH_BIN, X) INTERP_UNOPS(IH_UN, X) INTERP_CONDS(IH_COND, X) \
    INTERP_LDS(IH_LD, X) INTERP_STS(IH_ST, X) INTERP_MEMOPS(IH_QLD, X) INTERP_QSTS(IH_QST, X) \
    X(movi_i32) X(movi_i64) X(movenv) X(extu_i32_i64) X(ext_i32_i64) X(extrl) X(extrh) \
    X(mulu2_i32) X(mulu2_i64) X(muls2_i32) X(muls2_i64) X(deposit_i32) X(deposit_i64) \
    X(extract_i32) X(extract_i64) X(sextract_i32) X(sextract_i64) \
    X(qalign16) X(br) X(call) X(call_direct) X(insn_check) X(goto_tb) X(exit_tb) X(budget) \
    X(lookup_and_goto) X(fell_off)

enum {
#define IH_ENUM(name) H_##name,
    INTERP_HANDLERS(IH_ENUM)
#undef IH_ENUM
    H_NB
};

/* Word counts of the fixed-size forms. */
#define IW_BIN 3
#define IW_UN 2
#define IW_MOVI 3
#define IW_BRCOND_RR 3
#define IW_BRCOND_RI 4

/* Handler addresses, indexed by H_*; made by the executor on first use. */
const void *const *interp_handler_table(void);

/* The per-helper libffi call interface, prepared once and kept in backend_data. */
struct InterpCif;
struct InterpCif *interp_helper_cif(TCGHelperInfo *info);
/* interp.c: calls a prepared helper. */
uint64_t interp_call_helper(const TCGHelperInfo *info, void **args);

/* Helper calls: through the descriptor's typed stub (TCGHelperInfo.call, made by
 * helper-gen.h) when it has one; through libffi otherwise. interp_force_ffi (tests)
 * makes gen_code use libffi for every helper. */
extern bool interp_force_ffi;

int interp_gen_code(TCGContext *s, TranslationBlock *tb);
void interp_release(TranslationBlock *tb);
void interp_flush(void);
void interp_dump(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque);

#endif
