/* Unit tests for the gdb stub's protocol engine (machine/gdbstub*.c) without a running
 * guest: packets are fed through gdbstub_test_feed to a stopped CPU in real mode and the
 * bytes the stub sends back are checked: framing and acks, the target descriptions (the
 * x86-64 layout whatever the mode on the default CPU model, which has long mode; the
 * 32-bit i8086/i386 one on a model without it), registers (the pc is the linear address
 * in real mode; 32-bit registers zero-extended outside 64-bit mode), memory by linear
 * address, breakpoint and watchpoint tables, monitor output, and a long run of random and
 * malformed packets where every complete packet must get exactly one reply. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cpu/exec.h"
#include "cpu/misc_helper.h"
#include "machine/gdbstub.h"
#include "machine/memory.h"

static AddressSpace *as;
static CPUX86State *env;
static GdbStub *stub;
static char out[1 << 20];
static size_t out_len;

static void setup(void)
{
    as = as_new();
    ck_assert_ptr_nonnull(as_add_ram(as, "ram", 0, 1 << 20));
    env = calloc(1, sizeof(*env));
    x86_cpu_init(env, as);
    x86_cpu_reset(env);
    char err[128];
    stub = gdbstub_open("tcp:127.0.0.1:0", err, sizeof(err));
    ck_assert_msg(stub != NULL, "gdbstub_open: %s", err);
}

static void teardown(void)
{
    x86_debug_remove_all(env);
    gdbstub_close(stub);
    free(env);
    as_free(as);
}

static void feed_raw(const char *bytes, size_t len)
{
    out_len = gdbstub_test_feed(stub, env, bytes, len, out, sizeof(out) - 1);
    out[out_len] = 0;
}

/* Sends "$payload#cs" and returns the payload of the first reply packet (acks before
 * it skipped) in a static buffer; *count gets the number of reply packets. */
static const char *feed(const char *payload, int *count)
{
    static char frame[70000], reply[1 << 16];
    unsigned sum = 0;
    size_t n = strlen(payload);
    for (size_t i = 0; i < n; i++)
        sum += (unsigned char)payload[i];
    snprintf(frame, sizeof(frame), "$%s#%02x", payload, sum & 0xff);
    feed_raw(frame, strlen(frame));
    int c = 0;
    reply[0] = 0;
    for (char *p = out; (p = strchr(p, '$')) != NULL; p++) {
        char *h = strchr(p, '#');
        ck_assert_msg(h && h[1] && h[2], "reply not framed: %s", out);
        if (c++ == 0) {
            size_t len = (size_t)(h - p - 1);
            memcpy(reply, p + 1, len);
            reply[len] = 0;
        }
        p = h;
    }
    if (count)
        *count = c;
    return reply;
}

START_TEST(test_supported_and_stop)
{
    int c;
    const char *r = feed("qSupported:multiprocess+;swbreak+", &c);
    ck_assert_int_eq(c, 1);
    ck_assert_msg(strstr(r, "PacketSize=4000") && strstr(r, "qXfer:features:read+") &&
                  strstr(r, "swbreak+") && strstr(r, "hwbreak+"), "qSupported: %s", r);
    ck_assert_msg(out[0] == '+', "the packet is acknowledged first: %s", out);
    ck_assert_str_eq(feed("?", NULL), "T05thread:01;");
    ck_assert_str_eq(feed("qC", NULL), "QC1");
    ck_assert_str_eq(feed("qfThreadInfo", NULL), "m1");
    ck_assert_str_eq(feed("qsThreadInfo", NULL), "l");
    ck_assert_str_eq(feed("qAttached", NULL), "1");
    ck_assert_str_eq(feed("Hg0", NULL), "OK");
    ck_assert_str_eq(feed("T1", NULL), "OK");
    ck_assert_str_eq(feed("T2", NULL), "E22");
    ck_assert_str_eq(feed("vCont?", NULL), "vCont;c;C;s;S");
    ck_assert_str_eq(feed("qNoSuchThing", NULL), "");
}
END_TEST

