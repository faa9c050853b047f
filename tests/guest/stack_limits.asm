; Stack-segment limit checks inside far transfers and event delivery, at ring 3 on small
; stack segments (expand-up limit FFFh; expand-down limit FFFh, i.e. offsets 1000h and
; up): a far CALL, an INT n to a same-level handler and IRET/RETF use exactly the room
; they need when it is there; one byte short, the instruction is #SS(0) with ESP
; unchanged; an exception whose same-level delivery does not fit is #SS(EXT=1); on a
; privilege change the new stack from the TSS is checked before anything is written:
; #SS(new SS selector) for a call gate or INT n, #SS(new SS + EXT) for an exception.
; SDM vol. 3, 5.3 (limit checking, expand-down segments), 3.4.5.1 (expand-down type), 6.12.1
; (stack switching); vol. 2A "CALL" (#SS(0) / "stack does not have room ... #SS(SS
; selector)"), "INT n" ("IF current stack does not have room ... #SS(EXT)", "new stack does
; not have room ... #SS(error_code(NewSS,0,EXT))"), vol. 2B "RET", "IRET" ("IF top 12 bytes
; of stack not within stack limits THEN #SS(0)").
; qemu-deviation: QEMU 7.2 TCG checks no stack-segment limit in far transfers or event
; delivery (it wraps the pointer and writes outside the segment). The host CPU agrees with
; the ring-3 far CALL / RETF / IRETD cases: hostcheck/stack_limits_host.c.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_SS3     equ SEL_FREE + 3        ; DPL 3, base 60000h, limit FFFh, B=1
SEL_SSED3   equ SEL_FREE + 0x08 + 3 ; DPL 3, expand-down, base 60000h, limit FFFh, B=1
SEL_SS0S    equ SEL_FREE + 0x10     ; DPL 0, base 62000h, limit FFFh, B=1
SEL_GATE3   equ SEL_FREE + 0x18     ; call gate DPL 3 -> ring 0 r0_target, no parameters
VEC_SAME    equ 0x60                ; interrupt gate DPL 3 -> ring-3 r3_iret
VEC_INNER   equ 0x61                ; interrupt gate DPL 3 -> ring-0 r0_iret
R3_ESP      equ R3_STACK_TOP - 0x100

; ON_STACK sel, esp / OFF_STACK: switch the ring-3 stack (CHECKs need the normal one)
%macro ON_STACK 2
    mov ax, %1
    mov ss, ax
    mov esp, %2
%endmacro
%macro OFF_STACK 0
    mov [t_esp], esp
    mov ax, SEL_DATA32_R3
    mov ss, ax
    mov esp, R3_ESP
%endmacro

; FITS sel, esp, insn: runs insn on the small stack without an exception, ESP back to esp
%macro FITS 3+
    EXC_ARM %%bad
    ON_STACK %1, %2
    %3
    OFF_STACK
    EXC_DISARM
    CHECK dword [t_esp], %2, "ESP back after the transfer"
    jmp %%ok
%%bad:
    OFF_STACK
    CHECK dword [exc_vec], -1, "no exception expected"
%%ok:
%endmacro

; SS_FAULT sel, esp, error, insn: insn is #SS(error) with ESP unchanged
%macro SS_FAULT 4+
    EXC_ARM %%r
    ON_STACK %1, %2
%%f:
    %4
%%r:
    OFF_STACK
    CHECK_EXC 12, %3, %%f
    CHECK dword [t_esp], %2, "ESP unchanged"
%endmacro

[absolute TESTVARS]
t_esp:      resd 1
idt6:       resd 2
r3ss_count: resd 1
r3ss_err:   resd 4
r3ss_eip:   resd 4
r3ss_resume: resd 1

