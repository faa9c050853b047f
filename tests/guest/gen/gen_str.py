# tests/guest/sse_str.asm: PCMPESTRI/PCMPESTRM/PCMPISTRI/PCMPISTRM over every imm8 mode
# (formats, aggregations, polarities, index/mask selection), CRC32 and POPCNT, PTEST.
# Reference model written from SDM vol. 2B 4.1 (Imm8 control byte operation).
import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
GUEST = os.path.dirname(HERE)  # tests/guest
random.seed(7)

def elems(v, fmt):
    n = 8 if fmt & 1 else 16
    w = 16 if fmt & 1 else 8
    out = []
    for i in range(n):
        x = (v >> (w * i)) & ((1 << w) - 1)
        if fmt & 2 and x >> (w - 1):
            x -= 1 << w
        out.append(x)
    return out

def pcmp(a, b, la, lb, imm):
    fmt = imm & 3; agg = (imm >> 2) & 3; pol = (imm >> 4) & 3
    A, B = elems(a, fmt), elems(b, fmt)
    ub = len(A)
    def bres(i, j):          # BoolRes for xmm1 element i, xmm2 element j, table 4-7
        av, bv = i < la, j < lb
        if agg in (0, 1):
            if not av or not bv: return False
        elif agg == 2:
            if not av and not bv: return True
            if not av or not bv: return False
        else:
            if not av: return True
            if not bv: return False
        if agg == 1:
            return B[j] >= A[i] if i % 2 == 0 else B[j] <= A[i]
        return A[i] == B[j]
    r1 = 0
    for j in range(ub):
        if agg == 0:
            bit = any(bres(i, j) for i in range(ub))
        elif agg == 1:
            bit = any(bres(i, j) and bres(i + 1, j) for i in range(0, ub, 2))
        elif agg == 2:
            bit = bres(j, j)
        else:
            bit = all(bres(i, j + i) for i in range(ub - j))
        r1 |= bit << j
    full = (1 << ub) - 1
    if pol == 1: r2 = r1 ^ full
    elif pol == 3: r2 = r1 ^ ((1 << lb) - 1)
    else: r2 = r1
    flags = (1 if r2 else 0) | (0x40 if lb < ub else 0) | (0x80 if la < ub else 0) | (0x800 if r2 & 1 else 0)
    return r2, flags, ub

def implicit(v, fmt):
    E = elems(v, fmt)
    for i, x in enumerate(E):
        if x == 0: return i
    return len(E)

def sat(l, ub):
    return min(abs(l), ub)

def rndstr(fmt, null_at=None):
    n = 8 if fmt & 1 else 16; w = 16 if fmt & 1 else 8
    alpha = [0x41, 0x42, 0x43, 0x61, 0x62, 0x30, 0x39, 0x80, 0xFF, 0x7F] if w == 8 else \
            [0x0041, 0x0042, 0x0061, 0x8000, 0xFFFF, 0x7FFF, 0x0030]
    v = 0
    for i in range(n):
        x = random.choice(alpha)
        if null_at is not None and i == null_at: x = 0
        v |= x << (w * i)
    return v

def dds(v): return ', '.join('0x%08X' % ((v >> (32 * i)) & 0xFFFFFFFF) for i in range(4))

out = []
def emit(s): out.append(s)
case = 0
for insn in ('pcmpistri', 'pcmpistrm', 'pcmpestri', 'pcmpestrm'):
    explicit = 'e' in insn[4:6]
    for k in range(40):
        imm = random.randrange(256) & 0x7F if k >= 8 else [0x00, 0x04, 0x08, 0x0C, 0x01, 0x44, 0x3A, 0x19][k]
        fmt = imm & 3
        ub = 8 if fmt & 1 else 16
        a = rndstr(fmt, random.choice([None, random.randrange(ub)]))
        b = rndstr(fmt, random.choice([None, random.randrange(ub)]))
        if explicit:
            eax = random.choice([random.randrange(-20, 20), random.randrange(1 << 32) - (1 << 31)])
            edx = random.choice([random.randrange(-20, 20), ub, ub + 3])
            la, lb = sat(eax, ub), sat(edx, ub)
        else:
            eax = edx = 0
            la, lb = implicit(a, fmt), implicit(b, fmt)
        r2, flags, ub = pcmp(a, b, la, lb, imm)
        case += 1
        emit('    CODE16')
        emit('    align 16')
        emit('s%d_a: dd %s' % (case, dds(a)))
        emit('s%d_b: dd %s' % (case, dds(b)))
        if insn.endswith('m'):
            if imm & 0x40:
                m = 0
                w = 16 if fmt & 1 else 8
                for i in range(ub):
                    if (r2 >> i) & 1: m |= ((1 << w) - 1) << (w * i)
            else:
                m = r2
            emit('s%d_r: dd %s' % (case, dds(m)))
        emit('    CODE32')
        emit('    mov ebx, %d' % case)
        emit('    movdqa xmm1, [LIN16(s%d_a)]' % case)
        emit('    movdqu xmm2, [LIN16(s%d_b)]' % case)
        emit('    mov eax, 0x%08X' % (eax & 0xFFFFFFFF))
        emit('    mov edx, 0x%08X' % (edx & 0xFFFFFFFF))
        emit('    mov ecx, 0x5A5A5A5A')
        emit('    pxor xmm0, xmm0' if insn.endswith('i') else '    pcmpeqb xmm0, xmm0')
        emit('    SETF F_ARITH')
        for form in ('xmm2', '[LIN16(s%d_b)]' % case):
            emit('    %s xmm1, %s, 0x%02X' % (insn, form, imm))
            emit('    pushfd')
            emit('    pop esi')
            emit('    and esi, F_ARITH')
            emit('    mov edi, 0x%X' % flags)
            emit('    call fcheck')
            if insn.endswith('i'):
                if (imm & 0x40):
                    idx = max(i for i in range(ub) if (r2 >> i) & 1) if r2 else ub
                else:
                    idx = min(i for i in range(ub) if (r2 >> i) & 1) if r2 else ub
                emit('    mov esi, ecx')
                emit('    mov edi, %d' % idx)
                emit('    call fcheck')
                emit('    mov ecx, 0x5A5A5A5A')
            else:
                emit('    movdqu [res], xmm0')
                emit('    mov esi, LIN16(s%d_r)' % case)
                emit('    call vcheck')
                emit('    pcmpeqb xmm0, xmm0')
        # the string compares need no alignment: an odd address
        emit('    movdqu [buf+1], xmm2')
        emit('    %s xmm1, [buf+1], 0x%02X' % (insn, imm))
        emit('    pushfd')
        emit('    pop esi')
        emit('    and esi, F_ARITH')
        emit('    mov edi, 0x%X' % flags)
        emit('    call fcheck')

body = '\n'.join(out)
src = open(os.path.join(HERE, 'sse_str_head.asm')).read().replace('@BODY@', body)
open(os.path.join(GUEST, 'sse_str.asm'), 'w').write(src)
print(case, 'cases')
