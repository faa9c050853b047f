/* Unit tests of the x86 decoder (cpu/decode.c, decode-vex.c, decode-format.c): hand-picked
 * encodings in 16-, 32- and 64-bit mode with their expected fields, invalid encodings, the
 * 15-byte limit and truncated input, and consistency checks on the opcode table. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/decode-internal.h"

/* Decodes a hex string ("66 0f 58 c1"); the buffer past the bytes is filled with 0xCC so
 * a decoder that reads too far sees a wrong value rather than a lucky zero. */
static X86DecodeStatus dec(X86Insn *in, X86Mode mode, const char *hex, size_t *n_out)
{
    uint8_t b[32];
    size_t n = 0;
    memset(b, 0xCC, sizeof(b));
    for (const char *p = hex; *p;) {
        if (*p == ' ') {
            p++;
            continue;
        }
        unsigned v;
        ck_assert_msg(sscanf(p, "%2x", &v) == 1, "bad hex in test: %s", hex);
        b[n++] = (uint8_t)v;
        p += 2;
    }
    if (n_out)
        *n_out = n;
    return x86_decode(in, b, n, mode, 0x1000);
}

/* Decodes and checks status OK, the length (= all the bytes given), mnemonic and text. */
static void ok(X86Insn *in, X86Mode mode, const char *hex, X86Mnemonic mn, const char *text)
{
    size_t n;
    X86DecodeStatus st = dec(in, mode, hex, &n);
    ck_assert_msg(st == X86_DECODE_OK, "%d-bit \"%s\": status %d", mode, hex, st);
    ck_assert_msg(in->len == n, "%d-bit \"%s\": len %d, want %zu", mode, hex, in->len, n);
    ck_assert_msg(in->entry && in->entry->mnemonic == mn, "%d-bit \"%s\": mnemonic %s, want %s",
                  mode, hex, in->entry ? x86_mnemonic_names[in->entry->mnemonic] : "-",
                  x86_mnemonic_names[mn]);
    if (text) {
        char buf[128];
        x86_format(in, buf, sizeof(buf));
        ck_assert_msg(!strcmp(buf, text), "%d-bit \"%s\": text \"%s\", want \"%s\"", mode, hex,
                      buf, text);
    }
}

static void bad(X86Mode mode, const char *hex, X86DecodeStatus want)
{
    X86Insn in;
    X86DecodeStatus st = dec(&in, mode, hex, NULL);
    ck_assert_msg(st == want, "%d-bit \"%s\": status %d, want %d", mode, hex, st, want);
    ck_assert(in.entry == NULL);
}

START_TEST(test_table)
{
    const X86Tables *t = x86_decode_tables();
    ck_assert_int_eq(t->conflicts, 0);
    ck_assert_str_eq(x86_mnemonic_names[X86_MN_invalid], "invalid");
    ck_assert_int_eq(X86_MN_invalid, 0);
    for (size_t i = 0; i < x86_opcode_row_count; i++) {
        const X86OpcodeEntry *e = &x86_opcode_rows[i];
        ck_assert_msg(e->mnemonic != X86_MN_invalid, "row %zu has no mnemonic", i);
        /* operands that live in ModRM need the ModRM flag */
        for (int k = 0; k < 3; k++) {
            int o = e->operands[k];
            bool needs = (o >= X86_OPK_Eb && o <= X86_OPK_Gz) ||
                         (o >= X86_OPK_M && o <= X86_OPK_Rv) || o == X86_OPK_Sw ||
                         o == X86_OPK_Cd || o == X86_OPK_Dd || o == X86_OPK_Wx ||
                         o == X86_OPK_Vx || o == X86_OPK_Ux || o == X86_OPK_STi;
            ck_assert_msg(!needs || (e->flags & X86F_MODRM), "row %zu (%s) lacks X86F_MODRM",
                          i, x86_mnemonic_names[e->mnemonic]);
        }
        /* a row selected by /digit or rm must have a ModRM byte */
        if (e->reg >= 0 || e->rm >= 0)
            ck_assert(e->flags & X86F_MODRM);
    }
}
END_TEST

