#!/usr/bin/env python3
"""Tern's gdb stub against real gdb (gdb -batch scripts) and raw protocol clients, under
every accelerator `tern -accel help` lists as built.

    run_gdb.py --tern PATH --nasm PATH --lib DIR --src gdb_guest.asm [--gdb gdb]
               [--only NAME]

Scenarios (each under each accelerator):
  gdb      break at a guest address, continue, read/write registers and memory, stepi
           across the chained loop body (exact pc after each step), step into INT 30h
           and into a #UD handler, a write watchpoint firing on a store, `monitor
           until-icount`, detach; the guest then finishes (exit status, output and
           instruction count equal to a run without gdb).
  ctrlc    attach to a running guest, continue, Ctrl-C (0x03) stops it (T02);
           breakpoints inserted into code already translated and chained stop it at
           the right pc (swbreak / hwbreak); kill.
  hangup   the debugger disconnects without a word: the guest runs to its end.
  timer    (-M pc, when built) break in a PIT interrupt handler, step, continue,
           detach: the guest's output and count are those of a run without gdb.
Exit status: 0 pass, 1 fail, 77 skip (gdb or nasm missing).
"""

import argparse
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL: " + msg)


def assemble(nasm, lib, src, workdir, defines=()):
    """Assembles src into workdir; returns (image path, {label: linear address})."""
    base = os.path.splitext(os.path.basename(src))[0] + "".join(
        "-" + re.sub(r"\W", "_", d) for d in defines)
    tmp_src = os.path.join(workdir, base + ".asm")
    with open(src, encoding="utf-8") as f:
        text = f.read()
    with open(tmp_src, "w", encoding="utf-8") as f:
        f.write("[map symbols %s.map]\n" % base + text)
    image = os.path.join(workdir, base + ".bin")
    cmd = [nasm, "-f", "bin", "-I", os.path.join(lib, ""), "-o", image, tmp_src]
    cmd += ["-D" + d for d in defines]
    subprocess.run(cmd, check=True, cwd=workdir)
    syms = {}
    with open(os.path.join(workdir, base + ".map"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*([0-9A-F]+)\s+([0-9A-F]+)\s+([A-Za-z_][\w.]*)\s*$", line)
            if m:
                syms[m.group(3)] = int(m.group(2), 16)
                continue
            m = re.match(r"([0-9A-F]{8})\s+([A-Za-z_][\w.]*)\s*$", line)
            if m:
                syms.setdefault(m.group(2), int(m.group(1), 16))
    return image, syms


def accelerators(tern):
    out = subprocess.run([tern, "-accel", "help"], capture_output=True, text=True).stdout
    names = []
    for line in out.splitlines()[1:]:
        m = re.match(r"\s+(\S+)\s+(.*)", line)
        if m and "not built" not in m.group(2):
            names.append(m.group(1))
    return names


class Tern:
    """A tern process with its gdb stub on an ephemeral port."""

    def __init__(self, tern, image, accel, extra=(), machine="bare"):
        self.p = subprocess.Popen([tern, "-M", machine, "-bios", image, "-accel", accel,
                                   "-gdb", "tcp::0", "-count-insns"] + list(extra),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.err = b""
        self.port = None
        deadline = time.time() + 10
        while time.time() < deadline and self.port is None:
            r, _, _ = select.select([self.p.stderr], [], [], 0.2)
            if r:
                chunk = os.read(self.p.stderr.fileno(), 4096)
                if not chunk:
                    break
                self.err += chunk
                m = re.search(rb"listening on port (\d+)", self.err)
                if m:
                    self.port = int(m.group(1))
        if self.port is None:
            self.kill()
            raise RuntimeError("tern did not report its gdb port: %r" % self.err)

    def finish(self, timeout=60):
        try:
            out, err = self.p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None, b"", self.err
        self.err += err
        return self.p.returncode, out, self.err

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.communicate()


def count_of(stderr):
    m = re.search(rb"tern: (\d+) instructions retired", stderr)
    return int(m.group(1)) if m else None


def plain_run(tern, image, accel, machine="bare"):
    p = subprocess.run([tern, "-M", machine, "-bios", image, "-accel", accel, "-count-insns"],
                       capture_output=True, timeout=60)
    return p.returncode, p.stdout, count_of(p.stderr)


# ---- scenario: real gdb ----

GDB_SCRIPT = r"""
set pagination off
set confirm off
set height 0
target remote :{port}
printf "RESET_PC=%x\n", $pc
break *{l_top}
continue
printf "BP1_PC=%x COUNTER=%d ICOUNT=%d\n", $pc, *(unsigned int*){counter}, $icount
continue
printf "BP2_PC=%x COUNTER=%d ICOUNT=%d\n", $pc, *(unsigned int*){counter}, $icount
set $edx = 0x12345678
set $esi = 0xcafe
printf "REGS EDX=%x ESI=%x\n", $edx, $esi
set var *(unsigned int*){scratch} = 0xdeadbeef
set var *(unsigned char*)({scratch}+4) = 0x24
printf "MEM %x %x\n", *(unsigned int*){scratch}, *(unsigned char*)({scratch}+4)
printf "CODE %x %x\n", *(unsigned char*){l_top}, *(unsigned char*)({l_top}+1)
delete
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
stepi
printf "STEP %x\n", $pc
printf "AFTER_STEPS ICOUNT=%d\n", $icount
hbreak *{l_int}
continue
printf "AT_INT PC=%x COUNTER=%d ICOUNT=%d\n", $pc, *(unsigned int*){counter}, $icount
delete
stepi
printf "IN_HANDLER PC=%x ICOUNT=%d\n", $pc, $icount
stepi
stepi
printf "BACK PC=%x\n", $pc
break *{l_ud}
continue
printf "AT_UD PC=%x COUNTER=%d ICOUNT=%d\n", $pc, *(unsigned int*){counter}, $icount
delete
stepi
printf "IN_UD_HANDLER PC=%x ICOUNT=%d\n", $pc, $icount
watch *(unsigned int*){counter}
continue
printf "WATCH PC=%x COUNTER=%d\n", $pc, *(unsigned int*){counter}
delete
rwatch *(unsigned int*){sum}
continue
printf "RWATCH PC=%x\n", $pc
delete
awatch *(unsigned int*){ints}
continue
printf "AWATCH PC=%x\n", $pc
delete
printf "CR0=%x\n", $cr0
monitor help
printf "BEFORE_UNTIL ICOUNT=%d\n", $icount
eval "monitor until-icount %d", $icount + 1234
continue
printf "UNTIL ICOUNT=%d\n", $icount
monitor info icount
detach
"""


def scenario_gdb(args, workdir, accel):
    image, syms = assemble(args.nasm, args.lib, args.src, workdir)
    want_status, want_out, want_count = plain_run(args.tern, image, accel)
    t = Tern(args.tern, image, accel, ["-S"])
    script = os.path.join(workdir, "basic.gdb")
    with open(script, "w", encoding="utf-8") as f:
        f.write(GDB_SCRIPT.format(port=t.port, **{k: "0x%x" % v for k, v in syms.items()}))
    try:
        g = subprocess.run([args.gdb, "-batch", "-nx", "-x", script], capture_output=True,
                           text=True, timeout=120)
        out = g.stdout + g.stderr
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        fail("[%s] gdb timed out; output so far:\n%s" % (accel, out))
        t.kill()
        return
    status, tout, terr = t.finish()
    S = syms
    expect_lines = [
        "RESET_PC=fffffff0",
        "BP1_PC=%x COUNTER=0 " % S["l_top"],
        "BP2_PC=%x COUNTER=1 " % S["l_top"],
        "REGS EDX=12345678 ESI=cafe",
        "MEM deadbeef 24",
        "CODE ff 5",
    ]
    # the second iteration: counter becomes 2, no INT, no UD: jnz to l_no_int, jnz to
    # l_no_ud, then back to the top through the chained blocks
    steps = [S[n] for n in ("l_load", "l_add", "l_test8", "l_jnz8", "l_no_int", "l_jnz16",
                            "l_no_ud", "l_jnz_top", "l_top")]
    expect_lines += ["STEP %x" % a for a in steps]
    expect_lines += [
        "AT_INT PC=%x COUNTER=8 " % S["l_int"],
        "IN_HANDLER PC=%x " % S["int30_handler"],
        "BACK PC=%x" % S["l_no_int"],
        "AT_UD PC=%x COUNTER=16 " % S["l_ud"],
        "IN_UD_HANDLER PC=%x " % S["ud_handler"],
        "WATCH PC=%x COUNTER=17" % S["l_load"],
        # add [sum], eax reads sum: the read watchpoint stops after it
        "RWATCH PC=%x" % S["l_test8"],
        # the next access to ints is the INT 30h handler's inc: after it, at the iretd
        "AWATCH PC=%x" % (S["int30_handler"] + 6),
        "CR0=60000011",
        "until-icount N",
    ]
    pos = 0
    for want in expect_lines:
        i = out.find(want, pos)
        if i < 0:
            fail("[%s] gdb output lacks %r (in order); gdb said:\n%s" % (accel, want, out))
            break
        pos = i
    nums = {}
    for key in ("BP1_PC", "BP2_PC", "AFTER_STEPS", "AT_INT PC", "IN_HANDLER PC", "AT_UD PC",
                "IN_UD_HANDLER PC", "BEFORE_UNTIL", "UNTIL"):
        m = re.search(r"^" + re.escape(key) + r"[^\n]*ICOUNT=(\d+)", out, re.M)
        if m:
            nums[key] = int(m.group(1))
    # exact counts: one loop iteration without INT/UD is 9 instructions; INT retires
    # (the handler's first instruction is next); UD2 faults and does not retire
    checks = [("BP2_PC", "BP1_PC", 9), ("AFTER_STEPS", "BP2_PC", 9),
              ("IN_HANDLER PC", "AT_INT PC", 1), ("IN_UD_HANDLER PC", "AT_UD PC", 0),
              ("UNTIL", "BEFORE_UNTIL", 1234)]
    for a, b, d in checks:
        if a in nums and b in nums and nums[a] - nums[b] != d:
            fail("[%s] icount %s - %s = %d, expected %d" % (accel, a, b, nums[a] - nums[b], d))
        elif a not in nums or b not in nums:
            fail("[%s] gdb output lacks the icount of %s or %s:\n%s" % (accel, a, b, out))
    if "Hardware watchpoint" not in out or "New value = 17" not in out:
        fail("[%s] the watchpoint did not report old/new values:\n%s" % (accel, out))
    if status != want_status or tout != want_out:
        fail("[%s] after detach: status %s output %r, expected %s %r" %
             (accel, status, tout, want_status, want_out))
    if count_of(terr) != want_count:
        fail("[%s] after detach: %s instructions, a run without gdb retires %s" %
             (accel, count_of(terr), want_count))


# ---- raw protocol clients ----

class Client:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buf = b""

    def send(self, payload):
        data = payload.encode("latin1")
        self.s.sendall(b"$" + data + b"#%02x" % (sum(data) & 0xff))

    def reply(self):
        """The next packet's payload (acks skipped)."""
        while True:
            m = re.search(rb"\$([^#]*)#[0-9a-fA-F]{2}", self.buf)
            if m:
                self.buf = self.buf[m.end():]
                self.s.sendall(b"+")
                return m.group(1).decode("latin1")
            d = self.s.recv(65536)
            if not d:
                raise EOFError("the stub closed the connection")
            self.buf += d

    def cmd(self, payload):
        self.send(payload)
        return self.reply()

    def close(self):
        self.s.close()


def scenario_ctrlc(args, workdir, accel):
    image, syms = assemble(args.nasm, args.lib, args.src, workdir, ("FOREVER",))
    t = Tern(args.tern, image, accel)  # running, no -S: the connection stops it
    try:
        c = Client(t.port)
        r = c.cmd("?")
        if not r.startswith("T05"):
            fail("[%s] '?' after attaching to a running guest: %r" % (accel, r))
        c.send("c")
        time.sleep(0.5)
        c.s.sendall(b"\x03")
        r = c.reply()
        if not r.startswith("T02"):
            fail("[%s] Ctrl-C: stop reply %r, expected T02" % (accel, r))
        pc = int(c.cmd("p8"), 16)
        pc = int.from_bytes(pc.to_bytes(4, "big"), "little")
        lo, hi = syms["l_top"], syms["l_end"] + 16
        if not (lo <= pc < hi or syms["int30_handler"] <= pc < syms["ud_handler"] + 16):
            fail("[%s] Ctrl-C stopped at pc %x, outside the loop" % (accel, pc))
        # the guest really ran for a while
        cnt = c.cmd("m%x,4" % syms["counter"])
        if int.from_bytes(bytes.fromhex(cnt), "little") < 1000:
            fail("[%s] Ctrl-C: counter %r: the guest hardly ran" % (accel, cnt))
        # breakpoints in the middle of blocks that are translated and chained by now
        for z, addr in (("0", syms["l_add"]), ("1", syms["l_jnz_top"]), ("0", syms["l_top"])):
            if c.cmd("Z%s,%x,1" % (z, addr)) != "OK":
                fail("[%s] Z%s refused" % (accel, z))
            r = c.cmd("c")
            want = "T05thread:01;%s" % ("swbreak:;" if z == "0" else "hwbreak:;")
            pc = int.from_bytes(bytes.fromhex(c.cmd("p8")), "little")
            if r != want or pc != addr:
                fail("[%s] Z%s at %x: stop %r at pc %x" % (accel, z, addr, r, pc))
            if c.cmd("z%s,%x,1" % (z, addr)) != "OK":
                fail("[%s] z%s refused" % (accel, z))
        # a packet right behind the one that resumes: answered at once, the CPU stopped
        c.s.sendall(b"$c#63$?#3f")
        r = c.reply()
        if not r.startswith("T"):
            fail("[%s] '?' sent right after 'c': %r" % (accel, r))
        if c.cmd("qC") != "QC1":
            fail("[%s] the stub did not stay stopped after that '?'" % accel)
        c.send("k")
        c.close()
    except (OSError, EOFError, ValueError) as e:
        fail("[%s] Ctrl-C scenario: %s" % (accel, e))
    status, _, err = t.finish(timeout=20)
    if status != 0 or b"killed by the debugger" not in err:
        fail("[%s] after k: status %s, stderr %r" % (accel, status, err))


def scenario_hangup(args, workdir, accel):
    image, syms = assemble(args.nasm, args.lib, args.src, workdir, ("ITERATIONS=20000",))
    want_status, want_out, want_count = plain_run(args.tern, image, accel)
    t = Tern(args.tern, image, accel, ["-S"])
    try:
        c = Client(t.port)
        c.cmd("qSupported")
        if c.cmd("Z0,%x,1" % syms["l_end"]) != "OK":
            fail("[%s] Z0 refused" % accel)
        c.close()  # gone: breakpoints are dropped, the guest runs on
    except (OSError, EOFError) as e:
        fail("[%s] hang-up scenario: %s" % (accel, e))
    status, out, err = t.finish()
    if status != want_status or out != want_out or count_of(err) != want_count:
        fail("[%s] after the debugger hung up: status %s output %r count %s; expected %s %r %s"
             % (accel, status, out, count_of(err), want_status, want_out, want_count))


TIMER_SCRIPT = r"""
set pagination off
set confirm off
target remote :{port}
break *{irq0_handler}
continue
printf "IRQ TICKS=%d PC=%x\n", *(unsigned int*){ticks}, $pc
stepi
stepi
printf "STEPPED PC=%x\n", $pc
continue
printf "IRQ TICKS=%d\n", *(unsigned int*){ticks}
delete
detach
"""


def scenario_timer(args, workdir, accel):
    """PIT interrupts on the pc machine: stopping in the handler and stepping changes
    nothing the guest can see (deterministic time follows the instruction count)."""
    machines = subprocess.run([args.tern, "-M", "help"], capture_output=True, text=True).stdout
    if not re.search(r"^pc\b", machines, re.M):
        print("skip: no pc machine in this tern")
        return
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "timer_guest.asm")
    image, syms = assemble(args.nasm, args.lib, src, workdir)
    want_status, want_out, want_count = plain_run(args.tern, image, accel, "pc")
    t = Tern(args.tern, image, accel, ["-S"], "pc")
    script = os.path.join(workdir, "timer.gdb")
    with open(script, "w", encoding="utf-8") as f:
        f.write(TIMER_SCRIPT.format(port=t.port, **{k: "0x%x" % v for k, v in syms.items()}))
    try:
        g = subprocess.run([args.gdb, "-batch", "-nx", "-x", script], capture_output=True,
                           text=True, timeout=120)
        out = g.stdout + g.stderr
    except subprocess.TimeoutExpired:
        fail("[%s] timer: gdb timed out" % accel)
        t.kill()
        return
    status, tout, terr = t.finish()
    for want in ("IRQ TICKS=0 PC=%x" % syms["irq0_handler"],
                 "STEPPED PC=%x" % (syms["irq0_handler"] + 7), "IRQ TICKS=1"):
        if want not in out:
            fail("[%s] timer: gdb output lacks %r:\n%s" % (accel, want, out))
    if status != want_status or tout != want_out or count_of(terr) != want_count:
        fail("[%s] timer guest under gdb: status %s output %r count %s; without gdb %s %r %s"
             % (accel, status, tout, count_of(terr), want_status, want_out, want_count))


SCENARIOS = {"gdb": scenario_gdb, "ctrlc": scenario_ctrlc, "hangup": scenario_hangup,
             "timer": scenario_timer}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tern", required=True)
    ap.add_argument("--nasm", default="nasm")
    ap.add_argument("--lib", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--gdb", default="gdb")
    ap.add_argument("--only", choices=sorted(SCENARIOS))
    args = ap.parse_args()
    if not shutil.which(args.nasm):
        print("skip: nasm not found")
        return 77
    names = [args.only] if args.only else list(SCENARIOS)
    if not shutil.which(args.gdb):
        print("skip: gdb not found (apt-get install gdb): no real-gdb scenario")
        if args.only in ("gdb", "timer"):
            return 77
        names = [n for n in names if n not in ("gdb", "timer")]
    accels = accelerators(args.tern)
    if not accels:
        fail("tern -accel help lists no accelerator")
    with tempfile.TemporaryDirectory() as workdir:
        for accel in accels:
            for n in names:
                before = len(FAILS)
                SCENARIOS[n](args, workdir, accel)
                print("%s: %s [%s]" % ("ok" if len(FAILS) == before else "FAILED", n, accel))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
