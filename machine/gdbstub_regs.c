/* The registers the gdb stub shows: one table per layout that gives both the target
 * description gdb reads (qXfer:features:read:target.xml; gdb's i386 core/sse/segments
 * features plus Tern's own with control registers and the instruction count) and the
 * g/G/p/P encoding, in the same order. x87 registers are shown as gdb numbers them: st0
 * is ST(0), the register at TOP; ftag is the full tag word (SDM vol. 1, 8.1.7), derived
 * from the contents for non-empty registers, as FSTENV stores it.
 *
 * Which layout: as qemu-system-x86_64 does, a CPU model with long mode (CPUID
 * 80000001H:EDX.LM, SDM vol. 2A) always gets the x86-64 layout (architecture
 * i386:x86-64), whatever mode the CPU is in when gdb connects, so that one session can
 * follow a guest from its 16- or 32-bit entry into 64-bit code (gdb keeps the layout it
 * read for the whole connection: the 'g' reply must keep its size). Outside 64-bit mode
 * the eight legacy GPRs and the pc are shown zero-extended (their upper halves are not
 * visible there and not preserved across a mode switch, SDM vol. 1, 3.4.1.1). Only a
 * CPU model without long mode gets the 32-bit layout, named i8086 when gdb connects in
 * real or virtual-8086 mode or with a 16-bit CS, i386 otherwise. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cpu/exec.h"
#include "cpu/misc_helper.h"
#include "machine/gdbstub_internal.h"

typedef enum {
    K_GPR, K_PC, K_EFLAGS, K_SEG, K_ST, K_FPU, K_XMM, K_MXCSR, K_SEGBASE, K_KGSBASE, K_CR,
    K_EFER, K_ICOUNT,
} RegKind;

typedef struct RegDesc {
    const char *name;
    uint8_t kind, idx, size; /* size in bytes */
    const char *type;        /* gdb type */
    const char *feature;     /* the feature this register starts or continues */
} RegDesc;

#define F_CORE "org.gnu.gdb.i386.core"
#define F_SSE "org.gnu.gdb.i386.sse"
#define F_SEGS "org.gnu.gdb.i386.segments"
#define F_SYS "org.tern.x86.sys"

#define REG(n, k, i, s, t, f) { n, k, i, s, t, f }

