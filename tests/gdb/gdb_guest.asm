; The guest of the gdb and determinism tests (tests/gdb): a loop that stores to memory,
; takes a software interrupt (INT 30h) every 8th iteration and a #UD fault (UD2, skipped
; by its handler) every 16th, then checks its totals and exits through isa-debug-exit.
; The labels l_* mark each instruction of the loop body so that the gdb scripts can
; expect exact pc values after each stepi; run_gdb.py reads their addresses from the
; NASM map file. ITERATIONS can be overridden with -DITERATIONS=N; with -DFOREVER the
; loop restarts instead of ending (the Ctrl-C test); with -DSPIN the guest only spins in
; a loop of registers alone, which leaves generated code for no helper and no exception
; (the Ctrl-C test's other half).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

%ifndef ITERATIONS
%define ITERATIONS 200
%endif

[absolute TESTVARS]
counter:  resd 1        ; incremented once per iteration (the watchpoint's target)
sum:      resd 1        ; 1 + 2 + ... + ITERATIONS
ints:     resd 1        ; INT 30h taken
uds:      resd 1        ; #UD taken
scratch:  resd 4        ; written by the debugger only

TEST_START
    GO_PM32
    SET_IDT 0x30, int30_handler, GATE_INT32
    SET_IDT 6, ud_handler, GATE_INT32
%ifdef SPIN
l_spin:
    inc ebx
    jmp l_spin
l_spin_end:
%endif
    xor eax, eax
    mov [counter], eax
    mov [sum], eax
    mov [ints], eax
    mov [uds], eax
    mov ecx, ITERATIONS
l_top:
    inc dword [counter]
l_load:
    mov eax, [counter]
l_add:
    add [sum], eax
l_test8:
    test eax, 7
l_jnz8:
    jnz l_no_int
l_int:
    int 0x30
l_no_int:
    test eax, 15
l_jnz16:
    jnz l_no_ud
l_ud:
    ud2
l_no_ud:
    dec ecx
l_jnz_top:
    jnz l_top
l_end:
%ifdef FOREVER
    mov ecx, ITERATIONS
    jmp l_top
%endif
    CHECK dword [counter], ITERATIONS
    CHECK dword [sum], ITERATIONS * (ITERATIONS + 1) / 2
    CHECK dword [ints], ITERATIONS / 8
    CHECK dword [uds], ITERATIONS / 16
    PASS

int30_handler:
    inc dword [ints]
    iretd

ud_handler:
    inc dword [uds]
    add dword [esp], 2      ; resume after the 2-byte UD2
    iretd
