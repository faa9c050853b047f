/* The pc board (machine/pc.h): builds the devices and wires their interrupt lines
 * (ISA IRQs to the 8259 pair and the IOAPIC, PCI PIRQs through the PIIX3), resets the
 * machine, and runs the CPU against the virtual clock: exec slices end at the next timer
 * deadline, HLT skips (deterministic) or sleeps (realtime) to it, host input reaches the
 * UART between slices. */
#include "machine/pc_internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cpu/exec.h"
#include "machine/gdbstub.h"
#include "tcg/log.h"
#include "tcg/tb.h"

/* Guest RAM pages that hold only zeros go back to the host this often (host time: the
 * guest cannot tell), and at most every 100 times as long as a pass took, so that a big
 * guest spends under 1% there. A pass over a 512 MiB guest with ~140 MiB resident takes
 * 0.5-1 ms; Debian's kernel leaves ~30 MiB of its boot-time pages zero (most of its BSS). */
#define ZERO_RELEASE_NS 250000000ll
#define ZERO_RELEASE_SHARE 100
#define INPUT_POLL_NS 5000000ll   /* look at stdin at most every 5 ms of host time */
#define PC_MAX_SLICE (1u << 22)   /* instructions between two looks at host input */

/* The board, reachable from callbacks that end the process from inside an instruction
 * (isa-debug-exit, ACPI power-off, a reset under -no-reboot). */
static PcBoard *pc_board;

static void stderr_line(void *opaque, const char *line)
{
    (void)opaque;
    size_t n = strlen(line);
    fputs(line, stderr);
    if (n == 0 || line[n - 1] != '\n')
        fputc('\n', stderr);
}

/* Guest output first, then the count and statistics; the terminal is given back before
 * anything else is printed after the run. */
static void pc_finish(PcBoard *b, int status)
{
    fflush(stdout);
    chardev_close(b->serial);
    b->serial = NULL;
    if (b->cfg->count_insns && b->env)
        fprintf(stderr, "tern: %llu instructions retired\n",
                (unsigned long long)x86_icount(b->env));
    if (tern_log_enabled(LOG_STATS)) {
        x86_exec_print_stats(tern_log_line, NULL);
        if (b->balloon)
            virtio_balloon_print_stats(b->balloon, tern_log_line, NULL);
    }
    if (tern_log_file)
        fflush(tern_log_file);
    fflush(stderr);
    gdbstub_report_exit(b->gdb, status);
}

static _Noreturn void pc_exit_now(PcBoard *b, int status)
{
    pc_finish(b, status);
    exit(status);
}

/* ---- callbacks from devices ---- */

static void pc_debug_exit(void *opaque, int status)
{
    pc_exit_now(opaque, status);
}

static void pc_power_off(void *opaque)
{
    pc_exit_now(opaque, PC_EXIT_OK);
}

/* The 8042's pulse, port 0x92 bit 0, port 0xCF9. */
static void pc_reset_request(void *opaque)
{
    PcBoard *b = opaque;
    if (b->cfg->no_reboot)
        pc_exit_now(b, PC_EXIT_OK);
    x86_cpu_interrupt(b->env, CPU_INTERRUPT_RESET);
}

static void pc_a20(void *opaque, bool enabled)
{
    PcBoard *b = opaque;
    CPUX86State *env = b->env;
    if (!b->cpu_ready)
        return;
    uint64_t mask = enabled ? ~0ull : ~(1ull << 20);
    if (env->a20_mask == mask)
        return;
    env->a20_mask = mask;
    x86_tlb_flush(env);
    x86_jmp_cache_flush(env);
}

static int pc_pic_ack(void *opaque)
{
    return pic_get_interrupt(opaque);
}

