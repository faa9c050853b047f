; 64-bit mode registers: REX.W operand size, R8-R15 through REX.R/X/B, SPL/BPL/SIL/DIL
; with any REX prefix (AH-BH without), zero-extension of 32-bit results into the full
; register while 8/16-bit writes keep the rest, MOV r64, imm64, sign-extended imm32 forms,
; MOVSXD, CBW/CWDE/CDQE, CWD/CDQ/CQO, 64-bit MUL/IMUL/DIV, shifts and rotates masking the
; count to 6 bits, BSWAP r64, XCHG with R8 (REX.B 90 is not NOP), LAHF/SAHF in 64-bit mode,
; and #UD for the opcodes 64-bit mode removed.
; SDM vol. 1, 3.4.1.1 (general-purpose registers in 64-bit mode), 3.6 (operand size);
; vol. 2, 2.2.1 (REX prefixes, table 2-5 byte registers), and each instruction's page.
; expect-exit: 1
; expect-output: PASS
; qemu-binary: qemu-system-x86_64
%include "tern.inc"
%include "lm.inc"

[absolute TESTVARS]
mem64: resq 2

TEST_START
    GO_PM32
    GO_LM64
    ; REX.W and imm64; sign-extended imm32
    mov rax, 0x8000000000000001
    CHECKQ rax, 0x8000000000000001
    mov rbx, -5                           ; REX.W C7 /0: imm32 sign-extended
    CHECKQ rbx, 0xFFFFFFFFFFFFFFFB
    ; 32-bit writes zero-extend, 16/8-bit writes merge
    mov rcx, -1
    mov ecx, 0x12345678
    CHECKQ rcx, 0x12345678
    mov rdx, -1
    mov dx, 0x1234
    CHECKQ rdx, 0xFFFFFFFFFFFF1234
    mov rdx, -1
    mov dl, 0x55
    mov dh, 0x66
    CHECKQ rdx, 0xFFFFFFFFFFFF6655
    mov rsi, -1
    add esi, 1                            ; 32-bit ALU result 0, upper half cleared
    CHECKQ rsi, 0
    mov rdi, 0xFFFFFFFF00000000
    xchg edi, edi                         ; a 32-bit XCHG with itself zero-extends too
    CHECKQ rdi, 0
    ; R8-R15 in every position
    mov r8, 0x0808080808080808
    mov r15, r8
    CHECKQ r15, 0x0808080808080808
    mov r9d, -1
    CHECKQ r9, 0xFFFFFFFF
    mov r10, -1
    mov r10w, 0
    CHECKQ r10, 0xFFFFFFFFFFFF0000
    mov r11, 0x1111111111111111
    mov r11b, 0xAB
    CHECKQ r11, 0x11111111111111AB
    lea r12, [r8 + r9 * 2 + 0x10]         ; REX.X index, REX.B base
    CHECKQ r12, 0x0808080808080808 + 2 * 0xFFFFFFFF + 0x10
    mov r13, mem64
    mov qword [r13], 0x77
    mov r14, [r13]                        ; base R13 (mod 00 rm 101 with REX.B needs disp8 0)
    CHECKQ r14, 0x77
    ; SPL BPL SIL DIL with REX; AH with no REX
    mov rax, 0x1122334455667788
    mov rsi, 0
    db 0x40, 0x88, 0xC6                   ; mov sil, al
    CHECKQ rsi, 0x88
    mov rdx, 0
    db 0x88, 0xE6                         ; mov dh, ah (no REX: AH, DH)
    CHECKQ rdx, 0x7700
    mov rdi, -1
    db 0x40, 0x88, 0xE7                   ; mov dil, spl (REX: reg 4 = SPL)
    mov rax, rsp
    and rax, 0xFF
    and rdi, 0xFF
    sub rdi, rax
    CHECKQ rdi, 0, "DIL = SPL"
    mov rbp, 0x100
    db 0x40, 0xFE, 0xC5                   ; inc bpl
    CHECKQ rbp, 0x101
    ; MOVSXD, CDQE, CQO, CWDE
    mov ecx, 0x80000000
    movsxd rax, ecx
    CHECKQ rax, 0xFFFFFFFF80000000
    mov rbx, -1
    db 0x63, 0xD9                         ; movsxd ebx, ecx (no REX.W: a 32-bit move)
    CHECKQ rbx, 0x80000000
    mov rax, 0x00000000FFFFFFFE
    cdqe
    CHECKQ rax, 0xFFFFFFFFFFFFFFFE
    cqo
    CHECKQ rdx, 0xFFFFFFFFFFFFFFFF
    mov rax, 0x7FFFFFFFFFFFFFFF
    cqo
    CHECKQ rdx, 0
    mov rax, 0x1234567800008000
    cwde
    CHECKQ rax, 0xFFFF8000
    ; 64-bit MUL / IMUL / DIV
    mov rax, 0xFFFFFFFFFFFFFFFF
    mov rbx, 0xFFFFFFFFFFFFFFFF
    mul rbx                               ; (2^64-1)^2 = 2^128 - 2^65 + 1
    CHECKQ rax, 1
    CHECKQ rdx, 0xFFFFFFFFFFFFFFFE
    CHECK_FLAGSQ F_CF|F_OF, F_CF|F_OF
    mov rax, -3
    mov rcx, 7
    imul rcx                              ; -21: RDX = -1
    CHECKQ rax, 0xFFFFFFFFFFFFFFEB
    CHECKQ rdx, 0xFFFFFFFFFFFFFFFF
    CHECK_FLAGSQ F_CF|F_OF, 0
    mov rax, 0x100000000
    imul rax, rax, 0x10                   ; 0x1000000000
    CHECKQ rax, 0x1000000000
    mov rdx, 1
    mov rax, 0                            ; RDX:RAX = 2^64
    mov rcx, 3
    div rcx                               ; 2^64 / 3 = 0x5555555555555555 r 1
    CHECKQ rax, 0x5555555555555555
    CHECKQ rdx, 1
    mov rax, -100
    cqo
    mov rcx, 7
    idiv rcx                              ; -14 r -2
    CHECKQ rax, 0xFFFFFFFFFFFFFFF2
    CHECKQ rdx, 0xFFFFFFFFFFFFFFFE
    ; shifts: the count is masked to 6 bits with REX.W, 5 bits without
    mov rax, 1
    mov cl, 63
    shl rax, cl
    CHECKQ rax, 0x8000000000000000
    mov rax, 1
    mov cl, 64 + 4                        ; masked to 4
    shl rax, cl
    CHECKQ rax, 0x10
    mov rax, 0xFFFFFFFF00000001
    shl eax, 33                           ; 32-bit: count 33 & 31 = 1, upper half cleared
    CHECKQ rax, 2
    mov rax, 0x8000000000000000
    sar rax, 63
    CHECKQ rax, 0xFFFFFFFFFFFFFFFF
    mov rax, 0x8000000000000001
    rol rax, 1
    CHECKQ rax, 3
    mov rax, 0x0123456789ABCDEF
    bswap rax
    CHECKQ rax, 0xEFCDAB8967452301
    mov r9, 0x0123456789ABCDEF
    bswap r9d
    CHECKQ r9, 0xEFCDAB89
    ; XCHG: 41 90 is xchg r8, rax... (REX.B), 90 alone is NOP
    mov rax, 1
    mov r8, 2
    db 0x49, 0x90                         ; xchg r8, rax
    CHECKQ rax, 2
    CHECKQ r8, 1
    ; LAHF / SAHF in 64-bit mode (CPUID.80000001H:ECX.LAHF-SAHF)
    SETFQ F_CF|F_ZF
    mov rax, 0
    lahf
    CHECKQ rax, (F_CF|F_ZF|2) << 8
    mov ah, F_SF|F_PF
    sahf
    CHECK_FLAGSQ F_ARITH, F_SF|F_PF
    ; opcodes that do not exist in 64-bit mode: #UD (SDM vol. 2, appendix A.2.5, "i64")
%macro UD64 1+
    EXC_ARM %%done
%%insn:
    db %1
%%done:
    CHECK_EXCQ 6, NOERR, %%insn
%endmacro
    UD64 0x06                             ; push es
    UD64 0x1F                             ; pop ds
    UD64 0x27                             ; daa
    UD64 0x37                             ; aaa
    UD64 0x60                             ; pusha
    UD64 0xCE                             ; into
    UD64 0xD4, 0x0A                       ; aam
    UD64 0xD6                             ; salc
    UD64 0x82, 0xC0, 0x01                 ; add al, 1 (the 82 alias)
    UD64 0x9A, 0, 0, 0, 0, 0x08, 0x00     ; call far ptr16:32
    UD64 0xEA, 0, 0, 0, 0, 0x08, 0x00     ; jmp far ptr16:32
    ; 16-bit operand size with 66: upper bits kept
    mov rax, 0xAAAAAAAAAAAA0001
    db 0x66, 0x83, 0xC0, 0xFF             ; add ax, -1
    CHECKQ rax, 0xAAAAAAAAAAAA0000
    PASSQ
