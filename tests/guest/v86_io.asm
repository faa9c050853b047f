; Port I/O in virtual-8086 mode always consults the TSS I/O permission bitmap, whatever
; IOPL is: with IOPL 0 and with IOPL 3 a port whose bit is clear works (IN, OUT, OUTSB to
; the debug console 0xE9), a denied port, a word access covering a denied port, and any
; port when the map base lies beyond the TSS limit are #GP(0) to the ring-0 monitor.
; SDM vol. 3, 20.2.8.1 ("I/O-port-mapped I/O... the processor checks the I/O permission
; bit map ... the IOPL is not checked"); vol. 1, 19.5.2 (I/O permission bit map).
; expect-exit: 1
; expect-output-contains: v86-io-0
; expect-output-contains: v86-io-3
; expect-output: PASS
%include "tern.inc"

BITMAP   equ TSS_BASE + 0x68
NBYTES   equ 32                      ; ports 0x00-0xFF
NEWLIMIT equ 0x68 + NBYTES          ; includes the 0xFF byte after the map
V86_SP   equ 0x6F00

%macro V86_ENTER 2
    V86_IRET %1, (%2) << 12, 0, 0, 0, 0
%endmacro

[absolute TESTVARS]
v_r0esp:    resd 1
v_cont:     resd 1
gp_count:   resd 1
gp_errs:    resd 1
gp_ops:     resb 16
r_in:       resd 1
v_digit:    resb 1

TEST_START
    GO_PM32
    xor ecx, ecx
.fill:
    mov byte [BITMAP + ecx], 0xFF
    inc ecx
    cmp ecx, NBYTES + 1
    jb .fill
    and byte [BITMAP + (0xE9 >> 3)], ~(1 << (0xE9 & 7))
    mov word [TSS_BASE + 0x66], 0x68
    SET_DESC SEL_TSS, TSS_BASE, NEWLIMIT, 0x89, 0x00
    mov ax, SEL_TSS
    ltr ax
    SET_IDT 13, gp_monitor, GATE_INT32
    SET_IDT 6, v86_exit, GATE_INT32

    mov byte [v_digit], '0'
    V86_ENTER v86_io, 0
    CHECK dword [gp_count], 3, "IOPL 0: three denied accesses"
    CHECK dword [gp_errs], 0
    CHECK byte [gp_ops], 0xE6, "OUT 80h denied"
    CHECK byte [gp_ops + 1], 0xEF, "OUT DX(E8h), AX denied"
    CHECK byte [gp_ops + 2], 0xEF, "OUT DX(E9h), AX covers EAh: denied"
    CHECK dword [r_in], 0xE9, "IN AL, E9h allowed"

    mov dword [gp_count], 0
    mov dword [r_in], 0
    mov byte [v_digit], '3'
    V86_ENTER v86_io, 3
    CHECK dword [gp_count], 3, "IOPL 3: the same three denied"
    CHECK byte [gp_ops], 0xE6
    CHECK dword [r_in], 0xE9

    ; no bitmap: map base past the limit, every port denied even with IOPL 3
    mov word [TSS_BASE + 0x66], 0x200
    mov dword [gp_count], 0
    V86_ENTER v86_nomap, 3
    CHECK dword [gp_count], 2, "no bitmap: OUT and IN denied"
    CHECK byte [gp_ops], 0xE6
    CHECK byte [gp_ops + 1], 0xE4
    PASS

gp_monitor:
    push eax
    push ebx
    mov eax, [esp + 8]
    or [ss:gp_errs], eax
    movzx ebx, word [esp + 16]
    shl ebx, 4
    add ebx, [esp + 12]
    movzx eax, byte [ss:ebx]
    mov ebx, [ss:gp_count]
    mov [ss:gp_ops + ebx], al
    inc dword [ss:gp_count]
    mov ebx, 1
    cmp al, 0xE4                            ; IN/OUT with an imm8 port: 2 bytes
    jb .len
    cmp al, 0xE7
    ja .len
    mov ebx, 2
.len:
    add [esp + 12], ebx
    pop ebx
    pop eax
    add esp, 4
    iretd

v86_exit:
    V86_RESUME

CODE16
v86_msg: db "v86-io-"
v86_io:
    mov al, 'v'
    out 0xE9, al
    mov al, '8'
    out 0xE9, al
    mov dx, 0xE9
    mov al, '6'
    out dx, al
    push cs
    pop ds
    mov si, v86_msg + 3                     ; "-io-" with OUTSB
    outsb
    outsb
    outsb
    outsb
    xor ax, ax
    mov ds, ax
    mov al, [v_digit]
    out 0xE9, al
    mov al, 10
    out 0xE9, al
    in al, 0xE9
    mov [r_in], al
    out 0x80, al                            ; denied
    mov dx, 0xE8
    out dx, ax                              ; 0xE8 denied
    mov dx, 0xE9
    out dx, ax                              ; 0xEA denied
    ud2

v86_nomap:
    out 0xE9, al
    in al, 0xE9
    ud2
