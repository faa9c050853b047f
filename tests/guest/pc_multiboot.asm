; A Multiboot v1 kernel booted with -kernel (Multiboot Specification 0.6.96): the header
; uses the a.out-kludge address fields (flag 16, 3.1.3) to load at 1 MiB with a bss, and
; asks for page-aligned modules and memory information (flags 0 and 1). At the entry
; (3.2) the kernel checks EAX = 0x2BADB002, flat 4 GiB 32-bit segments, paging off,
; IF = 0, and the boot information at EBX (3.3): mem_lower/mem_upper for 128 MiB,
; a command line, a memory map whose first entry is RAM at 0, a loader name; and that
; its bss reads as zeros.
; tern-args: -m 128
; boot: kernel
; expect-exit: 1
; expect-output-contains: info ok
; expect-output: PASS
bits 32
org 0x100000

MB_FLAGS equ 0x00010003

mb_header:
    dd 0x1BADB002
    dd MB_FLAGS
    dd -(0x1BADB002 + MB_FLAGS)
    dd mb_header            ; header_addr
    dd mb_header            ; load_addr: the file's first byte
    dd load_end             ; load_end_addr
    dd bss_end              ; bss_end_addr
    dd entry                ; entry_addr

; fail n: prints "FAIL n" and exits with v = n
%macro FAIL 1
    mov al, %1
    jmp fail
%endmacro

entry:
    cmp eax, 0x2BADB002
    je .magic_ok
    FAIL 1
.magic_ok:
    ; the bss is zero (checked before anything is stored there)
    mov ecx, (bss_end - bss_start) / 4
    mov edi, bss_start
.bss:
    cmp dword [edi], 0
    je .bss_next
    FAIL 5
.bss_next:
    add edi, 4
    dec ecx
    jnz .bss
    mov esp, stack_top
    mov [info], ebx
    pushfd
    pop eax
    test eax, 0x200
    jz .if_ok
    FAIL 2
.if_ok:
    mov eax, cr0
    test eax, 0x80000000
    jz .pg_ok
    FAIL 3
.pg_ok:
    test eax, 1
    jnz .pe_ok
    FAIL 4
.pe_ok:
    ; flat data segments: a read through DS of a high address works
    mov eax, [0xFFFFFFF0]

    mov ebx, [info]
    mov eax, [ebx]              ; flags: mem, cmdline, mmap (loader name: Tern and QEMU)
    and eax, 0x45
    cmp eax, 0x45
    je .flags_ok
    FAIL 6
.flags_ok:
    mov eax, [ebx + 4]          ; mem_lower: KiB below 640 KiB
    cmp eax, 600
    jb .bad_lower
    cmp eax, 640
    jbe .lower_ok
.bad_lower:
    FAIL 7
.lower_ok:
    mov eax, [ebx + 8]          ; mem_upper: KiB from 1 MiB to the first hole (firmware
    cmp eax, (128 - 1) * 1024   ; may keep the top of RAM for its own tables)
    ja .bad_upper
    cmp eax, 120 * 1024
    jae .upper_ok
.bad_upper:
    FAIL 8
.upper_ok:
    mov esi, [ebx + 16]         ; cmdline: a non-empty string
    test esi, esi
    jz .bad_cmd
    cmp byte [esi], 0
    jne .cmd_ok
.bad_cmd:
    FAIL 9
.cmd_ok:
    mov eax, [ebx + 44]         ; mmap_length: at least one 24-byte entry
    cmp eax, 24
    jae .mmap_len_ok
    FAIL 10
.mmap_len_ok:
    mov esi, [ebx + 48]
    cmp dword [esi], 20         ; size of the entry after this field
    je .m1
    FAIL 11
.m1:
    cmp dword [esi + 4], 0      ; base 0
    je .m2
    FAIL 12
.m2:
    cmp dword [esi + 20], 1     ; type RAM
    je .m3
    FAIL 13
.m3:
    mov esi, msg_info
    call puts
    mov esi, msg_pass
    call puts
    mov al, 0
    out 0xF4, al
    cli
    hlt

fail:
    mov ah, al
    mov esi, msg_fail
    call puts
    mov al, ah
    add al, '0'
    out 0xE9, al
    mov al, 10
    out 0xE9, al
    mov al, ah
    out 0xF4, al
    cli
    hlt

puts:
    lodsb
    test al, al
    jz .done
    out 0xE9, al
    jmp puts
.done:
    ret

msg_info: db "info ok", 10, 0
msg_pass: db "PASS", 10, 0
msg_fail: db "FAIL ", 0

align 4
load_end:

absolute load_end
bss_start:
info:       resd 1
            resb 4096
stack_top:
bss_end:
