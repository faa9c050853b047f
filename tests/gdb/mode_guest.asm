; The guest of the gdb mode-transition test (run_gdb.py, scenario "modes"): it starts in
; real mode at the reset vector, switches to 32-bit protected mode, then to 64-bit long
; mode, and runs a few instructions in each with values the debugger checks. In 64-bit
; mode it also runs at a linear address above 4 GiB (the LM_HIGH alias of its code), as
; a 64-bit kernel does; there the debugger writes memory through the page tables (scratch
; at its LM_HIGH alias) and reads it back at its identity-mapped address. gdb connects at
; the first instruction, gets the x86-64 layout, and breaks in each mode. The m_* labels
; mark the instructions; run_gdb.py reads their addresses from NASM's map file (16-bit
; labels are offsets from CS base F0000H, which it adds).
; m_rm decodes differently as 16-bit and as 64-bit code (66 B8 imm32: mov eax, imm32 in
; 16-bit code; mov ax, imm16 then xor al, imm8 in 64-bit code), so the test sees which
; decoding gdb used.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
scratch: resq 1                 ; written by the debugger only, through LM_HIGH

TEST_START
m_rm:
    mov eax, 0x1234abcd
m_rm_next:
    mov bx, 0x5678
m_rm_after:
    nop
    GO_PM32
m_pm:
    mov eax, 0x89abcdef
m_pm_next:
    mov ebx, 0xfedcba98
m_pm_after:
    nop
    GO_LM64
m_lm:
    mov rax, 0x1122334455667788
m_lm_next:
    mov r9, 0x0123456789abcdef
m_lm_copy:
    mov rcx, rbx
m_lm_after:
    mov rdx, LM_HIGH + m_high
    jmp rdx
m_high:                         ; runs at LM_HIGH + m_high: a pc above 4 GiB
    mov esi, 0x600d
m_high_after:
    mov rdx, m_back
    jmp rdx
m_back:
    CHECKQ rax, 0x1122334455667788
    CHECKQ r9, 0x0123456789abcdef
    CHECKQ rsi, 0x600d
    PASSQ