/* gdb's 32-bit order: eax ecx edx ebx esp ebp esi edi (the encoding order). */
static const RegDesc regs_i386[] = {
    REG("eax", K_GPR, R_EAX, 4, "int32", F_CORE), REG("ecx", K_GPR, R_ECX, 4, "int32", F_CORE),
    REG("edx", K_GPR, R_EDX, 4, "int32", F_CORE), REG("ebx", K_GPR, R_EBX, 4, "int32", F_CORE),
    REG("esp", K_GPR, R_ESP, 4, "data_ptr", F_CORE),
    REG("ebp", K_GPR, R_EBP, 4, "data_ptr", F_CORE),
    REG("esi", K_GPR, R_ESI, 4, "int32", F_CORE), REG("edi", K_GPR, R_EDI, 4, "int32", F_CORE),
    REG("eip", K_PC, 0, 4, "code_ptr", F_CORE),
    REG("eflags", K_EFLAGS, 0, 4, "i386_eflags", F_CORE),
    REG("cs", K_SEG, R_CS, 4, "int32", F_CORE), REG("ss", K_SEG, R_SS, 4, "int32", F_CORE),
    REG("ds", K_SEG, R_DS, 4, "int32", F_CORE), REG("es", K_SEG, R_ES, 4, "int32", F_CORE),
    REG("fs", K_SEG, R_FS, 4, "int32", F_CORE), REG("gs", K_SEG, R_GS, 4, "int32", F_CORE),
#define ST_REGS(s) \
    REG("st0", K_ST, 0, 10, "i387_ext", F_CORE), REG("st1", K_ST, 1, 10, "i387_ext", F_CORE), \
    REG("st2", K_ST, 2, 10, "i387_ext", F_CORE), REG("st3", K_ST, 3, 10, "i387_ext", F_CORE), \
    REG("st4", K_ST, 4, 10, "i387_ext", F_CORE), REG("st5", K_ST, 5, 10, "i387_ext", F_CORE), \
    REG("st6", K_ST, 6, 10, "i387_ext", F_CORE), REG("st7", K_ST, 7, 10, "i387_ext", F_CORE), \
    REG("fctrl", K_FPU, 0, 4, "int", F_CORE), REG("fstat", K_FPU, 1, 4, "int", F_CORE), \
    REG("ftag", K_FPU, 2, 4, "int", F_CORE), REG("fiseg", K_FPU, 3, 4, "int", F_CORE), \
    REG("fioff", K_FPU, 4, 4, "int", F_CORE), REG("foseg", K_FPU, 5, 4, "int", F_CORE), \
    REG("fooff", K_FPU, 6, 4, "int", F_CORE), REG("fop", K_FPU, 7, 4, "int", F_CORE)
    ST_REGS(),
#define XMM(n) REG("xmm" #n, K_XMM, n, 16, "vec128", F_SSE)
    XMM(0), XMM(1), XMM(2), XMM(3), XMM(4), XMM(5), XMM(6), XMM(7),
    REG("mxcsr", K_MXCSR, 0, 4, "i386_mxcsr", F_SSE),
    /* No org.gnu.gdb.i386.segments (fs_base/gs_base) here: Debian's gdb 13.1 fails an
     * internal assertion (tdesc_use_registers) on a 32-bit description that has it. */
    REG("cr0", K_CR, 0, 4, "int", F_SYS), REG("cr2", K_CR, 2, 4, "int", F_SYS),
    REG("cr3", K_CR, 3, 4, "int", F_SYS), REG("cr4", K_CR, 4, 4, "int", F_SYS),
    REG("efer", K_EFER, 0, 8, "uint64", F_SYS),
    REG("icount", K_ICOUNT, 0, 8, "uint64", F_SYS),
};

/* gdb's 64-bit order: rax rbx rcx rdx rsi rdi rbp rsp r8-r15. */
static const RegDesc regs_x86_64[] = {
    REG("rax", K_GPR, R_EAX, 8, "int64", F_CORE), REG("rbx", K_GPR, R_EBX, 8, "int64", F_CORE),
    REG("rcx", K_GPR, R_ECX, 8, "int64", F_CORE), REG("rdx", K_GPR, R_EDX, 8, "int64", F_CORE),
    REG("rsi", K_GPR, R_ESI, 8, "int64", F_CORE), REG("rdi", K_GPR, R_EDI, 8, "int64", F_CORE),
    REG("rbp", K_GPR, R_EBP, 8, "data_ptr", F_CORE),
    REG("rsp", K_GPR, R_ESP, 8, "data_ptr", F_CORE),
    REG("r8", K_GPR, 8, 8, "int64", F_CORE), REG("r9", K_GPR, 9, 8, "int64", F_CORE),
    REG("r10", K_GPR, 10, 8, "int64", F_CORE), REG("r11", K_GPR, 11, 8, "int64", F_CORE),
    REG("r12", K_GPR, 12, 8, "int64", F_CORE), REG("r13", K_GPR, 13, 8, "int64", F_CORE),
    REG("r14", K_GPR, 14, 8, "int64", F_CORE), REG("r15", K_GPR, 15, 8, "int64", F_CORE),
    REG("rip", K_PC, 0, 8, "code_ptr", F_CORE),
    REG("eflags", K_EFLAGS, 0, 4, "i386_eflags", F_CORE),
    REG("cs", K_SEG, R_CS, 4, "int32", F_CORE), REG("ss", K_SEG, R_SS, 4, "int32", F_CORE),
    REG("ds", K_SEG, R_DS, 4, "int32", F_CORE), REG("es", K_SEG, R_ES, 4, "int32", F_CORE),
    REG("fs", K_SEG, R_FS, 4, "int32", F_CORE), REG("gs", K_SEG, R_GS, 4, "int32", F_CORE),
    ST_REGS(),
    XMM(0), XMM(1), XMM(2), XMM(3), XMM(4), XMM(5), XMM(6), XMM(7),
    XMM(8), XMM(9), XMM(10), XMM(11), XMM(12), XMM(13), XMM(14), XMM(15),
    REG("mxcsr", K_MXCSR, 0, 4, "i386_mxcsr", F_SSE),
    REG("fs_base", K_SEGBASE, R_FS, 8, "int", F_SEGS),
    REG("gs_base", K_SEGBASE, R_GS, 8, "int", F_SEGS),
    /* IA32_KERNEL_GS_BASE, the value SWAPGS exchanges with gs_base (SDM vol. 2B, SWAPGS) */
    REG("k_gs_base", K_KGSBASE, 0, 8, "int", F_SYS),
    REG("cr0", K_CR, 0, 8, "int", F_SYS), REG("cr2", K_CR, 2, 8, "int", F_SYS),
    REG("cr3", K_CR, 3, 8, "int", F_SYS), REG("cr4", K_CR, 4, 8, "int", F_SYS),
    REG("efer", K_EFER, 0, 8, "uint64", F_SYS),
    REG("icount", K_ICOUNT, 0, 8, "uint64", F_SYS),
};

