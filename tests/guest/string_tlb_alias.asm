; REP MOVSD and REPE CMPSD whose source and destination linear pages are 1 MiB, 16 MiB
; and 256 MiB apart at the same page offset, so that they share an index in any direct-
; mapped TLB of up to 256, 4096 or 65536 entries (an emulator's soft-TLB: filling the
; destination's entry evicts the source's): the copies and comparisons span three pages
; each way, forward and with DF=1, and the results, ESI, EDI, ECX and the flags are the
; architectural ones. Page faults in the middle of such runs, taken by a #PF handler that
; records ESI/EDI/ECX/CR2, the error code, EIP and EFLAGS at the fault, maps the page and
; returns so that the instruction continues: on the destination of REP MOVSD (write);
; with the next source and destination pages both missing, the source read faults first
; (error code 0), then, after that page is mapped, the destination write (error code 2);
; on the destination of REPE CMPSD (read) with the EFLAGS of the last completed
; comparison. The registers at each fault describe the iterations not yet done, and the
; restarted instruction finishes the job.
; SDM vol. 2B, MOVS/MOVSB/MOVSW/MOVSD/MOVSQ, CMPS/CMPSB/CMPSW/CMPSD/CMPSQ, REP/REPE/REPZ/
; REPNE/REPNZ (the registers are updated after each iteration; a fault leaves them at the
; faulting iteration and the instruction restarts there); vol. 3, 4.3 (32-bit paging),
; 4.7 (#PF error code, CR2), 6.5 (faults restart the instruction).
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD    equ 0x300000
PT_S  equ 0x301000          ; linear 0x00400000-0x007FFFFF: SLIN and D1
PT_B  equ 0x302000          ; linear 0x01400000-0x017FFFFF: D16
PT_C  equ 0x303000          ; linear 0x10400000-0x107FFFFF: D256
SPHYS equ 0x310000          ; the source's four pages
DPHYS equ 0x320000          ; the destination's four pages (every Dn maps here)
SLIN  equ 0x400000
D1    equ SLIN + 0x100000
D16   equ SLIN + 0x1000000
D256  equ SLIN + 0x10000000
OFF   equ 0x100             ; page offset of both operands
N     equ 0x900             ; dwords: OFF + 4*N = 0x2500, three pages
; PTEs mapping page 0 of each destination (the next pages follow at +4, +8, ...)
PTE_D1   equ PT_S + 0x100 * 4
PTE_D16  equ PT_B
PTE_D256 equ PT_C

[absolute TESTVARS]
pf_count: resd 1
pf_fix_pte: resd 4          ; what the handler maps at fault i: PTE address and value
pf_fix_val: resd 4
pf_cr2: resd 4
pf_err: resd 4
pf_eip: resd 4
pf_efl: resd 4
pf_ecx: resd 4
pf_esi: resd 4
pf_edi: resd 4

; MAP3 pte_address: that PTE and the next two map DPHYS's first three pages, rw.
%macro MAP3 1
    mov dword [%1], DPHYS | 3
    mov dword [%1 + 4], (DPHYS + 0x1000) | 3
    mov dword [%1 + 8], (DPHYS + 0x2000) | 3
%endmacro

; CLEAR_DST: zero DPHYS's four pages through the identity mapping.
%macro CLEAR_DST 0
    mov edi, DPHYS
    mov ecx, 0x1000
    xor eax, eax
    cld
    rep stosd
%endmacro

; SAME_AS_SRC text: the N dwords at DPHYS+OFF equal those at SPHYS+OFF, and the dwords
; just before and after the block are still 0 (plain loads and compares, no strings).
%macro SAME_AS_SRC 1
    mov esi, SPHYS + OFF
    mov edi, DPHYS + OFF
    mov ecx, N
    xor edx, edx
%%cmp:
    mov eax, [esi]
    cmp eax, [edi]
    setne bl
    movzx ebx, bl
    add edx, ebx
    add esi, 4
    add edi, 4
    dec ecx
    jnz %%cmp
    CHECK edx, 0, %1
    CHECK dword [DPHYS + OFF - 4], 0, "dword before the block untouched"
    CHECK dword [DPHYS + OFF + 4 * N], 0, "dword after the block untouched"
%endmacro

TEST_START
    GO_PM32
    SET_IDT 14, pf_handler, GATE_INT32
    ; source pattern in SPHYS's four pages
    mov edi, SPHYS
    mov ecx, 0x1000
    mov eax, 0x9E3779B9
.pat:
    mov [edi], eax
    rol eax, 5
    add eax, ecx
    add edi, 4
    dec ecx
    jnz .pat
    ; page tables: PDE 0 identity 4 MiB (code, stacks, tables, buffers)
    mov edi, PD
    mov ecx, 4 * 1024
    xor eax, eax
    rep stosd
    mov dword [PD], 0x83
    mov dword [PD + (SLIN >> 22) * 4], PT_S | 3
    mov dword [PD + (D16 >> 22) * 4], PT_B | 3
    mov dword [PD + (D256 >> 22) * 4], PT_C | 3
    mov dword [PT_S], SPHYS | 3
    mov dword [PT_S + 4], (SPHYS + 0x1000) | 3
    mov dword [PT_S + 8], (SPHYS + 0x2000) | 3
    mov dword [PT_S + 12], (SPHYS + 0x3000) | 3
    MAP3 PTE_D1
    MAP3 PTE_D16
    MAP3 PTE_D256
    PAGING_ON PD, 0x10                   ; PSE
    ; ---- forward copies, destination 1, 16, 256 MiB above the source
    CLEAR_DST
    mov esi, SLIN + OFF
    mov edi, D1 + OFF
    mov ecx, N
    rep movsd
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D1 + OFF + 4 * N
    SAME_AS_SRC "REP MOVSD 1 MiB apart: mismatching dwords"
    CLEAR_DST
    mov esi, SLIN + OFF
    mov edi, D16 + OFF
    mov ecx, N
    rep movsd
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D16 + OFF + 4 * N
    SAME_AS_SRC "REP MOVSD 16 MiB apart: mismatching dwords"
    CLEAR_DST
    mov esi, SLIN + OFF
    mov edi, D256 + OFF
    mov ecx, N
    rep movsd
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D256 + OFF + 4 * N
    SAME_AS_SRC "REP MOVSD 256 MiB apart: mismatching dwords"
    ; ---- DF=1: from the last dword down, 16 MiB apart
    CLEAR_DST
    mov esi, SLIN + OFF + 4 * (N - 1)
    mov edi, D16 + OFF + 4 * (N - 1)
    mov ecx, N
    std
    rep movsd
    cld
    CHECK ecx, 0
    CHECK esi, SLIN + OFF - 4
    CHECK edi, D16 + OFF - 4
    SAME_AS_SRC "REP MOVSD DF=1 16 MiB apart: mismatching dwords"

    ; ---- REPE CMPSD over the equal blocks, 1 MiB apart: runs to the end, ZF=1
    mov esi, SLIN + OFF
    mov edi, D1 + OFF
    mov ecx, N
    SETF 0
    repe cmpsd
    CHECK_FLAGS F_ZF, F_ZF, "REPE CMPSD equal blocks: ZF=1"
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D1 + OFF + 4 * N
    ; a difference in the third page (dword 7C0h): stops after it with the flags of 5 - 7
    mov dword [SPHYS + 0x2000], 5
    mov dword [DPHYS + 0x2000], 7
    mov esi, SLIN + OFF
    mov edi, D256 + OFF
    mov ecx, N
    repe cmpsd
    CHECK ecx, N - 0x7C1, "REPE CMPSD: stopped after the differing dword"
    CHECK esi, SLIN + 0x2004
    CHECK edi, D256 + 0x2004
    CHECK_FLAGS F_ZF|F_CF|F_SF|F_OF, F_CF|F_SF, "flags of 5 - 7"
    mov dword [DPHYS + 0x2000], 5

    ; ---- #PF on the destination of a colliding REP MOVSD (D16's third page missing)
    CLEAR_DST
    mov dword [PTE_D16 + 8], 0
    invlpg [D16 + 0x2000]
    mov dword [pf_count], 0
    mov dword [pf_fix_pte], PTE_D16 + 8
    mov dword [pf_fix_val], (DPHYS + 0x2000) | 3
    mov esi, SLIN + OFF
    mov edi, D16 + OFF
    mov ecx, N
.f1:
    rep movsd
    CHECK dword [pf_count], 1, "one #PF in the REP MOVSD"
    CHECK dword [pf_eip], .f1
    CHECK dword [pf_err], 2, "#PF error code: write, not present"
    CHECK dword [pf_cr2], D16 + 0x2000
    CHECK dword [pf_ecx], N - 0x7C0, "ECX at the #PF: iterations left"
    CHECK dword [pf_esi], SLIN + 0x2000, "ESI at the #PF"
    CHECK dword [pf_edi], D16 + 0x2000, "EDI at the #PF"
    CHECK ecx, 0, "the restarted REP MOVSD finished"
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D16 + OFF + 4 * N
    SAME_AS_SRC "REP MOVSD with a #PF: mismatching dwords"

    ; ---- next source and destination pages both missing (1 MiB apart): the source read
    ; faults first, then the destination write, at the same iteration
    CLEAR_DST
    mov dword [PT_S + 4], 0
    invlpg [SLIN + 0x1000]
    mov dword [PTE_D1 + 4], 0
    invlpg [D1 + 0x1000]
    mov dword [pf_count], 0
    mov dword [pf_fix_pte], PT_S + 4
    mov dword [pf_fix_val], (SPHYS + 0x1000) | 3
    mov dword [pf_fix_pte + 4], PTE_D1 + 4
    mov dword [pf_fix_val + 4], (DPHYS + 0x1000) | 3
    mov esi, SLIN + OFF
    mov edi, D1 + OFF
    mov ecx, N
.f2:
    rep movsd
    CHECK dword [pf_count], 2, "two #PFs in the REP MOVSD"
    CHECK dword [pf_eip], .f2
    CHECK dword [pf_err], 0, "first #PF: the source read"
    CHECK dword [pf_cr2], SLIN + 0x1000
    CHECK dword [pf_ecx], N - 0x3C0
    CHECK dword [pf_esi], SLIN + 0x1000
    CHECK dword [pf_edi], D1 + 0x1000
    CHECK dword [pf_eip + 4], .f2
    CHECK dword [pf_err + 4], 2, "second #PF: the destination write"
    CHECK dword [pf_cr2 + 4], D1 + 0x1000
    CHECK dword [pf_ecx + 4], N - 0x3C0, "ECX at the second #PF: no iteration between"
    CHECK dword [pf_esi + 4], SLIN + 0x1000
    CHECK dword [pf_edi + 4], D1 + 0x1000
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D1 + OFF + 4 * N
    SAME_AS_SRC "REP MOVSD with two #PFs: mismatching dwords"

    ; ---- #PF on the destination of a colliding REPE CMPSD (a read), equal so far:
    ; EFLAGS in the frame are those of the last comparison (equal, ZF=1)
    mov dword [PTE_D256 + 4], 0
    invlpg [D256 + 0x1000]
    mov dword [pf_count], 0
    mov dword [pf_fix_pte], PTE_D256 + 4
    mov dword [pf_fix_val], (DPHYS + 0x1000) | 3
    mov esi, SLIN + OFF
    mov edi, D256 + OFF
    mov ecx, N
    mov al, 0x7F
    add al, 1                       ; ZF=0 SF=1 OF=1 before the instruction
.f3:
    repe cmpsd
    CHECK_FLAGS F_ZF|F_CF|F_SF|F_OF, F_ZF, "REPE CMPSD after the #PF: all equal"
    CHECK dword [pf_count], 1, "one #PF in the REPE CMPSD"
    CHECK dword [pf_eip], .f3
    CHECK dword [pf_err], 0, "#PF error code: read, not present"
    CHECK dword [pf_cr2], D256 + 0x1000
    CHECK dword [pf_ecx], N - 0x3C0
    CHECK dword [pf_esi], SLIN + 0x1000
    CHECK dword [pf_edi], D256 + 0x1000
    mov eax, [pf_efl]
    and eax, F_ZF|F_CF|F_SF|F_OF
    CHECK eax, F_ZF, "EFLAGS at the #PF: the last comparison, equal"
    CHECK ecx, 0
    CHECK esi, SLIN + OFF + 4 * N
    CHECK edi, D256 + OFF + 4 * N
    PASS

; #PF: record the fault (at most 4), map the page the test named for it, and return to
; restart the instruction. Frame: error code, EIP, CS, EFLAGS (same ring).
pf_handler:
    push eax
    push ebx
    mov ebx, [pf_count]
    cmp ebx, 4
    jae .bad
    mov eax, cr2
    mov [pf_cr2 + ebx * 4], eax
    mov eax, [esp + 8]
    mov [pf_err + ebx * 4], eax
    mov eax, [esp + 12]
    mov [pf_eip + ebx * 4], eax
    mov eax, [esp + 20]
    mov [pf_efl + ebx * 4], eax
    mov [pf_ecx + ebx * 4], ecx
    mov [pf_esi + ebx * 4], esi
    mov [pf_edi + ebx * 4], edi
    mov eax, [pf_fix_pte + ebx * 4]
    test eax, eax
    jz .bad
    push ecx
    mov ecx, [pf_fix_val + ebx * 4]
    mov [eax], ecx
    mov dword [pf_fix_pte + ebx * 4], 0
    pop ecx
    mov eax, cr2
    invlpg [eax]
    inc dword [pf_count]
    pop ebx
    pop eax
    add esp, 4                      ; the error code
    iretd
.bad:
    PRINT "unexpected #PF", 10
    EXIT 99
