; The pc board's PCI functions and the ACPI soft-off: configuration mechanism #1 (PCI
; Local Bus Specification 3.0, 3.2.2.3.2) finds the i440FX host bridge (8086:1237) at
; 00:00.0, the PIIX3 ISA bridge (8086:7000, multi-function header) at 00:01.0, the PIIX4
; power-management function (8086:7113, class 06 80 00) at 00:01.3 and nothing at 00:1F.0.
; The test then does what firmware does with the PM function (PIIX4 datasheet: PMBA at
; 0x40, PMREGMISC.PMIOSE at 0x80), sees the 3.579545 MHz PM timer (PMTMR at base + 8)
; advance, and writes SUS_TYP = 0 (soft off) with SUS_EN to PMCNTRL (base + 4, ACPI 6.4
; 4.8.3.2.1): the machine powers off and the emulator exits with status 0.
; tern-args: -M pc
; expect-exit: 0
; expect-output-contains: pci ok
; expect-output-contains: pm timer ok
; expect-output: PASS
%include "tern.inc"

PM_BASE equ 0x0600

[absolute TESTVARS]
t0: resd 1

; CFG_READ devfn_reg (bus 0: dev << 11 | fn << 8 | reg): eax = config dword
%macro CFG_READ 1
    mov eax, 0x80000000 | (%1)
    mov dx, 0xCF8
    out dx, eax
    mov dx, 0xCFC
    in eax, dx
%endmacro

%macro CFG_WRITE 2
    mov eax, 0x80000000 | (%1)
    mov dx, 0xCF8
    out dx, eax
    mov dx, 0xCFC
    mov eax, %2
    out dx, eax
%endmacro

TEST_START
    CFG_READ (0 << 11) | 0x00
    CHECK eax, 0x12378086, "00:00.0 is the i440FX"
    CFG_READ (1 << 11) | 0x00
    CHECK eax, 0x70008086, "00:01.0 is the PIIX3"
    CFG_READ (1 << 11) | 0x0C
    shr eax, 16
    and al, 0x80
    CHECK al, 0x80, "PIIX3 header: multi-function"
    CFG_READ (1 << 11) | (3 << 8) | 0x00
    CHECK eax, 0x71138086, "00:01.3 is the PIIX4 PM function"
    CFG_READ (1 << 11) | (3 << 8) | 0x08
    shr eax, 8
    CHECK eax, 0x068000, "class code 06 80 00"
    CFG_READ (0x1F << 11) | 0x00
    CHECK eax, 0xFFFFFFFF, "no device at 00:1F.0"
    ; a word read through CONFIG_DATA + 2 returns the device ID
    mov eax, 0x80000000 | (1 << 11)
    mov dx, 0xCF8
    out dx, eax
    mov dx, 0xCFE
    in ax, dx
    CHECK ax, 0x7000
    PRINT "pci ok", 10

    ; PM I/O block at PM_BASE, enabled
    CFG_WRITE (1 << 11) | (3 << 8) | 0x40, PM_BASE | 1
    CFG_READ (1 << 11) | (3 << 8) | 0x40
    and eax, 0xFFC1
    CHECK eax, PM_BASE | 1, "PMBA holds the base; bit 0 reads 1 (I/O)"
    CFG_WRITE (1 << 11) | (3 << 8) | 0x80, 0x01
    mov dx, PM_BASE + 8
    in eax, dx
    and eax, 0xFFFFFF
    mov [t0], eax
    mov ecx, 20000
.spin:
    dec ecx
    jnz .spin
    in eax, dx
    and eax, 0xFFFFFF
    sub eax, [t0]
    and eax, 0xFFFFFF
    cmp eax, 0
    jne .advanced
    PRINT "FAIL: the PM timer did not advance", 10
    EXIT 90
.advanced:
    PRINT "pm timer ok", 10
    PRINT "PASS", 10
    ; PMCNTRL: SUS_TYP 0 (soft off), SUS_EN
    mov dx, PM_BASE + 4
    mov ax, 0x2000
    out dx, ax
    ; Tern stops inside the OUT; QEMU finishes the current block first: give it time.
    mov ecx, 10000000
.linger:
    dec ecx
    jnz .linger
    PRINT "FAIL: still running after the soft-off request", 10
    EXIT 91
