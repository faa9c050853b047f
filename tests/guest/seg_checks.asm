; Checks the processor makes on every memory access through a segment (as opposed to when
; the segment register is loaded): offset beyond the limit (#GP(0); #SS(0) through SS),
; multi-byte accesses straddling the limit, expand-down segments (offsets at or below the
; limit are the invalid ones), writes to read-only data and through CS, any access through
; a null selector, a far JMP beyond the target CS limit; in real mode a word at offset FFFFH.
; SDM vol. 3, 5.3 "Limit Checking" (expand-down: "valid offsets ... from (limit + 1) to
; FFFFFFFFH"; every byte of the operand is checked), 5.4 "Type Checking" ("writing into a
; code segment ... or a read-only data segment" -> #GP), 3.4.2 (null selector use: #GP(0));
; vol. 2A "MOV"/"JMP" protected-mode exceptions (#GP(0), #SS(0)); vol. 2A "MOV" real-address
; mode exceptions ("#GP If a memory operand effective address is outside the CS, DS, ES,
; FS, or GS segment limit").
; qemu-deviation: QEMU 7.2 TCG performs none of these access-time checks (it checks
; descriptors only when a segment register is loaded); the host CPU was checked with the
; same accesses in 32-bit code through LDT segments (tests/guest/README.md).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_SMALL equ SEL_FREE              ; data, byte granular, limit 0xFFF, base 0x200000
SEL_RO    equ SEL_FREE + 0x08       ; read-only data, flat
SEL_XDOWN equ SEL_FREE + 0x10       ; expand-down data, limit 0xFFF, B=1, base 0x200000
SEL_STK   equ SEL_FREE + 0x18       ; stack, limit 0xFFFF, base 0x210000
SEL_SCODE equ SEL_FREE + 0x20       ; code, base TEXT32_LINEAR, limit 0x7FFF

%macro FAULT 2+
    EXC_ARM %%r
%%f:
    %2
%%r:
    CHECK_EXC %1, 0, %%f
%endmacro
%macro NOFAULT 1+
    EXC_ARM %%r
    %1
%%r:
    EXC_DISARM
    CHECK dword [exc_count], 0, "no fault inside the limit"
%endmacro

TEST_START
    QEMU_DEVIATION "QEMU 7.2 TCG does not check segment limits or rights on access"
    ; real mode: a word at DS:FFFF runs past the 64 KiB limit
    EXC_ARM .r0
.f0:
    mov ax, [0xFFFF]
.r0:
    CHECK_EXC 13, NOERR, .f0
    mov al, [0xFFFF]                ; a byte there is fine

    GO_PM32
    SET_DESC SEL_SMALL, 0x200000, 0x00FFF, 0x93, 0x40
    SET_DESC SEL_RO, 0, 0xFFFFF, 0x91, 0xC0
    SET_DESC SEL_XDOWN, 0x200000, 0x00FFF, 0x97, 0x40
    SET_DESC SEL_STK, 0x210000, 0x0FFFF, 0x93, 0x40
    SET_DESC SEL_SCODE, TEXT32_LINEAR, 0x07FFF, 0x9B, 0x40

    ; limit
    mov ax, SEL_SMALL
    mov es, ax
    NOFAULT mov eax, [es:0xFFC]
    NOFAULT mov al, [es:0xFFF]
    FAULT 13, mov al, [es:0x1000]
    FAULT 13, mov eax, [es:0xFFD]   ; straddles the limit
    FAULT 13, mov dword [es:0x2000], 1
    ; expand-down: 0..limit invalid, above valid (B=1: up to 4 GiB)
    mov ax, SEL_XDOWN
    mov es, ax
    NOFAULT mov eax, [es:0x1000]
    FAULT 13, mov eax, [es:0x800]
    FAULT 13, mov eax, [es:0xFFE]   ; starts below limit+1
    ; read-only data and code are not writable
    mov ax, SEL_RO
    mov es, ax
    NOFAULT mov eax, [es:TESTVARS]
    FAULT 13, mov dword [es:TESTVARS], 1
    FAULT 13, mov [cs:TESTVARS], eax
    ; null selector
    xor eax, eax
    mov es, ax
    FAULT 13, mov eax, [es:TESTVARS]
    mov ax, SEL_DATA32
    mov es, ax
    ; SS limit: #SS(0)
    mov ax, SEL_STK
    mov fs, ax
    mov ebx, esp
    mov ss, ax
    mov esp, 0x8000
    EXC_ARM .r1
.f1:
    mov eax, [ss:0x10000]
.r1:
    mov ax, SEL_DATA32
    mov ss, ax
    mov esp, ebx
    CHECK_EXC 12, 0, .f1
    ; a far JMP to an offset beyond the code segment's limit
    EXC_ARM .r2
.f2:
    jmp SEL_SCODE:0x9000
.r2:
    CHECK_EXC 13, 0, .f2
    PASS
