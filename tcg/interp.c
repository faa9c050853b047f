/* The portable backend's executor: runs the threaded code made by interp-gen.c with
 * computed-goto dispatch, one handler per (op, type, operand form). It follows chained
 * TBs without returning, calls helpers through libffi, probes the soft-TLB inline and
 * records where it is before anything that may unwind, for tcg_restore_state. */
#include <ffi.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/interp-internal.h"
#include "tcg/tlb.h"

typedef struct InterpCif {
    ffi_cif cif;
    ffi_type *args[TCG_HELPER_MAX_ARGS];
} InterpCif;

/* Where the interpreter is: the TB it runs and the code word of the last op that may
 * unwind (helper call, memory slow path, SMC stop). Initial-exec TLS: a plain %fs-relative
 * store at each TB entry instead of a __tls_get_addr call (the library is static). */
#define INTERP_TLS _Thread_local __attribute__((tls_model("initial-exec")))
static INTERP_TLS TranslationBlock *interp_tb;
static INTERP_TLS const IWord *interp_pos;

static ffi_type *ffi_type_of(uint8_t t)
{
    switch (t) {
    case TCG_HT_VOID: return &ffi_type_void;
    case TCG_HT_I32: return &ffi_type_uint32;
    case TCG_HT_S32: return &ffi_type_sint32;
    case TCG_HT_I64: return &ffi_type_uint64;
    default: return &ffi_type_pointer;
    }
}

InterpCif *interp_helper_cif(TCGHelperInfo *info)
{
    if (info->backend_data)
        return info->backend_data;
    InterpCif *c = calloc(1, sizeof(*c));
    if (!c)
        tcg_internal_error("out of memory preparing helper %s", info->name);
    if (info->nargs > TCG_HELPER_MAX_ARGS)
        tcg_internal_error("helper %s has %u args", info->name, info->nargs);
    for (unsigned i = 0; i < info->nargs; i++)
        c->args[i] = ffi_type_of(info->args[i]);
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, info->nargs, ffi_type_of(info->ret), c->args) !=
        FFI_OK)
        tcg_internal_error("libffi cannot describe helper %s", info->name);
    info->backend_data = c;
    return c;
}

uint64_t interp_call_helper(const TCGHelperInfo *info, void **args)
{
    InterpCif *c = info->backend_data;
    ffi_arg rv = 0;
    ffi_call(&c->cif, FFI_FN(info->func), &rv, args);
    return (uint64_t)rv;
}

bool interp_force_ffi;