#define NREGS(t) (sizeof(t) / sizeof((t)[0]))

static const RegDesc *layout_regs(const GdbStub *g, unsigned *n)
{
    if (g->layout == GDB_LAYOUT_X86_64) {
        *n = NREGS(regs_x86_64);
        return regs_x86_64;
    }
    *n = NREGS(regs_i386);
    return regs_i386;
}

unsigned gdb_nb_regs(const GdbStub *g)
{
    unsigned n;
    layout_regs(g, &n);
    return n;
}

/* The CPU model picks the layout (long mode or not); without long mode, the mode the CPU
 * is in when gdb connects names the architecture (i8086 or i386: the same registers).
 * 'monitor layout' can fix the choice for the next connection. */
void gdb_choose_layout(GdbStub *g)
{
    CPUX86State *env = g->env;
    GdbArchChoice c = g->arch_choice;
    if (c == GDB_ARCH_AUTO) {
        bool seg16 = !(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK) ||
                     !(env->hflags & HF_CS32_MASK);
        c = (env->cpuid_ext2_features & CPUID_EXT2_LM) ? GDB_ARCH_X86_64
          : seg16 ? GDB_ARCH_I8086 : GDB_ARCH_I386;
    }
    g->layout = c == GDB_ARCH_X86_64 ? GDB_LAYOUT_X86_64 : GDB_LAYOUT_I386;
    snprintf(g->tdesc_arch, sizeof(g->tdesc_arch), "%s",
             c == GDB_ARCH_X86_64 ? "i386:x86-64" : c == GDB_ARCH_I386 ? "i386" : "i8086");
    g->layout_chosen = true;
}

void gdb_describe_mode(const CPUX86State *env, char *buf, size_t len)
{
    const char *mode, *paging = "";
    if (!(env->cr[0] & CR0_PE))
        mode = "real mode, 16-bit code";
    else if (env->eflags & VM_MASK)
        mode = "virtual-8086 mode, 16-bit code";
    else if (env->hflags & HF_CODE64_MASK)
        mode = "long mode (IA-32e), 64-bit code";
    else if (env->hflags & HF_LMA_MASK)
        mode = env->hflags & HF_CS32_MASK ? "long mode (IA-32e), compatibility mode, 32-bit code"
                                          : "long mode (IA-32e), compatibility mode, 16-bit code";
    else
        mode = env->hflags & HF_CS32_MASK ? "protected mode, 32-bit code"
                                          : "protected mode, 16-bit code";
    /* SDM vol. 3, 4.1.1: the paging mode from CR0.PG, CR4.PAE and EFER.LMA */
    if (env->cr[0] & CR0_PE)
        paging = !(env->cr[0] & CR0_PG) ? ", paging off"
               : (env->hflags & HF_LMA_MASK) ? ", 4-level paging"
               : (env->cr[4] & CR4_PAE) ? ", PAE paging" : ", 32-bit paging";
    snprintf(buf, len, "%s%s, CPL %u", mode, paging, (unsigned)(env->hflags & HF_CPL_MASK));
}

