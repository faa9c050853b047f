/* The `tern` command: parses a QEMU-spelled command line, picks the backend and the
 * machine, loads the images and runs. Every bad argument or unusable file ends here with
 * one line on stderr and exit status 2, before anything runs. */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec.h"
#include "machine/bare.h"
#include "machine/gdbstub.h"
#include "machine/loader.h"
#include "machine/pc.h"
#include "tcg/backend.h"
#include "tcg/log.h"

#define TERN_VERSION "0.1.0"
#define EXIT_BAD_ARGS 2

static void usage(FILE *f)
{
    fputs("usage: tern [-M pc] -kernel FILE [-initrd FILE] [-append CMDLINE] [-nographic]\n"
          "       tern [-M pc|bare] -bios FILE\n"
          "            [-m SIZE] [-serial DEV] [-no-reboot] [-rtc base=...] [-clock MODE]\n"
          "            [-device DEV[,PROP=VALUE...]] [-accel jit|interp] [-d LIST] [-D FILE]\n"
          "            [-dfilter RANGES] [-count-insns] [-perfmap] [-gdb tcp::PORT] [-s] [-S]\n"
          "\n"
          "  -M, -machine NAME  the board: 'pc' (the default: an i440FX/PIIX3 PC with\n"
          "                     PIC, PIT, RTC, COM1, 8042, PCI, ACPI, APICs, fw_cfg, debug\n"
          "                     console 0xE9, isa-debug-exit 0xF4) or 'bare' (RAM,\n"
          "                     firmware ROM, debug console, isa-debug-exit).\n"
          "                     '-M help' lists the machines\n"
          "  -bios FILE         flat firmware image, 1 byte to 16 MiB; it ends at 4 GiB and\n"
          "                     its last 128 KiB also end at 1 MiB, so F000:FFF0 runs it\n"
          "  -kernel FILE       pc: boot a Linux bzImage (boot protocol 2.06+, entered by\n"
          "                     the 32-bit protocol) or a Multiboot v1 kernel directly,\n"
          "                     without firmware (ACPI tables and E820 map from Tern)\n"
          "  -initrd FILE       Linux initrd; Multiboot: modules 'FILE ARGS,FILE ARGS'\n"
          "  -append CMDLINE    the kernel command line\n"
          "  -serial DEV        pc: COM1's host end: stdio (default), null, none, file:PATH\n"
          "  -nographic         pc: COM1 on stdio in raw mode; Ctrl-A x quits, Ctrl-A h help\n"
          "  -no-reboot         pc: a guest reset request ends Tern with status 0\n"
          "  -rtc base=WHEN     pc: RTC start: utc, localtime or YYYY-MM-DDTHH:MM:SS\n"
          "                     (default 2000-01-01T00:00:00, host UTC with -clock realtime)\n"
          "  -clock MODE        pc: 'deterministic' (default: guest time follows the\n"
          "                     instruction count, idle skips to the next timer) or\n"
          "                     'realtime' (guest time is host time)\n"
          "  -device virtio-balloon-pci[,free-page-reporting=on|off][,deflate-on-oom=on|off]\n"
          "                            [,disable-modern=on|off]\n"
          "                     pc: a virtio memory balloon (a transitional virtio PCI\n"
          "                     device) on the first free PCI slot; with\n"
          "                     free-page-reporting=on the guest reports free memory, which\n"
          "                     Tern gives back to the host. disable-modern=on: the legacy\n"
          "                     interface only. Alias: virtio-balloon. '-device help' lists\n"
          "                     the devices\n"
          "  -m SIZE            RAM size: MiB, or with a suffix K, M, G (64M, 1G, 1.5G);\n"
          "                     default 128M; from 2M to 32G on pc (above 3.5G it continues\n"
          "                     at 4G), from 1M to 3584M on bare\n"
          "  -accel NAME[,one-insn-per-tb=on|off]\n"
          "                     'jit' (x86-64 host code, the default on x86-64) or 'interp'\n"
          "                     (the portable IR interpreter); '-accel help' lists them.\n"
          "                     one-insn-per-tb: every translation block holds one\n"
          "                     instruction (slow; the instruction count and the run are\n"
          "                     the same)\n"
          "  -tb-size SIZE      translated-code buffer in MiB (default 32 for jit, 64 for\n"
          "                     interp); a full buffer is flushed whole\n"
          "  -one-insn-per-tb   the same as -accel ...,one-insn-per-tb=on\n"
          "  -d LIST            log items, comma-separated ('-d help' lists them)\n"
          "  -D FILE            write the log to FILE instead of stderr\n"
          "  -dfilter RANGES    write the per-block logs (in_asm, op, op_opt, out_asm, exec,\n"
          "                     cpu) only for blocks starting at these guest linear\n"
          "                     addresses: comma-separated 0xSTART..0xEND (END included),\n"
          "                     0xSTART+SIZE, or 0xSTART-SIZE (the SIZE bytes below START)\n"
          "  -count-insns       at exit, print 'tern: N instructions retired' on stderr:\n"
          "                     the exact guest instruction count (a REP string instruction\n"
          "                     counts once per iteration, a faulting one not at all). The\n"
          "                     same image and command line give the same count, run after\n"
          "                     run, with either accelerator\n"
          "  -perfmap           (jit) write /tmp/perf-<pid>.map naming each block's host\n"
          "                     code by its guest pc ('perf report' then shows tb-PC)\n"
          "  -gdb DEV           wait for a gdb connection on DEV: tcp::PORT (127.0.0.1),\n"
          "                     tcp:HOST:PORT; gdb attaches with 'target remote :PORT'\n"
          "  -s                 the same as -gdb tcp::1234\n"
          "  -S                 with -gdb or -s: do not start the CPU before gdb says so\n"
          "  -h, --help         this text\n"
          "  --version          the version\n"
          "\n"
          "Exit status:\n"
          "  0        the CPU halted (HLT with interrupts disabled, or nothing to wake it),\n"
          "           gdb killed the run, the guest powered off (ACPI S5), a reset under\n"
          "           -no-reboot, or Ctrl-A x\n"
          "  odd      (v << 1) | 1 after the guest wrote v to port 0xF4 (isa-debug-exit)\n"
          "  2        bad arguments or an unusable file (one line on stderr says which)\n"
          "  4        triple fault (a register dump is printed on stderr)\n"
          "  6        the CPU stopped for a reason the machine does not handle\n",
          f);
}

