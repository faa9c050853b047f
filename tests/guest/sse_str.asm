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
    CODE16
    align 16
s1_a: dd 0xFF424139, 0x417F3042, 0x424161FF, 0x61423939
s1_b: dd 0x61007F41, 0x7F7F417F, 0x41614139, 0x396243FF
    CODE32
    mov ebx, 1
    movdqa xmm1, [LIN16(s1_a)]
    movdqu xmm2, [LIN16(s1_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s1_b)], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s2_a: dd 0x43FF627F, 0x617F7F42, 0x42FF4230, 0x617F417F
s2_b: dd 0x807F8030, 0x43616230, 0x627F4261, 0x003080FF
    CODE32
    mov ebx, 2
    movdqa xmm1, [LIN16(s2_a)]
    movdqu xmm2, [LIN16(s2_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s2_b)], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s3_a: dd 0x4339FF42, 0x39804330, 0x7FFF4241, 0x7F303030
s3_b: dd 0x80624242, 0x7F624142, 0x30396280, 0x00308041
    CODE32
    mov ebx, 3
    movdqa xmm1, [LIN16(s3_a)]
    movdqu xmm2, [LIN16(s3_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s3_b)], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s4_a: dd 0x00626141, 0x80393961, 0x39804342, 0x394362FF
s4_b: dd 0x43613930, 0x61434342, 0x7F804100, 0x41626243
    CODE32
    mov ebx, 4
    movdqa xmm1, [LIN16(s4_a)]
    movdqu xmm2, [LIN16(s4_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s4_b)], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s5_a: dd 0x0061FFFF, 0xFFFF0000, 0x00420061, 0x00307FFF
s5_b: dd 0x00300000, 0x7FFF0030, 0xFFFF0030, 0x80008000
    CODE32
    mov ebx, 5
    movdqa xmm1, [LIN16(s5_a)]
    movdqu xmm2, [LIN16(s5_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s5_b)], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s6_a: dd 0x41398042, 0x80614261, 0x7F304243, 0x7F414200
s6_b: dd 0x42417F30, 0x43397F61, 0x307F3062, 0x80424280
    CODE32
    mov ebx, 6
    movdqa xmm1, [LIN16(s6_a)]
    movdqu xmm2, [LIN16(s6_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s6_b)], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s7_a: dd 0x43426280, 0x80623042, 0x6141FF43, 0xFF0030FF
