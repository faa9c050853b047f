#!/bin/sh
# Command-line and bare-machine behaviour of the tern executable: every bad argument or
# unusable file gives exactly one "tern: ..." line on stderr, nothing on stdout, and exit
# status 2; the board's exits (debug-exit, HLT, triple fault) give their documented
# statuses. Usage: run.sh PATH/TO/tern
set -u
TERN=${1:?usage: run.sh PATH/TO/tern}
[ -x "$TERN" ] || { echo "run.sh: '$TERN' is not an executable" >&2; exit 1; }

HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
fails=0
n=0

# A flat image from hex bytes, placed so its first byte is the reset vector: the bare
# machine puts an image's end at 4 GiB, so a 16-byte image starts at FFFFFFF0.
mkimg() { # file hexbytes...
    f=$1; shift
    : > "$f"
    for b in "$@"; do printf "\\$(printf '%03o' "0x$b")" >> "$f"; done
    size=$(wc -c < "$f")
    while [ "$size" -lt 16 ]; do printf '\364' >> "$f"; size=$((size + 1)); done
}

# verdict GOT STATUS STDOUT-REGEX STDERR-REGEX LINES NAME: judges a run's $T/out, $T/err
verdict() {
    got=$1 want=$2 out_re=$3 err_re=$4 lines=$5 name=$6
    n=$((n + 1))
    why=""
    [ "$got" -eq "$want" ] || why="exit status $got, wanted $want"
    if [ -z "$why" ] && [ -n "$out_re" ] && ! grep -Eq -- "$out_re" "$T/out"; then
        why="stdout does not match /$out_re/"
    fi
    if [ -z "$why" ] && [ -z "$out_re" ] && [ -s "$T/out" ]; then why="unexpected stdout"; fi
    if [ -z "$why" ] && [ -n "$err_re" ] && ! grep -Eq -- "$err_re" "$T/err"; then
        why="stderr does not match /$err_re/"
    fi
    if [ -z "$why" ] && [ "$lines" != "-" ] && [ "$(wc -l < "$T/err")" -ne "$lines" ]; then
        why="stderr has $(wc -l < "$T/err") lines, wanted $lines"
    fi
    if [ -n "$why" ]; then
        fails=$((fails + 1))
        echo "FAIL: $name: $why"
        sed 's/^/  stdout: /' "$T/out" | head -5
        sed 's/^/  stderr: /' "$T/err" | head -5
    else
        echo "ok: $name"
    fi
}

# expect STATUS STDOUT-REGEX STDERR-REGEX LINES -- args...  (LINES: stderr line count, or -)
expect() {
    want=$1 out_re=$2 err_re=$3 lines=$4; shift 5
    "$TERN" "$@" > "$T/out" 2> "$T/err" < /dev/null
    verdict $? "$want" "$out_re" "$err_re" "$lines" "tern $*"
}

# a bad command line: status 2, one line on stderr, silence on stdout
bad() { err_re=$1; shift; expect 2 "" "^tern: .*$err_re" 1 -- "$@"; }

mkimg "$T/ok.bin" b0 41 e6 e9 b0 10 e6 f4 f4      # mov al,'A'; out 0xe9,al; mov al,0x10; out 0xf4,al
: > "$T/empty.bin"
truncate -s 17M "$T/big.bin"
mkdir "$T/dir"

# --- information ---
expect 0 '^tern 0\.1\.0$' '' 0 -- --version
expect 0 '^usage: tern' '' 0 -- -h
expect 0 '^usage: tern' '' 0 -- --help
expect 0 'bare' '' 0 -- -M help
expect 0 'in_asm' '' 0 -- -d help
expect 0 'interp' '' 0 -- -accel help