static _Noreturn void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static _Noreturn void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("tern: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(EXIT_BAD_ARGS);
}

/* QEMU's size syntax: a number (decimal with an optional fraction, or 0x hex), then an
 * optional suffix B K M G T (powers of 1024); no suffix means default_unit. */
static bool parse_size(const char *s, uint64_t default_unit, uint64_t *out)
{
    const char *p = s;
    uint64_t ival = 0, frac_num = 0, frac_den = 1;
    bool digits = false;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p += 2;
        for (; *p; p++) {
            unsigned d;
            if (*p >= '0' && *p <= '9') d = (unsigned)(*p - '0');
            else if (*p >= 'a' && *p <= 'f') d = (unsigned)(*p - 'a' + 10);
            else if (*p >= 'A' && *p <= 'F') d = (unsigned)(*p - 'A' + 10);
            else break;
            if (ival >> 60)
                return false;
            ival = ival * 16 + d;
            digits = true;
        }
    } else {
        for (; *p >= '0' && *p <= '9'; p++) {
            if (ival > (UINT64_MAX - 9) / 10)
                return false;
            ival = ival * 10 + (uint64_t)(*p - '0');
            digits = true;
        }
        if (*p == '.') {
            p++;
            for (; *p >= '0' && *p <= '9'; p++) {
                if (frac_den < 1000000000000ull) {
                    frac_num = frac_num * 10 + (uint64_t)(*p - '0');
                    frac_den *= 10;
                }
                digits = true;
            }
        }
    }
    if (!digits)
        return false;
    uint64_t unit = default_unit;
    if (*p) {
        switch (*p) {
        case 'b': case 'B': unit = 1; break;
        case 'k': case 'K': unit = 1ull << 10; break;
        case 'm': case 'M': unit = 1ull << 20; break;
        case 'g': case 'G': unit = 1ull << 30; break;
        case 't': case 'T': unit = 1ull << 40; break;
        default: return false;
        }
        if (p[1])
            return false;
    }
    if (ival > UINT64_MAX / unit)
        return false;
    uint64_t v = ival * unit;
    if (frac_num) {
        /* frac_den <= 10^12 and unit <= 2^40: split to avoid overflow */
        uint64_t add = (unit / frac_den) * frac_num +
                       ((unit % frac_den) * frac_num) / frac_den;
        if (v > UINT64_MAX - add)
            return false;
        v += add;
    }
    *out = v;
    return true;
}

