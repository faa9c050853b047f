/* A small emitter of ACPI Machine Language (ACPI 6.4 chapter 20, "ACPI Machine Language
 * Specification"): integers, strings, name strings and the length-prefixed objects
 * (Package, Scope, Device, Method) a DSDT needs. Objects with a PkgLength are written
 * with aml_open ... aml_close, which computes and inserts the encoded length. */
#ifndef DEVICES_AML_H
#define DEVICES_AML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct AmlBuf {
    uint8_t *data;
    size_t len, cap;
    bool failed;       /* an allocation or encoding failed: the contents are unusable */
} AmlBuf;

void aml_init(AmlBuf *b);
void aml_free(AmlBuf *b);

void aml_byte(AmlBuf *b, uint8_t v);
void aml_bytes(AmlBuf *b, const void *p, size_t n);
/* ComputationalData (20.2.3): ZeroOp, OneOp, OnesOp or the shortest Byte/Word/DWord/
 * QWord constant holding v. */
void aml_integer(AmlBuf *b, uint64_t v);
/* String (20.2.3): StringPrefix, the ASCII characters 0x01-0x7F, NullChar. */
void aml_string(AmlBuf *b, const char *s);
/* NameString (20.2.2): an optional '\' root prefix or '^' parent prefixes, then name
 * segments separated by '.', each 1-4 characters (padded with '_'). "\_SB.PCI0" ->
 * RootChar DualNamePrefix "_SB_" "PCI0". Bad names mark the buffer failed. */
void aml_name_string(AmlBuf *b, const char *path);
/* An EISA ID such as "PNP0A03" compressed into a DWordConst (6.1.5 _HID). */
void aml_eisa_id(AmlBuf *b, const char *id);
/* DefBuffer (20.2.5.4): BufferOp PkgLength BufferSize ByteList, with n bytes of data
 * (a ResourceTemplate is such a buffer). */
void aml_buffer(AmlBuf *b, const uint8_t *data, size_t n);
/* DefName (20.2.5.1): NameOp NameString, then the caller writes the object. */
void aml_name_decl(AmlBuf *b, const char *name);

/* Objects with a PkgLength: the opcode bytes, then (after aml_close) the encoded length
 * of everything written since, then the contents. Returns a handle for aml_close. */
size_t aml_open(AmlBuf *b, const uint8_t *opcode, size_t oplen);
void aml_close(AmlBuf *b, size_t handle);

/* Convenience openers: DefPackage with n elements (20.2.5.4), DefScope (20.2.5.1),
 * DefDevice (20.2.5.2), DefMethod with nargs and no serialization (20.2.5.2). */
size_t aml_package_open(AmlBuf *b, unsigned n);
size_t aml_scope_open(AmlBuf *b, const char *path);
size_t aml_device_open(AmlBuf *b, const char *path);
size_t aml_method_open(AmlBuf *b, const char *name, unsigned nargs);
/* DefReturn (20.2.5.3): ReturnOp, then the caller writes the value. */
void aml_return(AmlBuf *b);

/* PkgLength (20.2.4) for `contents` bytes following it: the encoded value counts the
 * PkgLength bytes themselves. Writes 1-4 bytes to out and returns how many, or 0 when
 * the value does not fit in 28 bits. */
unsigned aml_pkg_length(size_t contents, uint8_t out[4]);

#endif