s7_b: dd 0x30FF6200, 0xFF613043, 0x6130FFFF, 0x3961617F
    CODE32
    mov ebx, 7
    movdqa xmm1, [LIN16(s7_a)]
    movdqu xmm2, [LIN16(s7_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 14
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s7_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 14
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s8_a: dd 0x8000FFFF, 0x7FFF0061, 0x00410041, 0x00610030
s8_b: dd 0x7FFF0042, 0x0061FFFF, 0x00308000, 0x00007FFF
    CODE32
    mov ebx, 8
    movdqa xmm1, [LIN16(s8_a)]
    movdqu xmm2, [LIN16(s8_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s8_b)], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s9_a: dd 0x61806142, 0x7F806130, 0x3080417F, 0x61394242
s9_b: dd 0x39423039, 0x43423980, 0x43414343, 0x7F43807F
    CODE32
    mov ebx, 9
    movdqa xmm1, [LIN16(s9_a)]
    movdqu xmm2, [LIN16(s9_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s9_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s10_a: dd 0x4143FFFF, 0x43FF4241, 0x41616139, 0xFF626162
s10_b: dd 0x4339FF62, 0x00803041, 0x43FF39FF, 0xFFFF43FF
    CODE32
    mov ebx, 10
    movdqa xmm1, [LIN16(s10_a)]
    movdqu xmm2, [LIN16(s10_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x72
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 6
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s10_b)], 0x72
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 6
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x72
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s11_a: dd 0x0041FFFF, 0x00300030, 0x00420042, 0x80000042
s11_b: dd 0x7FFF0061, 0xFFFFFFFF, 0x8000FFFF, 0x00300030
    CODE32
    mov ebx, 11
    movdqa xmm1, [LIN16(s11_a)]
    movdqu xmm2, [LIN16(s11_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s11_b)], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s12_a: dd 0x42416261, 0x41FF80FF, 0x7F308042, 0x61FF7FFF
s12_b: dd 0xFF80FFFF, 0xFF62FF61, 0x39438000, 0x30803942
    CODE32
    mov ebx, 12
    movdqa xmm1, [LIN16(s12_a)]
    movdqu xmm2, [LIN16(s12_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s12_b)], 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s13_a: dd 0x00420041, 0x00007FFF, 0x00410030, 0x00420030
s13_b: dd 0x00420061, 0x00428000, 0x00417FFF, 0x80008000
    CODE32
    mov ebx, 13
    movdqa xmm1, [LIN16(s13_a)]
    movdqu xmm2, [LIN16(s13_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s13_b)], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s14_a: dd 0x80007FFF, 0x8000FFFF, 0x80000061, 0x00610042
s14_b: dd 0x00617FFF, 0x00610041, 0x8000FFFF, 0x7FFF8000
    CODE32
    mov ebx, 14
    movdqa xmm1, [LIN16(s14_a)]
    movdqu xmm2, [LIN16(s14_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s14_b)], 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s15_a: dd 0xFFFFFFFF, 0xFFFF0061, 0x00410041, 0x00420000
s15_b: dd 0x00610061, 0x00300041, 0x00610042, 0x00420030
    CODE32
    mov ebx, 15
    movdqa xmm1, [LIN16(s15_a)]
    movdqu xmm2, [LIN16(s15_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s15_b)], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s16_a: dd 0x7FFFFF43, 0x62423080, 0x42394300, 0x62424162
s16_b: dd 0x80426242, 0x39FF3041, 0x41437F62, 0x434261FF
    CODE32
    mov ebx, 16
    movdqa xmm1, [LIN16(s16_a)]
    movdqu xmm2, [LIN16(s16_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s16_b)], 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s17_a: dd 0xFF626261, 0xFF806261, 0x41306243, 0x41414162
s17_b: dd 0x39428061, 0xFF00FF80, 0x30616162, 0x30394361
    CODE32
    mov ebx, 17
    movdqa xmm1, [LIN16(s17_a)]
    movdqu xmm2, [LIN16(s17_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s17_b)], 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s18_a: dd 0x7FFF0041, 0x00617FFF, 0x00428000, 0x00410041
s18_b: dd 0x0042FFFF, 0x00617FFF, 0x80000041, 0x00420000
    CODE32
    mov ebx, 18
    movdqa xmm1, [LIN16(s18_a)]
    movdqu xmm2, [LIN16(s18_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x1B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s18_b)], 0x1B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x1B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s19_a: dd 0x00610061, 0xFFFF0061, 0x00420061, 0x00610041
s19_b: dd 0x00410042, 0x00000061, 0x80000041, 0xFFFF0061
    CODE32
    mov ebx, 19
    movdqa xmm1, [LIN16(s19_a)]
    movdqu xmm2, [LIN16(s19_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s19_b)], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s20_a: dd 0x43426242, 0x39417F39, 0x61626241, 0x43FF7F42
s20_b: dd 0x7F624380, 0x39FF4143, 0xFFFF43FF, 0x617F4100
    CODE32
    mov ebx, 20
    movdqa xmm1, [LIN16(s20_a)]
    movdqu xmm2, [LIN16(s20_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 11
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s20_b)], 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 11
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s21_a: dd 0x7FFF0042, 0x00410061, 0x00308000, 0xFFFF8000
s21_b: dd 0xFFFF7FFF, 0x00427FFF, 0x00618000, 0x80000041
    CODE32
    mov ebx, 21
    movdqa xmm1, [LIN16(s21_a)]
    movdqu xmm2, [LIN16(s21_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x2B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s21_b)], 0x2B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x2B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s22_a: dd 0x7FFF7FFF, 0x00618000, 0x00410030, 0x00610030
s22_b: dd 0x7FFF0042, 0x80007FFF, 0x00308000, 0x00418000
    CODE32
    mov ebx, 22
    movdqa xmm1, [LIN16(s22_a)]
    movdqu xmm2, [LIN16(s22_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s22_b)], 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s23_a: dd 0x7FFFFFFF, 0x00427FFF, 0xFFFF0041, 0x00610042
s23_b: dd 0xFFFFFFFF, 0x00410042, 0x00410000, 0x00618000
    CODE32
    mov ebx, 23
    movdqa xmm1, [LIN16(s23_a)]
    movdqu xmm2, [LIN16(s23_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s23_b)], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s24_a: dd 0x8062FF62, 0xFF008080, 0x80426261, 0x42806241
s24_b: dd 0x42616139, 0xFF43427F, 0x7F433062, 0x300062FF
    CODE32
    mov ebx, 24
    movdqa xmm1, [LIN16(s24_a)]
    movdqu xmm2, [LIN16(s24_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s24_b)], 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s25_a: dd 0x41434139, 0x62398080, 0x39303943, 0x00304230
s25_b: dd 0x41614239, 0x42306262, 0x42003939, 0x41623930
    CODE32
    mov ebx, 25
    movdqa xmm1, [LIN16(s25_a)]
    movdqu xmm2, [LIN16(s25_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s25_b)], 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s26_a: dd 0x7FFF0030, 0x7FFF0061, 0x00420042, 0x80000061
s26_b: dd 0x00610030, 0x80000030, 0x00300041, 0x7FFF0030
    CODE32
    mov ebx, 26
    movdqa xmm1, [LIN16(s26_a)]
    movdqu xmm2, [LIN16(s26_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 6
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s26_b)], 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 6
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s27_a: dd 0x7F803941, 0x41806243, 0x804343FF, 0x62623039
s27_b: dd 0x80626139, 0x434239FF, 0xFF614200, 0x8061FF80
    CODE32
    mov ebx, 27
    movdqa xmm1, [LIN16(s27_a)]
    movdqu xmm2, [LIN16(s27_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x4C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s27_b)], 0x4C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x4C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s28_a: dd 0x6161FF43, 0xFF304342, 0x30613042, 0x41007F62
s28_b: dd 0x3961FF39, 0x80413062, 0x43307F62, 0x426100FF
    CODE32
    mov ebx, 28
    movdqa xmm1, [LIN16(s28_a)]
    movdqu xmm2, [LIN16(s28_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s28_b)], 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s29_a: dd 0x62398039, 0x00414341, 0x41807F80, 0x80FF3942
s29_b: dd 0x43436142, 0x428042FF, 0x434141FF, 0x62417F61
    CODE32
    mov ebx, 29
    movdqa xmm1, [LIN16(s29_a)]
    movdqu xmm2, [LIN16(s29_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s29_b)], 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s30_a: dd 0x00307FFF, 0x00410041, 0x00610000, 0xFFFFFFFF
s30_b: dd 0x00420061, 0x00000030, 0x00410041, 0x0061FFFF
    CODE32
    mov ebx, 30
    movdqa xmm1, [LIN16(s30_a)]
    movdqu xmm2, [LIN16(s30_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s30_b)], 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s31_a: dd 0x00307FFF, 0x80000042, 0x00420000, 0x0042FFFF
s31_b: dd 0x7FFF0000, 0x00410061, 0x00420041, 0x7FFF8000
    CODE32
    mov ebx, 31
    movdqa xmm1, [LIN16(s31_a)]
    movdqu xmm2, [LIN16(s31_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s31_b)], 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s32_a: dd 0x00000042, 0x00618000, 0x80000042, 0x7FFF0041
s32_b: dd 0x7FFF0061, 0x00428000, 0x00000041, 0x7FFF0061
    CODE32
    mov ebx, 32
    movdqa xmm1, [LIN16(s32_a)]
    movdqu xmm2, [LIN16(s32_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s32_b)], 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s33_a: dd 0x61616261, 0x62006180, 0x7F807F42, 0x39806143
s33_b: dd 0x41614139, 0x4139437F, 0x80394341, 0x43424230
    CODE32
    mov ebx, 33
    movdqa xmm1, [LIN16(s33_a)]
    movdqu xmm2, [LIN16(s33_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x22
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s33_b)], 0x22
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x22
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s34_a: dd 0x624180FF, 0x80303039, 0x42414243, 0x39304262
s34_b: dd 0x39623039, 0x61804142, 0x6180FF30, 0x41803030
    CODE32
    mov ebx, 34
    movdqa xmm1, [LIN16(s34_a)]
    movdqu xmm2, [LIN16(s34_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x28
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s34_b)], 0x28
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x28
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s35_a: dd 0x80413941, 0x00624142, 0x30307F42, 0x417F3062
s35_b: dd 0x7F416262, 0x42614142, 0x62398000, 0x80438039
    CODE32
    mov ebx, 35
    movdqa xmm1, [LIN16(s35_a)]
    movdqu xmm2, [LIN16(s35_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s35_b)], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s36_a: dd 0x7FFF0000, 0x00420030, 0x0042FFFF, 0x00300061
s36_b: dd 0x00300061, 0xFFFF0030, 0x00000041, 0x80000042
    CODE32
    mov ebx, 36
    movdqa xmm1, [LIN16(s36_a)]
    movdqu xmm2, [LIN16(s36_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x5D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s36_b)], 0x5D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x5D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s37_a: dd 0x7FFF0041, 0x00000041, 0xFFFFFFFF, 0x00420061
s37_b: dd 0x00610041, 0x0041FFFF, 0x00410042, 0x80008000
    CODE32
    mov ebx, 37
    movdqa xmm1, [LIN16(s37_a)]
    movdqu xmm2, [LIN16(s37_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s37_b)], 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s38_a: dd 0x7F803943, 0x6242FF61, 0x627F6262, 0x61626230
s38_b: dd 0x43616143, 0x30617F62, 0x61623942, 0x4261FFFF
    CODE32
    mov ebx, 38
    movdqa xmm1, [LIN16(s38_a)]
    movdqu xmm2, [LIN16(s38_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x64
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s38_b)], 0x64
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x64
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s39_a: dd 0x80000041, 0x00420030, 0x80000030, 0x00410061
s39_b: dd 0x00410041, 0xFFFF0042, 0xFFFF0030, 0x00410042
    CODE32
    mov ebx, 39
    movdqa xmm1, [LIN16(s39_a)]
    movdqu xmm2, [LIN16(s39_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x6D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s39_b)], 0x6D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x6D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s40_a: dd 0x4241627F, 0x6130007F, 0x43303041, 0x41626141
s40_b: dd 0x43303930, 0x6142627F, 0x80FF8041, 0x39423942
    CODE32
    mov ebx, 40
    movdqa xmm1, [LIN16(s40_a)]
    movdqu xmm2, [LIN16(s40_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpistri xmm1, xmm2, 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpistri xmm1, [LIN16(s40_b)], 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpistri xmm1, [buf+1], 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s41_a: dd 0x39623943, 0x41396262, 0x39307F62, 0x61304139
s41_b: dd 0x43394161, 0x39424239, 0x4380307F, 0xFF414100
s41_r: dd 0x00000B9F, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 41
    movdqa xmm1, [LIN16(s41_a)]
    movdqu xmm2, [LIN16(s41_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s41_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s41_b)], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s41_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s42_a: dd 0x307F7F42, 0x30434300, 0x43FF4362, 0x80394242
s42_b: dd 0x30804143, 0x42007F41, 0x7F61437F, 0x80617F39
s42_r: dd 0x00000021, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 42
    movdqa xmm1, [LIN16(s42_a)]
    movdqu xmm2, [LIN16(s42_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s42_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s42_b)], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s42_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s43_a: dd 0x43FF3941, 0x43423039, 0xFF416161, 0x39423041
s43_b: dd 0x617F6239, 0x80303939, 0x414380FF, 0x80007F41
s43_r: dd 0x00001010, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 43
    movdqa xmm1, [LIN16(s43_a)]
    movdqu xmm2, [LIN16(s43_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s43_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s43_b)], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s43_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s44_a: dd 0x8043807F, 0x00424239, 0x42303930, 0x41FFFF80
s44_b: dd 0x42FF3042, 0x4339FF41, 0x427F4241, 0x62804361
s44_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 44
    movdqa xmm1, [LIN16(s44_a)]
    movdqu xmm2, [LIN16(s44_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s44_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s44_b)], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s44_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s45_a: dd 0x00300041, 0xFFFF0061, 0x00610030, 0x00610042
s45_b: dd 0x00610042, 0x8000FFFF, 0xFFFF0000, 0xFFFF0061
s45_r: dd 0x00000007, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 45
    movdqa xmm1, [LIN16(s45_a)]
    movdqu xmm2, [LIN16(s45_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s45_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s45_b)], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s45_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s46_a: dd 0x43614130, 0x00624339, 0x42624339, 0x803041FF
s46_b: dd 0x003039FF, 0x437F3039, 0x80423030, 0x417F4361
s46_r: dd 0x00FFFF00, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 46
    movdqa xmm1, [LIN16(s46_a)]
    movdqu xmm2, [LIN16(s46_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s46_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s46_b)], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s46_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s47_a: dd 0x41307F62, 0x62436141, 0xFF39007F, 0x80434130
s47_b: dd 0x7F414141, 0xFF426230, 0x3961FF30, 0x437F627F
s47_r: dd 0x0000FFFF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 47
    movdqa xmm1, [LIN16(s47_a)]
    movdqu xmm2, [LIN16(s47_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s47_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s47_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s47_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s48_a: dd 0x0030FFFF, 0x00008000, 0x00410042, 0x00420030
s48_b: dd 0x00410041, 0x00420000, 0x7FFF0030, 0x00610030
s48_r: dd 0x00000007, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 48
    movdqa xmm1, [LIN16(s48_a)]
    movdqu xmm2, [LIN16(s48_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s48_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s48_b)], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s48_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s49_a: dd 0x7FFF0041, 0xFFFF0030, 0xFFFF0061, 0xFFFF7FFF
s49_b: dd 0x00420042, 0x00410041, 0xFFFF0041, 0x00000041
s49_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 49
    movdqa xmm1, [LIN16(s49_a)]
    movdqu xmm2, [LIN16(s49_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s49_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s49_b)], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s49_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s50_a: dd 0x00300041, 0x00410041, 0xFFFFFFFF, 0x00427FFF
s50_b: dd 0xFFFF0042, 0x7FFF0000, 0x7FFFFFFF, 0x80007FFF
s50_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 50
    movdqa xmm1, [LIN16(s50_a)]
    movdqu xmm2, [LIN16(s50_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x5F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s50_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s50_b)], 0x5F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s50_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x5F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s51_a: dd 0x7FFF0061, 0x7FFF0041, 0x80000030, 0xFFFF7FFF
s51_b: dd 0x80000000, 0x80007FFF, 0x7FFF0041, 0x80007FFF
s51_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 51
    movdqa xmm1, [LIN16(s51_a)]
    movdqu xmm2, [LIN16(s51_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s51_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s51_b)], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s51_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s52_a: dd 0x00420061, 0x00417FFF, 0x00610041, 0x7FFF7FFF
s52_b: dd 0x7FFF0061, 0x7FFFFFFF, 0x7FFF8000, 0xFFFF0030
s52_r: dd 0xFFFF0000, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 52
    movdqa xmm1, [LIN16(s52_a)]
    movdqu xmm2, [LIN16(s52_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s52_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s52_b)], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s52_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s53_a: dd 0xFFFF0041, 0x00420041, 0x00420061, 0x7FFF0030
s53_b: dd 0x00617FFF, 0x80000042, 0xFFFF0061, 0x80000042
s53_r: dd 0x00000057, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 53
    movdqa xmm1, [LIN16(s53_a)]
    movdqu xmm2, [LIN16(s53_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s53_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s53_b)], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s53_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s54_a: dd 0x7F613941, 0x7F396162, 0x437F427F, 0x42414143
s54_b: dd 0x41414330, 0x42414341, 0x307F4241, 0x3942FF61
s54_r: dd 0x000000FF, 0x00000000, 0xFF000000, 0x0000FF00
    CODE32
    mov ebx, 54
    movdqa xmm1, [LIN16(s54_a)]
    movdqu xmm2, [LIN16(s54_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s54_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s54_b)], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s54_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s55_a: dd 0x41414261, 0x42806242, 0x62614243, 0x62393030
s55_b: dd 0x30416200, 0x80FF7F30, 0x39417F62, 0x42FF3941
s55_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 55
    movdqa xmm1, [LIN16(s55_a)]
    movdqu xmm2, [LIN16(s55_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s55_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s55_b)], 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s55_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x36
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s56_a: dd 0xFFFFFFFF, 0x7FFF0042, 0x00300030, 0xFFFF0041
s56_b: dd 0x00418000, 0x0042FFFF, 0x00300061, 0x00410030
s56_r: dd 0x00000011, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 56
    movdqa xmm1, [LIN16(s56_a)]
    movdqu xmm2, [LIN16(s56_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s56_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s56_b)], 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s56_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s57_a: dd 0x80438042, 0x62FF307F, 0x0062437F, 0x42438061
s57_b: dd 0x300042FF, 0x42393942, 0x61304139, 0xFF396262
s57_r: dd 0x00000003, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 57
    movdqa xmm1, [LIN16(s57_a)]
    movdqu xmm2, [LIN16(s57_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s57_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s57_b)], 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s57_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s58_a: dd 0x00428000, 0xFFFFFFFF, 0x7FFF0030, 0xFFFF0030
s58_b: dd 0x00610000, 0x0042FFFF, 0x00300030, 0x7FFF8000
s58_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 58
    movdqa xmm1, [LIN16(s58_a)]
    movdqu xmm2, [LIN16(s58_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s58_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s58_b)], 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s58_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x57
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s59_a: dd 0x7FFF8000, 0x00610000, 0x0042FFFF, 0x00610042
s59_b: dd 0x0042FFFF, 0x00610061, 0x7FFF0030, 0x00300030
s59_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 59
    movdqa xmm1, [LIN16(s59_a)]
    movdqu xmm2, [LIN16(s59_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s59_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s59_b)], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s59_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s60_a: dd 0x00617FFF, 0xFFFFFFFF, 0x00420061, 0x00610042
s60_b: dd 0x00417FFF, 0x00000042, 0x00420041, 0x00428000
s60_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 60
    movdqa xmm1, [LIN16(s60_a)]
    movdqu xmm2, [LIN16(s60_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s60_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s60_b)], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s60_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s61_a: dd 0x00618000, 0x00410042, 0x00410000, 0x00420061
s61_b: dd 0x00410041, 0x00308000, 0x80000030, 0x00420000
s61_r: dd 0x00000000, 0x00000000, 0x00000000, 0xFFFFFFFF
    CODE32
    mov ebx, 61
    movdqa xmm1, [LIN16(s61_a)]
    movdqu xmm2, [LIN16(s61_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x4B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s61_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s61_b)], 0x4B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s61_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x4B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s62_a: dd 0x00610042, 0x7FFFFFFF, 0x00418000, 0x00427FFF
s62_b: dd 0x00420030, 0x7FFF7FFF, 0x00307FFF, 0x7FFF0000
s62_r: dd 0x000000C0, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 62
    movdqa xmm1, [LIN16(s62_a)]
    movdqu xmm2, [LIN16(s62_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x17
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s62_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s62_b)], 0x17
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s62_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x17
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s63_a: dd 0x80008000, 0x00610061, 0x7FFF7FFF, 0x80000041
s63_b: dd 0x7FFF7FFF, 0x00007FFF, 0x00300061, 0x80008000
s63_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 63
    movdqa xmm1, [LIN16(s63_a)]
    movdqu xmm2, [LIN16(s63_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s63_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s63_b)], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s63_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s64_a: dd 0x7FFF0000, 0x00307FFF, 0x7FFF0042, 0x00300061
s64_b: dd 0x80000000, 0x00410041, 0xFFFF0061, 0x00420042
s64_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 64
    movdqa xmm1, [LIN16(s64_a)]
    movdqu xmm2, [LIN16(s64_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s64_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s64_b)], 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s64_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s65_a: dd 0x61FF807F, 0x3041FF80, 0x803930FF, 0xFF394361
s65_b: dd 0x00626241, 0x42414139, 0x7F303939, 0x62614262
s65_r: dd 0x000000FF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 65
    movdqa xmm1, [LIN16(s65_a)]
    movdqu xmm2, [LIN16(s65_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s65_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s65_b)], 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s65_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x66
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s66_a: dd 0x00428000, 0x00000042, 0x00410030, 0x00300030
s66_b: dd 0xFFFF7FFF, 0x00007FFF, 0x00420030, 0x7FFF0061
s66_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 66
    movdqa xmm1, [LIN16(s66_a)]
    movdqu xmm2, [LIN16(s66_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s66_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s66_b)], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s66_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s67_a: dd 0xFFFF0030, 0x00427FFF, 0x00300030, 0x00008000
s67_b: dd 0x80007FFF, 0x00007FFF, 0x7FFF8000, 0x80000042
s67_r: dd 0x00000000, 0xFFFF0000, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 67
    movdqa xmm1, [LIN16(s67_a)]
    movdqu xmm2, [LIN16(s67_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s67_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s67_b)], 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s67_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x53
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s68_a: dd 0x7FFF0042, 0x00610061, 0x80000000, 0xFFFF8000
s68_b: dd 0x00000042, 0x80000030, 0x00410041, 0xFFFF0030
s68_r: dd 0x00000001, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 68
    movdqa xmm1, [LIN16(s68_a)]
    movdqu xmm2, [LIN16(s68_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s68_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s68_b)], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s68_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s69_a: dd 0x6141417F, 0x7F626200, 0x61437F42, 0x43308043
s69_b: dd 0x7F7F43FF, 0x6100FF42, 0x42FF6180, 0x42FF4280
s69_r: dd 0x00000012, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 69
    movdqa xmm1, [LIN16(s69_a)]
    movdqu xmm2, [LIN16(s69_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s69_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s69_b)], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s69_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s70_a: dd 0x00420030, 0x80008000, 0x0041FFFF, 0x80008000
s70_b: dd 0x80000042, 0xFFFF0000, 0x0030FFFF, 0x00417FFF
s70_r: dd 0x00000003, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 70
    movdqa xmm1, [LIN16(s70_a)]
    movdqu xmm2, [LIN16(s70_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s70_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s70_b)], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s70_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s71_a: dd 0x8062807F, 0x42393930, 0x41003043, 0x4230417F
s71_b: dd 0x39614143, 0x30423043, 0xFFFF8030, 0x00396261
s71_r: dd 0x00FFFF00, 0x00000000, 0xFFFF0000, 0xFF0000FF
    CODE32
    mov ebx, 71
    movdqa xmm1, [LIN16(s71_a)]
    movdqu xmm2, [LIN16(s71_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s71_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s71_b)], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s71_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s72_a: dd 0x80306262, 0x62FF3039, 0x806130FF, 0x30613042
s72_b: dd 0x3941427F, 0x7FFF39FF, 0x42623941, 0x80614141
s72_r: dd 0xFFFFFFFF, 0xFF00FFFF, 0xFFFFFFFF, 0xFF00FFFF
    CODE32
    mov ebx, 72
    movdqa xmm1, [LIN16(s72_a)]
    movdqu xmm2, [LIN16(s72_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s72_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s72_b)], 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s72_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x58
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s73_a: dd 0x4161427F, 0x43424380, 0x41423941, 0xFF624330
s73_b: dd 0x30413943, 0x7F7F3941, 0xFF7F8000, 0x7F394241
s73_r: dd 0x0000FFFF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 73
    movdqa xmm1, [LIN16(s73_a)]
    movdqu xmm2, [LIN16(s73_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s73_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s73_b)], 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s73_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s74_a: dd 0x7FFF0041, 0xFFFF8000, 0x7FFFFFFF, 0x80000042
s74_b: dd 0x7FFF0041, 0x00428000, 0x7FFF0042, 0x80000041
s74_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 74
    movdqa xmm1, [LIN16(s74_a)]
    movdqu xmm2, [LIN16(s74_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s74_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s74_b)], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s74_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s75_a: dd 0x43426142, 0x7F624180, 0x41438061, 0x62424330
s75_b: dd 0x41414162, 0x427F4141, 0x7F626239, 0x007F8043
s75_r: dd 0x00007EFF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 75
    movdqa xmm1, [LIN16(s75_a)]
    movdqu xmm2, [LIN16(s75_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s75_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s75_b)], 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s75_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x02
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s76_a: dd 0x7FFF8000, 0x00420042, 0x00000030, 0x7FFF0061
s76_b: dd 0x80008000, 0x00300000, 0x00618000, 0x00300030
s76_r: dd 0x00000003, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 76
    movdqa xmm1, [LIN16(s76_a)]
    movdqu xmm2, [LIN16(s76_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s76_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s76_b)], 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s76_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s77_a: dd 0x307F7F41, 0x7F43417F, 0x61390062, 0x7F393939
s77_b: dd 0x62304162, 0x00433962, 0x7F436241, 0x80FF6243
s77_r: dd 0x0000FE40, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 77
    movdqa xmm1, [LIN16(s77_a)]
    movdqu xmm2, [LIN16(s77_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s77_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s77_b)], 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s77_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x2A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s78_a: dd 0x00000030, 0x00300042, 0x7FFF0030, 0x00610042
s78_b: dd 0x7FFF0000, 0x00610042, 0x0030FFFF, 0x00300041
s78_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 78
    movdqa xmm1, [LIN16(s78_a)]
    movdqu xmm2, [LIN16(s78_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s78_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s78_b)], 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s78_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x31
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s79_a: dd 0x0030FFFF, 0x00300061, 0x00420041, 0xFFFF8000
s79_b: dd 0xFFFF8000, 0x0042FFFF, 0x00420000, 0x00410042
s79_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0x00000000
    CODE32
    mov ebx, 79
    movdqa xmm1, [LIN16(s79_a)]
    movdqu xmm2, [LIN16(s79_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x45
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s79_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s79_b)], 0x45
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s79_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x45
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s80_a: dd 0x39307F7F, 0x416143FF, 0x30420080, 0x30434280
s80_b: dd 0x417FFF00, 0x7F614142, 0x617F7F80, 0x42396262
s80_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 80
    movdqa xmm1, [LIN16(s80_a)]
    movdqu xmm2, [LIN16(s80_b)]
    mov eax, 0x00000000
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpistrm xmm1, xmm2, 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s80_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpistrm xmm1, [LIN16(s80_b)], 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s80_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpistrm xmm1, [buf+1], 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s81_a: dd 0x61304162, 0x41423943, 0x30FF4141, 0x7F428080
s81_b: dd 0x7F306242, 0x39FF4261, 0x30438043, 0x41436161
    CODE32
    mov ebx, 81
    movdqa xmm1, [LIN16(s81_a)]
    movdqu xmm2, [LIN16(s81_b)]
    mov eax, 0xFFFFFFFC
    mov edx, 0x0000000F
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s81_b)], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s82_a: dd 0x424100FF, 0x61413043, 0x807F7F62, 0x30308042
s82_b: dd 0x39803042, 0x43618043, 0x41618000, 0x7F426143
    CODE32
    mov ebx, 82
    movdqa xmm1, [LIN16(s82_a)]
    movdqu xmm2, [LIN16(s82_b)]
    mov eax, 0x00000003
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s82_b)], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s83_a: dd 0x30428061, 0x41613043, 0x43008043, 0x39624380
s83_b: dd 0x7F624143, 0x62433062, 0x80304280, 0xFF434280
    CODE32
    mov ebx, 83
    movdqa xmm1, [LIN16(s83_a)]
    movdqu xmm2, [LIN16(s83_b)]
    mov eax, 0x6CDBC47B
    mov edx, 0xFFFFFFFE
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s83_b)], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s84_a: dd 0x61623930, 0x62394261, 0x62414339, 0xFF804143
s84_b: dd 0x62FF4180, 0x41393043, 0x7F626139, 0xFF434343
    CODE32
    mov ebx, 84
    movdqa xmm1, [LIN16(s84_a)]
    movdqu xmm2, [LIN16(s84_b)]
    mov eax, 0xFFFFFFFA
    mov edx, 0x00000012
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s84_b)], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s85_a: dd 0x00000030, 0x00420042, 0xFFFF0042, 0x7FFF7FFF
s85_b: dd 0x00410042, 0x00000041, 0xFFFF7FFF, 0x00308000
    CODE32
    mov ebx, 85
    movdqa xmm1, [LIN16(s85_a)]
    movdqu xmm2, [LIN16(s85_b)]
    mov eax, 0xD8FF0624
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s85_b)], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s86_a: dd 0x61624300, 0x41307F43, 0x7F7F3043, 0x80FF3041
s86_b: dd 0x39306130, 0x4262417F, 0x41FF8080, 0x4143FFFF
    CODE32
    mov ebx, 86
    movdqa xmm1, [LIN16(s86_a)]
    movdqu xmm2, [LIN16(s86_b)]
    mov eax, 0xFFFFFFFB
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s86_b)], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s87_a: dd 0x41FF6262, 0x62614241, 0x807F7F41, 0x428061FF
s87_b: dd 0x42624143, 0xFF7F8080, 0x42424262, 0x7FFF4339
    CODE32
    mov ebx, 87
    movdqa xmm1, [LIN16(s87_a)]
    movdqu xmm2, [LIN16(s87_b)]
    mov eax, 0xFFFFFFFA
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s87_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s88_a: dd 0x00410030, 0x80007FFF, 0x80007FFF, 0x0030FFFF
s88_b: dd 0x00300000, 0x00610061, 0x00428000, 0x00610030
    CODE32
    mov ebx, 88
    movdqa xmm1, [LIN16(s88_a)]
    movdqu xmm2, [LIN16(s88_b)]
    mov eax, 0x0FA2FC70
    mov edx, 0x0000000D
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s88_b)], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s89_a: dd 0xFF423041, 0x00304243, 0x6141FF61, 0x80393943
s89_b: dd 0x7F627F41, 0x7F41FF62, 0xFF426242, 0x41613941
    CODE32
    mov ebx, 89
    movdqa xmm1, [LIN16(s89_a)]
    movdqu xmm2, [LIN16(s89_b)]
    mov eax, 0x9CF070C7
    mov edx, 0xFFFFFFF6
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s89_b)], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s90_a: dd 0x43FF7F80, 0x43FF4280, 0x627F3962, 0xFF426162
s90_b: dd 0x39617F7F, 0x8030FF61, 0x807F00FF, 0x61416280
    CODE32
    mov ebx, 90
    movdqa xmm1, [LIN16(s90_a)]
    movdqu xmm2, [LIN16(s90_b)]
    mov eax, 0xB8B98187
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s90_b)], 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x1E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s91_a: dd 0x30FF3061, 0x61626280, 0x43414162, 0x307F42FF
s91_b: dd 0x308039FF, 0x4361FF42, 0x43303039, 0x627F7F61
    CODE32
    mov ebx, 91
    movdqa xmm1, [LIN16(s91_a)]
    movdqu xmm2, [LIN16(s91_b)]
    mov eax, 0x7EDF9A7D
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s91_b)], 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x06
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s92_a: dd 0x80427F00, 0x39437F39, 0x427F7F62, 0x62808039
s92_b: dd 0xFFFF3930, 0x4130397F, 0x00803980, 0x4362FF43
    CODE32
    mov ebx, 92
    movdqa xmm1, [LIN16(s92_a)]
    movdqu xmm2, [LIN16(s92_b)]
    mov eax, 0x00000007
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s92_b)], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s93_a: dd 0x80000042, 0x00000041, 0x00610041, 0x8000FFFF
s93_b: dd 0xFFFFFFFF, 0xFFFF8000, 0xFFFF0000, 0x7FFF7FFF
    CODE32
    mov ebx, 93
    movdqa xmm1, [LIN16(s93_a)]
    movdqu xmm2, [LIN16(s93_b)]
    mov eax, 0xE3B76C86
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s93_b)], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 2
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s94_a: dd 0x00417FFF, 0x0042FFFF, 0x80000041, 0xFFFF0061
s94_b: dd 0x80000042, 0x80008000, 0x00308000, 0xFFFFFFFF
    CODE32
    mov ebx, 94
    movdqa xmm1, [LIN16(s94_a)]
    movdqu xmm2, [LIN16(s94_b)]
    mov eax, 0x979D3907
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x33
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 5
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s94_b)], 0x33
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 5
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x33
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s95_a: dd 0xFF306242, 0x62FF4339, 0x61FF61FF, 0x7F414339
s95_b: dd 0x0039417F, 0x41FF6241, 0x7F423962, 0x43614141
    CODE32
    mov ebx, 95
    movdqa xmm1, [LIN16(s95_a)]
    movdqu xmm2, [LIN16(s95_b)]
    mov eax, 0x0000000B
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s95_b)], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s96_a: dd 0x42FFFF43, 0x43424241, 0x7F8080FF, 0x7F414139
s96_b: dd 0x43623061, 0x7F426241, 0x80613042, 0x4141397F
    CODE32
    mov ebx, 96
    movdqa xmm1, [LIN16(s96_a)]
    movdqu xmm2, [LIN16(s96_b)]
    mov eax, 0xFFFFFFFA
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s96_b)], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x8C1
    call fcheck
    CODE16
    align 16