START_TEST(test_fields_32)
{
    X86Insn in;
    ok(&in, X86_MODE_32, "03 84 b3 10 00 00 00", X86_MN_add,
       "add eax, dword ptr [ebx+esi*4+0x10]");
    ck_assert_int_eq(in.map, X86_MAP_1B);
    ck_assert_int_eq(in.opcode, 0x03);
    ck_assert(in.has_modrm && in.has_sib);
    ck_assert_int_eq(in.mod, 2);
    ck_assert_int_eq(in.reg, 0);
    ck_assert_int_eq(in.rm, 4);
    ck_assert_int_eq(in.scale, 2);
    ck_assert_int_eq(in.index, 6);
    ck_assert_int_eq(in.base, 3);
    ck_assert_int_eq(in.disp, 0x10);
    ck_assert_int_eq(in.disp_size, 4);
    ck_assert_int_eq(in.op_size, 4);
    ck_assert_int_eq(in.addr_size, 4);
    ck_assert_int_eq(in.seg, -1);

    /* disp8 is sign-extended; SIB with no index (4) and no base (mod=00 base=101) */
    ok(&in, X86_MODE_32, "8b 45 f8", X86_MN_mov, "mov eax, dword ptr [ebp-0x8]");
    ck_assert_int_eq(in.disp, -8);
    ck_assert_int_eq(in.disp_size, 1);
    ok(&in, X86_MODE_32, "8b 04 25 78 56 34 12", X86_MN_mov, "mov eax, dword ptr [0x12345678]");
    ck_assert_int_eq(in.index, 4);
    ck_assert_int_eq(in.disp_size, 4);

    /* immediates: Iz under 66, sIb sign-extended, ENTER's two, far pointer */
    ok(&in, X86_MODE_32, "66 05 34 12", X86_MN_add, "add ax, 0x1234");
    ck_assert_int_eq(in.op_size, 2);
    ck_assert(in.opsize_prefix);
    ck_assert_int_eq(in.imm, 0x1234);
    ck_assert_int_eq(in.imm_size, 2);
    ok(&in, X86_MODE_32, "83 c0 ff", X86_MN_add, "add eax, 0xffffffff");
    ck_assert_uint_eq(in.imm, (uint64_t)-1);
    ck_assert_int_eq(in.imm_size, 1);
    ok(&in, X86_MODE_32, "c8 10 00 01", X86_MN_enter, "enter 0x10, 0x1");
    ck_assert_int_eq(in.imm, 0x10);
    ck_assert_int_eq(in.imm2, 1);
    ck_assert_int_eq(in.imm2_size, 1);
    ok(&in, X86_MODE_32, "ea 78 56 34 12 08 00", X86_MN_ljmp, "ljmp 0x8:0x12345678");
    ck_assert_int_eq(in.imm, 0x12345678);
    ck_assert_int_eq(in.imm2, 8);

    /* relative branches: imm is the signed displacement */
    ok(&in, X86_MODE_32, "e8 fb ff ff ff", X86_MN_call, "call 0x1000");
    ck_assert_uint_eq(in.imm, (uint64_t)-5);
    ok(&in, X86_MODE_32, "74 05", X86_MN_jcc, "jz 0x1007");
    ok(&in, X86_MODE_32, "0f 8f 00 01 00 00", X86_MN_jcc, "jg 0x1106");
    ok(&in, X86_MODE_32, "0f 95 c0", X86_MN_setcc, "setnz al");
    ok(&in, X86_MODE_32, "0f 46 c1", X86_MN_cmovcc, "cmovbe eax, ecx");
    ok(&in, X86_MODE_32, "e3 fe", X86_MN_jcxz, "jecxz 0x1000");
    ok(&in, X86_MODE_32, "67 e3 fe", X86_MN_jcxz, "jcxz 0x1001");

    /* moffs: the address sits in imm, address-sized */
    ok(&in, X86_MODE_32, "a1 00 10 00 00", X86_MN_mov, "mov eax, dword ptr [0x1000]");
    ck_assert_int_eq(in.imm, 0x1000);
    ck_assert_int_eq(in.imm_size, 4);
    ok(&in, X86_MODE_32, "67 a0 34 12", X86_MN_mov, "mov al, byte ptr [0x1234]");
    ck_assert_int_eq(in.imm_size, 2);

    /* prefixes: segment, rep, lock; string insns */
    ok(&in, X86_MODE_32, "64 8b 00", X86_MN_mov, "mov eax, dword ptr fs:[eax]");
    ck_assert_int_eq(in.seg, 4);
    ok(&in, X86_MODE_32, "f3 a5", X86_MN_movs, "rep movsd dword ptr es:[edi], dword ptr [esi]");
    ck_assert_int_eq(in.rep, 0xF3);
    ok(&in, X86_MODE_32, "f2 ae", X86_MN_scas, "repne scasb al, byte ptr es:[edi]");
    ok(&in, X86_MODE_32, "f0 0f b1 0a", X86_MN_cmpxchg, "lock cmpxchg dword ptr [edx], ecx");
    ck_assert(in.lock);
    ok(&in, X86_MODE_32, "f0 ff 00", X86_MN_inc, "lock inc dword ptr [eax]");

    /* groups, sized names */
    ok(&in, X86_MODE_32, "c1 e0 04", X86_MN_shl, "shl eax, 0x4");
    ok(&in, X86_MODE_32, "d1 f0", X86_MN_sal, "sal eax, 1");
    ok(&in, X86_MODE_32, "f7 d8", X86_MN_neg, "neg eax");
    ok(&in, X86_MODE_32, "ff 6c 24 04", X86_MN_ljmp, "ljmp fword ptr [esp+0x4]");
    ok(&in, X86_MODE_32, "98", X86_MN_cbw, "cwde");
    ok(&in, X86_MODE_32, "66 99", X86_MN_cwd, "cwd");
    ok(&in, X86_MODE_32, "cf", X86_MN_iret, "iretd");
    ok(&in, X86_MODE_32, "60", X86_MN_pusha, "pushad");
    ok(&in, X86_MODE_32, "0f c7 0e", X86_MN_cmpxchg8b, "cmpxchg8b qword ptr [esi]");
    ok(&in, X86_MODE_32, "0f 01 15 00 10 00 00", X86_MN_lgdt, "lgdt [0x1000]");
    ok(&in, X86_MODE_32, "0f 22 d8", X86_MN_mov, "mov cr3, eax");
    /* MOV CRn ignores mod: 0F 20 00 is mov eax, cr0 with no displacement */
    ok(&in, X86_MODE_32, "0f 20 00", X86_MN_mov, "mov eax, cr0");
    ck_assert_int_eq(in.mod, 3);
    ok(&in, X86_MODE_32, "8e d8", X86_MN_mov, "mov ds, ax");
    ok(&in, X86_MODE_32, "0f b7 c0", X86_MN_movzx, "movzx eax, ax");
    ok(&in, X86_MODE_32, "0f 0b", X86_MN_ud2, "ud2");
    ok(&in, X86_MODE_32, "90", X86_MN_nop, "nop");
    ok(&in, X86_MODE_32, "f3 90", X86_MN_pause, "pause");
    ok(&in, X86_MODE_32, "0f 1f 44 00 00", X86_MN_nop, "nop dword ptr [eax+eax*1]");
}
END_TEST