#define MAX_DEVICES 8

typedef struct Options {
    const char *machine, *bios, *mem, *accel, *log_items, *log_file, *dfilter, *gdb, *tb_size;
    bool count_insns, wait_gdb, one_insn_per_tb, perfmap;
    /* the pc machine */
    const char *kernel, *initrd, *append, *serial, *rtc, *clock;
    bool nographic, no_reboot;
    const char *devices[MAX_DEVICES];    /* -device, in command-line order */
    unsigned nb_devices;
} Options;

/* Options with an argument, by canonical name; "-machine" is QEMU's long spelling. */
static const char **option_slot(Options *o, const char *name)
{
    if (!strcmp(name, "M") || !strcmp(name, "machine")) return &o->machine;
    if (!strcmp(name, "bios")) return &o->bios;
    if (!strcmp(name, "m")) return &o->mem;
    if (!strcmp(name, "accel")) return &o->accel;
    if (!strcmp(name, "d")) return &o->log_items;
    if (!strcmp(name, "D")) return &o->log_file;
    if (!strcmp(name, "dfilter")) return &o->dfilter;
    if (!strcmp(name, "gdb")) return &o->gdb;
    if (!strcmp(name, "tb-size")) return &o->tb_size;
    if (!strcmp(name, "kernel")) return &o->kernel;
    if (!strcmp(name, "initrd")) return &o->initrd;
    if (!strcmp(name, "append")) return &o->append;
    if (!strcmp(name, "serial")) return &o->serial;
    if (!strcmp(name, "rtc")) return &o->rtc;
    if (!strcmp(name, "clock")) return &o->clock;
    return NULL;
}

/* Options without an argument. */
static bool *flag_slot(Options *o, const char *name)
{
    if (!strcmp(name, "count-insns")) return &o->count_insns;
    if (!strcmp(name, "perfmap")) return &o->perfmap;
    if (!strcmp(name, "S")) return &o->wait_gdb;
    if (!strcmp(name, "one-insn-per-tb") || !strcmp(name, "singlestep"))
        return &o->one_insn_per_tb;
    if (!strcmp(name, "nographic")) return &o->nographic;
    if (!strcmp(name, "no-reboot")) return &o->no_reboot;
    return NULL;
}

static void parse_args(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == 0)
            fail("unexpected argument '%s' (disk images are not supported yet; try 'tern -h')",
                 arg);
        /* QEMU accepts every option with one dash or two. */
        const char *name = arg + 1 + (arg[1] == '-');
        if (!strcmp(name, "h") || !strcmp(name, "help")) {
            usage(stdout);
            exit(0);
        }
        if (!strcmp(name, "version")) {
            printf("tern " TERN_VERSION "\n");
            exit(0);
        }
        bool *flag = flag_slot(o, name);
        if (flag) {
            *flag = true;
            continue;
        }
        if (!strcmp(name, "s")) {
            o->gdb = "tcp::1234";
            continue;
        }
        if (!strcmp(name, "device")) {
            if (i + 1 >= argc)
                fail("option '%s' needs an argument (try 'tern -h')", arg);
            if (o->nb_devices == MAX_DEVICES)
                fail("-device: at most %d devices", MAX_DEVICES);
            o->devices[o->nb_devices++] = argv[++i];
            continue;
        }
        const char **slot = option_slot(o, name);
        if (!slot)
            fail("unknown option '%s' (try 'tern -h')", arg);
        if (i + 1 >= argc)
            fail("option '%s' needs an argument (try 'tern -h')", arg);
        *slot = argv[++i]; /* a repeated option: the last one wins, as in QEMU */
    }
}

