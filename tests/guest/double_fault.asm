; Exception delivery that itself faults: with the #GP gate not present, a #GP becomes a
; #NP during delivery (contributory + contributory) and turns into a double fault #DF
; (vector 8, error code 0); with the #UD gate not present, a #UD (benign) becomes #NP with
; error code vector*8 + 2 + 1 (IDT and EXT set: the fault happened while delivering an
; earlier exception), delivered normally, saved EIP at the UD2.
; SDM vol. 3, 6.15 "Interrupt 8—Double Fault Exception (#DF)" (table 6-5: contributory
; then contributory -> #DF; benign then any -> handled serially; error code 0; saved CS:EIP
; undefined, so the handler does not return through the frame); 6.13 "Error Code" ("EXT
; ... indicates that the exception occurred during delivery of an event external to the
; program, such as an interrupt or an earlier exception"); vol. 2A "INT n" pseudo code
; ("IF gate not present THEN #NP(error_code(vector_number,1,EXT))").
; qemu-deviation: QEMU 7.2 TCG leaves EXT clear in that #NP error code (0x32, not 0x33).
; Ring 0 only: not checkable on the host CPU.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
df_err:   resd 1
df_count: resd 1
df_esp:   resd 1

TEST_START
    GO_PM32
    ; ---- #GP whose gate is not present: #NP during delivery -> #DF(0)
    SET_IDT 8, df_handler, GATE_INT32
    SET_IDT 13, 0, 0x0E             ; interrupt-gate type, P=0
    mov dword [df_count], 0
    mov dword [df_err], 0xFFFFFFFF
    mov [df_esp], esp
    mov ax, SEL_TSS
    mov ds, ax                      ; #GP(0x28) -> #NP(13*8+3) -> #DF
df_cont:
    mov ax, SEL_DATA32
    mov ds, ax
    SET_IDT 13, lib_pm_stubs + 13*PM_STUB_SIZE, GATE_INT32
    SET_IDT 8, lib_pm_stubs + 8*PM_STUB_SIZE, GATE_INT32
    CHECK dword [df_count], 1, "one double fault"
    CHECK dword [df_err], 0, "#DF error code is 0"

    ; ---- benign #UD whose gate is not present: #NP(6*8 + 2 + 1), no #DF
    SET_IDT 6, 0, 0x0E
    EXC_ARM .r1
.f1:
    ud2
.r1:
    SET_IDT 6, lib_pm_stubs + 6*PM_STUB_SIZE, GATE_INT32
    EXC_DISARM
    CHECK dword [exc_count], 1, "exactly one exception taken"
    CHECK dword [exc_vec], 11, "#NP, not #DF"
    CHECK dword [exc_eip], .f1
    QEMU_DEVIATION "QEMU 7.2 TCG clears EXT in the #NP error code"
    CHECK dword [exc_err], 6*8 + 3, "error code: vector 6, IDT=1, EXT=1"
    PASS

df_handler:                         ; frame: error code, EIP, CS, EFLAGS (CS:EIP undefined)
    mov ax, SEL_DATA32
    mov ds, ax
    mov eax, [esp]
    mov [df_err], eax
    inc dword [df_count]
    mov esp, [df_esp]
    push dword 2
    popfd
    jmp df_cont
