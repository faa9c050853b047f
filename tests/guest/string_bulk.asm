; REP string instructions over long and awkward ranges, where an emulator that runs many
; iterations at once must still behave element by element: overlapping MOVS forward (the
; copy onto itself + 1 replicates) and backward (DF=1, a correct memmove), MOVSD with
; misaligned operands across page boundaries, REPE CMPSB stopping at a difference in a
; later page (registers and SUB flags of the last comparison), REPNE SCASB as strlen,
; REP LODSW (last element), REP STOSW with DF=1 across a page, 16-bit SI wrapping at 64 KiB
; in real mode, REP STOSB into ROM (writes ignored), REP OUTSB/INSB on the debug port, and
; with paging page faults in the middle of a run: on the destination, on the source, with
; DF=1, with an element straddling into the missing page (nothing of it written); the
; registers tell the completed iterations, CR2 the faulting byte, EFLAGS (CMPS) the last
; completed comparison, and executing the instruction again finishes it; with EFLAGS.TF
; a single-step trap after each iteration (EIP at the REP until the last one).
; SDM vol. 2, MOVS/CMPS/SCAS/LODS/STOS/INS/OUTS and REP/REPE/REPZ/REPNE/REPNZ (a fault
; in an iteration leaves the registers describing the remaining iterations, and executing
; the instruction again continues it); vol. 1, 7.3.9.1; vol. 3, 4.7 (#PF error code,
; CR2), 6.5 (faults restart the instruction), 17.3.1.4 (single-step; the host CPU traps
; after each iteration too).
; expect-exit: 1
; expect-output-contains: bulk-out ok
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000
LIN  equ 0x400000          ; PT covers 0x400000-0x7FFFFF
PHYS equ 0x310000          ; LIN+n*0x1000 -> PHYS+n*0x1000 when present

SRC  equ RAM_HIGH          ; 2 MiB: identity mapped (PDE 0)
DST  equ RAM_HIGH + 0x10000
DST2 equ RAM_HIGH + 0x40000
BIG  equ 0x3000 + 0x105    ; dwords for the multi-page copy

[absolute TESTVARS]
buf:    resb 64
str:    resb 16
inbuf:  resb 8
ntraps:   resd 1
trap_eip: resd 8
trap_ecx: resd 8

TEST_START
    ; ---- real mode: SI wraps at 64 KiB (16-bit addressing)
    mov ax, 0x2000
    mov ds, ax
    mov byte [0xFFFE], 0x11
    mov byte [0xFFFF], 0x22
    mov byte [0x0000], 0x33
    mov byte [0x0001], 0x44
    xor ax, ax
    mov es, ax
    mov si, 0xFFFE
    mov di, buf
    mov cx, 4
    cld
    rep movsb
    xor ax, ax
    mov ds, ax
    CHECK dword [buf], 0x44332211, "REP MOVSB: SI wraps from FFFF to 0000"
    CHECK si, 2
    CHECK cx, 0

    GO_PM32
    ; ---- overlapping forward copy onto itself + 1: element by element
    mov edi, buf
    mov eax, 0x03020100
    mov ecx, 16
.fill:
    mov [edi], eax
    add eax, 0x04040404
    add edi, 4
    dec ecx
    jnz .fill
    mov esi, buf
    mov edi, buf + 1
    mov ecx, 3
    rep movsd
    CHECK dword [buf], 0x02010000, "REP MOVSD dst = src + 1"
    CHECK dword [buf + 4], 0x06050303
    CHECK dword [buf + 8], 0x0A090707
    CHECK dword [buf + 12], 0x0F0E0D0B
    ; backward (DF=1) onto itself + 1: a correct memmove
    mov edi, buf
    mov eax, 0x03020100
    mov ecx, 8
.fill2:
    mov [edi], eax
    add eax, 0x04040404
    add edi, 4
    dec ecx
    jnz .fill2
    mov esi, buf + 15
    mov edi, buf + 16
    mov ecx, 16
    std
    rep movsb
    cld
    CHECK dword [buf], 0x02010000, "REP MOVSB DF=1 dst = src + 1"
    CHECK dword [buf + 12], 0x0E0D0C0B
    CHECK dword [buf + 16], 0x1312110F
    CHECK esi, buf - 1
    CHECK edi, buf

    ; ---- a multi-page copy with both operands misaligned (elements straddle pages)
    mov edi, SRC + 0xFFE
    mov ecx, BIG
    mov eax, 0x9E3779B9
