/* The gdb stub's packets: queries (qSupported, qXfer target description, threads),
 * registers (g G p P), memory by guest linear address through the guest's page tables
 * (m M X), breakpoints and watchpoints (Z z), run control (c C s S vCont D k) and
 * monitor commands (qRcmd). Every field is parsed strictly: a malformed packet gets an
 * error reply (E01 bad syntax, E14 bad address, E22 bad value), an unknown one the empty
 * reply, and nothing a peer sends can make the stub read or write out of bounds. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec.h"
#include "machine/gdbstub_internal.h"
#include "machine/memory.h"
#include "tcg/log.h"
#include "tcg/tb.h"
#include "tcg/tlb.h"

static const char hexdig[] = "0123456789abcdef";

int gdb_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void gdb_hex_encode(char *out, const uint8_t *in, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        out[2 * i] = hexdig[in[i] >> 4];
        out[2 * i + 1] = hexdig[in[i] & 15];
    }
    out[2 * len] = 0;
}

/* 1 to 16 hex digits at *p; *p moves past them. */
static bool parse_hex(const char **p, uint64_t *v)
{
    uint64_t x = 0;
    int n = 0, d;
    while ((d = gdb_hexval((unsigned char)**p)) >= 0) {
        if (++n > 16)
            return false;
        x = x << 4 | (uint64_t)d;
        (*p)++;
    }
    *v = x;
    return n > 0;
}

/* Decodes exactly n bytes of hex at p into out. */
static bool hex_decode(const char *p, size_t avail, uint8_t *out, size_t n)
{
    if (avail < 2 * n)
        return false;
    for (size_t i = 0; i < n; i++) {
        int h = gdb_hexval((unsigned char)p[2 * i]), l = gdb_hexval((unsigned char)p[2 * i + 1]);
        if (h < 0 || l < 0)
            return false;
        out[i] = (uint8_t)(h << 4 | l);
    }
    return true;
}

/* A thread id: 1 (the CPU), 0 (any) or -1 (all). */
static bool thread_ok(const char *p, bool allow_all)
{
    if (!strcmp(p, "-1"))
        return allow_all;
    uint64_t t;
    const char *q = p;
    return parse_hex(&q, &t) && !*q && (t == 1 || t == 0);
}

/* ---- guest memory by linear address ---- */

static uint64_t linear_wrap(const CPUX86State *env, uint64_t a)
{
    return (env->hflags & HF_LMA_MASK) ? a : (uint32_t)a;
}

/* Copies up to len bytes at linear addr from RAM/ROM (devices are not read: their
 * registers can have side effects); returns how many from the start were readable. */
static size_t mem_read(GdbStub *g, uint64_t addr, uint8_t *buf, size_t len)
{
    CPUX86State *env = g->env;
    size_t n = 0;
    while (n < len) {
        uint64_t lin = linear_wrap(env, addr + n), phys;
        if (!x86_debug_phys(env, lin, &phys))
            break;
        size_t chunk = TCG_PAGE_SIZE - (lin & ~TCG_PAGE_MASK);
        if (chunk > len - n)
            chunk = len - n;
        MemLookup l = as_lookup(env->as, phys);
        if (!l.mr || l.mr->kind == MR_MMIO || !l.avail)
            break;
        if (l.avail < chunk)
            chunk = (size_t)l.avail;
        memcpy(buf + n, l.mr->host + l.offset, chunk);
        n += chunk;
    }
    return n;
}

/* Writes len bytes at linear addr into RAM, all or nothing; translated code on those
 * bytes is invalidated, as a guest store would. */
