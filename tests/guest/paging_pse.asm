; 32-bit paging with CR4.PSE = 1: a PDE with PS = 1 maps a 4 MiB page (physical bits
; 31:22 from the PDE, 21:0 from the linear address) next to PDEs that point to page
; tables; U/S and R/W of a 4 MiB page (#PF 5 and 7 from CPL 3, CR2); INVLPG of any address
; inside a 4 MiB page drops the whole page's translation (a processor may cache it in
; 4 KiB pieces); with CR4.PSE = 0 the PS bit is ignored and the PDE points to a page
; table; with PSE-36 (when CPUID offers it) PDE bits 16:13 are physical-address bits
; 35:32. Last, after the QEMU deviation marker: bit 21 of a 4 MiB PDE is reserved, and so
; are the PDE's address bits at and above MAXPHYADDR (#PF with P|RSVD).
; SDM vol. 3, 4.3 "32-Bit Paging" (table 4-4: 4 MiB PDE, bits 20:13 = physical bits 39:32,
; bit 21 reserved, "with 32-bit paging there are reserved bits only if CR4.PSE = 1"),
; 4.1.4 (MAXPHYADDR, PSE-36), 4.6, 4.7, 4.10.2.3 and 4.10.4.1 (INVLPG and large pages);
; vol. 2A CPUID (01H EDX bit 17 PSE-36, 80000008H EAX[7:0] MAXPHYADDR).
; qemu-deviation: QEMU 7.2 TCG reports a reserved-bit page fault with error code RSVD
; without P (SDM vol. 3, 4.7: RSVD "can be set only if bit 0 is also set"), and does not
; treat 4 MiB PDE address bits at or above MAXPHYADDR as reserved (table 4-4): last.
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

PD   equ 0x300000
PT   equ 0x301000          ; linear 4-8 MiB
PT0  equ 0x302000          ; linear 0-4 MiB, identity (4 KiB pages: valid with or without PSE)
PHYS equ 0x310000
LIN  equ 0x400000
BIG  equ 0x800000          ; user rw 4 MiB page -> physical 16 MiB
SUP  equ 0xC00000          ; supervisor 4 MiB page -> physical 20 MiB
RO   equ 0x1000000         ; user read-only 4 MiB page -> physical 24 MiB

[absolute TESTVARS]
maxphy: resd 1

TEST_START
    GO_PM32
    ; MAXPHYADDR: CPUID 80000008H when offered, else 36 (SDM vol. 3, 4.1.4)
    mov dword [maxphy], 36
    mov eax, 0x80000000
    cpuid
    cmp eax, 0x80000008
    jb .m36
    mov eax, 0x80000008
    cpuid
    movzx eax, al
    mov [maxphy], eax
.m36:
    mov edi, PD
    mov ecx, 2048
    xor eax, eax
    rep stosd                               ; PD and PT
    mov edi, PT0
    mov eax, 7
.ident:
    stosd
    add eax, 0x1000
    cmp edi, PT0 + 0x1000
    jb .ident
    mov dword [PD], PT0 | 7                 ; 0-4 MiB identity, user rw
    mov dword [PD + 4], PT | 7
    mov dword [PD + 8], 0x1000000 | 0x87
    mov dword [PD + 12], 0x1400000 | 0x83
    mov dword [PD + 16], 0x1800000 | 0x85
    mov dword [PT], PHYS | 7
    mov dword [PHYS], 0x11111111
    mov dword [0x1000000], 0xAAAA0000
    mov dword [0x1000000 + 0x3FFFFC], 0xAAAA3FFF
    mov dword [0x1000000 + 0x1000], 0xAAAA0001
    mov dword [0x1400000 + 0x2000], 0xBBBB0002
    mov dword [0x1800000 + 0x30], 0xCCCC0030
    mov dword [0x2000000], 0xDDDD0000       ; 32 MiB: the remap target
    mov dword [0x2000000 + 0x3FF000], 0xDDDD03FF

    PAGING_ON PD, 0x10
    mov eax, [BIG]
    CHECK eax, 0xAAAA0000, "4 MiB page, first dword"
    mov eax, [BIG + 0x3FFFFC]
    CHECK eax, 0xAAAA3FFF, "4 MiB page, last dword"
    mov eax, [LIN]
    CHECK eax, 0x11111111, "4 KiB page next to it"
    mov eax, [SUP + 0x2000]
    CHECK eax, 0xBBBB0002, "supervisor 4 MiB page at CPL 0"
    mov dword [RO + 0x30], 0xCCCC0031       ; CR0.WP = 0: supervisor may write
    mov eax, [RO + 0x30]
    CHECK eax, 0xCCCC0031

    ; CPL 3: supervisor 4 MiB page (P|U), write to a read-only one (P|W|U)
    TO_RING3
    mov eax, [BIG + 0x1000]
    CHECK eax, 0xAAAA0001, "user 4 MiB page at CPL 3"
    mov eax, [RO + 0x30]
    CHECK eax, 0xCCCC0031, "read-only 4 MiB page read at CPL 3"
    EXC_ARM .r1
