/* Reading host files named on the command line (firmware, later kernels and initrds),
 * with the size checks and the one-line error messages the command line promises. */
#ifndef MACHINE_LOADER_H
#define MACHINE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads all of path. Returns a malloc'd buffer and its size in *size, or NULL with one
 * line in err (no trailing newline) naming opt ("-bios") and the file when it cannot be
 * opened or read, is empty, or is larger than max bytes. */
uint8_t *loader_read_file(const char *opt, const char *path, size_t max, size_t *size,
                          char *err, size_t errlen);

/* A boot image (-kernel, -initrd, a Multiboot module) that is needed at power-on and again
 * at each machine reset, but not in between: every get reads the file, and a reading
 * after the first must find the same size and contents (else NULL, err names the change).
 * Only a file that cannot be read twice (a pipe, a device) keeps its bytes in memory. */
typedef struct LoaderImage {
    const char *opt;       /* "-kernel", "-initrd" */
    char *path;
    size_t max;
    size_t size;           /* of the first reading; 0 before it */
    uint64_t digest;       /* of the first reading's contents */
    uint8_t *kept;         /* not a regular file: the first reading, kept */
} LoaderImage;

/* false: out of memory. */
bool loader_image_init(LoaderImage *im, const char *opt, const char *path, size_t max);
/* The image's bytes (*size of them), or NULL with one line in err. Give them back with
 * loader_image_put. */
const uint8_t *loader_image_get(LoaderImage *im, size_t *size, char *err, size_t errlen);
void loader_image_put(LoaderImage *im, const uint8_t *buf);
void loader_image_free(LoaderImage *im);

#endif