static bool mem_write(GdbStub *g, uint64_t addr, const uint8_t *buf, size_t len)
{
    CPUX86State *env = g->env;
    for (int pass = 0; pass < 2; pass++) {
        size_t n = 0;
        while (n < len) {
            uint64_t lin = linear_wrap(env, addr + n), phys;
            if (!x86_debug_phys(env, lin, &phys))
                return false;
            size_t chunk = TCG_PAGE_SIZE - (lin & ~TCG_PAGE_MASK);
            if (chunk > len - n)
                chunk = len - n;
            MemLookup l = as_lookup(env->as, phys);
            if (!l.mr || l.mr->kind != MR_RAM || !l.avail)
                return false;
            if (l.avail < chunk)
                chunk = (size_t)l.avail;
            if (pass == 1) {
                memcpy(l.mr->host + l.offset, buf + n, chunk);
                tb_invalidate_phys_range(phys, phys + chunk);
            }
            n += chunk;
        }
    }
    return true;
}

/* ---- packets ---- */

static void reply_error(GdbStub *g, int code)
{
    char buf[8];
    snprintf(buf, sizeof(buf), "E%02x", code & 0xff);
    gdb_send_str(g, buf);
}

enum { E_SYNTAX = 0x01, E_FAULT = 0x14, E_INVAL = 0x22 };

#define MAX_MEM_XFER ((GDB_PACKET_SIZE - 16) / 2)

static void cmd_read_regs(GdbStub *g)
{
    static char out[GDB_PACKET_SIZE];
    uint8_t v[16];
    size_t n = 0;
    for (unsigned i = 0; i < gdb_nb_regs(g); i++) {
        size_t sz = gdb_read_reg(g, i, v);
        if (n + 2 * sz + 1 > sizeof(out))
            break;
        gdb_hex_encode(out + n, v, sz);
        n += 2 * sz;
    }
    gdb_send(g, out, n);
}

static void cmd_write_regs(GdbStub *g, const char *p, size_t len)
{
    uint8_t v[16];
    size_t need = 0;
    for (unsigned i = 0; i < gdb_nb_regs(g); i++)
        need += 2 * gdb_read_reg(g, i, v);
    if (len != need) {
        reply_error(g, E_SYNTAX);
        return;
    }
    for (size_t i = 0; i < len; i++)
        if (gdb_hexval((unsigned char)p[i]) < 0) {
            reply_error(g, E_SYNTAX);
            return;
        }
    bool ok = true;
    for (unsigned i = 0; i < gdb_nb_regs(g); i++) {
        size_t sz = gdb_read_reg(g, i, v);
        hex_decode(p, 2 * sz, v, sz);
        ok &= gdb_write_reg(g, i, v, sz);
        p += 2 * sz;
    }
    if (ok)
        gdb_send_str(g, "OK");
    else
        reply_error(g, E_INVAL);
}

static void cmd_read_reg(GdbStub *g, const char *p)
{
    uint64_t n;
    uint8_t v[16];
    char out[40];
    size_t sz;
    if (!parse_hex(&p, &n) || *p) {
        reply_error(g, E_SYNTAX);
        return;
    }
    if (n >= gdb_nb_regs(g) || !(sz = gdb_read_reg(g, (unsigned)n, v))) {
        reply_error(g, E_INVAL);
        return;
    }
    gdb_hex_encode(out, v, sz);
    gdb_send_str(g, out);
}

static void cmd_write_reg(GdbStub *g, const char *p, size_t len)
{
    const char *start = p;
    uint64_t n;
    uint8_t v[16], cur[16];
    if (!parse_hex(&p, &n) || *p != '=') {
        reply_error(g, E_SYNTAX);
        return;
    }
    p++;
    size_t hexlen = len - (size_t)(p - start);
    size_t sz = n < gdb_nb_regs(g) ? gdb_read_reg(g, (unsigned)n, cur) : 0;
    if (!sz) {
        reply_error(g, E_INVAL);
        return;
    }
    if (hexlen != 2 * sz || !hex_decode(p, hexlen, v, sz)) {
        reply_error(g, E_SYNTAX);
        return;
    }
    if (gdb_write_reg(g, (unsigned)n, v, sz))
        gdb_send_str(g, "OK");
    else
        reply_error(g, E_INVAL);
}

/* "ADDR,LEN" then end or ':' */
static bool parse_addr_len(const char **p, uint64_t *addr, uint64_t *len)
{
    return parse_hex(p, addr) && *(*p)++ == ',' && parse_hex(p, len);
}