.pat:
    mov [edi], eax
    rol eax, 5
    add eax, ecx
    add edi, 4
    dec ecx
    jnz .pat
    mov esi, SRC + 0xFFE
    mov edi, DST + 0x1FFF
    mov ecx, BIG
    rep movsd
    CHECK ecx, 0
    CHECK esi, SRC + 0xFFE + BIG * 4
    CHECK edi, DST + 0x1FFF + BIG * 4
    mov esi, SRC + 0xFFE
    mov edi, DST + 0x1FFF
    mov ecx, BIG
    xor edx, edx
.cmp:
    mov eax, [esi]
    cmp eax, [edi]
    setne bl
    movzx ebx, bl
    add edx, ebx
    add esi, 4
    add edi, 4
    dec ecx
    jnz .cmp
    CHECK edx, 0, "multi-page REP MOVSD: mismatching dwords"

    ; ---- REPE CMPSB stops at the first difference, in the second page
    mov esi, SRC + 0xFFE
    mov edi, DST + 0x1FFF
    mov byte [DST + 0x1FFF + 5000], 0x20
    mov byte [SRC + 0xFFE + 5000], 0x10
    mov ecx, 8192
    repe cmpsb
    CHECK ecx, 8192 - 5001, "REPE CMPSB: stopped after the differing byte"
    CHECK esi, SRC + 0xFFE + 5001
    CHECK_FLAGS F_ZF|F_CF|F_SF|F_OF, F_CF|F_SF, "flags of 10h - 20h"
    ; ---- REPNE SCASB as strlen
    mov dword [str], 'abcd'
    mov dword [str + 4], 'efg'
    mov edi, str
    xor eax, eax
    mov ecx, 0xFFFFFFFF
    repne scasb
    CHECK ecx, 0xFFFFFFFF - 8, "REPNE SCASB: 7 characters and the 0"
    CHECK edi, str + 8
    CHECK_FLAGS F_ZF, F_ZF
    ; ---- REP LODSW: the last element stays in AX
    mov esi, str
    mov eax, 0x55550000
    mov ecx, 3
    rep lodsw
    CHECK eax, 0x55556665, "REP LODSW: AX = the third word"
    CHECK esi, str + 6
    ; ---- REP STOSW with DF=1 from one page down into the previous one
    mov edi, DST2 + 0x5004
    mov eax, 0xA5A5
    mov ecx, 5
    std
    rep stosw
    cld
    CHECK edi, DST2 + 0x4FFA
    CHECK dword [DST2 + 0x4FFC], 0xA5A5A5A5
    CHECK dword [DST2 + 0x5000], 0xA5A5A5A5
    CHECK word [DST2 + 0x5004], 0xA5A5
    CHECK word [DST2 + 0x4FFA], 0
    ; ---- into ROM: the writes are ignored, the registers still move
    mov bl, [0xF0800]
    mov edi, 0xF0000
    mov ecx, 0x1000
    mov al, 0x5A
    rep stosb
    CHECK edi, 0xF1000
    cmp [0xF0800], bl
    jne .romw
    ; ---- port I/O: REP OUTSB to the debug console, REP INSB from it (reads back E9h)
    mov esi, msg_out
    mov ecx, msg_out_len
    mov dx, 0xE9
    rep outsb
    CHECK esi, msg_out + msg_out_len
    mov edi, inbuf
    mov ecx, 4
    rep insb
    CHECK dword [inbuf], 0xE9E9E9E9, "REP INSB from port E9h"
    CHECK edi, inbuf + 4
    jmp .paging
.romw:
    PRINT "REP STOSB changed the ROM", 10
    EXIT 90

.paging:
    ; ---- EFLAGS.TF: a single-step trap after each iteration (SDM vol. 3, 17.3.1.4)
    SET_IDT 1, db_handler, GATE_INT32
    mov dword [ntraps], 0
    mov esi, SRC
    mov edi, DST
    mov ecx, 3
    pushfd
    or dword [esp], F_TF
    popfd
    nop                             ; first trap: after it
.tfrep:
    rep movsb
.tfnext:
    pushfd
    and dword [esp], ~F_TF
    popfd
    CHECK dword [ntraps], 7, "single-step traps: NOP, 3 iterations, PUSHFD, AND, POPFD"
    CHECK dword [trap_eip], .tfrep
    CHECK dword [trap_ecx], 3
    CHECK dword [trap_eip + 4], .tfrep, "trap after iteration 1: EIP at the REP"
    CHECK dword [trap_ecx + 4], 2
    CHECK dword [trap_eip + 8], .tfrep
    CHECK dword [trap_ecx + 8], 1
    CHECK dword [trap_eip + 12], .tfnext, "trap after the last iteration: the next insn"
    CHECK dword [trap_ecx + 12], 0

    ; ---- paging: LIN+0, +1000, +3000 present; LIN+2000 not present
    mov dword [PD], 0x83
    mov dword [PD + 4], PT | 3
    mov dword [PD + 0xFFC], 0xFFC00000 | 0x83
    mov edi, PT
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov dword [PT + 0], PHYS | 3
    mov dword [PT + 4], (PHYS + 0x1000) | 3
    mov dword [PT + 12], (PHYS + 0x3000) | 3
    PAGING_ON PD, 0x10
    ; destination: two dwords fit before LIN+2000, the third faults
    mov dword [SRC], 0x11111111
    mov dword [SRC + 4], 0x22222222
    mov dword [SRC + 8], 0x33333333
    mov dword [SRC + 12], 0x44444444
    mov esi, SRC
    mov edi, LIN + 0x1FF8
    mov ecx, 4
    EXC_ARM .r1
