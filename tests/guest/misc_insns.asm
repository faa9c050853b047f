; Small instructions a P6-class Linux meets: INT1/ICEBP (F1) raises #DB as a trap (saved EIP
; after it, DR6 untouched) without the gate-DPL check, so ring 3 reaches a DPL-0 gate
; that INT 1 (CD 01) may not use (#GP(1*8+2)); CLFLUSH is offered (CPUID.01H:EDX[19],
; line size EBX[15:8] = 8, i.e. 64 bytes) and faults like a byte load: segment limit and
; null selector (#GP(0)), a not-present page (#PF, error code 0, CR2), but not a read-only
; page nor an execute-only code segment; MOVBE, RDRAND, RDSEED, MONITOR and MWAIT are not
; offered by CPUID and raise #UD; RDPMC with no performance counters is #GP(0).
; SDM vol. 2A "INTn/INTO/INT3/INT1" (INT1 is delivered like a hardware exception, no DPL
; check), "CLFLUSH" (the permission checks and faults of a byte load; allowed on
; execute-only segments), "CPUID" (table 3-8 EBX[15:8], table 3-10/3-11 feature bits);
; vol. 2B "RDPMC" (#GP(0) if ECX names no counter); vol. 3, 6.12.1.1 (gate DPL check).
; qemu-deviation: QEMU 7.2 makes no access checks for CLFLUSH and raises #UD for INT1
; and RDPMC (all checked after the marker).
; qemu-args: -cpu qemu32,+clflush
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_SMALL equ SEL_FREE              ; data, limit 0xFFF, base 0x200000
SEL_XO    equ SEL_FREE + 0x08       ; execute-only code, flat, 32-bit

PD   equ 0x300000
PT   equ 0x301000
LIN  equ 0x400000                   ; PT covers 0x400000-0x7FFFFF
PHYS equ 0x310000

[absolute TESTVARS]
buf: resd 4

%macro UD 1+
    EXC_ARM %%r
%%f:
    %1
%%r:
    CHECK_EXC 6, NOERR, %%f
%endmacro

TEST_START
    GO_PM32
    SET_DESC SEL_SMALL, 0x200000, 0x00FFF, 0x93, 0x40
    SET_DESC SEL_XO, 0, 0xFFFFF, 0x99, 0xC0

    ; ---- CPUID: CLFLUSH yes, the others no
    mov eax, 1
    cpuid
    mov esi, edx
    and esi, 1 << 19
    CHECK esi, 1 << 19, "CPUID.01H:EDX.CLFSH"
    and ebx, 0xFF00
    CHECK ebx, 8 << 8, "CLFLUSH line size: 8 x 8 bytes"
    and ecx, (1 << 22) | (1 << 30) | (1 << 3)
    CHECK ecx, 0, "CPUID.01H:ECX MOVBE, RDRAND, MONITOR not offered"
    mov eax, 7
    xor ecx, ecx
    cpuid
    and ebx, 1 << 18
    CHECK ebx, 0, "CPUID.07H:EBX.RDSEED not offered"
    UD movbe eax, [buf]
    UD movbe [buf], eax
    UD rdrand eax
    UD rdseed eax
    UD monitor
    UD mwait

    ; ---- CLFLUSH on plain memory, a read-only page, through an execute-only CS: no fault
    clflush [buf]
    mov ax, SEL_SMALL
    mov es, ax
    clflush [es:0xFFF]
    mov ax, SEL_DATA32
    mov es, ax
    jmp SEL_XO:xo_code
xo_code:
    clflush [cs:buf]
    jmp SEL_CODE32:xo_back
xo_back:
    ; paging: LIN+0 read-only, LIN+1000 not present
    mov dword [PD], 0x83
    mov dword [PD + 4], PT | 3
    mov dword [PD + 0xFFC], 0xFFC00000 | 0x83
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT + 0], PHYS | 1
    mov eax, cr4
    or eax, 0x10
    mov cr4, eax
    mov eax, PD
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80010000              ; PG, WP
    mov cr0, eax
    jmp .pg
.pg:
    clflush [LIN + 0x40]            ; read-only: a load would not fault

    QEMU_DEVIATION "QEMU 7.2: CLFLUSH makes no access checks, INT1 is #UD, RDPMC is #UD"
    ; ---- CLFLUSH faults as a byte load would
    EXC_ARM .r5
.f5:
    clflush [LIN + 0x1040]
.r5:
    CHECK_EXC 14, 0, .f5
    mov eax, cr2
    CHECK eax, LIN + 0x1040, "CLFLUSH #PF: CR2"
    mov eax, cr0
    and eax, ~0x80000000
    mov cr0, eax
    mov ax, SEL_SMALL
    mov es, ax
    EXC_ARM .r3
.f3:
    clflush [es:0x1000]
.r3:
    CHECK_EXC 13, 0, .f3
    xor eax, eax
    mov fs, ax
    EXC_ARM .r4
.f4:
    clflush [fs:buf]
.r4:
    CHECK_EXC 13, 0, .f4
    mov ax, SEL_DATA32
    mov es, ax
    mov fs, ax

    ; ---- INT1: a #DB trap, DR6 unchanged
    mov eax, 0xFFFF0FF0
    mov dr6, eax
    EXC_ARM .r0
    db 0xF1                         ; INT1 / ICEBP
.r0:
    CHECK_EXC 1, NOERR, .r0
    mov eax, dr6
    CHECK eax, 0xFFFF0FF0, "DR6 unchanged by INT1"
    ; from ring 3 through the library's DPL-0 gate: INT1 gets in, INT 1 does not
    TO_RING3
    EXC_ARM .r1
    db 0xF1
.r1:
    CHECK_EXC 1, NOERR, .r1
    EXC_ARM .r2
.f2:
    int 1
.r2:
    CHECK_EXC 13, (1 << 3) | 2, .f2
    TO_RING0

    ; ---- RDPMC: there are no counters, so ECX names none
    xor ecx, ecx
    EXC_ARM .r6
.f6:
    rdpmc
.r6:
    CHECK_EXC 13, 0, .f6
    PASS