static void pc_apic_signal(void *cpu_opaque, X86ApicSignal pin, int level)
{
    CPUX86State *env = cpu_opaque;
    switch (pin) {
    case X86_APIC_INTR:
        if (level)
            x86_cpu_interrupt(env, CPU_INTERRUPT_HARD);
        else
            x86_cpu_reset_interrupt(env, CPU_INTERRUPT_HARD);
        break;
    case X86_APIC_NMI:
        if (level)
            x86_cpu_interrupt(env, CPU_INTERRUPT_NMI);
        break;
    case X86_APIC_SMI:
        if (level)
            x86_cpu_interrupt(env, CPU_INTERRUPT_SMI);
        break;
    default:
        if (level && tern_log_enabled(LOG_UNIMP))
            tern_log("unimplemented: INIT signal to the CPU ignored\n");
        break;
    }
}

/* ISA IRQ n reaches 8259 input n and IOAPIC input n, except IRQ 0 (the PIT), which is
 * wired to IOAPIC input 2 (the MADT says so with an interrupt source override). A line
 * is the OR of the ISA device on it and any PIRQ the PIIX3 routes there. */
static void isa_drive(PcBoard *b, int line)
{
    int level = b->isa_level[line] || b->pirq_level[line];
    if (line != 2)
        pic_set_irq(b->pic, line, level);
    if (b->ioapic)
        ioapic_set_irq(b->ioapic, line == 0 ? 2 : line, level);
}

static void pc_isa_irq(void *opaque, int line, int level)
{
    PcBoard *b = opaque;
    if (line < 0 || line > 15)
        return;
    b->isa_level[line] = level != 0;
    isa_drive(b, line);
}

static void pc_pirq_isa(void *opaque, int line, int level)
{
    PcBoard *b = opaque;
    if (line < 0 || line > 15)
        return;
    b->pirq_level[line] = level != 0;
    isa_drive(b, line);
}

/* PIRQ A-D also reach I/O APIC inputs 16-19 (the _PRT says so). PCI INTx# wires are
 * active low and shared (PCI 3.0, 2.2.6): the pin sees the wire, low while asserted,
 * and the OS programs it level-triggered, active low. */
static void pc_pirq_apic(void *opaque, int line, int level)
{
    PcBoard *b = opaque;
    ioapic_set_irq(b->ioapic, 16 + line, !level);
}

static IrqLine isa_line(PcBoard *b, int n)
{
    return irq_line(pc_isa_irq, b, n);
}

static void pc_uart_write(void *opaque, const uint8_t *buf, size_t len)
{
    PcBoard *b = opaque;
    chardev_write(b->serial, buf, len);
}

/* The UART has room again: let the loop hand it what is waiting (never from inside the
 * UART's own register access). */
static void pc_uart_rx_ready(void *opaque)
{
    PcBoard *b = opaque;
    const uint8_t *data;
    if (b->env && chardev_pending(b->serial, &data))
        x86_cpu_interrupt(b->env, CPU_INTERRUPT_EXIT);
}

static uint64_t pc_icount(void *opaque)
{
    return x86_icount(opaque);
}

/* A device armed a timer earlier than the slice's end: cut the slice short. */
static void pc_deadline_notify(void *opaque)
{
    x86_cpu_interrupt(opaque, CPU_INTERRUPT_EXIT);
}

/* Pages the balloon's driver inflated or reported free: their host memory goes back
 * (as_discard_ram) and so do translations of code that was there. */
static uint64_t pc_balloon_discard(void *opaque, uint64_t addr, uint64_t len)
{
    PcBoard *b = opaque;
    uint64_t done = as_discard_ram(b->as, addr, len);
    if (done)
        tb_invalidate_phys_range(addr, addr + len < addr ? UINT64_MAX : addr + len);
    return done;
}

/* ---- option checks ---- */

