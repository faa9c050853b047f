; SSE4.2 string compares PCMPISTRI/PCMPISTRM/PCMPESTRI/PCMPESTRM with imm8 control bytes
; across every field (unsigned/signed bytes/words, equal any / ranges / equal each / equal
; ordered, the four polarities, least/most significant index, bit or byte/word mask), implicit
; lengths (null elements) and explicit ones (|EAX|, |EDX| saturated, negative and huge
; values), their EFLAGS (CF ZF SF OF, AF PF cleared), ECX or XMM0, and an unaligned memory
; operand; then CRC32 (CRC-32C of 1/2/4-byte sources) and POPCNT with its flags, and PTEST.
; Generated: the string-compare expectations come from a reference model of SDM vol. 2B 4.1
; ("Imm8 Control Byte Operation") written for this test, independently of Tern's C code,
; and were checked on QEMU (-cpu max); CRC32 uses the CRC-32C check value of "123456789"
; (E3069283H, with the usual pre/post inversion done by the test).
; SDM vol. 2B 4.1, PCMPESTRI..PCMPISTRM, CRC32, POPCNT, PTEST.
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
alignb 16
res:    resb 16
buf:    resb 64

CODE32
; esi (got) against edi (expected); ebx = case number
fcheck:
    cmp esi, edi
    jne .bad
    ret
.bad:
    PRINT "FAIL case "
    PRINTDEC ebx
    PRINT ": got "
    PRINTHEX esi
    PRINT " expected "
    PRINTHEX edi
    PRINT 10
    mov eax, ebx
    cmp eax, 120
    jb .x
    mov eax, 120
.x:
    jmp lib_exit32

; vcheck (tests/guest/lib/check.inc): the result, stored by the caller at res, against
; [esi]; ebx = case number, edi = its name.
VCHECK_ROUTINE res, 4

TEST_START
    mov eax, cr4
    or eax, 1 << 9                  ; OSFXSR
    mov cr4, eax
    GO_PM32
@BODY@

    ; ---- CRC32 (CRC-32C, reflected polynomial 82F63B78H) ----
    mov esi, LIN16(digits)
    mov eax, 0xFFFFFFFF
    mov ecx, 9
.crc:
    crc32 eax, byte [esi]
    inc esi
    dec ecx
    jnz .crc
    not eax
    CHECK eax, 0xE3069283, "CRC-32C of 123456789 by bytes"
    mov eax, 0xFFFFFFFF             ; the same through the 32-bit, 16-bit and 8-bit forms
    mov esi, LIN16(digits)
    crc32 eax, dword [esi]
    crc32 eax, word [esi+4]
    mov bx, [esi+6]
    crc32 eax, bx
    mov bl, [esi+8]
    crc32 eax, bl
    not eax
    CHECK eax, 0xE3069283, "CRC-32C of 123456789 by 4+2+2+1"
    xor eax, eax
    mov ecx, 0x00000001
    crc32 eax, cl                   ; one set bit through 8 shifts
    CHECK eax, 0xF26B8303
    SETF F_ARITH
    crc32 eax, eax                  ; flags untouched
    CHECK_FLAGS F_ARITH, F_ARITH

    ; ---- POPCNT: ZF for a zero source, the other flags cleared ----
    SETF F_ARITH
    mov ecx, 0xF0F0F0F1
    popcnt eax, ecx
    CHECK eax, 17
    CHECK_FLAGS F_ARITH, 0
    xor ecx, ecx
    SETF F_ARITH & ~F_ZF
    popcnt eax, ecx
    CHECK eax, 0
    CHECK_FLAGS F_ARITH, F_ZF
    mov dword [buf], 0xFFFF8001
    mov eax, 0x12345678
    popcnt ax, [buf]
    CHECK eax, 0x12340002

    ; ---- PTEST: ZF = (a AND b) == 0, CF = (NOT a AND b) == 0 ----
    pcmpeqb xmm1, xmm1
    pxor xmm2, xmm2
    SETF F_ARITH
    ptest xmm1, xmm2                ; b = 0: both
    CHECK_FLAGS F_ARITH, F_ZF | F_CF
    ptest xmm1, xmm1                ; a AND a != 0, NOT a AND a = 0
    CHECK_FLAGS F_ARITH, F_CF
    ptest xmm2, xmm1
    CHECK_FLAGS F_ARITH, F_ZF
    mov dword [buf], 1
    mov dword [buf+4], 0
    mov dword [buf+8], 0
    mov dword [buf+12], 0x80000000
    mov dword [buf+16], 2
    mov dword [buf+20], 0
    mov dword [buf+24], 0
    mov dword [buf+28], 0x80000000
    movdqa xmm3, [buf]
    ptest xmm3, [buf+16]            ; share bit 127; bit 1 only in b
    CHECK_FLAGS F_ARITH, 0
    PASS

    CODE16
digits: db "123456789"
    CODE32