/* gdb has no segments: in real and virtual-8086 mode it is shown and given the linear
 * address CS.base + IP as "eip", so that breakpoints, disassembly at $pc and stepping
 * agree with the memory it reads (which is by linear address). */
static bool pc_is_linear(const CPUX86State *env)
{
    return !(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK);
}

/* The tag of a non-empty x87 register: 00 valid, 01 zero, 10 special (NaN, infinity,
 * denormal, unnormal), SDM vol. 1, 8.1.7. */
static unsigned fp_tag(const X86FPReg *f)
{
    unsigned exp = f->se & 0x7fff;
    if (exp == 0)
        return f->sig ? 2 : 1;
    if (exp == 0x7fff || !(f->sig >> 63))
        return 2;
    return 0;
}

/* fctrl fstat ftag fiseg fioff foseg fooff fop */
static uint64_t fpu_word(const CPUX86State *env, unsigned idx)
{
    switch (idx) {
    case 0: return env->fpu_cw;
    case 1: return (env->fpu_sw & ~0x3800u) | ((env->fpu_top & 7) << 11);
    case 2: {
        unsigned tw = 0;
        for (unsigned i = 0; i < 8; i++)
            tw |= ((env->fpu_empty >> i) & 1 ? 3u : fp_tag(&env->fpregs[i])) << (2 * i);
        return tw;
    }
    case 3: return env->fpu_cs;
    case 4: return env->fpu_ip;
    case 5: return env->fpu_ds;
    case 6: return env->fpu_dp;
    default: return env->fpu_fop;
    }
}

/* Outside 64-bit mode only the low 32 bits of RAX-RDI and RIP exist for the program
 * (SDM vol. 1, 3.4.1.1 and 3.5): the x86-64 layout shows them zero-extended. R8-R15 keep
 * what 64-bit code left in them and are shown as they are. */
static bool narrow_gpr(const CPUX86State *env, const RegDesc *r)
{
    return !(env->hflags & HF_CODE64_MASK) && r->idx < 8;
}

static uint64_t reg_value(CPUX86State *env, const RegDesc *r)
{
    switch (r->kind) {
    case K_GPR: return narrow_gpr(env, r) ? (uint32_t)env->regs[r->idx] : env->regs[r->idx];
    case K_PC: {
        uint64_t pc = pc_is_linear(env) ? env->segs[R_CS].base + env->eip : env->eip;
        return (env->hflags & HF_CODE64_MASK) ? pc : (uint32_t)pc;
    }
    case K_EFLAGS: return x86_get_eflags(env);
    case K_SEG: return env->segs[r->idx].selector;
    case K_FPU: return fpu_word(env, r->idx);
    case K_MXCSR: return env->mxcsr;
    case K_SEGBASE: return env->segs[r->idx].base;
    case K_KGSBASE: return env->kernel_gs_base;
    case K_CR: return env->cr[r->idx];
    case K_EFER: return env->efer;
    case K_ICOUNT: return x86_icount(env);
    default: return 0;
    }
}