s97_a: dd 0x437F4341, 0x62804130, 0x80627F39, 0x7F396142
s97_b: dd 0x41803962, 0x00434261, 0x41433930, 0x30FF3962
    CODE32
    mov ebx, 97
    movdqa xmm1, [LIN16(s97_a)]
    movdqu xmm2, [LIN16(s97_b)]
    mov eax, 0x5F19A228
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x7A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s97_b)], 0x7A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x7A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s98_a: dd 0x00000030, 0x0042FFFF, 0x00428000, 0x00618000
s98_b: dd 0x00418000, 0x7FFF0061, 0x00610041, 0x00420030
    CODE32
    mov ebx, 98
    movdqa xmm1, [LIN16(s98_a)]
    movdqu xmm2, [LIN16(s98_b)]
    mov eax, 0xFFFFFFFB
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s98_b)], 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x21
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s99_a: dd 0x00300030, 0x00420030, 0x00610042, 0x00000061
s99_b: dd 0xFFFF7FFF, 0x00610042, 0xFFFF8000, 0x00420000
    CODE32
    mov ebx, 99
    movdqa xmm1, [LIN16(s99_a)]
    movdqu xmm2, [LIN16(s99_b)]
    mov eax, 0x2CE09F75
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s99_b)], 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x41
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s100_a: dd 0x4361FF7F, 0x0042FF42, 0x7F413962, 0x39416243
s100_b: dd 0x42613061, 0xFF30FF42, 0x62426162, 0x43626142
    CODE32
    mov ebx, 100
    movdqa xmm1, [LIN16(s100_a)]
    movdqu xmm2, [LIN16(s100_b)]
    mov eax, 0xC84902DF
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s100_b)], 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s101_a: dd 0x00610041, 0x00307FFF, 0x7FFF7FFF, 0x80000061
s101_b: dd 0x00300000, 0x00618000, 0x00417FFF, 0x00610042
    CODE32
    mov ebx, 101
    movdqa xmm1, [LIN16(s101_a)]
    movdqu xmm2, [LIN16(s101_b)]
    mov eax, 0x2D6B4D7F
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s101_b)], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s102_a: dd 0x41394362, 0x7F4362FF, 0xFF807F61, 0x307F3962
s102_b: dd 0x7F7F4162, 0x41426141, 0x42306130, 0x617F3939
    CODE32
    mov ebx, 102
    movdqa xmm1, [LIN16(s102_a)]
    movdqu xmm2, [LIN16(s102_b)]
    mov eax, 0x06FEBEF8
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 11
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s102_b)], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 11
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x52
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s103_a: dd 0x43FF3961, 0xFF416180, 0x43FF4362, 0x6162FF61
s103_b: dd 0x42393030, 0x43436261, 0x61618080, 0x4380FF41
    CODE32
    mov ebx, 103
    movdqa xmm1, [LIN16(s103_a)]
    movdqu xmm2, [LIN16(s103_b)]
    mov eax, 0x00000002
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s103_b)], 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s104_a: dd 0x8000FFFF, 0x00420030, 0x7FFF7FFF, 0xFFFF0042
s104_b: dd 0x00420030, 0x7FFF0041, 0x00410061, 0x00000061
    CODE32
    mov ebx, 104
    movdqa xmm1, [LIN16(s104_a)]
    movdqu xmm2, [LIN16(s104_b)]
    mov eax, 0x8B1C0CC9
    mov edx, 0xFFFFFFFF
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x7B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s104_b)], 0x7B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x7B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s105_a: dd 0x80304342, 0x62307F80, 0x41420043, 0x42808041
s105_b: dd 0x80398042, 0x4130FF61, 0x7F004230, 0x43426162
    CODE32
    mov ebx, 105
    movdqa xmm1, [LIN16(s105_a)]
    movdqu xmm2, [LIN16(s105_b)]
    mov eax, 0xA527B6FA
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x38
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s105_b)], 0x38
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 1
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x38
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s106_a: dd 0x0039307F, 0x30613030, 0x6230FF43, 0x42414161
s106_b: dd 0x80398061, 0x7F7F6243, 0x43614342, 0x42398043
    CODE32
    mov ebx, 106
    movdqa xmm1, [LIN16(s106_a)]
    movdqu xmm2, [LIN16(s106_b)]
    mov eax, 0x59C578DD
    mov edx, 0xFFFFFFF8
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x56
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s106_b)], 0x56
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    mov esi, ecx
    mov edi, 15
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x56
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s107_a: dd 0x4339FF7F, 0xFF414262, 0x80423039, 0x39434341
s107_b: dd 0x7F307F80, 0xFF428061, 0x3980FF30, 0x7F3943FF
    CODE32
    mov ebx, 107
    movdqa xmm1, [LIN16(s107_a)]
    movdqu xmm2, [LIN16(s107_b)]
    mov eax, 0x4F482C12
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s107_b)], 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x3E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s108_a: dd 0x30624380, 0x616141FF, 0x7F434280, 0x397F0030
s108_b: dd 0x6239807F, 0x61436142, 0x626142FF, 0x62FF6142
    CODE32
    mov ebx, 108
    movdqa xmm1, [LIN16(s108_a)]
    movdqu xmm2, [LIN16(s108_b)]
    mov eax, 0x0000000B
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s108_b)], 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s109_a: dd 0x80000030, 0x00300042, 0xFFFFFFFF, 0x7FFFFFFF
s109_b: dd 0x00308000, 0x80007FFF, 0x0042FFFF, 0xFFFF0042
    CODE32
    mov ebx, 109
    movdqa xmm1, [LIN16(s109_a)]
    movdqu xmm2, [LIN16(s109_b)]
    mov eax, 0x0000000A
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x29
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s109_b)], 0x29
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x29
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s110_a: dd 0x00610041, 0x00410041, 0xFFFF7FFF, 0x80000042
s110_b: dd 0x00427FFF, 0x00418000, 0x0030FFFF, 0xFFFF0042
    CODE32
    mov ebx, 110
    movdqa xmm1, [LIN16(s110_a)]
    movdqu xmm2, [LIN16(s110_b)]
    mov eax, 0xFFFFFFF3
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x1D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s110_b)], 0x1D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x1D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s111_a: dd 0xFF306100, 0x418030FF, 0x3042307F, 0x427F30FF
s111_b: dd 0x80613062, 0x42807F41, 0x42428041, 0xFF434362
    CODE32
    mov ebx, 111
    movdqa xmm1, [LIN16(s111_a)]
    movdqu xmm2, [LIN16(s111_b)]
    mov eax, 0xFFFFFFFE
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s111_b)], 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x2E
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    CODE16
    align 16
