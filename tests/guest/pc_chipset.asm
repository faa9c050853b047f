; What firmware reads from the pc board's chipset, then a reset through port 0x92:
; - CMOS memory sizes for 128 MiB (IBM PC AT layout, QEMU/Bochs extensions): base memory
;   640 KiB (0x15/0x16), extended memory capped at 0xFFFF KiB (0x17/0x18, 0x30/0x31),
;   memory above 16 MiB in 64 KiB units (0x34/0x35 = 0x0700), none above 4 GiB
;   (0x5B-0x5D), a BCD clock (register B bit 2 clear) with sane digits and century 20.
; - COM1 (16550A at 0x3F8, PC16550D datasheet): the scratch register, and a byte sent in
;   loopback mode (MCR bit 4) arriving in RBR with LSR.DR set.
; - fw_cfg (ports 0x510/0x511, QEMU's docs/specs/fw_cfg.rst): signature "QEMU", and a file
;   directory listing "etc/e820".
; - port 0x92 bit 0 (fast reset, PIIX/PS/2 "system control port A"): with -no-reboot the
;   emulator ends with status 0 instead of rebooting.
; tern-args: -M pc -m 128 -no-reboot
; qemu-args: -chardev null,id=com1 -device isa-serial,chardev=com1,iobase=0x3f8,irq=4
; expect-exit: 0
; expect-output-contains: cmos ok
; expect-output-contains: uart ok
; expect-output-contains: fw_cfg ok
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
entry: resb 64

; CMOS_READ index: al = CMOS byte (NMI stays masked: bit 7 of the index)
%macro CMOS_READ 1
    mov al, 0x80 | (%1)
    out 0x70, al
    in al, 0x71
%endmacro

; FW_BYTE: al = next byte of the selected fw_cfg item
%macro FW_BYTE 0
    mov dx, 0x511
    in al, dx
%endmacro

TEST_START
    ; ---- CMOS
    CMOS_READ 0x15
    mov ah, al
    CMOS_READ 0x16
    xchg al, ah
    CHECK ax, 640, "base memory KiB"
    CMOS_READ 0x17
    mov ah, al
    CMOS_READ 0x18
    xchg al, ah
    CHECK ax, 0xFFFF, "extended memory KiB (capped)"
    CMOS_READ 0x30
    mov ah, al
    CMOS_READ 0x31
    xchg al, ah
    CHECK ax, 0xFFFF
    CMOS_READ 0x34
    mov ah, al
    CMOS_READ 0x35
    xchg al, ah
    CHECK ax, 0x0700, "64 KiB units above 16 MiB"
    CMOS_READ 0x5B
    CHECK al, 0
    CMOS_READ 0x5C
    CHECK al, 0
    CMOS_READ 0x0B
    and al, 0x04
    CHECK al, 0, "BCD clock"
    CMOS_READ 0x32
    CHECK al, 0x20, "century"
    CMOS_READ 0x00              ; seconds: two BCD digits below 60
    mov ah, al
    and ah, 0x0F
    cmp ah, 9
    ja .bad_bcd
    cmp al, 0x59
    ja .bad_bcd
    CMOS_READ 0x08              ; month 01-12
    cmp al, 0x01
    jb .bad_bcd
    cmp al, 0x12
    ja .bad_bcd
    PRINT "cmos ok", 10
    jmp .uart
.bad_bcd:
    PRINT "FAIL: the RTC does not hold BCD time", 10
    EXIT 80

.uart:
    ; ---- COM1
    mov dx, 0x3FF               ; scratch
    mov al, 0xA5
    out dx, al
    in al, dx
    CHECK al, 0xA5, "scratch register"
    mov dx, 0x3FB               ; LCR: 8N1
    mov al, 0x03
    out dx, al
    mov dx, 0x3FC               ; MCR: loopback
    mov al, 0x10
    out dx, al
    mov dx, 0x3F8
    mov al, 'Z'
    out dx, al
    mov dx, 0x3FD
    in al, dx
    and al, 0x01
    CHECK al, 0x01, "LSR.DR after a loopback byte"
    mov dx, 0x3F8
    in al, dx
    CHECK al, 'Z', "the byte came back"
    mov dx, 0x3FC
    mov al, 0x00
    out dx, al
    PRINT "uart ok", 10

    ; ---- fw_cfg: signature
    mov dx, 0x510
    mov ax, 0x0000
    out dx, ax
    FW_BYTE
    CHECK al, 'Q'
    FW_BYTE
    CHECK al, 'E'
    FW_BYTE
    CHECK al, 'M'
    FW_BYTE
    CHECK al, 'U'
    ; file directory: big-endian count, then 64-byte entries (size, select, 0, name[56])
    mov dx, 0x510
    mov ax, 0x0019
    out dx, ax
    xor ecx, ecx
    mov bx, 4
.count:
    shl ecx, 8
    FW_BYTE
    mov cl, al
    dec bx
    jnz .count
    cmp ecx, 0
    je .no_e820
.entry:
    mov di, entry
    mov bx, 64
.byte:
    FW_BYTE
    mov [di], al
    inc di
    dec bx
    jnz .byte
    cmp dword [entry + 8], 'etc/'
    jne .next
    cmp dword [entry + 12], 'e820'
    jne .next
    cmp byte [entry + 16], 0
    je .found
.next:
    dec ecx
    jnz .entry
.no_e820:
    PRINT "FAIL: fw_cfg has no etc/e820 file", 10
    EXIT 81
.found:
    PRINT "fw_cfg ok", 10

    PRINT "PASS", 10
    ; ---- fast reset through port 0x92 (bit 0: 0 -> 1)
    in al, 0x92
    or al, 0x01
    out 0x92, al
    mov ecx, 10000000
.linger:
    dec ecx
    jnz .linger
    PRINT "FAIL: no reset from port 0x92", 10
    EXIT 82