/* The whole target description, read in 0x200-byte pieces as gdb does. */
static const char *read_target_xml(void)
{
    static char xml[65536];
    size_t n = 0;
    for (int i = 0; i < 64; i++) {
        char q[80];
        snprintf(q, sizeof(q), "qXfer:features:read:target.xml:%zx,200", n);
        const char *r = feed(q, NULL);
        ck_assert_msg(r[0] == 'm' || r[0] == 'l', "qXfer reply %s", r);
        /* the description has none of the bytes that would need escaping */
        ck_assert_ptr_null(strchr(r, '}'));
        memcpy(xml + n, r + 1, strlen(r + 1));
        n += strlen(r + 1);
        if (r[0] == 'l')
            break;
    }
    xml[n] = 0;
    ck_assert_msg(!strncmp(xml, "<?xml", 5), "%s", xml);
    ck_assert_msg(strstr(xml, "</target>") == xml + n - 9, "ends with </target>");
    return xml;
}

/* The default CPU model has long mode: the x86-64 description from the reset state on. */
START_TEST(test_target_xml)
{
    ck_assert(env->cpuid_ext2_features & CPUID_EXT2_LM);
    const char *xml = read_target_xml();
    ck_assert_ptr_nonnull(strstr(xml, "<architecture>i386:x86-64</architecture>"));
    ck_assert_ptr_nonnull(strstr(xml, "org.gnu.gdb.i386.core"));
    ck_assert_ptr_nonnull(strstr(xml, "org.gnu.gdb.i386.sse"));
    ck_assert_ptr_nonnull(strstr(xml, "<feature name=\"org.gnu.gdb.i386.segments\">"
                                      "<reg name=\"fs_base\" bitsize=\"64\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"rip\" bitsize=\"64\" type=\"code_ptr\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"r15\" bitsize=\"64\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"xmm15\" bitsize=\"128\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"k_gs_base\" bitsize=\"64\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"icount\" bitsize=\"64\""));
    ck_assert_ptr_null(strstr(xml, "\"eip\""));
    ck_assert_str_eq(feed("qXfer:features:read:other.xml:0,100", NULL), "E00");
    ck_assert_str_eq(feed("qXfer:features:read:target.xml:zz,100", NULL), "E01");
    ck_assert_str_eq(feed("qXfer:features:read:target.xml:ffffffffff,10", NULL), "l");
}
END_TEST

/* A CPU model without long mode: the 32-bit layout, named after the mode at connection. */
START_TEST(test_target_xml_no_long_mode)
{
    x86_cpuid_set_long_mode(env, false);
    const char *xml = read_target_xml();
    ck_assert_ptr_nonnull(strstr(xml, "<architecture>i8086</architecture>"));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"eip\" bitsize=\"32\" type=\"code_ptr\""));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"icount\" bitsize=\"64\""));
    /* Debian's gdb 13.1 fails an assertion on a 32-bit description with fs_base */
    ck_assert_ptr_null(strstr(xml, "org.gnu.gdb.i386.segments"));
    ck_assert_ptr_null(strstr(xml, "rip"));
    /* protected mode with a 32-bit CS: a fresh read names i386 */
    env->cr[0] |= CR0_PE;
    env->hflags |= HF_PE_MASK | HF_CS32_MASK;
    xml = read_target_xml();
    ck_assert_ptr_nonnull(strstr(xml, "<architecture>i386</architecture>"));
    /* 'monitor layout x86-64' fixes the next description */
    int c;
    const char *r = feed("qRcmd,6c61796f7574207838362d3634", &c); /* "layout x86-64" */
    ck_assert_msg(r[0] == 'O' && c == 2, "monitor layout: %s", out);
    xml = read_target_xml();
    ck_assert_ptr_nonnull(strstr(xml, "<architecture>i386:x86-64</architecture>"));
    ck_assert_ptr_nonnull(strstr(xml, "<reg name=\"rip\" bitsize=\"64\""));
}
END_TEST

