/* The gdb remote serial protocol stub (QEMU's -gdb / -s / -S): one TCP listener, one
 * debugger at a time, all-stop mode, the guest CPU as thread 1. The machine's run loop
 * hands it the loop's exits; while the guest runs, a watcher thread notices a new
 * connection, Ctrl-C or a disconnect and asks the CPU to leave its loop. */
#ifndef MACHINE_GDBSTUB_H
#define MACHINE_GDBSTUB_H

#include <stdbool.h>
#include <stddef.h>
#include "cpu/cpu.h"

typedef struct GdbStub GdbStub;

/* Parses dev (tcp::PORT, tcp:HOST:PORT, tcp:PORT; HOST defaults to 127.0.0.1), binds
 * and listens. NULL with a message in err on a bad spec or a port that cannot be bound. */
GdbStub *gdbstub_open(const char *dev, char *err, size_t errlen);
void gdbstub_close(GdbStub *g);

/* The CPU to debug; before the first x86_cpu_exec. wait: -S, block until a debugger has
 * connected and resumed the CPU. */
void gdbstub_start(GdbStub *g, CPUX86State *env, bool wait);

/* The run loop's exit reason (x86_cpu_exec) goes here first: true when the stub took
 * it (a debugger stop, a connection, Ctrl-C, a disconnect): the machine just runs the
 * CPU again. false: the machine handles the reason itself. */
bool gdbstub_handle_exit(GdbStub *g, int reason);

/* The run ends with this process exit status: a connected debugger is told ("W"). */
void gdbstub_report_exit(GdbStub *g, int status);

/* The monitor command hook (qRcmd) reaches machine-specific commands through this,
 * optional: returns false when cmd is unknown. out receives text lines. */
typedef bool (*GdbMonitorHook)(void *opaque, const char *cmd,
                               void (*out)(void *ctx, const char *line), void *ctx);
void gdbstub_set_monitor_hook(GdbStub *g, GdbMonitorHook hook, void *opaque);

/* For tests: feeds raw bytes ("$...#cs" packets or anything) to the protocol engine as
 * if received from a debugger while env is stopped (nothing runs: resume packets are
 * answered as usual and ignored) and collects what the stub sends back, up to outlen
 * bytes. The stub's socket is not used. */
size_t gdbstub_test_feed(GdbStub *g, CPUX86State *env, const char *in, size_t len, char *out,
                         size_t outlen);

#endif