size_t gdb_read_reg(GdbStub *g, unsigned n, uint8_t *buf)
{
    unsigned count;
    const RegDesc *regs = layout_regs(g, &count);
    if (n >= count)
        return 0;
    const RegDesc *r = &regs[n];
    CPUX86State *env = g->env;
    memset(buf, 0, r->size);
    if (r->kind == K_ST) {
        const X86FPReg *f = &env->fpregs[(env->fpu_top + r->idx) & 7];
        for (unsigned i = 0; i < 8; i++)
            buf[i] = (uint8_t)(f->sig >> (8 * i));
        buf[8] = (uint8_t)f->se;
        buf[9] = (uint8_t)(f->se >> 8);
        return r->size;
    }
    if (r->kind == K_XMM) {
        memcpy(buf, env->xmm[r->idx].b, 16);
        return r->size;
    }
    uint64_t v = reg_value(env, r);
    for (unsigned i = 0; i < r->size && i < 8; i++)
        buf[i] = (uint8_t)(v >> (8 * i));
    return r->size;
}

/* A base WRMSR would take (IA32_FS_BASE, IA32_GS_BASE, IA32_KERNEL_GS_BASE: #GP for a
 * non-canonical address, SDM vol. 4, table 2-2, and vol. 3, 3.3.7.1), in any mode on a
 * CPU with long mode; 32 bits (a descriptor's base) on one without. */
static bool base_ok(const CPUX86State *env, uint64_t v)
{
    if (!(env->cpuid_ext2_features & CPUID_EXT2_LM))
        return !(v >> 32);
    unsigned bits = env->cpuid_linear_bits > 32 ? env->cpuid_linear_bits : 48;
    int64_t top = (int64_t)v >> (bits - 1);
    return top == 0 || top == -1;
}

bool gdb_write_reg(GdbStub *g, unsigned n, const uint8_t *buf, size_t size)
{
    unsigned count;
    const RegDesc *regs = layout_regs(g, &count);
    if (n >= count || size != regs[n].size)
        return false;
    const RegDesc *r = &regs[n];
    CPUX86State *env = g->env;
    uint64_t v = 0;
    for (unsigned i = 0; i < size && i < 8; i++)
        v |= (uint64_t)buf[i] << (8 * i);
    switch (r->kind) {
    case K_GPR:
        /* outside 64-bit mode a legacy GPR holds what a 32-bit MOV can put there */
        if (narrow_gpr(env, r) && v >> 32)
            return false;
        /* the 32-bit layout (asked for with 'monitor layout') in 64-bit code: the low
         * half, the rest kept */
        if (r->size == 4 && (env->hflags & HF_CODE64_MASK))
            v |= env->regs[r->idx] & ~0xffffffffull;
        env->regs[r->idx] = v;
        return true;
    case K_PC: {
        if (!(env->hflags & HF_CODE64_MASK) && v >> 32)
            return false;
        if (r->size == 4 && (env->hflags & HF_CODE64_MASK))
            v |= env->eip & ~0xffffffffull;
        uint64_t eip = pc_is_linear(env) ? v - env->segs[R_CS].base : v;
        if (!(env->hflags & HF_CODE64_MASK))
            eip &= (env->hflags & HF_CS32_MASK) ? 0xffffffffull : 0xffff;
        env->eip = eip;
        return true;
    }
    case K_EFLAGS:
        /* Every bit software can hold (SDM vol. 1, 3.4.3); bit 1 stays 1. */
        x86_set_eflags(env, (uint32_t)v, 0x003f7fd5u);
        return true;
    case K_SEG: {
        SegmentCache *sc = &env->segs[r->idx];
        if ((v & 0xffff) == sc->selector && v <= 0xffff)
            return true;
        /* A real-mode / virtual-8086 selector is its base; a protected-mode one would
         * need the descriptor checks of a real load: refused. */
        if (v > 0xffff || !pc_is_linear(env))
            return false;
        uint64_t old_pc = env->segs[R_CS].base + env->eip;
        x86_load_seg_cache(env, r->idx, (uint32_t)v, v << 4, sc->limit, sc->flags);
        if (r->idx == R_CS) /* keep the linear pc gdb sees */
            env->eip = (old_pc - env->segs[R_CS].base) & 0xffff;
        return true;
    }
    case K_ST: {
        X86FPReg *f = &env->fpregs[(env->fpu_top + r->idx) & 7];
        f->sig = v;
        f->se = (uint16_t)(buf[8] | buf[9] << 8);
        return true;
    }
    case K_XMM:
        memcpy(env->xmm[r->idx].b, buf, 16);
        return true;
    case K_MXCSR:
        if (v >> 16) /* reserved bits: FXRSTOR would #GP (SDM vol. 1, 10.2.3) */
            return false;
        env->mxcsr = (uint32_t)v;
        return true;
    case K_FPU:
        switch (r->idx) {
        case 0: env->fpu_cw = (uint16_t)v; break;
        case 1:
            env->fpu_sw = (uint16_t)(v & ~0x3800u);
            env->fpu_top = (uint32_t)(v >> 11) & 7;
            break;
        case 2:
            env->fpu_empty = 0;
            for (unsigned i = 0; i < 8; i++)
                if (((v >> (2 * i)) & 3) == 3)
                    env->fpu_empty |= (uint8_t)(1u << i);
            break;
        case 3: env->fpu_cs = (uint16_t)v; break;
        case 4: env->fpu_ip = v; break;
        case 5: env->fpu_ds = (uint16_t)v; break;
        case 6: env->fpu_dp = v; break;
        default: env->fpu_fop = (uint16_t)(v & 0x7ff); break;
        }
        return true;
    case K_SEGBASE:
    case K_KGSBASE:
        if (!base_ok(env, v))
            return false;
        if (r->kind == K_KGSBASE)
            env->kernel_gs_base = v;
        else
            env->segs[r->idx].base = v;
        return true;
    default:
        /* control registers, EFER, the count: read-only here; a G packet that sends
         * them back unchanged is fine */
        return v == (reg_value(env, r) & (r->size == 8 ? ~0ull : 0xffffffffull));
    }
}

