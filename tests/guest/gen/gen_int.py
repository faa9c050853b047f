# Writes tests/guest/sse_int.asm and mmx_int.asm: every packed-integer instruction on a few
# inputs (edge values and random ones), register and memory forms, expected values from
# intmodel.py (the SDM "Operation" sections).
import random, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
GUEST = os.path.dirname(HERE)  # tests/guest
sys.path.insert(0, HERE)
from intmodel import M, I, lanes

random.seed(4)
EDGE8 = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x81]
def rnd(n):
    v = 0
    kind = random.randrange(4)
    for i in range(n):
        if kind == 0: b = random.choice(EDGE8)
        elif kind == 1: b = random.randrange(256)
        elif kind == 2: b = random.choice([0, 0xFF, random.randrange(256)])
        else: b = random.choice([0x00, 0x80, 0x7F, 0xFF]) if i % 2 else random.randrange(256)
        v |= b << (8 * i)
    return v

def dds(v, n):
    return ', '.join('0x%08X' % ((v >> (32 * i)) & 0xFFFFFFFF) for i in range(n // 4))

HEADER = '''; {what}
; Generated: the expected values are the SDM's "Operation" pseudo-code evaluated by a
; reference model written for this test, independently of Tern's C code, and the whole
; test was checked on QEMU (-cpu max); each case runs the register and the memory form.
; {sdm}
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
alignb 16
res:    resb 16

CODE32
; vcheck (tests/guest/lib/check.inc): the result, stored by the caller at res, against
; [esi]; ebx = case number, edi = its name.
VCHECK_ROUTINE res, {dw}

TEST_START
    mov eax, cr4
    or eax, 1 << 9                  ; OSFXSR
    mov cr4, eax
    GO_PM32
'''

class W:
    def __init__(self, xmm):
        self.xmm = xmm
        self.n = 16 if xmm else 8
        self.out = []
        self.case = 0
    def emit(self, s):
        self.out.append(s)
    def case_(self, text, a, b, r, code_reg, code_mem):
        self.case += 1
        c = self.case
        n = self.n
        self.emit('    CODE16')
        self.emit('    align 16')
        self.emit('c%d_a: dd %s' % (c, dds(a, n)))
        self.emit('c%d_b: dd %s' % (c, dds(b, n)))
        self.emit('c%d_r: dd %s' % (c, dds(r, n)))
        self.emit('c%d_n: db "%s", 0' % (c, text))
        self.emit('    CODE32')
        ld = 'movdqa' if self.xmm else 'movq'
        reg = 'xmm' if self.xmm else 'mm'
        st = 'movdqu [res], xmm1' if self.xmm else 'movq [res], mm1'
        self.emit('    mov ebx, %d' % c)
        self.emit('    mov esi, LIN16(c%d_r)' % c)
        self.emit('    mov edi, LIN16(c%d_n)' % c)
        for code in (code_reg, code_mem):
            if code is None:
                continue
            self.emit('    %s %s1, [LIN16(c%d_a)]' % (ld, reg, c))
            self.emit('    %s %s2, [LIN16(c%d_b)]' % (ld, reg, c))
            self.emit('    ' + code.format(a='[LIN16(c%d_a)]' % c, b='[LIN16(c%d_b)]' % c, r=reg))
            self.emit('    ' + st)
            self.emit('    call vcheck')

def binop_cases(w, names, inputs=2):
    for nm in names:
        for k in range(inputs):
            a, b = rnd(w.n), rnd(w.n)
            r = M[nm](a, b, w.n)
            w.case_('%s %s' % (nm, 'xmm' if w.xmm else 'mm'), a, b, r,
                    nm + ' {r}1, {r}2', nm + ' {r}1, {b}')

def shift_cases(w, names):
    for nm in names:
        for cnt in (0, 3, 15, 16, 31, 33, 64, (1 << 32) + 1):
            a = rnd(w.n)
            b = cnt if w.n == 8 else cnt | (rnd(8) << 64)
            r = M[nm](a, cnt, w.n)
            w.case_('%s by %d' % (nm, cnt), a, b, r, nm + ' {r}1, {r}2', nm + ' {r}1, {b}')
        for cnt in (0, 1, 7, 15, 16, 31, 32, 63, 64, 200):
            a = rnd(w.n)
            r = M[nm](a, cnt, w.n)
            w.case_('%s imm %d' % (nm, cnt), a, 0, r, nm + ' {r}1, %d' % cnt, None)

def imm_cases(w, names, imms):
    for nm in names:
        for imm in imms:
            a, b = rnd(w.n), rnd(w.n)
            r = I[nm](a, b, w.n, imm)
            w.case_('%s %02x' % (nm, imm), a, b, r, nm + ' {r}1, {r}2, %d' % imm,
                    nm + ' {r}1, {b}, %d' % imm)

MMX_BIN = ['paddb', 'paddw', 'paddd', 'paddq', 'psubb', 'psubw', 'psubd', 'psubq',
           'paddsb', 'paddsw', 'paddusb', 'paddusw', 'psubsb', 'psubsw', 'psubusb', 'psubusw',
           'pmullw', 'pmulhw', 'pmulhuw', 'pmuludq', 'pmaddwd', 'psadbw', 'pavgb', 'pavgw',
           'pminub', 'pmaxub', 'pminsw', 'pmaxsw', 'pcmpeqb', 'pcmpeqw', 'pcmpeqd',
           'pcmpgtb', 'pcmpgtw', 'pcmpgtd', 'pand', 'pandn', 'por', 'pxor',
           'packsswb', 'packuswb', 'packssdw', 'punpcklbw', 'punpcklwd', 'punpckldq',
           'punpckhbw', 'punpckhwd', 'punpckhdq',
           'pshufb', 'phaddw', 'phaddd', 'phaddsw', 'phsubw', 'phsubd', 'phsubsw',
           'pmaddubsw', 'pmulhrsw', 'psignb', 'psignw', 'psignd', 'pabsb', 'pabsw', 'pabsd']
XMM_BIN = MMX_BIN + ['punpcklqdq', 'punpckhqdq', 'pminsb', 'pminsd', 'pminuw', 'pminud',
                     'pmaxsb', 'pmaxsd', 'pmaxuw', 'pmaxud', 'pmulld', 'pmuldq',
                     'pcmpeqq', 'pcmpgtq', 'packusdw', 'phminposuw',
                     'pmovsxbw', 'pmovsxbd', 'pmovsxbq', 'pmovsxwd', 'pmovsxwq', 'pmovsxdq',
                     'pmovzxbw', 'pmovzxbd', 'pmovzxbq', 'pmovzxwd', 'pmovzxwq', 'pmovzxdq']
SHIFTS = ['psllw', 'pslld', 'psllq', 'psrlw', 'psrld', 'psrlq', 'psraw', 'psrad']

def write(path, xmm, what, sdm):
    w = W(xmm)
    binop_cases(w, MMX_BIN if not xmm else XMM_BIN, 2)
    shift_cases(w, SHIFTS)
    if xmm:
        imm_cases(w, ['pshufd', 'pshuflw', 'pshufhw', 'pblendw', 'blendps', 'blendpd', 'shufps'],
                  [0x00, 0x1B, 0xE4, 0xA5])
        imm_cases(w, ['palignr'], [0, 1, 7, 15, 16, 20, 31, 32, 200])
        imm_cases(w, ['mpsadbw'], [0, 1, 2, 3, 4, 7])
    else:
        imm_cases(w, ['pshufw'], [0x00, 0x1B, 0xE4, 0xA5])
        imm_cases(w, ['palignr'], [0, 1, 7, 8, 15, 16, 200])
    dw = 4 if xmm else 2
    with open(path, 'w') as f:
        f.write(HEADER.format(what=what, sdm=sdm, n='', dw=dw))
        f.write('\n'.join(w.out))
        if not xmm:
            f.write('\n    emms')
        f.write('\n    PASS\n')
    print(path, w.case, 'cases')

write(os.path.join(GUEST, 'sse_int.asm'), True,
      'SSE2/SSSE3/SSE4.1/SSE4.2 packed integer instructions on XMM registers: arithmetic with\n'
      '; wrap-around and saturation, multiplies, compares, logic, packs and unpacks, shifts by a\n'
      '; register count (the whole low quadword) and by imm8, shuffles, horizontal ops, signs\n'
      '; and absolute values, min/max, PMOVSX/ZX, PHMINPOSUW, PALIGNR, blends and MPSADBW.',
      'SDM vol. 2, each\n; instruction\'s page (e.g. PADDSB, PMADDWD, PSHUFB, PALIGNR, MPSADBW).')
write(os.path.join(GUEST, 'mmx_int.asm'), False,
      'MMX (and the SSE/SSSE3 additions on MMX registers) packed integer instructions: the same\n'
      '; operations as sse_int.asm on 64-bit operands, shifts, PSHUFW, PALIGNR mm.',
      'SDM vol. 2, each\n; instruction\'s page; vol. 1, 9.4 (MMX instruction set).')
