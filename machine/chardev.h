/* Host ends of a guest serial port (QEMU's -serial spellings): "stdio" (output to
 * stdout, input from stdin), "null" (output dropped, no input) and "file:PATH" (output
 * appended to a file). Input is read without blocking the guest. With mux (-nographic)
 * stdin is also the emulator's console: Ctrl-A x quits, Ctrl-A h lists the keys, Ctrl-A
 * Ctrl-A sends Ctrl-A, and Ctrl-C goes to the guest. A terminal on stdin is put in raw
 * mode and restored on every way out (normal exit, exit(), fatal signals). */
#ifndef MACHINE_CHARDEV_H
#define MACHINE_CHARDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct CharDev CharDev;

/* NULL with one line in err for a bad spec or an unopenable file. */
CharDev *chardev_open(const char *spec, bool mux, char *err, size_t errlen);
void chardev_close(CharDev *cd);

void chardev_write(CharDev *cd, const uint8_t *buf, size_t len);
/* Waits at most timeout_ms (0: just look, -1: until input) for input and moves what
 * arrived into the pending buffer. Returns false when no input can ever arrive (not
 * stdio, or stdin reached end of file) and nothing is pending. */
bool chardev_poll(CharDev *cd, int timeout_ms);
/* Input waiting for the guest: a pointer to it and its length; chardev_consume drops the
 * first n bytes once the UART took them. */
size_t chardev_pending(CharDev *cd, const uint8_t **data);
void chardev_consume(CharDev *cd, size_t n);
/* Ctrl-A x was typed. */
bool chardev_quit_requested(const CharDev *cd);
/* Whether more input can be read (stdio, stdin still open, room in the pending buffer):
 * when false, waiting for input cannot change anything. */
bool chardev_has_input(const CharDev *cd);

#endif
