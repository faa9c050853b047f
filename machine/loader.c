/* Whole-file reads for command-line images. A file that is missing, unreadable, empty or
 * too large for its place is reported in one line, and nothing is mapped. */
#include "machine/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void too_large(const char *opt, const char *path, unsigned long long got, size_t max,
                      char *err, size_t errlen)
{
    if (got)
        snprintf(err, errlen, "%s: '%s' is too large (%llu bytes; at most %zu)", opt, path,
                 got, max);
    else
        snprintf(err, errlen, "%s: '%s' is too large (more than %zu bytes)", opt, path, max);
}

uint8_t *loader_read_file(const char *opt, const char *path, size_t max, size_t *size,
                          char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open '%s': %s", opt, path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(err, errlen, "%s: cannot read '%s': %s", opt, path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: cannot read '%s': %s", opt, path, strerror(EISDIR));
        close(fd);
        return NULL;
    }
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
        too_large(opt, path, (unsigned long long)st.st_size, max, err, errlen);
        close(fd);
        return NULL;
    }
    /* Pipes and devices have no size up front: read until EOF, at most max + 1 bytes. */
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    size_t len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            snprintf(err, errlen, "%s: '%s': out of memory", opt, path);
            close(fd);
            return NULL;
        }
        if (len == cap) {
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            if (ncap <= cap) {
                too_large(opt, path, 0, max, err, errlen);
                free(buf);
                close(fd);
                return NULL;
            }
            uint8_t *nb = realloc(buf, ncap);
            if (!nb)
                free(buf);
            buf = nb;
            cap = ncap;
            continue;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            snprintf(err, errlen, "%s: cannot read '%s': %s", opt, path, strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > max) {
            too_large(opt, path, 0, max, err, errlen);
            free(buf);
            close(fd);
            return NULL;
        }
    }
    close(fd);
    if (len == 0) {
        snprintf(err, errlen, "%s: '%s' is empty", opt, path);
        free(buf);
        return NULL;
    }
    *size = len;
    return buf;
}
