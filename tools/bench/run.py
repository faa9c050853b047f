#!/usr/bin/env python3
"""Tern benchmarks: compute kernels (CRC-32, quicksort, sieve, a bytecode interpreter,
block copies, pointer chasing) built from the same C source as bare-metal guests and as
native 32-bit programs, timed under Tern's JIT, Tern's interpreter, natively and under
qemu-system-i386 (TCG) on the same guest image, with the ratios between them.

    tools/bench/run.py [--tern PATH] [--configs native,jit,interp,qemu] [--kernels K,...]
                       [--repeat N] [--out DIR]

Needs gcc with 32-bit support (apt-get install gcc-multilib), binutils and nasm;
qemu-system-i386 (apt-get install qemu-system-x86) for the QEMU column. Every run must
print the same "result" line as the native program, or the row is marked wrong.
Times are CPU seconds (user + system, all threads) of each run, best of --repeat runs,
including process start-up: wall-clock time on a busy machine says more about the other
load than about the emulator.
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KERNELS = ["crc32", "sort", "sieve", "bytecode", "memcpy", "ptrchase"]
CONFIGS = ["native", "jit", "interp", "qemu"]
CFLAGS = ["-m32", "-O2", "-march=i686", "-fno-pic", "-fno-pie", "-fno-stack-protector",
          "-fno-asynchronous-unwind-tables", "-fno-tree-loop-distribute-patterns",
          "-std=c11", "-Wall", "-Wextra"]


def sh(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if p.returncode != 0:
        sys.exit("bench: command failed: %s\n%s%s" % (" ".join(cmd), p.stdout.decode(),
                                                       p.stderr.decode()))
    return p


def check_tools():
    for tool, pkg in (("gcc", "gcc"), ("ld", "binutils"), ("objcopy", "binutils"),
                      ("nasm", "nasm")):
        if not shutil.which(tool):
            sys.exit("bench: %s not found (apt-get install %s)" % (tool, pkg))
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "t.c")
        with open(src, "w") as f:
            f.write("int main(void) { return 0; }\n")
        p = subprocess.run(["gcc", "-m32", src, "-o", os.path.join(d, "t")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            sys.exit("bench: gcc cannot build 32-bit programs (apt-get install gcc-multilib)")


def build(kernel, out):
    src = os.path.join(HERE, kernel + ".c")
    objs = []
    for c in (src, os.path.join(HERE, "guest_entry.c")):
        o = os.path.join(out, "%s-%s.o" % (kernel, os.path.basename(c)[:-2]))
        sh(["gcc"] + CFLAGS + ["-ffreestanding", "-nostdlib", "-I", HERE, "-c", c, "-o", o])
        objs.append(o)
    elf = os.path.join(out, kernel + ".elf")
    sh(["ld", "-m", "elf_i386", "-T", os.path.join(HERE, "guest.ld"), "-o", elf] + objs)
    raw = os.path.join(out, kernel + ".kernel")
    sh(["objcopy", "-O", "binary", elf, raw])
    if os.path.getsize(raw) > 0xE000:
        sys.exit("bench: %s kernel is too big for the 64 KiB image" % kernel)
    image = os.path.join(out, kernel + ".bin")
    sh(["nasm", "-f", "bin", "-DKERNEL=\"%s\"" % raw, "-o", image,
        os.path.join(HERE, "boot.asm")])
    native = os.path.join(out, kernel + ".native")
    sh(["gcc"] + CFLAGS + ["-no-pie", "-I", HERE, src, os.path.join(HERE, "native_main.c"),
                           "-o", native])
    return image, native


def result_line(text):
    for line in text.splitlines():
        if line.startswith("result "):
            return line.strip()
    return None


def run_once(config, args, image, native, out):
    if config == "native":
        cmd, want = [native], 0
    elif config in ("jit", "interp"):
        cmd, want = [args.tern, "-M", "bare", "-m", "128", "-bios", image,
                     "-accel", config], 1
    else:
        log = os.path.join(out, "debugcon.txt")
        if os.path.exists(log):
            os.unlink(log)
        cmd = [args.qemu, "-display", "none", "-monitor", "none", "-serial", "none",
               "-no-reboot", "-m", "128", "-bios", image, "-accel", "tcg",
               "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
               "-debugcon", "file:" + log]
        want = 1
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    dt = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    text = p.stdout.decode(errors="replace")
    if config == "qemu" and os.path.exists(log):
        with open(log, errors="replace") as f:
            text = f.read()
    if p.returncode != want:
        return dt, None, "exit status %d: %s" % (p.returncode, p.stderr.decode()[-300:])
    return dt, result_line(text), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tern", default=os.path.join(ROOT, "build", "tern"))
    ap.add_argument("--qemu", default="qemu-system-i386")
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--kernels", default=",".join(KERNELS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", help="build directory (default: a temporary one)")
    args = ap.parse_args()
    configs = [c for c in args.configs.split(",") if c]
    kernels = [k for k in args.kernels.split(",") if k]
    for c in configs:
        if c not in CONFIGS:
            sys.exit("bench: unknown config %s (%s)" % (c, ", ".join(CONFIGS)))
    for k in kernels:
        if k not in KERNELS:
            sys.exit("bench: unknown kernel %s (%s)" % (k, ", ".join(KERNELS)))
    check_tools()
    if ("jit" in configs or "interp" in configs) and not os.access(args.tern, os.X_OK):
        sys.exit("bench: no tern at %s (build it, or give --tern PATH)" % args.tern)
    if "qemu" in configs and not shutil.which(args.qemu):
        print("bench: %s not found: no QEMU column (apt-get install qemu-system-x86)"
              % args.qemu)
        configs.remove("qemu")

    out = args.out or tempfile.mkdtemp(prefix="tern-bench-")
    os.makedirs(out, exist_ok=True)
    times = {}
    ok = True
    for k in kernels:
        image, native = build(k, out)
        ref = None
        for c in ["native"] + [c for c in configs if c != "native"]:
            best, res, err = None, None, None
            for _ in range(max(1, args.repeat)):
                dt, r, e = run_once(c, args, image, native, out)
                if e:
                    err = e
                    break
                res = r
                best = dt if best is None else min(best, dt)
            if c == "native":
                ref = res
            if err or res is None or res != ref:
                print("bench: %s under %s: %s" % (k, c, err or "result %s, native %s" % (res, ref)))
                ok = False
                best = None
            if c in configs:
                times[(k, c)] = best
            print("  %-9s %-7s %s" % (k, c, "%.3f s" % best if best else "failed"), flush=True)

    def cell(v):
        return "%8.3f" % v if v else "       -"

    def ratio(a, b):
        return "%7.2fx" % (a / b) if a and b else "       -"

    print()
    print("%-9s" % "kernel" + "".join("%9s" % c for c in configs) +
          "  jit/nat  qemu/nat  qemu/jit  interp/jit")
    for k in kernels:
        t = {c: times.get((k, c)) for c in configs}
        print("%-9s" % k + "".join(" " + cell(t[c]) for c in configs) + " " +
              ratio(t.get("jit"), t.get("native")) + "  " +
              ratio(t.get("qemu"), t.get("native")) + "  " +
              ratio(t.get("qemu"), t.get("jit")) + "   " +
              ratio(t.get("interp"), t.get("jit")))
    if not args.out:
        shutil.rmtree(out, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
