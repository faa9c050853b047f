/* The Motorola MC146818A real-time clock and its CMOS RAM on ports 0x70 (index; bit 7
 * masks NMI on a PC) and 0x71 (data): time and calendar in BCD or binary, 12 or 24
 * hours, the once-a-second update cycle with its UIP window, alarm, periodic and
 * update-ended interrupts on IRQ 8. Time runs from a start date on the virtual clock.
 * Follows the Motorola MC146818A datasheet. */
#ifndef DEVICES_RTC_H
#define DEVICES_RTC_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/clock.h"
#include "machine/irq.h"
#include "machine/memory.h"
#include "machine/state.h"

#define RTC_HZ 32768u
/* CMOS byte holding the century, the IBM PC AT convention (kept by this device in the
 * data format of register B, as the DS12C887 does). */
#define RTC_CENTURY_INDEX 0x32

typedef struct RtcDateTime {
    int year;            /* full year, 0-9999 */
    int month, day;      /* 1-12, 1-31 */
    int hour, minute, second;
    int nsec;            /* into the second: the first update comes 1 s - nsec later */
} RtcDateTime;

/* Deterministic default: 2000-01-01T00:00:00. */
#define RTC_DEFAULT_BASE { 2000, 1, 1, 0, 0, 0, 0 }

/* "YYYY-MM-DDTHH:MM:SS" (the -rtc base= value); false if malformed or not a real date. */
bool rtc_parse_base(const char *s, RtcDateTime *out);
/* UTC date of a Unix time (seconds since 1970-01-01T00:00:00Z, >= 0). */
RtcDateTime rtc_datetime_from_unix(int64_t secs);

typedef struct Rtc Rtc;

/* Registers ports 0x70-0x71. The clock starts at *start in 24-hour BCD, register A
 * 0x26 (32.768 kHz time base, 1024 Hz periodic rate), B 0x02, D 0x80 (valid RAM). */
Rtc *rtc_new(AddressSpace *as, Clock *clock, IrqLine irq8, const RtcDateTime *start);
void rtc_free(Rtc *rtc);

/* Port 0x70 bit 7 as last written: true while the guest has NMI masked. */
bool rtc_nmi_masked(const Rtc *rtc);

/* Board access to the CMOS RAM bytes 0x0E-0x7F (memory size, boot order...). */
uint8_t rtc_cmos_get(const Rtc *rtc, int index);
void rtc_cmos_set(Rtc *rtc, int index, uint8_t val);

extern const StateDesc rtc_state_desc;
void *rtc_state_obj(Rtc *rtc);

#endif
