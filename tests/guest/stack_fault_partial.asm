; PUSHA/PUSHAD and ENTER faulting part way, at ring 3 on a stack whose page below is not
; present: the #PF is reported at the instruction with the pre-instruction ESP (and EBP,
; and every other register) unchanged, so that the instruction can be restarted; the
; faulting address lies in the missing page (which of its bytes is touched first the SDM
; does not define, nor whether the stores above it were made: not checked). ENTER with
; nesting level > 0 faults on a display entry read from a missing page and on a push; and
; ENTER also checks a write at its final ESP: a level-0 ENTER whose pushes succeed but
; whose allocation ends in a missing page is #PF (write) at that final ESP.
; SDM vol. 2, PUSHA/PUSHAD ("#PF(fault-code) If a page fault occurs"), ENTER ("#PF(fault-
; code) If a page fault occurs or if a write using the final value of the stack pointer
; (within the current stack segment) would cause a page fault"); vol. 3, 6.5 (faults are
; restartable: the state before the instruction), 4.7 (error code: W/R bit 1, U/S bit 2).
; qemu-deviation: QEMU 7.2 TCG does not probe ENTER's final stack pointer (checked last).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

HOLE     equ 0x50000                ; the page not present
STK      equ 0x51000                ; the stack page above it
PD_BASE  equ 0x40000
PT_BASE  equ 0x41000
SANE_ESP equ R3_STACK_TOP - 0x100

[absolute TESTVARS]
pf_count:  resd 1
pf_err:    resd 1
pf_eip:    resd 1
pf_esp:    resd 1
pf_cr2:    resd 1
pf_resume: resd 1

; PF_ARM resume: the next #PF continues at resume (ring 3, ESP = SANE_ESP).
%macro PF_ARM 1
    mov dword [pf_count], 0
    mov dword [pf_cr2], 0
    mov dword [pf_resume], %1
%endmacro

; CHECK_PF insn_label, error, esp: one #PF at the instruction, this error code, the ESP
; of the interrupted code, CR2 inside HOLE's page.
%macro CHECK_PF 3
    CHECK dword [pf_count], 1, "exactly one #PF"
    CHECK dword [pf_eip], %1, "saved EIP at the instruction"
    CHECK dword [pf_err], %2, "error code"
    CHECK dword [pf_esp], %3, "ESP unchanged"
    push eax
    mov eax, [pf_cr2]
    and eax, ~0xFFF
    CHECK eax, HOLE, "CR2 in the missing page"
    pop eax
%endmacro

%macro SET_REGS 0
    mov eax, 0xA0A0A0A0
    mov ecx, 0xC1C1C1C1
    mov edx, 0xD2D2D2D2
    mov ebx, 0xB3B3B3B3
    mov ebp, 0xB5B5B5B5
    mov esi, 0x56565656
    mov edi, 0xD7D7D7D7
%endmacro

%macro CHECK_REGS 0
    CHECK eax, 0xA0A0A0A0
    CHECK ecx, 0xC1C1C1C1
    CHECK edx, 0xD2D2D2D2
    CHECK ebx, 0xB3B3B3B3
    CHECK ebp, 0xB5B5B5B5
    CHECK esi, 0x56565656
    CHECK edi, 0xD7D7D7D7
%endmacro

TEST_START
    GO_PM32
    SET_IDT 14, pf_handler, GATE_INT32
    ; identity map 0-4 MiB, user-accessible, without HOLE
    IDMAP_4M PD_BASE, PT_BASE, 7
    mov dword [PT_BASE + (HOLE >> 12) * 4], 0
    PAGING_ON PD_BASE, 0
    mov dword [STK + 0xF00 - 4], 0x11111111   ; a display for ENTER level 3
    mov dword [STK + 0xF00 - 8], 0x22222222
    TO_RING3

    ; ---- PUSHAD: EAX ECX EDX fit in STK, EBX is the first store into HOLE
    SET_REGS
    PF_ARM pa_back
    mov esp, STK + 12
pa_insn:
    pushad
pa_back:
    CHECK_PF pa_insn, 6, STK + 12
    CHECK_REGS

    ; ---- PUSHA (16-bit operands): AX CX DX fit, BX does not
    SET_REGS
    PF_ARM pw_back
    mov esp, STK + 6
pw_insn:
    o16 pusha
pw_back:
    CHECK_PF pw_insn, 6, STK + 6
    CHECK_REGS

    ; ---- ENTER level 2: EBP pushed, then the display entry [EBP-4] is in HOLE (read)
    SET_REGS
    mov ebp, HOLE + 0x10
    PF_ARM e2_back
    mov esp, STK + 0x100
e2_insn:
    enter 8, 2
e2_back:
    CHECK_PF e2_insn, 4, STK + 0x100
    CHECK ebp, HOLE + 0x10, "EBP unchanged"
    mov ebp, 0xB5B5B5B5
    CHECK_REGS

    ; ---- ENTER level 3: EBP and one display entry fit, the second goes into HOLE
    SET_REGS
    mov ebp, STK + 0xF00
    PF_ARM e3_back
    mov esp, STK + 8
e3_insn:
    enter 0, 3
e3_back:
    CHECK_PF e3_insn, 6, STK + 8
    CHECK ebp, STK + 0xF00, "EBP unchanged"
    mov ebp, 0xB5B5B5B5
    CHECK_REGS

    ; ---- ENTER with everything in place runs (EBP/ESP as the SDM computes them)
    mov ebp, STK + 0xF00
    mov esp, STK + 0x800
    enter 0x10, 0
    mov eax, esp
    mov esp, SANE_ESP
    CHECK eax, STK + 0x800 - 4 - 0x10
    CHECK ebp, STK + 0x800 - 4

    QEMU_DEVIATION "QEMU 7.2 TCG does not check ENTER's final stack pointer"
    ; ---- ENTER level 0: the push of EBP fits; the final ESP is in HOLE: #PF (write)
    SET_REGS
    PF_ARM e0_back
    mov esp, STK + 0x20
e0_insn:
    enter 0x100, 0
e0_back:
    CHECK_PF e0_insn, 6, STK + 0x20
    CHECK dword [pf_cr2], STK + 0x20 - 4 - 0x100, "CR2 = the final ESP"
    CHECK_REGS
    PASS

; #PF from ring 3 (stack from the TSS): records CR2 and the frame, resumes at
; [pf_resume] at ring 3 with ESP = SANE_ESP.
pf_handler:
    push eax
    mov eax, cr2
    mov [pf_cr2], eax
    mov eax, [esp + 4]
    mov [pf_err], eax
    mov eax, [esp + 8]
    mov [pf_eip], eax
    mov eax, [esp + 20]
    mov [pf_esp], eax
    mov dword [esp + 20], SANE_ESP
    mov eax, [pf_resume]
    mov [esp + 8], eax
    inc dword [pf_count]
    pop eax
    add esp, 4
    iretd
