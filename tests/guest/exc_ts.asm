; #TS (vector 10, error code = the TSS selector) from IRET with EFLAGS.NT=1 (task return)
; when the back link in the current TSS names a TSS descriptor that is not busy, lies
; beyond the GDT limit, has TI=1, or is null. The fault is taken in the old task: saved
; EIP at the IRET, nothing switched.
; SDM vol. 3, 7.4 "Task Linking" (IRET with NT=1 returns through the previous task link);
; 6.15 "Interrupt 10—Invalid TSS Exception (#TS)", table 6-6 ("During an IRET task switch,
; the TI flag in the TSS segment selector indicates the LDT" / "... exceeds descriptor
; table limit" / "... the backlink is a NULL selector" / "... the backlink points to a
; descriptor which is not a busy TSS").
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_TSS2 equ SEL_FREE
TSS2     equ 0x1A00

; IRET_NT backlink, error: IRET with NT=1 must raise #TS(error)
%macro IRET_NT 2
    mov word [TSS_BASE], %1         ; previous task link of the current TSS
    push dword 2                    ; an IRET frame that would be fine without NT
    push dword SEL_CODE32
    push dword %%bad
    EXC_ARM %%r
    pushfd
    or dword [esp], F_NT
    popfd
%%f:
    iretd
%%bad:
    EXIT 90
%%r:
    pushfd                          ; the saved EFLAGS had NT=1: clear it before any IRET
    and dword [esp], ~F_NT
    popfd
    add esp, 12
    CHECK_EXC 10, %2, %%f
    mov eax, [exc_eflags]
    and eax, F_NT
    CHECK eax, F_NT, "NT was set when the IRET faulted"
    str ax
    CHECK ax, SEL_TSS, "still in the original task"
%endmacro

TEST_START
    GO_PM32
    SET_DESC SEL_TSS2, TSS2, 0x67, 0x89, 0x00   ; available (not busy) 32-bit TSS
    IRET_NT SEL_TSS2, SEL_TSS2
    IRET_NT 0x7FF8, 0x7FF8
    IRET_NT SEL_TSS2 | 4, SEL_TSS2 | 4
    IRET_NT 0, 0
    PASS