# --- bad arguments ---
bad "unknown option '-frobnicate'" -frobnicate
bad "unexpected argument" disk.img
bad "needs an argument" -bios
bad "needs an argument" -M bare -bios "$T/ok.bin" -m
bad "needs a firmware image" -M bare
bad "needs a firmware image"
bad "machine 'q35' is not built yet" -M q35 -bios "$T/ok.bin"
bad "unknown machine 'vax'" -machine vax -bios "$T/ok.bin"
# TERN_HOST_CPU: meson's host cpu family (the CPU tern runs on; not uname's in a cross build).
if [ "${TERN_HOST_CPU:-$(uname -m)}" = x86_64 ]; then
    expect 33 '^A$' '' 0 -- -M bare -accel jit -bios "$T/ok.bin"
    # -perfmap: perf's map file names the translated block by its guest pc
    pid=$(sh -c 'echo $$; exec "$0" -M bare -accel jit -perfmap -bios "$1" > /dev/null 2>&1' \
          "$TERN" "$T/ok.bin")
    cp "/tmp/perf-$pid.map" "$T/out" 2> /dev/null; rm -f "/tmp/perf-$pid.map"; : > "$T/err"
    verdict 0 0 '^[0-9a-f]+ [0-9a-f]+ tb-[0-9a-f]+$' '' 0 "tern -perfmap (/tmp/perf-PID.map)"
else
    bad "needs an x86-64 host" -accel jit -bios "$T/ok.bin"
fi
bad "unknown property 'fast=on'" -accel interp,fast=on -bios "$T/ok.bin"
bad "-S waits for gdb" -S -bios "$T/ok.bin"
bad "-gdb: 'udp::1234'" -gdb udp::1234 -bios "$T/ok.bin"
bad "-gdb: 'tcp::99999': bad port" -gdb tcp::99999 -bios "$T/ok.bin"
bad "-dfilter: bad range '0x10..0x1'" -dfilter 0x10..0x1 -bios "$T/ok.bin"
bad "-dfilter: bad range 'zz'" -dfilter 0x1000+0x10,zz -bios "$T/ok.bin"
bad "-tb-size: invalid size" -tb-size 0 -bios "$T/ok.bin"
bad "unknown accelerator 'kvm'" -accel kvm -bios "$T/ok.bin"
bad "unknown -d item 'bogus'" -d in_asm,bogus -bios "$T/ok.bin"
bad "cannot open log file" -D "$T/no/such/dir/log" -bios "$T/ok.bin"
bad "invalid size 'lots'" -m lots -bios "$T/ok.bin"
bad "invalid size '64Q'" -m 64Q -bios "$T/ok.bin"
bad "out of range" -m 0 -bios "$T/ok.bin"
bad "out of range" -m 512K -bios "$T/ok.bin"
bad "out of range" -M bare -m 4G -bios "$T/ok.bin"
bad "out of range" -M pc -m 1M -bios "$T/ok.bin"
bad "out of range" -m 33G -bios "$T/ok.bin"

# --- unusable files ---
bad "-bios: cannot open '.*nonexistent.bin': No such file or directory" -bios "$T/nonexistent.bin"
bad "-bios: '.*empty.bin' is empty" -bios "$T/empty.bin"
bad "-bios: '.*big.bin' is too large" -bios "$T/big.bin"
bad "-bios: cannot read '.*dir': Is a directory" -bios "$T/dir"
if [ "$(id -u)" -ne 0 ]; then
    cp "$T/ok.bin" "$T/noperm.bin" && chmod 000 "$T/noperm.bin"
    bad "-bios: cannot open '.*noperm.bin': Permission denied" -bios "$T/noperm.bin"
fi

