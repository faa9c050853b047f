; LDS, LES, LFS, LGS, LSS: the offset goes to the register and the selector to the
; segment register, 16-bit (m16:16) and 32-bit (m16:32) forms, in real mode and protected
; mode; a bad selector faults (#GP(selector)) with neither register changed.
; SDM vol. 2A "LDS/LES/LFS/LGS/LSS".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
fp16: resw 2
fp32: resd 1
      resw 1

TEST_START
    mov word [fp16], 0x1234
    mov word [fp16+2], 0x5678
    lds si, [fp16]
    mov ax, ds
    xor cx, cx
    mov ds, cx
    CHECK si, 0x1234
    CHECK ax, 0x5678
    les di, [fp16]
    CHECK_SEG es, 0x5678
    CHECK di, 0x1234
    lfs bx, [fp16]
    CHECK_SEG fs, 0x5678
    lgs dx, [fp16]
    CHECK_SEG gs, 0x5678
    CHECK dx, 0x1234
    ; LSS: a new SS:SP in one instruction
    mov dx, sp
    mov word [fp16], 0x0100
    mov word [fp16+2], 0x0600        ; SS:SP = 0600:0100 = linear 0x6100
    lss sp, [fp16]
    push word 0xBEEF
    mov bx, ss
    xor cx, cx
    mov ss, cx
    mov sp, dx
    CHECK bx, 0x0600
    CHECK word [0x60FE], 0xBEEF
    ; 32-bit offset
    mov dword [fp32], 0x00009ABC
    mov word [fp32+4], 0x2468
    o32 les edi, [fp32]
    CHECK edi, 0x00009ABC
    CHECK_SEG es, 0x2468
    xor ax, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    PRINT "real mode ok", 10

    GO_PM32
    mov dword [fp32], 0x11223344
    mov word [fp32+4], SEL_DATA32
    mov esi, 0
    mov ax, SEL_DATA16
    mov es, ax
    les esi, [fp32]
    CHECK esi, 0x11223344
    CHECK_SEG es, SEL_DATA32
    lfs eax, [fp32]
    CHECK_SEG fs, SEL_DATA32
    ; LSS ESP: the usual stack switch
    mov ebx, esp
    mov dword [fp32], PM_STACK_TOP - 0x1000
    lss esp, [fp32]
    mov ecx, esp
    mov esp, ebx
    CHECK ecx, PM_STACK_TOP - 0x1000
    ; 16-bit form in 32-bit code
    mov word [fp16], 0xABCD
    mov word [fp16+2], SEL_DATA16
    mov edx, 0x55550000
    o16 lgs dx, [fp16]
    CHECK edx, 0x5555ABCD
    CHECK_SEG gs, SEL_DATA16
    ; a bad selector: #GP(selector), nothing loaded
    mov dword [fp32], 0x99999999
    mov word [fp32+4], SEL_TSS
    mov edi, 0x77777777
    EXC_ARM .r1
.f1:
    lds edi, [fp32]
.r1:
    CHECK_EXC 13, SEL_TSS, .f1
    CHECK edi, 0x77777777
    CHECK_SEG ds, SEL_DATA32
    mov ax, SEL_DATA32
    mov es, ax
    mov fs, ax
    mov gs, ax
    PASS