s112_a: dd 0x00610041, 0x80000042, 0x8000FFFF, 0x00410030
s112_b: dd 0xFFFF0042, 0x7FFF0030, 0xFFFF7FFF, 0x00308000
    CODE32
    mov ebx, 112
    movdqa xmm1, [LIN16(s112_a)]
    movdqu xmm2, [LIN16(s112_b)]
    mov eax, 0x77B00117
    mov edx, 0x00000005
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s112_b)], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x09
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s113_a: dd 0x436261FF, 0x61417F7F, 0x00803043, 0x3039807F
s113_b: dd 0x30807F30, 0x80614161, 0x4343417F, 0x42623962
    CODE32
    mov ebx, 113
    movdqa xmm1, [LIN16(s113_a)]
    movdqu xmm2, [LIN16(s113_b)]
    mov eax, 0x7DC9BD19
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s113_b)], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x26
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s114_a: dd 0x00420030, 0x80000030, 0xFFFF7FFF, 0x00417FFF
s114_b: dd 0x00300030, 0x00300042, 0x00000030, 0x00417FFF
    CODE32
    mov ebx, 114
    movdqa xmm1, [LIN16(s114_a)]
    movdqu xmm2, [LIN16(s114_b)]
    mov eax, 0xBEC59D56
    mov edx, 0x00000001
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x47
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s114_b)], 0x47
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x47
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s115_a: dd 0x616130FF, 0x61434330, 0x80008041, 0x43627F39
s115_b: dd 0x7F626262, 0x614230FF, 0x437F427F, 0x80307F62
    CODE32
    mov ebx, 115
    movdqa xmm1, [LIN16(s115_a)]
    movdqu xmm2, [LIN16(s115_b)]
    mov eax, 0x00000002
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s115_b)], 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    mov esi, ecx
    mov edi, 4
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s116_a: dd 0x0041FFFF, 0x00420030, 0x00610000, 0x7FFF0042
s116_b: dd 0x80000041, 0x00428000, 0x0061FFFF, 0xFFFF0030
    CODE32
    mov ebx, 116
    movdqa xmm1, [LIN16(s116_a)]
    movdqu xmm2, [LIN16(s116_b)]
    mov eax, 0xFFFFFFF2
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s116_b)], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    mov esi, ecx
    mov edi, 7
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x59
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s117_a: dd 0x4143307F, 0x41FF6261, 0x30614130, 0x39804130
s117_b: dd 0x42413941, 0x7F80307F, 0x41806239, 0x307F3041
    CODE32
    mov ebx, 117
    movdqa xmm1, [LIN16(s117_a)]
    movdqu xmm2, [LIN16(s117_b)]
    mov eax, 0xFFFFFFEF
    mov edx, 0xFFFFFFF1
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s117_b)], 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    mov esi, ecx
    mov edi, 0
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x18
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s118_a: dd 0x0030FFFF, 0x00410030, 0x00300061, 0x80000061
s118_b: dd 0xFFFF7FFF, 0x0061FFFF, 0x7FFF0042, 0x0061FFFF
    CODE32
    mov ebx, 118
    movdqa xmm1, [LIN16(s118_a)]
    movdqu xmm2, [LIN16(s118_b)]
    mov eax, 0x43683031
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s118_b)], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    mov esi, ecx
    mov edi, 8
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x4F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s119_a: dd 0x4362FFFF, 0x80FF4162, 0x61433000, 0x7F414239
s119_b: dd 0x61FFFF41, 0x7F6243FF, 0x43434330, 0x613041FF
    CODE32
    mov ebx, 119
    movdqa xmm1, [LIN16(s119_a)]
    movdqu xmm2, [LIN16(s119_b)]
    mov eax, 0xFFBA5CBD
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 10
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s119_b)], 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    mov esi, ecx
    mov edi, 10
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s120_a: dd 0x39424142, 0x7F614130, 0x61393939, 0x62416241
s120_b: dd 0x30613061, 0x80626239, 0x80437F61, 0x62624362
    CODE32
    mov ebx, 120
    movdqa xmm1, [LIN16(s120_a)]
    movdqu xmm2, [LIN16(s120_b)]
    mov eax, 0xD4DF0867
    mov edx, 0xFFFFFFFB
    mov ecx, 0x5A5A5A5A
    pxor xmm0, xmm0
    SETF F_ARITH
    pcmpestri xmm1, xmm2, 0x6C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    pcmpestri xmm1, [LIN16(s120_b)], 0x6C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    mov esi, ecx
    mov edi, 16
    call fcheck
    mov ecx, 0x5A5A5A5A
    movdqu [buf+1], xmm2
    pcmpestri xmm1, [buf+1], 0x6C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s121_a: dd 0x61417F61, 0x43804130, 0x41004339, 0x43414342
