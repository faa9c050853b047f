/* The gdb remote serial protocol stub's connection side: the TCP listener (QEMU's
 * -gdb tcp::PORT spelling), packet framing ($payload#checksum, +/- acknowledgement,
 * QStartNoAckMode), the stopped-CPU session loop, and the watcher thread that, while the
 * guest runs, turns a new connection, Ctrl-C (0x03), other input or a hang-up into a
 * request for the CPU to leave its loop. Packet meanings are in gdbstub_cmd.c. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cpu/exec.h"
#include "machine/gdbstub_internal.h"

static const char hexdig[] = "0123456789abcdef";

/* ---- output ---- */

static void raw_write(GdbStub *g, const void *buf, size_t len)
{
    if (g->capture) {
        if (g->capture_len + len > g->capture_cap)
            len = g->capture_cap - g->capture_len;
        memcpy(g->capture + g->capture_len, buf, len);
        g->capture_len += len;
        return;
    }
    const char *p = buf;
    while (len && g->fd >= 0) {
        ssize_t k = send(g->fd, p, len, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return; /* the peer is gone: the next read sees the hang-up */
        p += k;
        len -= (size_t)k;
    }
}

/* Frames and sends payload; escape: the bytes gdb would take as framing or run-length
 * marks are sent as '}' followed by the byte XOR 20H (binary replies only). */
static void send_framed(GdbStub *g, const char *payload, size_t len, bool escape)
{
    char *o = g->out;
    size_t n = 0;
    uint8_t sum = 0;
    o[n++] = '$';
    for (size_t i = 0; i < len && n < GDB_BUF_SIZE - 8; i++) {
        uint8_t c = (uint8_t)payload[i];
        if (escape && (c == '$' || c == '#' || c == '}' || c == '*')) {
            o[n++] = '}';
            sum += '}';
            c ^= 0x20;
        }
        o[n++] = (char)c;
        sum += c;
    }
    o[n++] = '#';
    o[n++] = hexdig[sum >> 4];
    o[n++] = hexdig[sum & 15];
    memcpy(g->last, o, n);
    g->last_len = n;
    raw_write(g, o, n);
}

void gdb_send(GdbStub *g, const char *payload, size_t len)
{
    send_framed(g, payload, len, false);
}

void gdb_send_str(GdbStub *g, const char *payload)
{
    send_framed(g, payload, strlen(payload), false);
}

void gdb_send_binary(GdbStub *g, const char *payload, size_t len)
{
    send_framed(g, payload, len, true);
}

void gdb_send_stop_reply(GdbStub *g)
{
    char buf[96];
    const char *what = "";
    char extra[48] = "";
    if (g->stop_signal == GDB_SIGTRAP) {
        X86DebugStop s = x86_cpu_debug_stop(g->env);
        if (s.reason == X86_STOP_SW_BP)
            what = "swbreak:;";
        else if (s.reason == X86_STOP_HW_BP)
            what = "hwbreak:;";
        else if (s.reason == X86_STOP_WATCH) {
            const char *kind = s.watch_type == X86_WATCH_READ ? "rwatch"
                             : s.watch_type == X86_WATCH_ACCESS ? "awatch" : "watch";
            snprintf(extra, sizeof(extra), "%s:%llx;", kind, (unsigned long long)s.addr);
            what = extra;
        }
    }
    snprintf(buf, sizeof(buf), "T%02xthread:01;%s", g->stop_signal & 0xff, what);
    gdb_send_str(g, buf);
}

/* ---- input ---- */

/* The next byte from the debugger, -1 when it hung up (or, under test, input ran out). */
static int read_byte(GdbStub *g)
{
    if (g->capture)
        return g->test_pos < g->test_len ? g->test_in[g->test_pos++] : -1;
    if (g->in_pos < g->in_len)
        return g->in[g->in_pos++];
    if (g->fd < 0)
        return -1;
    for (;;) {
        ssize_t k = recv(g->fd, g->in, sizeof(g->in), 0);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        g->in_len = (size_t)k;
        g->in_pos = 1;
        return g->in[0];
    }
}

enum { PKT_OK, PKT_BAD, PKT_EOF };

/* Reads one packet's payload into buf (NUL-terminated, *len bytes; binary-safe). Acks,
 * naks (answered by resending the last packet) and stray bytes before a '$' are
 * consumed. A payload longer than GDB_PACKET_SIZE is read to its end and reported bad;
 * a '$' inside a payload starts over (the peer lost sync). */
static int read_packet(GdbStub *g, char *buf, size_t *len, bool *overlong)
{
    int c;
    *overlong = false;
    for (;;) {
        c = read_byte(g);
        if (c < 0)
            return PKT_EOF;
        if (c == '$')
            break;
        if (c == '-' && g->last_len && !g->no_ack)
            raw_write(g, g->last, g->last_len);
        /* '+', 0x03 while stopped (already stopped) and noise are dropped */
    }
restart:;
    size_t n = 0;
    uint8_t sum = 0;
    for (;;) {
        c = read_byte(g);
        if (c < 0)
            return PKT_EOF;
        if (c == '#')
            break;
        if (c == '$') {
            *overlong = false;
            goto restart;
        }
        sum += (uint8_t)c;
        if (n < GDB_PACKET_SIZE)
            buf[n++] = (char)c;
        else
            *overlong = true;
    }
    int h1 = read_byte(g), h2 = h1 < 0 ? -1 : read_byte(g);
    if (h2 < 0)
        return PKT_EOF;
    buf[n] = 0;
    *len = n;
    int v1 = gdb_hexval(h1), v2 = gdb_hexval(h2);
    if (v1 < 0 || v2 < 0 || (uint8_t)(v1 * 16 + v2) != sum)
        return PKT_BAD;
    return PKT_OK;
}

/* ---- the stopped CPU: packets until one resumes it ---- */

static void hang_up(GdbStub *g)
{
    if (g->fd >= 0)
        close(g->fd);
    g->fd = -1;
    g->no_ack = false;
    g->layout_chosen = false;
    g->in_len = g->in_pos = 0;
    g->last_len = 0;
    x86_debug_remove_all(g->env);
}

static void attach(GdbStub *g, int fd);

/* Blocks until a debugger connects; its socket, -1 on error. */
static int wait_for_debugger(GdbStub *g, const char *why)
{
    fprintf(stderr, "tern: waiting for gdb on port %s (%s)\n", g->port, why);
    int fd;
    do {
        fd = accept(g->listen_fd, NULL, NULL);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

/* Returns the action that ended the session (never GDB_RUN_NONE): the caller resumes
 * the CPU; with GDB_RUN_KILL the process ends here. */
static GdbRunAction session(GdbStub *g)
{
    static char pkt[GDB_PACKET_SIZE + 1];
    for (;;) {
        size_t len = 0;
        bool overlong;
        int r = read_packet(g, pkt, &len, &overlong);
        if (r == PKT_EOF) {
            if (g->capture)
                return GDB_RUN_NONE;
            hang_up(g); /* gdb went away: the guest runs on, as after a detach */
            if (g->hold_on_hangup) {
                /* ... unless 'monitor layout' asked for a reconnection: the CPU stays
                 * stopped for the next debugger, as with -S */
                g->hold_on_hangup = false;
                int fd = wait_for_debugger(g, "reconnection");
                if (fd >= 0) {
                    attach(g, fd);
                    continue;
                }
            }
            return GDB_RUN_DETACH;
        }
        if (r == PKT_BAD && !overlong) {
            if (g->no_ack)
                gdb_send_str(g, "E01");
            else
                raw_write(g, "-", 1);
            continue;
        }
        if (!g->no_ack)
            raw_write(g, "+", 1);
        if (overlong) {
            gdb_send_str(g, "E01");
            continue;
        }
        GdbRunAction a = gdb_handle_packet(g, pkt, len);
        if (a == GDB_RUN_NONE)
            continue;
        g->hold_on_hangup = false; /* the CPU runs: a hang-up later is an ordinary one */
        if (g->capture)
            continue; /* under test nothing runs */
        if (a == GDB_RUN_DETACH)
            hang_up(g);
        if (a == GDB_RUN_KILL) {
            hang_up(g);
            fflush(stdout);
            fprintf(stderr, "tern: killed by the debugger\n");
            exit(0);
        }
        return a;
    }
}

/* ---- the watcher thread ---- */

static void *watcher_main(void *arg)
{
    GdbStub *g = arg;
    for (;;) {
        struct pollfd p[2] = {
            { .fd = g->wake[0], .events = POLLIN },
            { .fd = g->fd >= 0 ? g->fd : g->listen_fd, .events = POLLIN },
        };
        if (poll(p, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return NULL;
        }
        if (p[0].revents)
            return NULL;
        if (!p[1].revents)
            continue;
        if (g->fd < 0) {
            int fd = accept(g->listen_fd, NULL, NULL);
            if (fd < 0)
                continue;
            g->pending_fd = fd;
            g->event = GDB_EV_CONNECT;
            break;
        }
        if (g->in_len == sizeof(g->in))
            g->in_len = 0; /* only acknowledgements were kept: drop them */
        ssize_t k = recv(g->fd, g->in + g->in_len, sizeof(g->in) - g->in_len, 0);
        if (k < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (k <= 0) {
            g->event = GDB_EV_HANGUP;
            break;
        }
        size_t start = g->in_len;
        g->in_len += (size_t)k;
        bool data = false;
        for (size_t i = start; i < g->in_len; i++) {
            if (g->in[i] == 0x03) {
                g->event = GDB_EV_CTRL_C;
                break;
            }
            data |= g->in[i] != '+' && g->in[i] != '-';
        }
        if (g->event == GDB_EV_CTRL_C)
            break;
        if (data) {
            /* A packet while the guest runs (gdb does not send one in all-stop mode):
             * stop and answer it. */
            g->event = GDB_EV_DATA;
            break;
        }
    }
    x86_cpu_interrupt(g->env, CPU_INTERRUPT_EXIT);
    /* A kick from this thread can be lost under the JIT's store of the count (x86_cpu_kick):
     * repeat it every millisecond until the CPU thread has stopped and wakes us. */
    struct pollfd w = { .fd = g->wake[0], .events = POLLIN };
    for (;;) {
        int n = poll(&w, 1, 1);
        if (n > 0 || (n < 0 && errno != EINTR))
            break;
        x86_cpu_kick(g->env);
    }
    return NULL;
}

static void watcher_start(GdbStub *g)
{
    if (g->watcher_running)
        return;
    g->event = GDB_EV_NONE;
    if (g->in_pos >= g->in_len)
        g->in_len = g->in_pos = 0;
    if (g->in_pos) { /* keep unread bytes at the start for the watcher to append to */
        memmove(g->in, g->in + g->in_pos, g->in_len - g->in_pos);
        g->in_len -= g->in_pos;
        g->in_pos = 0;
    }
    /* A packet that came in the same read as the one that resumed the CPU: answer it
     * at once rather than when the next byte arrives. */
    for (size_t i = 0; g->fd >= 0 && i < g->in_len; i++) {
        if (g->in[i] != '+' && g->in[i] != '-') {
            g->event = g->in[i] == 0x03 ? GDB_EV_CTRL_C : GDB_EV_DATA;
            x86_cpu_interrupt(g->env, CPU_INTERRUPT_EXIT);
            return;
        }
    }
    if (pthread_create(&g->watcher, NULL, watcher_main, g) == 0)
        g->watcher_running = true;
}

static int watcher_stop(GdbStub *g)
{
    if (!g->watcher_running) {
        int ev = g->event; /* found by watcher_start without a thread */
        g->event = GDB_EV_NONE;
        g->event_was_ctrl_c = ev == GDB_EV_CTRL_C;
        if (ev != GDB_EV_NONE)
            x86_cpu_reset_interrupt(g->env, CPU_INTERRUPT_EXIT);
        return ev;
    }
    char c = 0;
    if (write(g->wake[1], &c, 1) < 0) {
        /* the pipe cannot be full: the thread reads nothing from it */
    }
    pthread_join(g->watcher, NULL);
    g->watcher_running = false;
    char drain[16];
    while (read(g->wake[0], drain, sizeof(drain)) > 0) {
    }
    int ev = g->event;
    g->event = GDB_EV_NONE;
    g->event_was_ctrl_c = ev == GDB_EV_CTRL_C;
    if (ev != GDB_EV_NONE)
        x86_cpu_reset_interrupt(g->env, CPU_INTERRUPT_EXIT);
    return ev;
}

/* ---- the machine's side ---- */

static void resume(GdbStub *g, GdbRunAction a)
{
    x86_cpu_debug_resume(g->env, a == GDB_RUN_STEP);
}

/* A debugger connected: the CPU is stopped where it is and gdb drives from here. */
static void attach(GdbStub *g, int fd)
{
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    g->fd = fd;
    g->no_ack = false;
    g->layout_chosen = false;
    g->in_len = g->in_pos = 0;
    g->last_len = 0;
    g->stop_signal = GDB_SIGTRAP;
    x86_cpu_debug_resume(g->env, false); /* clears any old stop state */
}

void gdbstub_start(GdbStub *g, CPUX86State *env, bool wait)
{
    g->env = env;
    if (wait) {
        int fd = wait_for_debugger(g, "-S");
        if (fd >= 0) {
            attach(g, fd);
            resume(g, session(g));
        }
    }
    watcher_start(g);
}

bool gdbstub_handle_exit(GdbStub *g, int reason)
{
    if (!g || !g->env)
        return false;
    bool took = false;
    switch (watcher_stop(g)) {
    case GDB_EV_CONNECT:
        /* A debugger attached while the guest ran: the CPU is stopped where it is. If the
         * loop also stopped for its own reason (HLT, end of run), the machine sees that
         * reason once gdb resumes. */
        attach(g, g->pending_fd);
        g->pending_fd = -1;
        resume(g, session(g));
        took = reason == EXCP_INTERRUPT || reason == EXCP_DEBUG;
        break;
    case GDB_EV_HANGUP:
        hang_up(g);
        took = reason == EXCP_INTERRUPT;
        break;
    case GDB_EV_CTRL_C:
    case GDB_EV_DATA:
        if (g->fd >= 0 && reason != EXCP_DEBUG) {
            g->stop_signal = GDB_SIGINT;
            if (g->event_was_ctrl_c)
                gdb_send_stop_reply(g);
            resume(g, session(g));
            took = reason == EXCP_INTERRUPT;
        }
        break;
    default:
        break;
    }
    if (reason == EXCP_DEBUG && !took) {
        if (g->fd >= 0) {
            g->stop_signal = GDB_SIGTRAP;
            gdb_send_stop_reply(g);
            resume(g, session(g));
        } else {
            resume(g, GDB_RUN_CONTINUE); /* a stop nobody waits for any more */
        }
        took = true;
    }
    watcher_start(g);
    return took;
}

void gdbstub_report_exit(GdbStub *g, int status)
{
    if (!g)
        return;
    watcher_stop(g);
    if (g->fd >= 0) {
        char buf[8];
        snprintf(buf, sizeof(buf), "W%02x", status & 0xff);
        gdb_send_str(g, buf);
        close(g->fd);
        g->fd = -1;
    }
}

void gdbstub_set_monitor_hook(GdbStub *g, GdbMonitorHook hook, void *opaque)
{
    g->monitor_hook = hook;
    g->monitor_opaque = opaque;
}

/* ---- setup ---- */

static GdbStub *stub_new(void)
{
    GdbStub *g = calloc(1, sizeof(*g));
    if (!g)
        return NULL;
    g->last = malloc(GDB_BUF_SIZE);
    g->out = malloc(GDB_BUF_SIZE);
    g->listen_fd = g->fd = g->pending_fd = -1;
    g->stop_signal = GDB_SIGTRAP;
    g->wake[0] = g->wake[1] = -1;
    if (!g->last || !g->out || pipe2(g->wake, O_NONBLOCK | O_CLOEXEC) < 0) {
        gdbstub_close(g);
        return NULL;
    }
    return g;
}

GdbStub *gdbstub_open(const char *dev, char *err, size_t errlen)
{
    if (strncmp(dev, "tcp:", 4)) {
        snprintf(err, errlen, "'%s': only tcp::PORT or tcp:HOST:PORT is supported", dev);
        return NULL;
    }
    char host[256] = "127.0.0.1", port[16];
    const char *rest = dev + 4, *colon = strrchr(rest, ':');
    const char *p = colon ? colon + 1 : rest;
    if (colon && colon > rest) {
        size_t hl = (size_t)(colon - rest);
        if (hl >= sizeof(host)) {
            snprintf(err, errlen, "'%s': host name too long", dev);
            return NULL;
        }
        memcpy(host, rest, hl);
        host[hl] = 0;
    }
    size_t pl = strlen(p);
    unsigned long pn = 0;
    bool ok = pl > 0 && pl < 6;
    for (size_t i = 0; ok && i < pl; i++) {
        ok = p[i] >= '0' && p[i] <= '9';
        pn = pn * 10 + (unsigned long)(p[i] - '0');
    }
    if (!ok || pn > 65535) {
        snprintf(err, errlen, "'%s': bad port number", dev);
        return NULL;
    }
    snprintf(port, sizeof(port), "%lu", pn);

    GdbStub *g = stub_new();
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                              .ai_flags = AI_PASSIVE }, *res = NULL;
    int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0) {
        snprintf(err, errlen, "'%s': %s", dev, gai_strerror(rc));
        gdbstub_close(g);
        return NULL;
    }
    int saved = 0;
    for (struct addrinfo *a = res; a && g->listen_fd < 0; a = a->ai_next) {
        int fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            saved = errno;
            continue;
        }
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        if (bind(fd, a->ai_addr, a->ai_addrlen) < 0 || listen(fd, 1) < 0) {
            saved = errno;
            close(fd);
            continue;
        }
        g->listen_fd = fd;
    }
    freeaddrinfo(res);
    if (g->listen_fd < 0) {
        snprintf(err, errlen, "cannot listen on %s port %s: %s", host, port, strerror(saved));
        gdbstub_close(g);
        return NULL;
    }
    if (pn == 0) { /* an ephemeral port: say which, so a script can connect */
        struct sockaddr_storage sa;
        socklen_t sl = sizeof(sa);
        char sp[16] = "?";
        if (getsockname(g->listen_fd, (struct sockaddr *)&sa, &sl) == 0)
            getnameinfo((struct sockaddr *)&sa, sl, NULL, 0, sp, sizeof(sp), NI_NUMERICSERV);
        fprintf(stderr, "tern: gdb stub listening on port %s\n", sp);
        snprintf(g->port, sizeof(g->port), "%s", sp);
    } else {
        snprintf(g->port, sizeof(g->port), "%s", port);
    }
    return g;
}

void gdbstub_close(GdbStub *g)
{
    if (!g)
        return;
    if (g->env)
        watcher_stop(g);
    if (g->fd >= 0)
        close(g->fd);
    if (g->listen_fd >= 0)
        close(g->listen_fd);
    if (g->pending_fd >= 0 && g->pending_fd != g->fd)
        close(g->pending_fd);
    for (int i = 0; i < 2; i++)
        if (g->wake[i] >= 0)
            close(g->wake[i]);
    free(g->last);
    free(g->out);
    free(g);
}

size_t gdbstub_test_feed(GdbStub *g, CPUX86State *env, const char *in, size_t len, char *out,
                         size_t outlen)
{
    g->env = env;
    g->capture = out;
    g->capture_len = 0;
    g->capture_cap = outlen;
    g->test_in = (const uint8_t *)in;
    g->test_len = len;
    g->test_pos = 0;
    while (g->test_pos < g->test_len)
        session(g);
    g->capture = NULL;
    g->test_in = NULL;
    return g->capture_len;
}
