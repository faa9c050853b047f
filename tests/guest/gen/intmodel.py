# Reference model of the packed-integer instructions, written from the SDM vol. 2
# "Operation" sections, used to compute the expected values of tests/guest/sse_int.asm.
import random

def lanes(v, n, w):            # v: int of n bytes -> list of w-bit unsigned lanes
    return [(v >> (i * w)) & ((1 << w) - 1) for i in range(n * 8 // w)]
def join(l, w):
    r = 0
    for i, x in enumerate(l):
        r |= (x & ((1 << w) - 1)) << (i * w)
    return r
def s(x, w):
    x &= (1 << w) - 1
    return x - (1 << w) if x >> (w - 1) else x
def sat_s(x, w): return max(-(1 << (w - 1)), min((1 << (w - 1)) - 1, x))
def sat_u(x, w): return max(0, min((1 << w) - 1, x))

def binop(f, w):
    def g(a, b, n):
        return join([f(x, y) for x, y in zip(lanes(a, n, w), lanes(b, n, w))], w)
    return g

M = {}
for w, sfx in ((8, 'b'), (16, 'w'), (32, 'd'), (64, 'q')):
    M['padd' + sfx] = binop(lambda x, y: x + y, w)
    M['psub' + sfx] = binop(lambda x, y: x - y, w)
M['paddsb'] = binop(lambda x, y: sat_s(s(x, 8) + s(y, 8), 8), 8)
M['paddsw'] = binop(lambda x, y: sat_s(s(x, 16) + s(y, 16), 16), 16)
M['paddusb'] = binop(lambda x, y: sat_u(x + y, 8), 8)
M['paddusw'] = binop(lambda x, y: sat_u(x + y, 16), 16)
M['psubsb'] = binop(lambda x, y: sat_s(s(x, 8) - s(y, 8), 8), 8)
M['psubsw'] = binop(lambda x, y: sat_s(s(x, 16) - s(y, 16), 16), 16)
M['psubusb'] = binop(lambda x, y: sat_u(x - y, 8), 8)
M['psubusw'] = binop(lambda x, y: sat_u(x - y, 16), 16)
M['pmullw'] = binop(lambda x, y: x * y, 16)
M['pmulhw'] = binop(lambda x, y: (s(x, 16) * s(y, 16)) >> 16, 16)
M['pmulhuw'] = binop(lambda x, y: (x * y) >> 16, 16)
M['pavgb'] = binop(lambda x, y: (x + y + 1) >> 1, 8)
M['pavgw'] = binop(lambda x, y: (x + y + 1) >> 1, 16)
M['pminub'] = binop(min, 8); M['pmaxub'] = binop(max, 8)
M['pminuw'] = binop(min, 16); M['pmaxuw'] = binop(max, 16)
M['pminud'] = binop(min, 32); M['pmaxud'] = binop(max, 32)
M['pminsb'] = binop(lambda x, y: x if s(x, 8) < s(y, 8) else y, 8)
M['pmaxsb'] = binop(lambda x, y: x if s(x, 8) > s(y, 8) else y, 8)
M['pminsw'] = binop(lambda x, y: x if s(x, 16) < s(y, 16) else y, 16)
M['pmaxsw'] = binop(lambda x, y: x if s(x, 16) > s(y, 16) else y, 16)
M['pminsd'] = binop(lambda x, y: x if s(x, 32) < s(y, 32) else y, 32)
M['pmaxsd'] = binop(lambda x, y: x if s(x, 32) > s(y, 32) else y, 32)
for w, sfx in ((8, 'b'), (16, 'w'), (32, 'd'), (64, 'q')):
    M['pcmpeq' + sfx] = binop(lambda x, y: -1 if x == y else 0, w)
    M['pcmpgt' + sfx] = binop(lambda x, y, w=w: -1 if s(x, w) > s(y, w) else 0, w)
M['pand'] = binop(lambda x, y: x & y, 64)
M['pandn'] = binop(lambda x, y: ~x & y, 64)
M['por'] = binop(lambda x, y: x | y, 64)
M['pxor'] = binop(lambda x, y: x ^ y, 64)
M['pmulld'] = binop(lambda x, y: x * y, 32)
M['psignb'] = binop(lambda x, y: -x if s(y, 8) < 0 else (0 if y == 0 else x), 8)
M['psignw'] = binop(lambda x, y: -x if s(y, 16) < 0 else (0 if y == 0 else x), 16)
M['psignd'] = binop(lambda x, y: -x if s(y, 32) < 0 else (0 if y == 0 else x), 32)
M['pabsb'] = binop(lambda x, y: abs(s(y, 8)), 8)
M['pabsw'] = binop(lambda x, y: abs(s(y, 16)), 16)
M['pabsd'] = binop(lambda x, y: abs(s(y, 32)), 32)
M['pmulhrsw'] = binop(lambda x, y: (((s(x, 16) * s(y, 16)) >> 14) + 1) >> 1, 16)

def pmuludq(a, b, n):
    A, B = lanes(a, n, 32), lanes(b, n, 32)
    return join([A[2 * i] * B[2 * i] for i in range(n // 8)], 64)
def pmuldq(a, b, n):
    A, B = lanes(a, n, 32), lanes(b, n, 32)
    return join([s(A[2 * i], 32) * s(B[2 * i], 32) for i in range(n // 8)], 64)
def pmaddwd(a, b, n):
    A, B = lanes(a, n, 16), lanes(b, n, 16)
    return join([s(A[2*i], 16) * s(B[2*i], 16) + s(A[2*i+1], 16) * s(B[2*i+1], 16) for i in range(n // 4)], 32)
def pmaddubsw(a, b, n):
    A, B = lanes(a, n, 8), lanes(b, n, 8)
    return join([sat_s(A[2*i] * s(B[2*i], 8) + A[2*i+1] * s(B[2*i+1], 8), 16) for i in range(n // 2)], 16)
def psadbw(a, b, n):
    A, B = lanes(a, n, 8), lanes(b, n, 8)
    return join([sum(abs(A[8*k+j] - B[8*k+j]) for j in range(8)) for k in range(n // 8)], 64)
def pack(w, f):
    def g(a, b, n):
        return join([f(s(x, w)) for x in lanes(a, n, w)] + [f(s(x, w)) for x in lanes(b, n, w)], w // 2)
    return g
M['packsswb'] = pack(16, lambda x: sat_s(x, 8))
M['packuswb'] = pack(16, lambda x: sat_u(x, 8))
M['packssdw'] = pack(32, lambda x: sat_s(x, 16))
M['packusdw'] = pack(32, lambda x: sat_u(x, 16))
def unpack(w, high):
    def g(a, b, n):
        A, B = lanes(a, n, w), lanes(b, n, w)
        h = len(A) // 2
        o = h if high else 0
        r = []
        for i in range(h):
            r += [A[o + i], B[o + i]]
        return join(r, w)
    return g
for w, sfx in ((8, 'bw'), (16, 'wd'), (32, 'dq'), (64, 'qdq')):
    M['punpckl' + sfx] = unpack(w, False)
    M['punpckh' + sfx] = unpack(w, True)
def pshufb(a, b, n):
    A, B = lanes(a, n, 8), lanes(b, n, 8)
    return join([0 if y & 0x80 else A[y & (n - 1)] for y in B], 8)
def hop(w, f):
    def g(a, b, n):
        A, B = lanes(a, n, w), lanes(b, n, w)
        return join([f(A[2*i], A[2*i+1]) for i in range(len(A)//2)] + [f(B[2*i], B[2*i+1]) for i in range(len(B)//2)], w)
    return g
M['phaddw'] = hop(16, lambda x, y: x + y)
M['phaddd'] = hop(32, lambda x, y: x + y)
M['phsubw'] = hop(16, lambda x, y: x - y)
M['phsubd'] = hop(32, lambda x, y: x - y)
M['phaddsw'] = hop(16, lambda x, y: sat_s(s(x, 16) + s(y, 16), 16))
M['phsubsw'] = hop(16, lambda x, y: sat_s(s(x, 16) - s(y, 16), 16))
for name, f in (('pmuludq', pmuludq), ('pmuldq', pmuldq), ('pmaddwd', pmaddwd),
                ('pmaddubsw', pmaddubsw), ('psadbw', psadbw), ('pshufb', pshufb)):
    M[name] = f
def shift(w, kind):
    def g(a, b, n):
        c = b & ((1 << 64) - 1)
        out = []
        for x in lanes(a, n, w):
            if kind == 'l': out.append(0 if c >= w else x << c)
            elif kind == 'r': out.append(0 if c >= w else x >> c)
            else: out.append(s(x, w) >> min(c, w - 1))
        return join(out, w)
    return g
for w, sfx in ((16, 'w'), (32, 'd'), (64, 'q')):
    M['psll' + sfx] = shift(w, 'l'); M['psrl' + sfx] = shift(w, 'r')
    if w < 64: M['psra' + sfx] = shift(w, 'a')
def pmovx(sw, dw, signed, cnt):
    def g(a, b, n):
        B = lanes(b, 16, sw)[:cnt]
        return join([s(x, sw) if signed else x for x in B], dw)
    return g
for sw, dw, nm, cnt in ((8,16,'bw',8),(8,32,'bd',4),(8,64,'bq',2),(16,32,'wd',4),(16,64,'wq',2),(32,64,'dq',2)):
    M['pmovsx' + nm] = pmovx(sw, dw, True, cnt)
    M['pmovzx' + nm] = pmovx(sw, dw, False, cnt)
def phminposuw(a, b, n):
    B = lanes(b, 16, 16)
    m = min(B)
    return m | (B.index(m) << 16)
M['phminposuw'] = phminposuw

# with imm8
I = {}
def pshufd(a, b, n, imm):
    B = lanes(b, 16, 32); return join([B[(imm >> 2*i) & 3] for i in range(4)], 32)
def pshufw(a, b, n, imm):
    B = lanes(b, 8, 16); return join([B[(imm >> 2*i) & 3] for i in range(4)], 16)
def pshuflw(a, b, n, imm):
    B = lanes(b, 16, 16); return join([B[(imm >> 2*i) & 3] for i in range(4)] + B[4:], 16)
def pshufhw(a, b, n, imm):
    B = lanes(b, 16, 16); return join(B[:4] + [B[4 + ((imm >> 2*i) & 3)] for i in range(4)], 16)
def palignr(a, b, n, imm):
    t = (a << (8 * n)) | b
    return (t >> (8 * imm)) & ((1 << (8 * n)) - 1) if imm < 2 * n else 0
def pblendw(a, b, n, imm):
    A, B = lanes(a, 16, 16), lanes(b, 16, 16)
    return join([B[i] if (imm >> i) & 1 else A[i] for i in range(8)], 16)
def blendps(a, b, n, imm):
    A, B = lanes(a, 16, 32), lanes(b, 16, 32)
    return join([B[i] if (imm >> i) & 1 else A[i] for i in range(4)], 32)
def blendpd(a, b, n, imm):
    A, B = lanes(a, 16, 64), lanes(b, 16, 64)
    return join([B[i] if (imm >> i) & 1 else A[i] for i in range(2)], 64)
def mpsadbw(a, b, n, imm):
    A, B = lanes(a, 16, 8), lanes(b, 16, 8)
    o1, o2 = ((imm >> 2) & 1) * 4, (imm & 3) * 4
    return join([sum(abs(A[o1 + i + j] - B[o2 + j]) for j in range(4)) for i in range(8)], 16)
def shufps(a, b, n, imm):
    A, B = lanes(a, 16, 32), lanes(b, 16, 32)
    return join([A[imm & 3], A[(imm >> 2) & 3], B[(imm >> 4) & 3], B[(imm >> 6) & 3]], 32)
for name, f in (('pshufd', pshufd), ('pshufw', pshufw), ('pshuflw', pshuflw), ('pshufhw', pshufhw),
                ('palignr', palignr), ('pblendw', pblendw), ('blendps', blendps), ('blendpd', blendpd),
                ('mpsadbw', mpsadbw), ('shufps', shufps)):
    I[name] = f
