/* Reading host files named on the command line (firmware, later kernels and initrds),
 * with the size checks and the one-line error messages the command line promises. */
#ifndef MACHINE_LOADER_H
#define MACHINE_LOADER_H

#include <stddef.h>
#include <stdint.h>

/* Reads all of path. Returns a malloc'd buffer and its size in *size, or NULL with one
 * line in err (no trailing newline) naming opt ("-bios") and the file when it cannot be
 * opened or read, is empty, or is larger than max bytes. */
uint8_t *loader_read_file(const char *opt, const char *path, size_t max, size_t *size,
                          char *err, size_t errlen);

#endif