s121_b: dd 0x434230FF, 0x39423980, 0x41303930, 0x4161617F
s121_r: dd 0x0000FFFE, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 121
    movdqa xmm1, [LIN16(s121_a)]
    movdqu xmm2, [LIN16(s121_b)]
    mov eax, 0x185DB3C4
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s121_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s121_b)], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s121_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x00
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s122_a: dd 0x42424230, 0x39FF4380, 0xFF614341, 0x42FFFF43
s122_b: dd 0x61613042, 0x41436242, 0x00426262, 0x3941FF61
s122_r: dd 0x0000F7FF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 122
    movdqa xmm1, [LIN16(s122_a)]
    movdqu xmm2, [LIN16(s122_b)]
    mov eax, 0x73B188F7
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s122_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s122_b)], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s122_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x04
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s123_a: dd 0x30FF00FF, 0x39396239, 0x3939FF30, 0x39393943
s123_b: dd 0x62FF7F61, 0x6161397F, 0x417F4242, 0x30FF3941
s123_r: dd 0x00000004, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 123
    movdqa xmm1, [LIN16(s123_a)]
    movdqu xmm2, [LIN16(s123_b)]
    mov eax, 0x00000008
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s123_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s123_b)], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s123_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s124_a: dd 0x6139FF7F, 0x39423039, 0x307F62FF, 0x0061FF42
s124_b: dd 0x7FFF3080, 0x43617F80, 0xFF30FF00, 0x3043FF61
s124_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 124
    movdqa xmm1, [LIN16(s124_a)]
    movdqu xmm2, [LIN16(s124_b)]
    mov eax, 0xFFFFFFFB
    mov edx, 0x00000009
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s124_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s124_b)], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s124_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x0C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s125_a: dd 0x00610000, 0x00300030, 0x80000030, 0x80000041
s125_b: dd 0x00418000, 0x00610000, 0x00307FFF, 0xFFFFFFFF
s125_r: dd 0x0000002F, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 125
    movdqa xmm1, [LIN16(s125_a)]
    movdqu xmm2, [LIN16(s125_b)]
    mov eax, 0x96872F85
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s125_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s125_b)], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s125_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x01
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s126_a: dd 0x00FF4380, 0x80304341, 0x307F61FF, 0x623930FF
s126_b: dd 0x41627F41, 0xFF62437F, 0x61623062, 0xFF428062
s126_r: dd 0xFFFFFFFF, 0x00FFFFFF, 0xFFFFFFFF, 0x00FFFFFF
    CODE32
    mov ebx, 126
    movdqa xmm1, [LIN16(s126_a)]
    movdqu xmm2, [LIN16(s126_b)]
    mov eax, 0x0000000B
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s126_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s126_b)], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s126_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x881
    call fcheck
    CODE16
    align 16
