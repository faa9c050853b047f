/* The JIT's code buffer: one region mapped twice from a memfd, read-write for the code
 * generator and read-execute for the CPU, so no page is ever writable and executable at
 * once (with mprotect toggling as the fallback where memfd is unavailable). TBs are
 * carved from it in address order and the whole buffer is flushed when full. Also here:
 * the index from host addresses back to TBs and the compact per-TB table mapping host
 * code offsets to insn_start words (for precise exceptions). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tcg/x86_64/jit-internal.h"

/* Resident memory against retranslation. Booting Debian's x86_64 kernel translates
 * ~87k TBs of ~350 bytes (header, code, slow paths, restore table; ~530 before the
 * slow paths became descriptors, see jit-mem.c): the TB pool (65536 TBs) fills before
 * this buffer does, and the code is the largest part of Tern's own resident memory.
 * Measured when TBs were ~530 bytes and filled the buffer during the boot (boot to a
 * shell, and boot plus tools/bench-linux's workload, perf stat
 * cycles, 3 runs, on a busy host: differences under ~3% would not show): 40, 32 and 28
 * MiB cost the same host cycles (boot 10.4-10.9G; workload 68.6-69.6G), with 6% more
 * translations below 40 MiB; 32 MiB lowers the boot's peak RSS by 12 MiB against 40. On
 * an idle host 16 MiB cost the boot 2.5% more cycles for 12 MiB less peak RSS. */
#define DEFAULT_SIZE (32u << 20)
#define MIN_SIZE (64u << 10)
/* The prologue, epilogue and shared stubs sit at the start and survive flushes. */
#define FIXED_AREA 512
#define PAGE 4096u
/* Resident memory. Each page of the memfd is counted once per view that maps it, so the
 * writable view drops its page mappings (MADV_DONTNEED: the memfd keeps the bytes, a
 * later write faults the page back in) every time this much code has been committed:
 * the code is resident once, in the executable view. A write to older code (chaining,
 * unchaining) maps that one page again until the next trim. */
#define RW_TRIM_STEP (256u << 10)

static size_t buf_size = DEFAULT_SIZE;
static uint8_t *buf_rx, *buf_rw;
static size_t buf_top;
static bool dual;
intptr_t jit_rw_delta;
static size_t rw_trim_mark;   /* buf_top at the last trim of the writable view */
/* After a flush, the highest offset the old code reached: its pages are given back to
 * the system before the next translation (not at the flush itself, which may come from
 * a helper that returns into old code; translation happens only from the CPU loop). */
static size_t stale_top;

static TranslationBlock **tbs;
static size_t ntbs, captbs;

void tcg_jit_set_buffer_size(size_t bytes)
{
    if (bytes < MIN_SIZE)
        bytes = MIN_SIZE;
    if (bytes > ((size_t)2 << 30) - 4096)
        bytes = ((size_t)2 << 30) - 4096; /* rel32 jumps must reach across it */
    buf_size = (bytes + 4095) & ~(size_t)4095;
}

size_t jit_buffer_size(void)
{
    return buf_size;
}

/* Places the executable view within rel32 reach of this program's code and data when
 * the address space allows it, so generated code calls helpers and reads this program's
 * data directly. */
static void *map_near(int fd, size_t size)
{
    uintptr_t anchor = (uintptr_t)&tcg_lookup_tb_hook;
    for (int i = 1; i <= 16; i++) {
        uintptr_t hint = ((anchor >> 28) + (uintptr_t)i) << 28; /* 256 MiB steps above */
        if (hint + size - anchor >= (1u << 31) - (64u << 20))
            break;
        void *p = mmap((void *)hint, size, PROT_READ | PROT_EXEC,
                       fd >= 0 ? MAP_SHARED | MAP_FIXED_NOREPLACE
                               : MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, fd, 0);
        if (p != MAP_FAILED)
            return p;
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_EXEC,
                   fd >= 0 ? MAP_SHARED : MAP_PRIVATE | MAP_ANONYMOUS, fd, 0);
    return p == MAP_FAILED ? NULL : p;
}