static void setup_logging(const Options *o)
{
    char err[256] = "";
    if (o->log_items) {
        unsigned mask = 0;
        if (!tern_log_parse(o->log_items, &mask, err, sizeof(err))) {
            if (!err[0])
                exit(0); /* -d help: the list went to stdout */
            fail("%s", err);
        }
        tern_log_mask = mask;
    }
    if (o->dfilter && !tern_dfilter_parse(o->dfilter, err, sizeof(err)))
        fail("%s", err);
    if (o->log_file && !tern_log_set_file(o->log_file, err, sizeof(err)))
        fail("-D: %s", err[0] ? err : "cannot open the log file");
}

#if defined(__x86_64__)
#define DEFAULT_ACCEL "jit"
#else
#define DEFAULT_ACCEL "interp"
#endif

/* "-accel NAME[,one-insn-per-tb=on|off]" (QEMU's property syntax), and -tb-size. */
static void select_accel(const Options *o, bool *one_insn_per_tb)
{
    char name[32];
    const char *a = o->accel ? o->accel : DEFAULT_ACCEL;
    if (o->tb_size) {
        uint64_t bytes;
        if (!parse_size(o->tb_size, 1ull << 20, &bytes) || bytes < (64u << 10) ||
            bytes >= (2ull << 30))
            fail("-tb-size: invalid size '%s' (MiB, from 0.0625 to 2047)", o->tb_size);
        tcg_interp_set_buffer_size((size_t)bytes);
#if defined(__x86_64__)
        tcg_jit_set_buffer_size((size_t)bytes);
#endif
    }
    size_t n = strcspn(a, ",");
    if (n >= sizeof(name))
        fail("-accel: unknown accelerator '%s' (interp or jit; try -accel help)", a);
    memcpy(name, a, n);
    name[n] = 0;
    for (const char *p = a + n; *p;) {
        p++;
        size_t len = strcspn(p, ",");
        if (len == 18 && !strncmp(p, "one-insn-per-tb=on", len))
            *one_insn_per_tb = true;
        else if (len == 19 && !strncmp(p, "one-insn-per-tb=off", len))
            *one_insn_per_tb = false;
        else
            fail("-accel: unknown property '%.*s' (one-insn-per-tb=on|off)", (int)len, p);
        p += len;
    }
    if (!strcmp(name, "help")) {
#if defined(__x86_64__)
        printf("Accelerators:\n  jit     x86-64 host code generation (default)\n"
               "  interp  the portable IR interpreter\n");
#else
        printf("Accelerators:\n  interp  the portable IR interpreter (default)\n"
               "  jit     x86-64 host code generation (not built: the host is not x86-64)\n");
#endif
        exit(0);
    }
    if (!strcmp(name, "interp")) {
        tcg_backend = &tcg_backend_interp;
    } else if (!strcmp(name, "jit")) {
#if defined(__x86_64__)
        tcg_backend = &tcg_backend_x86_64;
#else
        fail("-accel jit: the JIT backend needs an x86-64 host (use -accel interp)");
#endif
    } else {
        fail("-accel: unknown accelerator '%s' (interp or jit; try -accel help)", name);
    }
    if (tcg_backend->init)
        tcg_backend->init();
}

/* "-M bare", also QEMU's "-machine type=bare"; properties after a comma are not known to
 * any machine yet. */
