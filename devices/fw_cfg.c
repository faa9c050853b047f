/* Firmware configuration device (devices/fw_cfg.h): items in a small table, the file
 * directory rebuilt whenever a file is added. */
#include "devices/fw_cfg.h"

#include <stdlib.h>
#include <string.h>

#include "tcg/log.h"

#define FW_CFG_MAX_ITEMS (32 + FW_CFG_MAX_FILES + 8)
#define FW_CFG_ID_TRADITIONAL 0x1

typedef struct FwCfgItem {
    uint16_t key;
    uint8_t *data;
    size_t len;
} FwCfgItem;

typedef struct FwCfgFile {
    char name[FW_CFG_NAME_SIZE];
    uint16_t key;
    uint32_t size;
} FwCfgFile;

struct FwCfg {
    AddressSpace *as;
    uint16_t port;          /* selector; data at port + 1 */
    FwCfgItem items[FW_CFG_MAX_ITEMS];
    unsigned nb_items;
    FwCfgFile files[FW_CFG_MAX_FILES];
    unsigned nb_files;
    uint16_t selector;
    size_t offset;
    const FwCfgItem *cur;   /* NULL: the selected item does not exist */
};

static FwCfgItem *find(FwCfg *fc, uint16_t key)
{
    for (unsigned i = 0; i < fc->nb_items; i++)
        if (fc->items[i].key == key)
            return &fc->items[i];
    return NULL;
}

static void select_item(FwCfg *fc, uint16_t key)
{
    fc->selector = key;
    fc->offset = 0;
    /* Bit 14 selects an item for writing, which this read-only device does not take. */
    fc->cur = find(fc, key & 0xbfff);
}

bool fw_cfg_add_bytes(FwCfg *fc, uint16_t key, const void *data, size_t len)
{
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy)
        return false;
    if (len)
        memcpy(copy, data, len);
    FwCfgItem *it = find(fc, key);
    if (!it) {
        if (fc->nb_items == FW_CFG_MAX_ITEMS) {
            free(copy);
            return false;
        }
        it = &fc->items[fc->nb_items++];
        it->key = key;
    } else {
        free(it->data);
    }
    it->data = copy;
    it->len = len;
    select_item(fc, fc->selector); /* the item's storage may have moved */
    return true;
}

static bool add_le(FwCfg *fc, uint16_t key, uint64_t v, unsigned n)
{
    uint8_t b[8];
    for (unsigned i = 0; i < n; i++)
        b[i] = (uint8_t)(v >> (8 * i));
    return fw_cfg_add_bytes(fc, key, b, n);
}

bool fw_cfg_add_i16(FwCfg *fc, uint16_t key, uint16_t v) { return add_le(fc, key, v, 2); }
bool fw_cfg_add_i32(FwCfg *fc, uint16_t key, uint32_t v) { return add_le(fc, key, v, 4); }
bool fw_cfg_add_i64(FwCfg *fc, uint16_t key, uint64_t v) { return add_le(fc, key, v, 8); }

static void put_be(uint8_t *p, uint32_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
}

static bool rebuild_dir(FwCfg *fc)
{
    size_t len = 4 + (size_t)fc->nb_files * 64;
    uint8_t *dir = calloc(1, len);
    if (!dir)
        return false;
    put_be(dir, fc->nb_files, 4);
    for (unsigned i = 0; i < fc->nb_files; i++) {
        uint8_t *e = dir + 4 + (size_t)i * 64;
        put_be(e, fc->files[i].size, 4);
        put_be(e + 4, fc->files[i].key, 2);
        memcpy(e + 8, fc->files[i].name, FW_CFG_NAME_SIZE);
    }
    bool ok = fw_cfg_add_bytes(fc, FW_CFG_FILE_DIR, dir, len);
    free(dir);
    return ok;
}

bool fw_cfg_add_file(FwCfg *fc, const char *name, const void *data, size_t len)
{
    size_t n = strlen(name);
    if (n == 0 || n >= FW_CFG_NAME_SIZE || fc->nb_files == FW_CFG_MAX_FILES || len > UINT32_MAX)
        return false;
    unsigned pos = 0;
    while (pos < fc->nb_files && strcmp(fc->files[pos].name, name) < 0)
        pos++;
    if (pos < fc->nb_files && !strcmp(fc->files[pos].name, name))
        return false;
    uint16_t key = (uint16_t)(FW_CFG_FILE_FIRST + fc->nb_files);
    if (!fw_cfg_add_bytes(fc, key, data, len))
        return false;
    memmove(&fc->files[pos + 1], &fc->files[pos], sizeof(FwCfgFile) * (fc->nb_files - pos));
    memset(&fc->files[pos], 0, sizeof(FwCfgFile));
    memcpy(fc->files[pos].name, name, n);
    fc->files[pos].key = key;
    fc->files[pos].size = (uint32_t)len;
    fc->nb_files++;
    return rebuild_dir(fc);
}

static uint32_t fw_in(void *opaque, uint16_t port, unsigned size)
{
    FwCfg *fc = opaque;
    if (port == fc->port)
        return fc->selector;
    /* Successive bytes of the item, little-endian within a wide read. */
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        uint8_t b = 0;
        if (fc->cur && fc->offset < fc->cur->len)
            b = fc->cur->data[fc->offset];
        if (fc->cur && fc->offset < fc->cur->len)
            fc->offset++;
        v |= (uint32_t)b << (8 * i);
    }
    return v;
}

static void fw_out(void *opaque, uint16_t port, uint32_t val, unsigned size)
{
    FwCfg *fc = opaque;
    if (port == fc->port && size >= 2) {
        select_item(fc, (uint16_t)val);
        return;
    }
    if (tern_log_enabled(LOG_UNIMP))
        tern_log("unimplemented: fw_cfg write to port 0x%04x (item 0x%04x) ignored\n", port,
                 fc->selector);
}

static const PortOps fw_ops = { fw_in, fw_out };

FwCfg *fw_cfg_new(AddressSpace *as, uint16_t port)
{
    FwCfg *fc = calloc(1, sizeof(*fc));
    if (!fc)
        return NULL;
    fc->as = as;
    fc->port = port;
    if (!fw_cfg_add_bytes(fc, FW_CFG_SIGNATURE, "QEMU", 4) ||
        !fw_cfg_add_i32(fc, FW_CFG_ID, FW_CFG_ID_TRADITIONAL) || !rebuild_dir(fc)) {
        fw_cfg_free(fc);
        return NULL;
    }
    as_register_ports(as, port, 2, &fw_ops, fc);
    fw_cfg_reset(fc);
    return fc;
}

void fw_cfg_free(FwCfg *fc)
{
    if (!fc)
        return;
    for (unsigned i = 0; i < fc->nb_items; i++)
        free(fc->items[i].data);
    free(fc);
}

void fw_cfg_reset(FwCfg *fc)
{
    select_item(fc, FW_CFG_SIGNATURE);
}
