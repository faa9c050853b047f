; Tern's demo guest: a 64 KiB firmware image for the bare machine (tern -M bare -bios
; demo.bin). It starts at the reset vector in real mode, switches to 32-bit protected
; mode, and prints a banner, the CPU vendor, an ASCII Mandelbrot set (fixed-point integer
; arithmetic) and the primes below 100 on the debug console (port 0xE9), then halts with
; interrupts disabled, which ends the run with exit status 0. Runs unchanged on QEMU:
;   qemu-system-i386 -bios demo.bin -debugcon stdio -display none
; Reset state and the switch to protected mode: Intel SDM vol. 3, 10.1.1 and 10.9.1.

        PORT_OUT    equ 0xE9
        CODE32_LIN  equ 0xF8000         ; linear address of the 32-bit code
        STACK_TOP   equ 0x90000

        section .text16 start=0 vstart=0
        section .text32 start=0x8000 vstart=CODE32_LIN
        section .reset  start=0xFFF0 vstart=0xFFF0

; ---------------------------------------------------------------- real mode
        section .text16
        bits 16
start16:
        cli
        cld
        xor ax, ax
        mov ds, ax
        mov ss, ax
        mov sp, 0x7000
        o32 lgdt [cs:gdtr]
        mov eax, cr0
        or al, 1                        ; CR0.PE
        mov cr0, eax
        jmp dword 0x08:start32          ; reload CS with the 32-bit code segment

        align 8
gdt:    dq 0                            ; null
        dq 0x00CF9B000000FFFF           ; 0x08: code, base 0, 4 GiB, 32-bit (accessed)
        dq 0x00CF93000000FFFF           ; 0x10: data, base 0, 4 GiB (accessed)
gdt_end:
gdtr:   dw gdt_end - gdt - 1
        dd 0xF0000 + gdt                ; the ROM copy at F000:gdt

; ---------------------------------------------------------------- protected mode
        section .text32
        bits 32
start32:
        mov ax, 0x10
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov esp, STACK_TOP

        mov esi, banner
        call puts
        call show_vendor
        call mandelbrot
        call primes
        mov esi, goodbye
        call puts
        cli
        hlt                             ; IF=0: nothing can wake the CPU; Tern exits 0
        jmp $

; esi: zero-terminated string
puts:
        lodsb
        test al, al
        jz .done
        out PORT_OUT, al
        jmp puts
.done:
        ret

; eax: unsigned decimal
putdec:
        push ebx
        push ecx
        push edx
        mov ebx, 10
        xor ecx, ecx
.div:
        xor edx, edx
        div ebx
        push edx
        inc ecx
        test eax, eax
        jnz .div
.out:
        pop eax
        add al, '0'
        out PORT_OUT, al
        loop .out
        pop edx
        pop ecx
        pop ebx
        ret

show_vendor:
        mov esi, cpu_msg
        call puts
        xor eax, eax
        cpuid
        mov [vendor], ebx
        mov [vendor + 4], edx
        mov [vendor + 8], ecx
        mov byte [vendor + 12], 0
        mov esi, vendor
        call puts
        mov al, 10
        out PORT_OUT, al
        ret

; The Mandelbrot set over x in [-2.0, 0.5], y in [-1.125, 1.125], 64 x 24 characters,
; z <- z^2 + c in fixed point with 12 fraction bits, at most 48 iterations.
        FRAC    equ 12
        ONE     equ 1 << FRAC
        COLS    equ 64
        ROWS    equ 24
        MAXIT   equ 48
        X0      equ -2 * ONE
        XSTEP   equ (5 * ONE / 2) / COLS
        Y0      equ -(9 * ONE / 8)
        YSTEP   equ (9 * ONE / 4) / ROWS
        PAL_LEN equ 10                  ; characters in palette: fast to slow escape
mandelbrot:
        mov ebp, Y0                     ; ci
        mov dword [row], ROWS
.row:
        mov edi, X0                     ; cr
        mov dword [col], COLS
.col:
        xor ebx, ebx                    ; zr
        xor ecx, ecx                    ; zi
        xor edx, edx                    ; iterations
.iter:
        mov eax, ebx
        imul eax, ebx
        sar eax, FRAC                   ; zr^2
        mov esi, ecx
        imul esi, ecx
        sar esi, FRAC                   ; zi^2
        push eax
        add eax, esi
        cmp eax, 4 * ONE                ; |z|^2 > 4: escaped
        pop eax
        jg .escaped
        sub eax, esi
        add eax, edi                    ; new zr = zr^2 - zi^2 + cr
        imul ecx, ebx
        sar ecx, FRAC - 1               ; 2 * zr * zi
        add ecx, ebp                    ; new zi
        mov ebx, eax
        inc edx
        cmp edx, MAXIT
        jb .iter
        mov al, '@'                     ; inside the set
        jmp .plot
.escaped:
        mov eax, edx
        xor edx, edx
        mov esi, MAXIT / PAL_LEN + 1
        div esi
        mov al, [palette + eax]
.plot:
        out PORT_OUT, al
        add edi, XSTEP
        dec dword [col]
        jnz .col
        mov al, 10
        out PORT_OUT, al
        add ebp, YSTEP
        dec dword [row]
        jnz .row
        ret

; Primes below 100 by trial division.
primes:
        mov esi, primes_msg
        call puts
        mov ebx, 2
.next:
        mov ecx, 2
.try:
        mov eax, ecx
        mul ecx
        cmp eax, ebx
        ja .prime                       ; no divisor up to sqrt(n)
        mov eax, ebx
        xor edx, edx
        div ecx
        test edx, edx
        jz .composite
        inc ecx
        jmp .try
.prime:
        mov eax, ebx
        call putdec
        mov al, ' '
        out PORT_OUT, al
.composite:
        inc ebx
        cmp ebx, 100
        jb .next
        mov al, 10
        out PORT_OUT, al
        ret

banner:
        db 10
        db "  _____                 ", 10
        db " |_   _|__ _ __ _ __    ", "Tern: a pure-software x86 PC emulator", 10
        db "   | |/ _ \ '__| '_ \   ", "this guest: 64 KiB of firmware, no BIOS,", 10
        db "   | |  __/ |  | | | |  ", "real mode -> 32-bit protected mode", 10
        db "   |_|\___|_|  |_| |_|  ", 10, 10, 0
cpu_msg:    db "CPU vendor: ", 0
primes_msg: db 10, "primes below 100: ", 0
goodbye:    db 10, "demo done: halting with interrupts off (exit status 0)", 10, 0
palette:    db " .,:-=+*#%"
%if $ - palette != PAL_LEN
  %error "palette length"
%endif

        ; variables in RAM (the image is ROM)
        vendor  equ 0x1000
        row     equ 0x1010
        col     equ 0x1014

; ---------------------------------------------------------------- reset vector
        section .reset
        bits 16
        jmp 0xF000:start16
        times 16 - ($ - $$) db 0