.f1: mov eax, [SUP + 0x2000]
    EXIT 90
.r1:
    CHECK_EXC 14, 5, .f1
    EXC_ARM .r2
.f2: mov dword [RO + 0x34], 0
    EXIT 91
.r2:
    CHECK_EXC 14, 7, .f2
    TO_RING0
    mov eax, cr2
    CHECK eax, RO + 0x34

    ; INVLPG inside a 4 MiB page drops all of it: cache two pieces, remap, invalidate
    ; a third address
    mov eax, [BIG]
    mov eax, [BIG + 0x3FF000]
    mov dword [PD + 8], 0x2000000 | 0x87
    invlpg [BIG + 0x1ABCDE]
    mov eax, [BIG]
    CHECK eax, 0xDDDD0000, "first piece remapped"
    mov eax, [BIG + 0x3FF000]
    CHECK eax, 0xDDDD03FF, "last piece remapped"

    ; CR4.PSE = 0: PS is ignored, the PDE names a page table (PT: PTE 0 -> PHYS)
    mov dword [PD + 8], PT | 0x87
    mov eax, cr4
    and eax, ~0x10
    mov cr4, eax
    mov eax, cr3
    mov cr3, eax
    mov eax, [BIG]
    CHECK eax, 0x11111111, "PS ignored without CR4.PSE"
    mov eax, cr4
    or eax, 0x10
    mov cr4, eax
    mov eax, cr3
    mov cr3, eax

    ; PSE-36: PDE bits 16:13 carry physical-address bits 35:32. With the page at
    ; 4 GiB + 16 MiB (no memory there) only "no fault" is checked.
    mov eax, 1
    cpuid
    bt edx, 17
    jnc .no_pse36
    mov dword [PD + 8], 0x1000000 | (1 << 13) | 0x87
    invlpg [BIG]
    EXC_ARM .r3
    mov eax, [BIG]
    EXC_DISARM
    CHECK dword [exc_count], 0, "PSE-36 address bit is not reserved"
.no_pse36:
    mov dword [PD + 8], 0x1000000 | 0x87
    invlpg [BIG]

    QEMU_DEVIATION "QEMU 7.2 TCG: RSVD faults without P; no MAXPHYADDR check in 4 MiB PDEs"
    ; bit 21 is reserved in every 4 MiB PDE
    mov dword [PD + 8], 0x1000000 | (1 << 21) | 0x87
    invlpg [BIG]
    EXC_ARM .r4
.f4: mov eax, [BIG]
    EXIT 92
.r4:
    CHECK_EXC 14, 9, .f4
    mov eax, cr2
    CHECK eax, BIG
    ; the address bit for physical bit MAXPHYADDR (PDE bit 13 + M - 32) is reserved,
    ; when M < 40
    mov ecx, [maxphy]
    cmp ecx, 40
    jae .done
    sub ecx, 32 - 13
    mov eax, 1
    shl eax, cl
    or eax, 0x1000000 | 0x87
    mov [PD + 8], eax
    invlpg [BIG]
    EXC_ARM .r5
.f5: mov dword [BIG], 0
    EXIT 93
.r5:
    CHECK_EXC 14, 0x0B, .f5
.done:
    PASS
.r3:
    EXIT 94
