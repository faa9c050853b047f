; LEA with 32-bit addressing: every base register, disp8 (signed) and disp32, the disp32-
; only form (mod 00 r/m 101), [EBP] needing a displacement, SIB with each scale, [ESP]
; through SIB, SIB index 100 (no index; the scale is ignored), SIB base 101 with mod 00
; (disp32, no base) and with mod 01 (EBP base), 32-bit wrap-around; 16-bit address size
; (67) zero-extended into a 32-bit destination; 16-bit operand size keeps EAX[31:16].
; SDM vol. 2A "LEA"; vol. 2A, 2.1.5 tables 2-2 (32-bit ModR/M) and 2-3 (SIB), and the notes
; on r/m 100 (SIB follows), mod 00 + r/m 101 (disp32), SIB base 101 with mod 00.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%macro L32 2
    lea edi, %2
    CHECK edi, %1
%endmacro

TEST_START
    GO_PM32
    mov eax, 0x00000100
    mov ecx, 0x00000020
    mov edx, 0x00003000
    mov ebx, 0x00040000
    mov ebp, 0x05000000
    mov esi, 0x00000600
    SETF F_ARITH
    ; base only and displacements
    L32 0x00000100, [eax]
    L32 0x0000009F, [ecx+0x7F]
    L32 0xFFFFFFA0, [ecx-0x80]
    L32 0x12348678, [edx+0x12345678]
    L32 0x00040000, [ebx]
    L32 0x05000000, [ebp]           ; encoded mod 01 disp8 0
    L32 0x00000600, [esi]
    L32 0x12345678, [0x12345678]
    L32 0x00002FFF, [dword edx+0xFFFFFFFF] ; disp32, wraps at 2^32
    ; SIB
    L32 0x00000120, [eax+ecx]
    L32 0x00000140, [eax+ecx*2]
    L32 0x00000188, [eax+ecx*4+8]
    L32 0x00001200, [eax+ecx*8+0x1000]
    L32 0x00000180, [ecx*4+0x100]
    L32 0x00000040, [nosplit ecx*2]
    L32 0x05000C00, [ebp+esi*2]
    L32 0x00040C00, [ebx+esi*2]
    CHECK_FLAGS F_ARITH, F_ARITH, "LEA changed no flags"
    ; [ESP] forms
    mov esp, PM_STACK_TOP - 0x10
    lea edi, [esp]
    lea edx, [esp+eax*2+4]
    mov esp, PM_STACK_TOP
    CHECK edi, PM_STACK_TOP - 0x10
    CHECK edx, PM_STACK_TOP - 0x10 + 0x204
    mov edx, 0x00003000
    ; raw encodings
    db 0x8D, 0x3C, 0x63             ; lea edi, [ebx + (no index)*2]: SIB 01 100 011
    CHECK edi, 0x00040000
    db 0x8D, 0x7C, 0x75, 0x10       ; lea edi, [ebp+esi*2+0x10]: mod 01, SIB base 101
    CHECK edi, 0x05000C10
    db 0x8D, 0x3C, 0xB5, 0x44, 0x33, 0x22, 0x11 ; [esi*4+0x11223344]: mod 00, SIB base 101
    CHECK edi, 0x11224B44
    db 0x8D, 0x3D, 0x78, 0x56, 0x34, 0x12       ; [0x12345678]: mod 00 r/m 101
    CHECK edi, 0x12345678
    db 0x8D, 0x7D, 0x00             ; [ebp+0]: mod 01 r/m 101
    CHECK edi, 0x05000000
    db 0x8D, 0xBC, 0x24, 0x00, 0x01, 0x00, 0x00 ; [esp+0x100]: mod 10, SIB 00 100 100
    mov eax, esp
    add eax, 0x100
    CHECK edi, eax
    ; 16-bit address size: computed in 16 bits, zero-extended
    mov ebx, 0x1234F000
    mov esi, 0xABCD2000
    mov eax, 0xFFFFFFFF
    lea eax, [bx+si]
    CHECK eax, 0x00001000
    ; 16-bit operand size: low half of the 32-bit address, EAX[31:16] kept
    mov eax, 0x55550000
    mov ebx, 0x00012345
    mov ecx, 0x00010001
    lea ax, [ebx+ecx]
    CHECK eax, 0x55552346
    PASS