s127_a: dd 0x30398041, 0x39396241, 0x6130007F, 0x7F437F39
s127_b: dd 0x42306142, 0x39008042, 0x418039FF, 0x807F7F42
s127_r: dd 0x0000017F, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 127
    movdqa xmm1, [LIN16(s127_a)]
    movdqu xmm2, [LIN16(s127_b)]
    mov eax, 0xEFA594D3
    mov edx, 0xFFFFFFF7
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s127_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s127_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s127_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s128_a: dd 0x00428000, 0x0030FFFF, 0x00410030, 0x00007FFF
s128_b: dd 0x0041FFFF, 0x00007FFF, 0x0061FFFF, 0x80000030
s128_r: dd 0x000000FF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 128
    movdqa xmm1, [LIN16(s128_a)]
    movdqu xmm2, [LIN16(s128_b)]
    mov eax, 0x00000009
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s128_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s128_b)], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s128_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x19
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s129_a: dd 0x00000041, 0x00420030, 0x8000FFFF, 0x00300041
s129_b: dd 0x00308000, 0x00000041, 0x7FFF7FFF, 0x00308000
s129_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 129
    movdqa xmm1, [LIN16(s129_a)]
    movdqu xmm2, [LIN16(s129_b)]
    mov eax, 0x206363C9
    mov edx, 0x00000001
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s129_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s129_b)], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s129_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x07
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s130_a: dd 0x0061FFFF, 0x00610000, 0x00618000, 0x00307FFF
s130_b: dd 0x8000FFFF, 0x00417FFF, 0x00610000, 0x00300042
s130_r: dd 0x00000001, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 130
    movdqa xmm1, [LIN16(s130_a)]
    movdqu xmm2, [LIN16(s130_b)]
    mov eax, 0x4D4E0A7D
    mov edx, 0xFFFFFFFF
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s130_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s130_b)], 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s130_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s131_a: dd 0x7FFFFFFF, 0x80000061, 0x80007FFF, 0xFFFF7FFF
s131_b: dd 0x00610030, 0x80000000, 0xFFFF7FFF, 0x00417FFF
s131_r: dd 0xFFFF0000, 0xFFFF0000, 0xFFFFFFFF, 0x0000FFFF
    CODE32
    mov ebx, 131
    movdqa xmm1, [LIN16(s131_a)]
    movdqu xmm2, [LIN16(s131_b)]
    mov eax, 0x9150FF36
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s131_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s131_b)], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s131_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s132_a: dd 0x7F7F6161, 0x61803980, 0x39434161, 0x42004142
s132_b: dd 0x8043FF41, 0xFF616261, 0xFF614343, 0x61428042
s132_r: dd 0x0000FF00, 0xFF00FF00, 0xFF000000, 0x00000000
    CODE32
    mov ebx, 132
    movdqa xmm1, [LIN16(s132_a)]
    movdqu xmm2, [LIN16(s132_b)]
    mov eax, 0x736C45BB
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s132_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s132_b)], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s132_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s133_a: dd 0x00300042, 0x7FFF0041, 0x00410042, 0x00000042
s133_b: dd 0x00420030, 0xFFFF0030, 0x00610030, 0x00007FFF
s133_r: dd 0x000000D7, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 133
    movdqa xmm1, [LIN16(s133_a)]
    movdqu xmm2, [LIN16(s133_b)]
    mov eax, 0xFFFFFFF5
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s133_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s133_b)], 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s133_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x03
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s134_a: dd 0x62433930, 0x6142FF61, 0x39434380, 0x41423930
s134_b: dd 0x42FFFF61, 0x41308062, 0x80614280, 0x7F7F6262
s134_r: dd 0x00000000, 0x00000000, 0x00000000, 0xFFFF0000
    CODE32
    mov ebx, 134
    movdqa xmm1, [LIN16(s134_a)]
    movdqu xmm2, [LIN16(s134_b)]
    mov eax, 0x0000000E
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s134_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s134_b)], 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s134_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x76
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s135_a: dd 0x427F7F41, 0x00613041, 0x30434162, 0x61808030
s135_b: dd 0x42624243, 0xFF4280FF, 0x39004342, 0x41414180
s135_r: dd 0x00000008, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 135
    movdqa xmm1, [LIN16(s135_a)]
    movdqu xmm2, [LIN16(s135_b)]
    mov eax, 0x1448F92E
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s135_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s135_b)], 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s135_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x0A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s136_a: dd 0x42003043, 0x62804130, 0x42426243, 0x80434261
s136_b: dd 0x43618030, 0xFF41FF7F, 0x62613062, 0x4361FF39
s136_r: dd 0x0000EDBE, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 136
    movdqa xmm1, [LIN16(s136_a)]
    movdqu xmm2, [LIN16(s136_b)]
    mov eax, 0xFFFFFFFB
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s136_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s136_b)], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s136_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x34
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s137_a: dd 0x00420030, 0x00300042, 0x00410061, 0x80008000
s137_b: dd 0x0000FFFF, 0x7FFF0041, 0x0042FFFF, 0x00420042
s137_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 137
    movdqa xmm1, [LIN16(s137_a)]
    movdqu xmm2, [LIN16(s137_b)]
    mov eax, 0x00000012
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s137_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s137_b)], 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s137_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x6B
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s138_a: dd 0x62437F61, 0x7F804230, 0x39304143, 0x61424139
s138_b: dd 0x61433043, 0x42306161, 0x80418041, 0x7F4230FF
s138_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 138
    movdqa xmm1, [LIN16(s138_a)]
    movdqu xmm2, [LIN16(s138_b)]
    mov eax, 0x200A32DD
    mov edx, 0x00000006
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s138_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s138_b)], 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s138_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x2C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s139_a: dd 0x62624380, 0x437F0041, 0x62FF3939, 0x4242FF7F
s139_b: dd 0x807F6161, 0x7F8061FF, 0x30393941, 0x61423939
s139_r: dd 0x00008823, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 139
    movdqa xmm1, [LIN16(s139_a)]
    movdqu xmm2, [LIN16(s139_b)]
    mov eax, 0xCE04F83E
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s139_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s139_b)], 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s139_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x32
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s140_a: dd 0x007F3939, 0xFF304380, 0x39304261, 0x62417F80
s140_b: dd 0x39804362, 0x614261FF, 0x39433941, 0x30433062
s140_r: dd 0x00000800, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 140
    movdqa xmm1, [LIN16(s140_a)]
    movdqu xmm2, [LIN16(s140_b)]
    mov eax, 0xB96531F1
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s140_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s140_b)], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s140_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x08
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s141_a: dd 0xFFFF8000, 0x00410041, 0x00420030, 0x00420041
s141_b: dd 0x00617FFF, 0x00417FFF, 0x7FFFFFFF, 0x00000030
s141_r: dd 0x00000058, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 141
    movdqa xmm1, [LIN16(s141_a)]
    movdqu xmm2, [LIN16(s141_b)]
    mov eax, 0x0000000C
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s141_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s141_b)], 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s141_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x23
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s142_a: dd 0x00008000, 0x00610061, 0x7FFF0061, 0x7FFF7FFF
s142_b: dd 0x80007FFF, 0x00618000, 0x00417FFF, 0x00300041
s142_r: dd 0xFFFF0000, 0x0000FFFF, 0xFFFF0000, 0xFFFFFFFF
    CODE32
    mov ebx, 142
    movdqa xmm1, [LIN16(s142_a)]
    movdqu xmm2, [LIN16(s142_b)]
    mov eax, 0x0EB29F82
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s142_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s142_b)], 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s142_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s143_a: dd 0x80000061, 0x00410042, 0x00420061, 0xFFFF0042
s143_b: dd 0x7FFF0000, 0x7FFFFFFF, 0x7FFF0061, 0x00420030
s143_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 143
    movdqa xmm1, [LIN16(s143_a)]
    movdqu xmm2, [LIN16(s143_b)]
    mov eax, 0x869B1B9E
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s143_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s143_b)], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s143_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x4D
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s144_a: dd 0x7F433062, 0x30FF4180, 0x41FF6143, 0x00FF6243
s144_b: dd 0x3039627F, 0x80626243, 0x80307F61, 0x30624239
s144_r: dd 0x0000FFFF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 144
    movdqa xmm1, [LIN16(s144_a)]
    movdqu xmm2, [LIN16(s144_b)]
    mov eax, 0xD1D30208
    mov edx, 0xFFFFFFFD
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x42
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s144_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s144_b)], 0x42
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s144_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x42
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s145_a: dd 0x43413043, 0xFF80FF62, 0x39624239, 0x62003930
s145_b: dd 0x00414180, 0x7F30627F, 0x42616230, 0x397F42FF
s145_r: dd 0x00FF0000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 145
    movdqa xmm1, [LIN16(s145_a)]
    movdqu xmm2, [LIN16(s145_b)]
    mov eax, 0xFFFFFFF3
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s145_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s145_b)], 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s145_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x68
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x81
    call fcheck
    CODE16
    align 16
