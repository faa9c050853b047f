/* The processor's local APIC in xAPIC mode (Intel SDM vol. 3, chapter 11): memory-mapped
 * registers at IA32_APIC_BASE (FEE00000H by default, relocatable), interrupt acceptance
 * and priority (IRR/ISR/TMR, TPR/PPR/APR), EOI with broadcast to the IOAPICs, the local
 * vector table (timer, thermal, performance, LINT0, LINT1, error), the timer in one-shot,
 * periodic and TSC-deadline modes, self IPIs and the spurious vector. One processor: an
 * IPI to any other destination reaches nobody. x2APIC is not implemented. */
#ifndef DEVICES_LAPIC_H
#define DEVICES_LAPIC_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/apic_iface.h"
#include "machine/clock.h"
#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

#define LAPIC_DEFAULT_BASE 0xfee00000ull
/* The timer's input: the "bus clock" the divide configuration register divides (SDM
 * vol. 3, 11.5.4). One tick per nanosecond of virtual time, like the TSC (X86_TSC_HZ):
 * an initial count of n with divide-by-1 expires exactly n ns after it is written. */
#define LAPIC_BUS_HZ 1000000000ull
/* Version register: an integrated APIC (version 14H) with six LVT entries (max LVT
 * entry 5: no CMCI) and no EOI-broadcast suppression (SDM vol. 3, 11.4.8). */
#define LAPIC_VERSION 0x00050014u

/* Delivery modes of LVT entries, ICR and IOAPIC redirection entries (SDM vol. 3,
 * 11.5.1, 11.6.1). */
enum {
    LAPIC_DM_FIXED = 0,
    LAPIC_DM_LOWEST = 1,
    LAPIC_DM_SMI = 2,
    LAPIC_DM_NMI = 4,
    LAPIC_DM_INIT = 5,
    LAPIC_DM_STARTUP = 6,
    LAPIC_DM_EXTINT = 7,
};

/* One interrupt message on the system bus (IOAPIC redirection, MSI, IPI). */
typedef struct LapicMsg {
    uint8_t dest;          /* APIC ID (physical) or logical destination (logical) */
    bool logical;          /* destination mode */
    uint8_t delivery;      /* LAPIC_DM_* */
    uint8_t vector;
    bool level;            /* trigger mode: level (TMR set on acceptance) */
} LapicMsg;

typedef struct Lapic Lapic;

/* The 8259A's interrupt acknowledge, for ExtINT (LINT0 in virtual-wire mode, or an
 * ExtINT message): returns the vector the PIC puts on the bus. */
typedef int LapicExtAckFn(void *opaque);
/* EOI broadcast of a level-triggered vector to the IOAPICs (SDM vol. 3, 11.8.5). */
typedef void LapicEoiFn(void *opaque, int vector);

/* Registers the MMIO window at LAPIC_DEFAULT_BASE in as. apic_id: the initial APIC ID;
 * bsp: the bootstrap processor (IA32_APIC_BASE.BSP, LINT0 in virtual-wire mode at reset).
 * signal drives the CPU's pins (cpu/apic_iface.h). NULL when out of memory. */
Lapic *lapic_new(AddressSpace *as, Clock *clock, uint8_t apic_id, bool bsp,
                 X86ApicSignalFn *signal, void *cpu_opaque);
void lapic_free(Lapic *l);
/* Power-up / RESET (SDM vol. 3, 11.4.7.1), plus what PC firmware sets up on the
 * bootstrap processor: LINT0 as ExtINT, unmasked, so the 8259A reaches the CPU in
 * virtual-wire mode (MultiProcessor Specification 1.4, 3.6.2.2) before an OS takes over
 * the APIC. Pins keep their levels. */
void lapic_reset(Lapic *l);
void lapic_set_extint_ack(Lapic *l, LapicExtAckFn *fn, void *opaque);
void lapic_set_eoi_broadcast(Lapic *l, LapicEoiFn *fn, void *opaque);

/* The CPU side (cpu/apic_iface.h): env->apic_ops = &lapic_cpu_ops, env->apic_opaque = l. */
extern const X86ApicOps lapic_cpu_ops;
/* The interrupt acknowledge, shaped for x86_get_irq_vector (opaque = the Lapic): the
 * ExtINT source's vector (from the PIC), else the highest deliverable IRR vector, which
 * moves to ISR, else the spurious vector (SDM vol. 3, 11.9). With the APIC hardware
 * disabled, LINT0 is the CPU's INTR pin and this is the PIC's acknowledge; -1 when no
 * PIC is attached. */
int lapic_get_interrupt(void *opaque);

/* The LINT0 / LINT1 pins (pin 0 or 1). The PIC's INT output goes to LINT0;
 * lapic_pic_intr has the 8259 model's PicIntrFn shape. */
void lapic_set_lint(Lapic *l, int pin, int level);
void lapic_lint_handler(void *opaque, int line, int level);
IrqLine lapic_lint_line(Lapic *l, int pin);
void lapic_pic_intr(void *opaque, int level);

/* A bus message addressed to this APIC (the destination is checked here); true if
 * accepted. lapic_deliver_msg has the IOAPIC's deliver-callback shape (opaque = Lapic). */
bool lapic_deliver(Lapic *l, const LapicMsg *msg);
bool lapic_deliver_msg(void *opaque, const LapicMsg *msg);
/* A message-signalled interrupt: a device's write of data to addr in FEExxxxxH (SDM
 * vol. 3, 11.11). False when addr/data are not a valid MSI or nobody accepted it. */
bool lapic_msi(Lapic *l, uint64_t addr, uint32_t data);

extern const StateDesc lapic_state_desc;
void *lapic_state_obj(Lapic *l);

#endif
