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
  modes    (mode_guest.asm) one session from the reset vector: break, step and read
           registers (info registers rip, $eax, $rax) and disassemble in real-mode,
           32-bit and 64-bit code with the x86-64 layout the stub offers throughout;
           'monitor layout i8086' + reconnection for 16-bit disassembly.
  ctrlc    attach to a running guest, continue, Ctrl-C (0x03) stops it (T02);
  ctrlc-spin  the same while the guest spins in registers alone;
           breakpoints inserted into code already translated and chained stop it at
           the right pc (swbreak / hwbreak); kill.
  hangup   the debugger disconnects without a word: the guest runs to its end.
  options  -gdb tcp::PORT listens on 127.0.0.1 only; -s is -gdb tcp::1234 (skipped if
           that port stays busy), -S runs nothing before the debugger.
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
    section = None
    with open(os.path.join(workdir, base + ".map"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"---- Section (\S+)", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"\s*([0-9A-F]+)\s+([0-9A-F]+)\s+([A-Za-z_][\w.]*)\s*$", line)
            if m:
                syms[m.group(3)] = int(m.group(2), 16)
                if section == ".text16":  # offsets in CS F000H: the linear address
                    syms[m.group(3)] += 0xF0000
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


def run_gdb_script(args, t, workdir, name, template, syms, accel):
    """Runs gdb -batch on template (filled with t's port and syms) against Tern t; returns
    the finished gdb process (text stdout, stderr), or None after reporting a timeout (t is
    then killed)."""
    script = os.path.join(workdir, name + ".gdb")
    with open(script, "w", encoding="utf-8") as f:
        f.write(template.format(port=t.port, **{k: "0x%x" % v for k, v in syms.items()}))
    try:
        return subprocess.run([args.gdb, "-batch", "-nx", "-x", script], capture_output=True,
                              text=True, timeout=120)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        fail("[%s] %s: gdb timed out; output so far:\n%s" % (accel, name, out))
        t.kill()
        return None


def scenario_gdb(args, workdir, accel):
    image, syms = assemble(args.nasm, args.lib, args.src, workdir)
    want_status, want_out, want_count = plain_run(args.tern, image, accel)
    t = Tern(args.tern, image, accel, ["-S"])
    g = run_gdb_script(args, t, workdir, "basic", GDB_SCRIPT, syms, accel)
    if g is None:
        return
    out = g.stdout + g.stderr
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

    def kill(self):
        """'k', then reads until the stub closes the connection as Tern exits. Closing first
        would race: a socket closed with its '+' ack unread sends a reset, which may
        discard the 'k' before the stub has read it (the guest then runs on, as after a
        hang-up)."""
        self.send("k")
        try:
            while self.s.recv(65536):
                pass
        except (ConnectionResetError, socket.timeout):
            pass
        self.s.close()

    def target_xml(self):
        xml, off = "", 0
        while True:
            r = self.cmd("qXfer:features:read:target.xml:%x,800" % off)
            if not r or r[0] not in "ml":
                raise ValueError("qXfer target.xml: %r" % r)
            xml += r[1:]
            off += len(r) - 1
            if r[0] == "l":
                return xml

    def pc_reader(self):
        """A function that reads the pc with 'p', by the number and size the target
        description gives it (rip in the x86-64 layout, eip in the 32-bit one)."""
        regs = re.findall(r'<reg name="([^"]+)" bitsize="(\d+)"', self.target_xml())
        for n, (name, bits) in enumerate(regs):
            if name in ("rip", "eip"):
                def read(n=n, size=int(bits) // 8):
                    r = self.cmd("p%x" % n)
                    if len(r) != 2 * size:
                        raise ValueError("p%x: %r" % (n, r))
                    return int.from_bytes(bytes.fromhex(r), "little")
                return read
        raise ValueError("no rip/eip in the target description")


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
        read_pc = c.pc_reader()
        pc = read_pc()
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
            pc = read_pc()
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
        c.kill()
    except (OSError, EOFError, ValueError) as e:
        fail("[%s] Ctrl-C scenario: %s" % (accel, e))
    status, _, err = t.finish(timeout=20)
    if status != 0 or b"killed by the debugger" not in err:
        fail("[%s] after k: status %s, stderr %r" % (accel, status, err))


def scenario_ctrlc_spin(args, workdir, accel):
    """Ctrl-C stops a guest that spins in registers: its generated code calls no helper,
    where the JIT would look at env's exit request, and takes no exception."""
    image, syms = assemble(args.nasm, args.lib, args.src, workdir, ("SPIN",))
    t = Tern(args.tern, image, accel)
    try:
        c = Client(t.port)
        c.cmd("?")
        c.send("c")
        time.sleep(0.5)
        t0 = time.monotonic()
        c.s.sendall(b"\x03")
        r = c.reply()  # the socket's timeout (10 s) ends a wait for a stop that never comes
        latency = time.monotonic() - t0
        if not r.startswith("T02"):
            fail("[%s] Ctrl-C in a spin loop: stop reply %r, expected T02" % (accel, r))
        # Informational, not a threshold (timings are the benchmarks' business): with the
        # JIT's budget in a register the stop waits for the end of a step of the loop's
        # room (cpu/exec.h X86_EXEC_MAX_ROOM, 2^20 instructions): ~1 ms; ~0.2 s was measured
        # with steps of 2^31.
        print("ctrlc-spin [%s]: stopped %.3f s after Ctrl-C" % (accel, latency))
        pc = c.pc_reader()()
        if not syms["l_spin"] <= pc < syms["l_spin_end"]:
            fail("[%s] Ctrl-C in a spin loop stopped at pc %x, outside it" % (accel, pc))
        c.kill()
    except (OSError, EOFError, ValueError) as e:
        fail("[%s] Ctrl-C spin scenario: %s" % (accel, e))
    t.finish(timeout=20)


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
    g = run_gdb_script(args, t, workdir, "timer", TIMER_SCRIPT, syms, accel)
    if g is None:
        return
    out = g.stdout + g.stderr
    status, tout, terr = t.finish()
    for want in ("IRQ TICKS=0 PC=%x" % syms["irq0_handler"],
                 "STEPPED PC=%x" % (syms["irq0_handler"] + 7), "IRQ TICKS=1"):
        if want not in out:
            fail("[%s] timer: gdb output lacks %r:\n%s" % (accel, want, out))
    if status != want_status or tout != want_out or count_of(terr) != want_count:
        fail("[%s] timer guest under gdb: status %s output %r count %s; without gdb %s %r %s"
             % (accel, status, tout, count_of(terr), want_status, want_out, want_count))


MODES_SCRIPT = r"""
set pagination off
set confirm off
set height 0
target remote :{port}
printf "RESET rip=%lx\n", $pc
info registers rip
monitor info mode
show architecture
hbreak *{m_high_lin}
monitor layout i8086
disconnect
target remote :{port}
show architecture
printf "I8086 eip=%x\n", $eip
x/i {m_rm}
monitor layout auto
disconnect
target remote :{port}
show architecture
break *{m_rm_next}
continue
printf "RM rip=%lx eax=%x rax=%lx cs=%x\n", $pc, $eax, $rax, $cs
info registers rip
monitor info mode
x/i {m_rm}
stepi
printf "RM_STEP rip=%lx ebx=%x\n", $pc, $ebx
break *{m_pm_next}
continue
printf "PM rip=%lx eax=%x rax=%lx cs=%x\n", $pc, $eax, $rax, $cs
info registers rip
monitor info mode
x/i {m_pm}
stepi
printf "PM_STEP rip=%lx ebx=%x\n", $pc, $ebx
break *{m_lm_next}
continue
printf "LM rip=%lx rax=%lx eax=%x cs=%x efer=%lx\n", $pc, $rax, $eax, $cs, $efer
info registers rip
monitor info mode
x/i {m_lm}
stepi
printf "LM_STEP rip=%lx r9=%lx\n", $pc, $r9
set $rbx = 0xaaaabbbbccccdddd
stepi
printf "LM_COPY rip=%lx rcx=%lx\n", $pc, $rcx
continue
printf "HIGH rip=%lx\n", $pc
info registers rip
x/i $pc
stepi
printf "HIGH_STEP rip=%lx rsi=%lx\n", $pc, $rsi
set var *(unsigned long long *){scratch_high} = 0x5555666677778888
set $xmm3.v2_int64[1] = 0x1122334455667788
printf "SSE xmm3=%lx:%lx mxcsr=%x\n", $xmm3.v2_int64[1], $xmm3.v2_int64[0], $mxcsr
printf "FPU fctrl=%x fstat=%x ftag=%x\n", $fctrl, $fstat, $ftag
printf "SYS ss=%x fs_base=%lx gs_base=%lx k_gs_base=%lx", $ss, $fs_base, $gs_base, $k_gs_base
printf " cr0=%lx cr3=%lx cr4=%lx\n", $cr0, $cr3, $cr4
set $gs_base = 0xffffff8000001000
printf "GSB %lx\n", $gs_base
printf "MEM low=%lx", *(unsigned long long *){scratch}
printf " high=%lx\n", *(unsigned long long *){scratch_high}
delete
detach
"""


def scenario_modes(args, workdir, accel):
    """One session from the reset vector through real, protected and long mode: the stub
    offers the x86-64 layout from the start (the CPU has long mode); breakpoints stop in
    16-, 32- and 64-bit code (one set in real mode on a 64-bit address above 4 GiB), and
    registers, steps and disassembly are right in each; 'monitor layout i8086' and a
    reconnection give gdb 16-bit disassembly, 'monitor layout auto' the x86-64 layout
    back, the CPU staying where it was."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mode_guest.asm")
    image, syms = assemble(args.nasm, args.lib, src, workdir)
    want_status, want_out, want_count = plain_run(args.tern, image, accel)
    lm_high = 0xFFFFFF8000000000
    syms["m_high_lin"] = lm_high + syms["m_high"]
    syms["scratch_high"] = lm_high + syms["scratch"]
    t = Tern(args.tern, image, accel, ["-S"])
    g = run_gdb_script(args, t, workdir, "modes", MODES_SCRIPT, syms, accel)
    if g is None:
        return
    status, tout, terr = t.finish()
    S = syms
    expect = [
        "RESET rip=fffffff0",
        re.compile(r"^rip\s+0xfffffff0\s", re.M),
        '(currently "i386:x86-64")',
        # the i8086 description after a reconnection: 16-bit disassembly, the CPU
        # still at the reset vector
        '(currently "i8086")',
        "I8086 eip=fffffff0",
        re.compile(r"0x%x:\s+mov\s+\$0x1234abcd,%%eax" % S["m_rm"]),
        '(currently "i386:x86-64")',
        # real mode: the linear pc, EAX zero-extended in RAX
        "RM rip=%x eax=1234abcd rax=1234abcd cs=f000" % S["m_rm_next"],
        re.compile(r"^rip\s+0x%x\s" % S["m_rm_next"], re.M),
        # with the x86-64 layout gdb decodes 16-bit code as 64-bit code (66 B8 = mov ax)
        re.compile(r"0x%x:\s+mov\s+\$0xabcd,%%ax" % S["m_rm"]),
        "RM_STEP rip=%x ebx=5678" % S["m_rm_after"],
        "PM rip=%x eax=89abcdef rax=89abcdef cs=8" % S["m_pm_next"],
        re.compile(r"^rip\s+0x%x\s" % S["m_pm_next"], re.M),
        re.compile(r"0x%x:\s+mov\s+\$0x89abcdef,%%eax" % S["m_pm"]),
        "PM_STEP rip=%x ebx=fedcba98" % S["m_pm_after"],
        "LM rip=%x rax=1122334455667788 eax=55667788 cs=40 efer=500" % S["m_lm_next"],
        re.compile(r"^rip\s+0x%x\s" % S["m_lm_next"], re.M),
        re.compile(r"0x%x:\s+movabs\s+\$0x1122334455667788,%%rax" % S["m_lm"]),
        "LM_STEP rip=%x r9=123456789abcdef" % S["m_lm_copy"],
        "LM_COPY rip=%x rcx=aaaabbbbccccdddd" % S["m_lm_after"],
        # the hardware breakpoint gdb set in real mode, on a 64-bit address
        "HIGH rip=%x" % S["m_high_lin"],
        re.compile(r"^rip\s+0x%x\s" % S["m_high_lin"], re.M),
        re.compile(r"0x%x:\s+mov\s+\$0x600d,%%esi" % S["m_high_lin"]),
        "HIGH_STEP rip=%x rsi=600d" % (S["m_high_lin"] + S["m_high_after"] - S["m_high"]),
        # SSE, x87 (FCW 0040H and tag word 5555H as at power-up, SDM vol. 3, table
        # 10-1), segment and control registers in the x86-64 description
        "SSE xmm3=1122334455667788:0 mxcsr=1f80",
        "FPU fctrl=40 fstat=0 ftag=5555",
        "SYS ss=48 fs_base=0 gs_base=0 k_gs_base=0 cr0=e0000011 cr3=60000 cr4=20",
        "GSB ffffff8000001000",
        # memory by linear address through the guest's page tables
        "MEM low=5555666677778888 high=5555666677778888",
    ]
    # gdb writes the monitor's answers to stderr, the rest to stdout: these are checked
    # for presence, the rest in order
    monitor = ["real mode, 16-bit code, CPL 0",
               "gdb layout: i386:x86-64 (64-bit registers)",
               "gdb disassembles this 16-bit code as 64-bit code: 'monitor layout i8086'",
               "the next connection gets the i8086 description",
               "protected mode, 32-bit code, paging off, CPL 0",
               "gdb disassembles this 32-bit code as 64-bit code: 'monitor layout i386'",
               "long mode (IA-32e), 64-bit code, 4-level paging, CPL 0"]
    for want in monitor:
        if want not in g.stderr:
            fail("[%s] modes: no monitor line %r; gdb's stderr:\n%s" % (accel, want, g.stderr))
    out = g.stdout
    pos = 0
    for want in expect:
        if isinstance(want, str):
            i = out.find(want, pos)
            end = i + len(want)
        else:
            m = want.search(out, pos)
            i, end = (m.start(), m.end()) if m else (-1, -1)
        if i < 0:
            fail("[%s] modes: gdb output lacks %r (in order); gdb said:\n%s"
                 % (accel, want if isinstance(want, str) else want.pattern, out))
            break
        pos = end
    # the guest: CHECKQ of the registers gdb changed none of, PASS, and a run that is the
    # same as one without gdb (gdb's write of RBX is copied to RCX, which nothing checks)
    if status != want_status or tout != want_out or count_of(terr) != want_count:
        fail("[%s] modes: after detach: status %s output %r count %s; without gdb %s %r %s"
             % (accel, status, tout, count_of(terr), want_status, want_out, want_count))
    if terr.count(b"(reconnection)") != 2:
        fail("[%s] modes: tern did not wait for the two reconnections: %r" % (accel, terr))


def listening_addresses(port):
    """The local addresses of the TCP sockets listening on port (Linux /proc/net/tcp*),
    None where that is not available."""
    found = set()
    for path, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
        try:
            with open(path, encoding="ascii") as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            if not v6:
                return None
            continue
        for row in rows:
            cols = row.split()
            addr, p = cols[1].split(":")
            if cols[3] != "0A" or int(p, 16) != port:
                continue
            raw = bytes.fromhex(addr)
            if v6:
                words = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
                found.add(socket.inet_ntop(socket.AF_INET6, words))
            else:
                found.add(socket.inet_ntoa(raw[::-1]))
    return found


def scenario_options(args, workdir, accel):
    """QEMU's spellings: -gdb tcp::PORT listens on the loopback address only, and -s is
    -gdb tcp::1234 (with -S: nothing runs before the debugger says so)."""
    image, _ = assemble(args.nasm, args.lib, args.src, workdir)
    t = Tern(args.tern, image, accel, ["-S"])
    try:
        where = listening_addresses(t.port)
        if where is None:
            print("skip: no /proc/net/tcp: the listening address is not checked")
        elif where != {"127.0.0.1"}:
            fail("[%s] -gdb tcp::0 listens on %s, expected 127.0.0.1 only" % (accel, where))
        c = Client(t.port)
        c.kill()
    except (OSError, EOFError) as e:
        fail("[%s] options: %s" % (accel, e))
    t.finish(timeout=20)
    for attempt in range(5):
        p = subprocess.Popen([args.tern, "-M", "bare", "-bios", image, "-accel", accel,
                              "-count-insns", "-s", "-S"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        err = b""
        deadline = time.time() + 10
        while time.time() < deadline and b"(-S)" not in err:
            r, _, _ = select.select([p.stderr], [], [], 0.2)
            if r:
                chunk = os.read(p.stderr.fileno(), 4096)
                if not chunk:
                    break
                err += chunk
        if b"Address already in use" in err:  # another program has port 1234 now
            p.wait()
            time.sleep(1 + attempt)
            continue
        try:
            if b"waiting for gdb on port 1234 (-S)" not in err:
                fail("[%s] -s -S: stderr %r" % (accel, err))
                break
            c = Client(1234)
            r = c.cmd("?")
            icount = c.cmd("qRcmd,%s" % b"info icount".hex())
            c.kill()
            if not r.startswith("T05"):
                fail("[%s] -s: '?' answered %r" % (accel, r))
            # nothing ran before the debugger came (the 'O' line, then OK)
            if icount != "O" + b"icount 0\n".hex():
                fail("[%s] -s -S: monitor info icount answered %r" % (accel, icount))
        except (OSError, EOFError) as e:
            fail("[%s] -s: %s" % (accel, e))
        finally:
            try:
                out, more = p.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                out, more = p.communicate()
            if p.returncode != 0 or b"killed by the debugger" not in err + more:
                fail("[%s] -s: after k, status %s stderr %r"
                     % (accel, p.returncode, err + more))
        break
    else:
        print("skip: port 1234 stayed busy: -s not checked")


SCENARIOS = {"gdb": scenario_gdb, "modes": scenario_modes, "options": scenario_options,
             "ctrlc": scenario_ctrlc, "ctrlc-spin": scenario_ctrlc_spin, "hangup": scenario_hangup,
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
        if args.only in ("gdb", "modes", "timer"):
            return 77
        names = [n for n in names if n not in ("gdb", "modes", "timer")]
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
