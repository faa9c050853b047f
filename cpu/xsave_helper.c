/* XSAVE/XSAVEOPT/XRSTOR (standard form), XGETBV/XSETBV and CPUID leaf 0DH for the two
 * state components Tern has: x87 (XCR0 bit 0) and SSE (bit 1). The legacy region is the
 * FXSAVE image of cpu/fpu_helper.h; the 64-byte XSAVE header follows it. SDM vol. 1,
 * chapter 13; vol. 2, XSAVE/XRSTOR/XGETBV/XSETBV; vol. 3, 2.6 (XCR0). */
#include "cpu/fpu_helper.h"
#include "cpu/helper.h"
#include "cpu/sse_helper.h"

#define XSTATE_X87 1u
#define XSTATE_SSE 2u
#define XSTATE_SUPPORTED (XSTATE_X87 | XSTATE_SSE)
#define XSAVE_LEGACY_SIZE 512u
#define XSAVE_AREA_SIZE (XSAVE_LEGACY_SIZE + 64u) /* legacy region + header */

/* CPUID.(EAX=0DH): sub-leaf 0 lists the supported components and the area sizes (for
 * XCR0 as it is and for every component), sub-leaf 1 the XSAVE extensions: XSAVEOPT
 * (bit 0) only. Components 0 and 1 live in the legacy region, so their sub-leaves (and
 * all others) are zero. */
void x86_cpuid_xsave_leaf(CPUX86State *env, uint32_t subleaf, uint32_t *eax, uint32_t *ebx,
                          uint32_t *ecx, uint32_t *edx)
{
    (void)env;
    *eax = *ebx = *ecx = *edx = 0;
    if (subleaf == 0) {
        *eax = XSTATE_SUPPORTED;
        *ebx = XSAVE_AREA_SIZE;
        *ecx = XSAVE_AREA_SIZE;
    } else if (subleaf == 1) {
        *eax = 1;
    }
}

/* #UD unless CR4.OSXSAVE, then #NM with CR0.TS (SDM vol. 2, XSAVE "Protected Mode
 * Exceptions"); the area must be 64-byte aligned (#GP(0)). */