/* The 32-bit layout (a CPU model without long mode). */
START_TEST(test_registers_i386)
{
    x86_cpuid_set_long_mode(env, false);
    const char *g = feed("g", NULL);
    /* eax..edi, eip, eflags, 6 segs (4 bytes), st0-7 (10), 8 FPU words (4), xmm0-7 (16),
     * mxcsr (4), cr0 cr2 cr3 cr4 (4), efer, icount (8); no fs_base/gs_base in the 32-bit
     * layout (gdb 13.1 asserts on the segments feature there) */
    size_t want = 2 * (16 * 4 + 8 * 10 + 8 * 4 + 8 * 16 + 1 * 4 + 4 * 4 + 2 * 8);
    ck_assert_uint_eq(strlen(g), want);
    /* eip at reset, as gdb sees it in real mode: the linear address FFFFFFF0H */
    ck_assert_msg(!strncmp(g + 8 * 8, "f0ffffff", 8), "eip field: %.8s", g + 64);
    ck_assert_str_eq(feed("p8", NULL), "f0ffffff");
    ck_assert_str_eq(feed("P0=78563412", NULL), "OK");
    ck_assert_uint_eq(env->regs[R_EAX], 0x12345678);
    ck_assert_str_eq(feed("p0", NULL), "78563412");
    /* a real-mode pc write moves EIP within CS (base FFFF0000H at reset) */
    ck_assert_str_eq(feed("P8=00ffffff", NULL), "OK");
    ck_assert_uint_eq(env->eip, 0xff00);
    /* eflags: arithmetic flags are computed lazily; the write makes them exact */
    ck_assert_str_eq(feed("P9=c5000000", NULL), "OK");
    ck_assert_uint_eq(x86_get_eflags(env) & 0xff, 0xc5 | 2);
    /* control registers are read-only; the instruction count too */
    ck_assert_str_eq(feed("P2b=11000000", NULL), "E22");
    ck_assert_str_eq(feed("p1000", NULL), "E22");
    ck_assert_str_eq(feed("pzz", NULL), "E01");
    ck_assert_str_eq(feed("P0=123", NULL), "E01");
    ck_assert_str_eq(feed("P0=zz345678", NULL), "E01");
    ck_assert_str_eq(feed("Gff", NULL), "E01");
    /* x87: st0 is the register at TOP; 1.0 = sig 8000000000000000, se 3fff */
    env->fpu_top = 6;
    env->fpregs[6] = (X86FPReg){ .sig = 0x8000000000000000ull, .se = 0x3fff };
    env->fpregs[7] = (X86FPReg){ .sig = 0, .se = 0 };
    env->fpu_empty = 0x3f; /* R6, R7 in use */
    env->fpu_cw = 0x037f;
    ck_assert_str_eq(feed("p10", NULL), "0000000000000080ff3f"); /* st0 */
    ck_assert_str_eq(feed("p18", NULL), "7f030000");             /* fctrl */
    ck_assert_str_eq(feed("p19", NULL), "00300000");             /* fstat: TOP 6 */
    ck_assert_str_eq(feed("p1a", NULL), "ff4f0000");             /* ftag: R7 zero, R6 valid */
    ck_assert_str_eq(feed("P11=000000000000000000c0", NULL), "OK"); /* st1 = -0.0 */
    ck_assert_uint_eq(env->fpregs[7].se, 0xc000);
    env->xmm[3].q[0] = 0x0706050403020100ull;
    env->xmm[3].q[1] = 0x0f0e0d0c0b0a0908ull;
    env->mxcsr = 0x1f80;
    ck_assert_str_eq(feed("p23", NULL), "000102030405060708090a0b0c0d0e0f");
    ck_assert_str_eq(feed("p28", NULL), "801f0000");
    ck_assert_str_eq(feed("P28=00000100", NULL), "E22"); /* MXCSR reserved bits */
    ck_assert_str_eq(feed("P28=801f0000", NULL), "OK");
    /* G with everything sent back unchanged is accepted */
    static char gpkt[4096];
    snprintf(gpkt, sizeof(gpkt), "G%s", feed("g", NULL));
    ck_assert_str_eq(feed(gpkt, NULL), "OK");
}
END_TEST

/* The x86-64 layout in real mode (the default model at reset): rax rbx rcx rdx rsi rdi
 * rbp rsp r8-r15 rip; the legacy registers and the pc zero-extended. */
