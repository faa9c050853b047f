/* Firmware-less boot on the pc board: reads -kernel/-initrd (at power-on and again at each
 * reset, keeping nothing in between), tells a Linux bzImage from a Multiboot image, and
 * (at power-on and after every reset) does what firmware would
 * have done before jumping to a kernel: RAM in the BIOS area, the ACPI PM block on and
 * in ACPI mode, ACPI tables, then the loader and the CPU's entry state. */
#include "machine/pc_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/exec.h"
#include "devices/acpi_tables.h"
#include "machine/linux_boot.h"
#include "machine/loader.h"

#define ACPI_TABLES_BASE 0xe0000u
#define ACPI_TABLES_MAX 0x10000u
#define ACPI_RSDP_ADDR 0xf0000u

static char *dup_range(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

/* QEMU's multiboot -initrd: "FILE [ARGS],FILE [ARGS]": each module's string is the
 * whole item (its name and arguments), the file the part before the first space. */
static bool name_modules(PcBoard *b, char *err, size_t errlen)
{
    const char *p = b->cfg->initrd;
    while (p && *p) {
        size_t len = strcspn(p, ",");
        if (b->nb_mods == PC_MAX_MODULES) {
            snprintf(err, errlen, "-initrd: at most %d multiboot modules", PC_MAX_MODULES);
            return false;
        }
        char *item = dup_range(p, len);
        size_t flen = strcspn(item ? item : "", " ");
        char *file = item ? dup_range(item, flen) : NULL;
        unsigned i = b->nb_mods;
        bool ok = item && file && loader_image_init(&b->mod_img[i], "-initrd", file,
                                                     PC_INITRD_MAX);
        free(file);
        if (!ok) {
            free(item);
            snprintf(err, errlen, "-initrd: out of memory");
            return false;
        }
        b->mod_cmdline[i] = item;
        b->mods[i].cmdline = item;
        b->nb_mods++;
        p += len;
        if (*p == ',')
            p++;
    }
    return true;
}

/* The images are read at power-on and again at each reset (a guest reboot), and given
 * back once loaded: nothing of them stays in host memory while the guest runs. */
static void put_images(PcBoard *b)
{
    loader_image_put(&b->kernel_img, b->kernel);
    loader_image_put(&b->initrd_img, b->initrd);
    b->kernel = b->initrd = NULL;
    for (unsigned i = 0; i < b->nb_mods; i++) {
        loader_image_put(&b->mod_img[i], b->mods[i].data);
        b->mods[i].data = NULL;
    }
}

/* Reads whichever images are not in memory. */
static bool get_images(PcBoard *b, char *err, size_t errlen)
{
    bool ok = b->kernel || (b->kernel = loader_image_get(&b->kernel_img, &b->kernel_size, err,
                                                         errlen));
    if (ok && b->initrd_img.path && !b->initrd)
        ok = (b->initrd = loader_image_get(&b->initrd_img, &b->initrd_size, err, errlen));
    for (unsigned i = 0; ok && i < b->nb_mods; i++)
        ok = b->mods[i].data || (b->mods[i].data = loader_image_get(&b->mod_img[i],
                                                                    &b->mods[i].size, err,
                                                                    errlen));
    if (!ok)
        put_images(b);
    return ok;
}

bool pc_boot_prepare(PcBoard *b, char *err, size_t errlen)
{
    const PcConfig *cfg = b->cfg;
    if (!cfg->kernel) {
        if (cfg->initrd || cfg->append) {
            snprintf(err, errlen, "%s needs -kernel", cfg->initrd ? "-initrd" : "-append");
            return false;
        }
        return true;
    }
    if (!loader_image_init(&b->kernel_img, "-kernel", cfg->kernel, PC_KERNEL_MAX)) {
        snprintf(err, errlen, "-kernel: out of memory");
        return false;
    }
    if (!get_images(b, err, errlen))
        return false;
    /* QEMU's order: a Multiboot header wins over the bzImage signature. */
    if (multiboot_find_header(b->kernel, b->kernel_size) >= 0) {
        b->kernel_kind = PC_KERNEL_MULTIBOOT;
    } else if (linux_is_bzimage(b->kernel, b->kernel_size)) {
        b->kernel_kind = PC_KERNEL_LINUX;
    } else {
        snprintf(err, errlen, "-kernel: '%s' is neither a Linux bzImage nor a Multiboot image",
                 cfg->kernel);
        return false;
    }
    if (b->kernel_kind == PC_KERNEL_MULTIBOOT) {
        /* A Multiboot kernel's command line starts with its own name, as GRUB gives it. */
        const char *app = cfg->append ? cfg->append : "";
        size_t n = strlen(cfg->kernel) + 1 + strlen(app) + 1;
        b->mb_cmdline = malloc(n);
        if (!b->mb_cmdline) {
            snprintf(err, errlen, "-kernel: out of memory");
            return false;
        }
        snprintf(b->mb_cmdline, n, "%s%s%s", cfg->kernel, *app ? " " : "", app);
        if (!name_modules(b, err, errlen))
            return false;
    } else if (cfg->initrd &&
               !loader_image_init(&b->initrd_img, "-initrd", cfg->initrd, PC_INITRD_MAX)) {
        snprintf(err, errlen, "-initrd: out of memory");
        return false;
    }
    /* Read the rest now: a missing or unusable file is a command-line error. */
    return get_images(b, err, errlen);
}

void pc_boot_free(PcBoard *b)
{
    put_images(b);
    loader_image_free(&b->kernel_img);
    loader_image_free(&b->initrd_img);
    free(b->mb_cmdline);
    for (unsigned i = 0; i < b->nb_mods; i++) {
        loader_image_free(&b->mod_img[i]);
        free(b->mod_cmdline[i]);
    }
    b->mb_cmdline = NULL;
    b->nb_mods = 0;
}

/* Flat 32-bit protected mode with paging off (boot.rst "32-bit Boot Protocol";
 * Multiboot 3.2 "Machine state"). */
void pc_enter(CPUX86State *env, const BootEntry *e)
{
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                          DESC_B_MASK | DESC_G_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK | DESC_A_MASK | DESC_B_MASK |
                          DESC_G_MASK;
    env->cr[0] = CR0_PE | CR0_ET;
    env->gdt.base = e->gdt_base;
    env->gdt.limit = BOOT_GDT_SIZE - 1;
    env->idt.base = 0;
    env->idt.limit = 0;
    x86_load_seg_cache(env, R_CS, BOOT_CS, 0, 0xffffffffu, code);
    static const int data_segs[] = { R_DS, R_ES, R_SS, R_FS, R_GS };
    for (size_t i = 0; i < sizeof(data_segs) / sizeof(data_segs[0]); i++)
        x86_load_seg_cache(env, data_segs[i], BOOT_DS, 0, 0xffffffffu, data);
    x86_set_eflags(env, 0x00000002, 0xffffffffu);   /* IF = 0 */
    env->regs[R_EAX] = e->eax;
    env->regs[R_EBX] = e->ebx;
    env->regs[R_ECX] = e->ecx;
    env->regs[R_EDX] = e->edx;
    env->regs[R_ESP] = e->esp;
    env->regs[R_EBP] = e->ebp;
    env->regs[R_ESI] = e->esi;
    env->regs[R_EDI] = e->edi;
    env->eip = e->eip;
    x86_update_hflags(env);
    x86_tlb_flush(env);
    x86_jmp_cache_flush(env);
}

static bool load_images(PcBoard *b, char *err, size_t errlen)
{
    /* What PC firmware leaves behind: shadow RAM read/write in 0xC0000-0xFFFFF (zeroed,
     * as no option ROM was copied there), the PM block at its usual base with SCI_EN set
     * (the FADT names no SMI command port, so the OS finds ACPI mode already on). */
    piix_set_all_pam(b->piix, PIIX_PAM_DRAM);
    memset(b->ram_low->host + 0xc0000, 0, 0x40000);
    acpi_pm_setup(b->pm, PC_PM_BASE, true);
    pci_config_write(b->pci, ACPI_PM_DEVFN, PCI_INTERRUPT_LINE, PC_SCI_IRQ, 1);

    AcpiTablesConfig acfg = {
        .pm_base = PC_PM_BASE, .sci_irq = PC_SCI_IRQ, .slp_typ_s5 = ACPI_SLP_TYP_SOFT_OFF,
        .reset_port = 0xcf9, .reset_value = 0x06, .century = RTC_CENTURY_INDEX,
        .apic = b->lapic && b->ioapic, .lapic_addr = (uint32_t)LAPIC_DEFAULT_BASE,
        .ioapic_addr = (uint32_t)IOAPIC_DEFAULT_BASE, .lapic_id = 0, .ioapic_id = 0,
        .pci_mem_start = b->lowmem, .pci_mem_end = PC_PCI_HOLE_END, .pci_gsi_base = 16,
    };
    if (!acpi_build_tables(b->as, &acfg, ACPI_RSDP_ADDR, ACPI_TABLES_BASE, ACPI_TABLES_MAX,
                           NULL, err, errlen))
        return false;
    b->rsdp_addr = ACPI_RSDP_ADDR;

    BootEntry entry;
    if (b->kernel_kind == PC_KERNEL_LINUX) {
        LinuxBootConfig lc = {
            .kernel = b->kernel, .kernel_size = b->kernel_size, .initrd = b->initrd,
            .initrd_size = b->initrd_size, .initrd_name = b->cfg->initrd,
            .cmdline = b->cfg->append, .e820 = &b->e820, .rsdp_addr = b->rsdp_addr,
        };
        if (!linux_boot_load(b->as, &lc, &entry, NULL, err, errlen))
            return false;
    } else {
        MultibootConfig mc = {
            .image = b->kernel, .size = b->kernel_size, .cmdline = b->mb_cmdline,
            .mods = b->mods, .nb_mods = b->nb_mods, .e820 = &b->e820,
        };
        if (!multiboot_load(b->as, &mc, &entry, NULL, err, errlen))
            return false;
    }
    pc_enter(b->env, &entry);
    return true;
}

bool pc_boot_load(PcBoard *b, char *err, size_t errlen)
{
    if (b->kernel_kind == PC_KERNEL_NONE)
        return true;
    bool ok = get_images(b, err, errlen) && load_images(b, err, errlen);
    put_images(b);
    return ok;
}
