/* The firmware configuration device firmware such as SeaBIOS reads on a PC emulator
 * (the interface of QEMU's docs/specs/fw_cfg.rst): a 16-bit selector written at port
 * 0x510 picks an item, port 0x511 returns its bytes one by one (0 past the end or for
 * a missing item). Items: the "QEMU" signature, the interface ID (bit 0: this
 * traditional port interface; no DMA), numeric items (little-endian) and named files
 * listed in the file directory (item 0x19: a big-endian count, then per file a
 * big-endian size, select key, reserved word and a 56-byte name). */
#ifndef DEVICES_FW_CFG_H
#define DEVICES_FW_CFG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "machine/memory.h"

#define FW_CFG_PORT_SEL 0x510
#define FW_CFG_SIGNATURE 0x00
#define FW_CFG_ID 0x01
#define FW_CFG_RAM_SIZE 0x03
#define FW_CFG_NOGRAPHIC 0x04
#define FW_CFG_NB_CPUS 0x05
#define FW_CFG_MAX_CPUS 0x0f
#define FW_CFG_FILE_DIR 0x19
#define FW_CFG_FILE_FIRST 0x20
#define FW_CFG_MAX_FILES 64
#define FW_CFG_NAME_SIZE 56

typedef struct FwCfg FwCfg;

/* Claims port (selector) and port + 1 (data) with the signature, ID and an empty file
 * directory in place. NULL when out of memory. */
FwCfg *fw_cfg_new(AddressSpace *as, uint16_t port);
void fw_cfg_free(FwCfg *fc);
/* Machine reset: selector 0, offset 0 (the items stay). */
void fw_cfg_reset(FwCfg *fc);

/* Adds or replaces item key with a copy of data. false when out of memory. */
bool fw_cfg_add_bytes(FwCfg *fc, uint16_t key, const void *data, size_t len);
bool fw_cfg_add_i16(FwCfg *fc, uint16_t key, uint16_t v);
bool fw_cfg_add_i32(FwCfg *fc, uint16_t key, uint32_t v);
bool fw_cfg_add_i64(FwCfg *fc, uint16_t key, uint64_t v);
/* Adds a named file at the next free key from FW_CFG_FILE_FIRST and lists it in the
 * directory (sorted by name). false if the name is too long or taken, or no room. */
bool fw_cfg_add_file(FwCfg *fc, const char *name, const void *data, size_t len);

#endif