START_TEST(test_fields_16)
{
    X86Insn in;
    ok(&in, X86_MODE_16, "8b 46 fe", X86_MN_mov, "mov ax, word ptr [bp-0x2]");
    ck_assert_int_eq(in.op_size, 2);
    ck_assert_int_eq(in.addr_size, 2);
    ck_assert(!in.has_sib);
    ok(&in, X86_MODE_16, "8b 06 34 12", X86_MN_mov, "mov ax, word ptr [0x1234]");
    ck_assert_int_eq(in.disp_size, 2);
    ok(&in, X86_MODE_16, "66 b8 01 02 03 04", X86_MN_mov, "mov eax, 0x4030201");
    ck_assert_int_eq(in.op_size, 4);
    ck_assert_int_eq(in.imm_size, 4);
    ok(&in, X86_MODE_16, "67 8b 04 24", X86_MN_mov, "mov ax, word ptr [esp]");
    ck_assert_int_eq(in.addr_size, 4);
    ok(&in, X86_MODE_16, "ea 5b e0 00 f0", X86_MN_ljmp, "ljmp 0xf000:0xe05b");
    ck_assert_int_eq(in.imm, 0xe05b);
    ck_assert_int_eq(in.imm2, 0xf000);
    ok(&in, X86_MODE_16, "e8 fd ff", X86_MN_call, "call 0x1000");
    ok(&in, X86_MODE_16, "cd 10", X86_MN_int, "int 0x10");
    ok(&in, X86_MODE_16, "a5", X86_MN_movs, "movsw word ptr es:[di], word ptr [si]");
    ok(&in, X86_MODE_16, "c4 1e 00 10", X86_MN_les, "les bx, dword ptr [0x1000]");
    ok(&in, X86_MODE_16, "62 06 00 10", X86_MN_bound, "bound ax, [0x1000]");
}
END_TEST

