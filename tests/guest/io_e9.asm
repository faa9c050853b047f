; IN/OUT/INS/OUTS on the debug console port 0xE9: OUT imm8 and OUT DX forms, OUTSB with REP
; and with DF=1 (the string leaves backwards), INSB (with REP, DF=0/1) storing the port's
; read value; reading port 0xE9 returns 0xE9 (the debugcon convention QEMU and Tern share).
; Real mode and protected mode.
; SDM vol. 2A "IN", "INS/INSB", "OUT"; vol. 2B "OUTS/OUTSB"; vol. 1, 19.2 (I/O port
; addressing).
; expect-exit: 1
; expect-output-contains: rm:out-imm
; expect-output-contains: rm:out-dx
; expect-output-contains: rm:outs-rep
; expect-output-contains: pm:out-imm
; expect-output-contains: pm:outs-rep
; expect-output-contains: pm:backwards
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
inbuf: resb 16

%macro OUT_IMM_STR 1
  %strlen %%n %1
  %assign %%i 1
  %rep %%n
    %substr %%c %1 %%i
    mov al, %%c
    out 0xE9, al
    %assign %%i %%i + 1
  %endrep
%endmacro

TEST_START
    OUT_IMM_STR "rm:out-imm"
    mov al, 10
    out 0xE9, al
    mov dx, 0xE9
    mov si, .s1
.l1:
    mov al, [cs:si]
    test al, al
    jz .d1
    out dx, al
    inc si
    jmp .l1
.s1: db "rm:out-dx", 10, 0
.d1:
    mov si, .s2
    mov cx, .s2_end - .s2
    cs rep outsb
    CHECK cx, 0
    CHECK si, .s2_end
    jmp .d2
.s2: db "rm:outs-rep", 10
.s2_end:
.d2:
    in al, 0xE9
    CHECK al, 0xE9
    mov di, inbuf
    mov cx, 2
    rep insb
    CHECK word [inbuf], 0xE9E9
    CHECK di, inbuf + 2

    GO_PM32
    OUT_IMM_STR "pm:out-imm"
    mov al, 10
    out 0xE9, al
    mov esi, .s3
    mov ecx, .s3_end - .s3
    mov edx, 0xE9
    rep outsb
    CHECK ecx, 0
    CHECK esi, .s3_end
    ; DF=1: OUTSB walks backwards
    std
    mov esi, .s4_end - 1
    mov ecx, .s4_end - .s4
    rep outsb
    cld
    CHECK esi, .s4 - 1
    jmp .d4
.s3: db "pm:outs-rep", 10
.s3_end:
.s4: db 10, "sdrawkcab:mp"
.s4_end:
.d4:
    mov dx, 0xE9
    in al, dx
    CHECK al, 0xE9
    in al, 0xE9
    CHECK al, 0xE9
    mov dword [inbuf], 0
    mov dword [inbuf+4], 0
    mov edi, inbuf
    mov ecx, 3
    rep insb
    CHECK dword [inbuf], 0x00E9E9E9
    CHECK edi, inbuf + 3
    std
    mov edi, inbuf + 6
    insb
    cld
    CHECK edi, inbuf + 5
    CHECK byte [inbuf+6], 0xE9
    CHECK byte [inbuf+5], 0
    PASS