START_TEST(test_layout_x86_64_real_mode)
{
    const char *g = feed("g", NULL);
    size_t want = 2 * (16 * 8 + 8 + 4 + 6 * 4 + 8 * 10 + 8 * 4 + 16 * 16 + 4 + 2 * 8 + 8 +
                       4 * 8 + 8 + 8);
    ck_assert_uint_eq(strlen(g), want);
    ck_assert_str_eq(feed("p10", NULL), "f0ffffff00000000"); /* rip: linear FFFFFFF0H */
    env->regs[R_EAX] = 0xdeadbeef12345678ull; /* an upper half left by 64-bit code */
    env->regs[R_EBX] = 0x0000000100000002ull;
    env->regs[8] = 0x1122334455667788ull;
    ck_assert_str_eq(feed("p0", NULL), "7856341200000000");
    g = feed("g", NULL);
    ck_assert_msg(!strncmp(g, "7856341200000000" "0200000000000000", 32), "rax rbx: %.32s", g);
    ck_assert_str_eq(feed("p8", NULL), "8877665544332211"); /* r8 as it is */
    /* writes: what a 32-bit MOV can put there, nothing wider */
    ck_assert_str_eq(feed("P0=efbeadde00000000", NULL), "OK");
    ck_assert_uint_eq(env->regs[R_EAX], 0xdeadbeefull);
    ck_assert_str_eq(feed("P0=0000000001000000", NULL), "E22");
    ck_assert_str_eq(feed("P8=0100000000000080", NULL), "OK");
    ck_assert_uint_eq(env->regs[8], 0x8000000000000001ull);
    /* the pc: within CS (base FFFF0000H at reset), 32 bits */
    ck_assert_str_eq(feed("P10=00ffffff00000000", NULL), "OK");
    ck_assert_uint_eq(env->eip, 0xff00);
    ck_assert_str_eq(feed("P10=00ffffff01000000", NULL), "E22");
    /* eflags and selectors keep 32 bits */
    ck_assert_str_eq(feed("p11", NULL), "02000000");
    ck_assert_str_eq(feed("p12", NULL), "00f00000"); /* cs */
    /* fs_base (57), gs_base (58), k_gs_base (59): canonical values, as WRMSR takes */
    ck_assert_str_eq(feed("P39=0000000000010000", NULL), "OK");
    ck_assert_uint_eq(env->segs[R_FS].base, 0x10000000000ull);
    ck_assert_str_eq(feed("P3a=0000000000800000", NULL), "E22"); /* 0000800000000000 */
    ck_assert_str_eq(feed("P3b=00f0ffffffffffff", NULL), "OK");
    ck_assert_uint_eq(env->kernel_gs_base, 0xfffffffffffff000ull);
    ck_assert_str_eq(feed("p3b", NULL), "00f0ffffffffffff");
    ck_assert_str_eq(feed("p3c", NULL), "1000006000000000"); /* cr0 */
    /* SSE and the count at their x86-64 numbers */
    env->xmm[15].q[0] = 0x0706050403020100ull;
    env->xmm[15].q[1] = 0x0f0e0d0c0b0a0908ull;
    ck_assert_str_eq(feed("p37", NULL), "000102030405060708090a0b0c0d0e0f");
    ck_assert_str_eq(feed("p38", NULL), "801f0000"); /* mxcsr */
    x86_icount_set(env, 0x42);
    ck_assert_str_eq(feed("p41", NULL), "4200000000000000");
    ck_assert_str_eq(feed("p42", NULL), "E22");
    /* G with everything sent back unchanged is accepted */
    static char gpkt[4096];
    snprintf(gpkt, sizeof(gpkt), "G%s", feed("g", NULL));
    ck_assert_str_eq(feed(gpkt, NULL), "OK");
    /* 32-bit protected mode: the same layout, eip zero-extended in rip */
    env->cr[0] |= CR0_PE;
    env->hflags |= HF_PE_MASK | HF_CS32_MASK;
    env->eip = 0xc1000000;
    ck_assert_str_eq(feed("p10", NULL), "000000c100000000");
    ck_assert_uint_eq(strlen(feed("g", NULL)), want);
}
END_TEST

