; LAHF/SAHF and PUSHF(D)/POPF(D): LAHF's AH layout (SF ZF 0 AF 0 PF 1 CF); SAHF loads only
; SF ZF AF PF CF (OF untouched; bits 1/3/5 fixed); which EFLAGS bits POPF(D) can change in
; real mode and at CPL 0 (RF cleared; VM, VIF, VIP unaffected; reserved bits fixed), the
; 16-bit POPF leaving EFLAGS[31:16] alone; at CPL 3 POPFD silently keeps IOPL, and keeps IF
; unless CPL <= IOPL; AC can be toggled at CPL 3.
; SDM vol. 2A "LAHF", vol. 2B "SAHF", "POPF/POPFD/POPFQ" (operation table: CPL vs IOPL),
; "PUSHF/PUSHFD/PUSHFQ"; vol. 1, 3.4.3 (EFLAGS layout, reserved bits).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

TEST_START
    ; ---- LAHF / SAHF
    SETF F_ARITH
    lahf
    CHECK ah, 0xD7
    SETF 0
    lahf
    CHECK ah, 0x02
    mov ah, 0xFF
    SETF F_OF
    sahf
    CHECK_FLAGS 0xFF|F_OF, 0xD7|F_OF, "SAHF: SF ZF AF PF CF set, bits 1/3/5 fixed, OF kept"
    mov ah, 0x00
    SETF F_ARITH
    sahf
    CHECK_FLAGS 0xFF|F_OF, 0x02|F_OF
    ; ---- real-mode POPF: everything but TF here, incl. IOPL and NT; bit 15 stays 0
    push word 0xFEFF
    popf
    pushf
    pop bx
    SETF 0
    CHECK bx, 0x7ED7
    ; POPFD: AC and ID; RF cleared, VM stays 0
    push dword F_AC|F_ID|F_RF|F_VM|2
    popfd
    pushfd
    pop ebx
    SETF 0
    and ebx, 0x003F0000
    CHECK ebx, F_AC|F_ID
    PRINT "real mode ok", 10

    GO_PM32
    ; ---- CPL 0: all of 0xFFFFFEFF (no TF)
    push dword 0xFFFFFEFF
    popfd
    pushfd
    pop ebx
    push dword 2
    popfd
    CHECK ebx, 0x00247ED7
    ; IOPL writable at CPL 0
    SETF 2 << 12
    pushfd
    pop ebx
    SETF 0
    and ebx, F_IOPL
    CHECK ebx, 2 << 12
    ; 16-bit POPF leaves bits 31:16
    SETF F_AC
    push word F_CF|2
    popfw                           ; 66 9D
    pushfd
    pop ebx
    SETF 0
    CHECK ebx, F_AC|F_CF|2
    ; LAHF/SAHF in protected mode
    mov ah, F_ZF|F_CF
    sahf
    CHECK_FLAGS F_ARITH, F_ZF|F_CF

    ; ---- CPL 3, IOPL 0: IOPL and IF silently kept
    TO_RING3 0
    push dword F_IF|F_IOPL|F_CF|F_AC|2
    popfd
    pushfd
    pop ebx
    CHECK ebx, F_CF|F_AC|2, "CPL 3 > IOPL 0: IF and IOPL unchanged, no fault"
    TO_RING0
    ; ---- CPL 3, IOPL 3: IF follows, IOPL still kept
    TO_RING3 3
    push dword F_IF|F_ZF|2          ; asks for IOPL 0
    popfd
    pushfd
    pop ebx
    cli
    CHECK ebx, F_IF|F_ZF|F_IOPL|2, "CPL 3 = IOPL 3: IF changes, IOPL does not"
    TO_RING0
    PASS