/* ---- the target description ---- */

static const char xml_types_core[] =
    "<flags id=\"i386_eflags\" size=\"4\">"
    "<field name=\"CF\" start=\"0\" end=\"0\"/><field name=\"\" start=\"1\" end=\"1\"/>"
    "<field name=\"PF\" start=\"2\" end=\"2\"/><field name=\"AF\" start=\"4\" end=\"4\"/>"
    "<field name=\"ZF\" start=\"6\" end=\"6\"/><field name=\"SF\" start=\"7\" end=\"7\"/>"
    "<field name=\"TF\" start=\"8\" end=\"8\"/><field name=\"IF\" start=\"9\" end=\"9\"/>"
    "<field name=\"DF\" start=\"10\" end=\"10\"/><field name=\"OF\" start=\"11\" end=\"11\"/>"
    "<field name=\"NT\" start=\"14\" end=\"14\"/><field name=\"RF\" start=\"16\" end=\"16\"/>"
    "<field name=\"VM\" start=\"17\" end=\"17\"/><field name=\"AC\" start=\"18\" end=\"18\"/>"
    "<field name=\"VIF\" start=\"19\" end=\"19\"/><field name=\"VIP\" start=\"20\" end=\"20\"/>"
    "<field name=\"ID\" start=\"21\" end=\"21\"/></flags>";

