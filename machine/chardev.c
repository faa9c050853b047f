/* Serial port host ends (machine/chardev.h). The terminal state is process-wide (there
 * is one stdin), so it is kept in statics that the exit and signal hooks can reach. */
#include "machine/chardev.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define PENDING_MAX 4096
#define MUX_ESCAPE 0x01   /* Ctrl-A */

typedef enum { CD_NULL, CD_STDIO, CD_FILE } CdKind;

struct CharDev {
    CdKind kind;
    FILE *out;
    bool mux, escape, quit, eof;
    uint8_t pending[PENDING_MAX];
    size_t npending;
};

static struct termios saved_tio;
static bool tio_saved;
static bool hooks_installed;

static void restore_terminal(void)
{
    if (tio_saved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
        tio_saved = false;
    }
}

/* A fatal or terminating signal: give the terminal back, then die of the signal as
 * if nothing had been caught (tcsetattr is async-signal-safe). */
static void signal_restore(int sig)
{
    if (tio_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_hooks(void)
{
    if (hooks_installed)
        return;
    hooks_installed = true;
    atexit(restore_terminal);
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS,
                                SIGFPE, SIGILL };
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        signal(sigs[i], signal_restore);
}

/* Raw input (no line editing, no echo, no CR translation, no flow control). Output
 * processing stays on, so the guest's "\n" still returns the carriage as QEMU's stdio
 * does. With mux, Ctrl-C / Ctrl-Z are characters for the guest, not signals. */
static void raw_terminal(bool mux)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_tio) != 0)
        return;
    install_hooks();
    tio_saved = true;
    struct termios t = saved_tio;
    t.c_iflag &= (tcflag_t)~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t.c_lflag &= (tcflag_t)~(ECHO | ECHONL | ICANON | IEXTEN);
    if (mux)
        t.c_lflag &= (tcflag_t)~ISIG;
    t.c_cflag &= (tcflag_t)~(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

CharDev *chardev_open(const char *spec, bool mux, char *err, size_t errlen)
{
    CharDev *cd = calloc(1, sizeof(*cd));
    if (!cd) {
        snprintf(err, errlen, "-serial: out of memory");
        return NULL;
    }
    cd->mux = mux;
    if (!strcmp(spec, "stdio")) {
        cd->kind = CD_STDIO;
        cd->out = stdout;
        raw_terminal(mux);
    } else if (!strcmp(spec, "null")) {
        cd->kind = CD_NULL;
        cd->eof = true;
    } else if (!strncmp(spec, "file:", 5) && spec[5]) {
        cd->kind = CD_FILE;
        cd->eof = true;
        cd->out = fopen(spec + 5, "w");
        if (!cd->out) {
            snprintf(err, errlen, "-serial: cannot open '%s': %s", spec + 5, strerror(errno));
            free(cd);
            return NULL;
        }
    } else {
        snprintf(err, errlen, "-serial: unknown backend '%s' (stdio, null, file:PATH)", spec);
        free(cd);
        return NULL;
    }
    return cd;
}

void chardev_close(CharDev *cd)
{
    if (!cd)
        return;
    if (cd->kind == CD_STDIO) {
        fflush(stdout);
        restore_terminal();
    } else if (cd->kind == CD_FILE) {
        fclose(cd->out);
    }
    free(cd);
}

void chardev_write(CharDev *cd, const uint8_t *buf, size_t len)
{
    if (!cd || !cd->out)
        return;
    fwrite(buf, 1, len, cd->out);
    fflush(cd->out);
}

static void mux_help(void)
{
    static const char help[] =
        "\r\nC-a h    print this help\r\n"
        "C-a x    exit emulator\r\n"
        "C-a C-a  sends C-a\r\n";
    fputs(help, stderr);
    fflush(stderr);
}

/* Ctrl-A prefixed keys are the emulator's; everything else is the guest's. */
static void take_byte(CharDev *cd, uint8_t c)
{
    if (cd->mux && cd->escape) {
        cd->escape = false;
        switch (c) {
        case 'x': case 'X':
            cd->quit = true;
            return;
        case 'h': case 'H': case '?':
            mux_help();
            return;
        case MUX_ESCAPE:
            break;          /* a literal Ctrl-A for the guest */
        case 'c': case 'C':
            fputs("\r\ntern: there is no monitor (C-a h lists the keys)\r\n", stderr);
            return;
        default:
            return;
        }
    } else if (cd->mux && c == MUX_ESCAPE) {
        cd->escape = true;
        return;
    }
    if (cd->npending < PENDING_MAX)
        cd->pending[cd->npending++] = c;
}

bool chardev_poll(CharDev *cd, int timeout_ms)
{
    if (!cd)
        return false;
    if (cd->kind != CD_STDIO || cd->eof)
        return cd->npending != 0;
    if (cd->npending >= PENDING_MAX || cd->quit)
        return true;
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
    int r = poll(&p, 1, timeout_ms);
    if (r <= 0)
        return true;
    uint8_t buf[256];
    size_t room = PENDING_MAX - cd->npending;
    ssize_t n = read(STDIN_FILENO, buf, room < sizeof(buf) ? room : sizeof(buf));
    if (n <= 0) {
        if (n == 0 || (errno != EINTR && errno != EAGAIN))
            cd->eof = true;
        return !cd->eof || cd->npending != 0;
    }
    for (ssize_t i = 0; i < n; i++)
        take_byte(cd, buf[i]);
    return true;
}

size_t chardev_pending(CharDev *cd, const uint8_t **data)
{
    if (!cd) {
        *data = NULL;
        return 0;
    }
    *data = cd->pending;
    return cd->npending;
}

void chardev_consume(CharDev *cd, size_t n)
{
    if (!cd || n == 0)
        return;
    if (n > cd->npending)
        n = cd->npending;
    memmove(cd->pending, cd->pending + n, cd->npending - n);
    cd->npending -= n;
}

bool chardev_quit_requested(const CharDev *cd)
{
    return cd && cd->quit;
}

bool chardev_has_input(const CharDev *cd)
{
    return cd && cd->kind == CD_STDIO && !cd->eof && cd->npending < PENDING_MAX;
}
