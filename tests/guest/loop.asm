; LOOP, LOOPE/LOOPZ, LOOPNE/LOOPNZ, JCXZ, JECXZ: the counter is CX or ECX by address size
; (67 prefix switches it, the other half untouched); decremented before the test, so a
; count of 0 runs 2^16 times with CX; the loops change no flag.
; SDM vol. 2A "LOOP/LOOPcc" ("The size of the count register used ... is determined by the
; address-size attribute"; "(E)CX ← (E)CX – 1 ... Flags: None"), "Jcc" (JCXZ/JECXZ).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
arr: resb 16

TEST_START
    ; ---- real mode: CX = 0 runs 65536 times
    xor cx, cx
    xor ebx, ebx
.l0:
    inc ebx
    loop .l0
    CHECK ebx, 0x10000
    CHECK cx, 0
    ; a32 LOOP uses ECX
    mov ecx, 0x00010002
    xor ebx, ebx
.l1:
    inc ebx
    a32 loop .l1
    CHECK ebx, 0x00010002
    CHECK ecx, 0
    ; JCXZ in real mode looks at CX only
    mov ecx, 0xFFFF0000
    jcxz .z1
    EXIT 99
.z1:
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- LOOP counts, flags untouched
    mov ecx, 10
    xor ebx, ebx
    SETF F_CF|F_ZF
.l2:
    inc ebx                         ; INC keeps CF; ZF from the result
    loop .l2
    CHECK ebx, 10
    CHECK ecx, 0
    CHECK_FLAGS F_CF|F_ZF, F_CF
    ; LOOP with ECX=1 falls through; ZF set beforehand stays
    mov ecx, 1
    SETF F_ZF
    loop .bad
    CHECK_FLAGS F_ZF, F_ZF
    CHECK ecx, 0
    jmp .ok1
.bad:
    EXIT 98
.ok1:
    ; a16 LOOP in 32-bit code uses CX only
    mov ecx, 0xFFFF0003
    xor ebx, ebx
.l3:
    inc ebx
    a16 loop .l3
    CHECK ebx, 3
    CHECK ecx, 0xFFFF0000

    ; ---- LOOPE: stops when ZF=0
    mov byte [arr+0], 7
    mov byte [arr+1], 7
    mov byte [arr+2], 8
    mov byte [arr+3], 7
    mov esi, arr
    mov ecx, 4
.l4:
    mov al, [esi]
    inc esi
    cmp al, 7
    loope .l4
    CHECK esi, arr+3
    CHECK ecx, 1
    CHECK_FLAGS F_ZF, 0
    ; LOOPE also stops when ECX reaches 0 with ZF=1
    mov ecx, 2
    xor ebx, ebx
.l5:
    inc ebx
    cmp eax, eax
    loope .l5
    CHECK ebx, 2
    CHECK ecx, 0
    ; ---- LOOPNE: stops when ZF=1 (search)
    mov esi, arr
    mov ecx, 16
    mov al, 8
.l6:
    cmp al, [esi]
    lea esi, [esi+1]
    loopne .l6
    CHECK esi, arr+3
    CHECK ecx, 13
    CHECK_FLAGS F_ZF, F_ZF

    ; ---- JECXZ / JCXZ
    xor ecx, ecx
    SETF F_CF
    jecxz .z2
    EXIT 97
.z2:
    CHECK_FLAGS F_CF, F_CF
    mov ecx, 0x00010000             ; CX = 0 but ECX != 0
    jecxz .bad2
    a16 jcxz .z3                    ; 67 E3: tests CX
    EXIT 96
.bad2:
    EXIT 95
.z3:
    mov ecx, 1
    jecxz .bad2
    PASS
