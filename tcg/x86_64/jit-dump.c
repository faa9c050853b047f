/* The JIT's logging: -d out_asm disassembles each new TB's host code through Capstone
 * (hot path, then the slow paths, with the guest instruction each host range belongs
 * to), and -d tb prints one line of statistics per translated TB and, at exit, the
 * TBs that ran most often. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/capstone.h"
#include "tcg/log.h"
#include "tcg/x86_64/jit-internal.h"

static void disas_range(csh h, const uint8_t *code, size_t size, uint64_t addr,
                        const uint8_t *table, uint32_t ninsns, uintptr_t code_start,
                        void (*print)(void *, const char *), void *opaque)
{
    cs_insn *insn = NULL;
    size_t n = tcg_capstone()->disasm(h, code, size, addr, 0, &insn);
    char line[256];
    uint64_t last[TCG_INSN_START_WORDS] = { UINT64_MAX, 0 };
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        if (table) {
            uint64_t data[TCG_INSN_START_WORDS];
            uint32_t off = (uint32_t)(insn[i].address - code_start) + 1;
            if (jit_table_lookup(table, ninsns, off, data, NULL) && data[0] != last[0]) {
                snprintf(line, sizeof(line), "  -- guest %08" PRIx64 " (cc_op %" PRIx64 ")",
                         data[0], data[1]);
                print(opaque, line);
                last[0] = data[0];
            }
        }
        snprintf(line, sizeof(line), "0x%012" PRIx64 ":  %-8s %s", insn[i].address,
                 insn[i].mnemonic, insn[i].op_str);
        print(opaque, line);
        done += insn[i].size;
    }
    if (done < size) {
        snprintf(line, sizeof(line), "0x%012" PRIx64 ":  (%zu bytes Capstone does not decode)",
                 addr + done, size - done);
        print(opaque, line);
    }
    if (insn)
        tcg_capstone()->free(insn, n);
}

void jit_dump(TranslationBlock *tb, void (*print)(void *, const char *), void *opaque)
{
    static csh handle;
    static int state; /* 0 unknown, 1 open, -1 unavailable */
    if (!tb->code)
        return;
    if (state == 0)
        state = tcg_capstone() &&
                tcg_capstone()->open(CS_ARCH_X86, CS_MODE_64, &handle) == CS_ERR_OK ? 1 : -1;
    const JitTBHeader *h = jit_tb_header(tb->code);
    const uint8_t *code = tb->code;
    char line[256];
    snprintf(line, sizeof(line), "jit: %u bytes hot, %u bytes slow paths, %u bytes table, "
             "%u guest insns", h->hot_size, h->cold_size,
             (unsigned)jit_table_size(code + h->hot_size + h->cold_size, h->ninsns), h->ninsns);
    print(opaque, line);
    if (state < 0) {
        print(opaque, "(Capstone cannot open x86-64 mode: no disassembly)");
        return;
    }
    const uint8_t *table = code + h->hot_size + h->cold_size;
    disas_range(handle, code, h->hot_size, (uintptr_t)code, table, h->ninsns, (uintptr_t)code,
                print, opaque);
    if (h->cold_size) {
        print(opaque, "  -- slow paths");
        /* Each call of the memory slow path stub is followed by a jmp back and the
         * access's descriptor. */
        const uint8_t *p = code + h->hot_size, *end = p + h->cold_size;
        bool after_stub = false;
        while (p < end) {
            cs_insn *insn = NULL;
            if (tcg_capstone()->disasm(handle, p, (size_t)(end - p), (uintptr_t)p, 1, &insn) != 1) {
                disas_range(handle, p, (size_t)(end - p), (uintptr_t)p, NULL, 0, 0, print,
                            opaque);
                break;
            }
            snprintf(line, sizeof(line), "0x%012" PRIx64 ":  %-8s %s", insn->address,
                     insn->mnemonic, insn->op_str);
            print(opaque, line);
            int32_t rel = 0;
            if (insn->size == 5)
                memcpy(&rel, p + 1, 4);
            bool stub = insn->size == 5 && p[0] == 0xe8 &&
                        (uintptr_t)p + 5 + (uintptr_t)(intptr_t)rel == jit_mem_slow_stub;
            size_t size = insn->size;
            tcg_capstone()->free(insn, 1);
            if (after_stub) { /* this was the jmp back: the descriptor follows */
                p += jit_mem_slow_describe(p, (uintptr_t)p, line, sizeof(line));
                print(opaque, line);
            } else {
                p += size;
            }
            after_stub = stub;
        }
    }
}

void jit_log_tb_stats(TranslationBlock *tb, uint32_t nops, uint32_t slow_paths, uint32_t spills)
{
    const JitTBHeader *h = jit_tb_header(tb->code);
    tern_log("tb: pc %08" PRIx64 " guest %u insns %u bytes, IR %u ops, host %u+%u bytes "
             "(%.1f per insn), %u slow paths, %u spills\n",
             tb->pc, tb->icount, tb->size, nops, h->hot_size, h->cold_size,
             tb->icount ? (double)h->hot_size / tb->icount : 0.0, slow_paths, spills);
}

static int by_count(const void *a, const void *b)
{
    const TranslationBlock *x = *(TranslationBlock *const *)a;
    const TranslationBlock *y = *(TranslationBlock *const *)b;
    return x->exec_count < y->exec_count ? 1 : x->exec_count > y->exec_count ? -1 : 0;
}

static void print_hot_tbs(void)
{
    size_t n;
    TranslationBlock *const *all = jit_buffer_tbs(&n);
    TranslationBlock **v = malloc((n ? n : 1) * sizeof(*v));
    if (!v)
        return;
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++) {
        v[i] = all[i];
        total += all[i]->exec_count;
    }
    qsort(v, n, sizeof(*v), by_count);
    tern_log("tb: %zu TBs in the code buffer, %" PRIu64 " entries; the most entered:\n", n,
             total);
    for (size_t i = 0; i < n && i < 20 && v[i]->exec_count; i++) {
        const JitTBHeader *h = jit_tb_header(v[i]->code);
        tern_log("tb:   pc %08" PRIx64 " entered %" PRIu64 " times, %u insns, %u host bytes\n",
                 v[i]->pc, v[i]->exec_count, v[i]->icount, h->hot_size);
    }
    /* How hot the translated code is: TBs and their code bytes (header, fast and slow
     * paths) by how often they were entered, in powers of 16. */
    static const uint64_t bounds[] = { 1, 16, 256, 4096, 65536, UINT64_MAX };
    static const char *const names[] = { "0", "1-15", "16-255", "256-4095", "4096-65535",
                                         "65536+" };
    size_t cnt[6] = { 0 }, bytes[6] = { 0 };
    for (size_t i = 0; i < n; i++) {
        const JitTBHeader *h = jit_tb_header(v[i]->code);
        unsigned k = 0;
        while (k < 5 && v[i]->exec_count >= bounds[k])
            k++;
        cnt[k]++;
        bytes[k] += sizeof(*h) + h->hot_size + h->cold_size;
    }
    for (unsigned k = 0; k < 6; k++)
        tern_log("tb: entered %-10s times: %6zu TBs, %8zu code bytes\n", names[k], cnt[k],
                 bytes[k]);
    if (tern_log_file)
        fflush(tern_log_file);
    free(v);
}

void jit_tb_stats_enable(void)
{
    static bool done;
    if (!done)
        atexit(print_hot_tbs);
    done = true;
}