static bool parse_rtc(const char *s, bool realtime, RtcDateTime *out, char *err, size_t errlen)
{
    time_t now = time(NULL);
    if (!s) {
        if (realtime)
            *out = rtc_datetime_from_unix((int64_t)now);
        else
            *out = (RtcDateTime)RTC_DEFAULT_BASE;
        return true;
    }
    if (strncmp(s, "base=", 5) || strchr(s, ',')) {
        snprintf(err, errlen, "-rtc: only base=utc|localtime|YYYY-MM-DDTHH:MM:SS is "
                 "supported ('%s')", s);
        return false;
    }
    const char *v = s + 5;
    if (!strcmp(v, "utc")) {
        *out = rtc_datetime_from_unix((int64_t)now);
    } else if (!strcmp(v, "localtime")) {
        struct tm tm;
        localtime_r(&now, &tm);
        *out = (RtcDateTime){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                              tm.tm_min, tm.tm_sec, 0 };
    } else if (!rtc_parse_base(v, out)) {
        snprintf(err, errlen, "-rtc: invalid base '%s' (utc, localtime or "
                 "YYYY-MM-DDTHH:MM:SS)", v);
        return false;
    }
    return true;
}

static bool parse_clock(const char *s, bool *realtime, char *err, size_t errlen)
{
    if (!s || !strcmp(s, "deterministic")) {
        *realtime = false;
    } else if (!strcmp(s, "realtime")) {
        *realtime = true;
    } else {
        snprintf(err, errlen, "-clock: unknown mode '%s' (deterministic or realtime)", s);
        return false;
    }
    return true;
}

/* ---- building and resetting ---- */

/* On the first free slot from 2 (slot 0 is the host bridge, 1 the PIIX3); the DSDT's
 * _PRT routes every slot's INTA to a PIRQ, as the PIIX3 wires it. */
static bool pc_add_balloon(PcBoard *b, char *err, size_t errlen)
{
    VirtioBalloonConfig bc = { .free_page_reporting = b->cfg->balloon.free_page_reporting,
                               .deflate_on_oom = b->cfg->balloon.deflate_on_oom,
                               .discard = pc_balloon_discard, .opaque = b };
    if (!(b->balloon = virtio_balloon_new(b->as, &bc))) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (unsigned slot = 2; slot < 32 && !b->balloon_pci; slot++)
        b->balloon_pci = virtio_pci_new(b->pci, PCI_DEVFN(slot, 0),
                                        virtio_balloon_vdev(b->balloon),
                                        !b->cfg->balloon.disable_modern);
    if (!b->balloon_pci) {
        snprintf(err, errlen, "-device virtio-balloon-pci: no free PCI slot");
        return false;
    }
    return true;
}

