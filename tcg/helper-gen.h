/* Helpers declared once: a guest lists its helpers in a .def file with
 *   DEF_HELPER_N(name, flags, ret, arg1, ..., argN)       (N = 1..6)
 * where types are void (ret only), i32, s32, i64, ptr, env. Including this header with
 * HELPER_DEF_FILE set to that file yields, for every helper,
 *   - the C prototype:      ret helper_NAME(args...);
 *   - the descriptor:       extern TCGHelperInfo helper_info_NAME;
 *   - the IR emitter:       static inline void gen_helper_NAME([TCGv ret,] TCGv args...);
 * and, where HELPER_GEN_INFO is defined (in exactly one .c file), the descriptor
 * definitions. The interpreter builds its libffi cif from the descriptor; the JIT uses
 * the descriptor's types for the host ABI. The includer defines HELPER_ENV_CTYPE, the C
 * type of `env` (a pointer to its CPU state). */
#include "tcg.h"

#ifndef HELPER_ENV_CTYPE
#error "define HELPER_ENV_CTYPE before including helper-gen.h"
#endif

#define HG_GLUE_(a, b) a##b
#define HG_GLUE(a, b) HG_GLUE_(a, b)

/* C types */
#define hg_ctype_void void
#define hg_ctype_i32 uint32_t
#define hg_ctype_s32 int32_t
#define hg_ctype_i64 uint64_t
#define hg_ctype_ptr void *
#define hg_ctype_env HELPER_ENV_CTYPE
#define hg_ctype(t) HG_GLUE(hg_ctype_, t)
/* IR handle types */
#define hg_irtype_i32 TCGv_i32
#define hg_irtype_s32 TCGv_i32
#define hg_irtype_i64 TCGv_i64
#define hg_irtype_ptr TCGv_ptr
#define hg_irtype_env TCGv_ptr
#define hg_irtype(t) HG_GLUE(hg_irtype_, t)
/* descriptor types */
#define hg_htype_void TCG_HT_VOID
#define hg_htype_i32 TCG_HT_I32
#define hg_htype_s32 TCG_HT_S32
#define hg_htype_i64 TCG_HT_I64
#define hg_htype_ptr TCG_HT_PTR
#define hg_htype_env TCG_HT_PTR
#define hg_htype(t) HG_GLUE(hg_htype_, t)
/* the return slot of gen_helper_*: no parameter for void */
#define hg_retdecl_void
#define hg_retdecl_i32 TCGv_i32 retv,
#define hg_retdecl_s32 TCGv_i32 retv,
#define hg_retdecl_i64 TCGv_i64 retv,
#define hg_retdecl_ptr TCGv_ptr retv,
#define hg_retdecl(t) HG_GLUE(hg_retdecl_, t)
#define hg_retidx_void TCG_NO_TEMP
#define hg_retidx_i32 retv.idx
#define hg_retidx_s32 retv.idx
#define hg_retidx_i64 retv.idx
#define hg_retidx_ptr retv.idx
#define hg_retidx(t) HG_GLUE(hg_retidx_, t)

#ifdef HELPER_GEN_INFO
/* A typed call stub per helper: the interpreter calls helpers through it with the
 * arguments as 64-bit words, and the stub makes a correctly typed C call (no function
 * pointer cast, no libffi cost). libffi stays the path for descriptors without a stub. */
#define hg_a(t, i) ((hg_ctype(t))(uintptr_t)a[i])
#define hg_wrap_void(e) ((e), (uint64_t)0)
#define hg_wrap_i32(e) ((uint64_t)(e))
#define hg_wrap_s32(e) ((uint64_t)(uint32_t)(e))
#define hg_wrap_i64(e) ((uint64_t)(e))
#define hg_wrap_ptr(e) ((uint64_t)(uintptr_t)(e))
#define hg_wrap(t, e) HG_GLUE(hg_wrap_, t)(e)
#define HG_STUB(hname, hret, call) \
    static uint64_t helper_stub_##hname(const uint64_t *a) { return hg_wrap(hret, call); }
#define HG_INFO(hname, hflags, hret, n, ...) \
    TCGHelperInfo helper_info_##hname = { .func = (void *)helper_##hname, .name = #hname, \
        .call = helper_stub_##hname, .flags = (hflags), .nargs = n, .ret = hg_htype(hret), \
        .args = { __VA_ARGS__ } };
#else
#define HG_STUB(hname, hret, call)
#define HG_INFO(name, flags, ret, n, ...) extern TCGHelperInfo helper_info_##name;
#endif