void jit_buffer_init(void)
{
    if (buf_rx) {
        munmap(buf_rx, buf_size);
        if (dual)
            munmap(buf_rw, buf_size);
        buf_rx = buf_rw = NULL;
    }
    /* perf reads /tmp/perf-<pid>.map only for anonymous mappings, not a memfd's: with
     * -perfmap the buffer is the single flipped mapping below. */
    int fd = tcg_perfmap ? -1 : memfd_create("tern-jit", MFD_CLOEXEC);
    if (fd >= 0 && ftruncate(fd, (off_t)buf_size) == 0) {
        buf_rx = map_near(fd, buf_size);
        void *rw = buf_rx ? mmap(NULL, buf_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
                          : MAP_FAILED;
        if (rw != MAP_FAILED) {
            buf_rw = rw;
            dual = true;
        } else if (buf_rx) {
            munmap(buf_rx, buf_size);
            buf_rx = NULL;
        }
    }
    if (fd >= 0)
        close(fd);
    if (!buf_rx) {
        /* No memfd: one private mapping, flipped between RW and RX around writes. */
        buf_rx = map_near(-1, buf_size);
        if (!buf_rx) {
            fprintf(stderr, "tern: cannot map %zu bytes for the JIT code buffer: %s\n",
                    buf_size, strerror(errno));
            exit(1);
        }
        buf_rw = buf_rx;
        dual = false;
    }
    jit_rw_delta = (intptr_t)(buf_rw - buf_rx);
    buf_top = FIXED_AREA;
    rw_trim_mark = FIXED_AREA;
    stale_top = 0;
    ntbs = 0;
}

/* Unmaps the writable view's pages (their contents stay in the memfd). */
static void trim_rw_view(void)
{
    rw_trim_mark = buf_top;
    if (dual)
        madvise(buf_rw, (buf_top + PAGE - 1) & ~(size_t)(PAGE - 1), MADV_DONTNEED);
}

/* Frees the pages that only held code from before the last flush: the next
 * translations fault in fresh zeroed ones as they go. With the single private mapping
 * MADV_DONTNEED does that; the memfd's pages are freed by MADV_REMOVE (a hole punched in
 * the file, so gone from both views), which wants the shared writable view. */
static void release_stale_code(void)
{
    size_t from = (FIXED_AREA + PAGE - 1) & ~(size_t)(PAGE - 1);
    size_t to = (stale_top + PAGE - 1) & ~(size_t)(PAGE - 1);
    stale_top = 0;
    if (to <= from)
        return;
    if (!dual || madvise(buf_rw + from, to - from, MADV_REMOVE) != 0) {
        madvise(buf_rx + from, to - from, MADV_DONTNEED);
        if (dual)
            madvise(buf_rw + from, to - from, MADV_DONTNEED);
    }
}

uintptr_t jit_buffer_fixed_area(size_t *size)
{
    *size = FIXED_AREA;
    return (uintptr_t)buf_rx;
}

void jit_buffer_write_begin(void)
{
    if (!dual && mprotect(buf_rx, buf_size, PROT_READ | PROT_WRITE) != 0) {
        perror("tern: mprotect of the JIT code buffer");
        abort();
    }
}

void jit_buffer_write_end(void)
{
    if (!dual) {
        if (mprotect(buf_rx, buf_size, PROT_READ | PROT_EXEC) != 0) {
            perror("tern: mprotect of the JIT code buffer");
            abort();
        }
    }
}

bool jit_buffer_reserve(size_t min_bytes, uint8_t **rw, uintptr_t *rx, size_t *avail)
{
    if (stale_top)
        release_stale_code();
    size_t start = (buf_top + 15) & ~(size_t)15;
    if (start + min_bytes > buf_size)
        return false;
    *rw = buf_rw + start;
    *rx = (uintptr_t)(buf_rx + start);
    *avail = buf_size - start;
    return true;
}

void jit_buffer_commit(TranslationBlock *tb, uintptr_t code_rx, size_t total_bytes)
{
    buf_top = (size_t)(code_rx - (uintptr_t)buf_rx) + total_bytes;
    if (ntbs == captbs) {
        captbs = captbs ? captbs * 2 : 4096;
        tbs = realloc(tbs, captbs * sizeof(*tbs));
        if (!tbs)
            tcg_internal_error("JIT: out of memory");
    }
    tbs[ntbs++] = tb;
    if (buf_top - rw_trim_mark >= RW_TRIM_STEP)
        trim_rw_view();
}

void jit_buffer_release(TranslationBlock *tb)
{
    /* Only the newest TB gives its space back; the rest waits for the next flush. */
    if (tb->code && ntbs && tbs[ntbs - 1] == tb) {
        ntbs--;
        buf_top = (size_t)((uintptr_t)jit_tb_header(tb->code) - (uintptr_t)buf_rx);
    }
    tb->code = NULL;
}

void jit_buffer_flush(void)
{
    if (buf_top > stale_top)
        stale_top = buf_top;
    buf_top = FIXED_AREA;
    rw_trim_mark = FIXED_AREA;
    ntbs = 0;
}

TranslationBlock *const *jit_buffer_tbs(size_t *n)
{
    *n = ntbs;
    return tbs;
}

TranslationBlock *jit_buffer_find_tb(uintptr_t host_pc)
{
    if (host_pc < (uintptr_t)buf_rx || host_pc >= (uintptr_t)buf_rx + buf_size)
        return NULL;
    size_t lo = 0, hi = ntbs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)tbs[mid]->code < host_pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* tbs[lo - 1] is the last TB starting before host_pc (a return address is never
     * a TB's first byte). */
    if (lo == 0)
        return NULL;
    TranslationBlock *tb = tbs[lo - 1];
    const JitTBHeader *h = jit_tb_header(tb->code);
    if (host_pc > (uintptr_t)tb->code + h->hot_size + h->cold_size)
        return NULL;
    return tb;
}

/* ---- restore tables: per insn, the deltas of (host offset, word 0, word 1) as
 * LEB128 numbers, so a typical insn costs 3-4 bytes. ---- */

static size_t put_uleb(uint8_t *out, size_t at, size_t cap, uint64_t v)
{
    do {
        uint8_t b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        if (at < cap)
            out[at] = b;
        at++;
    } while (v);
    return at;
}

size_t jit_put_sleb(uint8_t *out, size_t at, size_t cap, int64_t v)
{
    bool more = true;
    while (more) {
        uint8_t b = v & 0x7f;
        v >>= 7; /* arithmetic shift on the hosts we build for */
        more = !((v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40)));
        if (more)
            b |= 0x80;
        if (at < cap)
            out[at] = b;
        at++;
    }
    return at;
}

