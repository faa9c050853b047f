/* Device state as data (DESIGN.md "Device state is described, not hand-serialized"):
 * each device exports a StateDesc, a table of its state fields (name, offset, type,
 * count), and one generic routine saves and loads every device from it. Fields are
 * matched by name, so a newer Tern loads an older image (fields added since are left at
 * their reset values) and unknown old fields are skipped. The image container carries a
 * CRC-32 of its payload and may compress it with zlib (snapshots, record/replay). */
#ifndef MACHINE_STATE_H
#define MACHINE_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum StateType {
    STATE_T_U8 = 1,
    STATE_T_U16,
    STATE_T_U32,
    STATE_T_U64,
    STATE_T_I32,
    STATE_T_I64,
    STATE_T_BOOL,    /* C bool, stored as one byte 0/1 */
    STATE_T_STRUCT,  /* elements described by .sub */
} StateType;

struct StateDesc;

typedef struct StateField {
    const char *name;           /* NULL ends a table */
    size_t offset;              /* of the member in the described struct */
    size_t size;                /* sizeof the member: checked against type x count */
    StateType type;
    uint32_t count;             /* array elements; 1 for a scalar */
    const struct StateDesc *sub;/* STATE_T_STRUCT only */
    uint32_t since;             /* the desc version that added the field (0: always) */
} StateField;

typedef struct StateDesc {
    const char *name;           /* section name in an image ("pit", "pic"...) */
    uint32_t version;           /* raise when fields are added or change meaning */
    size_t size;                /* sizeof the described struct */
    const StateField *fields;
    /* Optional hooks on the top-level object: pre_save brings derived fields up to date
     * (e.g. "time now"); post_load rebuilds what is not state (timers, irq outputs) and
     * may reject impossible values by returning false (the object is then restored). */
    void (*pre_save)(void *obj);
    bool (*post_load)(void *obj);
} StateDesc;

#define STATE_MEMBER_SIZE(T, m) sizeof(((T *)0)->m)
#define STATE_FIELD(T, m, type, n) { #m, offsetof(T, m), STATE_MEMBER_SIZE(T, m), type, n, NULL, 0 }
#define STATE_U8(T, m)   STATE_FIELD(T, m, STATE_T_U8, 1)
#define STATE_U16(T, m)  STATE_FIELD(T, m, STATE_T_U16, 1)
#define STATE_U32(T, m)  STATE_FIELD(T, m, STATE_T_U32, 1)
#define STATE_U64(T, m)  STATE_FIELD(T, m, STATE_T_U64, 1)
#define STATE_I32(T, m)  STATE_FIELD(T, m, STATE_T_I32, 1)
#define STATE_I64(T, m)  STATE_FIELD(T, m, STATE_T_I64, 1)
#define STATE_BOOL(T, m) STATE_FIELD(T, m, STATE_T_BOOL, 1)
#define STATE_U8_ARRAY(T, m, n)   STATE_FIELD(T, m, STATE_T_U8, n)
#define STATE_U16_ARRAY(T, m, n)  STATE_FIELD(T, m, STATE_T_U16, n)
#define STATE_U32_ARRAY(T, m, n)  STATE_FIELD(T, m, STATE_T_U32, n)
#define STATE_STRUCT_ARRAY(T, m, desc, n) \
    { #m, offsetof(T, m), STATE_MEMBER_SIZE(T, m), STATE_T_STRUCT, n, &(desc), 0 }
#define STATE_END { NULL, 0, 0, 0, 0, NULL, 0 }

/* Checks a table against its struct: sizes match types, offsets inside the struct,
 * names unique and non-empty, sub-tables valid. Unit tests run it on every device. */
bool state_desc_check(const StateDesc *d, char *err, size_t errlen);

/* A growable byte buffer; a failed allocation sets failed and later writes do nothing. */
typedef struct StateBuf {
    uint8_t *data;
    size_t len, cap;
    bool failed;
} StateBuf;

void state_buf_init(StateBuf *b);
void state_buf_free(StateBuf *b);

/* Appends one section (desc->name, version, every field) describing obj. */
bool state_save(StateBuf *b, const StateDesc *d, void *obj);

typedef struct StateReader {
    const uint8_t *data;
    size_t len, pos;
} StateReader;

void state_reader_init(StateReader *r, const void *data, size_t len);
/* Reads the next section into obj; it must be named desc->name and not newer than
 * desc->version. All or nothing: on failure obj is unchanged and err says why. */
bool state_load(StateReader *r, const StateDesc *d, void *obj, char *err, size_t errlen);

/* The image container: "TERNSTAT", format version, flags (zlib), payload length,
 * stored length, CRC-32 of the payload, then the payload (sections, optionally
 * compressed). out receives the whole image. */
#define STATE_IMAGE_FORMAT 1
bool state_image_pack(const StateBuf *payload, bool compress, StateBuf *out);
/* Checks the header and CRC and decompresses; payload receives the sections. */
bool state_image_unpack(const void *image, size_t len, StateBuf *payload, char *err,
                        size_t errlen);

#endif
