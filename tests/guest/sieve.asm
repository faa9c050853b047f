; A compute loop: the sieve of Eratosthenes below 100000 in 32-bit protected mode, checked
; against the known results (9592 primes, sum 454396537, largest 99991). Exercises the
; ordinary integer path at length (MUL, compare/branch, byte stores, REP STOSB) and is the
; program to time the interpreter with.
; Expected values: number theory (pi(10^5) = 9592), not an emulator run.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

N     equ 100000
SIEVE equ RAM_HIGH

TEST_START
    GO_PM32
    mov edi, SIEVE
    mov ecx, N
    mov al, 1
    cld
    rep stosb
    mov byte [SIEVE], 0
    mov byte [SIEVE+1], 0
    mov ebx, 2
.outer:
    mov eax, ebx
    mul eax
    cmp eax, N
    jae .count
    cmp byte [SIEVE+ebx], 0
    je .next
    mov edi, eax
.inner:
    mov byte [SIEVE+edi], 0
    add edi, ebx
    cmp edi, N
    jb .inner
.next:
    inc ebx
    jmp .outer
.count:
    xor ecx, ecx                    ; count
    xor esi, esi                    ; sum
    xor edx, edx                    ; largest
    xor ebx, ebx
.scan:
    cmp byte [SIEVE+ebx], 0
    je .skip
    inc ecx
    add esi, ebx
    mov edx, ebx
.skip:
    inc ebx
    cmp ebx, N
    jb .scan
    PRINT "primes below 100000: "
    PRINTDEC ecx
    PRINT 10
    CHECK ecx, 9592
    CHECK esi, 454396537
    CHECK edx, 99991
    PASS
