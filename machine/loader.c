/* Whole-file reads for command-line images. A file that is missing, unreadable, empty or
 * too large for its place is reported in one line, and nothing is mapped. Boot images
 * (LoaderImage) are read again at each machine reset instead of staying in memory. */
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

/* *regular: a regular file (it can be read again later). */
static uint8_t *read_path(const char *opt, const char *path, size_t max, size_t *size,
                          bool *regular, char *err, size_t errlen)
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
    *regular = S_ISREG(st.st_mode);
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

uint8_t *loader_read_file(const char *opt, const char *path, size_t max, size_t *size,
                          char *err, size_t errlen)
{
    bool regular;
    return read_path(opt, path, max, size, &regular, err, errlen);
}

/* FNV-1a's multiplier over 64-bit words, with a shift to fold high bits back down: only
 * compared with itself in one process, to see a file replaced by one of the same size. */
static uint64_t image_digest(const uint8_t *p, size_t n)
{
    const uint64_t mul = 0x100000001b3ull;
    uint64_t h = 0xcbf29ce484222325ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * mul;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * mul;
    return h;
}

bool loader_image_init(LoaderImage *im, const char *opt, const char *path, size_t max)
{
    size_t n = strlen(path) + 1;
    *im = (LoaderImage){ .opt = opt, .max = max, .path = malloc(n) };
    if (!im->path)
        return false;
    memcpy(im->path, path, n);
    return true;
}

const uint8_t *loader_image_get(LoaderImage *im, size_t *size, char *err, size_t errlen)
{
    if (im->kept) {
        *size = im->size;
        return im->kept;
    }
    bool regular = true;
    size_t n = 0;
    uint8_t *buf = read_path(im->opt, im->path, im->max, &n, &regular, err, errlen);
    if (!buf)
        return NULL;
    uint64_t d = image_digest(buf, n);
    if (!im->size) {
        im->size = n;
        im->digest = d;
        if (!regular)
            im->kept = buf;   /* a pipe or device: there is no reading it twice */
    } else if (n != im->size || d != im->digest) {
        if (n != im->size)
            snprintf(err, errlen, "%s: '%s' changed since Tern started (%zu bytes, now %zu); "
                     "it is read again at each machine reset", im->opt, im->path, im->size, n);
        else
            snprintf(err, errlen, "%s: '%s' changed since Tern started (same size, other "
                     "contents); it is read again at each machine reset", im->opt, im->path);
        free(buf);
        return NULL;
    }
    *size = n;
    return buf;
}

void loader_image_put(LoaderImage *im, const uint8_t *buf)
{
    if (buf && buf != im->kept)
        free((void *)buf);
}

void loader_image_free(LoaderImage *im)
{
    free(im->kept);
    free(im->path);
    *im = (LoaderImage){ 0 };
}
