/* Generic save and load of described device state (machine/state.h). Encoding, all
 * little-endian: section = name, version u32, record; record = field count u32, then
 * per field: name, type u8, count u32, payload length u32, payload (count elements, a
 * record each for structs). Names are u16 length + bytes. The payload length lets a
 * loader skip fields it does not know. */
#include "machine/state.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define STATE_MAX_DEPTH 8
#define STATE_IMAGE_HEADER 36
#define STATE_IMAGE_MAX_PAYLOAD (1ull << 32)
#define STATE_FLAG_ZLIB 1u

static const char state_magic[8] = { 'T', 'E', 'R', 'N', 'S', 'T', 'A', 'T' };

static void state_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static size_t state_type_size(StateType t)
{
    switch (t) {
    case STATE_T_U8: case STATE_T_BOOL: return 1;
    case STATE_T_U16: return 2;
    case STATE_T_U32: case STATE_T_I32: return 4;
    case STATE_T_U64: case STATE_T_I64: return 8;
    default: return 0;
    }
}

static size_t state_nfields(const StateDesc *d)
{
    size_t n = 0;
    while (d->fields[n].name)
        n++;
    return n;
}

static bool state_check_rec(const StateDesc *d, int depth, char *err, size_t errlen)
{
    if (depth > STATE_MAX_DEPTH) {
        state_err(err, errlen, "%s: structs nested too deep", d->name);
        return false;
    }
    if (!d->name || !d->name[0] || !d->fields || d->size == 0) {
        state_err(err, errlen, "a state table has no name, fields or size");
        return false;
    }
    if (sizeof(bool) != 1) {
        state_err(err, errlen, "bool is not one byte on this host");
        return false;
    }
    for (const StateField *f = d->fields; f->name; f++) {
        if (!f->name[0] || strlen(f->name) > 0xffff || f->count == 0) {
            state_err(err, errlen, "%s: a field has an empty name or count 0", d->name);
            return false;
        }
        if (f->offset + f->size > d->size) {
            state_err(err, errlen, "%s.%s lies outside the struct", d->name, f->name);
            return false;
        }
        for (const StateField *g = d->fields; g < f; g++) {
            if (!strcmp(g->name, f->name)) {
                state_err(err, errlen, "%s.%s appears twice", d->name, f->name);
                return false;
            }
        }
        if (f->type == STATE_T_STRUCT) {
            if (!f->sub || f->size != f->sub->size * f->count) {
                state_err(err, errlen, "%s.%s: size %zu is not %u x its struct", d->name,
                          f->name, f->size, f->count);
                return false;
            }
            if (!state_check_rec(f->sub, depth + 1, err, errlen))
                return false;
        } else {
            size_t es = state_type_size(f->type);
            if (es == 0 || f->size != es * f->count) {
                state_err(err, errlen, "%s.%s: size %zu does not match its type x %u",
                          d->name, f->name, f->size, f->count);
                return false;
            }
        }
        if (f->since > d->version) {
            state_err(err, errlen, "%s.%s was added in a version after %u", d->name,
                      f->name, d->version);
            return false;
        }
    }
    return true;
}

bool state_desc_check(const StateDesc *d, char *err, size_t errlen)
{
    if (!d) {
        state_err(err, errlen, "no state table");
        return false;
    }
    return state_check_rec(d, 0, err, errlen);
}

/* ---- buffer ---- */

void state_buf_init(StateBuf *b)
{
    memset(b, 0, sizeof(*b));
}

void state_buf_free(StateBuf *b)
{
    free(b->data);
    state_buf_init(b);
}

