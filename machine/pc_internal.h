/* The pc board's pieces, shared by machine/pc.c (devices, run loop, reset),
 * machine/pc_mem.c (memory map, PAM, CMOS and fw_cfg contents) and machine/pc_boot.c
 * (firmware-less kernel boot). Not an interface for anything else. */
#ifndef MACHINE_PC_INTERNAL_H
#define MACHINE_PC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu/cpu.h"
#include "devices/acpi.h"
#include "devices/debugcon.h"
#include "devices/fw_cfg.h"
#include "devices/i8042.h"
#include "devices/ioapic.h"
#include "devices/isa_debug_exit.h"
#include "devices/lapic.h"
#include "devices/pci.h"
#include "devices/pic.h"
#include "devices/piix.h"
#include "devices/pit.h"
#include "devices/rtc.h"
#include "devices/uart.h"
#include "devices/virtio_balloon.h"
#include "devices/virtio_pci.h"
#include "machine/boot.h"
#include "machine/chardev.h"
#include "machine/clock.h"
#include "machine/loader.h"
#include "machine/memory.h"
#include "machine/multiboot.h"
#include "machine/pc.h"

#define PC_MAX_MODULES 16

typedef enum PcKernelKind { PC_KERNEL_NONE, PC_KERNEL_LINUX, PC_KERNEL_MULTIBOOT } PcKernelKind;

typedef struct PcBoard PcBoard;

/* The opaque of one PAM segment's overlay region. */
typedef struct PcPamSeg {
    PcBoard *board;
    int segment;
    int mode;
} PcPamSeg;

struct PcBoard {
    const PcConfig *cfg;
    AddressSpace *as;
    CPUX86State *env;
    Clock *clock;
    PicPair *pic;
    Pit *pit;
    Rtc *rtc;
    Uart *uart;
    I8042 *kbc;
    DebugCon *debugcon;
    IsaDebugExit *debug_exit;
    PciBus *pci;
    Piix *piix;
    AcpiPm *pm;
    FwCfg *fw_cfg;
    Lapic *lapic;
    Ioapic *ioapic;
    VirtioBalloon *balloon;        /* -device virtio-balloon-pci */
    VirtioPci *balloon_pci;
    CharDev *serial;
    struct GdbStub *gdb;

    /* memory */
    uint64_t lowmem, highmem;      /* RAM below 4 GiB; RAM from 4 GiB */
    MemRegion *ram_low, *ram_high;
    uint8_t *bios_low;             /* 128 KiB: 0xE0000-0xFFFFF while PAM routes to PCI */
    MemRegion *pam_region[PIIX_PAM_SEGMENTS];
    PcPamSeg pam_seg[PIIX_PAM_SEGMENTS];
    E820Map e820;

    /* firmware-less boot */
    PcKernelKind kernel_kind;
    LoaderImage kernel_img, initrd_img, mod_img[PC_MAX_MODULES];   /* read at each reset */
    const uint8_t *kernel;         /* the images' bytes, only from a reading to the load */
    size_t kernel_size;
    const uint8_t *initrd;
    size_t initrd_size;
    MultibootModule mods[PC_MAX_MODULES];
    char *mod_cmdline[PC_MAX_MODULES];
    unsigned nb_mods;
    char *mb_cmdline;
    uint64_t rsdp_addr;

    bool realtime;
    bool cpu_ready;                /* x86_cpu_init done: TLB flushes are meaningful */
    bool isa_level[16];            /* ISA IRQ levels as the ISA devices drive them */
    bool pirq_level[16];           /* ... and as the PIIX3 drives them from PCI PIRQs */
};

/* pc_mem.c */
bool pc_mem_init(PcBoard *b, char *err, size_t errlen);
void pc_mem_free(PcBoard *b);
void pc_pam_changed(void *opaque, int segment, int mode);
void pc_cmos_init(PcBoard *b);
bool pc_fw_cfg_init(PcBoard *b);

/* pc_boot.c */
bool pc_boot_prepare(PcBoard *b, char *err, size_t errlen);
bool pc_boot_load(PcBoard *b, char *err, size_t errlen);
void pc_boot_free(PcBoard *b);
void pc_enter(CPUX86State *env, const BootEntry *entry);

#endif
