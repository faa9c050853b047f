/* Fuzz-style test of Tern's gdb stub over TCP: starts
 * `tern -M bare -bios IMAGE -gdb tcp::0 -S`, then sends thousands of random, malformed,
 * truncated, overlong and badly checksummed packets (registers, memory with huge
 * addresses and lengths, breakpoints, qXfer, monitor commands, thread and vCont syntax),
 * in acknowledged and in no-ack mode. Every complete packet must get exactly one reply
 * (a bad checksum the '-' of the protocol, or E01 in no-ack mode) within a few seconds,
 * and Tern must still answer '?' and exit cleanly on 'k' at the end.
 * Usage: gdbfuzz TERN IMAGE [ITERATIONS [SEED]]. Exit status 0 = pass. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>

#define REPLY_TIMEOUT_MS 5000
#define MAX_PAYLOAD 0x4000 /* the stub's PacketSize */

static int sock = -1;
static pid_t tern_pid;
static bool no_ack;
static uint64_t rng_state;
static unsigned long sent, replies;

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gdbfuzz: FAIL: ", stdout);
    vprintf(fmt, ap);
    va_end(ap);
    printf(" (after %lu packets, %lu replies)\n", sent, replies);
    fflush(stdout);
    if (tern_pid > 0)
        kill(tern_pid, SIGKILL);
    exit(1);
}

static uint64_t rnd(void)
{
    /* xorshift64*: reproducible from the seed */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}
static unsigned rndn(unsigned n) { return (unsigned)(rnd() % n); }

/* ---- tern ---- */

static int start_tern(const char *tern, const char *image)
{
    int errpipe[2];
    if (pipe(errpipe) < 0)
        die("pipe: %s", strerror(errno));
    tern_pid = fork();
    if (tern_pid < 0)
        die("fork: %s", strerror(errno));
    if (tern_pid == 0) {
        dup2(errpipe[1], 2);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 1);
        close(errpipe[0]);
        execl(tern, tern, "-M", "bare", "-bios", image, "-gdb", "tcp::0", "-S", (char *)NULL);
        _exit(127);
    }
    close(errpipe[1]);
    char buf[4096];
    size_t n = 0;
    for (;;) {
        struct pollfd p = { errpipe[0], POLLIN, 0 };
        if (poll(&p, 1, 10000) <= 0)
            die("tern did not report its port");
        ssize_t k = read(errpipe[0], buf + n, sizeof(buf) - 1 - n);
        if (k <= 0)
            die("tern exited before listening");
        n += (size_t)k;
        buf[n] = 0;
        char *m = strstr(buf, "listening on port ");
        if (m && strchr(m, '\n'))
            return atoi(m + strlen("listening on port "));
    }
}

/* ---- wire ---- */

static void send_raw(const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        ssize_t k = send(sock, p, len, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            die("send: %s", strerror(errno));
        p += k;
        len -= (size_t)k;
    }
}

static uint8_t inbuf[1 << 16];
static size_t in_len;

static int read_byte(void)
{
    static size_t pos;
    if (pos < in_len)
        return inbuf[pos++];
    struct pollfd p = { sock, POLLIN, 0 };
    int r = poll(&p, 1, REPLY_TIMEOUT_MS);
    if (r <= 0)
        return -2; /* timeout */
    ssize_t k = recv(sock, inbuf, sizeof(inbuf), 0);
    if (k <= 0)
        return -1;
    in_len = (size_t)k;
    pos = 1;
    return inbuf[0];
}

/* Waits for the ack ('+' or '-') of a packet in ack mode. */
static int read_ack(void)
{
    int c = read_byte();
    if (c == -2)
        die("no acknowledgement within %d ms", REPLY_TIMEOUT_MS);
    if (c < 0)
        die("the stub closed the connection");
    if (c != '+' && c != '-')
        die("expected '+' or '-', got 0x%02x", c);
    return c;
}