static bool pc_build_devices(PcBoard *b, char *err, size_t errlen)
{
    AddressSpace *as = b->as;
    b->lapic = lapic_new(as, b->clock, 0, true, pc_apic_signal, b->env);
    if (!b->lapic)
        goto nomem;
    b->pic = pic_new(as, lapic_pic_intr, b->lapic);
    b->ioapic = ioapic_new(as, IOAPIC_DEFAULT_BASE, lapic_deliver_msg, b->lapic);
    if (!b->pic || !b->ioapic)
        goto nomem;
    lapic_set_extint_ack(b->lapic, pc_pic_ack, b->pic);
    lapic_set_eoi_broadcast(b->lapic, ioapic_eoi_handler, b->ioapic);
    x86_get_irq_vector = lapic_get_interrupt;
    x86_irq_opaque = b->lapic;

    b->pit = pit_new(as, b->clock, isa_line(b, 0));
    RtcDateTime start;
    if (!parse_rtc(b->cfg->rtc, b->realtime, &start, err, errlen))
        return false;
    b->rtc = rtc_new(as, b->clock, isa_line(b, 8), &start);
    const char *serial = b->cfg->serial ? b->cfg->serial : "stdio";
    if (strcmp(serial, "none")) {
        UartBackend be = { pc_uart_write, pc_uart_rx_ready, b };
        b->uart = uart_new(as, 0x3f8, b->clock, isa_line(b, 4), &be);
        if (!b->uart)
            goto nomem;
    }
    b->kbc = i8042_new(as, isa_line(b, 1), isa_line(b, 12), pc_a20, pc_reset_request, b);
    b->debugcon = debugcon_new(as, 0xe9, stdout);
    b->debug_exit = isa_debug_exit_new(as, 0xf4, pc_debug_exit, b);
    b->pci = pci_bus_new(as);
    if (!b->pit || !b->rtc || !b->kbc || !b->debugcon || !b->debug_exit || !b->pci)
        goto nomem;
    /* The hole is everything between the end of low RAM and the IOAPIC, as firmware
     * assumes when it places BARs (SeaBIOS starts at 2 GiB or higher). */
    if (!pci_bus_add_mmio_window(b->pci, b->lowmem, PC_PCI_HOLE_END - b->lowmem)) {
        snprintf(err, errlen, "%s", as_error(as)[0] ? as_error(as) : "out of memory");
        return false;
    }
    PiixConfig pc = { .pam = pc_pam_changed, .reset = pc_reset_request, .opaque = b };
    for (int i = 0; i < 16; i++)
        pc.isa_irq[i] = irq_line(pc_pirq_isa, b, i);
    for (int i = 0; i < 4; i++) {
        pc.pirq_apic[i] = irq_line(pc_pirq_apic, b, i);
        pc_pirq_apic(b, i, 0);      /* the idle wire is high */
    }
    b->piix = piix_new(b->pci, &pc);
    b->pm = b->piix ? acpi_pm_new(b->pci, ACPI_PM_DEVFN, b->clock, isa_line(b, PC_SCI_IRQ),
                                  pc_power_off, b) : NULL;
    b->fw_cfg = fw_cfg_new(as, FW_CFG_PORT_SEL);
    if (!b->piix || !b->pm || !b->fw_cfg)
        goto nomem;
    if (b->cfg->balloon.enabled && !pc_add_balloon(b, err, errlen))
        return false;
    return true;
nomem:
    snprintf(err, errlen, "out of memory");
    return false;
}

/* A machine reset (power-on too): every device to its reset state, the CPU at the reset
 * vector, then a firmware-less boot loads its kernel again. */
static bool pc_reset(PcBoard *b, char *err, size_t errlen)
{
    pci_bus_reset(b->pci);
    piix_reset(b->piix);
    acpi_pm_reset(b->pm);
    pic_reset(b->pic);
    pit_reset(b->pit);
    if (b->uart)
        uart_reset(b->uart);
    i8042_reset(b->kbc);
    fw_cfg_reset(b->fw_cfg);
    if (b->balloon_pci)
        virtio_pci_reset(b->balloon_pci);
    lapic_reset(b->lapic);
    ioapic_reset(b->ioapic);
    x86_cpu_reset(b->env);
    if (b->kernel_kind != PC_KERNEL_NONE) {
        /* The loader writes RAM behind the translator's back. */
        tb_flush_all();
        return pc_boot_load(b, err, errlen);
    }
    return true;
}

static void pc_free(PcBoard *b)
{
    gdbstub_close(b->gdb);
    chardev_close(b->serial);
    fw_cfg_free(b->fw_cfg);
    acpi_pm_free(b->pm);
    piix_free(b->piix);
    pci_bus_free(b->pci);
    virtio_pci_free(b->balloon_pci);
    virtio_balloon_free(b->balloon);
    if (b->debug_exit)
        isa_debug_exit_free(b->debug_exit);
    if (b->debugcon)
        debugcon_free(b->debugcon);
    if (b->kbc)
        i8042_free(b->kbc);
    if (b->uart)
        uart_free(b->uart);
    if (b->rtc)
        rtc_free(b->rtc);
    if (b->pit)
        pit_free(b->pit);
    if (b->ioapic)
        ioapic_free(b->ioapic);
    if (b->pic)
        pic_free(b->pic);
    if (b->lapic)
        lapic_free(b->lapic);
    pc_boot_free(b);
    pc_mem_free(b);
    clock_free(b->clock);
    x86_get_irq_vector = NULL;
    x86_irq_opaque = NULL;
    free(b->env);
    as_free(b->as);
    free(b);
}

/* ---- the run loop ---- */