static const char *select_machine(const Options *o)
{
    const char *m = o->machine ? o->machine : "pc";
    if (!strncmp(m, "type=", 5))
        m += 5;
    if (!strcmp(m, "help") || !strcmp(m, "?")) {
        printf("Supported machines are:\n"
               "pc                   Standard PC (i440FX + PIIX, 1996) (default)\n"
               "bare                 RAM, firmware ROM, debugcon (0xE9), isa-debug-exit "
               "(0xF4)\n");
        exit(0);
    }
    const char *comma = strchr(m, ',');
    if (comma)
        fail("-M: machine properties are not supported ('%s')", comma + 1);
    if (!strcmp(m, "bare"))
        return "bare";
    if (!strcmp(m, "pc") || !strncmp(m, "pc-i440fx", 9))
        return "pc";
    if (!strncmp(m, "pc-", 3) || !strcmp(m, "q35") || !strcmp(m, "isapc") ||
        !strcmp(m, "microvm"))
        fail("-M: machine '%s' is not built yet (try -M help)", m);
    fail("-M: unknown machine '%s' (try -M help)", m);
}

/* A QEMU on/off property value; false when it is neither. */
static bool parse_switch(const char *v, size_t len, bool *out)
{
    if (len == 2 && !strncmp(v, "on", 2))
        *out = true;
    else if (len == 3 && !strncmp(v, "off", 3))
        *out = false;
    else
        return false;
    return true;
}

/* "-device NAME[,PROP=VALUE...]", QEMU's spelling; "-device help" lists the devices. */
static void parse_devices(const Options *o, PcBalloonConfig *balloon)
{
    for (unsigned i = 0; i < o->nb_devices; i++) {
        const char *d = o->devices[i];
        size_t n = strcspn(d, ",");
        if ((n == 4 && !strncmp(d, "help", 4)) || (n == 1 && d[0] == '?')) {
            printf("Devices (-device NAME[,PROP=VALUE...], pc machine):\n"
                   "  virtio-balloon-pci  virtio memory balloon (alias virtio-balloon)\n"
                   "      free-page-reporting=on|off  report free guest memory (default off)\n"
                   "      deflate-on-oom=on|off       offer VIRTIO_BALLOON_F_DEFLATE_ON_OOM"
                   " (default off)\n"
                   "      disable-modern=on|off       legacy virtio PCI interface only"
                   " (default off)\n");
            exit(0);
        }
        if (!((n == 18 && !strncmp(d, "virtio-balloon-pci", n)) ||
              (n == 14 && !strncmp(d, "virtio-balloon", n))))
            fail("-device: unknown device '%.*s' (try -device help)", (int)n, d);
        if (balloon->enabled)
            fail("-device %.*s: only one virtio-balloon device is supported", (int)n, d);
        balloon->enabled = true;
        for (const char *p = d + n; *p;) {
            p++;
            size_t len = strcspn(p, ","), klen = strcspn(p, "=,");
            const char *v = p + klen + 1;
            size_t vlen = klen < len ? len - klen - 1 : 0;
            bool *slot = NULL;
            if (klen == 19 && !strncmp(p, "free-page-reporting", klen))
                slot = &balloon->free_page_reporting;
            else if (klen == 14 && !strncmp(p, "deflate-on-oom", klen))
                slot = &balloon->deflate_on_oom;
            else if (klen == 14 && !strncmp(p, "disable-modern", klen))
                slot = &balloon->disable_modern;
            else if (!(klen == 2 && !strncmp(p, "id", 2) && klen < len))
                fail("-device %.*s: unknown property '%.*s' (free-page-reporting=on|off, "
                     "deflate-on-oom=on|off, disable-modern=on|off)", (int)n, d, (int)len, p);
            if (slot && (klen >= len || !parse_switch(v, vlen, slot)))
                fail("-device %.*s: property '%.*s' takes on or off ('%.*s')", (int)n, d,
                     (int)klen, p, (int)len, p);
            p += len;
        }
    }
}