static inline uint32_t ld32(const char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t ld64(const char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint16_t ld16(const char *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint8_t ld8(const char *p) { return *(const uint8_t *)p; }
static inline void st32(char *p, uint32_t v) { memcpy(p, &v, 4); }
static inline void st64(char *p, uint64_t v) { memcpy(p, &v, 8); }
static inline void st16(char *p, uint16_t v) { memcpy(p, &v, 2); }
static inline void st8(char *p, uint8_t v) { *(uint8_t *)p = v; }

static inline uint32_t rotl32(uint32_t a, uint32_t b) { b &= 31; return b ? (a << b) | (a >> (32 - b)) : a; }
static inline uint64_t rotl64(uint64_t a, uint64_t b) { b &= 63; return b ? (a << b) | (a >> (64 - b)) : a; }
static inline uint32_t rotr32(uint32_t a, uint32_t b) { b &= 31; return b ? (a >> b) | (a << (32 - b)) : a; }
static inline uint64_t rotr64(uint64_t a, uint64_t b) { b &= 63; return b ? (a >> b) | (a << (64 - b)) : a; }
/* Division by zero is undefined in the IR (the translator checks first); the host must
 * not trap on it nor on the one overflowing signed division, so both get a value. */
static inline uint32_t sdiv32(uint32_t a, uint32_t b)
{ return b == 0 ? 0 : (int32_t)b == -1 ? -a : (uint32_t)((int32_t)a / (int32_t)b); }
static inline uint64_t sdiv64(uint64_t a, uint64_t b)
{ return b == 0 ? 0 : (int64_t)b == -1 ? -a : (uint64_t)((int64_t)a / (int64_t)b); }
static inline uint32_t srem32(uint32_t a, uint32_t b)
{ return b == 0 || (int32_t)b == -1 ? 0 : (uint32_t)((int32_t)a % (int32_t)b); }
static inline uint64_t srem64(uint64_t a, uint64_t b)
{ return b == 0 || (int64_t)b == -1 ? 0 : (uint64_t)((int64_t)a % (int64_t)b); }
static inline uint32_t clz32(uint32_t a, uint32_t b) { return a ? (uint32_t)__builtin_clz(a) : b; }
static inline uint64_t clz64(uint64_t a, uint64_t b) { return a ? (uint64_t)__builtin_clzll(a) : b; }
static inline uint32_t ctz32(uint32_t a, uint32_t b) { return a ? (uint32_t)__builtin_ctz(a) : b; }
static inline uint64_t ctz64(uint64_t a, uint64_t b) { return a ? (uint64_t)__builtin_ctzll(a) : b; }

/* Binary op results; a, b are of the op's unsigned type U (S signed, W bits). */
#define E_add(U, S, W) (a + b)
#define E_sub(U, S, W) (a - b)
#define E_mul(U, S, W) (a * b)
#define E_and(U, S, W) (a & b)
#define E_or(U, S, W) (a | b)
#define E_xor(U, S, W) (a ^ b)
#define E_andc(U, S, W) (a & ~b)
#define E_orc(U, S, W) (a | ~b)
#define E_shl(U, S, W) (a << (b & (W - 1)))
#define E_shr(U, S, W) (a >> (b & (W - 1)))
#define E_sar(U, S, W) ((U)((S)a >> (b & (W - 1))))
#define E_rotl(U, S, W) rotl##W(a, b)
#define E_rotr(U, S, W) rotr##W(a, b)
#define E_divu(U, S, W) (b ? a / b : 0)
#define E_divs(U, S, W) sdiv##W(a, b)
#define E_remu(U, S, W) (b ? a % b : 0)
#define E_rems(U, S, W) srem##W(a, b)
#define E_clz(U, S, W) clz##W(a, b)
#define E_ctz(U, S, W) ctz##W(a, b)

#define U_mov(U, S) (a)
#define U_neg(U, S) ((U)-a)
#define U_not(U, S) ((U)~a)
#define U_bswap16(U, S) ((U)(((a & 0xff) << 8) | ((a >> 8) & 0xff)))
#define U_bswap32(U, S) ((U)__builtin_bswap32((uint32_t)a))
#define U_bswap64(U, S) ((U)__builtin_bswap64((uint64_t)a))
#define U_ctpop(U, S) ((U)__builtin_popcountll(a))
#define U_ext8s(U, S) ((U)(S)(int8_t)a)
#define U_ext8u(U, S) ((U)(a & 0xff))
#define U_ext16s(U, S) ((U)(S)(int16_t)a)
#define U_ext16u(U, S) ((U)(a & 0xffff))
#define U_ext32s(U, S) ((U)(S)(int32_t)a)
#define U_ext32u(U, S) ((U)(uint32_t)a)

#define C_eq(U, S) (a == b)
#define C_ne(U, S) (a != b)
#define C_lt(U, S) ((S)a < (S)b)
#define C_ge(U, S) ((S)a >= (S)b)
#define C_le(U, S) ((S)a <= (S)b)
#define C_gt(U, S) ((S)a > (S)b)
#define C_ltu(U, S) (a < b)
#define C_geu(U, S) (a >= b)
#define C_leu(U, S) (a <= b)
#define C_gtu(U, S) (a > b)
#define C_tsteq(U, S) ((a & b) == 0)
#define C_tstne(U, S) ((a & b) != 0)

/* Host loads: p points at the data; U is the result type. */
#define L_ld8u(U, S) ((U)ld8(p))
#define L_ld8s(U, S) ((U)(S)(int8_t)ld8(p))
#define L_ld16u(U, S) ((U)ld16(p))
#define L_ld16s(U, S) ((U)(S)(int16_t)ld16(p))
#define L_ld32u(U, S) ((U)ld32(p))
#define L_ld32s(U, S) ((U)(S)(int32_t)ld32(p))
#define L_ld(U, S) (sizeof(U) == 4 ? (U)ld32(p) : (U)ld64(p))
#define S_st8(p, v) st8(p, (uint8_t)(v))
#define S_st16(p, v) st16(p, (uint16_t)(v))
#define S_st32(p, v) st32(p, (uint32_t)(v))
#define S_st64(p, v) st64(p, (uint64_t)(v))
#define SV_st8 ld32
#define SV_st16 ld32
#define SV_st32 ld32
#define SV_st64 ld64

/* Guest memory: access size, and the value extension of a loaded MemOp. */
#define QSZ_ub 1
#define QSZ_uw 2
#define QSZ_ul 4
#define QSZ_uq 8
#define QSZ_sb 1
#define QSZ_sw 2
#define QSZ_sl 4
#define QSZ_sq 8
#define QX_ub(v) (uint64_t)(uint8_t)(v)
#define QX_uw(v) (uint64_t)(uint16_t)(v)
#define QX_ul(v) (uint64_t)(uint32_t)(v)
#define QX_uq(v) (uint64_t)(v)
#define QX_sb(v) (uint64_t)(int64_t)(int8_t)(v)
#define QX_sw(v) (uint64_t)(int64_t)(int16_t)(v)
#define QX_sl(v) (uint64_t)(int64_t)(int32_t)(v)
#define QX_sq(v) (uint64_t)(v)
#define QLD_1(p) ld8(p)
#define QLD_2(p) ld16(p)
#define QLD_4(p) ld32(p)
#define QLD_8(p) ld64(p)
#define QLDN(n, p) QLD_##n(p)
#define QLDX(n, p) QLDN(n, p)

static const void *const *handler_table;

static uintptr_t interp_run(void *env, TranslationBlock *tb)
{
    static const void *const table[H_NB] = {
#define IH_ADDR(name) [H_##name] = &&L_##name,
        INTERP_HANDLERS(IH_ADDR)
#undef IH_ADDR
    };
    if (!tb) {
        handler_table = table;
        return 0;
    }
    char *const envb = env;
    const IWord *pc;

#define R32(off) ld32(envb + (off))
#define R64(off) ld64(envb + (off))
#define W32(off, v) st32(envb + (off), (uint32_t)(v))
#define W64(off, v) st64(envb + (off), (uint64_t)(v))
#define NEXT(n) do { pc += (n); goto *pc->h; } while (0)

enter:
    interp_tb = tb;
    pc = ((const InterpTB *)tb->code)->code;
    goto *pc->h;

    /* [h][d,a][b] and [h][d,a][imm] */
#define DO_BIN(X, op) \
    L_##op##_rr_i32: { uint32_t a = R32(pc[1].p.y), b = R32(pc[2].p.x); \
        W32(pc[1].p.x, E_##op(uint32_t, int32_t, 32)); NEXT(IW_BIN); } \
    L_##op##_ri_i32: { uint32_t a = R32(pc[1].p.y), b = (uint32_t)pc[2].u; \
        W32(pc[1].p.x, E_##op(uint32_t, int32_t, 32)); NEXT(IW_BIN); } \
    L_##op##_rr_i64: { uint64_t a = R64(pc[1].p.y), b = R64(pc[2].p.x); \
        W64(pc[1].p.x, E_##op(uint64_t, int64_t, 64)); NEXT(IW_BIN); } \
    L_##op##_ri_i64: { uint64_t a = R64(pc[1].p.y), b = pc[2].u; \
        W64(pc[1].p.x, E_##op(uint64_t, int64_t, 64)); NEXT(IW_BIN); }
    INTERP_BINOPS(DO_BIN, _)

    /* [h][d,a] */
#define DO_UN(X, op) \
    L_##op##_i32: { uint32_t a = R32(pc[1].p.y); W32(pc[1].p.x, U_##op(uint32_t, int32_t)); \
        NEXT(IW_UN); } \
    L_##op##_i64: { uint64_t a = R64(pc[1].p.y); W64(pc[1].p.x, U_##op(uint64_t, int64_t)); \
        NEXT(IW_UN); }
    INTERP_UNOPS(DO_UN, _)

    /* setcond [h][d,a][b|imm]; brcond [h][a,b][target] or [h][a,-][imm][target];
     * movcond [h][d,c1][c2,v1][v2,-] */
#define DO_COND(X, c) \
    L_setcond_##c##_rr_i32: { uint32_t a = R32(pc[1].p.y), b = R32(pc[2].p.x); \
        W32(pc[1].p.x, C_##c(uint32_t, int32_t)); NEXT(3); } \
    L_setcond_##c##_ri_i32: { uint32_t a = R32(pc[1].p.y), b = (uint32_t)pc[2].u; \
        W32(pc[1].p.x, C_##c(uint32_t, int32_t)); NEXT(3); } \
    L_setcond_##c##_rr_i64: { uint64_t a = R64(pc[1].p.y), b = R64(pc[2].p.x); \
        W64(pc[1].p.x, C_##c(uint64_t, int64_t)); NEXT(3); } \
    L_setcond_##c##_ri_i64: { uint64_t a = R64(pc[1].p.y), b = pc[2].u; \
        W64(pc[1].p.x, C_##c(uint64_t, int64_t)); NEXT(3); } \
    L_brcond_##c##_rr_i32: { uint32_t a = R32(pc[1].p.x), b = R32(pc[1].p.y); \
        if (C_##c(uint32_t, int32_t)) { pc = pc[2].target; goto *pc->h; } NEXT(IW_BRCOND_RR); } \
    L_brcond_##c##_ri_i32: { uint32_t a = R32(pc[1].p.x), b = (uint32_t)pc[2].u; \
        if (C_##c(uint32_t, int32_t)) { pc = pc[3].target; goto *pc->h; } NEXT(IW_BRCOND_RI); } \
    L_brcond_##c##_rr_i64: { uint64_t a = R64(pc[1].p.x), b = R64(pc[1].p.y); \
        if (C_##c(uint64_t, int64_t)) { pc = pc[2].target; goto *pc->h; } NEXT(IW_BRCOND_RR); } \
    L_brcond_##c##_ri_i64: { uint64_t a = R64(pc[1].p.x), b = pc[2].u; \
        if (C_##c(uint64_t, int64_t)) { pc = pc[3].target; goto *pc->h; } NEXT(IW_BRCOND_RI); } \
    L_movcond_##c##_i32: { uint32_t a = R32(pc[1].p.y), b = R32(pc[2].p.x); \
        W32(pc[1].p.x, C_##c(uint32_t, int32_t) ? R32(pc[2].p.y) : R32(pc[3].p.x)); NEXT(4); } \
    L_movcond_##c##_i64: { uint64_t a = R64(pc[1].p.y), b = R64(pc[2].p.x); \
        W64(pc[1].p.x, C_##c(uint64_t, int64_t) ? R64(pc[2].p.y) : R64(pc[3].p.x)); NEXT(4); }
    INTERP_CONDS(DO_COND, _)

    /* host loads: env form [h][d,off]; pointer form [h][d,base][off] */
#define DO_LD(X, op) \
    L_##op##_env_i32: { const char *p = envb + pc[1].p.y; \
        W32(pc[1].p.x, L_##op(uint32_t, int32_t)); NEXT(2); } \
    L_##op##_ptr_i32: { const char *p = (const char *)(uintptr_t)R64(pc[1].p.y) + pc[2].s; \
        W32(pc[1].p.x, L_##op(uint32_t, int32_t)); NEXT(3); } \
    L_##op##_env_i64: { const char *p = envb + pc[1].p.y; \
        W64(pc[1].p.x, L_##op(uint64_t, int64_t)); NEXT(2); } \
    L_##op##_ptr_i64: { const char *p = (const char *)(uintptr_t)R64(pc[1].p.y) + pc[2].s; \
        W64(pc[1].p.x, L_##op(uint64_t, int64_t)); NEXT(3); }
    INTERP_LDS(DO_LD, _)

    /* host stores: env form [h][v,off]; pointer form [h][v,base][off] */
#define DO_ST(X, op) \
    L_##op##_env: { S_##op(envb + pc[1].p.y, SV_##op(envb + pc[1].p.x)); NEXT(2); } \
    L_##op##_ptr: { char *p = (char *)(uintptr_t)R64(pc[1].p.y) + pc[2].s; \
        S_##op(p, SV_##op(envb + pc[1].p.x)); NEXT(3); }
    INTERP_STS(DO_ST, _)

    /* guest loads [h][d,addr][tlb table offset, MemOpIdx]: the tag of the entry indexed
     * by the first byte's page must equal the page of the last byte, which fails for a
     * page-crossing access and for any entry with flag bits set. */
#define QLD_BODY(m, WR) { \
        uint64_t addr = R64(pc[1].p.y), v; \
        const TCGTLBEntry *e = (const TCGTLBEntry *)(envb + pc[2].p.x) + \
                               ((addr >> TCG_PAGE_BITS) & (TCG_TLB_SIZE - 1)); \
        if (__builtin_expect(e->addr_read == ((addr + QSZ_##m - 1) & TCG_PAGE_MASK), 1)) { \
            v = QLDX(QSZ_##m, (const char *)(e->addend + addr)); \
        } else { \
            interp_pos = pc; \
            v = tcg_mem_hooks.load(env, addr, (MemOpIdx)pc[2].p.y, 0); \
        } \
        WR(pc[1].p.x, QX_##m(v)); NEXT(3); }
#define DO_QLD(X, m) L_qld_##m##_i32: QLD_BODY(m, W32) L_qld_##m##_i64: QLD_BODY(m, W64)
    INTERP_MEMOPS(DO_QLD, _)

    /* guest stores [h][v,addr][tlb table offset, MemOpIdx] */
#define QST_BODY(sz, RD) { \
        uint64_t addr = R64(pc[1].p.y), v = RD(pc[1].p.x); \
        const TCGTLBEntry *e = (const TCGTLBEntry *)(envb + pc[2].p.x) + \
                               ((addr >> TCG_PAGE_BITS) & (TCG_TLB_SIZE - 1)); \
        if (__builtin_expect(e->addr_write == ((addr + sz / 8 - 1) & TCG_PAGE_MASK), 1)) { \
            S_st##sz((char *)(e->addend + addr), v); \
        } else { \
            interp_pos = pc; \
            tcg_mem_hooks.store(env, addr, sz == 64 ? v : v & ((1ull << (sz & 63)) - 1), \
                                (MemOpIdx)pc[2].p.y, 0); \
        } \
        NEXT(3); }
#define DO_QST(X, sz) L_qst_##sz##_i32: QST_BODY(sz, R32) L_qst_##sz##_i64: QST_BODY(sz, R64)
    INTERP_QSTS(DO_QST, _)

    /* [h][addr, oi]: a misaligned MO_ALIGN_16 access goes to the guest's hook, which
     * raises its fault (tcg.h) */
L_qalign16: {
    uint64_t addr = R64(pc[1].p.x);
    if (__builtin_expect(addr & 15, 0)) {
        interp_pos = pc;
        tcg_mem_hooks.load(env, addr, (MemOpIdx)pc[1].p.y, 0);
        tcg_internal_error("interp: a misaligned MO_ALIGN_16 access did not fault");
    }
    NEXT(2);
}

L_movi_i32: W32(pc[1].p.x, pc[2].u); NEXT(IW_MOVI);
L_movi_i64: W64(pc[1].p.x, pc[2].u); NEXT(IW_MOVI);
L_movenv: W64(pc[1].p.x, (uintptr_t)env); NEXT(2);
L_extu_i32_i64: W64(pc[1].p.x, R32(pc[1].p.y)); NEXT(2);
L_ext_i32_i64: W64(pc[1].p.x, (int64_t)(int32_t)R32(pc[1].p.y)); NEXT(2);
L_extrl: W32(pc[1].p.x, R64(pc[1].p.y)); NEXT(2);
L_extrh: W32(pc[1].p.x, R64(pc[1].p.y) >> 32); NEXT(2);

    /* [h][lo,hi][a,b] */
L_mulu2_i32: {
    uint64_t p = (uint64_t)R32(pc[2].p.x) * R32(pc[2].p.y);
    W32(pc[1].p.x, p);
    W32(pc[1].p.y, p >> 32);
    NEXT(3);
}
L_muls2_i32: {
    int64_t p = (int64_t)(int32_t)R32(pc[2].p.x) * (int32_t)R32(pc[2].p.y);
    W32(pc[1].p.x, p);
    W32(pc[1].p.y, (uint64_t)p >> 32);
    NEXT(3);
}
L_mulu2_i64: {
    unsigned __int128 p = (unsigned __int128)R64(pc[2].p.x) * R64(pc[2].p.y);
    W64(pc[1].p.x, (uint64_t)p);
    W64(pc[1].p.y, (uint64_t)(p >> 64));
    NEXT(3);
}
L_muls2_i64: {
    __int128 p = (__int128)(int64_t)R64(pc[2].p.x) * (int64_t)R64(pc[2].p.y);
    W64(pc[1].p.x, (uint64_t)p);
    W64(pc[1].p.y, (uint64_t)((unsigned __int128)p >> 64));
    NEXT(3);
}

    /* deposit [h][d,a][b,pos][mask]; extract [h][d,a][left shift, right shift] */
L_deposit_i32: {
    uint32_t m = (uint32_t)pc[3].u;
    W32(pc[1].p.x, (R32(pc[1].p.y) & ~m) | ((R32(pc[2].p.x) << pc[2].p.y) & m));
    NEXT(4);
}
L_deposit_i64: {
    uint64_t m = pc[3].u;
    W64(pc[1].p.x, (R64(pc[1].p.y) & ~m) | ((R64(pc[2].p.x) << pc[2].p.y) & m));
    NEXT(4);
}
L_extract_i32: W32(pc[1].p.x, (R32(pc[1].p.y) << pc[2].p.x) >> pc[2].p.y); NEXT(3);
L_extract_i64: W64(pc[1].p.x, (R64(pc[1].p.y) << pc[2].p.x) >> pc[2].p.y); NEXT(3);
L_sextract_i32:
    W32(pc[1].p.x, (int32_t)(R32(pc[1].p.y) << pc[2].p.x) >> pc[2].p.y);
    NEXT(3);
L_sextract_i64:
    W64(pc[1].p.x, (int64_t)(R64(pc[1].p.y) << pc[2].p.x) >> pc[2].p.y);
    NEXT(3);

L_br: pc = pc[1].target; goto *pc->h;

    /* [h][info][ret offset, kind | nargs << 4 | words << 8][arg: offset, kind]... then
     * the values of constant args. Arg kinds: 0 env offset, 1 word index from pc, 2 env. */
L_call: {
    const TCGHelperInfo *info = pc[1].ptr;
    uint32_t meta = (uint32_t)pc[2].p.y;
    unsigned nargs = (meta >> 4) & 15;
    void *envp = env;
    void *av[TCG_HELPER_MAX_ARGS];
    for (unsigned i = 0; i < nargs; i++) {
        int32_t off = pc[3 + i].p.x;
        switch (pc[3 + i].p.y) {
        case 0: av[i] = envb + off; break;
        case 1: av[i] = (void *)&pc[off]; break;
        default: av[i] = &envp; break;
        }
    }
    interp_pos = pc;
    uint64_t rv = interp_call_helper(info, av);
    if ((meta & 15) == 1)
        W32(pc[2].p.x, rv);
    else if ((meta & 15) == 2)
        W64(pc[2].p.x, rv);
    NEXT(meta >> 8);
}

    /* The same layout; arg kinds: 0 env 64-bit, 1 constant (pre-extended) at a word
     * index from pc, 2 env, 3 env 32-bit zero-extended, 4 env 32-bit sign-extended. */
L_call_direct: {
    const TCGHelperInfo *info = pc[1].ptr;
    uint32_t meta = (uint32_t)pc[2].p.y;
    unsigned nargs = (meta >> 4) & 15;
    uint64_t av[TCG_HELPER_MAX_ARGS];
    for (unsigned i = 0; i < nargs; i++) {
        int32_t off = pc[3 + i].p.x;
        switch (pc[3 + i].p.y) {
        case 0: av[i] = R64(off); break;
        case 1: av[i] = pc[off].u; break;
        default: av[i] = (uintptr_t)env; break;
        }
    }
    interp_pos = pc;
    uint64_t rv = info->call(av);
    if ((meta & 15) == 1)
        W32(pc[2].p.x, rv);
    else if ((meta & 15) == 2)
        W64(pc[2].p.x, rv);
    NEXT(meta >> 8);
}

    /* At an insn start after a guest store or a helper: if that invalidated this TB
     * (self-modifying code), stop before the insn so that it runs from fresh code. */
L_insn_check:
    if (__builtin_expect(tb->invalid, 0)) {
        interp_pos = pc;
        return TB_EXIT_INVALIDATED;
    }
    NEXT(1);

L_goto_tb: {
    TranslationBlock *next = tb->jmp_dest[pc[1].u];
    if (next && !next->invalid) {
        tb = next;
        goto enter;
    }
    NEXT(2);
}
L_exit_tb:
    interp_tb = NULL;
    return (uintptr_t)pc[1].u;
L_budget: {
    int64_t v = (int64_t)R64(pc[1].p.x) - pc[1].p.y;
    if (__builtin_expect(v < 0, 0)) {
        W64(pc[2].s, pc[3].u);
        interp_tb = NULL;
        return TB_EXIT_REQUESTED;
    }
    W64(pc[1].p.x, v);
    NEXT(4);
}
L_lookup_and_goto: {
    TranslationBlock *next = tcg_lookup_tb_hook ? tcg_lookup_tb_hook(env) : NULL;
    if (next) {
        tb = next;
        goto enter;
    }
    interp_tb = NULL;
    return 0;
}
L_fell_off:
    tcg_internal_error("TB at pc %#llx ran past its last op (no exit_tb)",
                       (unsigned long long)tb->pc);
}

const void *const *interp_handler_table(void)
{
    if (!handler_table)
        interp_run(NULL, NULL);
    return handler_table;
}

static uintptr_t interp_exec(void *env, TranslationBlock *tb)
{
    return interp_run(env, tb);
}

/* The interpreter ignores ra: it recorded its own position before every op that may
 * unwind. The answer is the last insn_start at or before that position. */
static bool interp_restore_state(uintptr_t ra, uint64_t data[TCG_INSN_START_WORDS])
{
    (void)ra;
    TranslationBlock *tb = interp_tb;
    const IWord *pos = interp_pos;
    if (!tb || !pos)
        return false;
    const InterpTB *it = tb->code;
    if (pos < it->code || pos >= it->code + it->nb_words)
        return false;
    uint32_t p = (uint32_t)(pos - it->code);
    int lo = 0, hi = (int)it->nb_insns - 1, found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (it->insns[mid].pos <= p) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found < 0)
        return false;
    memcpy(data, it->insns[found].data, sizeof(uint64_t) * TCG_INSN_START_WORDS);
    tcg_restored_tb = tb;
    tcg_restored_insn = (uint32_t)found;
    return true;
}

static void interp_init(void)
{
    interp_handler_table();
}

static void interp_patch_link(TranslationBlock *tb, unsigned n, TranslationBlock *dest)
{
    /* goto_tb reads tb->jmp_dest[n] each time: nothing to patch. */
    (void)tb, (void)n, (void)dest;
}

const TCGBackend tcg_backend_interp = {
    .name = "interp",
    .init = interp_init,
    .gen_code = interp_gen_code,
    .exec = interp_exec,
    .restore_state = interp_restore_state,
    .patch_link = interp_patch_link,
    .release = interp_release,
    .flush = interp_flush,
    .dump = interp_dump,
};