START_TEST(test_fields_64)
{
    X86Insn in;
    /* REX.W and r8-r15; MOV r64, imm64 */
    ok(&in, X86_MODE_64, "49 b8 01 02 03 04 05 06 07 08", X86_MN_mov, "mov r8, 0x807060504030201");
    ck_assert_int_eq(in.rex, 0x49);
    ck_assert_int_eq(in.op_size, 8);
    ck_assert_int_eq(in.imm_size, 8);
    ck_assert_uint_eq(in.imm, 0x0807060504030201ull);
    ok(&in, X86_MODE_64, "4c 8b 44 8d 10", X86_MN_mov, "mov r8, qword ptr [rbp+rcx*4+0x10]");
    ck_assert_int_eq(in.reg, 8);
    ok(&in, X86_MODE_64, "42 8b 04 a0", X86_MN_mov, "mov eax, dword ptr [rax+r12*4]");
    ck_assert_int_eq(in.index, 12);
    ok(&in, X86_MODE_64, "41 8b 04 24", X86_MN_mov, "mov eax, dword ptr [r12]");
    ck_assert_int_eq(in.base, 12);
    /* RIP-relative, and EIP-relative under 67 */
    ok(&in, X86_MODE_64, "48 8b 05 10 00 00 00", X86_MN_mov, "mov rax, qword ptr [rip+0x10]");
    ck_assert(in.rip_relative);
    ck_assert_int_eq(in.addr_size, 8);
    ok(&in, X86_MODE_64, "67 8b 05 10 00 00 00", X86_MN_mov, "mov eax, dword ptr [eip+0x10]");
    ck_assert(in.rip_relative);
    /* SIB base 101 with mod 00 is disp32 without base, not RIP-relative */
    ok(&in, X86_MODE_64, "8b 04 25 00 10 00 00", X86_MN_mov, "mov eax, dword ptr [0x1000]");
    ck_assert(!in.rip_relative);
    /* moffs are 8 bytes */
    ok(&in, X86_MODE_64, "48 a1 88 77 66 55 44 33 22 11", X86_MN_mov,
       "mov rax, qword ptr [0x1122334455667788]");
    ck_assert_int_eq(in.imm_size, 8);
    /* default 64-bit stack ops and branches; 66 makes push 16-bit but not a near branch */
    ok(&in, X86_MODE_64, "50", X86_MN_push, "push rax");
    ck_assert_int_eq(in.op_size, 8);
    ok(&in, X86_MODE_64, "66 50", X86_MN_push, "push ax");
    ck_assert_int_eq(in.op_size, 2);
    ok(&in, X86_MODE_64, "66 e8 00 00 00 00", X86_MN_call, NULL);
    ck_assert_int_eq(in.op_size, 8);
    ck_assert_int_eq(in.imm_size, 4);
    ok(&in, X86_MODE_64, "68 ff ff ff ff", X86_MN_push, "push 0xffffffffffffffff");
    /* REX must come last: a 66 after it cancels it; of two REX the last counts */
    ok(&in, X86_MODE_64, "48 66 89 c0", X86_MN_mov, "mov ax, ax");
    ck_assert_int_eq(in.rex, 0);
    ok(&in, X86_MODE_64, "66 48 89 c0", X86_MN_mov, "mov rax, rax");
    ok(&in, X86_MODE_64, "4c 41 89 c0", X86_MN_mov, "mov r8d, eax");
    ck_assert_int_eq(in.rex, 0x41);
    /* byte registers with REX */
    ok(&in, X86_MODE_64, "40 88 e6", X86_MN_mov, "mov sil, spl");
    ok(&in, X86_MODE_64, "88 e6", X86_MN_mov, "mov dh, ah");
    /* 90 with REX.B is xchg r8 */
    ok(&in, X86_MODE_64, "41 90", X86_MN_xchg, "xchg r8d, eax");
    ok(&in, X86_MODE_64, "63 c1", X86_MN_movsxd, "movsxd eax, ecx");
    ok(&in, X86_MODE_64, "48 cf", X86_MN_iret, "iretq");
    ok(&in, X86_MODE_64, "48 98", X86_MN_cbw, "cdqe");
    ok(&in, X86_MODE_64, "48 0f c7 0e", X86_MN_cmpxchg8b, "cmpxchg16b qword ptr [rsi]");
    ok(&in, X86_MODE_64, "0f 01 f8", X86_MN_swapgs, "swapgs");
    ok(&in, X86_MODE_64, "0f 05", X86_MN_syscall, "syscall");
    ok(&in, X86_MODE_64, "0f 20 c0", X86_MN_mov, "mov rax, cr0");
    ok(&in, X86_MODE_64, "44 0f 20 c0", X86_MN_mov, "mov rax, cr8");
    /* ES/CS/SS/DS overrides are null in 64-bit mode, FS/GS count */
    ok(&in, X86_MODE_64, "2e 8b 00", X86_MN_mov, "mov eax, dword ptr [rax]");
    ck_assert_int_eq(in.seg, -1);
    ok(&in, X86_MODE_64, "65 48 8b 04 25 28 00 00 00", X86_MN_mov,
       "mov rax, qword ptr gs:[0x28]");
    ck_assert_int_eq(in.seg, 5);
}
END_TEST

