; Real-mode INT n, INT3, INTO, IRET/IRETD: the IVT lookup, the 3-word frame (FLAGS, CS, IP
; of the next instruction), IF and TF cleared in the handler, FLAGS restored by IRET
; (including a change the handler made to the saved image), INTO only when OF=1 (trap:
; saved IP after the INTO), and a 32-bit IRETD frame.
; SDM vol. 2A "INT n/INTO/INT3/INT1" (REAL-ADDRESS-MODE operation), "IRET/IRETD";
; vol. 3, 21.1.4 (interrupt and exception handling in real-address mode).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
h_sp:    resw 1
h_flags: resw 1
h_ip:    resw 1
h_cs:    resw 1
h_fimg:  resw 1
h_count: resw 1

TEST_START
    IVT_SET 0x40, h40
    IVT_SET 0x41, h41
    ; ---- INT n frame and flags
    SETF F_CF|F_IF|F_SF
    int 0x40
.after40:
    CHECK_FLAGS F_CF|F_IF|F_SF|F_ZF, F_CF|F_IF|F_SF, "IRET restored FLAGS"
    cli
    CHECK word [h_sp], RM_STACK_TOP - 6
    CHECK word [h_ip], .after40
    CHECK word [h_cs], 0xF000
    CHECK word [h_fimg], F_CF|F_IF|F_SF|2
    CHECK word [h_flags], F_CF|F_SF|2, "handler runs with IF=0 (other flags as before)"
    ; ---- the handler edits the saved FLAGS: IRET loads the edited image
    SETF 0
    int 0x41
    CHECK_FLAGS F_ZF|F_CF, F_ZF
    ; ---- INT imm8 with the CC form and the CD 03 form
    EXC_ARM .r3
    int3
.r3:
    CHECK_EXC 3, NOERR, .r3
    EXC_ARM .r3b
    int 3
.r3b:
    CHECK_EXC 3, NOERR, .r3b
    ; ---- INTO: no interrupt with OF=0; vector 4 (trap, IP after INTO) with OF=1
    mov word [h_count], 0
    EXC_ARM .r4
    SETF 0
    into
    CHECK dword [exc_count], 0
    SETF F_OF
    into
.r4:
    CHECK_EXC 4, NOERR, .r4
    CHECK dword [exc_eflags], F_OF|2
    ; ---- IRETD (66 CF): EIP, CS, EFLAGS as dwords
    mov dx, sp
    push dword F_CF|2
    push dword 0xF000
    push dword .after_iretd
    iretd
    EXIT 90
.after_iretd:
    mov si, sp
    CHECK si, dx
    CHECK_FLAGS F_ARITH, F_CF
    ; ---- 16-bit IRET to another CS value: F000:x == EF00:(x+0x1000)
    push word 0
    push word 0xEF00
    push word .after_iret16 + 0x1000
    iret
.after_iret16:
    CHECK_SEG cs, 0xEF00
    jmp 0xF000:.back
.back:
    CHECK_SEG cs, 0xF000
    PASS

h40:
    push bp
    mov bp, sp
    push ax
    lea ax, [bp+2]
    mov [h_sp], ax
    pushf
    pop ax
    mov [h_flags], ax
    mov ax, [bp+2]
    mov [h_ip], ax
    mov ax, [bp+4]
    mov [h_cs], ax
    mov ax, [bp+6]
    mov [h_fimg], ax
    pop ax
    pop bp
    iret

h41:
    push bp
    mov bp, sp
    or word [bp+6], F_ZF
    pop bp
    iret
