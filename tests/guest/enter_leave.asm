; ENTER with nesting levels 0, 1, 3 and 33 (taken mod 32 -> 1), 32-bit and 16-bit, and LEAVE:
; the frame pointer pushes, the copied display entries read from the old frame, the final
; EBP/ESP, and the allocation.
; SDM vol. 2A "ENTER" (operation: Push(EBP); FrameTemp ← ESP; for level > 1 push level-1
; dwords from [EBP-4], [EBP-8], ...; Push(FrameTemp) when level > 0; EBP ← FrameTemp;
; ESP ← ESP − size), vol. 2A "LEAVE".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

S   equ PM_STACK_TOP - 0x100        ; ESP before ENTER
B   equ PM_STACK_TOP - 0x40         ; the caller's EBP

TEST_START
    ; ---- 16-bit, level 2
    mov word [0x6F00 - 2], 0xD1D1   ; caller frame display entry at [BP-2]
    mov bp, 0x6F00
    mov sp, 0x6E00
    enter 8, 2
    ; push BP(6F00) at 6DFE; push [6EFE] at 6DFC; push FrameTemp(6DFE) at 6DFA; SP -= 8
    mov ax, sp
    CHECK bp, 0x6DFE
    CHECK ax, 0x6DFA - 8
    CHECK word [0x6DFE], 0x6F00
    CHECK word [0x6DFC], 0xD1D1
    CHECK word [0x6DFA], 0x6DFE
    leave
    mov ax, sp
    CHECK ax, 0x6E00
    CHECK bp, 0x6F00
    mov sp, RM_STACK_TOP
    PRINT "real mode ok", 10

    GO_PM32
    mov dword [B-4], 0xD1D1D1D1
    mov dword [B-8], 0xD2D2D2D2
    mov dword [B-12], 0xD3D3D3D3
    ; ---- level 0
    mov ebp, B
    mov esp, S
    enter 0x20, 0
    mov eax, esp
    mov esp, PM_STACK_TOP - 0x200   ; checks use the stack: keep them away from the frame
    CHECK ebp, S-4
    CHECK eax, S-4-0x20
    CHECK dword [S-4], B
    mov esp, eax
    leave
    mov eax, esp
    mov esp, PM_STACK_TOP
    CHECK eax, S
    CHECK ebp, B
    ; ---- level 1
    mov ebp, B
    mov esp, S
    enter 0x10, 1
    mov eax, esp
    mov esp, PM_STACK_TOP - 0x200
    CHECK ebp, S-4
    CHECK eax, S-8-0x10
    CHECK dword [S-4], B
    CHECK dword [S-8], S-4
    mov esp, eax
    leave
    mov eax, esp
    mov esp, PM_STACK_TOP
    CHECK eax, S
    CHECK ebp, B
    ; ---- level 3: two display entries copied from the caller's frame
    mov ebp, B
    mov esp, S
    enter 0x0C, 3
    mov eax, esp
    mov esp, PM_STACK_TOP - 0x200
    CHECK ebp, S-4
    CHECK eax, S-16-0x0C
    CHECK dword [S-4], B
    CHECK dword [S-8], 0xD1D1D1D1
    CHECK dword [S-12], 0xD2D2D2D2
    CHECK dword [S-16], S-4
    mov esp, eax
    leave
    mov eax, esp
    mov esp, PM_STACK_TOP
    CHECK eax, S
    CHECK ebp, B
    ; ---- level 33 = level 1 (mod 32)
    mov ebp, B
    mov esp, S
    enter 4, 33
    mov eax, esp
    mov esp, PM_STACK_TOP - 0x200
    CHECK ebp, S-4
    CHECK eax, S-8-4
    CHECK dword [S-8], S-4
    mov esp, PM_STACK_TOP
    PASS