START_TEST(test_simd)
{
    X86Insn in;
    /* the mandatory prefix picks the form; F2/F3 outrank 66 wherever they stand */
    ok(&in, X86_MODE_32, "0f 58 c1", X86_MN_addps, "addps xmm0, xmm1");
    ok(&in, X86_MODE_32, "66 0f 58 c1", X86_MN_addpd, "addpd xmm0, xmm1");
    ck_assert_int_eq(in.mand_prefix, 0x66);
    ok(&in, X86_MODE_32, "f3 0f 58 c1", X86_MN_addss, "addss xmm0, xmm1");
    ok(&in, X86_MODE_32, "f2 0f 58 c1", X86_MN_addsd, "addsd xmm0, xmm1");
    ok(&in, X86_MODE_32, "f3 66 0f 58 c1", X86_MN_addss, NULL);
    ok(&in, X86_MODE_32, "66 f2 0f 58 c1", X86_MN_addsd, NULL);
    /* an F3 no form defines is ignored */
    ok(&in, X86_MODE_32, "f3 0f 54 c1", X86_MN_andps, NULL);
    ok(&in, X86_MODE_32, "0f 6f c1", X86_MN_movq, "movq mm0, mm1");
    ok(&in, X86_MODE_32, "f3 0f 6f 00", X86_MN_movdqu, "movdqu xmm0, xmmword ptr [eax]");
    ok(&in, X86_MODE_32, "66 0f 73 d8 04", X86_MN_psrldq, "psrldq xmm0, 0x4");
    ok(&in, X86_MODE_32, "66 0f 3a 0f c1 08", X86_MN_palignr, "palignr xmm0, xmm1, 0x8");
    ok(&in, X86_MODE_32, "66 0f 38 00 c1", X86_MN_pshufb, "pshufb xmm0, xmm1");
    ok(&in, X86_MODE_32, "f3 0f b8 c1", X86_MN_popcnt, "popcnt eax, ecx");
    ok(&in, X86_MODE_32, "0f bc c1", X86_MN_bsf, "bsf eax, ecx");
    ok(&in, X86_MODE_32, "f3 0f bc c1", X86_MN_tzcnt, "tzcnt eax, ecx");
    /* 66 F2 0F 38 F1: crc32 with a 16-bit source (the 66 is operand size here) */
    ok(&in, X86_MODE_32, "66 f2 0f 38 f1 c1", X86_MN_crc32, "crc32 eax, cx");
    ok(&in, X86_MODE_32, "0f 38 f0 00", X86_MN_movbe, "movbe eax, dword ptr [eax]");
    ok(&in, X86_MODE_32, "66 0f 78 c0 01 02", X86_MN_extrq, "extrq xmm0, 0x1, 0x2");
    /* 3DNow!: the opcode is the trailing imm8 */
    ok(&in, X86_MODE_32, "0f 0f 44 24 08 9e", X86_MN_pfadd, "pfadd mm0, qword ptr [esp+0x8]");
    ck_assert_int_eq(in.map, X86_MAP_3DNOW);
    ck_assert_int_eq(in.opcode, 0x9e);
    /* x87 */
    ok(&in, X86_MODE_32, "d9 c9", X86_MN_fxch, "fxch st(1)");
    ok(&in, X86_MODE_32, "de c1", X86_MN_faddp, "faddp st(1), st(0)");
    ok(&in, X86_MODE_32, "db 2d 00 10 00 00", X86_MN_fld, "fld tbyte ptr [0x1000]");
    ok(&in, X86_MODE_32, "dd 38", X86_MN_fnstsw, "fnstsw word ptr [eax]");
    ok(&in, X86_MODE_32, "df e0", X86_MN_fnstsw, "fnstsw ax");
    ok(&in, X86_MODE_32, "d9 ee", X86_MN_fldz, "fldz");
    /* VEX */
    ok(&in, X86_MODE_32, "c5 f0 58 c2", X86_MN_addps, "vaddps xmm0, xmm1, xmm2");
    ck_assert_int_eq(in.vex_len, 2);
    ck_assert_int_eq(in.vex_vvvv, 1);
    ok(&in, X86_MODE_64, "c4 41 74 58 c2", X86_MN_addps, "vaddps ymm8, ymm1, ymm10");
    ck_assert_int_eq(in.vex_len, 3);
    ck_assert_int_eq(in.vex_l, 1);
    ok(&in, X86_MODE_32, "c5 fc 77", X86_MN_zeroall, "vzeroall");
    ok(&in, X86_MODE_32, "c5 f8 77", X86_MN_zeroupper, "vzeroupper");
    ok(&in, X86_MODE_64, "c4 e2 f9 a8 c1", X86_MN_fmadd213pd, "vfmadd213pd xmm0, xmm0, xmm1");
    ok(&in, X86_MODE_64, "c4 e2 f0 f2 c2", X86_MN_andn, "andn rax, rcx, rdx");
    ok(&in, X86_MODE_64, "c4 e3 71 4a c2 30", X86_MN_blendvps, "vblendvps xmm0, xmm1, xmm2, xmm3");
    /* outside 64-bit mode C4/C5 with a memory ModRM are LES/LDS */
    ok(&in, X86_MODE_32, "c5 06", X86_MN_lds, NULL);
    bad(X86_MODE_16, "c5 06", X86_DECODE_TRUNCATED); /* lds with a disp16 to come */
}
END_TEST

