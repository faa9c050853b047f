/* ACPI Machine Language emitter (devices/aml.h); encodings from ACPI 6.4 chapter 20. */
#include "devices/aml.h"

#include <stdlib.h>
#include <string.h>

enum {
    AML_ZERO_OP = 0x00, AML_ONE_OP = 0x01, AML_NAME_OP = 0x08, AML_BYTE_PREFIX = 0x0a,
    AML_WORD_PREFIX = 0x0b, AML_DWORD_PREFIX = 0x0c, AML_STRING_PREFIX = 0x0d,
    AML_QWORD_PREFIX = 0x0e, AML_SCOPE_OP = 0x10, AML_BUFFER_OP = 0x11, AML_PACKAGE_OP = 0x12,
    AML_METHOD_OP = 0x14, AML_DUAL_NAME_PREFIX = 0x2e, AML_MULTI_NAME_PREFIX = 0x2f,
    AML_EXT_OP_PREFIX = 0x5b, AML_DEVICE_OP = 0x82, AML_ROOT_CHAR = 0x5c,
    AML_PARENT_PREFIX = 0x5e, AML_RETURN_OP = 0xa4, AML_ONES_OP = 0xff,
};

void aml_init(AmlBuf *b)
{
    memset(b, 0, sizeof(*b));
}

void aml_free(AmlBuf *b)
{
    free(b->data);
    memset(b, 0, sizeof(*b));
}

