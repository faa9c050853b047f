/* CRC-32 (IEEE 802.3, reflected, table-driven) over a 64 KiB buffer, many passes:
 * byte loads, table lookups, shifts and XORs. */
#include "bench.h"

#define BUF (64 * 1024)
#define PASSES 1500

static uint32_t table[256];
static uint8_t buf[BUF];

uint32_t bench_run(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    uint32_t s = 12345;
    for (uint32_t i = 0; i < BUF; i++)
        buf[i] = (uint8_t)bench_rand(&s);
    uint32_t crc = 0;
    for (int p = 0; p < PASSES; p++) {
        crc = ~crc;
        for (uint32_t i = 0; i < BUF; i++)
            crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >> 8);
        crc = ~crc;
    }
    return crc;
}