START_TEST(test_vex_lengths)
{
    /* instructions Tern does not execute still get their length */
    X86Insn in;
    size_t n;
    /* EVEX vaddps zmm0, zmm1, [rax+rcx*8+0x40] (disp8*N) */
    ck_assert_int_eq(dec(&in, X86_MODE_64, "62 f1 74 48 58 44 c8 01", &n), X86_DECODE_INVALID);
    ck_assert_int_eq(in.len, 8);
    ck_assert_int_eq(in.vex_len, 4);
    /* XOP vprotb with imm8 (map 8), bextr with imm32 (map A) */
    ck_assert_int_eq(dec(&in, X86_MODE_32, "8f e8 78 c0 c1 05", &n), X86_DECODE_INVALID);
    ck_assert_int_eq(in.len, 6);
    ck_assert_int_eq(dec(&in, X86_MODE_32, "8f ea 78 10 c1 01 02 03 04", &n), X86_DECODE_INVALID);
    ck_assert_int_eq(in.len, 9);
    /* 8F /0 is POP */
    ok(&in, X86_MODE_32, "8f 00", X86_MN_pop, "pop dword ptr [eax]");
    /* VEX after 66 is #UD, length still known */
    ck_assert_int_eq(dec(&in, X86_MODE_32, "66 c5 f0 58 c2", &n), X86_DECODE_INVALID);
    ck_assert_int_eq(in.len, 5);
}
END_TEST