# --- the bare machine runs: debugcon output then isa-debug-exit status (0x10 << 1) | 1 ---
expect 33 '^A$' '' 0 -- -M bare -bios "$T/ok.bin"
expect 33 '^A$' '' 0 -- -machine bare -m 1G -accel interp -bios "$T/ok.bin"
expect 33 '^A$' '' 0 -- --M bare --bios "$T/ok.bin" -m 1.5G
expect 33 '^A$' '' 0 -- -bios "$T/ok.bin" -m 3584
# reading port 0xE9 gives 0xE9: in al,0xe9; out 0xf4,al -> (0xe9 << 1 | 1) & 0xff = 0xd3
mkimg "$T/probe.bin" e4 e9 e6 f4
expect 211 '' '' 0 -- -bios "$T/probe.bin"
# cli; hlt: a clean end, with a log line
mkimg "$T/hlt.bin" fa f4
expect 0 '' '^tern: CPU halted with interrupts disabled at f000:0000fff2$' 1 -- -bios "$T/hlt.bin"
# sti; hlt: nothing on the bare machine can wake it: also a clean end
mkimg "$T/sti.bin" fb f4
expect 0 '' '^tern: CPU halted' 1 -- -bios "$T/sti.bin"
# lidt [0] (RAM is zero: limit 0), ud2: #UD and #GP and #DF miss the IDT -> triple fault
mkimg "$T/tf.bin" 0f 01 1e 00 00 0f 0b
expect 4 '' '^tern: triple fault' - -- -bios "$T/tf.bin"
# -count-insns: one more line on stderr, the same count with each accelerator
expect 33 '^A$' '^tern: 4 instructions retired$' 1 -- -M bare -count-insns -bios "$T/ok.bin"
expect 33 '^A$' '^tern: 4 instructions retired$' 1 -- -M bare -count-insns -accel interp -bios "$T/ok.bin"
expect 33 '^A$' '^tern: 4 instructions retired$' 1 -- -M bare -count-insns -one-insn-per-tb -bios "$T/ok.bin"
# the log file receives -d output; the guest output still reaches stdout
expect 33 '^A$' '' 0 -- -d exec -D "$T/log" -bios "$T/ok.bin"
n=$((n + 1))
if grep -q '^Trace 0: .*count=' "$T/log"; then echo "ok: -d exec wrote its trace to -D"; else
    fails=$((fails + 1)); echo "FAIL: -d exec -D: no 'Trace 0:' line in the log"; fi

# self-modifying code: with chaining (default) and without (-d exec turns chaining off)
if command -v nasm > /dev/null 2>&1; then
    if nasm -f bin -o "$T/smc.bin" "$HERE/smc.asm"; then
        expect 1 '^BABCxy$' '' 0 -- -bios "$T/smc.bin"
        expect 1 '^BABCxy$' '' 0 -- -d exec -D "$T/smc.log" -bios "$T/smc.bin"
    else
        n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: nasm could not assemble smc.asm"
    fi
else
    echo "skip: nasm not installed (self-modifying code test)"
fi

# --- the pc machine (the default): bad kernels and options, then a Multiboot kernel ---
# a Multiboot header (a.out kludge) loading at 1 MiB with a bss reaching 96 MiB
mkimg "$T/mb-big.bin" 02 b0 ad 1b 00 00 01 00 fe 4f 51 e4 00 00 10 00 00 00 10 00 \
    00 00 00 00 00 00 00 06 20 00 10 00
bad "-kernel: '.*empty.bin' is empty" -kernel "$T/empty.bin"
bad "neither a Linux bzImage nor a Multiboot image" -kernel "$T/probe.bin"
bad "-kernel: cannot open '.*nonexistent'" -kernel "$T/nonexistent"
bad "-initrd: cannot open '.*nonexistent'" -kernel "$T/mb-big.bin" -initrd "$T/nonexistent"
bad "-m: too small for this kernel" -kernel "$T/mb-big.bin" -m 64M
bad "-initrd needs -kernel" -bios "$T/ok.bin" -initrd "$T/ok.bin"
bad "-kernel with -bios is not supported" -bios "$T/ok.bin" -kernel "$T/mb-big.bin"
bad "needs -M pc" -M bare -bios "$T/ok.bin" -nographic
bad "-serial: unknown backend 'tty'" -bios "$T/ok.bin" -serial tty
bad "-serial: cannot open" -bios "$T/ok.bin" -serial "file:$T/no/such/dir/out"
bad "-rtc: invalid base '2000-13-01T00:00:00'" -bios "$T/ok.bin" -rtc base=2000-13-01T00:00:00
bad "-clock: unknown mode 'fast'" -bios "$T/ok.bin" -clock fast
# -device (pc only): the virtio balloon; unknown devices, properties and values
expect 0 'virtio-balloon-pci' '' 0 -- -device help
bad "-device: unknown device 'virtio-net-pci'" -bios "$T/ok.bin" -device virtio-net-pci
bad "virtio-balloon-pci: unknown property 'foo=1'" -bios "$T/ok.bin" \
    -device virtio-balloon-pci,foo=1
bad "property 'free-page-reporting' takes on or off" -bios "$T/ok.bin" \
    -device virtio-balloon,free-page-reporting=maybe
bad "property 'deflate-on-oom' takes on or off" -bios "$T/ok.bin" \
    -device virtio-balloon-pci,deflate-on-oom