static const char xml_types_sse[] =
    "<vector id=\"v4f\" type=\"ieee_single\" count=\"4\"/>"
    "<vector id=\"v2d\" type=\"ieee_double\" count=\"2\"/>"
    "<vector id=\"v16i8\" type=\"int8\" count=\"16\"/>"
    "<vector id=\"v8i16\" type=\"int16\" count=\"8\"/>"
    "<vector id=\"v4i32\" type=\"int32\" count=\"4\"/>"
    "<vector id=\"v2i64\" type=\"int64\" count=\"2\"/>"
    "<union id=\"vec128\"><field name=\"v4_float\" type=\"v4f\"/>"
    "<field name=\"v2_double\" type=\"v2d\"/><field name=\"v16_int8\" type=\"v16i8\"/>"
    "<field name=\"v8_int16\" type=\"v8i16\"/><field name=\"v4_int32\" type=\"v4i32\"/>"
    "<field name=\"v2_int64\" type=\"v2i64\"/><field name=\"uint128\" type=\"uint128\"/>"
    "</union>"
    "<flags id=\"i386_mxcsr\" size=\"4\">"
    "<field name=\"IE\" start=\"0\" end=\"0\"/><field name=\"DE\" start=\"1\" end=\"1\"/>"
    "<field name=\"ZE\" start=\"2\" end=\"2\"/><field name=\"OE\" start=\"3\" end=\"3\"/>"
    "<field name=\"UE\" start=\"4\" end=\"4\"/><field name=\"PE\" start=\"5\" end=\"5\"/>"
    "<field name=\"DAZ\" start=\"6\" end=\"6\"/><field name=\"IM\" start=\"7\" end=\"7\"/>"
    "<field name=\"DM\" start=\"8\" end=\"8\"/><field name=\"ZM\" start=\"9\" end=\"9\"/>"
    "<field name=\"OM\" start=\"10\" end=\"10\"/><field name=\"UM\" start=\"11\" end=\"11\"/>"
    "<field name=\"PM\" start=\"12\" end=\"12\"/><field name=\"FZ\" start=\"15\" end=\"15\"/>"
    "</flags>";

static char xml_buf[16384];

static size_t xml_add(size_t n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static size_t xml_add(size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(xml_buf + n, sizeof(xml_buf) - n, fmt, ap);
    va_end(ap);
    return k < 0 || (size_t)k >= sizeof(xml_buf) - n ? sizeof(xml_buf) - 1 : n + (size_t)k;
}

const char *gdb_target_xml(GdbStub *g, size_t *len)
{
    unsigned count;
    const RegDesc *regs = layout_regs(g, &count);
    size_t n = xml_add(0, "<?xml version=\"1.0\"?><!DOCTYPE target SYSTEM "
                       "\"gdb-target.dtd\"><target version=\"1.0\">"
                       "<architecture>%s</architecture>", g->tdesc_arch);
    const char *feature = NULL;
    for (unsigned i = 0; i < count; i++) {
        const RegDesc *r = &regs[i];
        if (!feature || strcmp(feature, r->feature)) {
            if (feature)
                n = xml_add(n, "</feature>");
            feature = r->feature;
            n = xml_add(n, "<feature name=\"%s\">%s%s", feature,
                        !strcmp(feature, F_CORE) ? xml_types_core : "",
                        !strcmp(feature, F_SSE) ? xml_types_sse : "");
        }
        const char *group = r->kind == K_FPU ? " group=\"float\""
                          : r->kind == K_MXCSR ? " group=\"vector\""
                          : r->kind == K_CR || r->kind == K_EFER || r->kind == K_ICOUNT ||
                            r->kind == K_KGSBASE ? " group=\"system\"" : "";
        n = xml_add(n, "<reg name=\"%s\" bitsize=\"%u\" type=\"%s\"%s/>", r->name,
                    (unsigned)r->size * 8, r->type, group);
    }
    n = xml_add(n, "</feature></target>");
    *len = n;
    return xml_buf;
}

static void out_line(void (*out)(void *, const char *), void *ctx, const char *fmt,
                     uint64_t a)
{
    char line[96];
    snprintf(line, sizeof(line), fmt, a);
    out(ctx, line);
}

void gdb_dump_registers(GdbStub *g, void (*out)(void *ctx, const char *line), void *ctx)
{
    x86_dump_state(g->env, out, ctx);
    out_line(out, ctx, "EFER=%016" PRIx64, g->env->efer);
    out_line(out, ctx, "ICOUNT=%" PRIu64 " (instructions retired)", x86_icount(g->env));
    char line[96];
    CPUX86State *env = g->env;
    snprintf(line, sizeof(line), "FCW=%04x FSW=%04x FTW=%04x MXCSR=%08x",
             (unsigned)fpu_word(env, 0), (unsigned)fpu_word(env, 1),
             (unsigned)fpu_word(env, 2), env->mxcsr);
    out(ctx, line);
}