static int64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

/* Moves host input into the UART (waiting at most timeout_ms for some). */
static void pc_input(PcBoard *b, int timeout_ms)
{
    if (!b->serial)
        return;
    chardev_poll(b->serial, timeout_ms);
    if (chardev_quit_requested(b->serial)) {
        fputs("\r\ntern: terminated (Ctrl-A x)\r\n", stderr);
        pc_exit_now(b, PC_EXIT_OK);
    }
    const uint8_t *data;
    size_t n = chardev_pending(b->serial, &data);
    if (n && b->uart)
        chardev_consume(b->serial, uart_receive(b->uart, data, n));
}

static void halted_message(CPUX86State *env)
{
    fflush(stdout);
    fprintf(stderr, "tern: CPU halted with %s at %04x:%08" PRIx64 "\n",
            (env->eflags & IF_MASK) ? "no interrupt source to wake it" : "interrupts disabled",
            env->segs[R_CS].selector & 0xffff, env->eip);
}

/* HLT with interrupts enabled: time moves on to the next timer. true to keep running. */
static bool pc_idle(PcBoard *b)
{
    /* pc_loop fires the timers that expired during the slice only after the CPU stopped at
     * the HLT, so the interrupt that ends it may be pending already (or a request to leave
     * the loop): waiting for another timer would wait forever, deliver it late (realtime)
     * or skip guest time past it (deterministic). */
    if (x86_cpu_hlt_wakes(b->env) || (b->env->interrupt_request & CPU_INTERRUPT_EXIT))
        return true;
    bool input = b->serial && chardev_has_input(b->serial);
    if (!b->realtime) {
        if (clock_idle(b->clock))
            return true;
        /* No timer armed: only input can wake the guest. Bytes the UART cannot take
         * while the guest sleeps never will be taken. */
        while (input) {
            pc_input(b, -1);
            if (b->env->interrupt_request)
                return true;
            input = chardev_has_input(b->serial);
        }
        return b->env->interrupt_request != 0;
    }
    int64_t next = clock_next_deadline(b->clock);
    if (next == CLOCK_NEVER && !input)
        return false;
    if (!input)
        return clock_idle(b->clock);
    int64_t wait = next == CLOCK_NEVER ? CLOCK_IDLE_MAX_WAIT_NS : next - clock_now(b->clock);
    if (wait > CLOCK_IDLE_MAX_WAIT_NS)
        wait = CLOCK_IDLE_MAX_WAIT_NS;
    pc_input(b, wait > 0 ? (int)((wait + 999999) / 1000000) : 0);
    return true;
}

static int pc_loop(PcBoard *b)
{
    CPUX86State *env = b->env;
    int64_t last_poll = 0, next_release = host_ns() + ZERO_RELEASE_NS;
    char err[512];
    for (;;) {
        int64_t now = host_ns();
        if (b->serial && now - last_poll >= INPUT_POLL_NS) {
            last_poll = now;
            pc_input(b, 0);
        }
        if (now >= next_release) {
            as_release_zero_pages(b->as);
            int64_t took = host_ns() - now;
            next_release = now + (took * ZERO_RELEASE_SHARE > ZERO_RELEASE_NS
                                  ? took * ZERO_RELEASE_SHARE : ZERO_RELEASE_NS);
        }
        /* A guest that polls (no timer, no HLT) still comes back for host input. */
        uint64_t budget = clock_insns_to_deadline(b->clock, b->serial ? PC_MAX_SLICE : UINT64_MAX);
        x86_cpu_set_icount_deadline(env,
                                    budget == UINT64_MAX ? UINT64_MAX : x86_icount(env) + budget);
        int reason = x86_cpu_exec(env);
        clock_run_expired(b->clock);
        if (gdbstub_handle_exit(b->gdb, reason))
            continue;
        switch (reason) {
        case EXCP_ICOUNT:
            continue;
        case EXCP_INTERRUPT:
            if (env->interrupt_request & CPU_INTERRUPT_RESET) {
                if (!pc_reset(b, err, sizeof(err))) {
                    fprintf(stderr, "tern: after reset: %s\n", err);
                    return PC_EXIT_BAD_INPUT;   /* a boot image changed or went away */
                }
            }
            last_poll = 0;
            continue;
        case EXCP_HLT:
            fflush(stdout);
            if (pc_idle(b)) {
                clock_run_expired(b->clock);
                continue;
            }
            halted_message(env);
            return PC_EXIT_OK;
        case EXCP_HALTED:
            halted_message(env);
            return PC_EXIT_OK;
        case EXCP_TRIPLE_FAULT:
            fflush(stdout);
            chardev_close(b->serial);
            b->serial = NULL;
            fprintf(stderr, "tern: triple fault\n");
            x86_dump_state(env, stderr_line, NULL);
            return PC_EXIT_TRIPLE_FAULT;
        default:
            fflush(stdout);
            chardev_close(b->serial);
            b->serial = NULL;
            fprintf(stderr, "tern: the CPU stopped for a reason the pc machine does not "
                    "handle (0x%x)\n", reason);
            x86_dump_state(env, stderr_line, NULL);
            return PC_EXIT_INTERNAL;
        }
    }
}

