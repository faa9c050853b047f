/* The `pc` machine: an i440FX/PIIX3 PC. Physical memory: RAM from 0 up to 3.5 GiB
 * (PC_LOWMEM_MAX) with the legacy holes (VGA window 0xA0000-0xBFFFF unassigned;
 * 0xC0000-0xFFFFF RAM or BIOS ROM as the PAM registers say), RAM beyond 3.5 GiB from
 * 4 GiB up; the PCI memory hole from the end of low RAM (0xE0000000 at most) to
 * 0xFEBFFFFF, where memory BARs decode; the IOAPIC at 0xFEC00000, the
 * local APIC at 0xFEE00000 and the firmware ROM ending at 4 GiB. Devices: 8259A pair,
 * 8254 PIT, MC146818 RTC/CMOS, 16550A COM1 (0x3F8, IRQ 4), 8042 + port 0x92, debugcon
 * 0xE9, isa-debug-exit 0xF4, PCI host (i440FX), PIIX3 ISA bridge, PIIX4 ACPI PM (I/O at
 * 0x600, SCI IRQ 9), fw_cfg (0x510), local APIC and IOAPIC; optionally a
 * virtio-balloon on the first free PCI slot from 2. It boots a firmware image
 * (-bios) at the reset vector, or a Linux bzImage / Multiboot kernel directly (-kernel),
 * with ACPI tables built by Tern. */
#ifndef MACHINE_PC_H
#define MACHINE_PC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PC_RAM_MIN (2ull << 20)
#define PC_RAM_MAX (32ull << 30)
#define PC_RAM_DEFAULT (128ull << 20)
#define PC_LOWMEM_MAX 0xe0000000ull       /* RAM below 4 GiB ends here at most */
#define PC_PCI_HOLE_START 0xe0000000ull
#define PC_PCI_HOLE_END 0xfec00000ull
#define PC_HIGHMEM_START (1ull << 32)
#define PC_BIOS_MAX (16u << 20)
#define PC_PM_BASE 0x600                  /* where Tern (and SeaBIOS) put the ACPI PM block */
#define PC_SCI_IRQ 9
#define PC_KERNEL_MAX (512u << 20)
#define PC_INITRD_MAX (2048u << 20)

/* Exit statuses, as the bare machine's (machine/bare.h), plus 0 for an ACPI power-off,
 * a reset under -no-reboot and Ctrl-A x. */
#define PC_EXIT_OK 0
#define PC_EXIT_BAD_INPUT 2
#define PC_EXIT_TRIPLE_FAULT 4
#define PC_EXIT_INTERNAL 6

struct GdbStub;

/* -device virtio-balloon-pci[,free-page-reporting=on][,deflate-on-oom=on]
 * [,disable-modern=on] */
typedef struct PcBalloonConfig {
    bool enabled;
    bool free_page_reporting;
    bool deflate_on_oom;
    bool disable_modern;         /* the legacy virtio PCI interface only */
} PcBalloonConfig;

typedef struct PcConfig {
    uint64_t ram_size;
    const uint8_t *bios;         /* optional firmware image (1 byte to PC_BIOS_MAX) */
    size_t bios_size;
    const char *kernel;          /* -kernel FILE: boot it directly (no -bios then) */
    const char *initrd;          /* -initrd FILE (Multiboot: "FILE args,FILE args") */
    const char *append;          /* -append CMDLINE */
    const char *serial;          /* -serial: stdio, null, none, file:PATH (NULL: stdio) */
    bool nographic;              /* -nographic: serial on stdio, Ctrl-A commands */
    bool no_reboot;              /* -no-reboot: a reset request ends the run (status 0) */
    const char *rtc;             /* -rtc base=utc|localtime|YYYY-MM-DDTHH:MM:SS */
    const char *clock;           /* -clock deterministic|realtime (NULL: deterministic) */
    struct GdbStub *gdb;
    bool wait_gdb;
    bool count_insns;
    PcBalloonConfig balloon;
} PcConfig;

/* Checks the configuration (files, sizes, option values: one "tern: ..." line and
 * PC_EXIT_BAD_INPUT if wrong), builds the board and runs it; returns the exit status. */
int pc_run(const PcConfig *cfg);

#endif