static void buf_put(StateBuf *b, const void *p, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n)
            cap *= 2;
        uint8_t *d = realloc(b->data, cap);
        if (!d) {
            b->failed = true;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void buf_put_le(StateBuf *b, uint64_t v, size_t n)
{
    uint8_t tmp[8];
    for (size_t i = 0; i < n; i++)
        tmp[i] = (uint8_t)(v >> (8 * i));
    buf_put(b, tmp, n);
}

static void buf_patch_u32(StateBuf *b, size_t at, uint32_t v)
{
    if (b->failed)
        return;
    for (size_t i = 0; i < 4; i++)
        b->data[at + i] = (uint8_t)(v >> (8 * i));
}

static void buf_put_str(StateBuf *b, const char *s)
{
    size_t n = strlen(s);
    buf_put_le(b, n, 2);
    buf_put(b, s, n);
}

/* ---- save ---- */

static uint64_t state_get_elem(const uint8_t *p, StateType t)
{
    switch (t) {
    case STATE_T_U8: return *p;
    case STATE_T_BOOL: { bool v; memcpy(&v, p, 1); return v ? 1 : 0; }
    case STATE_T_U16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case STATE_T_U32: case STATE_T_I32: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static void state_save_record(StateBuf *b, const StateDesc *d, const uint8_t *obj)
{
    buf_put_le(b, state_nfields(d), 4);
    for (const StateField *f = d->fields; f->name; f++) {
        buf_put_str(b, f->name);
        buf_put_le(b, f->type, 1);
        buf_put_le(b, f->count, 4);
        size_t len_at = b->len;
        buf_put_le(b, 0, 4);
        size_t start = b->len;
        const uint8_t *base = obj + f->offset;
        for (uint32_t i = 0; i < f->count; i++) {
            if (f->type == STATE_T_STRUCT) {
                state_save_record(b, f->sub, base + i * f->sub->size);
            } else {
                size_t es = state_type_size(f->type);
                buf_put_le(b, state_get_elem(base + i * es, f->type), es);
            }
        }
        buf_patch_u32(b, len_at, (uint32_t)(b->len - start));
    }
}

bool state_save(StateBuf *b, const StateDesc *d, void *obj)
{
    if (d->pre_save)
        d->pre_save(obj);
    buf_put_str(b, d->name);
    buf_put_le(b, d->version, 4);
    state_save_record(b, d, obj);
    return !b->failed;
}

/* ---- load ---- */

void state_reader_init(StateReader *r, const void *data, size_t len)
{
    r->data = data;
    r->len = len;
    r->pos = 0;
}

static bool rd_le(StateReader *r, size_t n, uint64_t *v)
{
    if (r->len - r->pos < n)
        return false;
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++)
        x |= (uint64_t)r->data[r->pos + i] << (8 * i);
    r->pos += n;
    *v = x;
    return true;
}

/* Reads a name into buf (NUL-terminated, truncated to fit: a truncated name simply
 * matches nothing). */
static bool rd_str(StateReader *r, char *buf, size_t bufsize)
{
    uint64_t n;
    if (!rd_le(r, 2, &n) || r->len - r->pos < n)
        return false;
    size_t c = n < bufsize - 1 ? (size_t)n : bufsize - 1;
    memcpy(buf, r->data + r->pos, c);
    buf[c] = 0;
    r->pos += n;
    return true;
}

static void state_set_elem(uint8_t *p, StateType t, uint64_t v)
{
    switch (t) {
    case STATE_T_U8: *p = (uint8_t)v; break;
    case STATE_T_BOOL: { bool b = v != 0; memcpy(p, &b, 1); break; }
    case STATE_T_U16: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case STATE_T_U32: case STATE_T_I32: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

static bool state_load_record(StateReader *r, const StateDesc *d, uint8_t *obj,
                              uint32_t image_version, const char *path, int depth,
                              char *err, size_t errlen)
{
    size_t nf = state_nfields(d);
    bool seen[256] = { false };
    uint64_t count;
    if (depth > STATE_MAX_DEPTH || nf > 256) {
        state_err(err, errlen, "%s: table too large or nested too deep", path);
        return false;
    }
    if (!rd_le(r, 4, &count)) {
        state_err(err, errlen, "%s: image truncated", path);
        return false;
    }
    for (uint64_t k = 0; k < count; k++) {
        char name[128];
        uint64_t type, n, len;
        if (!rd_str(r, name, sizeof(name)) || !rd_le(r, 1, &type) || !rd_le(r, 4, &n) ||
            !rd_le(r, 4, &len) || r->len - r->pos < len) {
            state_err(err, errlen, "%s: image truncated", path);
            return false;
        }
        const StateField *f = NULL;
        for (size_t i = 0; i < nf; i++) {
            if (!strcmp(d->fields[i].name, name)) {
                f = &d->fields[i];
                seen[i] = true;
                break;
            }
        }
        if (!f) {                      /* a field this version no longer has */
            r->pos += len;
            continue;
        }
        if (type != (uint64_t)f->type || n != f->count) {
            state_err(err, errlen, "%s.%s: type or count differs from this version", path,
                      f->name);
            return false;
        }
        size_t end = r->pos + len;
        uint8_t *base = obj + f->offset;
        for (uint32_t i = 0; i < f->count; i++) {
            if (f->type == STATE_T_STRUCT) {
                char sub[160];
                snprintf(sub, sizeof(sub), "%s.%s[%u]", path, f->name, i);
                if (!state_load_record(r, f->sub, base + i * f->sub->size, image_version,
                                       sub, depth + 1, err, errlen))
                    return false;
            } else {
                size_t es = state_type_size(f->type);
                uint64_t v;
                if (!rd_le(r, es, &v)) {
                    state_err(err, errlen, "%s.%s: image truncated", path, f->name);
                    return false;
                }
                if (f->type == STATE_T_BOOL && v > 1) {
                    state_err(err, errlen, "%s.%s: a bool holds %llu", path, f->name,
                              (unsigned long long)v);
                    return false;
                }
                state_set_elem(base + i * es, f->type, v);
            }
        }
        if (r->pos != end) {
            state_err(err, errlen, "%s.%s: payload length does not match", path, f->name);
            return false;
        }
    }
    for (size_t i = 0; i < nf; i++) {
        if (!seen[i] && d->fields[i].since <= image_version) {
            state_err(err, errlen, "%s.%s is missing from the image", path, d->fields[i].name);
            return false;
        }
    }
    return true;
}

bool state_load(StateReader *r, const StateDesc *d, void *obj, char *err, size_t errlen)
{
    char name[128];
    uint64_t version;
    size_t start = r->pos;
    if (!rd_str(r, name, sizeof(name)) || !rd_le(r, 4, &version)) {
        state_err(err, errlen, "%s: image truncated", d->name);
        r->pos = start;
        return false;
    }
    if (strcmp(name, d->name)) {
        state_err(err, errlen, "expected section '%s', found '%s'", d->name, name);
        r->pos = start;
        return false;
    }
    if (version > d->version) {
        state_err(err, errlen, "%s: image version %llu is newer than this Tern's %u", d->name,
                  (unsigned long long)version, d->version);
        r->pos = start;
        return false;
    }
    uint8_t *backup = malloc(d->size);
    if (!backup) {
        state_err(err, errlen, "%s: out of memory", d->name);
        r->pos = start;
        return false;
    }
    /* Derived fields brought up to date first, so that restoring the backup and
     * re-running post_load puts the object back exactly where it was. */
    if (d->pre_save)
        d->pre_save(obj);
    memcpy(backup, obj, d->size);
    bool ok = state_load_record(r, d, obj, (uint32_t)version, d->name, 0, err, errlen);
    if (ok && d->post_load && !d->post_load(obj)) {
        state_err(err, errlen, "%s: the loaded state is not valid", d->name);
        ok = false;
        memcpy(obj, backup, d->size);
        d->post_load(obj);            /* re-derive outputs from the state kept */
    } else if (!ok) {
        memcpy(obj, backup, d->size);
    }
    if (!ok)
        r->pos = start;
    free(backup);
    return ok;
}

/* ---- image container ---- */

static uint32_t state_crc(const uint8_t *p, size_t n)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    while (n) {
        uInt chunk = n > 0x40000000u ? 0x40000000u : (uInt)n;
        crc = crc32(crc, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return (uint32_t)crc;
}

bool state_image_pack(const StateBuf *payload, bool compress, StateBuf *out)
{
    if (payload->failed)
        return false;
    const uint8_t *stored = payload->data;
    uLongf stored_len = payload->len;
    uint8_t *z = NULL;
    if (compress && payload->len) {
        uLongf cap = compressBound(payload->len);
        z = malloc(cap);
        if (!z || compress2(z, &cap, payload->data, payload->len, Z_DEFAULT_COMPRESSION) != Z_OK) {
            free(z);
            return false;
        }
        stored = z;
        stored_len = cap;
    }
    buf_put(out, state_magic, sizeof(state_magic));
    buf_put_le(out, STATE_IMAGE_FORMAT, 4);
    buf_put_le(out, compress ? STATE_FLAG_ZLIB : 0, 4);
    buf_put_le(out, payload->len, 8);
    buf_put_le(out, stored_len, 8);
    buf_put_le(out, state_crc(payload->data, payload->len), 4);
    if (stored_len)
        buf_put(out, stored, stored_len);
    free(z);
    return !out->failed;
}

bool state_image_unpack(const void *image, size_t len, StateBuf *payload, char *err,
                        size_t errlen)
{
    StateReader r;
    uint64_t format = 0, flags = 0, plen = 0, slen = 0, crc = 0;
    state_reader_init(&r, image, len);
    if (len < STATE_IMAGE_HEADER || memcmp(image, state_magic, sizeof(state_magic))) {
        state_err(err, errlen, "not a Tern state image");
        return false;
    }
    r.pos = sizeof(state_magic);
    rd_le(&r, 4, &format);
    rd_le(&r, 4, &flags);
    rd_le(&r, 8, &plen);
    rd_le(&r, 8, &slen);
    rd_le(&r, 4, &crc);
    if (format != STATE_IMAGE_FORMAT) {
        state_err(err, errlen, "state image format %llu is not %d", (unsigned long long)format,
                  STATE_IMAGE_FORMAT);
        return false;
    }
    if (flags & ~(uint64_t)STATE_FLAG_ZLIB) {
        state_err(err, errlen, "state image has unknown flags 0x%llx", (unsigned long long)flags);
        return false;
    }
    if (slen != len - STATE_IMAGE_HEADER || plen > STATE_IMAGE_MAX_PAYLOAD ||
        (!(flags & STATE_FLAG_ZLIB) && plen != slen)) {
        state_err(err, errlen, "state image lengths do not match its size");
        return false;
    }
    state_buf_free(payload);
    if (plen == 0) {
        if (crc != state_crc(NULL, 0)) {
            state_err(err, errlen, "state image checksum mismatch");
            return false;
        }
        return true;
    }
    payload->data = malloc(plen);
    if (!payload->data) {
        state_err(err, errlen, "out of memory for a %llu-byte state", (unsigned long long)plen);
        return false;
    }
    payload->cap = plen;
    const uint8_t *stored = (const uint8_t *)image + STATE_IMAGE_HEADER;
    if (flags & STATE_FLAG_ZLIB) {
        uLongf out_len = plen;
        if (uncompress(payload->data, &out_len, stored, slen) != Z_OK || out_len != plen) {
            state_buf_free(payload);
            state_err(err, errlen, "state image does not decompress");
            return false;
        }
    } else {
        memcpy(payload->data, stored, plen);
    }
    payload->len = plen;
    if (state_crc(payload->data, plen) != crc) {
        state_buf_free(payload);
        state_err(err, errlen, "state image checksum mismatch");
        return false;
    }
    return true;
}