static uint64_t ram_size(const Options *o, bool pc)
{
    if (!o->mem)
        return pc ? PC_RAM_DEFAULT : BARE_RAM_DEFAULT;
    const char *s = o->mem;
    if (!strncmp(s, "size=", 5))
        s += 5;
    if (strchr(s, ','))
        fail("-m: only a size is supported ('%s')", o->mem);
    uint64_t size;
    if (!parse_size(s, 1ull << 20, &size))
        fail("-m: invalid size '%s' (examples: 64M, 1G, 512)", o->mem);
    if (pc && (size < PC_RAM_MIN || size > PC_RAM_MAX))
        fail("-m: %s is out of range: the pc machine takes 2M to %" PRIu64 "G of RAM",
             o->mem, (uint64_t)(PC_RAM_MAX >> 30));
    if (!pc && (size < BARE_RAM_MIN || size > BARE_RAM_MAX))
        fail("-m: %s is out of range: the bare machine takes 1M to %" PRIu64 "M of RAM",
             o->mem, (uint64_t)(BARE_RAM_MAX >> 20));
    /* Whole pages, as the MMU maps them. */
    return (size + 4095) & ~(uint64_t)4095;
}

int main(int argc, char **argv)
{
    Options o = { 0 };
    parse_args(argc, argv, &o);
    PcBalloonConfig balloon = { 0 };
    parse_devices(&o, &balloon);
    tcg_perfmap = o.perfmap;
    setup_logging(&o);
    bool pc = !strcmp(select_machine(&o), "pc");
    bool one_insn = o.one_insn_per_tb;
    select_accel(&o, &one_insn);
    x86_exec_set_one_insn_per_tb(one_insn);
    uint64_t ram = ram_size(&o, pc);
    if (!pc && !o.bios)
        fail("-M bare needs a firmware image: -bios FILE");
    if (!pc && (o.kernel || o.initrd || o.append || o.serial || o.rtc || o.clock ||
                o.nographic || o.no_reboot))
        fail("-M bare has no serial port, RTC or kernel loader: %s needs -M pc",
             o.kernel ? "-kernel" : o.initrd ? "-initrd" : o.append ? "-append" :
             o.serial ? "-serial" : o.rtc ? "-rtc" : o.clock ? "-clock" :
             o.nographic ? "-nographic" : "-no-reboot");
    if (!pc && o.nb_devices)
        fail("-M bare has no PCI bus: -device needs -M pc");
    if (o.wait_gdb && !o.gdb)
        fail("-S waits for gdb: give -gdb tcp::PORT or -s too");
    char err[512];
    size_t bios_size = 0;
    uint8_t *bios = NULL;
    if (o.bios && !(bios = loader_read_file("-bios", o.bios, pc ? PC_BIOS_MAX : BARE_BIOS_MAX,
                                            &bios_size, err, sizeof(err))))
        fail("%s", err);

    GdbStub *gdb = NULL;
    if (o.gdb && !(gdb = gdbstub_open(o.gdb, err, sizeof(err)))) {
        free(bios);
        fail("-gdb: %s", err);
    }

    if (pc) {
        /* -nographic puts COM1 on stdio (an explicit -serial still wins, as in QEMU). */
        PcConfig pcfg = { .ram_size = ram, .bios = bios, .bios_size = bios_size,
                          .kernel = o.kernel, .initrd = o.initrd, .append = o.append,
                          .serial = o.serial, .nographic = o.nographic,
                          .no_reboot = o.no_reboot, .rtc = o.rtc, .clock = o.clock, .gdb = gdb,
                          .wait_gdb = o.wait_gdb, .count_insns = o.count_insns,
                          .balloon = balloon };
        int status = pc_run(&pcfg);
        free(bios);
        return status;
    }
    BareConfig cfg = { .ram_size = ram, .bios = bios, .bios_size = bios_size, .gdb = gdb,
                       .wait_gdb = o.wait_gdb, .count_insns = o.count_insns };
    int status = bare_run(&cfg);
    free(bios);
    return status;
}