/* In 64-bit mode the registers in full. */
START_TEST(test_layout_x86_64)
{
    env->efer |= EFER_LMA | EFER_LME;
    env->cr[0] |= CR0_PE | CR0_PG;
    env->hflags |= HF_LMA_MASK | HF_CODE64_MASK;
    env->regs[R_EBX] = 0x1122334455667788ull;
    env->eip = 0xffffffff81000000ull;
    const char *g = feed("g", NULL);
    size_t want = 2 * (16 * 8 + 8 + 4 + 6 * 4 + 8 * 10 + 8 * 4 + 16 * 16 + 4 + 2 * 8 + 8 +
                       4 * 8 + 8 + 8);
    ck_assert_uint_eq(strlen(g), want);
    ck_assert_msg(!strncmp(g + 16, "8877665544332211", 16), "rbx is register 1: %.32s", g);
    ck_assert_str_eq(feed("p10", NULL), "00000081ffffffff"); /* rip, register 16 */
    const char *r = feed("qXfer:features:read:target.xml:0,3000", NULL);
    ck_assert_ptr_nonnull(strstr(r, "<architecture>i386:x86-64</architecture>"));
    ck_assert_str_eq(feed("P10=0010000000000000", NULL), "OK");
    ck_assert_uint_eq(env->eip, 0x1000);
    ck_assert_str_eq(feed("P1=0000000000000080", NULL), "OK");
    ck_assert_uint_eq(env->regs[R_EBX], 0x8000000000000000ull);
    ck_assert_str_eq(feed("P10=00000081ffffffff", NULL), "OK");
    ck_assert_uint_eq(env->eip, 0xffffffff81000000ull);
    /* the 32-bit layout asked for with 'monitor layout i386' (a fresh description read):
     * the low halves, writes keep the upper ones */
    feed("qRcmd,6c61796f75742069333836", NULL); /* "layout i386" */
    ck_assert_ptr_nonnull(strstr(feed("qXfer:features:read:target.xml:0,1000", NULL),
                                 "<architecture>i386</architecture>"));
    ck_assert_str_eq(feed("p8", NULL), "00000081"); /* eip */
    ck_assert_str_eq(feed("P8=10000081", NULL), "OK");
    ck_assert_uint_eq(env->eip, 0xffffffff81000010ull);
    ck_assert_str_eq(feed("P3=44332211", NULL), "OK"); /* ebx */
    ck_assert_uint_eq(env->regs[R_EBX], 0x8000000011223344ull);
}
END_TEST

START_TEST(test_memory)
{
    ck_assert_str_eq(feed("M1000,4:deadbeef", NULL), "OK");
    ck_assert_str_eq(feed("m1000,4", NULL), "deadbeef");
    ck_assert_uint_eq(as_read(as, 0x1000, 4), 0xefbeadde);
    /* X: binary, '}' escapes; here 7d 5d = '}' itself, 7d 03 = '#', 7d 04 = '$' */
    static const char x[] = "X2000,5:a}]}\x03}\x04z";
    feed_raw("", 0);
    {
        unsigned sum = 0;
        for (size_t i = 0; i < sizeof(x) - 1; i++)
            sum += (unsigned char)x[i];
        char frame[64];
        int n = snprintf(frame, sizeof(frame), "$%s#%02x", x, sum & 0xff);
        feed_raw(frame, (size_t)n);
        ck_assert_msg(strstr(out, "$OK#9a") != NULL, "X reply %s", out);
    }
    ck_assert_str_eq(feed("m2000,5", NULL), "617d23247a");
    ck_assert_str_eq(feed("X2000,0:", NULL), "OK");
    ck_assert_str_eq(feed("X2000,3:ab", NULL), "E01");
    /* beyond RAM: nothing readable / writable */
    ck_assert_str_eq(feed("m200000,4", NULL), "E14");
    ck_assert_str_eq(feed("M200000,1:00", NULL), "E14");
    /* a read that runs off the end of RAM stops there */
    ck_assert_str_eq(feed("mffffe,4", NULL), "0000");
    /* huge lengths are capped, not refused; huge addresses fault */
    const char *r = feed("m0,ffffffffffffffff", NULL);
    ck_assert_uint_gt(strlen(r), 1000);
    ck_assert_uint_le(strlen(r), 0x4000);
    ck_assert_str_eq(feed("mffffffffffffffff,ffffffffffffffff", NULL), "E14");
    ck_assert_str_eq(feed("m1,2,3", NULL), "E01");
    ck_assert_str_eq(feed("m12345678901234567,1", NULL), "E01");
    ck_assert_str_eq(feed("M1000,2:abc", NULL), "E01");
    ck_assert_str_eq(feed("M1000,ffffffff:00", NULL), "E01");
}
END_TEST

