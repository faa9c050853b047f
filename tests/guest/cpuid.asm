; CPUID, architecture-level facts only (no particular model): EFLAGS.ID is writable (CPUID
; is present); leaf 0 reports a maximum basic leaf >= 1 and a 12-byte vendor string of
; printable ASCII (EBX, EDX, ECX); leaf 1 has a non-zero family; only EAX-EDX change;
; CPUID works at CPL 3; and the features leaf 1 advertises work: TSC (RDTSC), CX8
; (CMPXCHG8B), CMOV, and, when not advertised, nothing is asserted.
; SDM vol. 2A "CPUID" (leaf 0, leaf 1 EAX version information, EDX feature flags bits 4, 8,
; 15); vol. 1, 3.4.3.3 (ID flag), 20.1 (detecting CPUID).
; expect-exit: 1
; expect-output-contains: vendor: 
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
vendor: resb 16
m64:    resq 1

TEST_START
    GO_PM32
    ; ID flag toggles
    pushfd
    pop eax
    mov ebx, eax
    xor eax, F_ID
    push eax
    popfd
    pushfd
    pop eax
    xor eax, ebx
    CHECK eax, F_ID, "EFLAGS.ID can be toggled"
    push ebx
    popfd

    ; leaf 0
    mov esi, 0x5151
    mov edi, 0xD1D1
    mov ebp, 0xB0B0
    xor eax, eax
    mov ecx, 0x12345678             ; leaf 0 ignores ECX
    cpuid
    CHECK esi, 0x5151
    CHECK edi, 0xD1D1
    CHECK ebp, 0xB0B0
    mov [vendor], ebx
    mov [vendor+4], edx
    mov [vendor+8], ecx
    mov byte [vendor+12], 0
    cmp eax, 1
    setae bl
    CHECK bl, 1, "maximum basic leaf >= 1"
    xor ecx, ecx
.chk:
    mov al, [vendor+ecx]
    cmp al, 0x20
    setae bl
    cmp al, 0x7E
    setbe bh
    and bl, bh
    CHECK bl, 1, "vendor string byte is printable ASCII"
    inc ecx
    cmp ecx, 12
    jb .chk
    PRINT "vendor: "
    mov esi, vendor
    call lib_puts32
    PRINT 10

    ; leaf 1
    mov eax, 1
    cpuid
    mov [m64], edx
    shr eax, 8
    and eax, 0x0F
    setnz bl
    CHECK bl, 1, "leaf 1 family != 0"

    ; advertised features do not fault
    bt dword [m64], 4
    jnc .no_tsc
    EXC_ARM .r1
    rdtsc
.r1:
    EXC_DISARM
    CHECK dword [exc_count], 0, "TSC advertised: RDTSC runs"
    PRINT "TSC advertised", 10
.no_tsc:
    bt dword [m64], 8
    jnc .no_cx8
    EXC_ARM .r2
    xor eax, eax
    xor edx, edx
    cmpxchg8b [m64+8]
.r2:
    EXC_DISARM
    CHECK dword [exc_count], 0, "CX8 advertised: CMPXCHG8B runs"
.no_cx8:
    bt dword [m64], 15
    jnc .no_cmov
    EXC_ARM .r3
    mov eax, 1
    mov ecx, 2
    cmp eax, eax
    cmove eax, ecx
.r3:
    EXC_DISARM
    CHECK dword [exc_count], 0, "CMOV advertised: CMOVcc runs"
    CHECK eax, 2
.no_cmov:

    ; CPUID at CPL 3
    TO_RING3
    xor eax, eax
    cpuid
    CHECK ebx, [vendor], "leaf 0 at CPL 3"
    TO_RING0
    PASS