#define DEF_HELPER_1(name, flags, ret, t1) \
    hg_ctype(ret) helper_##name(hg_ctype(t1)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0))) \
    HG_INFO(name, flags, ret, 1, hg_htype(t1)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1) { \
        uint32_t a[1] = { a1.idx }; tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 1, a); }
#define DEF_HELPER_2(name, flags, ret, t1, t2) \
    hg_ctype(ret) helper_##name(hg_ctype(t1), hg_ctype(t2)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0), hg_a(t2, 1))) \
    HG_INFO(name, flags, ret, 2, hg_htype(t1), hg_htype(t2)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1, hg_irtype(t2) a2) { \
        uint32_t a[2] = { a1.idx, a2.idx }; tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 2, a); }
#define DEF_HELPER_3(name, flags, ret, t1, t2, t3) \
    hg_ctype(ret) helper_##name(hg_ctype(t1), hg_ctype(t2), hg_ctype(t3)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0), hg_a(t2, 1), hg_a(t3, 2))) \
    HG_INFO(name, flags, ret, 3, hg_htype(t1), hg_htype(t2), hg_htype(t3)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1, hg_irtype(t2) a2, \
                                         hg_irtype(t3) a3) { \
        uint32_t a[3] = { a1.idx, a2.idx, a3.idx }; \
        tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 3, a); }
#define DEF_HELPER_4(name, flags, ret, t1, t2, t3, t4) \
    hg_ctype(ret) helper_##name(hg_ctype(t1), hg_ctype(t2), hg_ctype(t3), hg_ctype(t4)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0), hg_a(t2, 1), hg_a(t3, 2), hg_a(t4, 3))) \
    HG_INFO(name, flags, ret, 4, hg_htype(t1), hg_htype(t2), hg_htype(t3), hg_htype(t4)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1, hg_irtype(t2) a2, \
                                         hg_irtype(t3) a3, hg_irtype(t4) a4) { \
        uint32_t a[4] = { a1.idx, a2.idx, a3.idx, a4.idx }; \
        tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 4, a); }
#define DEF_HELPER_5(name, flags, ret, t1, t2, t3, t4, t5) \
    hg_ctype(ret) helper_##name(hg_ctype(t1), hg_ctype(t2), hg_ctype(t3), hg_ctype(t4), \
                                hg_ctype(t5)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0), hg_a(t2, 1), hg_a(t3, 2), hg_a(t4, 3), \
        hg_a(t5, 4))) \
    HG_INFO(name, flags, ret, 5, hg_htype(t1), hg_htype(t2), hg_htype(t3), hg_htype(t4), \
            hg_htype(t5)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1, hg_irtype(t2) a2, \
                                         hg_irtype(t3) a3, hg_irtype(t4) a4, hg_irtype(t5) a5) { \
        uint32_t a[5] = { a1.idx, a2.idx, a3.idx, a4.idx, a5.idx }; \
        tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 5, a); }
#define DEF_HELPER_6(name, flags, ret, t1, t2, t3, t4, t5, t6) \
    hg_ctype(ret) helper_##name(hg_ctype(t1), hg_ctype(t2), hg_ctype(t3), hg_ctype(t4), \
                                hg_ctype(t5), hg_ctype(t6)); \
    HG_STUB(name, ret, helper_##name(hg_a(t1, 0), hg_a(t2, 1), hg_a(t3, 2), hg_a(t4, 3), \
        hg_a(t5, 4), hg_a(t6, 5))) \
    HG_INFO(name, flags, ret, 6, hg_htype(t1), hg_htype(t2), hg_htype(t3), hg_htype(t4), \
            hg_htype(t5), hg_htype(t6)) \
    static inline void gen_helper_##name(hg_retdecl(ret) hg_irtype(t1) a1, hg_irtype(t2) a2, \
                                         hg_irtype(t3) a3, hg_irtype(t4) a4, hg_irtype(t5) a5, \
                                         hg_irtype(t6) a6) { \
        uint32_t a[6] = { a1.idx, a2.idx, a3.idx, a4.idx, a5.idx, a6.idx }; \
        tcg_gen_callN(&helper_info_##name, hg_retidx(ret), 6, a); }

#include HELPER_DEF_FILE

#undef DEF_HELPER_1
#undef DEF_HELPER_2
#undef DEF_HELPER_3
#undef DEF_HELPER_4
#undef DEF_HELPER_5
#undef DEF_HELPER_6
#undef HG_INFO
#undef HG_STUB