TEST_START
    GO_PM32
    SET_DESC SEL_SS3, 0x60000, 0xFFF, 0xF2, 0x40
    SET_DESC SEL_SSED3, 0x60000, 0xFFF, 0xF6, 0x40
    SET_DESC SEL_SS0S, 0x62000, 0xFFF, 0x92, 0x40
    SET_GATE GDT_BASE + SEL_GATE3, SEL_CODE32, r0_target, 0xEC, 0
    SET_IDT VEC_SAME, r3_iret, GATE_INT32_DPL3, SEL_CODE32_R3
    SET_IDT VEC_INNER, r0_iret, GATE_INT32_DPL3
    mov eax, [IDT_BASE + 6 * 8]
    mov [idt6], eax
    mov eax, [IDT_BASE + 6 * 8 + 4]
    mov [idt6 + 4], eax

    ; ---- exact fits (same privilege)
    TO_RING3
    mov esp, R3_ESP
    FITS SEL_SS3, 8, call SEL_CODE32_R3:r3_retf         ; 8 bytes at 0-7
    FITS SEL_SSED3, 0x1008, call SEL_CODE32_R3:r3_retf  ; 8 bytes at 1000h-1007h
    FITS SEL_SS3, 12, int VEC_SAME                       ; 12-byte frame

    ; ---- exact fits on the new stack from the TSS (changed from ring 3: the TSS lies in
    ; the flat ring-3 data segment; TO_RING0 needs the normal SS0 back first)
    mov word [TSS_BASE + 8], SEL_SS0S
    mov dword [TSS_BASE + 4], 16
    FITS SEL_DATA32_R3, R3_ESP, call SEL_GATE3:0         ; SS ESP CS EIP
    mov dword [TSS_BASE + 4], 20
    FITS SEL_DATA32_R3, R3_ESP, int VEC_INNER            ; SS ESP EFLAGS CS EIP
    mov word [TSS_BASE + 8], SEL_DATA32
    mov dword [TSS_BASE + 4], TSS_ESP0
    TO_RING0

    QEMU_DEVIATION "QEMU 7.2 TCG has no stack limit checks in far transfers and delivery"
    ; ---- one short (same privilege): #SS(0), the lib's ring-0 handler takes it
    TO_RING3
    mov esp, R3_ESP
    SS_FAULT SEL_SS3, 6, 0, call SEL_CODE32_R3:r3_retf
    SS_FAULT SEL_SSED3, 0x1006, 0, call SEL_CODE32_R3:r3_retf
    SS_FAULT SEL_SS3, 0xFFC, 0, retf                     ; pops 0FFCh-1003h
    SS_FAULT SEL_SS3, 0xFF8, 0, iretd                    ; pops 0FF8h-1003h
    SS_FAULT SEL_SSED3, 0xFFE, 0, retf                   ; 0FFEh is below the segment
    SS_FAULT SEL_SS3, 10, 0, int VEC_SAME                ; INT n: EXT = 0
    TO_RING0
    ; an exception delivered at the same level: #SS(EXT = 1)
    SET_IDT 6, r3_iret, GATE_INT32, SEL_CODE32_R3
    TO_RING3
    mov esp, R3_ESP
    SS_FAULT SEL_SS3, 10, 1, ud2
    TO_RING0
    mov eax, [idt6]
    mov [IDT_BASE + 6 * 8], eax
    mov eax, [idt6 + 4]
    mov [IDT_BASE + 6 * 8 + 4], eax

    ; ---- one short on the new stack from the TSS: the fault is taken on the ring-3
    ; stack by a ring-3 #SS handler (a ring-0 one would need that same stack)
    SET_IDT 12, r3_ss, GATE_INT32, SEL_CODE32_R3
    SET_IDT 6, r0_iret, GATE_INT32
    TO_RING3
    mov esp, R3_ESP
    mov word [TSS_BASE + 8], SEL_SS0S
    mov dword [TSS_BASE + 4], 12
    mov dword [r3ss_resume], .k1
.f1:
    call SEL_GATE3:0
.k1:
    mov dword [r3ss_resume], .k2
.f2:
    int VEC_INNER
.k2:
    mov dword [r3ss_resume], .k3
.f3:
    ud2
.k3:
    mov word [TSS_BASE + 8], SEL_DATA32         ; the normal ring-0 stack again
    mov dword [TSS_BASE + 4], TSS_ESP0
    CHECK dword [r3ss_count], 3
    CHECK dword [r3ss_err], SEL_SS0S, "call gate: #SS(new SS)"
    CHECK dword [r3ss_eip], .f1
    CHECK dword [r3ss_err + 4], SEL_SS0S, "INT n: #SS(new SS), EXT = 0"
    CHECK dword [r3ss_eip + 4], .f2
    CHECK dword [r3ss_err + 8], SEL_SS0S + 1, "exception: #SS(new SS + EXT)"
    CHECK dword [r3ss_eip + 8], .f3
    PASS

r0_target:
    retf
r0_iret:
    iretd

r3_retf:
    retf
r3_iret:
    iretd

; ring-3 #SS handler: frame error, EIP, CS, EFLAGS on the ring-3 stack
r3_ss:
    push eax
    push ebx
    mov ebx, [r3ss_count]
    and ebx, 3
    mov eax, [esp + 8]
    mov [r3ss_err + ebx * 4], eax
    mov eax, [esp + 12]
    mov [r3ss_eip + ebx * 4], eax
    pop ebx
    inc dword [r3ss_count]
    mov eax, [r3ss_resume]
    mov [esp + 8], eax
    pop eax
    add esp, 4
    iretd