START_TEST(test_invalid)
{
    /* opcodes invalid in 64-bit mode (SDM vol. 2, table A-2 "i64") */
    static const char *const inv64[] = { "06", "07", "0e", "16", "17", "1e", "1f", "27", "2f",
        "37", "3f", "60", "61", "9a 00 00 00 00 00 00", "ce", "d4 0a", "d5 0a", "d6",
        "ea 00 00 00 00 00 00", "82 c0 01" };
    for (size_t i = 0; i < sizeof(inv64) / sizeof(inv64[0]); i++) {
        X86Insn in;
        bad(X86_MODE_64, inv64[i], X86_DECODE_INVALID);
        ck_assert_int_eq(dec(&in, X86_MODE_32, inv64[i], NULL), X86_DECODE_OK);
    }
    /* undefined opcodes and group members */
    bad(X86_MODE_32, "0f 04", X86_DECODE_INVALID);
    bad(X86_MODE_32, "fe d0", X86_DECODE_INVALID);  /* FE /2 */
    bad(X86_MODE_32, "ff f8", X86_DECODE_INVALID);  /* FF /7 */
    bad(X86_MODE_32, "8d c0", X86_DECODE_INVALID);  /* LEA with a register */
    bad(X86_MODE_32, "0f 01 f8", X86_DECODE_INVALID); /* SWAPGS outside 64-bit mode */
    bad(X86_MODE_32, "8e c8", X86_DECODE_INVALID);  /* MOV CS */
    bad(X86_MODE_32, "8c f0", X86_DECODE_INVALID);  /* Sreg 6 */
    bad(X86_MODE_32, "0f 0f c0 00", X86_DECODE_INVALID); /* 3DNow! suffix 00 */
    bad(X86_MODE_32, "66 f2 0f 3a 0a c1 00", X86_DECODE_INVALID); /* 66-only op under F2 */
    /* LOCK: only listed insns, only with a memory destination */
    bad(X86_MODE_32, "f0 01 c0", X86_DECODE_INVALID);
    bad(X86_MODE_32, "f0 8b 00", X86_DECODE_INVALID);
    bad(X86_MODE_32, "f0 90", X86_DECODE_INVALID);
    /* VEX.vvvv must be 1111b when unused */
    bad(X86_MODE_32, "c5 e8 28 c1", X86_DECODE_INVALID);
    /* VEX.L=1 where only L=0 exists; wrong W */
    bad(X86_MODE_32, "c5 fd 6e c0", X86_DECODE_INVALID);
    bad(X86_MODE_64, "c4 e2 f9 18 00", X86_DECODE_INVALID);
}
END_TEST

START_TEST(test_limits)
{
    X86Insn in;
    size_t n;
    /* 15 bytes is fine: 11 prefixes + add eax, [eax+disp8]... */
    ok(&in, X86_MODE_32, "26 26 26 26 26 26 26 26 26 26 26 26 03 40 01", X86_MN_add, NULL);
    ck_assert_int_eq(in.len, 15);
    /* ...16 is #GP (SDM vol. 2, 2.3.11), even when the bytes are there */
    bad(X86_MODE_32, "26 26 26 26 26 26 26 26 26 26 26 26 26 03 40 01", X86_DECODE_TOO_LONG);
    bad(X86_MODE_32, "66 66 66 66 66 66 66 66 66 66 66 66 66 66 66 90", X86_DECODE_TOO_LONG);
    bad(X86_MODE_64, "26 26 26 26 26 26 26 26 26 26 26 26 48 05 00 00 00 00", X86_DECODE_TOO_LONG);
    /* the bytes run out: every stage */
    bad(X86_MODE_32, "", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "66", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "0f", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "0f 38", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "03", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "03 04", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "03 80 00 00 00", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "05 01 02 03", X86_DECODE_TRUNCATED);
    bad(X86_MODE_32, "c4", X86_DECODE_TRUNCATED);
    bad(X86_MODE_64, "62 f1 74 48 58", X86_DECODE_TRUNCATED);
    bad(X86_MODE_64, "48 b8 01 02 03 04 05 06 07", X86_DECODE_TRUNCATED);
    /* TRUNCATED reports how far the decoder got */
    ck_assert_int_eq(dec(&in, X86_MODE_32, "66 05 01", &n), X86_DECODE_TRUNCATED);
    ck_assert_int_eq(in.len, 2);
}
END_TEST

START_TEST(test_format_small_buffer)
{
    X86Insn in;
    char buf[8];
    ck_assert_int_eq(dec(&in, X86_MODE_32, "03 84 b3 10 00 00 00", NULL), X86_DECODE_OK);
    int n = x86_format(&in, buf, sizeof(buf));
    ck_assert_int_eq(n, (int)strlen("add eax, dword ptr [ebx+esi*4+0x10]"));
    ck_assert_str_eq(buf, "add eax");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("decode");
    TCase *tc = tcase_create("decode");
    tcase_add_test(tc, test_table);
    tcase_add_test(tc, test_fields_16);
    tcase_add_test(tc, test_fields_32);
    tcase_add_test(tc, test_fields_64);
    tcase_add_test(tc, test_simd);
    tcase_add_test(tc, test_vex_lengths);
    tcase_add_test(tc, test_invalid);
    tcase_add_test(tc, test_limits);
    tcase_add_test(tc, test_format_small_buffer);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