START_TEST(test_breakpoints)
{
    ck_assert_str_eq(feed("Z0,f87f1,1", NULL), "OK");
    ck_assert_uint_eq(x86_nb_breakpoints, 1);
    ck_assert(x86_breakpoint_check(env, 0xf87f1));
    ck_assert(!x86_breakpoint_check(env, 0xf87f2));
    ck_assert_str_eq(feed("Z0,f87f1,1", NULL), "OK"); /* again: still one */
    ck_assert_uint_eq(x86_nb_breakpoints, 1);
    ck_assert_str_eq(feed("Z1,f87f1,1", NULL), "OK");
    ck_assert_uint_eq(x86_nb_breakpoints, 2);
    ck_assert_str_eq(feed("z0,f87f1,1", NULL), "OK");
    ck_assert_str_eq(feed("z1,f87f1,1", NULL), "OK");
    ck_assert_uint_eq(x86_nb_breakpoints, 0);
    ck_assert_str_eq(feed("Z2,3000,4", NULL), "OK");
    ck_assert_str_eq(feed("Z3,3000,4", NULL), "OK");
    ck_assert_str_eq(feed("Z4,3000,4", NULL), "OK");
    ck_assert_uint_eq(x86_nb_watchpoints, 3);
    ck_assert(x86_watch_page(env, 0x3000));
    ck_assert(!x86_watch_page(env, 0x4000));
    ck_assert_str_eq(feed("Z2,3000,0", NULL), "E22");
    ck_assert_str_eq(feed("Z2,fffffffffffffffe,4", NULL), "E22");
    ck_assert_str_eq(feed("Z5,3000,4", NULL), "");
    ck_assert_str_eq(feed("Z0,3000", NULL), "E01");
    ck_assert_str_eq(feed("Z0,3000,1;X1,0", NULL), "OK");
    ck_assert_str_eq(feed("z2,3000,4", NULL), "OK");
    ck_assert_uint_eq(x86_nb_watchpoints, 2);
}
END_TEST

START_TEST(test_framing)
{
    /* a bad checksum: '-' and nothing else */
    feed_raw("$g#00", 5);
    ck_assert_str_eq(out, "-");
    /* noise and acks before a packet are skipped */
    feed_raw("xyz++\x03$?#3f", 11);
    ck_assert_str_eq(out, "+$T05thread:01;#07");
    /* a truncated packet followed by a new one: the new one is answered */
    feed_raw("$m1000,4$?#3f", 13);
    ck_assert_str_eq(out, "+$T05thread:01;#07");
    /* '-' asks for the last packet again */
    feed_raw("-", 1);
    ck_assert_str_eq(out, "$T05thread:01;#07");
    /* overlong: read to the end, acknowledged, refused */
    static char big[0x5000 + 8];
    big[0] = '$';
    memset(big + 1, 'a', 0x5000);
    unsigned sum = (0x5000u * 'a') & 0xff;
    int n = 1 + 0x5000 + snprintf(big + 1 + 0x5000, 8, "#%02x", sum);
    feed_raw(big, (size_t)n);
    ck_assert_str_eq(out, "+$E01#a6");
    /* no-ack mode: no '+', a bad checksum gets E01 */
    ck_assert_str_eq(feed("QStartNoAckMode", NULL), "OK");
    feed_raw("$?#3f", 5);
    ck_assert_str_eq(out, "$T05thread:01;#07");
    feed_raw("$?#00", 5);
    ck_assert_str_eq(out, "$E01#a6");
}
END_TEST

