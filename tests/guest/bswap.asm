; BSWAP r32 for every register (0F C8+r): byte order reversed, no flags changed.
; SDM vol. 2A "BSWAP" (the 16-bit form is undefined and not used).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%macro SWAP1 1
    mov %1, 0x12345678
    bswap %1
    CHECK %1, 0x78563412
%endmacro

TEST_START
    mov eax, 0x11223344
    bswap eax
    CHECK eax, 0x44332211
    PRINT "real mode ok", 10
    GO_PM32
    SETF F_ARITH
    SWAP1 eax
    SWAP1 ecx
    SWAP1 edx
    SWAP1 ebx
    SWAP1 esi
    SWAP1 edi
    SWAP1 ebp
    mov ebx, esp
    mov esp, 0x00FFEEDD
    bswap esp
    mov ecx, esp
    mov esp, ebx
    CHECK ecx, 0xDDEEFF00
    CHECK_FLAGS F_ARITH, F_ARITH
    mov eax, 0x80000001
    bswap eax
    bswap eax
    CHECK eax, 0x80000001
    PASS
