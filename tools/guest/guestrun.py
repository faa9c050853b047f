"""Runs a Linux test guest (built by tools/mkguest) under Tern or QEMU and watches its
serial console, timestamping every line on the host side. Shared by tests/boot/run-boot
and tools/bench-linux. Python 3 standard library only.
"""
import base64
import json
import os
import re
import select
import signal
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ARCHES = ("x86_64", "i686")
READY = "TERN-INIT: READY"
EXIT_PREFIX = "TERN-INIT: EXIT "
# The x86 kernel keeps at most this many bytes of command line (COMMAND_LINE_SIZE).
CMDLINE_MAX = 2047
# Terminal control sequences (the firmware clears the screen) are dropped from lines.
_ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_]|c)")


class GuestError(Exception):
    pass


def guest_dir():
    return os.environ.get("TERN_GUEST_DIR") or os.path.join(REPO, "build", "guests")


def guest_files(arch, gdir=None):
    """(kernel, initramfs, manifest entry) for arch; GuestError naming the fix if absent."""
    gdir = gdir or guest_dir()
    try:
        with open(os.path.join(gdir, "manifest.json")) as f:
            entry = json.load(f)["arches"][arch]
        kernel = os.path.join(gdir, entry["kernel"]["file"])
        initrd = os.path.join(gdir, entry["initramfs"]["file"])
    except (OSError, ValueError, KeyError):
        raise GuestError("no %s guest in %s: build the guests with tools/mkguest" % (arch, gdir))
    for path in (kernel, initrd):
        if not os.path.isfile(path):
            raise GuestError("%s is missing: rebuild the guests with tools/mkguest" % path)
    return kernel, initrd, entry


def script_cmdline(text):
    return "tern.script=" + base64.b64encode(text.encode()).decode()


def emulator_command(kind, binary, kernel, initrd, append, mem="512M"):
    """The same machine for both: a PC, serial console on stdio, exit on reset."""
    if len(append) > CMDLINE_MAX:
        raise GuestError("kernel command line is %d bytes; the limit is %d (put a long "
                         "script in an appended cpio and use tern.run=)" % (len(append), CMDLINE_MAX))
    accel = ["-accel", "tcg"] if kind == "qemu" else []
    return [binary] + accel + ["-M", "pc", "-m", mem, "-kernel", kernel, "-initrd", initrd,
                               "-append", append, "-nographic", "-no-reboot"]


class Run:
    """The outcome of one guest run: console lines as (seconds since start, text)."""

    def __init__(self):
        self.lines = []
        self.stderr = b""
        self.status = None        # exit status (negative: killed by that signal)
        self.maxrss_kib = None
        self.cpu_seconds = None   # user + system time of the process and its children
        self.timed_out = False
        self.elapsed = None
        self.exit_marker = None   # the guest script's exit status, from the console

    # Markers are found anywhere in a line: output without a newline (the firmware's,
    # or a kernel message) may come before them.
    def time_of(self, marker):
        """Time of the first console line holding marker, or None."""
        for t, line in self.lines:
            if marker in line:
                return t
        return None

    def find(self, marker):
        """What follows marker on each line that holds it."""
        return [line[line.index(marker) + len(marker):] for _, line in self.lines if marker in line]

    def tail(self, n=40):
        return "\n".join(line for _, line in self.lines[-n:])

    def stderr_text(self):
        return self.stderr.decode(errors="replace").strip()


def run_guest(cmd, timeout, poweroff_grace=60.0, log_path=None, echo=None, env=None):
    """Runs cmd with the console on stdout. Stops at process exit, at timeout, or
    poweroff_grace seconds after the guest printed its EXIT marker (it should power off).
    echo, if given, is called with each console line as it arrives."""
    run = Run()
    log = open(log_path, "w") if log_path else None
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    open_fds = {proc.stdout.fileno(): b"", proc.stderr.fileno(): None}
    deadline = start + timeout
    try:
        while open_fds:
            wait = deadline - time.monotonic()
            if wait <= 0:
                run.timed_out = True
                break
            ready, _, _ = select.select(list(open_fds), [], [], min(wait, 1.0))
            for fd in ready:
                chunk = os.read(fd, 65536)
                now = time.monotonic() - start
                if fd == proc.stderr.fileno():
                    run.stderr += chunk
                    if not chunk:
                        del open_fds[fd]
                    continue
                buf = open_fds[fd] + chunk
                if not chunk:  # end of output: keep a last unterminated line
                    del open_fds[fd]
                    if buf:
                        buf += b"\n"
                *complete, rest = buf.split(b"\n")
                if fd in open_fds:
                    open_fds[fd] = rest
                for raw in complete:
                    line = _ESCAPES.sub("", raw.decode(errors="replace")).rstrip("\r")
                    run.lines.append((now, line))
                    if log:
                        log.write("[%9.3f] %s\n" % (now, line))
                    if echo:
                        echo(line)
                    if EXIT_PREFIX in line and run.exit_marker is None:
                        run.exit_marker = line[line.index(EXIT_PREFIX) + len(EXIT_PREFIX):].strip()
                        deadline = min(deadline, time.monotonic() + poweroff_grace)
    finally:
        # Timed out, or the guest did not power off: stop the emulator.
        wstatus, usage = _stop(proc) if open_fds else os.wait4(proc.pid, 0)[1:]
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        proc.stdout.close()
        proc.stderr.close()
        run.elapsed = time.monotonic() - start
        run.status = proc.returncode
        run.maxrss_kib = usage.ru_maxrss
        run.cpu_seconds = usage.ru_utime + usage.ru_stime
        if log:
            if run.stderr:
                log.write("--- emulator stderr ---\n%s\n" % run.stderr_text())
            log.close()
    return run


def _stop(proc):
    """SIGTERM, then SIGKILL after 5 s; reaps with wait4 to keep the child's rusage."""
    os.kill(proc.pid, signal.SIGTERM)
    for _ in range(50):
        pid, wstatus, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return wstatus, usage
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    return os.wait4(proc.pid, 0)[1:]


def describe_failure(run, kind):
    """One line on why a run did not end with a powered-off guest."""
    if run.timed_out and run.exit_marker is not None:
        return "the guest script finished but the machine did not power off"
    if run.timed_out:
        return "timed out after %.0f s" % run.elapsed
    if run.status != 0:
        err = [l for l in run.stderr_text().splitlines() if l.strip()]
        why = (": " + err[0]) if err else ""  # the first line names the cause
        return "%s exited with status %s%s" % (kind, run.status, why)
    return None
