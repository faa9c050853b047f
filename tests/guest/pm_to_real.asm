; Leaving protected mode: through a 16-bit code segment, data registers reloaded with
; 64 KiB descriptors, CR0.PE cleared, a far JMP to reload CS with a real-mode value, LIDT
; back to the real-mode vector table; real-mode code, stack and interrupts work again.
; A segment register not reloaded keeps the descriptor cached in protected mode: FS, loaded
; with a flat 4 GiB segment, reaches above 1 MiB from real mode ("unreal mode"). SS was
; loaded with a 16-bit (B=0) descriptor before leaving, and only SP is set afterwards:
; ESP[31:16] keeps the protected-mode value (0009h) and every push/pop (INT, IRET, CALL)
; must use SP alone (vol. 1, 6.2.3: the stack-address size comes from SS.B).
; SDM vol. 3, 10.9.2 "Switching Back to Real-Address Mode" ("if the segment registers are
; not reloaded, execution continues using the descriptor attributes loaded during
; protected mode"); vol. 3, 3.4.3 (hidden part of segment registers).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

HIGH_ADDR equ 0x200000

[absolute TESTVARS]
rm_idtr: resb 6
hits:    resw 1

TEST_START
    GO_PM32
    mov dword [HIGH_ADDR], 0x600DF00D
    mov ax, SEL_DATA32
    mov fs, ax                      ; flat, 4 GiB: kept across the switch
    jmp SEL_CODE16:pm16

CODE16
pm16:                               ; 16-bit protected mode, CS base 0xF0000
    mov ax, SEL_DATA16
    mov ds, ax
    mov es, ax
    mov gs, ax
    mov ss, ax
    mov eax, cr0
    and eax, ~1
    mov cr0, eax
    jmp 0xF000:rm_again
rm_again:
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov gs, ax
    mov ss, ax
    mov sp, RM_STACK_TOP
    mov word [rm_idtr], 0x3FF
    mov dword [rm_idtr+2], 0
    lidt [rm_idtr]
    mov eax, cr0
    CHECK eax, 0x60000010, "PE cleared"
    CHECK_SEG cs, 0xF000
    ; FS still has base 0 and a 4 GiB limit
    mov eax, [fs:dword HIGH_ADDR]
    CHECK eax, 0x600DF00D, "FS keeps its protected-mode descriptor in real mode"
    ; real-mode interrupts through the IVT again
    IVT_SET 0x40, h40
    mov word [hits], 0
    int 0x40
    CHECK word [hits], 1
    mov ebx, esp
    CHECK ebx, (PM_STACK_TOP & 0xFFFF0000) | RM_STACK_TOP, "16-bit stack: only SP moved"

    ; and a real-mode segment load works as usual
    mov ax, 0x0400
    mov es, ax
    mov byte [es:0x0010], 0x5A      ; linear 0x4010
    xor ax, ax
    mov es, ax
    CHECK byte [0x4010], 0x5A
    PASS

h40:
    inc word [hits]
    iret