static void cmd_read_mem(GdbStub *g, const char *p)
{
    static uint8_t buf[MAX_MEM_XFER];
    static char out[2 * MAX_MEM_XFER + 1];
    uint64_t addr, len;
    if (!parse_addr_len(&p, &addr, &len) || *p) {
        reply_error(g, E_SYNTAX);
        return;
    }
    if (len > MAX_MEM_XFER)
        len = MAX_MEM_XFER; /* a short answer is allowed; gdb asks for the rest */
    size_t n = mem_read(g, addr, buf, (size_t)len);
    if (len && !n) {
        reply_error(g, E_FAULT);
        return;
    }
    gdb_hex_encode(out, buf, n);
    gdb_send(g, out, 2 * n);
}

static void cmd_write_mem(GdbStub *g, const char *p, size_t total, bool binary)
{
    static uint8_t buf[GDB_PACKET_SIZE];
    const char *start = p - 1;
    uint64_t addr, len;
    if (!parse_addr_len(&p, &addr, &len) || *p++ != ':') {
        reply_error(g, E_SYNTAX);
        return;
    }
    size_t avail = total - (size_t)(p - start);
    size_t n = 0;
    if (binary) {
        for (size_t i = 0; i < avail; i++) {
            uint8_t c = (uint8_t)p[i];
            if (c == '}') {
                if (++i == avail) {
                    reply_error(g, E_SYNTAX);
                    return;
                }
                c = (uint8_t)p[i] ^ 0x20;
            }
            if (n == sizeof(buf)) {
                reply_error(g, E_SYNTAX);
                return;
            }
            buf[n++] = c;
        }
        if (n != len) {
            reply_error(g, E_SYNTAX);
            return;
        }
    } else {
        if (len > sizeof(buf) || avail != 2 * len || !hex_decode(p, avail, buf, (size_t)len)) {
            reply_error(g, E_SYNTAX);
            return;
        }
        n = (size_t)len;
    }
    if (n && !mem_write(g, addr, buf, n)) {
        reply_error(g, E_FAULT);
        return;
    }
    gdb_send_str(g, "OK");
}

static void cmd_breakpoint(GdbStub *g, const char *p, bool insert)
{
    uint64_t type, addr, kind;
    if (!parse_hex(&p, &type) || *p++ != ',' || !parse_addr_len(&p, &addr, &kind) ||
        (*p && *p != ';')) {
        reply_error(g, E_SYNTAX);
        return;
    }
    CPUX86State *env = g->env;
    bool ok;
    switch (type) {
    case 0:
    case 1:
        ok = insert ? x86_breakpoint_insert(env, addr, type == 0 ? X86_BP_SW : X86_BP_HW)
                    : (x86_breakpoint_remove(env, addr, type == 0 ? X86_BP_SW : X86_BP_HW),
                       true);
        break;
    case 2:
    case 3:
    case 4: {
        int wt = type == 2 ? X86_WATCH_WRITE : type == 3 ? X86_WATCH_READ : X86_WATCH_ACCESS;
        ok = insert ? x86_watchpoint_insert(env, addr, kind, wt)
                    : (x86_watchpoint_remove(env, addr, kind, wt), true);
        break;
    }
    default:
        gdb_send_str(g, ""); /* not supported */
        return;
    }
    if (ok)
        gdb_send_str(g, "OK");
    else
        reply_error(g, E_INVAL);
}

/* c/s [ADDR] and C/S SIG[;ADDR]: the optional address is the new pc (as gdb shows it). */
static GdbRunAction cmd_resume(GdbStub *g, const char *p, bool with_signal, GdbRunAction a)
{
    uint64_t v;
    if (with_signal) {
        if (!parse_hex(&p, &v) || v > 0xff || (*p && *p != ';')) {
            reply_error(g, E_SYNTAX);
            return GDB_RUN_NONE;
        }
        if (*p)
            p++;
        else
            return a;
    }
    if (*p) {
        uint8_t pc[8];
        if (!parse_hex(&p, &v) || *p) {
            reply_error(g, E_SYNTAX);
            return GDB_RUN_NONE;
        }
        unsigned pcreg = g->layout == GDB_LAYOUT_X86_64 ? 16 : 8;
        size_t sz = gdb_read_reg(g, pcreg, pc);
        for (size_t i = 0; i < sz; i++)
            pc[i] = (uint8_t)(v >> (8 * i));
        gdb_write_reg(g, pcreg, pc, sz);
    }
    return a;
}

