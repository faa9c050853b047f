; LAR, LSL, VERR, VERW: ZF=1 with the access rights (masked 00FxFF00H / FF00H) or the
; byte-granular limit (G=1 scaled to 4 KiB units, low 12 bits set) for visible
; descriptors; ZF=0 and the destination unchanged for the null selector, a selector past
; the GDT limit, descriptor types the instruction does not accept (interrupt gates for LAR,
; call gates for LSL), and DPL < max(CPL, RPL) for data and non-conforming code; VERR/VERW
; report readability/writability at the current privilege level.
; SDM vol. 2A "LAR" (valid descriptor types table, "masked by 00FXFF00H"), "LSL", vol. 2B
; "VERR/VERW".
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_BYTE  equ SEL_FREE              ; data, byte granular, limit 0x1234
SEL_XONLY equ SEL_FREE + 0x08       ; execute-only code
SEL_RO    equ SEL_FREE + 0x10       ; read-only data
SEL_IGATE equ SEL_FREE + 0x18       ; an interrupt gate in the GDT
SEL_CGATE equ SEL_FREE + 0x20       ; a call gate, DPL 3
SEL_CONF  equ SEL_FREE + 0x28       ; conforming readable code, DPL 0

; ZF must be as given
%macro ZF_IS 2
    CHECK_FLAGS F_ZF, %1, %2
%endmacro

TEST_START
    GO_PM32
    SET_DESC SEL_BYTE, 0x1000, 0x01234, 0x93, 0x40
    SET_DESC SEL_XONLY, 0, 0xFFFFF, 0x99, 0xC0
    SET_DESC SEL_RO, 0, 0xFFFFF, 0x91, 0xC0
    SET_GATE GDT_BASE + SEL_IGATE, SEL_CODE32, 0x12345678, 0x8E
    SET_GATE GDT_BASE + SEL_CGATE, SEL_CODE32, 0x12345678, 0xEC, 3
    SET_DESC SEL_CONF, 0, 0xFFFFF, 0x9F, 0xC0

    ; ---- LAR
    mov ecx, SEL_CODE32
    SETF 0
    lar eax, ecx
    ZF_IS F_ZF, "LAR code32"
    and eax, 0x00F0FF00
    CHECK eax, 0x00C09B00
    mov cx, SEL_DATA32
    lar ax, cx
    CHECK ax, 0x9300
    mov cx, SEL_TSS
    lar eax, cx
    ZF_IS F_ZF, "LAR busy TSS"
    and eax, 0x00F0FF00
    CHECK eax, 0x00008B00
    mov cx, SEL_CGATE
    lar eax, cx
    ZF_IS F_ZF, "LAR call gate"
    and eax, 0x00F0FF00
    CHECK eax, 0x0030EC00            ; dword 2 = offset[31:16]=1234h, EC00h, count 3
    ; rejected: destination unchanged
    mov eax, 0xDEADBEEF
    xor cx, cx
    SETF F_ZF
    lar eax, cx
    ZF_IS 0, "LAR null"
    CHECK eax, 0xDEADBEEF
    mov cx, GDT_ENTRIES * 8
    SETF F_ZF
    lar eax, cx
    ZF_IS 0, "LAR past the GDT limit"
    mov cx, SEL_IGATE
    SETF F_ZF
    lar eax, cx
    ZF_IS 0, "LAR interrupt gate"
    CHECK eax, 0xDEADBEEF
    mov cx, SEL_DATA32 | 3          ; RPL 3 > DPL 0
    SETF F_ZF
    lar eax, cx
    ZF_IS 0, "LAR with RPL > DPL"

    ; ---- LSL
    mov cx, SEL_DATA32
    SETF 0
    lsl eax, cx
    ZF_IS F_ZF, "LSL flat"
    CHECK eax, 0xFFFFFFFF
    mov cx, SEL_BYTE
    lsl eax, cx
    CHECK eax, 0x1234
    mov cx, SEL_TSS
    lsl eax, cx
    CHECK eax, 0x67
    mov eax, 0xDEADBEEF
    mov cx, SEL_CGATE
    SETF F_ZF
    lsl eax, cx
    ZF_IS 0, "LSL call gate"
    CHECK eax, 0xDEADBEEF

    ; ---- VERR / VERW
    mov cx, SEL_CODE32
    SETF 0
    verr cx
    ZF_IS F_ZF, "VERR readable code"
    mov cx, SEL_XONLY
    SETF F_ZF
    verr cx
    ZF_IS 0, "VERR execute-only code"
    mov cx, SEL_DATA32
    SETF 0
    verw cx
    ZF_IS F_ZF, "VERW data"
    mov cx, SEL_RO
    SETF F_ZF
    verw cx
    ZF_IS 0, "VERW read-only data"
    mov cx, SEL_CODE32
    SETF F_ZF
    verw cx
    ZF_IS 0, "VERW code"

    ; ---- at CPL 3
    TO_RING3
    mov cx, SEL_DATA32
    SETF F_ZF
    lar eax, cx
    ZF_IS 0, "LAR DPL 0 data at CPL 3"
    SETF F_ZF
    verr cx
    ZF_IS 0, "VERR DPL 0 data at CPL 3"
    mov cx, SEL_DATA32_R3
    SETF 0
    verw cx
    ZF_IS F_ZF, "VERW DPL 3 data at CPL 3"
    mov cx, SEL_CONF | 3
    SETF 0
    lar eax, cx
    ZF_IS F_ZF, "LAR conforming code at CPL 3"
    SETF 0
    verr cx
    ZF_IS F_ZF, "VERR conforming readable code at CPL 3"
    TO_RING0
    PASS