s146_a: dd 0x80393930, 0x43433030, 0x6239FFFF, 0x42306100
s146_b: dd 0x617F41FF, 0x6139397F, 0x4343627F, 0x42FF6161
s146_r: dd 0x00000003, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 146
    movdqa xmm1, [LIN16(s146_a)]
    movdqu xmm2, [LIN16(s146_b)]
    mov eax, 0x6618C717
    mov edx, 0xFFFFFFFE
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s146_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s146_b)], 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s146_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x3C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x841
    call fcheck
    CODE16
    align 16
s147_a: dd 0x62FF7F7F, 0x6261617F, 0x427F3042, 0x42FF4130
s147_b: dd 0x00804161, 0x41FF6280, 0x7FFF7F80, 0x80FF4141
s147_r: dd 0x0000FFFF, 0xFF00FF00, 0xFF00FF00, 0x0000FFFF
    CODE32
    mov ebx, 147
    movdqa xmm1, [LIN16(s147_a)]
    movdqu xmm2, [LIN16(s147_b)]
    mov eax, 0xFBD575BA
    mov edx, 0x00000010
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s147_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s147_b)], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s147_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x44
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s148_a: dd 0x00300061, 0xFFFF0030, 0x7FFFFFFF, 0x00420041
s148_b: dd 0xFFFF0030, 0x80000061, 0x00410061, 0x00617FFF
s148_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 148
    movdqa xmm1, [LIN16(s148_a)]
    movdqu xmm2, [LIN16(s148_b)]
    mov eax, 0x15BD4F82
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s148_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s148_b)], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s148_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x75
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s149_a: dd 0x00610030, 0x0061FFFF, 0x00617FFF, 0x7FFF0041
s149_b: dd 0x80008000, 0x7FFF7FFF, 0x8000FFFF, 0x00610042
s149_r: dd 0xFFFFFFFF, 0x00000000, 0xFFFF0000, 0x0000FFFF
    CODE32
    mov ebx, 149
    movdqa xmm1, [LIN16(s149_a)]
    movdqu xmm2, [LIN16(s149_b)]
    mov eax, 0xB09E30A8
    mov edx, 0x00000008
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s149_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s149_b)], 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s149_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x51
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s150_a: dd 0x00308000, 0x00300042, 0x7FFF7FFF, 0x00300042
s150_b: dd 0x0030FFFF, 0x00307FFF, 0x7FFF0061, 0x00410030
s150_r: dd 0xFFFF0000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 150
    movdqa xmm1, [LIN16(s150_a)]
    movdqu xmm2, [LIN16(s150_b)]
    mov eax, 0x00000013
    mov edx, 0x00000002
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x63
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s150_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s150_b)], 0x63
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s150_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x63
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x41
    call fcheck
    CODE16
    align 16