bad "property 'disable-modern' takes on or off" -bios "$T/ok.bin" \
    -device virtio-balloon-pci,disable-modern=1
bad "only one virtio-balloon device" -bios "$T/ok.bin" -device virtio-balloon \
    -device virtio-balloon-pci
bad "-M bare has no PCI bus" -M bare -bios "$T/ok.bin" -device virtio-balloon-pci
bad "needs an argument" -bios "$T/ok.bin" -device
expect 0 'pc ' '' 0 -- -M help
# a Multiboot kernel at 1 MiB: prints "K" and the low digit of EAX (the magic's 02), then
# exits with v = 0x21: mov ah,al; mov al,'K'; out 0xe9,al; mov al,ah; add al,'0';
# out 0xe9,al; mov al,0x21; out 0xf4,al
mkimg "$T/mb.bin" 02 b0 ad 1b 00 00 01 00 fe 4f 51 e4 00 00 10 00 00 00 10 00 \
    00 00 00 00 00 00 00 00 20 00 10 00 \
    88 c4 b0 4b e6 e9 88 e0 04 30 e6 e9 b0 21 e6 f4
expect 67 '^K2$' '' 0 -- -kernel "$T/mb.bin" -serial null
# the same kernel with a balloon on the PCI bus: -d stats reports its counters at exit
expect 67 '^K2$' '^virtio-balloon: 0 bytes discarded' - -- -kernel "$T/mb.bin" -serial null \
    -device virtio-balloon-pci,free-page-reporting=on,deflate-on-oom=off,id=b0 -d stats
expect 67 '^K2$' '' 0 -- -kernel "$T/mb.bin" -serial null -device virtio-balloon,disable-modern=on

# a guest reset reads -kernel again: the same file boots twice; one changed or removed in
# between is one error line and status 2 (a pipe, read once, is kept). The Multiboot
# kernel prints its boot count (a byte at 3 MiB, which a reset keeps) to port E9; the
# first boot waits for a byte on COM1 and resets by port CF9, the second exits with
# v = 0x21.
mkimg "$T/rb.bin" 02 b0 ad 1b 00 00 01 00 fe 4f 51 e4 00 00 10 00 00 00 10 00 \
    00 00 00 00 00 00 00 00 20 00 10 00 \
    a0 00 00 30 00 fe 05 00 00 30 00 04 30 e6 e9 3c 30 75 12 66 ba fd 03 ec a8 01 74 f7 \
    66 ba f9 0c b0 06 ee eb fe b0 21 e6 f4
reset_case() { # STATUS STDOUT-REGEX STDERR-REGEX LABEL CHANGE [fifo]
    rm -f "$T/in" "$T/rk.bin" "$T/out"
    mkfifo "$T/in"
    if [ $# -gt 5 ]; then mkfifo "$T/rk.bin"; cat "$T/rb.bin" > "$T/rk.bin" & else
        cp "$T/rb.bin" "$T/rk.bin"; fi
    "$TERN" -kernel "$T/rk.bin" < "$T/in" > "$T/out" 2> "$T/err" &
    pid=$!
    exec 3> "$T/in"
    i=0
    while [ "$i" -lt 200 ] && ! grep -qs 0 "$T/out"; do sleep 0.05; i=$((i + 1)); done
    eval "$5"
    (printf x >&3) 2> /dev/null
    exec 3>&-
    wait "$pid"
    verdict $? "$1" "$2" "$3" "$([ -n "$3" ] && echo 1 || echo 0)" "reset re-reads -kernel, $4"
}
reset_case 67 '^01$' '' 'unchanged' ''
reset_case 67 '^01$' '' 'a pipe (kept)' '' fifo
reset_case 2 '^0$' "^tern: after reset: -kernel: cannot open '.*rk.bin'" 'removed' \
    'rm "$T/rk.bin"'
changed="^tern: after reset: -kernel: '.*rk.bin' changed since Tern started"
reset_case 2 '^0$' "$changed \(73 bytes, now 74\)" \
    'grown' 'printf x >> "$T/rk.bin"'
reset_case 2 '^0$' "$changed \(same size" \
    'rewritten' 'printf "\220" | dd of="$T/rk.bin" bs=1 seek=72 conv=notrunc 2> /dev/null'

echo "$((n - fails))/$n passed"
[ "$fails" -eq 0 ]