static void xsave_checks(CPUX86State *env, uint64_t addr, uintptr_t ra)
{
    if (!(env->cr[4] & CR4_OSXSAVE))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if (env->cr[0] & CR0_TS)
        x86_raise_exception(env, EXCP_NM, 0, ra);
    if (addr & 63)
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

static uint64_t get64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static void put64(uint8_t *p, uint64_t v)
{
    memcpy(p, &v, 8);
}

static uint64_t amask(const CPUX86State *env)
{
    return (env->hflags & HF_CODE64_MASK) ? ~0ull : 0xFFFFFFFFull;
}

/* Bytes [from, to) of the area, 8 at a time (every range here is a multiple of 8). */
static void store_range(CPUX86State *env, uint64_t addr, const uint8_t *buf, unsigned from,
                        unsigned to, uintptr_t ra)
{
    for (unsigned o = from; o < to; o += 8)
        x86_st(env, (addr + o) & amask(env), get64(buf + o), MO_64, x86_mmu_index(env), ra);
}

static void load_range(CPUX86State *env, uint64_t addr, uint8_t *buf, unsigned from,
                       unsigned to, uintptr_t ra)
{
    for (unsigned o = from; o < to; o += 8)
        put64(buf + o, x86_ld(env, (addr + o) & amask(env), MO_64, x86_mmu_index(env), ra));
}

static int nxmm(const CPUX86State *env)
{
    return (env->hflags & HF_CODE64_MASK) ? 16 : 8;
}

static uint64_t rfbm(const CPUX86State *env)
{
    uint64_t edx_eax = ((env->regs[R_EDX] & 0xFFFFFFFFull) << 32) |
                       (env->regs[R_EAX] & 0xFFFFFFFFull);
    return env->xcr0 & edx_eax;
}

/* XSAVE / XSAVEOPT (flags bit 0: REX.W, 64-bit FIP/FDP). The components in RFBM are
 * stored; MXCSR with the SSE component. XSTATE_BV[i] = XINUSE[i] for i in RFBM, the rest
 * of the header untouched. Tern keeps XINUSE = 1 for both components (allowed: XINUSE
 * may be 1 in the initial configuration), so XSAVEOPT writes what XSAVE writes. */
void helper_xsave(CPUX86State *env, uint64_t addr, uint32_t flags)
{
    uintptr_t ra = GETPC();
    uint8_t buf[XSAVE_AREA_SIZE];
    xsave_checks(env, addr, ra);
    uint64_t mask = rfbm(env);
    memset(buf, 0, sizeof buf);
    x86_fpu_fxsave_image(env, buf, nxmm(env), flags & 1);
    /* read the header first: a fault there leaves memory untouched */
    load_range(env, addr, buf, XSAVE_LEGACY_SIZE, XSAVE_LEGACY_SIZE + 8, ra);
    uint64_t xstate_bv = get64(buf + XSAVE_LEGACY_SIZE);
    if (mask & XSTATE_X87) {
        store_range(env, addr, buf, 0, 24, ra);
        store_range(env, addr, buf, 32, 160, ra);
    }
    if (mask & XSTATE_SSE) {
        store_range(env, addr, buf, 24, 32, ra);
        store_range(env, addr, buf, 160, 160 + 16 * (unsigned)nxmm(env), ra);
    }
    xstate_bv = (xstate_bv & ~mask) | (mask & XSTATE_SUPPORTED);
    put64(buf + XSAVE_LEGACY_SIZE, xstate_bv);
    store_range(env, addr, buf, XSAVE_LEGACY_SIZE, XSAVE_LEGACY_SIZE + 8, ra);
}

/* The initial configuration of the x87 state in FXSAVE-image form (SDM vol. 1, 13.6):
 * FCW 037FH, FSW 0, all tags empty, pointers and opcode 0, ST0-ST7 zero. */
static void x87_init_image(uint8_t *buf)
{
    memset(buf, 0, 24);
    memset(buf + 32, 0, 128);
    buf[0] = 0x7F;
    buf[1] = 0x03;
}

/* XRSTOR, standard form (SDM vol. 1, 13.8.1). #GP(0) for a compacted or malformed header
 * (XSTATE_BV bits beyond XCR0; header bytes 23:8, XCOMP_BV included, not zero: the
 * compacted form needs XSAVEC, which CPUID does not offer) and for reserved MXCSR bits;
 * header bytes 63:24 are not looked at. All reads happen before any state changes. MXCSR is loaded from memory
 * whenever RFBM[1] = 1, whatever XSTATE_BV[1] says. */
void helper_xrstor(CPUX86State *env, uint64_t addr, uint32_t flags)
{
    uintptr_t ra = GETPC();
    uint8_t mem[XSAVE_AREA_SIZE], img[XSAVE_AREA_SIZE];
    xsave_checks(env, addr, ra);
    uint64_t mask = rfbm(env);
    load_range(env, addr, mem, XSAVE_LEGACY_SIZE, XSAVE_AREA_SIZE, ra);
    uint64_t xstate_bv = get64(mem + XSAVE_LEGACY_SIZE);
    bool header_bad = (xstate_bv & ~env->xcr0) != 0;
    for (unsigned o = XSAVE_LEGACY_SIZE + 8; o < XSAVE_LEGACY_SIZE + 24; o++)
        header_bad |= mem[o] != 0;
    if (header_bad)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    memset(img, 0, sizeof img);
    x86_fpu_fxsave_image(env, img, nxmm(env), flags & 1);
    if (mask & XSTATE_X87) {
        if (xstate_bv & XSTATE_X87) {
            load_range(env, addr, mem, 0, 24, ra);
            load_range(env, addr, mem, 32, 160, ra);
            memcpy(img, mem, 24);
            memcpy(img + 32, mem + 32, 128);
        } else {
            x87_init_image(img);
        }
    }
    if (mask & XSTATE_SSE) {
        unsigned end = 160 + 16 * (unsigned)nxmm(env);
        load_range(env, addr, mem, 24, 32, ra);
        memcpy(img + 24, mem + 24, 4); /* MXCSR; the MXCSR_MASK field is not loaded */
        if (xstate_bv & XSTATE_SSE) {
            load_range(env, addr, mem, 160, end, ra);
            memcpy(img + 160, mem + 160, end - 160);
        } else {
            memset(img + 160, 0, end - 160);
        }
    }
    if (!x86_fpu_fxrstor_image(env, img, nxmm(env), flags & 1))
        x86_raise_exception(env, EXCP_GP, 0, ra);
}

/* XGETBV: ECX = 0 reads XCR0; other indexes (XINUSE through ECX = 1 included, which
 * CPUID.(0DH,1):EAX[2] does not offer) are #GP(0). #UD without CR4.OSXSAVE. */
void helper_xgetbv(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[4] & CR4_OSXSAVE))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    if ((uint32_t)env->regs[R_ECX] != 0)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    env->regs[R_EAX] = (uint32_t)env->xcr0;
    env->regs[R_EDX] = (uint32_t)(env->xcr0 >> 32);
}

/* XSETBV: CPL 0 only (v86 mode is CPL 3), ECX = 0, bit 0 (x87) always set, no bit
 * outside the supported components (SDM vol. 2, XSETBV; vol. 1, 13.3). */
void helper_xsetbv(CPUX86State *env)
{
    uintptr_t ra = GETPC();
    if (!(env->cr[4] & CR4_OSXSAVE))
        x86_raise_exception(env, EXCP_UD, 0, ra);
    uint64_t val = ((env->regs[R_EDX] & 0xFFFFFFFFull) << 32) |
                   (env->regs[R_EAX] & 0xFFFFFFFFull);
    if ((env->hflags & HF_CPL_MASK) != 0 || (uint32_t)env->regs[R_ECX] != 0 ||
        !(val & XSTATE_X87) || (val & ~(uint64_t)XSTATE_SUPPORTED))
        x86_raise_exception(env, EXCP_GP, 0, ra);
    env->xcr0 = val;
}