/* Reads one reply packet, checks its checksum, returns its payload length. */
static size_t read_reply(char *out, size_t cap)
{
    int c;
    while ((c = read_byte()) != '$') {
        if (c == -2)
            die("no reply within %d ms", REPLY_TIMEOUT_MS);
        if (c < 0)
            die("the stub closed the connection");
        die("garbage 0x%02x before a reply", c);
    }
    size_t n = 0;
    uint8_t sum = 0;
    while ((c = read_byte()) != '#') {
        if (c < 0)
            die("reply cut short");
        sum += (uint8_t)c;
        if (n + 1 < cap)
            out[n++] = (char)c;
    }
    out[n] = 0;
    char cs[3] = { 0 };
    for (int i = 0; i < 2; i++) {
        if ((c = read_byte()) < 0)
            die("reply checksum cut short");
        cs[i] = (char)c;
    }
    if ((uint8_t)strtoul(cs, NULL, 16) != sum)
        die("reply with a bad checksum: %s vs %02x", cs, sum);
    if (!no_ack)
        send_raw("+", 1);
    replies++;
    return n;
}

static void send_packet(const char *payload, size_t len, bool bad_checksum)
{
    static char frame[MAX_PAYLOAD * 2 + 16];
    uint8_t sum = 0;
    size_t n = 0;
    frame[n++] = '$';
    for (size_t i = 0; i < len; i++) {
        frame[n++] = payload[i];
        sum += (uint8_t)payload[i];
    }
    if (bad_checksum)
        sum ^= (uint8_t)(1 + rndn(255));
    n += (size_t)sprintf(frame + n, "#%02x", sum);
    if (getenv("GDBFUZZ_TRACE"))
        fprintf(stderr, "send %.*s\n", (int)(n > 120 ? 120 : n), frame);
    send_raw(frame, n);
    sent++;
}

/* A packet that must get exactly one reply (a monitor command: its output packets
 * "O<hex>" and then the one reply). */
static size_t transact(const char *payload, size_t len, char *reply, size_t cap)
{
    send_packet(payload, len, false);
    if (!no_ack && read_ack() != '+')
        die("a good packet was refused: %.*s", (int)(len > 60 ? 60 : len), payload);
    size_t n = read_reply(reply, cap);
    bool monitor = len >= 6 && !strncmp(payload, "qRcmd,", 6);
    while (monitor && reply[0] == 'O' && strcmp(reply, "OK"))
        n = read_reply(reply, cap);
    return n;
}

/* ---- payloads ---- */

static const char *const monitor_cmds[] = {
    "help", "info registers", "info icount", "info tlb", "until-icount", "until-icount -5",
    "until-icount 0x", "until-icount 99999999999999999999999", "log", "log bogus",
    "log none", "", "info", "xyzzy", "info registers extra",
};

static size_t hex_of(char *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sprintf(out + 2 * i, "%02x", (unsigned char)s[i]);
    return 2 * n;
}

static uint64_t edge_number(void)
{
    static const uint64_t edges[] = { 0, 1, 2, 3, 4, 7, 8, 0xfff, 0x1000, 0x3fff, 0x4000,
                                      0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
                                      0xfffffffffffff000ull, UINT64_MAX };
    return rndn(3) ? edges[rndn(sizeof(edges) / sizeof(edges[0]))] : rnd() >> rndn(64);
}

static void random_chars(char *out, size_t n, const char *alphabet)
{
    size_t a = strlen(alphabet);
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[rndn((unsigned)a)];
}