START_TEST(test_monitor)
{
    int c;
    /* "help" */
    const char *r = feed("qRcmd,68656c70", &c);
    ck_assert_msg(r[0] == 'O' && c > 3, "monitor help: %d packets, first %s", c, r);
    ck_assert_msg(strstr(out, "$OK#9a") != NULL, "ends with OK");
    /* "info icount" */
    x86_icount_set(env, 12345);
    r = feed("qRcmd,696e666f2069636f756e74", &c);
    ck_assert_int_eq(c, 2);
    /* O + hex("icount 12345\n") */
    ck_assert_msg(!strcmp(r, "O6963" "6f756e7420313233343" "50a"), "info icount: %s", r);
    /* "until-icount 20000" */
    feed("qRcmd,756e74696c2d69636f756e74203230303030", &c);
    ck_assert_uint_eq(env->icount_limit, 20000);
    x86_debug_remove_all(env);
    /* no stop: the loop's limit is one full step of room away (cpu/exec.c) */
    ck_assert_uint_eq(env->icount_limit - x86_icount(env), X86_EXEC_MAX_ROOM);
    /* "info mode": the mode, the layout, and how to get 16-bit disassembly */
    static char hex[512];
    const char *cmd = "info mode";
    for (size_t i = 0; cmd[i]; i++)
        snprintf(hex + 2 * i, 3, "%02x", (unsigned char)cmd[i]);
    char q[600];
    snprintf(q, sizeof(q), "qRcmd,%s", hex);
    r = feed(q, &c);
    ck_assert_int_eq(c, 4);
    const char *line = "real mode, 16-bit code, CPL 0\n";
    for (size_t i = 0; line[i]; i++)
        snprintf(hex + 2 * i, 3, "%02x", (unsigned char)line[i]);
    ck_assert_msg(r[0] == 'O' && !strcmp(r + 1, hex), "info mode: %s", r);
    ck_assert_msg(strstr(out, "$O67646220") != NULL, "the layout line (\"gdb \"): %s", out);
    /* "layout bogus" answers with a message and changes nothing */
    r = feed("qRcmd,6c61796f757420626f677573", &c);
    ck_assert_int_eq(c, 2);
    ck_assert_ptr_nonnull(strstr(feed("qXfer:features:read:target.xml:0,1000", NULL),
                                 "<architecture>i386:x86-64</architecture>"));
    /* unknown and malformed */
    r = feed("qRcmd,78797a7a79", &c);
    ck_assert_int_eq(c, 2);
    ck_assert_str_eq(feed("qRcmd,123", NULL), "E01");
    ck_assert_str_eq(feed("qRcmd,zz", NULL), "E01");
}
END_TEST

/* Random bytes, random and mutated packets: the stub never crashes, and every complete
 * packet with a good checksum gets one acknowledgement and one reply. */
START_TEST(test_random_packets)
{
    static const char *const seeds[] = {
        "g", "G00", "p8", "P8=00000000", "m0,10", "M0,1:00", "X0,1:a", "Z0,0,1", "z0,0,1",
        "Z2,0,8", "qSupported", "qXfer:features:read:target.xml:0,10", "qRcmd,68656c70",
        "Hg1", "T1", "?", "vCont;x", "qC", "qThreadExtraInfo,1", "QStartNoAckModeX",
    };
    uint64_t x = 0x1234567;
    char pkt[512];
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const char *s = seeds[x % (sizeof(seeds) / sizeof(seeds[0]))];
        size_t n = strlen(s);
        memcpy(pkt, s, n);
        int muts = (int)((x >> 8) % 6);
        for (int k = 0; k < muts && n < sizeof(pkt) - 2; k++) {
            uint64_t y = x >> (10 + 3 * k);
            size_t at = n ? (size_t)(y % n) : 0;
            char c = (char)(32 + (y >> 9) % 95);
            if (c == '$' || c == '#' || c == '}')
                c = 'f';
            if (y & 1)
                pkt[at] = c;
            else
                pkt[n++] = c;
        }
        pkt[n] = 0;
        /* nothing that would resume the CPU: under test it would only be ignored, but
         * then no reply is due */
        if (strchr("cCsSDk", pkt[0]) || !strncmp(pkt, "vCont;", 6) ||
            !strncmp(pkt, "vKill", 5) || !strcmp(pkt, "QStartNoAckMode"))
            pkt[0] = 'x';
        int c;
        feed(pkt, &c);
        ck_assert_msg(out[0] == '+', "packet %d (%s) not acknowledged: %s", i, pkt, out);
        bool monitor = !strncmp(pkt, "qRcmd,", 6);
        ck_assert_msg(c == 1 || (monitor && c >= 1), "packet %d (%s) got %d replies: %s", i,
                      pkt, c, out);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("gdbstub");
    TCase *tc = tcase_create("protocol");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_supported_and_stop);
    tcase_add_test(tc, test_target_xml);
    tcase_add_test(tc, test_target_xml_no_long_mode);
    tcase_add_test(tc, test_registers_i386);
    tcase_add_test(tc, test_layout_x86_64_real_mode);
    tcase_add_test(tc, test_layout_x86_64);
    tcase_add_test(tc, test_memory);
    tcase_add_test(tc, test_breakpoints);
    tcase_add_test(tc, test_framing);
    tcase_add_test(tc, test_monitor);
    tcase_add_test(tc, test_random_packets);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