/* vCont;ACTION[:THREAD][;ACTION[:THREAD]]...: the first action that applies to thread 1
 * (named, or no thread given, or -1). */
static GdbRunAction cmd_vcont(GdbStub *g, const char *p)
{
    while (*p == ';') {
        p++;
        char act = *p++;
        uint64_t sig;
        if (act == 'C' || act == 'S') {
            if (!parse_hex(&p, &sig) || sig > 0xff) {
                reply_error(g, E_SYNTAX);
                return GDB_RUN_NONE;
            }
        } else if (act != 'c' && act != 's') {
            reply_error(g, E_SYNTAX);
            return GDB_RUN_NONE;
        }
        bool applies = true;
        if (*p == ':') {
            char tid[24];
            size_t n = strcspn(++p, ";");
            if (n == 0 || n >= sizeof(tid)) {
                reply_error(g, E_SYNTAX);
                return GDB_RUN_NONE;
            }
            memcpy(tid, p, n);
            tid[n] = 0;
            p += n;
            applies = thread_ok(tid, true);
        }
        if (*p && *p != ';') {
            reply_error(g, E_SYNTAX);
            return GDB_RUN_NONE;
        }
        if (applies)
            return act == 'c' || act == 'C' ? GDB_RUN_CONTINUE : GDB_RUN_STEP;
    }
    reply_error(g, E_SYNTAX);
    return GDB_RUN_NONE;
}

static void cmd_xfer_features(GdbStub *g, const char *p)
{
    static const char pre[] = "target.xml:";
    if (strncmp(p, pre, sizeof(pre) - 1)) {
        reply_error(g, 0); /* E00: no such annex */
        return;
    }
    p += sizeof(pre) - 1;
    uint64_t off, len;
    if (!parse_addr_len(&p, &off, &len) || *p) {
        reply_error(g, E_SYNTAX);
        return;
    }
    if (off == 0 || !g->layout_chosen)
        gdb_choose_layout(g); /* a fresh read follows the CPU's current mode */
    size_t total;
    const char *xml = gdb_target_xml(g, &total);
    static char out[GDB_PACKET_SIZE];
    if (len > GDB_PACKET_SIZE / 2 - 8)
        len = GDB_PACKET_SIZE / 2 - 8; /* room for escapes */
    if (off >= total) {
        gdb_send_str(g, "l");
        return;
    }
    size_t n = total - (size_t)off < len ? total - (size_t)off : (size_t)len;
    out[0] = (size_t)off + n >= total ? 'l' : 'm';
    memcpy(out + 1, xml + off, n);
    gdb_send_binary(g, out, n + 1);
}

/* ---- monitor ---- */

typedef struct MonOut {
    GdbStub *g;
} MonOut;

static void mon_line(void *ctx, const char *line)
{
    MonOut *m = ctx;
    char buf[2 * 512 + 2];
    size_t n = strlen(line);
    if (n > 510)
        n = 510;
    uint8_t text[512];
    memcpy(text, line, n);
    text[n++] = '\n';
    buf[0] = 'O';
    gdb_hex_encode(buf + 1, text, n);
    gdb_send(m->g, buf, 1 + 2 * n);
}

