/* Capstone wrapper for -d in_asm / out_asm: one text line per instruction, with the address
 * and the instruction bytes. Capstone handles are opened once per mode and shared under a
 * lock (traces are rare; the lock is off the hot path). */
#include "cpu/disas.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "tcg/capstone.h"

enum { H_16, H_32, H_64, H_COUNT };

static pthread_mutex_t disas_lock = PTHREAD_MUTEX_INITIALIZER;
static csh handles[H_COUNT];
static bool tried[H_COUNT], usable[H_COUNT];

static csh *handle_for(int which)
{
    static const cs_mode modes[H_COUNT] = { CS_MODE_16, CS_MODE_32, CS_MODE_64 };
    if (!tried[which]) {
        tried[which] = true;
        const TcgCapstone *cs = tcg_capstone();
        usable[which] = cs && cs->open(CS_ARCH_X86, modes[which], &handles[which]) == CS_ERR_OK;
    }
    return usable[which] ? &handles[which] : NULL;
}

/* The address, the bytes padded to a column, the text. */
static void put_line(X86DisasPrint print, void *opaque, uint64_t pc, bool wide,
                     const uint8_t *bytes, size_t n, const char *text)
{
    char line[320];
    int off = snprintf(line, sizeof(line), wide ? "0x%016llx:  " : "0x%08llx:  ",
                       (unsigned long long)pc);
    for (size_t i = 0; i < n && off < 200; i++)
        off += snprintf(line + off, sizeof(line) - (size_t)off, "%02x ", bytes[i]);
    while (off < (wide ? 20 : 12) + 3 * 10)
        line[off++] = ' ';
    snprintf(line + off, sizeof(line) - (size_t)off, " %s", text);
    print(opaque, line);
}

/* Capstone's text for the instruction at code, if it decodes exactly want bytes (or any
 * length when want is 0); returns its length or 0. */
static size_t capstone_text(csh *h, cs_insn *ci, const uint8_t *code, size_t len, uint64_t pc,
                            size_t want, char *text, size_t size)
{
    if (!h || !ci)
        return 0;
    const uint8_t *p = code;
    size_t n = len;
    uint64_t a = pc;
    if (!tcg_capstone()->disasm_iter(*h, &p, &n, &a, ci) || (want && ci->size != want))
        return 0;
    snprintf(text, size, "%s%s%s", ci->mnemonic, ci->op_str[0] ? " " : "", ci->op_str);
    return ci->size;
}

void x86_disas(X86DisasPrint print, void *opaque, const uint8_t *code, size_t len, uint64_t pc,
               X86Mode mode)
{
    pthread_mutex_lock(&disas_lock);
    csh *h = handle_for(mode == X86_MODE_16 ? H_16 : mode == X86_MODE_32 ? H_32 : H_64);
    cs_insn *ci = h ? tcg_capstone()->malloc(*h) : NULL;
    bool wide = mode == X86_MODE_64;
    while (len > 0) {
        X86Insn insn;
        char text[192];
        size_t n = 0;
        X86DecodeStatus st = x86_decode(&insn, code, len, mode, pc);
        if (st == X86_DECODE_OK) {
            n = insn.len;
            /* Capstone 4 ignores mandatory prefixes in 16-bit mode: Tern's text there */
            bool simd16 = mode == X86_MODE_16 &&
                          (insn.mand_prefix || insn.vex_len || insn.map == X86_MAP_0F38 ||
                           insn.map == X86_MAP_0F3A);
            if (simd16 || !capstone_text(h, ci, code, len, pc, n, text, sizeof(text)))
                x86_format(&insn, text, sizeof(text));
        } else {
            /* what Tern cannot execute: Capstone's reading if it has one, else the
             * bytes the decoder got through */
            n = capstone_text(h, ci, code, len, pc, 0, text, sizeof(text));
            if (!n) {
                n = insn.len ? insn.len : 1;
                if (n > len)
                    n = len;
                snprintf(text, sizeof(text), "%s", st == X86_DECODE_TRUNCATED ? "(truncated)"
                                                   : st == X86_DECODE_TOO_LONG ? "(too long)"
                                                                                : "(bad)");
            }
        }
        put_line(print, opaque, pc, wide, code, n, text);
        code += n;
        len -= n;
        pc += n;
    }
    if (ci)
        tcg_capstone()->free(ci, 1);
    pthread_mutex_unlock(&disas_lock);
}

void x86_disas_host(X86DisasPrint print, void *opaque, const uint8_t *code, size_t len,
                    uint64_t pc)
{
    pthread_mutex_lock(&disas_lock);
    csh *h = handle_for(H_64);
    cs_insn *ci = h ? tcg_capstone()->malloc(*h) : NULL;
    while (len > 0) {
        char text[192];
        size_t n = capstone_text(h, ci, code, len, pc, 0, text, sizeof(text));
        if (!n) {
            n = 1;
            snprintf(text, sizeof(text), ".byte 0x%02x", code[0]);
        }
        put_line(print, opaque, pc, true, code, n, text);
        code += n;
        len -= n;
        pc += n;
    }
    if (ci)
        tcg_capstone()->free(ci, 1);
    pthread_mutex_unlock(&disas_lock);
}