static bool reserve(AmlBuf *b, size_t n)
{
    if (b->failed)
        return false;
    if (b->len + n <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n)
        cap *= 2;
    uint8_t *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void aml_bytes(AmlBuf *b, const void *p, size_t n)
{
    if (!reserve(b, n))
        return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void aml_byte(AmlBuf *b, uint8_t v)
{
    aml_bytes(b, &v, 1);
}

static void le(AmlBuf *b, uint64_t v, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        aml_byte(b, (uint8_t)(v >> (8 * i)));
}

void aml_integer(AmlBuf *b, uint64_t v)
{
    if (v == 0) {
        aml_byte(b, AML_ZERO_OP);
    } else if (v == 1) {
        aml_byte(b, AML_ONE_OP);
    } else if (v == UINT64_MAX) {
        aml_byte(b, AML_ONES_OP);  /* all ones in a revision 2 (64-bit integer) table */
    } else if (v <= 0xff) {
        aml_byte(b, AML_BYTE_PREFIX);
        le(b, v, 1);
    } else if (v <= 0xffff) {
        aml_byte(b, AML_WORD_PREFIX);
        le(b, v, 2);
    } else if (v <= 0xffffffffu) {
        aml_byte(b, AML_DWORD_PREFIX);
        le(b, v, 4);
    } else {
        aml_byte(b, AML_QWORD_PREFIX);
        le(b, v, 8);
    }
}

void aml_string(AmlBuf *b, const char *s)
{
    aml_byte(b, AML_STRING_PREFIX);
    for (; *s; s++) {
        if ((unsigned char)*s > 0x7f) {
            b->failed = true;
            return;
        }
        aml_byte(b, (uint8_t)*s);
    }
    aml_byte(b, 0);
}

static bool lead_char(char c)
{
    return (c >= 'A' && c <= 'Z') || c == '_';
}

/* One NameSeg: LeadNameChar then up to three NameChars, padded with '_'. */
static bool name_seg(const char *s, size_t n, uint8_t out[4])
{
    if (n == 0 || n > 4 || !lead_char(s[0]))
        return false;
    for (size_t i = 0; i < 4; i++) {
        char c = i < n ? s[i] : '_';
        if (!lead_char(c) && !(c >= '0' && c <= '9'))
            return false;
        out[i] = (uint8_t)c;
    }
    return true;
}

void aml_name_string(AmlBuf *b, const char *path)
{
    const char *p = path;
    if (*p == '\\') {
        aml_byte(b, AML_ROOT_CHAR);
        p++;
    } else {
        while (*p == '^') {
            aml_byte(b, AML_PARENT_PREFIX);
            p++;
        }
    }
    uint8_t segs[255][4];
    unsigned n = 0;
    while (*p) {
        size_t len = strcspn(p, ".");
        if (n == 255 || !name_seg(p, len, segs[n])) {
            b->failed = true;
            return;
        }
        n++;
        p += len;
        if (*p == '.') {
            p++;
            if (!*p) {
                b->failed = true;
                return;
            }
        }
    }
    if (n == 0) {
        aml_byte(b, 0);        /* NullName */
        return;
    }
    if (n == 2) {
        aml_byte(b, AML_DUAL_NAME_PREFIX);
    } else if (n > 2) {
        aml_byte(b, AML_MULTI_NAME_PREFIX);
        aml_byte(b, (uint8_t)n);
    }
    for (unsigned i = 0; i < n; i++)
        aml_bytes(b, segs[i], 4);
}

/* Three letters of 5 bits each ('A' = 1), then four hex digits: the bytes in the order
 * they appear, which a little-endian DWORD read turns into the _HID value. */
void aml_eisa_id(AmlBuf *b, const char *id)
{
    if (strlen(id) != 7) {
        b->failed = true;
        return;
    }
    unsigned v[7];
    for (int i = 0; i < 3; i++) {
        if (id[i] < 'A' || id[i] > 'Z') {
            b->failed = true;
            return;
        }
        v[i] = (unsigned)(id[i] - 'A' + 1);
    }
    for (int i = 3; i < 7; i++) {
        char c = id[i];
        if (c >= '0' && c <= '9') v[i] = (unsigned)(c - '0');
        else if (c >= 'A' && c <= 'F') v[i] = (unsigned)(c - 'A' + 10);
        else {
            b->failed = true;
            return;
        }
    }
    unsigned vendor = v[0] << 10 | v[1] << 5 | v[2];
    uint8_t bytes[4] = { (uint8_t)(vendor >> 8), (uint8_t)vendor,
                         (uint8_t)(v[3] << 4 | v[4]), (uint8_t)(v[5] << 4 | v[6]) };
    aml_byte(b, AML_DWORD_PREFIX);
    aml_bytes(b, bytes, 4);
}

void aml_buffer(AmlBuf *b, const uint8_t *data, size_t n)
{
    static const uint8_t op[] = { AML_BUFFER_OP };
    size_t h = aml_open(b, op, sizeof(op));
    aml_integer(b, n);
    aml_bytes(b, data, n);
    aml_close(b, h);
}

void aml_name_decl(AmlBuf *b, const char *name)
{
    aml_byte(b, AML_NAME_OP);
    aml_name_string(b, name);
}

unsigned aml_pkg_length(size_t contents, uint8_t out[4])
{
    for (unsigned n = 1; n <= 4; n++) {
        size_t v = contents + n;
        size_t limit = n == 1 ? 64 : (size_t)1 << (4 + 8 * (n - 1));
        if (v >= limit)
            continue;
        if (n == 1) {
            out[0] = (uint8_t)v;
        } else {
            out[0] = (uint8_t)(((n - 1) << 6) | (v & 0x0f));
            for (unsigned i = 1; i < n; i++)
                out[i] = (uint8_t)(v >> (4 + 8 * (i - 1)));
        }
        return n;
    }
    return 0;
}

size_t aml_open(AmlBuf *b, const uint8_t *opcode, size_t oplen)
{
    aml_bytes(b, opcode, oplen);
    return b->len;
}

void aml_close(AmlBuf *b, size_t handle)
{
    if (b->failed || handle > b->len)
        return;
    uint8_t enc[4];
    unsigned n = aml_pkg_length(b->len - handle, enc);
    if (n == 0 || !reserve(b, n)) {
        b->failed = true;
        return;
    }
    memmove(b->data + handle + n, b->data + handle, b->len - handle);
    memcpy(b->data + handle, enc, n);
    b->len += n;
}

size_t aml_package_open(AmlBuf *b, unsigned n)
{
    static const uint8_t op[] = { AML_PACKAGE_OP };
    size_t h = aml_open(b, op, sizeof(op));
    if (n > 255)
        b->failed = true;
    aml_byte(b, (uint8_t)n);    /* NumElements */
    return h;
}

size_t aml_scope_open(AmlBuf *b, const char *path)
{
    static const uint8_t op[] = { AML_SCOPE_OP };
    size_t h = aml_open(b, op, sizeof(op));
    aml_name_string(b, path);
    return h;
}

size_t aml_device_open(AmlBuf *b, const char *path)
{
    static const uint8_t op[] = { AML_EXT_OP_PREFIX, AML_DEVICE_OP };
    size_t h = aml_open(b, op, sizeof(op));
    aml_name_string(b, path);
    return h;
}

size_t aml_method_open(AmlBuf *b, const char *name, unsigned nargs)
{
    static const uint8_t op[] = { AML_METHOD_OP };
    size_t h = aml_open(b, op, sizeof(op));
    aml_name_string(b, name);
    if (nargs > 7)
        b->failed = true;
    aml_byte(b, (uint8_t)(nargs & 7));  /* MethodFlags: ArgCount, NotSerialized, SyncLevel 0 */
    return h;
}

void aml_return(AmlBuf *b)
{
    aml_byte(b, AML_RETURN_OP);
}
