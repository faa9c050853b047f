#!/usr/bin/env python3
"""Deterministic runs and traces: the same image and command line give the same output,
instruction count (-count-insns) and -d exec,int trace, run after run and under every
accelerator `tern -accel help` lists as built; the count also does not depend on how
the code is cut into blocks (chained, -d nochain, -one-insn-per-tb), which checks that
it is exact. A guest taking PIT timer interrupts (-M pc) takes each at the same
instruction every time. Also: -dfilter keeps the per-block logs inside its range, and each -d item
QEMU users know writes what it should (in_asm with Capstone's disassembly, op, op_opt,
out_asm, exec, cpu, int, mmu, unimp).

    determinism.py --tern PATH [--nasm nasm] --lib DIR --src gdb_guest.asm
                   [--guest-dir tests/guest --guests paging,smc,...]
Exit status: 0 pass, 1 fail, 77 skip (nasm missing).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_gdb import accelerators, assemble  # noqa: E402

FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL: " + msg)


def run(tern, image, accel, extra=(), log=None, machine="bare"):
    cmd = [tern, "-M", machine, "-bios", image, "-accel", accel, "-count-insns"] + list(extra)
    if log:
        cmd += ["-D", log]
    p = subprocess.run(cmd, capture_output=True, timeout=300)
    m = re.search(rb"tern: (\d+) instructions retired", p.stderr)
    return p.returncode, p.stdout, int(m.group(1)) if m else None


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check_image(args, workdir, name, image, accels, machine="bare"):
    results = {}
    for accel in accels:
        for mode, extra in (("chained", []), ("nochain", ["-d", "nochain"]),
                            ("one-insn-per-tb", ["-one-insn-per-tb"])):
            results[(accel, mode)] = run(args.tern, image, accel, extra, machine=machine)
    ref_key = (accels[0], "chained")
    ref = results[ref_key]
    if ref[2] is None:
        fail("%s: no instruction count printed" % name)
        return
    for key, r in results.items():
        if r != ref:
            fail("%s: %s/%s gives status %s count %s output %r; %s/%s gives %s %s %r" %
                 (name, key[0], key[1], r[0], r[2], r[1][-80:], ref_key[0], ref_key[1],
                  ref[0], ref[2], ref[1][-80:]))
    # traces: twice with the first accelerator, once with each other one
    traces = []
    for i, accel in enumerate([accels[0]] + accels):
        log = os.path.join(workdir, "%s-%d.log" % (name, i))
        r = run(args.tern, image, accel, ["-d", "exec,int"], log, machine)
        if r != ref:
            fail("%s: with -d exec,int (%s) status %s count %s, expected %s %s" %
                 (name, accel, r[0], r[2], ref[0], ref[2]))
        traces.append((accel, read(log)))
    base = traces[0][1]
    if not re.search(rb"^Trace 0: \[[0-9a-f]+/[0-9a-f]+/[0-9a-f]+/[0-9a-f]+\] icount=\d+ insns=\d+$",
                     base, re.M):
        fail("%s: the -d exec trace has no 'Trace 0: [...] icount=N insns=M' line" % name)
    last = -1
    for m in re.finditer(rb"icount=(\d+) insns=(\d+)", base):
        n = int(m.group(1))
        if n < last:
            fail("%s: the trace's icount goes backwards (%d after %d)" % (name, n, last))
            break
        last = n
    if last > ref[2]:
        fail("%s: the trace reaches icount %d, beyond the final count %d" % (name, last, ref[2]))
    for accel, t in traces[1:]:
        if t != base:
            a, b = base.splitlines(), t.splitlines()
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            fail("%s: trace under %s differs from the first run at line %d: %r vs %r" %
                 (name, accel, i + 1, a[i] if i < len(a) else b"<end>",
                  b[i] if i < len(b) else b"<end>"))
    print("ok: %s (-M %s): %d instructions, status %s, identical in %d runs and traces" %
          (name, machine, ref[2], ref[0], len(results) + len(traces)))
    return ref


def check_logs(args, workdir, image, syms, accel):
    lo, hi = syms["l_top"], syms["l_end"] - 1
    log = os.path.join(workdir, "filter.log")
    r = run(args.tern, image, accel, ["-d", "exec,in_asm", "-dfilter", "0x%x..0x%x" % (lo, hi)],
            log)
    text = read(log)
    pcs = [int(m.group(1), 16) for m in re.finditer(rb"^Trace 0: \[[0-9a-f]+/([0-9a-f]+)/", text, re.M)]
    ins = [int(m.group(1), 16) for m in re.finditer(rb"^IN: linear ([0-9a-f]+)", text, re.M)]
    if not pcs or any(not lo <= p <= hi for p in pcs):
        fail("-dfilter 0x%x..0x%x: exec lines at %s" % (lo, hi, [hex(p) for p in pcs[:8]]))
    if not ins or any(not lo <= p <= hi for p in ins):
        fail("-dfilter: in_asm blocks at %s" % [hex(p) for p in ins[:8]])
    # START+SIZE covers the same; START-SIZE the bytes below START
    r2 = run(args.tern, image, accel, ["-d", "exec", "-dfilter", "0x%x+0x%x" % (lo, hi - lo + 1)],
             log)
    if read(log).count(b"Trace 0:") != len(pcs):
        fail("-dfilter START+SIZE selects %d blocks, START..END %d" %
             (read(log).count(b"Trace 0:"), len(pcs)))
    run(args.tern, image, accel, ["-d", "exec", "-dfilter", "0x%x-0x%x" % (lo, 0x10)], log)
    below = [int(m.group(1), 16) for m in re.finditer(rb"^Trace 0: \[[0-9a-f]+/([0-9a-f]+)/", read(log), re.M)]
    if any(not lo - 0x10 <= p < lo for p in below):
        fail("-dfilter START-SIZE: blocks at %s" % [hex(p) for p in below[:8]])
    if r[2] != r2[2]:
        fail("-dfilter changes the instruction count (%s vs %s)" % (r[2], r2[2]))
    items = { "op": rb"^OP after optimization:", "op_opt": rb"^OP:",
             "out_asm": rb"^OUT: \[size=", "cpu": rb"^EAX=[0-9a-f]{8}", "int": rb"v=30 ",
             "exec": rb"^Trace 0:",
             # Capstone's disassembly of the loop's first instruction (inc dword [counter])
             "in_asm": rb"^0x%08x:  ff 05 [0-9a-f ]+inc dword ptr \[0x%x\]$"
                       % (syms["l_top"], syms["counter"]),
             # TLB fills (paging off: linear = physical), and the library's writes to the
             # 8259A mask ports, which the bare machine does not have
             "mmu": rb"^tlb fill: mmu 0 lin 000f8000 -> phys 000f8000 rwx$",
             "unimp": rb"^unassigned port out 0x0021 size 1 value 0xff$"}
    items["in_asm"] = rb"^IN: linear[^\n]*\n(?:[^\n]+\n)*" + items["in_asm"]
    for item, pattern in items.items():
        run(args.tern, image, accel, ["-d", item], log)
        if not re.search(pattern, read(log), re.M):
            fail("-d %s: the log has no line matching %r" % (item, pattern))
    print("ok: -dfilter and -d items [%s]" % accel)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tern", required=True)
    ap.add_argument("--nasm", default="nasm")
    ap.add_argument("--lib", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--guest-dir")
    ap.add_argument("--guests", default="")
    args = ap.parse_args()
    if not shutil.which(args.nasm):
        print("skip: nasm not found")
        return 77
    accels = accelerators(args.tern)
    if not accels:
        print("FAIL: tern -accel help lists no accelerator")
        return 1
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as workdir:
        image, syms = assemble(args.nasm, args.lib, args.src, workdir, ("ITERATIONS=3000",))
        check_image(args, workdir, "gdb_guest", image, accels)
        # timer interrupts: the PIT through the 8259A on the pc machine, taken at exactly
        # the same instruction every time (the output prints where they hit)
        machines = subprocess.run([args.tern, "-M", "help"], capture_output=True,
                                  text=True).stdout
        if re.search(r"^pc\b", machines, re.M):
            timer, _ = assemble(args.nasm, args.lib, os.path.join(here, "timer_guest.asm"),
                                workdir)
            ref = check_image(args, workdir, "timer_guest", timer, accels, "pc")
            if ref and (ref[0] != 1 or b"PASS" not in ref[1] or b"mix:" not in ref[1]):
                fail("timer_guest: status %s output %r" % (ref[0], ref[1]))
        else:
            print("skip: no pc machine in this tern: timer interrupts not checked")
        for g in filter(None, args.guests.split(",")):
            img, _ = assemble(args.nasm, args.lib, os.path.join(args.guest_dir, g + ".asm"),
                              workdir)
            check_image(args, workdir, g, img, accels)
        for accel in accels:
            check_logs(args, workdir, image, syms, accel)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
