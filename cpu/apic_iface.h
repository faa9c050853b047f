/* The narrow interface between the CPU core and its local APIC (DESIGN.md: the only
 * cpu/ header a device may include). It holds no CPU state and includes nothing from
 * cpu/ or devices/: the CPU calls the LAPIC through X86ApicOps (MSRs, CR8, the TSC time
 * base), the LAPIC drives the CPU's pins through an X86ApicSignalFn the board supplies. */
#ifndef CPU_APIC_IFACE_H
#define CPU_APIC_IFACE_H

#include <stdbool.h>
#include <stdint.h>

/* The time-stamp counter's rate in virtual time: one tick per guest nanosecond. RDTSC and
 * the TSC-deadline timer (SDM vol. 3, 11.5.4.1) both count in these ticks, so a deadline
 * of "RDTSC + n" fires n ns of virtual time later, halted or not. */
#define X86_TSC_HZ 1000000000ull

/* The processor's interrupt pins as the LAPIC drives them (SDM vol. 3, 11.1: the local
 * APIC delivers to the core through INTR and NMI/SMI/INIT signals). */
typedef enum X86ApicSignal {
    X86_APIC_INTR, /* level: 1 while a maskable interrupt awaits INTA, 0 when none does */
    X86_APIC_NMI,  /* edge: called with level 1 once per NMI */
    X86_APIC_SMI,  /* edge */
    X86_APIC_INIT, /* edge: an INIT for this processor (not modelled by the CPU yet) */
} X86ApicSignal;

/* Board-supplied: drive one pin of the CPU (cpu_opaque = what the board gave the LAPIC).
 * INTR: level 1 sets CPU_INTERRUPT_HARD, 0 clears it. The execution loop clears the
 * request itself when it takes an interrupt, so after every acknowledge that leaves
 * another interrupt deliverable the LAPIC calls INTR with level 1 again.
 * The acknowledge (INTA) itself is x86_get_irq_vector (cpu/cpu.h), which the board
 * points at the LAPIC's (lapic_get_interrupt in devices/lapic.h). */
typedef void X86ApicSignalFn(void *cpu_opaque, X86ApicSignal pin, int level);

/* What the CPU asks of its local APIC. The board stores a pointer to the LAPIC's table
 * in env->apic_ops and the LAPIC in env->apic_opaque; NULL apic_ops = no local APIC
 * (CPUID.01H:EDX.APIC clear, IA32_APIC_BASE and IA32_TSC_DEADLINE as the CPU model
 * defines them without one). Every function is called with apic_opaque. */
typedef struct X86ApicOps {
    /* IA32_APIC_BASE (MSR 1BH, SDM vol. 3, 11.4.4). read: the full MSR value. write: the
     * CPU has already rejected reserved bits (#GP) and kept BSP; the LAPIC moves its
     * registers to the new base / enables or disables itself. Returns false if the LAPIC
     * refuses the value (the WRMSR then raises #GP(0)). */
    uint64_t (*base_read)(void *opaque);
    bool (*base_write)(void *opaque, uint64_t val);

    /* IA32_TSC_DEADLINE (MSR 6E0H, SDM vol. 3, 11.5.4.1). The LAPIC compares the
     * deadline with the guest TSC = tsc_ticks() + tsc_offset, so the CPU passes its
     * IA32_TSC offset along and reports every later change of it. Outside TSC-deadline
     * mode writes are ignored and reads return 0; after the interrupt the MSR reads 0. */
    uint64_t (*tsc_deadline_read)(void *opaque);
    void (*tsc_deadline_write)(void *opaque, uint64_t deadline, uint64_t tsc_offset);
    void (*tsc_offset_changed)(void *opaque, uint64_t tsc_offset);

    /* The TSC's time base: X86_TSC_HZ ticks of virtual time since machine start (idle
     * skips included). RDTSC = tsc_ticks() + tsc_offset. */
    uint64_t (*tsc_ticks)(void *opaque);

    /* CR8 in 64-bit mode is TPR[7:4] (SDM vol. 3, 11.8.6): read gives 0-15; write takes
     * 0-15 (the CPU raises #GP for bits 63:4 first). */
    uint64_t (*cr8_read)(void *opaque);
    void (*cr8_write)(void *opaque, uint64_t val);
} X86ApicOps;

#endif