static uint64_t get_uleb(const uint8_t **p)
{
    uint64_t v = 0;
    unsigned sh = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        if (sh < 64)
            v |= (uint64_t)(b & 0x7f) << sh;
        sh += 7;
    } while (b & 0x80);
    return v;
}

int64_t jit_get_sleb(const uint8_t **p)
{
    uint64_t v = 0;
    unsigned sh = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        if (sh < 64)
            v |= (uint64_t)(b & 0x7f) << sh;
        sh += 7;
    } while (b & 0x80);
    if (sh < 64 && (b & 0x40))
        v |= ~0ull << sh;
    return (int64_t)v;
}

size_t jit_table_encode(const JitInsn *insns, uint32_t n, uint8_t *out, size_t cap)
{
    size_t at = 0;
    uint64_t prev_off = 0, prev[TCG_INSN_START_WORDS] = { 0 };
    for (uint32_t i = 0; i < n; i++) {
        at = put_uleb(out, at, cap, insns[i].host_off - prev_off);
        prev_off = insns[i].host_off;
        for (unsigned k = 0; k < TCG_INSN_START_WORDS; k++) {
            at = jit_put_sleb(out, at, cap, (int64_t)(insns[i].data[k] - prev[k]));
            prev[k] = insns[i].data[k];
        }
    }
    return at;
}

size_t jit_table_size(const uint8_t *table, uint32_t n)
{
    const uint8_t *p = table;
    for (uint32_t i = 0; i < n; i++) {
        get_uleb(&p);
        for (unsigned k = 0; k < TCG_INSN_START_WORDS; k++)
            jit_get_sleb(&p);
    }
    return (size_t)(p - table);
}

bool jit_table_lookup(const uint8_t *table, uint32_t n, uint32_t host_off,
                      uint64_t data[TCG_INSN_START_WORDS], uint32_t *index)
{
    const uint8_t *p = table;
    uint64_t off = 0, cur[TCG_INSN_START_WORDS] = { 0 };
    bool found = false;
    uint32_t at = 0;
    for (uint32_t i = 0; i < n; i++) {
        off += get_uleb(&p);
        uint64_t next[TCG_INSN_START_WORDS];
        for (unsigned k = 0; k < TCG_INSN_START_WORDS; k++)
            next[k] = cur[k] + (uint64_t)jit_get_sleb(&p);
        /* host_off is a return address: the insn whose code holds the byte before it. */
        if (off >= host_off)
            break;
        memcpy(cur, next, sizeof(cur));
        found = true;
        at = i;
    }
    if (found) {
        memcpy(data, cur, sizeof(cur));
        if (index)
            *index = at;
    }
    return found;
}
