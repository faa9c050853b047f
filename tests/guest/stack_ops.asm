; Stack corner cases: PUSH ESP/SP pushes the value before the decrement; POP ESP loads the
; popped value; POP [ESP] and POP [ESP+4] compute the address after the increment; PUSH
; [ESP] reads before the decrement; PUSH imm8 is sign-extended; a 66-prefixed PUSH moves
; ESP by 2; PUSH/POP of segment registers (32-bit slot, selector in the low word); a
; 16-bit stack segment (B=0) in protected mode uses SP only and keeps ESP[31:16].
; SDM vol. 2B "PUSH" ("The PUSH ESP instruction pushes the value of the ESP register as it
; existed before the instruction was executed"; segment registers with 32-bit operand
; size), "POP" ("If the ESP register is used as a base register for addressing a
; destination operand in memory, the POP instruction computes the effective address of the
; operand after it increments the ESP register"; POP ESP); vol. 1, 6.2.3 (B flag / stack
; address size).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_STK16 equ SEL_FREE              ; data, base RAM_HIGH, limit 0xFFFF, B=0

TEST_START
    mov bx, sp
    push sp
    pop ax
    CHECK ax, bx, "PUSH SP pushes the old SP"
    PRINT "real mode ok", 10

    GO_PM32
    S equ PM_STACK_TOP - 0x100
    mov esp, S
    push esp
    pop eax
    mov esp, PM_STACK_TOP
    CHECK eax, S, "PUSH ESP pushes the old ESP"

    ; POP ESP
    mov esp, S
    push dword S - 0x40
    pop esp
    mov eax, esp
    mov esp, PM_STACK_TOP
    CHECK eax, S - 0x40, "POP ESP loads the popped value"

    ; POP [ESP]: address computed after the increment
    mov esp, S
    push dword 0xBBBBBBBB           ; at S-4
    push dword 0xAAAAAAAA           ; at S-8
    pop dword [esp]                 ; ESP = S-4, then [S-4] = AAAAAAAA
    mov eax, esp
    mov esp, PM_STACK_TOP
    CHECK eax, S - 4
    CHECK dword [S-4], 0xAAAAAAAA
    mov esp, S
    push dword 0x33333333           ; S-4
    push dword 0x22222222           ; S-8
    push dword 0x11111111           ; S-12
    pop dword [esp+4]               ; ESP = S-8, [S-4] = 11111111
    mov esp, PM_STACK_TOP
    CHECK dword [S-4], 0x11111111
    CHECK dword [S-8], 0x22222222
    ; PUSH [ESP]: read before the decrement
    mov esp, S
    push dword 0xCAFEBABE
    push dword [esp]
    mov eax, [esp]
    mov ecx, esp
    mov esp, PM_STACK_TOP
    CHECK eax, 0xCAFEBABE
    CHECK ecx, S - 8

    ; immediates and operand size
    mov esp, S
    push byte -2
    push word 0x1234                ; 66 68: ESP -= 2
    mov ecx, esp
    pop ax
    pop ebx
    mov esp, PM_STACK_TOP
    CHECK ecx, S - 6
    CHECK ax, 0x1234
    CHECK ebx, 0xFFFFFFFE

    ; segment registers
    mov esp, S
    mov dword [S-4], 0xFFFFFFFF
    push fs
    mov ecx, esp
    mov ax, [esp]
    pop gs
    mov edx, esp
    mov esp, PM_STACK_TOP
    CHECK ecx, S - 4, "PUSH FS moves ESP by 4"
    CHECK ax, SEL_DATA32
    CHECK edx, S
    CHECK_SEG gs, SEL_DATA32
    mov esp, S
    push word SEL_DATA16
    o16 pop es                      ; 16-bit pop of a segment register: ESP += 2
    mov ecx, esp
    mov esp, PM_STACK_TOP
    CHECK ecx, S
    CHECK_SEG es, SEL_DATA16
    mov ax, SEL_DATA32
    mov es, ax

    ; 16-bit stack segment: only SP moves
    SET_DESC SEL_STK16, RAM_HIGH, 0x0FFFF, 0x93, 0x00
    mov ebx, esp
    mov ax, SEL_STK16
    mov ss, ax
    mov esp, 0xABCD0010
    push dword 0x12345678
    mov ecx, esp
    mov esp, 0x00000000             ; SP = 0: a push wraps to FFFE
    push word 0x4321
    mov edx, esp
    mov ax, SEL_DATA32
    mov ss, ax
    mov esp, ebx
    CHECK ecx, 0xABCD000C, "B=0: SP moved, ESP[31:16] kept"
    CHECK dword [RAM_HIGH + 0x0C], 0x12345678
    CHECK edx, 0x0000FFFE
    CHECK word [RAM_HIGH + 0xFFFE], 0x4321
    PASS