.f1:
    rep movsd
.r1:
    CHECK_EXC 14, 2, .f1
    mov eax, cr2
    CHECK eax, LIN + 0x2000, "CR2 = the first byte of the missing page"
    CHECK ecx, 2, "REP MOVSD #PF: two iterations done"
    CHECK esi, SRC + 8
    CHECK edi, LIN + 0x2000
    CHECK dword [PHYS + 0x1FFC], 0x22222222
    ; map the page and execute the instruction again: it finishes the copy
    mov dword [PT + 8], (PHYS + 0x2000) | 3
    rep movsd
    CHECK ecx, 0
    CHECK dword [PHYS + 0x2000], 0x33333333, "the restarted REP MOVSD finished"
    CHECK dword [PHYS + 0x2004], 0x44444444
    mov dword [PT + 8], 0
    invlpg [LIN + 0x2000]
    ; an element straddling into the missing page: nothing of it is written
    mov dword [PHYS + 0x1FFC], 0
    mov esi, SRC
    mov edi, LIN + 0x1FFE
    mov ecx, 3
    EXC_ARM .r2
.f2:
    rep movsd
.r2:
    CHECK_EXC 14, 2, .f2
    mov eax, cr2
    CHECK eax, LIN + 0x2000
    CHECK ecx, 3, "straddling element: no iteration done"
    CHECK dword [PHYS + 0x1FFC], 0, "nothing of the straddling element written"
    ; source side: a read fault after two bytes
    mov dword [PHYS + 0x1FFC], 0x0A0B0C0D
    mov esi, LIN + 0x1FFE
    mov edi, buf
    mov ecx, 4
    EXC_ARM .r3
.f3:
    rep movsb
.r3:
    CHECK_EXC 14, 0, .f3
    mov eax, cr2
    CHECK eax, LIN + 0x2000
    CHECK ecx, 2
    CHECK edi, buf + 2
    CHECK word [buf], 0x0A0B
    ; DF=1: from LIN+3004 down into the missing page
    mov edi, LIN + 0x3004
    mov eax, 0x77777777
    mov ecx, 10
    std
    EXC_ARM .r4
.f4:
    rep stosd
.r4:
    cld
    CHECK_EXC 14, 2, .f4
    mov eax, cr2
    CHECK eax, LIN + 0x2FFC
    CHECK ecx, 8, "REP STOSD DF=1 #PF: two iterations done"
    CHECK edi, LIN + 0x2FFC
    CHECK dword [PHYS + 0x3000], 0x77777777
    ; REPE CMPSB: equal bytes, then the fault: EFLAGS of the last (equal) comparison,
    ; not of the ADD before the instruction
    mov dword [PHYS + 0x1FFC], 0x80808080
    mov dword [SRC + 0x200], 0x80808080
    mov dword [SRC + 0x204], 0x80808080
    mov esi, SRC + 0x200
    mov edi, LIN + 0x1FFC
    mov ecx, 8
    mov al, 0x80
    mov bl, 0x80
    EXC_ARM .r5
    add al, bl                      ; CF=1 ZF=1
.f5:
    repe cmpsb
.r5:
    CHECK_EXC 14, 0, .f5
    CHECK ecx, 4, "REPE CMPSB #PF: four comparisons done"
    mov eax, [exc_eflags]
    and eax, F_CF|F_ZF|F_SF
    CHECK eax, F_ZF, "EFLAGS in the #PF frame: 80h - 80h"
    PASS

; #DB: record EIP and ECX of the first 8 traps
db_handler:
    push eax
    push ebx
    mov eax, [ntraps]
    cmp eax, 8
    jae .full
    mov ebx, [esp + 8]
    mov [trap_eip + eax * 4], ebx
    mov [trap_ecx + eax * 4], ecx
.full:
    inc dword [ntraps]
    pop ebx
    pop eax
    iretd

msg_out: db "bulk-out ok", 10
msg_out_len equ $ - msg_out
