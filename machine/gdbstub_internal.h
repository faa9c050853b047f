/* Private to the gdb stub's files: machine/gdbstub.c (connection, framing, run control),
 * machine/gdbstub_cmd.c (packet commands, memory, breakpoints, monitor) and
 * machine/gdbstub_regs.c (register layouts and target descriptions). */
#ifndef MACHINE_GDBSTUB_INTERNAL_H
#define MACHINE_GDBSTUB_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "cpu/cpu.h"
#include "machine/gdbstub.h"

/* The payload size advertised in qSupported (PacketSize, hex in the reply). */
#define GDB_PACKET_SIZE 0x4000
#define GDB_BUF_SIZE (2 * GDB_PACKET_SIZE + 64)

/* gdb signal numbers in stop replies (gdb's own numbering, not the host's). */
#define GDB_SIGINT 2
#define GDB_SIGTRAP 5
#define GDB_SIGSEGV 11

/* Register layouts gdb can be given; chosen when it reads the target description. */
typedef enum { GDB_LAYOUT_I386, GDB_LAYOUT_X86_64 } GdbLayout;
/* What 'monitor layout' asked for the next target description: the CPU model's choice
 * (auto) or a fixed architecture. */
typedef enum { GDB_ARCH_AUTO, GDB_ARCH_I8086, GDB_ARCH_I386, GDB_ARCH_X86_64 } GdbArchChoice;

/* What a resume command asked for. */
typedef enum { GDB_RUN_NONE, GDB_RUN_CONTINUE, GDB_RUN_STEP, GDB_RUN_DETACH,
               GDB_RUN_KILL } GdbRunAction;

struct GdbStub {
    int listen_fd, fd;            /* fd: the connected debugger, -1 when none */
    char port[16];                /* the listening port, for messages */
    CPUX86State *env;
    bool no_ack;                  /* QStartNoAckMode */
    bool layout_chosen;
    GdbLayout layout;
    char tdesc_arch[16];          /* "i8086", "i386", "i386:x86-64" when chosen */
    GdbArchChoice arch_choice;    /* monitor layout: for the next connection */
    bool hold_on_hangup;          /* monitor layout: a hang-up while stopped keeps the
                                     CPU stopped for the next debugger */
    /* Input: bytes the watcher read while the guest ran, then the socket. */
    uint8_t in[4096];
    size_t in_len, in_pos;
    /* The last packet sent, for a '-' (resend). */
    char *last, *out;             /* GDB_BUF_SIZE each */
    size_t last_len;
    /* Test capture instead of the socket (gdbstub_test_feed). */
    char *capture;
    size_t capture_len, capture_cap;
    const uint8_t *test_in;
    size_t test_len, test_pos;
    /* Watcher thread, alive while the guest runs. */
    pthread_t watcher;
    bool watcher_running;
    int wake[2];                  /* pipe: wakes the watcher to stop */
    volatile int event;           /* GDB_EV_* found by the watcher */
    bool event_was_ctrl_c;
    int pending_fd;               /* GDB_EV_CONNECT: the accepted socket */
    int stop_signal;              /* signal of the last stop (for '?') */
    GdbMonitorHook monitor_hook;
    void *monitor_opaque;
};

enum { GDB_EV_NONE, GDB_EV_CONNECT, GDB_EV_CTRL_C, GDB_EV_DATA, GDB_EV_HANGUP };

/* gdbstub.c: sends one packet (payload of len bytes; binary-safe, escaped as needed). */
void gdb_send(GdbStub *g, const char *payload, size_t len);
void gdb_send_str(GdbStub *g, const char *payload);
/* The same, escaping the bytes gdb would take as framing (binary replies: qXfer). */
void gdb_send_binary(GdbStub *g, const char *payload, size_t len);
/* The stop reply for the CPU's current state ("T05thread:01;swbreak:;" ...). */
void gdb_send_stop_reply(GdbStub *g);

/* gdbstub_cmd.c: one received packet payload (unescaped NUL-terminated copy in pkt, len
 * bytes: X carries binary). Returns the run action the packet asked for. */
GdbRunAction gdb_handle_packet(GdbStub *g, char *pkt, size_t len);
/* Hex helpers shared with gdbstub.c. */
int gdb_hexval(int c);
void gdb_hex_encode(char *out, const uint8_t *in, size_t len);

/* gdbstub_regs.c */
void gdb_choose_layout(GdbStub *g);
/* The target description (target.xml) for the chosen layout. */
const char *gdb_target_xml(GdbStub *g, size_t *len);
unsigned gdb_nb_regs(const GdbStub *g);
/* Register n in target byte order into buf; its size in bytes, 0 if n is out of range. */
size_t gdb_read_reg(GdbStub *g, unsigned n, uint8_t *buf);
/* Writes register n from size bytes; false when n is out of range, the size is wrong or
 * the register cannot take that value (checked before anything changes). */
bool gdb_write_reg(GdbStub *g, unsigned n, const uint8_t *buf, size_t size);
/* The CPU's mode for 'monitor info mode': "real mode", "long mode, 64-bit code", ... */
void gdb_describe_mode(const CPUX86State *env, char *buf, size_t len);
/* monitor "info registers" */
void gdb_dump_registers(GdbStub *g, void (*out)(void *ctx, const char *line), void *ctx);

#endif
