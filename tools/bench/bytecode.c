/* A stack-machine bytecode interpreter (switch dispatch: an indirect jump per
 * instruction) running a program with loops, arithmetic and a memory array. */
#include "bench.h"

enum { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_XOR, OP_SHR, OP_DUP, OP_JNZ,
       OP_AGET, OP_APUT, OP_HALT };

/* vars: 0 i (outer count), 1 acc, 2 j (inner count), 3 seed */
static const int32_t program[] = {
    OP_PUSH, 20000, OP_STORE, 0,                 /* i = 20000 */
    /* outer: 4 */
    OP_PUSH, 64, OP_STORE, 2,                    /* j = 64 */
    /* inner: 8 */
    OP_LOAD, 3, OP_PUSH, 1103515245, OP_MUL, OP_PUSH, 12345, OP_ADD, OP_DUP, OP_STORE, 3,
    OP_PUSH, 16, OP_SHR, OP_LOAD, 2, OP_APUT,    /* a[j & 63] = seed >> 16 */
    OP_LOAD, 1, OP_LOAD, 2, OP_AGET, OP_XOR, OP_LOAD, 2, OP_ADD, OP_STORE, 1, /* acc ^= a[j], += j */
    OP_LOAD, 2, OP_PUSH, 1, OP_SUB, OP_DUP, OP_STORE, 2, OP_JNZ, 8,
    OP_LOAD, 0, OP_PUSH, 1, OP_SUB, OP_DUP, OP_STORE, 0, OP_JNZ, 4,
    OP_LOAD, 1, OP_HALT,
};

static int32_t run(const int32_t *code)
{
    int32_t stack[64], vars[8] = { 0, 0, 0, 1, 0, 0, 0, 0 }, arr[64] = { 0 };
    int sp = 0, pc = 0;
    for (;;) {
        int32_t a, b;
        switch (code[pc++]) {
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_LOAD: stack[sp++] = vars[code[pc++]]; break;
        case OP_STORE: vars[code[pc++]] = stack[--sp]; break;
        case OP_ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = (int32_t)((uint32_t)a + (uint32_t)b); break;
        case OP_SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = (int32_t)((uint32_t)a - (uint32_t)b); break;
        case OP_MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = (int32_t)((uint32_t)a * (uint32_t)b); break;
        case OP_XOR: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a ^ b; break;
        case OP_SHR: b = stack[--sp]; a = stack[--sp]; stack[sp++] = (int32_t)((uint32_t)a >> (b & 31)); break;
        case OP_DUP: a = stack[sp - 1]; stack[sp++] = a; break;
        case OP_JNZ: a = stack[--sp]; if (a) pc = code[pc]; else pc++; break;
        case OP_AGET: a = stack[--sp]; stack[sp++] = arr[a & 63]; break;
        case OP_APUT: a = stack[--sp]; b = stack[--sp]; arr[a & 63] = b; break;
        case OP_HALT: return stack[--sp];
        default: return -1;
        }
    }
}

uint32_t bench_run(void)
{
    uint32_t r = 0;
    for (int k = 0; k < 6; k++)
        r = r * 3 + (uint32_t)run(program);
    return r;
}
