; Self-modifying code in RAM: a store into the very next instruction (same translation
; block) takes effect; code that already ran is rewritten and re-run (new code executes);
; a loop rewrites its own immediate every iteration; REP MOVSB overwrites the instruction
; right after it. Protected mode and real mode (CS-override store).
; SDM vol. 3, 11.6 "Self-Modifying Code" ("A write to a memory location in a code segment
; that is currently cached in the processor causes the associated cache line (or lines) to
; be invalidated. This check is based on the physical address of the instruction. In
; addition, the P6 family and Pentium processors check whether a write to a code segment
; may modify an instruction that has been prefetched for execution. If the write affects a
; prefetched instruction, the prefetch queue is invalidated.")
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

CODE_RAM  equ RAM_HIGH + 0x10000
RM_CODE_SEG equ 0x1000              ; real-mode copy at 1000:0000

TEST_START
    ; ---- real mode: copy rblob to 1000:0000 and run it twice
    mov ax, RM_CODE_SEG
    mov es, ax
    xor di, di
    mov si, rblob
.cp:
    mov al, [cs:si]
    mov [es:di], al
    inc si
    inc di
    cmp si, rblob_end
    jb .cp
    xor ax, ax
    mov es, ax
    call RM_CODE_SEG:0
    CHECK al, 0x22, "real mode: the store into the next instruction took effect"
    ; rewrite the immediate of the blob's first (already executed) store
    mov ax, RM_CODE_SEG
    mov es, ax
    mov byte [es:rb_insn - 1 - rblob], 0x33
    xor ax, ax
    mov es, ax
    call RM_CODE_SEG:0
    CHECK al, 0x33, "real mode: the rewritten code ran on the second call"
    PRINT "real mode ok", 10

    GO_PM32
    ; copy the blobs to RAM
    mov esi, blobs
    mov edi, CODE_RAM
.copy:
    mov al, [esi]
    mov [edi], al
    inc esi
    inc edi
    cmp esi, blobs_end
    jb .copy

    ; 1: store into the next instruction
    call CODE_RAM + (blob1 - blobs)
    CHECK al, 0x22, "store into the next instruction took effect"

    ; 2: run, rewrite, run again (after several runs to make it hot)
    mov ebx, 20
.hot:
    call CODE_RAM + (blob2 - blobs)
    dec ebx
    jnz .hot
    CHECK eax, 1
    mov dword [CODE_RAM + (blob2 - blobs) + 1], 2
    call CODE_RAM + (blob2 - blobs)
    CHECK eax, 2, "rewritten code executed"
    mov byte [CODE_RAM + (blob2 - blobs) + 1], 3
    call CODE_RAM + (blob2 - blobs)
    CHECK eax, 3, "rewritten again"

    ; 3: a loop that patches its own immediate
    call CODE_RAM + (blob3 - blobs)
    CHECK eax, 1 + 2 + 3, "each iteration saw the patched immediate"

    ; 4: REP MOVSB over the following instruction
    call CODE_RAM + (blob4 - blobs)
    CHECK eax, 0x22222222, "REP MOVSB replaced the next instruction"
    PASS

blobs:
blob1:
    mov byte [CODE_RAM + (b1_insn + 1 - blobs)], 0x22
b1_insn:
    mov al, 0x11
    ret
blob2:
    mov eax, 1
    ret
blob3:
    xor eax, eax
    mov ecx, 3
b3_loop:
    add eax, strict byte 1          ; 83 C0 01
    inc byte [CODE_RAM + (b3_loop + 2 - blobs)]
    dec ecx
    jnz b3_loop
    ret
blob4:
    mov esi, CODE_RAM + (b4_new - blobs)
    mov edi, CODE_RAM + (b4_old - blobs)
    mov ecx, 5
    cld
    rep movsb
b4_old:
    mov eax, 0x11111111
    ret
b4_new:
    mov eax, 0x22222222
blobs_end:

CODE16
rblob:                              ; runs at 1000:0000
    mov byte [cs:rb_insn + 1 - rblob], 0x22 ; 2E C6 06 disp16 imm8: imm8 is its last byte
rb_insn:
    mov al, 0x11
    retf
rblob_end:
