/* x86_format: Intel-syntax text of a decoded instruction, from its table row (mnemonic and
 * operand kinds). Used by traces when Capstone is not wanted and by the decoder tests. */
#include "cpu/decode-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Out {
    char *buf;
    size_t size, len;
} Out;

static void put(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *dst = o->len < o->size ? o->buf + o->len : NULL;
    size_t room = o->len < o->size ? o->size - o->len : 0;
    int n = vsnprintf(dst, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        o->len += (size_t)n;
}

static const char *const reg8_legacy[8] = { "al", "cl", "dl", "bl", "ah", "ch", "dh", "bh" };
static const char *const reg8_rex[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const reg16[16] = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
static const char *const reg32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
static const char *const reg64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const sreg[8] = { "es", "cs", "ss", "ds", "fs", "gs", "?", "?" };
/* condition codes in opcode order (SDM vol. 1, appendix B) */
static const char *const cc_names[16] = { "o", "no", "b", "ae", "z", "nz", "be", "a",
    "s", "ns", "p", "np", "l", "ge", "le", "g" };

static const char *gpr(const X86Insn *insn, int r, int size)
{
    r &= 15;
    switch (size) {
    case 1: return insn->rex ? reg8_rex[r] : reg8_legacy[r & 7];
    case 2: return reg16[r];
    case 4: return reg32[r];
    default: return reg64[r];
    }
}

static const char *ptr_name(int size)
{
    switch (size) {
    case 1: return "byte ptr ";
    case 2: return "word ptr ";
    case 4: return "dword ptr ";
    case 6: return "fword ptr ";
    case 8: return "qword ptr ";
    case 10: return "tbyte ptr ";
    case 16: return "xmmword ptr ";
    case 32: return "ymmword ptr ";
    case 64: return "zmmword ptr ";
    default: return "";
    }
}

static void put_hex(Out *o, int64_t v)
{
    if (v < 0)
        put(o, "-0x%llx", (unsigned long long)-(uint64_t)v);
    else
        put(o, "0x%llx", (unsigned long long)v);
}

static void put_mem(Out *o, const X86Insn *insn, int size)
{
    static const char *const base16[8] = { "bx+si", "bx+di", "bp+si", "bp+di", "si", "di",
                                            "bp", "bx" };
    put(o, "%s", ptr_name(size));
    if (insn->seg >= 0)
        put(o, "%s:", sreg[insn->seg]);
    put(o, "[");
    bool any = false;
    int as = insn->addr_size;
    if (as == 2) {
        if (!(insn->mod == 0 && (insn->modrm & 7) == 6)) {
            put(o, "%s", base16[insn->modrm & 7]);
            any = true;
        }
    } else if (insn->rip_relative) {
        put(o, "%s", as == 8 ? "rip" : "eip");
        any = true;
    } else {
        bool nobase = insn->mod == 0 && (insn->base & 7) == 5;
        if (!nobase) {
            put(o, "%s", gpr(insn, insn->base, as));
            any = true;
        }
        if (insn->has_sib && insn->index != 4) {
            put(o, "%s%s*%d", any ? "+" : "", gpr(insn, insn->index, as), 1 << insn->scale);
            any = true;
        }
    }
    if (insn->disp_size) {
        int64_t d = insn->disp;
        if (!any) {
            uint64_t mask = as == 2 ? 0xFFFF : 0xFFFFFFFFu;
            put(o, "0x%llx", (unsigned long long)((uint64_t)d & mask));
        } else if (d < 0) {
            put(o, "-0x%llx", (unsigned long long)-(uint64_t)d);
        } else if (d > 0) {
            put(o, "+0x%llx", (unsigned long long)d);
        }
    }
    put(o, "]");
}

/* xmm/ymm/zmm register name for a vector operand */
static void put_vec(Out *o, const X86Insn *insn, int r)
{
    const char *p = "xmm";
    if (insn->vex_len == 4)
        p = insn->vex_l == 2 ? "zmm" : insn->vex_l == 1 ? "ymm" : "xmm";
    else if (insn->vex_len && insn->vex_l)
        p = "ymm";
    put(o, "%s%d", p, r);
}

static int vec_size(const X86Insn *insn)
{
    if (insn->vex_len == 4)
        return 16 << (insn->vex_l > 2 ? 2 : insn->vex_l);
    return (insn->vex_len && insn->vex_l) ? 32 : 16;
}

static uint64_t branch_target(const X86Insn *insn)
{
    uint64_t t = insn->pc + insn->len + insn->imm;
    if (insn->op_size == 2)
        t &= 0xFFFF;
    else if (insn->op_size == 4)
        t &= 0xFFFFFFFFu;
    return t;
}

static void put_operand(Out *o, const X86Insn *insn, int kind, bool second_imm)
{
    uint64_t imm = second_imm ? insn->imm2 : insn->imm;
    int os = insn->op_size;
    bool mem = insn->has_modrm && insn->mod != 3;
    int y = os == 8 ? 8 : 4;
    switch ((X86OperandKind)kind) {
    case X86_OPK_Eb: mem ? put_mem(o, insn, 1) : put(o, "%s", gpr(insn, insn->rm, 1)); break;
    case X86_OPK_Ew: mem ? put_mem(o, insn, 2) : put(o, "%s", gpr(insn, insn->rm, 2)); break;
    case X86_OPK_Ed: mem ? put_mem(o, insn, 4) : put(o, "%s", gpr(insn, insn->rm, 4)); break;
    case X86_OPK_Eq: mem ? put_mem(o, insn, 8) : put(o, "%s", gpr(insn, insn->rm, 8)); break;
    case X86_OPK_Ev: mem ? put_mem(o, insn, os) : put(o, "%s", gpr(insn, insn->rm, os)); break;
    case X86_OPK_Ey: mem ? put_mem(o, insn, y) : put(o, "%s", gpr(insn, insn->rm, y)); break;
    case X86_OPK_Gb: put(o, "%s", gpr(insn, insn->reg, 1)); break;
    case X86_OPK_Gw: put(o, "%s", gpr(insn, insn->reg, 2)); break;
    case X86_OPK_Gd: put(o, "%s", gpr(insn, insn->reg, 4)); break;
    case X86_OPK_Gq: put(o, "%s", gpr(insn, insn->reg, 8)); break;
    case X86_OPK_Gv: put(o, "%s", gpr(insn, insn->reg, os)); break;
    case X86_OPK_Gy: put(o, "%s", gpr(insn, insn->reg, y)); break;
    case X86_OPK_Gz: put(o, "%s", gpr(insn, insn->reg, os == 2 ? 2 : 4)); break;
    case X86_OPK_Rd: put(o, "%s", gpr(insn, insn->rm, 4)); break;
    case X86_OPK_Rq: put(o, "%s", gpr(insn, insn->rm, 8)); break;
    case X86_OPK_Ry: put(o, "%s", gpr(insn, insn->rm, y)); break;
    case X86_OPK_Rv: put(o, "%s", gpr(insn, insn->rm, os)); break;
    case X86_OPK_Ib: case X86_OPK_Iw: case X86_OPK_Ibb:
        put_hex(o, (int64_t)imm);
        if (kind == X86_OPK_Ibb) {
            put(o, ", ");
            put_hex(o, (int64_t)insn->imm2);
        }
        break;
    case X86_OPK_Iz: case X86_OPK_sIb: case X86_OPK_Iv: {
        uint64_t v = imm;
        if (os == 2) v &= 0xFFFF;
        else if (os == 4) v &= 0xFFFFFFFFu;
        put(o, "0x%llx", (unsigned long long)v);
        break;
    }
    case X86_OPK_Jb: case X86_OPK_Jz:
        put(o, "0x%llx", (unsigned long long)branch_target(insn));
        break;
    case X86_OPK_M: case X86_OPK_Ms: case X86_OPK_Ma: put_mem(o, insn, 0); break;
    case X86_OPK_Mb: put_mem(o, insn, 1); break;
    case X86_OPK_Mw: put_mem(o, insn, 2); break;
    case X86_OPK_Md: put_mem(o, insn, 4); break;
    case X86_OPK_Mq: put_mem(o, insn, 8); break;
    case X86_OPK_Mt: put_mem(o, insn, 10); break;
    case X86_OPK_Mv: put_mem(o, insn, os); break;
    case X86_OPK_My: put_mem(o, insn, y); break;
    case X86_OPK_Mp: put_mem(o, insn, os + 2); break;
    case X86_OPK_Mdq: put_mem(o, insn, 16); break;
    case X86_OPK_Mx: put_mem(o, insn, vec_size(insn)); break;
    case X86_OPK_Ob: case X86_OPK_Ov: {
        put(o, "%s", ptr_name(kind == X86_OPK_Ob ? 1 : os));
        if (insn->seg >= 0)
            put(o, "%s:", sreg[insn->seg]);
        put(o, "[0x%llx]", (unsigned long long)insn->imm);
        break;
    }
    case X86_OPK_Sw: put(o, "%s", sreg[insn->reg & 7]); break;
    case X86_OPK_Cd: put(o, "cr%d", insn->reg); break;
    case X86_OPK_Dd: put(o, "dr%d", insn->reg); break;
    case X86_OPK_Zb: put(o, "%s", gpr(insn, (insn->opcode & 7) | ((insn->rex & 1) << 3), 1)); break;
    case X86_OPK_Zv: put(o, "%s", gpr(insn, (insn->opcode & 7) | ((insn->rex & 1) << 3), os)); break;
    case X86_OPK_Zq: put(o, "%s", gpr(insn, (insn->opcode & 7) | ((insn->rex & 1) << 3), 8)); break;
    case X86_OPK_Xb: case X86_OPK_Xv: case X86_OPK_Yb: case X86_OPK_Yv: {
        bool src = kind == X86_OPK_Xb || kind == X86_OPK_Xv;
        int sz = (kind == X86_OPK_Xb || kind == X86_OPK_Yb) ? 1 : os;
        if (insn->entry && (insn->entry->mnemonic == X86_MN_ins ||
                            insn->entry->mnemonic == X86_MN_outs) && sz > 4)
            sz = 4;
        put(o, "%s", ptr_name(sz));
        if (src && insn->seg >= 0)
            put(o, "%s:", sreg[insn->seg]);
        else if (!src)
            put(o, "es:");
        put(o, "[%s]", gpr(insn, src ? 6 : 7, insn->addr_size));
        break;
    }
    case X86_OPK_Ap: put(o, "0x%llx:0x%llx", (unsigned long long)insn->imm2,
                         (unsigned long long)insn->imm); break;
    case X86_OPK_AL: put(o, "al"); break;
    case X86_OPK_CL: put(o, "cl"); break;
    case X86_OPK_AX: put(o, "ax"); break;
    case X86_OPK_DX: put(o, "dx"); break;
    case X86_OPK_eAX: put(o, "%s", os == 2 ? "ax" : "eax"); break;
    case X86_OPK_rAX: put(o, "%s", gpr(insn, 0, os)); break;
    case X86_OPK_ES: case X86_OPK_CS: case X86_OPK_SS: case X86_OPK_DS: case X86_OPK_FS:
    case X86_OPK_GS:
        put(o, "%s", sreg[kind - X86_OPK_ES]);
        break;
    case X86_OPK_One: put(o, "1"); break;
    case X86_OPK_Vx: put_vec(o, insn, insn->reg); break;
    case X86_OPK_Hx: put_vec(o, insn, insn->vex_vvvv); break;
    case X86_OPK_Ux: put_vec(o, insn, insn->rm); break;
    case X86_OPK_Lx: put_vec(o, insn, (int)(insn->imm >> 4) & (insn->mode == 64 ? 15 : 7)); break;
    case X86_OPK_Wx: mem ? put_mem(o, insn, vec_size(insn)) : put_vec(o, insn, insn->rm); break;
    case X86_OPK_Wd: mem ? put_mem(o, insn, 4) : put_vec(o, insn, insn->rm); break;
    case X86_OPK_Wq: mem ? put_mem(o, insn, 8) : put_vec(o, insn, insn->rm); break;
    case X86_OPK_Ww: mem ? put_mem(o, insn, 2) : put_vec(o, insn, insn->rm); break;
    case X86_OPK_By: put(o, "%s", gpr(insn, insn->vex_vvvv, y)); break;
    case X86_OPK_Px: put(o, "mm%d", insn->reg & 7); break;
    case X86_OPK_Nq: put(o, "mm%d", insn->rm & 7); break;
    case X86_OPK_Qx: mem ? put_mem(o, insn, 8) : put(o, "mm%d", insn->rm & 7); break;
    case X86_OPK_ST0: put(o, "st(0)"); break;
    case X86_OPK_STi: put(o, "st(%d)", insn->modrm & 7); break;
    case X86_OPK_NONE: case X86_OPK_COUNT: break;
    }
}

/* The assembler's name, where one table mnemonic stands for several. */
static void put_mnemonic(Out *o, const X86Insn *insn)
{
    const X86OpcodeEntry *e = insn->entry;
    int os = insn->op_size, mn = e->mnemonic;
    const char *name = x86_mnemonic_names[mn];
    static const char sfx[9] = { 0, 'b', 'w', 0, 'd', 0, 0, 0, 'q' };
    switch (mn) {
    case X86_MN_jcc: put(o, "j%s", cc_names[insn->opcode & 15]); return;
    case X86_MN_setcc: put(o, "set%s", cc_names[insn->opcode & 15]); return;
    case X86_MN_cmovcc: put(o, "cmov%s", cc_names[insn->opcode & 15]); return;
    case X86_MN_cbw: put(o, "%s", os == 2 ? "cbw" : os == 4 ? "cwde" : "cdqe"); return;
    case X86_MN_cwd: put(o, "%s", os == 2 ? "cwd" : os == 4 ? "cdq" : "cqo"); return;
    case X86_MN_iret: put(o, "%s", os == 2 ? "iret" : os == 4 ? "iretd" : "iretq"); return;
    case X86_MN_pusha: case X86_MN_popa: case X86_MN_pushf: case X86_MN_popf:
        put(o, "%s%s", name, os == 2 ? "" : os == 4 ? "d" : "q");
        return;
    case X86_MN_jcxz:
        put(o, "%s", insn->addr_size == 2 ? "jcxz" : insn->addr_size == 4 ? "jecxz" : "jrcxz");
        return;
    case X86_MN_cmpxchg8b: put(o, "%s", os == 8 ? "cmpxchg16b" : "cmpxchg8b"); return;
    case X86_MN_lret: put(o, "retf"); return;
    case X86_MN_xlat: put(o, "xlatb"); return;
    case X86_MN_fwait: put(o, "wait"); return;
    case X86_MN_movs: case X86_MN_cmps: case X86_MN_stos: case X86_MN_lods: case X86_MN_scas:
    case X86_MN_ins: case X86_MN_outs: {
        bool byte = false;
        for (int i = 0; i < 3; i++)
            if (e->operands[i] == X86_OPK_Xb || e->operands[i] == X86_OPK_Yb)
                byte = true;
        int sz = byte ? 1 : os;
        if ((mn == X86_MN_ins || mn == X86_MN_outs) && sz > 4)
            sz = 4;
        put(o, "%s%c", name, sfx[sz]);
        return;
    }
    case X86_MN_movd: case X86_MN_pextrd: case X86_MN_pinsrd:
        if (insn->rex & 8) {
            put(o, "%.*sq", (int)strlen(name) - 1, name);
            return;
        }
        break;
    default:
        break;
    }
    /* VEX forms share the legacy mnemonic; the BMI instructions have no "v" */
    bool v = insn->vex_len && e->map < X86_MAP_XOP8;
    switch (mn) {
    case X86_MN_andn: case X86_MN_blsr: case X86_MN_blsmsk: case X86_MN_blsi: case X86_MN_bzhi:
    case X86_MN_pext: case X86_MN_pdep: case X86_MN_mulx: case X86_MN_bextr: case X86_MN_shlx:
    case X86_MN_sarx: case X86_MN_shrx: case X86_MN_rorx:
        v = false;
        break;
    default:
        break;
    }
    put(o, "%s%s", v ? "v" : "", name);
}

int x86_format(const X86Insn *insn, char *buf, size_t size)
{
    Out o = { buf, size, 0 };
    if (size)
        buf[0] = 0;
    const X86OpcodeEntry *e = insn->entry;
    if (!e) {
        put(&o, "(bad)");
        return (int)o.len;
    }
    if (insn->lock)
        put(&o, "lock ");
    if ((e->flags & X86F_REP) && insn->rep) {
        bool cond = e->mnemonic == X86_MN_cmps || e->mnemonic == X86_MN_scas;
        put(&o, "%s ", insn->rep == 0xF2 ? "repne" : cond ? "repe" : "rep");
    }
    put_mnemonic(&o, insn);
    int nimm = 0;
    for (int i = 0; i < 3 && e->operands[i] != X86_OPK_NONE; i++) {
        int k = e->operands[i];
        put(&o, i ? ", " : " ");
        put_operand(&o, insn, k, nimm > 0);
        if (k == X86_OPK_Ib || k == X86_OPK_Iw || k == X86_OPK_Iz || k == X86_OPK_Iv ||
            k == X86_OPK_sIb)
            nimm++;
        if (i == 0 && (e->flags & X86F_NDS)) {
            put(&o, ", ");
            put_operand(&o, insn, X86_OPK_Hx, false);
        }
    }
    return (int)o.len;
}