s151_a: dd 0x00610000, 0x00427FFF, 0x7FFFFFFF, 0x00610061
s151_b: dd 0x7FFF0041, 0x7FFF0042, 0x80000061, 0x00300041
s151_r: dd 0xFFFF0000, 0xFFFF0000, 0xFFFF0000, 0x00000000
    CODE32
    mov ebx, 151
    movdqa xmm1, [LIN16(s151_a)]
    movdqu xmm2, [LIN16(s151_b)]
    mov eax, 0x45D0B7DA
    mov edx, 0xFFFFFFF2
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s151_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s151_b)], 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s151_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x55
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s152_a: dd 0x80303042, 0x7FFF4243, 0x6139FF62, 0x00416230
s152_b: dd 0x43394339, 0x61424143, 0x4139FF00, 0x41804241
s152_r: dd 0x0000F9EF, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 152
    movdqa xmm1, [LIN16(s152_a)]
    movdqu xmm2, [LIN16(s152_b)]
    mov eax, 0xD2C81F73
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s152_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s152_b)], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s152_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x3A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s153_a: dd 0x00610042, 0x00418000, 0xFFFF0041, 0x00420042
s153_b: dd 0xFFFFFFFF, 0x7FFF7FFF, 0x80007FFF, 0x00000030
s153_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 153
    movdqa xmm1, [LIN16(s153_a)]
    movdqu xmm2, [LIN16(s153_b)]
    mov eax, 0xF87D1653
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s153_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s153_b)], 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s153_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x69
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x0
    call fcheck
    CODE16
    align 16
s154_a: dd 0x397F8042, 0x41616142, 0x41617F39, 0x41614261
s154_b: dd 0x61610041, 0x397FFF41, 0x80434162, 0x42428041
s154_r: dd 0x0000FF00, 0x0000FF00, 0x00FF00FF, 0x00000000
    CODE32
    mov ebx, 154
    movdqa xmm1, [LIN16(s154_a)]
    movdqu xmm2, [LIN16(s154_b)]
    mov eax, 0x07732943
    mov edx, 0x00000013
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s154_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s154_b)], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s154_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x70
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x1
    call fcheck
    CODE16
    align 16
s155_a: dd 0x00410030, 0x7FFFFFFF, 0x00410030, 0xFFFFFFFF
s155_b: dd 0xFFFF7FFF, 0x0061FFFF, 0x80008000, 0x00417FFF
s155_r: dd 0xFFFFFFFF, 0x0000FFFF, 0x00000000, 0xFFFFFFFF
    CODE32
    mov ebx, 155
    movdqa xmm1, [LIN16(s155_a)]
    movdqu xmm2, [LIN16(s155_b)]
    mov eax, 0x0000000F
    mov edx, 0x0000000B
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s155_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s155_b)], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s155_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x43
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x801
    call fcheck
    CODE16
    align 16
s156_a: dd 0x7F423961, 0x30FFFF42, 0x42614242, 0x62623042
s156_b: dd 0x7F7F8043, 0x42416130, 0x7F420042, 0x8039FF61
s156_r: dd 0xFF000000, 0xFF000000, 0xFFFFFFFF, 0xFFFFFFFF
    CODE32
    mov ebx, 156
    movdqa xmm1, [LIN16(s156_a)]
    movdqu xmm2, [LIN16(s156_b)]
    mov eax, 0x00000006
    mov edx, 0x00000007
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s156_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s156_b)], 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s156_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s157_a: dd 0x62624362, 0x39304130, 0x43800042, 0x62307F80
s157_b: dd 0x3041FF39, 0x3030FF61, 0x42306141, 0x414243FF
s157_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 157
    movdqa xmm1, [LIN16(s157_a)]
    movdqu xmm2, [LIN16(s157_b)]
    mov eax, 0x00000000
    mov edx, 0x0000000E
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s157_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s157_b)], 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s157_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x5C
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC0
    call fcheck
    CODE16
    align 16
s158_a: dd 0x61FF41FF, 0x6142FF39, 0x62416261, 0x7F434239
s158_b: dd 0x30613962, 0x61424162, 0x437F7F62, 0x39427F42
s158_r: dd 0x00000000, 0x00000000, 0x00000000, 0xFFFF0000
    CODE32
    mov ebx, 158
    movdqa xmm1, [LIN16(s158_a)]
    movdqu xmm2, [LIN16(s158_b)]
    mov eax, 0xFFFFFFFF
    mov edx, 0x0000000E
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s158_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s158_b)], 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s158_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x6A
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0xC1
    call fcheck
    CODE16
    align 16
s159_a: dd 0xFFFF0042, 0x7FFF0041, 0x7FFF8000, 0x7FFFFFFF
s159_b: dd 0x00410042, 0x00610061, 0x80000000, 0x7FFF7FFF
s159_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 159
    movdqa xmm1, [LIN16(s159_a)]
    movdqu xmm2, [LIN16(s159_b)]
    mov eax, 0x6EABD1DE
    mov edx, 0x00000000
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s159_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s159_b)], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s159_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x25
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x40
    call fcheck
    CODE16
    align 16
s160_a: dd 0x00300041, 0x00300042, 0x7FFF0061, 0x00610061
s160_b: dd 0x00410041, 0x00300042, 0x7FFF7FFF, 0x0061FFFF
s160_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
    CODE32
    mov ebx, 160
    movdqa xmm1, [LIN16(s160_a)]
    movdqu xmm2, [LIN16(s160_b)]
    mov eax, 0xFFFFFFFC
    mov edx, 0x0000000A
    mov ecx, 0x5A5A5A5A
    pcmpeqb xmm0, xmm0
    SETF F_ARITH
    pcmpestrm xmm1, xmm2, 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s160_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    pcmpestrm xmm1, [LIN16(s160_b)], 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck
    movdqu [res], xmm0
    mov esi, LIN16(s160_r)
    call vcheck
    pcmpeqb xmm0, xmm0
    movdqu [buf+1], xmm2
    pcmpestrm xmm1, [buf+1], 0x0F
    pushfd
    pop esi
    and esi, F_ARITH
    mov edi, 0x80
    call fcheck

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