static void mon_printf(MonOut *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void mon_printf(MonOut *m, const char *fmt, ...)
{
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    mon_line(m, line);
}

static void mon_info_tlb(MonOut *m, CPUX86State *env)
{
    static const char *const names[NB_MMU_MODES] = { "kernel", "user", "phys" };
    unsigned shown = 0;
    for (int mi = 0; mi < NB_MMU_MODES; mi++) {
        for (unsigned i = 0; i < TCG_TLB_SIZE; i++) {
            const TCGTLBEntry *e = &env->tlb[mi].e[i];
            uint64_t tag = e->addr_read != TLB_INVALID ? e->addr_read : e->addr_write;
            if (tag & TLB_INVALID)
                continue;
            mon_printf(m, "%-6s %08" PRIx64 " -> %08" PRIx64 " %s%s%s", names[mi],
                       (uint64_t)(tag & TCG_PAGE_MASK), (uint64_t)env->tlb_phys[mi][i],
                       e->addr_read & TLB_INVALID ? "-" : "r",
                       e->addr_write & TLB_INVALID ? "-" : "w",
                       (tag & TLB_MMIO) ? " mmio" : (e->addr_write & TLB_NOTDIRTY) ? " code" : "");
            shown++;
        }
    }
    if (!shown)
        mon_line(m, "the TLB is empty");
}

static void cmd_monitor(GdbStub *g, const char *hex)
{
    char cmd[256];
    size_t n = strlen(hex);
    if (n % 2 || n / 2 >= sizeof(cmd) || !hex_decode(hex, n, (uint8_t *)cmd, n / 2)) {
        reply_error(g, E_SYNTAX);
        return;
    }
    size_t cl = n / 2;
    cmd[cl] = 0;
    for (size_t i = 0; i < cl; i++)
        if (cmd[i] == 0 || cmd[i] == '\n' || cmd[i] == '\r' || cmd[i] == '\t')
            cmd[i] = ' ';
    while (cl && cmd[cl - 1] == ' ')
        cmd[--cl] = 0;
    MonOut m = { g };
    CPUX86State *env = g->env;
    char *arg;
    if (!strcmp(cmd, "help") || !cmd[0]) {
        mon_line(&m, "info registers       CPU state");
        mon_line(&m, "info mode            the CPU's mode and the register layout gdb has");
        mon_line(&m, "layout [auto|x86-64|i386|i8086]");
        mon_line(&m, "                     the target description of the next connection "
                     "(auto: x86-64 on a CPU with long mode)");
        mon_line(&m, "info icount          instructions retired so far");
        mon_line(&m, "info tlb             the soft-TLB's valid entries");
        mon_line(&m, "until-icount N       the next continue stops when N instructions have "
                     "retired");
        mon_line(&m, "log ITEMS            set the -d log items (log help lists them)");
        if (g->monitor_hook)
            g->monitor_hook(g->monitor_opaque, "help", mon_line, &m);
    } else if (!strcmp(cmd, "info registers")) {
        gdb_dump_registers(g, mon_line, &m);
    } else if (!strcmp(cmd, "info mode")) {
        char mode[128];
        gdb_describe_mode(env, mode, sizeof(mode));
        mon_line(&m, mode);
        mon_printf(&m, "gdb layout: %s (%s registers)", g->tdesc_arch,
                   g->layout == GDB_LAYOUT_X86_64 ? "64-bit" : "32-bit");
        bool code16 = !(env->cr[0] & CR0_PE) || (env->eflags & VM_MASK) ||
                      !(env->hflags & (HF_CS32_MASK | HF_CODE64_MASK));
        bool code64 = (env->hflags & HF_CODE64_MASK) != 0;
        /* gdb takes the architecture from the target description: 'set architecture'
         * does not change how it disassembles (gdb 13); a reconnection does. */
        if (code16 && strcmp(g->tdesc_arch, "i8086"))
            mon_printf(&m, "gdb disassembles this 16-bit code as %s code: 'monitor layout "
                       "i8086', then reconnect, for 16-bit disassembly",
                       g->layout == GDB_LAYOUT_X86_64 ? "64-bit" : "32-bit");
        else if (!code16 && !code64 && strcmp(g->tdesc_arch, "i386"))
            mon_printf(&m, "gdb disassembles this 32-bit code as %s code: 'monitor layout "
                       "i386', then reconnect, for 32-bit disassembly",
                       g->layout == GDB_LAYOUT_X86_64 ? "64-bit" : "16-bit");
        else if (code64 && g->layout != GDB_LAYOUT_X86_64)
            mon_line(&m, "gdb sees only the low halves of the 64-bit registers: 'monitor "
                         "layout auto' (or x86-64), then reconnect");
    } else if (!strcmp(cmd, "layout") || !strncmp(cmd, "layout ", 7)) {
        static const char *const names[] = { "auto", "i8086", "i386", "x86-64" };
        const char *want = cmd[6] ? cmd + 7 : "";
        int pick = -1;
        for (int i = 0; i < 4; i++)
            if (!strcmp(want, names[i]))
                pick = i;
        if (!*want) {
            mon_printf(&m, "this connection: %s; the next one: %s", g->tdesc_arch,
                       names[g->arch_choice]);
        } else if (pick < 0) {
            mon_printf(&m, "layout: '%.32s' is not one of auto, x86-64, i386, i8086", want);
        } else {
            g->arch_choice = (GdbArchChoice)pick;
            g->hold_on_hangup = true;
            mon_printf(&m, "the next connection gets the %s description; the CPU stays "
                       "stopped until it: 'disconnect', then 'target remote' again",
                       names[pick]);
        }
    } else if (!strcmp(cmd, "info icount")) {
        mon_printf(&m, "icount %" PRIu64, x86_icount(env));
    } else if (!strcmp(cmd, "info tlb")) {
        mon_info_tlb(&m, env);
    } else if (!strncmp(cmd, "until-icount ", 13)) {
        arg = cmd + 13;
        char *end;
        unsigned long long v = strtoull(arg, &end, 0);
        if (!*arg || *end || arg[0] == '-') {
            mon_line(&m, "until-icount: give a number of instructions");
        } else if (v <= x86_icount(env)) {
            mon_printf(&m, "until-icount: %llu instructions have already retired (%" PRIu64
                       ")", v, x86_icount(env));
        } else {
            x86_cpu_debug_stop_at_icount(env, v);
            mon_printf(&m, "the next continue stops at icount %llu", v);
        }
    } else if (!strncmp(cmd, "log ", 4)) {
        unsigned mask;
        char err[128];
        if (!strcmp(cmd + 4, "help")) {
            mon_line(&m, "items: in_asm op op_opt out_asm exec cpu int unimp mmu tb stats "
                         "guest_errors nochain, or none");
        } else if (!strcmp(cmd + 4, "none")) {
            tern_log_mask = 0;
        } else if (tern_log_parse(cmd + 4, &mask, err, sizeof(err))) {
            tern_log_mask = mask;
        } else {
            mon_line(&m, err);
        }
    } else if (!g->monitor_hook || !g->monitor_hook(g->monitor_opaque, cmd, mon_line, &m)) {
        mon_printf(&m, "unknown command '%.64s' (try 'monitor help')", cmd);
    }
    gdb_send_str(g, "OK");
}

static void cmd_query(GdbStub *g, char *p)
{
    if (!strncmp(p, "qSupported", 10)) {
        char buf[160];
        snprintf(buf, sizeof(buf), "PacketSize=%x;qXfer:features:read+;swbreak+;hwbreak+;"
                 "QStartNoAckMode+;vContSupported+", GDB_PACKET_SIZE);
        gdb_send_str(g, buf);
    } else if (!strncmp(p, "qXfer:features:read:", 20)) {
        cmd_xfer_features(g, p + 20);
    } else if (!strcmp(p, "qAttached") || !strncmp(p, "qAttached:", 10)) {
        gdb_send_str(g, "1"); /* attached to a running machine: quitting gdb detaches */
    } else if (!strcmp(p, "qC")) {
        gdb_send_str(g, "QC1");
    } else if (!strcmp(p, "qfThreadInfo")) {
        gdb_send_str(g, "m1");
    } else if (!strcmp(p, "qsThreadInfo")) {
        gdb_send_str(g, "l");
    } else if (!strncmp(p, "qThreadExtraInfo,", 17)) {
        if (!thread_ok(p + 17, false)) {
            reply_error(g, E_INVAL);
            return;
        }
        const char *s = g->env->halted ? "CPU#0 [halted]" : "CPU#0 [running]";
        char out[64];
        gdb_hex_encode(out, (const uint8_t *)s, strlen(s));
        gdb_send_str(g, out);
    } else if (!strncmp(p, "qRcmd,", 6)) {
        cmd_monitor(g, p + 6);
    } else if (!strncmp(p, "qSymbol", 7)) {
        gdb_send_str(g, "OK");
    } else {
        gdb_send_str(g, "");
    }
}

GdbRunAction gdb_handle_packet(GdbStub *g, char *pkt, size_t len)
{
    if (!g->layout_chosen)
        gdb_choose_layout(g);
    char *p = pkt + 1;
    switch (len ? pkt[0] : 0) {
    case '?':
        gdb_send_stop_reply(g);
        return GDB_RUN_NONE;
    case 'g':
        if (len == 1)
            cmd_read_regs(g);
        else
            reply_error(g, E_SYNTAX);
        return GDB_RUN_NONE;
    case 'G':
        cmd_write_regs(g, p, len - 1);
        return GDB_RUN_NONE;
    case 'p':
        cmd_read_reg(g, p);
        return GDB_RUN_NONE;
    case 'P':
        cmd_write_reg(g, p, len - 1);
        return GDB_RUN_NONE;
    case 'm':
        cmd_read_mem(g, p);
        return GDB_RUN_NONE;
    case 'M':
        cmd_write_mem(g, p, len, false);
        return GDB_RUN_NONE;
    case 'X':
        cmd_write_mem(g, p, len, true);
        return GDB_RUN_NONE;
    case 'Z':
    case 'z':
        cmd_breakpoint(g, p, pkt[0] == 'Z');
        return GDB_RUN_NONE;
    case 'c':
        return cmd_resume(g, p, false, GDB_RUN_CONTINUE);
    case 'C':
        return cmd_resume(g, p, true, GDB_RUN_CONTINUE);
    case 's':
        return cmd_resume(g, p, false, GDB_RUN_STEP);
    case 'S':
        return cmd_resume(g, p, true, GDB_RUN_STEP);
    case 'D':
        if (len == 1 || pkt[1] == ';') {
            gdb_send_str(g, "OK");
            return GDB_RUN_DETACH;
        }
        reply_error(g, E_SYNTAX);
        return GDB_RUN_NONE;
    case 'k':
        return GDB_RUN_KILL;
    case 'H':
        if (len >= 2 && (pkt[1] == 'g' || pkt[1] == 'c') && thread_ok(pkt + 2, true))
            gdb_send_str(g, "OK");
        else
            reply_error(g, E_SYNTAX);
        return GDB_RUN_NONE;
    case 'T':
        if (thread_ok(p, false))
            gdb_send_str(g, "OK");
        else
            reply_error(g, E_INVAL);
        return GDB_RUN_NONE;
    case 'q':
        cmd_query(g, pkt);
        return GDB_RUN_NONE;
    case 'Q':
        if (!strcmp(pkt, "QStartNoAckMode")) {
            gdb_send_str(g, "OK");
            g->no_ack = true;
        } else {
            gdb_send_str(g, "");
        }
        return GDB_RUN_NONE;
    case 'v':
        if (!strcmp(pkt, "vCont?")) {
            gdb_send_str(g, "vCont;c;C;s;S");
        } else if (!strncmp(pkt, "vCont;", 6)) {
            return cmd_vcont(g, pkt + 5);
        } else if (!strncmp(pkt, "vKill", 5)) {
            gdb_send_str(g, "OK");
            return GDB_RUN_KILL;
        } else {
            gdb_send_str(g, "");
        }
        return GDB_RUN_NONE;
    default:
        gdb_send_str(g, "");
        return GDB_RUN_NONE;
    }
}
