; Boot stub of the benchmark guests: from the reset vector (F000:FFF0) to flat 32-bit
; protected mode (SDM vol. 3, 10.9), copies the kernel linked at 0x200000 out of the ROM,
; calls it, prints its 32-bit result as "result XXXXXXXX" on the debug console (port
; 0xE9) and ends the run through isa-debug-exit (port 0xF4, value 0: status 1). Tern's
; bare machine and qemu-system-i386 -bios with those two devices run it alike.
; nasm -f bin -DKERNEL=kernel.bin -o image.bin boot.asm

KERNEL_LOAD equ 0x200000
KERNEL_OFS  equ 0x1000          ; file offset of the kernel in the 64 KiB image
ROM_BASE    equ 0xF0000
STACK_TOP   equ 0x1F0000

bits 16
org 0
start:
    cli
    in al, 0x92                 ; fast A20 (QEMU's PC): addresses above 1 MiB as they are
    or al, 2
    and al, 0xFE
    out 0x92, al
    o32 lgdt [cs:gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp dword 0x08:(ROM_BASE + pm32)

bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov fs, ax
    mov gs, ax
    mov esp, STACK_TOP
    cld
    mov esi, ROM_BASE + KERNEL_OFS
    mov edi, KERNEL_LOAD
    mov ecx, (kernel_end - kernel) / 4 + 1
    rep movsd
    mov eax, KERNEL_LOAD            ; absolute: this code is assembled at 0, runs at 0xF0000
    call eax
    mov ebx, eax
    mov esi, ROM_BASE + msg
.msg:
    lodsb
    test al, al
    jz .hex
    out 0xE9, al
    jmp .msg
.hex:
    mov ecx, 8
.digit:
    rol ebx, 4
    mov al, bl
    and al, 15
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 'a' - '9' - 1
.out:
    out 0xE9, al
    loop .digit
    mov al, 10
    out 0xE9, al
    xor al, al
    out 0xF4, al
.halt:
    hlt
    jmp .halt

msg: db "result ", 0
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF       ; 0x08: flat code, 32-bit
    dq 0x00CF92000000FFFF       ; 0x10: flat data
gdtr:
    dw gdtr - gdt - 1
    dd ROM_BASE + gdt

    times KERNEL_OFS - ($ - $$) db 0
kernel:
    incbin KERNEL
kernel_end:
    times 0xFFF0 - ($ - $$) db 0xFF
bits 16
reset:
    jmp 0xF000:start
    times 0x10000 - ($ - $$) db 0xFF