/* Builds a random command that does not resume the CPU; returns its length. */
static size_t make_payload(char *p)
{
    static const char hex[] = "0123456789abcdefABCDEF";
    static const char junk[] = "0123456789abcdefxyz,:;=-+ .!XMmgGpPZzqQHvT?";
    size_t n = 0;
    char tmp[600];
    switch (rndn(18)) {
    case 0: n = (size_t)sprintf(p, "m%llx,%llx", (unsigned long long)edge_number(),
                                (unsigned long long)edge_number()); break;
    case 1: {
        unsigned len = rndn(64);
        n = (size_t)sprintf(p, "M%llx,%x:", (unsigned long long)(rndn(2) ? 0x3000 + rndn(64) : edge_number()),
                            rndn(4) ? len : len + rndn(5));
        random_chars(p + n, 2 * len + rndn(3), rndn(8) ? "0123456789abcdef" : junk);
        n += 2 * len;
        break;
    }
    case 2: {
        unsigned len = rndn(64);
        n = (size_t)sprintf(p, "X%llx,%x:", (unsigned long long)(rndn(2) ? 0x3000 + rndn(64) : edge_number()),
                            rndn(4) ? len : rndn(100));
        for (unsigned i = 0; i < len; i++) {
            char c = (char)rndn(256);
            if (c == '$' || c == '#' || c == '}' || c == '*') {
                p[n++] = '}';
                c ^= 0x20;
            }
            p[n++] = c;
        }
        if (rndn(10) == 0)
            p[n++] = '}'; /* a dangling escape */
        break;
    }
    case 3: n = (size_t)sprintf(p, "g"); if (rndn(4) == 0) p[n++] = 'x'; break;
    case 4: {
        n = 1;
        p[0] = 'G';
        size_t len = rndn(3) ? rndn(700) : 2 * rndn(400);
        random_chars(p + 1, len, rndn(4) ? "0123456789abcdef" : junk);
        n += len;
        break;
    }
    case 5: n = (size_t)sprintf(p, "p%llx", (unsigned long long)(rndn(2) ? rndn(80) : edge_number())); break;
    case 6: {
        n = (size_t)sprintf(p, "P%x=", rndn(2) ? rndn(80) : (unsigned)edge_number());
        size_t len = rndn(3) ? 2 * (size_t)(1 << rndn(5)) : rndn(40);
        random_chars(p + n, len, rndn(4) ? "0123456789abcdef" : junk);
        n += len;
        break;
    }
    case 7:
    case 8:
        n = (size_t)sprintf(p, "%c%u,%llx,%llx", rndn(2) ? 'Z' : 'z', rndn(7),
                            (unsigned long long)edge_number(), (unsigned long long)edge_number());
        if (rndn(5) == 0)
            n += (size_t)sprintf(p + n, ";X1,%x", rndn(100));
        break;
    case 9: n = (size_t)sprintf(p, "qXfer:features:read:%s:%llx,%llx",
                                rndn(5) ? "target.xml" : "i386.xml",
                                (unsigned long long)(rndn(2) ? rndn(0x2000) : edge_number()),
                                (unsigned long long)(rndn(2) ? rndn(0x1000) : edge_number())); break;
    case 10: {
        const char *c = monitor_cmds[rndn(sizeof(monitor_cmds) / sizeof(monitor_cmds[0]))];
        n = (size_t)sprintf(p, "qRcmd,");
        if (rndn(6) == 0) {
            size_t len = rndn(300);
            random_chars(p + n, len, rndn(2) ? hex : junk);
            n += len;
        } else {
            n += hex_of(p + n, c, strlen(c));
        }
        break;
    }
    case 11: n = (size_t)sprintf(p, "H%c%s", "gcx"[rndn(3)], rndn(2) ? "-1" : rndn(2) ? "1" : "2g"); break;
    case 12: n = (size_t)sprintf(p, "T%llx", (unsigned long long)edge_number()); break;
    case 13: {
        static const char *const q[] = { "qSupported", "qSupported:multiprocess+;xmlRegisters=i386",
                                         "qAttached", "qC", "qfThreadInfo", "qsThreadInfo",
                                         "qThreadExtraInfo,1", "qThreadExtraInfo,zz", "qOffsets",
                                         "qSymbol::", "qTStatus", "vMustReplyEmpty", "vCont?",
                                         "QFoo", "?", "qXfer:features:read:target.xml",
                                         "qXfer:features:read:target.xml:", "qXfer:", "" };
        n = (size_t)sprintf(p, "%s", q[rndn(sizeof(q) / sizeof(q[0]))]);
        break;
    }
    case 14: {
        /* vCont with nothing that resumes: unknown actions and bad thread ids */
        n = (size_t)sprintf(p, "vCont");
        int k = (int)rndn(3);
        for (int i = 0; i < k; i++)
            n += (size_t)sprintf(p + n, ";%c%s", "xtr"[rndn(3)], rndn(2) ? ":zz" : "");
        break;
    }
    case 15: {
        size_t len = 1 + rndn(200);
        random_chars(tmp, len, junk);
        memcpy(p, tmp, len);
        n = len;
        break;
    }
    case 16: {
        size_t len = rndn(40);
        for (size_t i = 0; i < len; i++) {
            char c = (char)(1 + rndn(255));
            p[i] = (c == '$' || c == '#') ? '.' : c;
        }
        n = len;
        break;
    }
    default: n = (size_t)sprintf(p, "%c", "?gqQHTvpmMXZz"[rndn(13)]); break;
    }
    /* never resume or kill: the CPU must stay stopped for the run to be predictable */
    if (n && strchr("cCsSDkK", p[0]))
        p[0] = 'x';
    if (n >= 5 && !strncmp(p, "vKill", 5))
        p[1] = 'X';
    if (n >= 6 && !strncmp(p, "vCont;", 6)) {
        for (size_t i = 6; i < n; i++)
            if (strchr("cCsS", p[i]) && p[i - 1] == ';')
                p[i] = 'x';
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: gdbfuzz TERN IMAGE [ITERATIONS [SEED]]\n");
        return 2;
    }
    unsigned long iterations = argc > 3 ? strtoul(argv[3], NULL, 0) : 5000;
    rng_state = argc > 4 ? strtoull(argv[4], NULL, 0) : 0x7e4e5eedull;
    if (!rng_state)
        rng_state = 1;
    signal(SIGPIPE, SIG_IGN);
    int port = start_tern(argv[1], argv[2]);
    sock = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (sock < 0 || connect(sock, (struct sockaddr *)&sa, sizeof(sa)) < 0)
        die("connect to port %d: %s", port, strerror(errno));
    int one = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

    static char payload[MAX_PAYLOAD + 4096], reply[1 << 16];
    for (unsigned long i = 0; i < iterations; i++) {
        if (i == iterations / 2) {
            transact("QStartNoAckMode", 15, reply, sizeof(reply));
            if (strcmp(reply, "OK"))
                die("QStartNoAckMode: %s", reply);
            no_ack = true;
        }
        unsigned kind = rndn(20);
        if (kind == 0) {
            /* a bad checksum: '-' (ack mode) or E01 (no-ack mode) */
            size_t n = make_payload(payload);
            send_packet(payload, n, true);
            if (no_ack) {
                read_reply(reply, sizeof(reply));
                if (strcmp(reply, "E01"))
                    die("bad checksum in no-ack mode answered %s", reply);
            } else if (read_ack() != '-') {
                die("a bad checksum was acknowledged");
            }
        } else if (kind == 1) {
            /* overlong: read to its end and refused */
            size_t n = MAX_PAYLOAD + 1 + rndn(2000);
            random_chars(payload, n, "0123456789abcdef");
            payload[0] = 'M';
            transact(payload, n, reply, sizeof(reply));
            if (strcmp(reply, "E01"))
                die("an overlong packet was answered %s", reply);
        } else if (kind == 2) {
            /* truncated, then a new packet: only the new one is answered */
            size_t n = make_payload(payload);
            send_raw("$", 1);
            send_raw(payload, n / 2);
            sent++;
            transact("?", 1, reply, sizeof(reply));
            if (reply[0] != 'T')
                die("'?' after a truncated packet answered %s", reply);
        } else if (kind == 3) {
            /* noise outside packets (no '$', no 0x03, no '-') is skipped */
            char noise[64];
            size_t n = 1 + rndn(sizeof(noise));
            for (size_t k = 0; k < n; k++) {
                char c = (char)rndn(256);
                noise[k] = (c == '$' || c == 3 || c == '-') ? '+' : c;
            }
            send_raw(noise, n);
            transact("?", 1, reply, sizeof(reply));
            if (reply[0] != 'T')
                die("'?' after noise answered %s", reply);
        } else {
            size_t n = make_payload(payload);
            transact(payload, n, reply, sizeof(reply));
        }
    }
    /* still the same stub, stopped where it was */
    transact("?", 1, reply, sizeof(reply));
    if (strncmp(reply, "T05", 3))
        die("final '?' answered %s", reply);
    transact("qC", 2, reply, sizeof(reply));
    if (strcmp(reply, "QC1"))
        die("final qC answered %s", reply);
    int status = -1;
    if (waitpid(tern_pid, &status, WNOHANG) != 0)
        die("tern is gone");
    send_packet("k", 1, false);
    for (int t = 0; t < 100 && waitpid(tern_pid, &status, WNOHANG) == 0; t++)
        usleep(100000);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die("tern did not exit cleanly on k (status 0x%x)", status);
    printf("gdbfuzz: ok: %lu packets, %lu replies, tern answered every one and exited on k\n",
           sent, replies);
    return 0;
}