int pc_run(const PcConfig *cfg)
{
    char err[512] = "";
    PcBoard *b = pc_board = calloc(1, sizeof(*b));
    if (!b) {
        fprintf(stderr, "tern: out of memory\n");
        return PC_EXIT_BAD_INPUT;
    }
    b->cfg = cfg;
    b->gdb = cfg->gdb;
    int status = PC_EXIT_BAD_INPUT;
    const char *serial = cfg->serial ? cfg->serial : "stdio";
    if (!parse_clock(cfg->clock, &b->realtime, err, sizeof(err)))
        goto fail;
    if (!cfg->bios && !cfg->kernel) {
        snprintf(err, sizeof(err), "-M pc needs a firmware image or a kernel: -bios FILE or "
                 "-kernel FILE");
        goto fail;
    }
    if (cfg->bios && cfg->kernel) {
        snprintf(err, sizeof(err), "-kernel with -bios is not supported: Tern boots -kernel "
                 "directly, without firmware");
        goto fail;
    }
    b->as = as_new();
    b->env = calloc(1, sizeof(*b->env));
    b->clock = clock_new(b->realtime ? CLOCK_MODE_REALTIME : CLOCK_MODE_DETERMINISTIC);
    if (!b->as || !b->env || !b->clock) {
        snprintf(err, sizeof(err), "out of memory");
        goto fail;
    }
    clock_set_icount_source(b->clock, pc_icount, b->env);
    clock_set_deadline_notify(b->clock, pc_deadline_notify, b->env);
    if (!pc_mem_init(b, err, sizeof(err)) || !pc_boot_prepare(b, err, sizeof(err)) ||
        !pc_build_devices(b, err, sizeof(err)))
        goto fail;
    x86_cpu_init(b->env, b->as);   /* clears env: the APIC link comes after */
    b->env->apic_ops = &lapic_cpu_ops;
    b->env->apic_opaque = b->lapic;
    b->cpu_ready = true;
    pc_cmos_init(b);
    if (!pc_fw_cfg_init(b)) {
        snprintf(err, sizeof(err), "out of memory");
        goto fail;
    }
    if (!pc_reset(b, err, sizeof(err)))
        goto fail;
    if (strcmp(serial, "none") && !(b->serial = chardev_open(serial, cfg->nographic, err,
                                                             sizeof(err))))
        goto fail;

    if (b->gdb)
        gdbstub_start(b->gdb, b->env, cfg->wait_gdb);
    status = pc_loop(b);
    pc_finish(b, status);
    pc_free(b);
    pc_board = NULL;
    return status;
fail:
    fprintf(stderr, "tern: %s\n", err);
    pc_free(b);
    pc_board = NULL;
    return PC_EXIT_BAD_INPUT;
}
