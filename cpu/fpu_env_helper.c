/* x87 state in memory: the FSTENV/FLDENV environment and the FSAVE/FRSTOR image in their
 * four layouts (16/32-bit operand size, protected or real/virtual-8086 mode: SDM vol. 1,
 * 8.1.10, figures 8-9 to 8-12), and the 512-byte FXSAVE/FXRSTOR area with MXCSR and the
 * XMM registers (vol. 1, 10.5.1, table 10-2; vol. 2, FXSAVE). */
#include <string.h>
#include "cpu/fpu_internal.h"
#include "cpu/helper.h"

static void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, v);
    put16(p + 2, v >> 16);
}

static void put64(uint8_t *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static uint32_t get16(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t get32(const uint8_t *p)
{
    return get16(p) | get16(p + 2) << 16;
}

static uint64_t get64(const uint8_t *p)
{
    return get32(p) | (uint64_t)get32(p + 4) << 32;
}

unsigned x86_fpu_env_size(unsigned flags)
{
    return ((flags & FPU_ENV_32) ? 28 : 14) + ((flags & FPU_ENV_REGS) ? 80 : 0);
}

static void put_reg(uint8_t *p, const X86FPReg *r)
{
    put64(p, r->sig);
    put16(p + 8, r->se);
}

static void get_reg(X86FPReg *r, const uint8_t *p)
{
    r->sig = get64(p);
    r->se = (uint16_t)get16(p + 8);
}

/* The unused upper halves of the 32-bit layouts read as FFFFH, as the hardware stores
 * them (checked against the host CPU; the SDM calls them reserved). In real and virtual-
 * 8086 mode the pointers are 32-bit linear addresses (figures 8-10 and 8-12). */
void x86_fpu_store_env(const CPUX86State *env, uint8_t *buf, unsigned flags)
{
    uint32_t cw = env->fpu_cw, sw = x86_fpu_get_sw(env), tw = x86_fpu_get_tag_word(env);
    uint32_t fop = env->fpu_fop & 0x7ff;
    uint32_t ip = (uint32_t)env->fpu_ip, dp = (uint32_t)env->fpu_dp;
    unsigned n = (flags & FPU_ENV_32) ? 28 : 14;
    if (!(flags & FPU_ENV_PM)) {
        ip += (uint32_t)env->fpu_cs << 4;
        dp += (uint32_t)env->fpu_ds << 4;
    }
    if (flags & FPU_ENV_32) {
        put32(buf + 0, 0xffff0000u | cw);
        put32(buf + 4, 0xffff0000u | sw);
        put32(buf + 8, 0xffff0000u | tw);
        if (flags & FPU_ENV_PM) {
            put32(buf + 12, ip);
            put32(buf + 16, env->fpu_cs | fop << 16);
            put32(buf + 20, dp);
            put32(buf + 24, 0xffff0000u | env->fpu_ds);
        } else {
            put32(buf + 12, 0xffff0000u | (ip & 0xffff));
            put32(buf + 16, (ip >> 16) << 12 | fop);
            put32(buf + 20, 0xffff0000u | (dp & 0xffff));
            put32(buf + 24, (dp >> 16) << 12);
        }
    } else {
        put16(buf + 0, cw);
        put16(buf + 2, sw);
        put16(buf + 4, tw);
        if (flags & FPU_ENV_PM) {
            put16(buf + 6, ip);
            put16(buf + 8, env->fpu_cs);
            put16(buf + 10, dp);
            put16(buf + 12, env->fpu_ds);
        } else {
            put16(buf + 6, ip);
            put16(buf + 8, ((ip >> 16) & 0xf) << 12 | fop);
            put16(buf + 10, dp);
            put16(buf + 12, ((dp >> 16) & 0xf) << 12);
        }
    }
    if (flags & FPU_ENV_REGS)
        for (int i = 0; i < 8; i++)
            put_reg(buf + n + 10 * i, &env->fpregs[fpu_phys(env, i)]);
}

/* Every value is accepted. The tag word only says which registers are empty: the other
 * tags follow from the contents (the host's FRSTOR recomputes them too); ES and B follow
 * the loaded flags and masks (cpu/fpu_helper.c). */
void x86_fpu_load_env(CPUX86State *env, const uint8_t *buf, unsigned flags)
{
    unsigned n = (flags & FPU_ENV_32) ? 28 : 14;
    uint32_t cw, sw, tw;
    if (flags & FPU_ENV_32) {
        cw = get16(buf);
        sw = get16(buf + 4);
        tw = get16(buf + 8);
        if (flags & FPU_ENV_PM) {
            env->fpu_ip = get32(buf + 12);
            env->fpu_cs = (uint16_t)get16(buf + 16);
            env->fpu_fop = (uint16_t)(get16(buf + 18) & 0x7ff);
            env->fpu_dp = get32(buf + 20);
            env->fpu_ds = (uint16_t)get16(buf + 24);
        } else {
            env->fpu_ip = get16(buf + 12) | ((get32(buf + 16) >> 12) & 0xffff) << 16;
            env->fpu_fop = (uint16_t)(get16(buf + 16) & 0x7ff);
            env->fpu_dp = get16(buf + 20) | ((get32(buf + 24) >> 12) & 0xffff) << 16;
            env->fpu_cs = env->fpu_ds = 0;
        }
    } else {
        cw = get16(buf);
        sw = get16(buf + 2);
        tw = get16(buf + 4);
        if (flags & FPU_ENV_PM) {
            /* This layout has no opcode field: FOP reads 0 afterwards (host CPU). */
            env->fpu_fop = 0;
            env->fpu_ip = get16(buf + 6);
            env->fpu_cs = (uint16_t)get16(buf + 8);
            env->fpu_dp = get16(buf + 10);
            env->fpu_ds = (uint16_t)get16(buf + 12);
        } else {
            env->fpu_ip = get16(buf + 6) | (get16(buf + 8) >> 12) << 16;
            env->fpu_fop = (uint16_t)(get16(buf + 8) & 0x7ff);
            env->fpu_dp = get16(buf + 10) | (get16(buf + 12) >> 12) << 16;
            env->fpu_cs = env->fpu_ds = 0;
        }
    }
    env->fpu_empty = 0;
    for (unsigned p = 0; p < 8; p++)
        if (((tw >> (2 * p)) & 3) == 3)
            env->fpu_empty |= (uint8_t)(1u << p);
    env->fpu_cw = (uint16_t)cw;
    x86_fpu_set_sw(env, (uint16_t)sw);
    x86_fpu_set_cw(env, (uint16_t)cw);
    if (flags & FPU_ENV_REGS)
        for (int i = 0; i < 8; i++)
            get_reg(&env->fpregs[fpu_phys(env, i)], buf + n + 10 * i);
}

/* FNSTENV / FNSAVE m: the image, then FNSTENV masks every exception (vol. 2, FSTENV) and
 * FNSAVE reinitializes the FPU (vol. 2, FSAVE). Non-waiting, control instructions. */
void helper_fpu_fstenv(CPUX86State *env, uint32_t flags, uint64_t addr)
{
    uint8_t buf[108];
    x86_fpu_store_env(env, buf, flags);
    fpu_st_bytes(env, addr, buf, x86_fpu_env_size(flags), GETPC());
    if (flags & FPU_ENV_REGS)
        x86_fpu_init(env);
    else
        x86_fpu_set_cw(env, env->fpu_cw | FPUC_EXC_MASKS);
}

/* FLDENV / FRSTOR m: all of memory is read before anything changes. */
void helper_fpu_fldenv(CPUX86State *env, uint32_t flags, uint64_t addr)
{
    uint8_t buf[108];
    fpu_ld_bytes(env, addr, buf, x86_fpu_env_size(flags), GETPC());
    x86_fpu_load_env(env, buf, flags);
}

/* ---- FXSAVE / FXRSTOR ---- */

void x86_fpu_fxsave_image(const CPUX86State *env, uint8_t *buf, int nxmm, bool rex_w)
{
    memset(buf, 0, 160);
    put16(buf + 0, env->fpu_cw);
    put16(buf + 2, x86_fpu_get_sw(env));
    buf[4] = x86_fpu_get_abridged_tag(env);
    put16(buf + 6, env->fpu_fop & 0x7ff);
    if (rex_w) {
        put64(buf + 8, env->fpu_ip);
        put64(buf + 16, env->fpu_dp);
    } else {
        put32(buf + 8, (uint32_t)env->fpu_ip);
        put16(buf + 12, env->fpu_cs);
        put32(buf + 16, (uint32_t)env->fpu_dp);
        put16(buf + 20, env->fpu_ds);
    }
    put32(buf + 24, env->mxcsr);
    put32(buf + 28, X86_MXCSR_MASK);
    for (int i = 0; i < 8; i++)
        put_reg(buf + 32 + 16 * i, &env->fpregs[fpu_phys(env, i)]);
    for (int i = 0; i < nxmm; i++)
        memcpy(buf + 160 + 16 * i, env->xmm[i].b, 16);
}

bool x86_fpu_fxrstor_image(CPUX86State *env, const uint8_t *buf, int nxmm, bool rex_w)
{
    uint32_t mxcsr = get32(buf + 24);
    if (mxcsr & ~X86_MXCSR_MASK)
        return false;
    env->fpu_fop = (uint16_t)(get16(buf + 6) & 0x7ff);
    if (rex_w) {
        env->fpu_ip = get64(buf + 8);
        env->fpu_dp = get64(buf + 16);
        env->fpu_cs = env->fpu_ds = 0;
    } else {
        env->fpu_ip = get32(buf + 8);
        env->fpu_cs = (uint16_t)get16(buf + 12);
        env->fpu_dp = get32(buf + 16);
        env->fpu_ds = (uint16_t)get16(buf + 20);
    }
    env->fpu_empty = (uint8_t)~buf[4]; /* abridged tag: 1 = valid (vol. 2, FXSAVE) */
    env->fpu_cw = (uint16_t)get16(buf);
    x86_fpu_set_sw(env, (uint16_t)get16(buf + 2));
    x86_fpu_set_cw(env, (uint16_t)get16(buf));
    for (int i = 0; i < 8; i++)
        get_reg(&env->fpregs[fpu_phys(env, i)], buf + 32 + 16 * i);
    env->mxcsr = mxcsr;
    for (int i = 0; i < nxmm; i++)
        memcpy(env->xmm[i].b, buf + 160 + 16 * i, 16);
    return true;
}

/* 16 XMM registers in 64-bit mode, 8 elsewhere (vol. 2, FXSAVE: the non-64-bit layout
 * ends after XMM7). A misaligned area is #GP(0) whatever the segment. */
static int fxsave_nxmm(const CPUX86State *env)
{
    return (env->hflags & HF_CODE64_MASK) ? 16 : 8;
}

void helper_fpu_fxsave(CPUX86State *env, uint32_t rex_w, uint64_t addr)
{
    uintptr_t ra = GETPC();
    uint8_t buf[512];
    int nxmm = fxsave_nxmm(env);
    if (addr & 15)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    x86_fpu_fxsave_image(env, buf, nxmm, rex_w);
    fpu_st_bytes(env, addr, buf, 160 + 16 * (unsigned)nxmm, ra);
}

void helper_fpu_fxrstor(CPUX86State *env, uint32_t rex_w, uint64_t addr)
{
    uintptr_t ra = GETPC();
    uint8_t buf[512];
    int nxmm = fxsave_nxmm(env);
    if (addr & 15)
        x86_raise_exception(env, EXCP_GP, 0, ra);
    fpu_ld_bytes(env, addr, buf, 160 + 16 * (unsigned)nxmm, ra);
    if (!x86_fpu_fxrstor_image(env, buf, nxmm, rex_w))
        x86_raise_exception(env, EXCP_GP, 0, ra);
}
