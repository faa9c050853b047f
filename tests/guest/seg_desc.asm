; Segment descriptors in protected mode: a load sets the descriptor's accessed bit in the
; GDT; the base applies to data (FS), stack (SS: PUSH writes at SS.base+ESP) and code (CS:
; a near CALL pushes the offset within CS); the hidden part keeps the old base until the
; register is reloaded; expand-down data with B=1 addresses SS.base+offset like any other;
; a readable code segment can be loaded into a data register and read; a conforming
; readable code segment with DPL 0 loads into DS at CPL 3 (no privilege check).
; SDM vol. 3, 3.4.3 "Segment Registers" (hidden part loaded only on a segment load),
; 3.4.5 / 3.4.5.1 (accessed bit: "set when the segment selector is loaded into a segment
; register"), 5.6 "Privilege Level Checking When Accessing Data Segments" (conforming code
; segments: no DPL check), vol. 2A "MOV" (segment loads).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

SEL_A    equ SEL_FREE               ; data at 0x200000, not yet accessed
SEL_STK  equ SEL_FREE + 0x08        ; stack data at 0x210000
SEL_CB   equ SEL_FREE + 0x10        ; 32-bit code with base TEXT32_LINEAR
SEL_XD   equ SEL_FREE + 0x18        ; expand-down data at 0x220000, limit 0xFFF, B=1
SEL_CONF equ SEL_FREE + 0x20        ; conforming readable code, DPL 0

TEST_START
    GO_PM32
    SET_DESC SEL_A, 0x200000, 0xFFFFF, 0x92, 0xC0
    SET_DESC SEL_STK, 0x210000, 0xFFFFF, 0x92, 0xC0
    SET_DESC SEL_CB, TEXT32_LINEAR, 0x07FFF, 0x9A, 0x40
    SET_DESC SEL_XD, 0x220000, 0x00FFF, 0x96, 0x40
    SET_DESC SEL_CONF, 0, 0xFFFFF, 0x9E, 0xC0
    mov dword [0x200010], 0xAAAA0010
    mov dword [0x300010], 0xBBBB0010
    mov dword [0x222000], 0xCCCC2000

    ; accessed bit
    CHECK byte [GDT_BASE + SEL_A + 5], 0x92
    mov ax, SEL_A
    mov fs, ax
    CHECK byte [GDT_BASE + SEL_A + 5], 0x93, "accessed bit set by the load"
    ; base
    CHECK dword [fs:0x10], 0xAAAA0010
    mov dword [fs:0x20], 0x12345678
    CHECK dword [0x200020], 0x12345678
    ; the hidden part keeps the old base until a reload
    SET_DESC SEL_A, 0x300000, 0xFFFFF, 0x93, 0xC0
    CHECK dword [fs:0x10], 0xAAAA0010, "cached base used until FS is reloaded"
    mov ax, SEL_A
    mov fs, ax
    CHECK dword [fs:0x10], 0xBBBB0010, "new base after the reload"

    ; stack base
    mov ebx, esp
    mov ax, SEL_STK
    mov ss, ax
    mov esp, 0x1000
    push dword 0x55AA55AA
    mov ecx, esp
    mov ax, SEL_DATA32
    mov ss, ax
    mov esp, ebx
    CHECK ecx, 0x0FFC
    CHECK dword [0x210FFC], 0x55AA55AA, "PUSH wrote at SS.base + ESP"

    ; code base
    call SEL_CB:(in_cb - TEXT32_LINEAR)
    CHECK eax, cb_next - TEXT32_LINEAR, "near CALL pushed the offset within CS"
    CHECK ebx, SEL_CB
    CHECK ecx, 0x0000C0DE

    ; expand-down, B=1: offsets above the limit are the valid ones
    mov ax, SEL_XD
    mov gs, ax
    CHECK dword [gs:0x2000], 0xCCCC2000

    ; readable code into a data register
    mov ax, SEL_CB
    mov gs, ax
    mov eax, [gs:cb_marker - TEXT32_LINEAR]
    CHECK eax, 0x0000C0DE
    mov ax, SEL_DATA32
    mov gs, ax

    ; conforming code, DPL 0, into DS at CPL 3
    TO_RING3
    mov ax, SEL_CONF | 3
    EXC_ARM .r1
    mov ds, ax
.r1:
    mov ebx, ds
    mov eax, [lib_idtr32 + 2]       ; a read through the code segment
    mov cx, SEL_DATA32_R3           ; (no writes through DS while it holds code)
    mov ds, cx
    EXC_DISARM
    CHECK dword [exc_count], 0, "conforming code segment loads into DS at CPL 3"
    CHECK bx, SEL_CONF | 3
    CHECK eax, IDT_BASE
    TO_RING0
    PASS

in_cb:                              ; runs with CS.base = TEXT32_LINEAR
    call cb_next
cb_next:
    pop eax
    mov bx, cs
    movzx ebx, bx
    mov ecx, [cs:cb_marker - TEXT32_LINEAR]
    retf
cb_marker:
    dd 0x0000C0DE
