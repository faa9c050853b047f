; MMX (and the SSE/SSSE3 additions on MMX registers) packed integer instructions: the same
; operations as sse_int.asm on 64-bit operands, shifts, PSHUFW, PALIGNR mm.
; Generated: the expected values are the SDM's "Operation" pseudo-code evaluated by a
; reference model written for this test, independently of Tern's C code, and the whole
; test was checked on QEMU (-cpu max); each case runs the register and the memory form.
; SDM vol. 2, each
; instruction's page; vol. 1, 9.4 (MMX instruction set).
; qemu-args: -cpu max
; expect-exit: 1
; expect-output: PASS
%include "tern.inc"

[absolute TESTVARS]
alignb 16
res:    resb 16

CODE32
; vcheck (tests/guest/lib/check.inc): the result, stored by the caller at res, against
; [esi]; ebx = case number, edi = its name.
VCHECK_ROUTINE res, 2

TEST_START
    mov eax, cr4
    or eax, 1 << 9                  ; OSFXSR
    mov cr4, eax
    GO_PM32
    CODE16
    align 16
c1_a: dd 0xB00000FF, 0x00FF00FF
c1_b: dd 0x007700D0, 0xFFB70064
c1_r: dd 0xB07700CF, 0xFFB60063
c1_n: db "paddb mm", 0
    CODE32
    mov ebx, 1
    mov esi, LIN16(c1_r)
    mov edi, LIN16(c1_n)
    movq mm1, [LIN16(c1_a)]
    movq mm2, [LIN16(c1_b)]
    paddb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c1_a)]
    movq mm2, [LIN16(c1_b)]
    paddb mm1, [LIN16(c1_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c2_a: dd 0x8081FE01, 0x800181FF
c2_b: dd 0x5F7FAF12, 0xB492D2D4
c2_r: dd 0xDF00AD13, 0x349353D3
c2_n: db "paddb mm", 0
    CODE32
    mov ebx, 2
    mov esi, LIN16(c2_r)
    mov edi, LIN16(c2_n)
    movq mm1, [LIN16(c2_a)]
    movq mm2, [LIN16(c2_b)]
    paddb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c2_a)]
    movq mm2, [LIN16(c2_b)]
    paddb mm1, [LIN16(c2_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c3_a: dd 0xDBFFFFE2, 0xFFD20000
c3_b: dd 0x7F907F64, 0xFF497F77
c3_r: dd 0x5B8F7F46, 0xFF1B7F77
c3_n: db "paddw mm", 0
    CODE32
    mov ebx, 3
    mov esi, LIN16(c3_r)
    mov edi, LIN16(c3_n)
    movq mm1, [LIN16(c3_a)]
    movq mm2, [LIN16(c3_b)]
    paddw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c3_a)]
    movq mm2, [LIN16(c3_b)]
    paddw mm1, [LIN16(c3_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c4_a: dd 0x00AD0006, 0x00FFFF68
c4_b: dd 0x7FFE7F01, 0x81FE0181
c4_r: dd 0x80AB7F07, 0x82FD00E9
c4_n: db "paddw mm", 0
    CODE32
    mov ebx, 4
    mov esi, LIN16(c4_r)
    mov edi, LIN16(c4_n)
    movq mm1, [LIN16(c4_a)]
    movq mm2, [LIN16(c4_b)]
    paddw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c4_a)]
    movq mm2, [LIN16(c4_b)]
    paddw mm1, [LIN16(c4_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c5_a: dd 0x92C6E782, 0xA5F0A0BF
c5_b: dd 0x7FFF81FE, 0x800081FF
c5_r: dd 0x12C66980, 0x25F122BE
c5_n: db "paddd mm", 0
    CODE32
    mov ebx, 5
    mov esi, LIN16(c5_r)
    mov edi, LIN16(c5_n)
    movq mm1, [LIN16(c5_a)]
    movq mm2, [LIN16(c5_b)]
    paddd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c5_a)]
    movq mm2, [LIN16(c5_b)]
    paddd mm1, [LIN16(c5_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c6_a: dd 0xF5DF00C6, 0xFF006115
c6_b: dd 0xFE807FFE, 0xFF817F00
c6_r: dd 0xF45F80C4, 0xFE81E015
c6_n: db "paddd mm", 0
    CODE32
    mov ebx, 6
    mov esi, LIN16(c6_r)
    mov edi, LIN16(c6_n)
    movq mm1, [LIN16(c6_a)]
    movq mm2, [LIN16(c6_b)]
    paddd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c6_a)]
    movq mm2, [LIN16(c6_b)]
    paddd mm1, [LIN16(c6_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c7_a: dd 0x81FFFF01, 0xFF8100FF
c7_b: dd 0xB6FE4585, 0x95027FAA
c7_r: dd 0x38FE4486, 0x948380AA
c7_n: db "paddq mm", 0
    CODE32
    mov ebx, 7
    mov esi, LIN16(c7_r)
    mov edi, LIN16(c7_n)
    movq mm1, [LIN16(c7_a)]
    movq mm2, [LIN16(c7_b)]
    paddq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c7_a)]
    movq mm2, [LIN16(c7_b)]
    paddq mm1, [LIN16(c7_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c8_a: dd 0x81FE01FF, 0xFE80FF80
c8_b: dd 0x919AB661, 0xBF02CA20
c8_r: dd 0x1398B860, 0xBD83C9A1
c8_n: db "paddq mm", 0
    CODE32
    mov ebx, 8
    mov esi, LIN16(c8_r)
    mov edi, LIN16(c8_n)
    movq mm1, [LIN16(c8_a)]
    movq mm2, [LIN16(c8_b)]
    paddq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c8_a)]
    movq mm2, [LIN16(c8_b)]
    paddq mm1, [LIN16(c8_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c9_a: dd 0xFF00FFFF, 0x2280000F
c9_b: dd 0x00CD0094, 0x8055FFB3
c9_r: dd 0xFF33FF6B, 0xA22B015C
c9_n: db "psubb mm", 0
    CODE32
    mov ebx, 9
    mov esi, LIN16(c9_r)
    mov edi, LIN16(c9_n)
    movq mm1, [LIN16(c9_a)]
    movq mm2, [LIN16(c9_b)]
    psubb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c9_a)]
    movq mm2, [LIN16(c9_b)]
    psubb mm1, [LIN16(c9_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c10_a: dd 0xFE000100, 0x7FFF0100
c10_b: dd 0x8C2F76C6, 0x4F48132D
c10_r: dd 0x72D18B3A, 0x30B7EED3
c10_n: db "psubb mm", 0
    CODE32
    mov ebx, 10
    mov esi, LIN16(c10_r)
    mov edi, LIN16(c10_n)
    movq mm1, [LIN16(c10_a)]
    movq mm2, [LIN16(c10_b)]
    psubb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c10_a)]
    movq mm2, [LIN16(c10_b)]
    psubb mm1, [LIN16(c10_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c11_a: dd 0x5F01BAC1, 0x3EC988FC
c11_b: dd 0xFFFFFF00, 0xC50000FF
c11_r: dd 0x5F02BBC1, 0x79C987FD
c11_n: db "psubw mm", 0
    CODE32
    mov ebx, 11
    mov esi, LIN16(c11_r)
    mov edi, LIN16(c11_n)
    movq mm1, [LIN16(c11_a)]
    movq mm2, [LIN16(c11_b)]
    psubw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c11_a)]
    movq mm2, [LIN16(c11_b)]
    psubw mm1, [LIN16(c11_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c12_a: dd 0xFEFEFF00, 0xFE0080FF
c12_b: dd 0xC76AAE3F, 0x759E8B6D
c12_r: dd 0x379450C1, 0x8862F592
c12_n: db "psubw mm", 0
    CODE32
    mov ebx, 12
    mov esi, LIN16(c12_r)
    mov edi, LIN16(c12_n)
    movq mm1, [LIN16(c12_a)]
    movq mm2, [LIN16(c12_b)]
    psubw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c12_a)]
    movq mm2, [LIN16(c12_b)]
    psubw mm1, [LIN16(c12_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c13_a: dd 0xFF000101, 0x81017F00
c13_b: dd 0xFFB300FF, 0x00FF0000
c13_r: dd 0xFF4D0002, 0x80027F00
c13_n: db "psubd mm", 0
    CODE32
    mov ebx, 13
    mov esi, LIN16(c13_r)
    mov edi, LIN16(c13_n)
    movq mm1, [LIN16(c13_a)]
    movq mm2, [LIN16(c13_b)]
    psubd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c13_a)]
    movq mm2, [LIN16(c13_b)]
    psubd mm1, [LIN16(c13_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c14_a: dd 0x80308083, 0xFFDD7FB6
c14_b: dd 0x84AD3518, 0x1CA35768
c14_r: dd 0xFB834B6B, 0xE33A284E
c14_n: db "psubd mm", 0
    CODE32
    mov ebx, 14
    mov esi, LIN16(c14_r)
    mov edi, LIN16(c14_n)
    movq mm1, [LIN16(c14_a)]
    movq mm2, [LIN16(c14_b)]
    psubd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c14_a)]
    movq mm2, [LIN16(c14_b)]
    psubd mm1, [LIN16(c14_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c15_a: dd 0x4F73A026, 0x7B21CC17
c15_b: dd 0xE579535C, 0x9FE9EECE
c15_r: dd 0x69FA4CCA, 0xDB37DD48
c15_n: db "psubq mm", 0
    CODE32
    mov ebx, 15
    mov esi, LIN16(c15_r)
    mov edi, LIN16(c15_n)
    movq mm1, [LIN16(c15_a)]
    movq mm2, [LIN16(c15_b)]
    psubq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c15_a)]
    movq mm2, [LIN16(c15_b)]
    psubq mm1, [LIN16(c15_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c16_a: dd 0x32A6DD52, 0xFC2DF4E1
c16_b: dd 0xD9237A12, 0xEE5BAEEE
c16_r: dd 0x59836340, 0x0DD245F2
c16_n: db "psubq mm", 0
    CODE32
    mov ebx, 16
    mov esi, LIN16(c16_r)
    mov edi, LIN16(c16_n)
    movq mm1, [LIN16(c16_a)]
    movq mm2, [LIN16(c16_b)]
    psubq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c16_a)]
    movq mm2, [LIN16(c16_b)]
    psubq mm1, [LIN16(c16_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c17_a: dd 0x000000FF, 0x00FFFF3B
c17_b: dd 0x00297FF2, 0x80A48080
c17_r: dd 0x00297FF1, 0x80A380BB
c17_n: db "paddsb mm", 0
    CODE32
    mov ebx, 17
    mov esi, LIN16(c17_r)
    mov edi, LIN16(c17_n)
    movq mm1, [LIN16(c17_a)]
    movq mm2, [LIN16(c17_b)]
    paddsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c17_a)]
    movq mm2, [LIN16(c17_b)]
    paddsb mm1, [LIN16(c17_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c18_a: dd 0x00FF0000, 0x00FFFEFF
c18_b: dd 0x0052FFE3, 0x7F0080F3
c18_r: dd 0x0051FFE3, 0x7FFF80F2
c18_n: db "paddsb mm", 0
    CODE32
    mov ebx, 18
    mov esi, LIN16(c18_r)
    mov edi, LIN16(c18_n)
    movq mm1, [LIN16(c18_a)]
    movq mm2, [LIN16(c18_b)]
    paddsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c18_a)]
    movq mm2, [LIN16(c18_b)]
    paddsb mm1, [LIN16(c18_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c19_a: dd 0xFF8C00F0, 0xFF6EFFDF
c19_b: dd 0x0F272F6F, 0x46A2DD87
c19_r: dd 0x0EB3305F, 0x4610DD66
c19_n: db "paddsw mm", 0
    CODE32
    mov ebx, 19
    mov esi, LIN16(c19_r)
    mov edi, LIN16(c19_n)
    movq mm1, [LIN16(c19_a)]
    movq mm2, [LIN16(c19_b)]
    paddsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c19_a)]
    movq mm2, [LIN16(c19_b)]
    paddsw mm1, [LIN16(c19_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c20_a: dd 0x0074B64E, 0x76006000
c20_b: dd 0x323C600A, 0x361DAC3B
c20_r: dd 0x32B01658, 0x7FFF0C3B
c20_n: db "paddsw mm", 0
    CODE32
    mov ebx, 20
    mov esi, LIN16(c20_r)
    mov edi, LIN16(c20_n)
    movq mm1, [LIN16(c20_a)]
    movq mm2, [LIN16(c20_b)]
    paddsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c20_a)]
    movq mm2, [LIN16(c20_b)]
    paddsw mm1, [LIN16(c20_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c21_a: dd 0x11FF0700, 0x0074FF22
c21_b: dd 0xF7C6FF00, 0xC0FF64FF
c21_r: dd 0xFFFFFF00, 0xC0FFFFFF
c21_n: db "paddusb mm", 0
    CODE32
    mov ebx, 21
    mov esi, LIN16(c21_r)
    mov edi, LIN16(c21_n)
    movq mm1, [LIN16(c21_a)]
    movq mm2, [LIN16(c21_b)]
    paddusb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c21_a)]
    movq mm2, [LIN16(c21_b)]
    paddusb mm1, [LIN16(c21_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c22_a: dd 0xB3349C14, 0xB593D7E1
c22_b: dd 0x817FFFFE, 0xFF8180FF
c22_r: dd 0xFFB3FFFF, 0xFFFFFFFF
c22_n: db "paddusb mm", 0
    CODE32
    mov ebx, 22
    mov esi, LIN16(c22_r)
    mov edi, LIN16(c22_n)
    movq mm1, [LIN16(c22_a)]
    movq mm2, [LIN16(c22_b)]
    paddusb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c22_a)]
    movq mm2, [LIN16(c22_b)]
    paddusb mm1, [LIN16(c22_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c23_a: dd 0x9C8A417B, 0x654E3000
c23_b: dd 0xFFFFFF74, 0xFFFF16FF
c23_r: dd 0xFFFFFFFF, 0xFFFF46FF
c23_n: db "paddusw mm", 0
    CODE32
    mov ebx, 23
    mov esi, LIN16(c23_r)
    mov edi, LIN16(c23_n)
    movq mm1, [LIN16(c23_a)]
    movq mm2, [LIN16(c23_b)]
    paddusw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c23_a)]
    movq mm2, [LIN16(c23_b)]
    paddusw mm1, [LIN16(c23_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c24_a: dd 0x0088CDFF, 0xFFFF00FF
c24_b: dd 0x7FB6803F, 0xFFF580D1
c24_r: dd 0x803EFFFF, 0xFFFF81D0
c24_n: db "paddusw mm", 0
    CODE32
    mov ebx, 24
    mov esi, LIN16(c24_r)
    mov edi, LIN16(c24_n)
    movq mm1, [LIN16(c24_a)]
    movq mm2, [LIN16(c24_b)]
    paddusw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c24_a)]
    movq mm2, [LIN16(c24_b)]
    paddusw mm1, [LIN16(c24_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c25_a: dd 0xA4CA82B9, 0xA70A91BE
c25_b: dd 0x65EF9204, 0x88D43861
c25_r: dd 0x80DBF0B5, 0x1F368080
c25_n: db "psubsb mm", 0
    CODE32
    mov ebx, 25
    mov esi, LIN16(c25_r)
    mov edi, LIN16(c25_n)
    movq mm1, [LIN16(c25_a)]
    movq mm2, [LIN16(c25_b)]
    psubsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c25_a)]
    movq mm2, [LIN16(c25_b)]
    psubsb mm1, [LIN16(c25_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c26_a: dd 0xAB3AB9D3, 0x085B7A99
c26_b: dd 0xFF80FE7F, 0x818081FF
c26_r: dd 0xAC7FBB80, 0x7F7F7F9A
c26_n: db "psubsb mm", 0
    CODE32
    mov ebx, 26
    mov esi, LIN16(c26_r)
    mov edi, LIN16(c26_n)
    movq mm1, [LIN16(c26_a)]
    movq mm2, [LIN16(c26_b)]
    psubsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c26_a)]
    movq mm2, [LIN16(c26_b)]
    psubsb mm1, [LIN16(c26_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c27_a: dd 0xC2308718, 0x3EC59F70
c27_b: dd 0x7F017F01, 0xFFFEFF81
c27_r: dd 0x80008000, 0x3EC79FEF
c27_n: db "psubsw mm", 0
    CODE32
    mov ebx, 27
    mov esi, LIN16(c27_r)
    mov edi, LIN16(c27_n)
    movq mm1, [LIN16(c27_a)]
    movq mm2, [LIN16(c27_b)]
    psubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c27_a)]
    movq mm2, [LIN16(c27_b)]
    psubsw mm1, [LIN16(c27_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c28_a: dd 0xFF00FF00, 0x560000D6
c28_b: dd 0x7FD680B7, 0x80B17FE5
c28_r: dd 0x80007E49, 0x7FFF80F1
c28_n: db "psubsw mm", 0
    CODE32
    mov ebx, 28
    mov esi, LIN16(c28_r)
    mov edi, LIN16(c28_n)
    movq mm1, [LIN16(c28_a)]
    movq mm2, [LIN16(c28_b)]
    psubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c28_a)]
    movq mm2, [LIN16(c28_b)]
    psubsw mm1, [LIN16(c28_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c29_a: dd 0x7FA17FC6, 0x7F1C00AC
c29_b: dd 0x01818000, 0x00817F80
c29_r: dd 0x7E2000C6, 0x7F00002C
c29_n: db "psubusb mm", 0
    CODE32
    mov ebx, 29
    mov esi, LIN16(c29_r)
    mov edi, LIN16(c29_n)
    movq mm1, [LIN16(c29_a)]
    movq mm2, [LIN16(c29_b)]
    psubusb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c29_a)]
    movq mm2, [LIN16(c29_b)]
    psubusb mm1, [LIN16(c29_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c30_a: dd 0xBA8ED418, 0x51161D9A
c30_b: dd 0x7FD6004F, 0x006BFF01
c30_r: dd 0x3B00D400, 0x51000099
c30_n: db "psubusb mm", 0
    CODE32
    mov ebx, 30
    mov esi, LIN16(c30_r)
    mov edi, LIN16(c30_n)
    movq mm1, [LIN16(c30_a)]
    movq mm2, [LIN16(c30_b)]
    psubusb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c30_a)]
    movq mm2, [LIN16(c30_b)]
    psubusb mm1, [LIN16(c30_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c31_a: dd 0x01FF80FF, 0xFE8000FF
c31_b: dd 0x800100FE, 0xFE81FF7F
c31_r: dd 0x00008001, 0x00000000
c31_n: db "psubusw mm", 0
    CODE32
    mov ebx, 31
    mov esi, LIN16(c31_r)
    mov edi, LIN16(c31_n)
    movq mm1, [LIN16(c31_a)]
    movq mm2, [LIN16(c31_b)]
    psubusw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c31_a)]
    movq mm2, [LIN16(c31_b)]
    psubusw mm1, [LIN16(c31_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c32_a: dd 0x06049EFC, 0x27AD5B04
c32_b: dd 0xFFC20000, 0x19E70000
c32_r: dd 0x00009EFC, 0x0DC65B04
c32_n: db "psubusw mm", 0
    CODE32
    mov ebx, 32
    mov esi, LIN16(c32_r)
    mov edi, LIN16(c32_n)
    movq mm1, [LIN16(c32_a)]
    movq mm2, [LIN16(c32_b)]
    psubusw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c32_a)]
    movq mm2, [LIN16(c32_b)]
    psubusw mm1, [LIN16(c32_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c33_a: dd 0x00A4D6FF, 0x3A00FF00
c33_b: dd 0x80ECFF13, 0x7FD080A6
c33_r: dd 0x9730F5ED, 0x20005A00
c33_n: db "pmullw mm", 0
    CODE32
    mov ebx, 33
    mov esi, LIN16(c33_r)
    mov edi, LIN16(c33_n)
    movq mm1, [LIN16(c33_a)]
    movq mm2, [LIN16(c33_b)]
    pmullw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c33_a)]
    movq mm2, [LIN16(c33_b)]
    pmullw mm1, [LIN16(c33_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c34_a: dd 0x80F47FF8, 0x7FBB00F4
c34_b: dd 0xFF187F18, 0x806F803D
c34_r: dd 0x22E00740, 0xE2153A24
c34_n: db "pmullw mm", 0
    CODE32
    mov ebx, 34
    mov esi, LIN16(c34_r)
    mov edi, LIN16(c34_n)
    movq mm1, [LIN16(c34_a)]
    movq mm2, [LIN16(c34_b)]
    pmullw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c34_a)]
    movq mm2, [LIN16(c34_b)]
    pmullw mm1, [LIN16(c34_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c35_a: dd 0xFF00FFA2, 0x0000FF9C
c35_b: dd 0xB1EC4700, 0x2A00C700
c35_r: dd 0x004EFFE5, 0x00000016
c35_n: db "pmulhw mm", 0
    CODE32
    mov ebx, 35
    mov esi, LIN16(c35_r)
    mov edi, LIN16(c35_n)
    movq mm1, [LIN16(c35_a)]
    movq mm2, [LIN16(c35_b)]
    pmulhw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c35_a)]
    movq mm2, [LIN16(c35_b)]
    pmulhw mm1, [LIN16(c35_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c36_a: dd 0x50B2BB72, 0xA0F3EB0F
c36_b: dd 0xFF9BFF7E, 0xB09C6DFF
c36_r: dd 0xFFE00022, 0x1D7AF700
c36_n: db "pmulhw mm", 0
    CODE32
    mov ebx, 36
    mov esi, LIN16(c36_r)
    mov edi, LIN16(c36_n)
    movq mm1, [LIN16(c36_a)]
    movq mm2, [LIN16(c36_b)]
    pmulhw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c36_a)]
    movq mm2, [LIN16(c36_b)]
    pmulhw mm1, [LIN16(c36_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c37_a: dd 0x0081FFFF, 0xFF80FF01
c37_b: dd 0xFEFF0000, 0x7F008081
c37_r: dd 0x00800000, 0x7EC08000
c37_n: db "pmulhuw mm", 0
    CODE32
    mov ebx, 37
    mov esi, LIN16(c37_r)
    mov edi, LIN16(c37_n)
    movq mm1, [LIN16(c37_a)]
    movq mm2, [LIN16(c37_b)]
    pmulhuw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c37_a)]
    movq mm2, [LIN16(c37_b)]
    pmulhuw mm1, [LIN16(c37_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c38_a: dd 0x80B88025, 0xFF9E80E8
c38_b: dd 0x344F40D4, 0x056B32E0
c38_r: dd 0x1A4D2073, 0x0568199E
c38_n: db "pmulhuw mm", 0
    CODE32
    mov ebx, 38
    mov esi, LIN16(c38_r)
    mov edi, LIN16(c38_n)
    movq mm1, [LIN16(c38_a)]
    movq mm2, [LIN16(c38_b)]
    pmulhuw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c38_a)]
    movq mm2, [LIN16(c38_b)]
    pmulhuw mm1, [LIN16(c38_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c39_a: dd 0x00FFD11C, 0xFF00FFFB
c39_b: dd 0x8001FF81, 0x00FF0080
c39_r: dd 0x234F431C, 0x007FEA8D
c39_n: db "pmuludq mm", 0
    CODE32
    mov ebx, 39
    mov esi, LIN16(c39_r)
    mov edi, LIN16(c39_n)
    movq mm1, [LIN16(c39_a)]
    movq mm2, [LIN16(c39_b)]
    pmuludq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c39_a)]
    movq mm2, [LIN16(c39_b)]
    pmuludq mm1, [LIN16(c39_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c40_a: dd 0xFFFFB9FF, 0xFF000000
c40_b: dd 0x80FE007F, 0x81FE0180
c40_r: dd 0x0ADF4581, 0x80FDDD39
c40_n: db "pmuludq mm", 0
    CODE32
    mov ebx, 40
    mov esi, LIN16(c40_r)
    mov edi, LIN16(c40_n)
    movq mm1, [LIN16(c40_a)]
    movq mm2, [LIN16(c40_b)]
    pmuludq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c40_a)]
    movq mm2, [LIN16(c40_b)]
    pmuludq mm1, [LIN16(c40_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c41_a: dd 0x817F7F7F, 0xFE8000FF
c41_b: dd 0x017FFE81, 0xFFFF017F
c41_r: dd 0xFE83FE00, 0x00017F01
c41_n: db "pmaddwd mm", 0
    CODE32
    mov ebx, 41
    mov esi, LIN16(c41_r)
    mov edi, LIN16(c41_n)
    movq mm1, [LIN16(c41_a)]
    movq mm2, [LIN16(c41_b)]
    pmaddwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c41_a)]
    movq mm2, [LIN16(c41_b)]
    pmaddwd mm1, [LIN16(c41_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c42_a: dd 0xFFFEFE7F, 0x7F00FE01
c42_b: dd 0x7FEB8000, 0x002A7F45
c42_r: dd 0x00BF802A, 0xFF16CB45
c42_n: db "pmaddwd mm", 0
    CODE32
    mov ebx, 42
    mov esi, LIN16(c42_r)
    mov edi, LIN16(c42_n)
    movq mm1, [LIN16(c42_a)]
    movq mm2, [LIN16(c42_b)]
    pmaddwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c42_a)]
    movq mm2, [LIN16(c42_b)]
    pmaddwd mm1, [LIN16(c42_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c43_a: dd 0xFF007DFF, 0x00FF00C6
c43_b: dd 0x7F48809B, 0x7FE77F57
c43_r: dd 0x000002B4, 0x00000000
c43_n: db "psadbw mm", 0
    CODE32
    mov ebx, 43
    mov esi, LIN16(c43_r)
    mov edi, LIN16(c43_n)
    movq mm1, [LIN16(c43_a)]
    movq mm2, [LIN16(c43_b)]
    psadbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c43_a)]
    movq mm2, [LIN16(c43_b)]
    psadbw mm1, [LIN16(c43_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c44_a: dd 0x00FFFF80, 0xFF0181FE
c44_b: dd 0x006DE1FF, 0xFF3AFFFF
c44_r: dd 0x000001E7, 0x00000000
c44_n: db "psadbw mm", 0
    CODE32
    mov ebx, 44
    mov esi, LIN16(c44_r)
    mov edi, LIN16(c44_n)
    movq mm1, [LIN16(c44_a)]
    movq mm2, [LIN16(c44_b)]
    psadbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c44_a)]
    movq mm2, [LIN16(c44_b)]
    psadbw mm1, [LIN16(c44_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c45_a: dd 0x80F68067, 0x80BF7F3D
c45_b: dd 0xFF940063, 0xFF570005
c45_r: dd 0xC0C54065, 0xC08B4021
c45_n: db "pavgb mm", 0
    CODE32
    mov ebx, 45
    mov esi, LIN16(c45_r)
    mov edi, LIN16(c45_n)
    movq mm1, [LIN16(c45_a)]
    movq mm2, [LIN16(c45_b)]
    pavgb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c45_a)]
    movq mm2, [LIN16(c45_b)]
    pavgb mm1, [LIN16(c45_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c46_a: dd 0x67E97E5B, 0x7AEDF2A7
c46_b: dd 0xFF808FFB, 0x2028FF00
c46_r: dd 0xB3B587AB, 0x4D8BF954
c46_n: db "pavgb mm", 0
    CODE32
    mov ebx, 46
    mov esi, LIN16(c46_r)
    mov edi, LIN16(c46_n)
    movq mm1, [LIN16(c46_a)]
    movq mm2, [LIN16(c46_b)]
    pavgb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c46_a)]
    movq mm2, [LIN16(c46_b)]
    pavgb mm1, [LIN16(c46_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c47_a: dd 0x8101807F, 0x81FE807F
c47_b: dd 0xFF7F96AE, 0x00FFFF00
c47_r: dd 0xC0408B97, 0x417FBFC0
c47_n: db "pavgw mm", 0
    CODE32
    mov ebx, 47
    mov esi, LIN16(c47_r)
    mov edi, LIN16(c47_n)
    movq mm1, [LIN16(c47_a)]
    movq mm2, [LIN16(c47_b)]
    pavgw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c47_a)]
    movq mm2, [LIN16(c47_b)]
    pavgw mm1, [LIN16(c47_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c48_a: dd 0xF712BDCE, 0xE1DD8C6E
c48_b: dd 0xFF61FFFF, 0x0078FF5A
c48_r: dd 0xFB3ADEE7, 0x712BC5E4
c48_n: db "pavgw mm", 0
    CODE32
    mov ebx, 48
    mov esi, LIN16(c48_r)
    mov edi, LIN16(c48_n)
    movq mm1, [LIN16(c48_a)]
    movq mm2, [LIN16(c48_b)]
    pavgw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c48_a)]
    movq mm2, [LIN16(c48_b)]
    pavgw mm1, [LIN16(c48_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c49_a: dd 0x80AD808D, 0xFFF78040
c49_b: dd 0x15DBD5E1, 0x66F7D152
c49_r: dd 0x15AD808D, 0x66F78040
c49_n: db "pminub mm", 0
    CODE32
    mov ebx, 49
    mov esi, LIN16(c49_r)
    mov edi, LIN16(c49_n)
    movq mm1, [LIN16(c49_a)]
    movq mm2, [LIN16(c49_b)]
    pminub mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c49_a)]
    movq mm2, [LIN16(c49_b)]
    pminub mm1, [LIN16(c49_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c50_a: dd 0xFF0000DA, 0x0083FFFF
c50_b: dd 0x917C94B2, 0x77E41F34
c50_r: dd 0x910000B2, 0x00831F34
c50_n: db "pminub mm", 0
    CODE32
    mov ebx, 50
    mov esi, LIN16(c50_r)
    mov edi, LIN16(c50_n)
    movq mm1, [LIN16(c50_a)]
    movq mm2, [LIN16(c50_b)]
    pminub mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c50_a)]
    movq mm2, [LIN16(c50_b)]
    pminub mm1, [LIN16(c50_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c51_a: dd 0x80E9FF02, 0x009FFF8E
c51_b: dd 0x1C3E5369, 0x000020FF
c51_r: dd 0x80E9FF69, 0x009FFFFF
c51_n: db "pmaxub mm", 0
    CODE32
    mov ebx, 51
    mov esi, LIN16(c51_r)
    mov edi, LIN16(c51_n)
    movq mm1, [LIN16(c51_a)]
    movq mm2, [LIN16(c51_b)]
    pmaxub mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c51_a)]
    movq mm2, [LIN16(c51_b)]
    pmaxub mm1, [LIN16(c51_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c52_a: dd 0xC5D9959C, 0x8C29A95E
c52_b: dd 0x00FFD0C2, 0xE9C00058
c52_r: dd 0xC5FFD0C2, 0xE9C0A95E
c52_n: db "pmaxub mm", 0
    CODE32
    mov ebx, 52
    mov esi, LIN16(c52_r)
    mov edi, LIN16(c52_n)
    movq mm1, [LIN16(c52_a)]
    movq mm2, [LIN16(c52_b)]
    pmaxub mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c52_a)]
    movq mm2, [LIN16(c52_b)]
    pmaxub mm1, [LIN16(c52_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c53_a: dd 0x392E8636, 0xE8BE799E
c53_b: dd 0xA90090FF, 0x85FFFF4B
c53_r: dd 0xA9008636, 0x85FFFF4B
c53_n: db "pminsw mm", 0
    CODE32
    mov ebx, 53
    mov esi, LIN16(c53_r)
    mov edi, LIN16(c53_n)
    movq mm1, [LIN16(c53_a)]
    movq mm2, [LIN16(c53_b)]
    pminsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c53_a)]
    movq mm2, [LIN16(c53_b)]
    pminsw mm1, [LIN16(c53_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c54_a: dd 0x018100FF, 0x01FF7F81
c54_b: dd 0xFF4300A9, 0xFFF5FFD1
c54_r: dd 0xFF4300A9, 0xFFF5FFD1
c54_n: db "pminsw mm", 0
    CODE32
    mov ebx, 54
    mov esi, LIN16(c54_r)
    mov edi, LIN16(c54_n)
    movq mm1, [LIN16(c54_a)]
    movq mm2, [LIN16(c54_b)]
    pminsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c54_a)]
    movq mm2, [LIN16(c54_b)]
    pminsw mm1, [LIN16(c54_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c55_a: dd 0x13212B7B, 0xC6DE0B24
c55_b: dd 0x7F818001, 0xFFFF01FF
c55_r: dd 0x7F812B7B, 0xFFFF0B24
c55_n: db "pmaxsw mm", 0
    CODE32
    mov ebx, 55
    mov esi, LIN16(c55_r)
    mov edi, LIN16(c55_n)
    movq mm1, [LIN16(c55_a)]
    movq mm2, [LIN16(c55_b)]
    pmaxsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c55_a)]
    movq mm2, [LIN16(c55_b)]
    pmaxsw mm1, [LIN16(c55_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c56_a: dd 0x7FA88050, 0x80097FB7
c56_b: dd 0xB44C338A, 0xA8217A16
c56_r: dd 0x7FA8338A, 0xA8217FB7
c56_n: db "pmaxsw mm", 0
    CODE32
    mov ebx, 56
    mov esi, LIN16(c56_r)
    mov edi, LIN16(c56_n)
    movq mm1, [LIN16(c56_a)]
    movq mm2, [LIN16(c56_b)]
    pmaxsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c56_a)]
    movq mm2, [LIN16(c56_b)]
    pmaxsw mm1, [LIN16(c56_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c57_a: dd 0x0081FF80, 0x81FEFF01
c57_b: dd 0x805F8015, 0x000B7F0A
c57_r: dd 0x00000000, 0x00000000
c57_n: db "pcmpeqb mm", 0
    CODE32
    mov ebx, 57
    mov esi, LIN16(c57_r)
    mov edi, LIN16(c57_n)
    movq mm1, [LIN16(c57_a)]
    movq mm2, [LIN16(c57_b)]
    pcmpeqb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c57_a)]
    movq mm2, [LIN16(c57_b)]
    pcmpeqb mm1, [LIN16(c57_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c58_a: dd 0x00D40054, 0x7FB88054
c58_b: dd 0x7F3B7F61, 0xFFDE0034
c58_r: dd 0x00000000, 0x00000000
c58_n: db "pcmpeqb mm", 0
    CODE32
    mov ebx, 58
    mov esi, LIN16(c58_r)
    mov edi, LIN16(c58_n)
    movq mm1, [LIN16(c58_a)]
    movq mm2, [LIN16(c58_b)]
    pcmpeqb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c58_a)]
    movq mm2, [LIN16(c58_b)]
    pcmpeqb mm1, [LIN16(c58_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c59_a: dd 0x793FE1C7, 0xD2DBAEBA
c59_b: dd 0x8001017F, 0x807F0180
c59_r: dd 0x00000000, 0x00000000
c59_n: db "pcmpeqw mm", 0
    CODE32
    mov ebx, 59
    mov esi, LIN16(c59_r)
    mov edi, LIN16(c59_n)
    movq mm1, [LIN16(c59_a)]
    movq mm2, [LIN16(c59_b)]
    pcmpeqw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c59_a)]
    movq mm2, [LIN16(c59_b)]
    pcmpeqw mm1, [LIN16(c59_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c60_a: dd 0xFFFF00FF, 0xD6FF3EFF
c60_b: dd 0x6E9ED162, 0x84E4C821
c60_r: dd 0x00000000, 0x00000000
c60_n: db "pcmpeqw mm", 0
    CODE32
    mov ebx, 60
    mov esi, LIN16(c60_r)
    mov edi, LIN16(c60_n)
    movq mm1, [LIN16(c60_a)]
    movq mm2, [LIN16(c60_b)]
    pcmpeqw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c60_a)]
    movq mm2, [LIN16(c60_b)]
    pcmpeqw mm1, [LIN16(c60_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c61_a: dd 0x7F6480C9, 0x8008FF94
c61_b: dd 0x803B7F5A, 0x809880F3
c61_r: dd 0x00000000, 0x00000000
c61_n: db "pcmpeqd mm", 0
    CODE32
    mov ebx, 61
    mov esi, LIN16(c61_r)
    mov edi, LIN16(c61_n)
    movq mm1, [LIN16(c61_a)]
    movq mm2, [LIN16(c61_b)]
    pcmpeqd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c61_a)]
    movq mm2, [LIN16(c61_b)]
    pcmpeqd mm1, [LIN16(c61_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c62_a: dd 0xFFFE0081, 0x7F00817F
c62_b: dd 0x36B25DA7, 0xA3ECAFAC
c62_r: dd 0x00000000, 0x00000000
c62_n: db "pcmpeqd mm", 0
    CODE32
    mov ebx, 62
    mov esi, LIN16(c62_r)
    mov edi, LIN16(c62_n)
    movq mm1, [LIN16(c62_a)]
    movq mm2, [LIN16(c62_b)]
    pcmpeqd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c62_a)]
    movq mm2, [LIN16(c62_b)]
    pcmpeqd mm1, [LIN16(c62_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c63_a: dd 0xFEDF1E9D, 0x13B54B04
c63_b: dd 0x7FFF01FF, 0x01817F7F
c63_r: dd 0x0000FF00, 0xFFFF0000
c63_n: db "pcmpgtb mm", 0
    CODE32
    mov ebx, 63
    mov esi, LIN16(c63_r)
    mov edi, LIN16(c63_n)
    movq mm1, [LIN16(c63_a)]
    movq mm2, [LIN16(c63_b)]
    pcmpgtb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c63_a)]
    movq mm2, [LIN16(c63_b)]
    pcmpgtb mm1, [LIN16(c63_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c64_a: dd 0x8200FF9C, 0x00FFFFD5
c64_b: dd 0x00208000, 0xFF14FF2D
c64_r: dd 0x0000FF00, 0xFF000000
c64_n: db "pcmpgtb mm", 0
    CODE32
    mov ebx, 64
    mov esi, LIN16(c64_r)
    mov edi, LIN16(c64_n)
    movq mm1, [LIN16(c64_a)]
    movq mm2, [LIN16(c64_b)]
    pcmpgtb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c64_a)]
    movq mm2, [LIN16(c64_b)]
    pcmpgtb mm1, [LIN16(c64_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c65_a: dd 0x122921D2, 0xCB6E2733
c65_b: dd 0x80818081, 0x817FFF81
c65_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c65_n: db "pcmpgtw mm", 0
    CODE32
    mov ebx, 65
    mov esi, LIN16(c65_r)
    mov edi, LIN16(c65_n)
    movq mm1, [LIN16(c65_a)]
    movq mm2, [LIN16(c65_b)]
    pcmpgtw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c65_a)]
    movq mm2, [LIN16(c65_b)]
    pcmpgtw mm1, [LIN16(c65_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c66_a: dd 0xFE817F7F, 0x81FEFEFE
c66_b: dd 0x8180817F, 0x81FE7FFE
c66_r: dd 0xFFFFFFFF, 0x00000000
c66_n: db "pcmpgtw mm", 0
    CODE32
    mov ebx, 66
    mov esi, LIN16(c66_r)
    mov edi, LIN16(c66_n)
    movq mm1, [LIN16(c66_a)]
    movq mm2, [LIN16(c66_b)]
    pcmpgtw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c66_a)]
    movq mm2, [LIN16(c66_b)]
    pcmpgtw mm1, [LIN16(c66_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c67_a: dd 0x2B634BF2, 0xDD5327E9
c67_b: dd 0x81FE81FF, 0x7F018080
c67_r: dd 0xFFFFFFFF, 0x00000000
c67_n: db "pcmpgtd mm", 0
    CODE32
    mov ebx, 67
    mov esi, LIN16(c67_r)
    mov edi, LIN16(c67_n)
    movq mm1, [LIN16(c67_a)]
    movq mm2, [LIN16(c67_b)]
    pcmpgtd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c67_a)]
    movq mm2, [LIN16(c67_b)]
    pcmpgtd mm1, [LIN16(c67_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c68_a: dd 0xFFDA7FA9, 0x8036002D
c68_b: dd 0xFFFF80FF, 0x01008181
c68_r: dd 0x00000000, 0x00000000
c68_n: db "pcmpgtd mm", 0
    CODE32
    mov ebx, 68
    mov esi, LIN16(c68_r)
    mov edi, LIN16(c68_n)
    movq mm1, [LIN16(c68_a)]
    movq mm2, [LIN16(c68_b)]
    pcmpgtd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c68_a)]
    movq mm2, [LIN16(c68_b)]
    pcmpgtd mm1, [LIN16(c68_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c69_a: dd 0x7FAA7FEC, 0xFF3200E9
c69_b: dd 0x7A0000A3, 0xFFFFFF00
c69_r: dd 0x7A0000A0, 0xFF320000
c69_n: db "pand mm", 0
    CODE32
    mov ebx, 69
    mov esi, LIN16(c69_r)
    mov edi, LIN16(c69_n)
    movq mm1, [LIN16(c69_a)]
    movq mm2, [LIN16(c69_b)]
    pand mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c69_a)]
    movq mm2, [LIN16(c69_b)]
    pand mm1, [LIN16(c69_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c70_a: dd 0x7F317F5C, 0xFF16FF59
c70_b: dd 0x8BD055CC, 0x7378508B
c70_r: dd 0x0B10554C, 0x73105009
c70_n: db "pand mm", 0
    CODE32
    mov ebx, 70
    mov esi, LIN16(c70_r)
    mov edi, LIN16(c70_n)
    movq mm1, [LIN16(c70_a)]
    movq mm2, [LIN16(c70_b)]
    pand mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c70_a)]
    movq mm2, [LIN16(c70_b)]
    pand mm1, [LIN16(c70_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c71_a: dd 0x2061833B, 0x39D56C93
c71_b: dd 0x00DF7F1A, 0x7FBDFF6C
c71_r: dd 0x009E7C00, 0x4628936C
c71_n: db "pandn mm", 0
    CODE32
    mov ebx, 71
    mov esi, LIN16(c71_r)
    mov edi, LIN16(c71_n)
    movq mm1, [LIN16(c71_a)]
    movq mm2, [LIN16(c71_b)]
    pandn mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c71_a)]
    movq mm2, [LIN16(c71_b)]
    pandn mm1, [LIN16(c71_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c72_a: dd 0x00FFFF00, 0x00FBEEFF
c72_b: dd 0x3100C300, 0x002B5000
c72_r: dd 0x31000000, 0x00001000
c72_n: db "pandn mm", 0
    CODE32
    mov ebx, 72
    mov esi, LIN16(c72_r)
    mov edi, LIN16(c72_n)
    movq mm1, [LIN16(c72_a)]
    movq mm2, [LIN16(c72_b)]
    pandn mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c72_a)]
    movq mm2, [LIN16(c72_b)]
    pandn mm1, [LIN16(c72_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c73_a: dd 0x001E804B, 0x80C4808B
c73_b: dd 0x00FE8081, 0x00FEFF80
c73_r: dd 0x00FE80CB, 0x80FEFF8B
c73_n: db "por mm", 0
    CODE32
    mov ebx, 73
    mov esi, LIN16(c73_r)
    mov edi, LIN16(c73_n)
    movq mm1, [LIN16(c73_a)]
    movq mm2, [LIN16(c73_b)]
    por mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c73_a)]
    movq mm2, [LIN16(c73_b)]
    por mm1, [LIN16(c73_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c74_a: dd 0x7F1E7F2C, 0xFFED7FC2
c74_b: dd 0xDA310025, 0xFF89FFFF
c74_r: dd 0xFF3F7F2D, 0xFFEDFFFF
c74_n: db "por mm", 0
    CODE32
    mov ebx, 74
    mov esi, LIN16(c74_r)
    mov edi, LIN16(c74_n)
    movq mm1, [LIN16(c74_a)]
    movq mm2, [LIN16(c74_b)]
    por mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c74_a)]
    movq mm2, [LIN16(c74_b)]
    por mm1, [LIN16(c74_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c75_a: dd 0xFF99FF0D, 0x7FB4FFA2
c75_b: dd 0x00FEFE81, 0x8000FEFE
c75_r: dd 0xFF67018C, 0xFFB4015C
c75_n: db "pxor mm", 0
    CODE32
    mov ebx, 75
    mov esi, LIN16(c75_r)
    mov edi, LIN16(c75_n)
    movq mm1, [LIN16(c75_a)]
    movq mm2, [LIN16(c75_b)]
    pxor mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c75_a)]
    movq mm2, [LIN16(c75_b)]
    pxor mm1, [LIN16(c75_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c76_a: dd 0x00B2FF89, 0xFF05FF00
c76_b: dd 0xBD3FFDFF, 0xFF3EFFFF
c76_r: dd 0xBD8D0276, 0x003B00FF
c76_n: db "pxor mm", 0
    CODE32
    mov ebx, 76
    mov esi, LIN16(c76_r)
    mov edi, LIN16(c76_n)
    movq mm1, [LIN16(c76_a)]
    movq mm2, [LIN16(c76_b)]
    pxor mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c76_a)]
    movq mm2, [LIN16(c76_b)]
    pxor mm1, [LIN16(c76_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c77_a: dd 0x817F7F7F, 0x0080FF80
c77_b: dd 0xD900EBFF, 0x0008FF00
c77_r: dd 0x7F80807F, 0x08808080
c77_n: db "packsswb mm", 0
    CODE32
    mov ebx, 77
    mov esi, LIN16(c77_r)
    mov edi, LIN16(c77_n)
    movq mm1, [LIN16(c77_a)]
    movq mm2, [LIN16(c77_b)]
    packsswb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c77_a)]
    movq mm2, [LIN16(c77_b)]
    packsswb mm1, [LIN16(c77_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c78_a: dd 0x00CCFFEA, 0xFF6E7F59
c78_b: dd 0x80D50007, 0x80108008
c78_r: dd 0x807F7FEA, 0x80808007
c78_n: db "packsswb mm", 0
    CODE32
    mov ebx, 78
    mov esi, LIN16(c78_r)
    mov edi, LIN16(c78_n)
    movq mm1, [LIN16(c78_a)]
    movq mm2, [LIN16(c78_b)]
    packsswb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c78_a)]
    movq mm2, [LIN16(c78_b)]
    packsswb mm1, [LIN16(c78_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c79_a: dd 0x9961227E, 0x85B6CC5A
c79_b: dd 0xFFFF01FF, 0x7F80007F
c79_r: dd 0x000000FF, 0xFF7F00FF
c79_n: db "packuswb mm", 0
    CODE32
    mov ebx, 79
    mov esi, LIN16(c79_r)
    mov edi, LIN16(c79_n)
    movq mm1, [LIN16(c79_a)]
    movq mm2, [LIN16(c79_b)]
    packuswb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c79_a)]
    movq mm2, [LIN16(c79_b)]
    packuswb mm1, [LIN16(c79_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c80_a: dd 0x80800181, 0x807F8001
c80_b: dd 0xFFF88042, 0x801AFF61
c80_r: dd 0x000000FF, 0x00000000
c80_n: db "packuswb mm", 0
    CODE32
    mov ebx, 80
    mov esi, LIN16(c80_r)
    mov edi, LIN16(c80_n)
    movq mm1, [LIN16(c80_a)]
    movq mm2, [LIN16(c80_b)]
    packuswb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c80_a)]
    movq mm2, [LIN16(c80_b)]
    packuswb mm1, [LIN16(c80_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c81_a: dd 0x817FFEFF, 0x7F0101FE
c81_b: dd 0xFF00FFFF, 0xFFFF00FF
c81_r: dd 0x7FFF8000, 0x80008000
c81_n: db "packssdw mm", 0
    CODE32
    mov ebx, 81
    mov esi, LIN16(c81_r)
    mov edi, LIN16(c81_n)
    movq mm1, [LIN16(c81_a)]
    movq mm2, [LIN16(c81_b)]
    packssdw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c81_a)]
    movq mm2, [LIN16(c81_b)]
    packssdw mm1, [LIN16(c81_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c82_a: dd 0xFF46000D, 0x001A0029
c82_b: dd 0x0040FF86, 0xFFC5007E
c82_r: dd 0x7FFF8000, 0x80007FFF
c82_n: db "packssdw mm", 0
    CODE32
    mov ebx, 82
    mov esi, LIN16(c82_r)
    mov edi, LIN16(c82_n)
    movq mm1, [LIN16(c82_a)]
    movq mm2, [LIN16(c82_b)]
    packssdw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c82_a)]
    movq mm2, [LIN16(c82_b)]
    packssdw mm1, [LIN16(c82_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c83_a: dd 0x3B8B3E11, 0xEACAC69D
c83_b: dd 0x7FFFFE81, 0x81010080
c83_r: dd 0xFE3E8111, 0x7F3BFF8B
c83_n: db "punpcklbw mm", 0
    CODE32
    mov ebx, 83
    mov esi, LIN16(c83_r)
    mov edi, LIN16(c83_n)
    movq mm1, [LIN16(c83_a)]
    movq mm2, [LIN16(c83_b)]
    punpcklbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c83_a)]
    movq mm2, [LIN16(c83_b)]
    punpcklbw mm1, [LIN16(c83_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c84_a: dd 0x33400E07, 0xD078EB72
c84_b: dd 0x761A790F, 0x9690F7F8
c84_r: dd 0x790E0F07, 0x76331A40
c84_n: db "punpcklbw mm", 0
    CODE32
    mov ebx, 84
    mov esi, LIN16(c84_r)
    mov edi, LIN16(c84_n)
    movq mm1, [LIN16(c84_a)]
    movq mm2, [LIN16(c84_b)]
    punpcklbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c84_a)]
    movq mm2, [LIN16(c84_b)]
    punpcklbw mm1, [LIN16(c84_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c85_a: dd 0xFFA97FD1, 0x00B40009
c85_b: dd 0x111DBC85, 0x024F309B
c85_r: dd 0xBC857FD1, 0x111DFFA9
c85_n: db "punpcklwd mm", 0
    CODE32
    mov ebx, 85
    mov esi, LIN16(c85_r)
    mov edi, LIN16(c85_n)
    movq mm1, [LIN16(c85_a)]
    movq mm2, [LIN16(c85_b)]
    punpcklwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c85_a)]
    movq mm2, [LIN16(c85_b)]
    punpcklwd mm1, [LIN16(c85_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c86_a: dd 0xFDC42F98, 0x4F26D843
c86_b: dd 0x271C432B, 0x2CE34992
c86_r: dd 0x432B2F98, 0x271CFDC4
c86_n: db "punpcklwd mm", 0
    CODE32
    mov ebx, 86
    mov esi, LIN16(c86_r)
    mov edi, LIN16(c86_n)
    movq mm1, [LIN16(c86_a)]
    movq mm2, [LIN16(c86_b)]
    punpcklwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c86_a)]
    movq mm2, [LIN16(c86_b)]
    punpcklwd mm1, [LIN16(c86_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c87_a: dd 0x808A7FAD, 0x7F830062
c87_b: dd 0xFF7F007F, 0x80817FFE
c87_r: dd 0x808A7FAD, 0xFF7F007F
c87_n: db "punpckldq mm", 0
    CODE32
    mov ebx, 87
    mov esi, LIN16(c87_r)
    mov edi, LIN16(c87_n)
    movq mm1, [LIN16(c87_a)]
    movq mm2, [LIN16(c87_b)]
    punpckldq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c87_a)]
    movq mm2, [LIN16(c87_b)]
    punpckldq mm1, [LIN16(c87_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c88_a: dd 0xFF048035, 0x7F32FFD7
c88_b: dd 0x68B7FF00, 0x0074FF00
c88_r: dd 0xFF048035, 0x68B7FF00
c88_n: db "punpckldq mm", 0
    CODE32
    mov ebx, 88
    mov esi, LIN16(c88_r)
    mov edi, LIN16(c88_n)
    movq mm1, [LIN16(c88_a)]
    movq mm2, [LIN16(c88_b)]
    punpckldq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c88_a)]
    movq mm2, [LIN16(c88_b)]
    punpckldq mm1, [LIN16(c88_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c89_a: dd 0x0000FFDA, 0x00FFFFFF
c89_b: dd 0x8038FF6B, 0xFF1D7F56
c89_r: dd 0x7FFF56FF, 0xFF001DFF
c89_n: db "punpckhbw mm", 0
    CODE32
    mov ebx, 89
    mov esi, LIN16(c89_r)
    mov edi, LIN16(c89_n)
    movq mm1, [LIN16(c89_a)]
    movq mm2, [LIN16(c89_b)]
    punpckhbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c89_a)]
    movq mm2, [LIN16(c89_b)]
    punpckhbw mm1, [LIN16(c89_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c90_a: dd 0x7CB03520, 0x7B6DDF85
c90_b: dd 0x8E2C1786, 0x202A76A5
c90_r: dd 0x76DFA585, 0x207B2A6D
c90_n: db "punpckhbw mm", 0
    CODE32
    mov ebx, 90
    mov esi, LIN16(c90_r)
    mov edi, LIN16(c90_n)
    movq mm1, [LIN16(c90_a)]
    movq mm2, [LIN16(c90_b)]
    punpckhbw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c90_a)]
    movq mm2, [LIN16(c90_b)]
    punpckhbw mm1, [LIN16(c90_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c91_a: dd 0x00FFAC00, 0x00FFFF00
c91_b: dd 0x00010080, 0xFF01FE7F
c91_r: dd 0xFE7FFF00, 0xFF0100FF
c91_n: db "punpckhwd mm", 0
    CODE32
    mov ebx, 91
    mov esi, LIN16(c91_r)
    mov edi, LIN16(c91_n)
    movq mm1, [LIN16(c91_a)]
    movq mm2, [LIN16(c91_b)]
    punpckhwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c91_a)]
    movq mm2, [LIN16(c91_b)]
    punpckhwd mm1, [LIN16(c91_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c92_a: dd 0x000000FB, 0x4E6E649A
c92_b: dd 0xFE80817F, 0x7FFE7F80
c92_r: dd 0x7F80649A, 0x7FFE4E6E
c92_n: db "punpckhwd mm", 0
    CODE32
    mov ebx, 92
    mov esi, LIN16(c92_r)
    mov edi, LIN16(c92_n)
    movq mm1, [LIN16(c92_a)]
    movq mm2, [LIN16(c92_b)]
    punpckhwd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c92_a)]
    movq mm2, [LIN16(c92_b)]
    punpckhwd mm1, [LIN16(c92_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c93_a: dd 0xFF0AFF57, 0x00F600A4
c93_b: dd 0x817FFF00, 0x0000FFFF
c93_r: dd 0x00F600A4, 0x0000FFFF
c93_n: db "punpckhdq mm", 0
    CODE32
    mov ebx, 93
    mov esi, LIN16(c93_r)
    mov edi, LIN16(c93_n)
    movq mm1, [LIN16(c93_a)]
    movq mm2, [LIN16(c93_b)]
    punpckhdq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c93_a)]
    movq mm2, [LIN16(c93_b)]
    punpckhdq mm1, [LIN16(c93_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c94_a: dd 0x003700A8, 0x00017F4B
c94_b: dd 0x807CB9FB, 0x9CBC38A4
c94_r: dd 0x00017F4B, 0x9CBC38A4
c94_n: db "punpckhdq mm", 0
    CODE32
    mov ebx, 94
    mov esi, LIN16(c94_r)
    mov edi, LIN16(c94_n)
    movq mm1, [LIN16(c94_a)]
    movq mm2, [LIN16(c94_b)]
    punpckhdq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c94_a)]
    movq mm2, [LIN16(c94_b)]
    punpckhdq mm1, [LIN16(c94_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c95_a: dd 0x0000FF00, 0x00FFFF00
c95_b: dd 0xFF000000, 0xFF00FFFF
c95_r: dd 0x00000000, 0x00000000
c95_n: db "pshufb mm", 0
    CODE32
    mov ebx, 95
    mov esi, LIN16(c95_r)
    mov edi, LIN16(c95_n)
    movq mm1, [LIN16(c95_a)]
    movq mm2, [LIN16(c95_b)]
    pshufb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c95_a)]
    movq mm2, [LIN16(c95_b)]
    pshufb mm1, [LIN16(c95_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c96_a: dd 0x809E002C, 0x7FCD8027
c96_b: dd 0x0053000E, 0x002500FF
c96_r: dd 0x2C802CCD, 0x2C802C00
c96_n: db "pshufb mm", 0
    CODE32
    mov ebx, 96
    mov esi, LIN16(c96_r)
    mov edi, LIN16(c96_n)
    movq mm1, [LIN16(c96_a)]
    movq mm2, [LIN16(c96_b)]
    pshufb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c96_a)]
    movq mm2, [LIN16(c96_b)]
    pshufb mm1, [LIN16(c96_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c97_a: dd 0x5FFFBC00, 0xB500FF4F
c97_b: dd 0x8BC9A0C5, 0x11FE1591
c97_r: dd 0xB44F1BFF, 0x278F2C8E
c97_n: db "phaddw mm", 0
    CODE32
    mov ebx, 97
    mov esi, LIN16(c97_r)
    mov edi, LIN16(c97_n)
    movq mm1, [LIN16(c97_a)]
    movq mm2, [LIN16(c97_b)]
    phaddw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c97_a)]
    movq mm2, [LIN16(c97_b)]
    phaddw mm1, [LIN16(c97_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c98_a: dd 0xFF43FF27, 0x80E500D4
c98_b: dd 0x000000FF, 0xFF0000FF
c98_r: dd 0x81B9FE6A, 0xFFFF00FF
c98_n: db "phaddw mm", 0
    CODE32
    mov ebx, 98
    mov esi, LIN16(c98_r)
    mov edi, LIN16(c98_n)
    movq mm1, [LIN16(c98_a)]
    movq mm2, [LIN16(c98_b)]
    phaddw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c98_a)]
    movq mm2, [LIN16(c98_b)]
    phaddw mm1, [LIN16(c98_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c99_a: dd 0x80FE8001, 0x81810181
c99_b: dd 0x80FF8000, 0x80FFFE00
c99_r: dd 0x027F8182, 0x01FF7E00
c99_n: db "phaddd mm", 0
    CODE32
    mov ebx, 99
    mov esi, LIN16(c99_r)
    mov edi, LIN16(c99_n)
    movq mm1, [LIN16(c99_a)]
    movq mm2, [LIN16(c99_b)]
    phaddd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c99_a)]
    movq mm2, [LIN16(c99_b)]
    phaddd mm1, [LIN16(c99_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c100_a: dd 0xFF6F00FF, 0x000000FF
c100_b: dd 0x80187F55, 0xFFA07F79
c100_r: dd 0xFF6F01FE, 0x7FB8FECE
c100_n: db "phaddd mm", 0
    CODE32
    mov ebx, 100
    mov esi, LIN16(c100_r)
    mov edi, LIN16(c100_n)
    movq mm1, [LIN16(c100_a)]
    movq mm2, [LIN16(c100_b)]
    phaddd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c100_a)]
    movq mm2, [LIN16(c100_b)]
    phaddd mm1, [LIN16(c100_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c101_a: dd 0x81FE0080, 0x01800000
c101_b: dd 0x7F51809A, 0x00337FCD
c101_r: dd 0x0180827E, 0x7FFFFFEB
c101_n: db "phaddsw mm", 0
    CODE32
    mov ebx, 101
    mov esi, LIN16(c101_r)
    mov edi, LIN16(c101_n)
    movq mm1, [LIN16(c101_a)]
    movq mm2, [LIN16(c101_b)]
    phaddsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c101_a)]
    movq mm2, [LIN16(c101_b)]
    phaddsw mm1, [LIN16(c101_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c102_a: dd 0x81FF0000, 0x807F8180
c102_b: dd 0xE700FF3F, 0x00730000
c102_r: dd 0x800081FF, 0x0073E63F
c102_n: db "phaddsw mm", 0
    CODE32
    mov ebx, 102
    mov esi, LIN16(c102_r)
    mov edi, LIN16(c102_n)
    movq mm1, [LIN16(c102_a)]
    movq mm2, [LIN16(c102_b)]
    phaddsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c102_a)]
    movq mm2, [LIN16(c102_b)]
    phaddsw mm1, [LIN16(c102_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c103_a: dd 0x80EEFF41, 0x7F2D007A
c103_b: dd 0x00FFB400, 0x001B00FF
c103_r: dd 0x814D7E53, 0x00E4B301
c103_n: db "phsubw mm", 0
    CODE32
    mov ebx, 103
    mov esi, LIN16(c103_r)
    mov edi, LIN16(c103_n)
    movq mm1, [LIN16(c103_a)]
    movq mm2, [LIN16(c103_b)]
    phsubw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c103_a)]
    movq mm2, [LIN16(c103_b)]
    phsubw mm1, [LIN16(c103_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c104_a: dd 0xFE7F007F, 0x0000FE7F
c104_b: dd 0xFF0000FF, 0xFF00FFDF
c104_r: dd 0xFE7F0200, 0x00DF01FF
c104_n: db "phsubw mm", 0
    CODE32
    mov ebx, 104
    mov esi, LIN16(c104_r)
    mov edi, LIN16(c104_n)
    movq mm1, [LIN16(c104_a)]
    movq mm2, [LIN16(c104_b)]
    phsubw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c104_a)]
    movq mm2, [LIN16(c104_b)]
    phsubw mm1, [LIN16(c104_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c105_a: dd 0x0015FF9A, 0xFF4A00A1
c105_b: dd 0xFF7F8100, 0x007F81FF
c105_r: dd 0x00CBFEF9, 0xFEFFFF01
c105_n: db "phsubd mm", 0
    CODE32
    mov ebx, 105
    mov esi, LIN16(c105_r)
    mov edi, LIN16(c105_n)
    movq mm1, [LIN16(c105_a)]
    movq mm2, [LIN16(c105_b)]
    phsubd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c105_a)]
    movq mm2, [LIN16(c105_b)]
    phsubd mm1, [LIN16(c105_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c106_a: dd 0xA276789B, 0x1BACC09D
c106_b: dd 0x801AFF86, 0x7F3880B4
c106_r: dd 0x86C9B7FE, 0x00E27ED2
c106_n: db "phsubd mm", 0
    CODE32
    mov ebx, 106
    mov esi, LIN16(c106_r)
    mov edi, LIN16(c106_n)
    movq mm1, [LIN16(c106_a)]
    movq mm2, [LIN16(c106_b)]
    phsubd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c106_a)]
    movq mm2, [LIN16(c106_b)]
    phsubd mm1, [LIN16(c106_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c107_a: dd 0x271BDE8F, 0x7674802B
c107_b: dd 0xFF0000FF, 0x00FF0064
c107_r: dd 0x8000B774, 0xFF6501FF
c107_n: db "phsubsw mm", 0
    CODE32
    mov ebx, 107
    mov esi, LIN16(c107_r)
    mov edi, LIN16(c107_n)
    movq mm1, [LIN16(c107_a)]
    movq mm2, [LIN16(c107_b)]
    phsubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c107_a)]
    movq mm2, [LIN16(c107_b)]
    phsubsw mm1, [LIN16(c107_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c108_a: dd 0x80F0FF65, 0x80677F43
c108_b: dd 0xFFFFFFFF, 0x495100FF
c108_r: dd 0x7FFF7E75, 0xB7AE0000
c108_n: db "phsubsw mm", 0
    CODE32
    mov ebx, 108
    mov esi, LIN16(c108_r)
    mov edi, LIN16(c108_n)
    movq mm1, [LIN16(c108_a)]
    movq mm2, [LIN16(c108_b)]
    phsubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c108_a)]
    movq mm2, [LIN16(c108_b)]
    phsubsw mm1, [LIN16(c108_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c109_a: dd 0x0061FF9C, 0xFF2BFF6D
c109_b: dd 0xEF3D9309, 0xA64A52F7
c109_r: dd 0x171D98E9, 0xB2C84DD9
c109_n: db "pmaddubsw mm", 0
    CODE32
    mov ebx, 109
    mov esi, LIN16(c109_r)
    mov edi, LIN16(c109_n)
    movq mm1, [LIN16(c109_a)]
    movq mm2, [LIN16(c109_b)]
    pmaddubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c109_a)]
    movq mm2, [LIN16(c109_b)]
    pmaddubsw mm1, [LIN16(c109_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c110_a: dd 0x0100FEFF, 0xFE000101
c110_b: dd 0x80448063, 0x800580C9
c110_r: dd 0xFF80E39D, 0x8100FF49
c110_n: db "pmaddubsw mm", 0
    CODE32
    mov ebx, 110
    mov esi, LIN16(c110_r)
    mov edi, LIN16(c110_n)
    movq mm1, [LIN16(c110_a)]
    movq mm2, [LIN16(c110_b)]
    pmaddubsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c110_a)]
    movq mm2, [LIN16(c110_b)]
    pmaddubsw mm1, [LIN16(c110_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c111_a: dd 0xFFBA0000, 0xFFFFFF07
c111_b: dd 0x81000181, 0x7F8081FE
c111_r: dd 0x00450000, 0xFFFF00F5
c111_n: db "pmulhrsw mm", 0
    CODE32
    mov ebx, 111
    mov esi, LIN16(c111_r)
    mov edi, LIN16(c111_n)
    movq mm1, [LIN16(c111_a)]
    movq mm2, [LIN16(c111_b)]
    pmulhrsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c111_a)]
    movq mm2, [LIN16(c111_b)]
    pmulhrsw mm1, [LIN16(c111_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c112_a: dd 0x00FF0000, 0xFFFF56FF
c112_b: dd 0x0081FE80, 0x817FFEFF
c112_r: dd 0x00010000, 0x0001FF51
c112_n: db "pmulhrsw mm", 0
    CODE32
    mov ebx, 112
    mov esi, LIN16(c112_r)
    mov edi, LIN16(c112_n)
    movq mm1, [LIN16(c112_a)]
    movq mm2, [LIN16(c112_b)]
    pmulhrsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c112_a)]
    movq mm2, [LIN16(c112_b)]
    pmulhrsw mm1, [LIN16(c112_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c113_a: dd 0xFFFF0000, 0x000C00D4
c113_b: dd 0x01FFBE00, 0xFFFCFFFF
c113_r: dd 0xFF010000, 0x00F4002C
c113_n: db "psignb mm", 0
    CODE32
    mov ebx, 113
    mov esi, LIN16(c113_r)
    mov edi, LIN16(c113_n)
    movq mm1, [LIN16(c113_a)]
    movq mm2, [LIN16(c113_b)]
    psignb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c113_a)]
    movq mm2, [LIN16(c113_b)]
    psignb mm1, [LIN16(c113_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c114_a: dd 0xFFFE8080, 0x00FFFF7F
c114_b: dd 0x0019FFA1, 0x7F8A00A6
c114_r: dd 0x00FE8080, 0x00010081
c114_n: db "psignb mm", 0
    CODE32
    mov ebx, 114
    mov esi, LIN16(c114_r)
    mov edi, LIN16(c114_n)
    movq mm1, [LIN16(c114_a)]
    movq mm2, [LIN16(c114_b)]
    psignb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c114_a)]
    movq mm2, [LIN16(c114_b)]
    psignb mm1, [LIN16(c114_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c115_a: dd 0x00CBFFF5, 0xFFAA8008
c115_b: dd 0x018001FE, 0x01FE8100
c115_r: dd 0x00CBFFF5, 0xFFAA7FF8
c115_n: db "psignw mm", 0
    CODE32
    mov ebx, 115
    mov esi, LIN16(c115_r)
    mov edi, LIN16(c115_n)
    movq mm1, [LIN16(c115_a)]
    movq mm2, [LIN16(c115_b)]
    psignw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c115_a)]
    movq mm2, [LIN16(c115_b)]
    psignw mm1, [LIN16(c115_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c116_a: dd 0x7F7F7F8E, 0x7F547F53
c116_b: dd 0xFF7080B4, 0x80B900B8
c116_r: dd 0x80818072, 0x80AC7F53
c116_n: db "psignw mm", 0
    CODE32
    mov ebx, 116
    mov esi, LIN16(c116_r)
    mov edi, LIN16(c116_n)
    movq mm1, [LIN16(c116_a)]
    movq mm2, [LIN16(c116_b)]
    psignw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c116_a)]
    movq mm2, [LIN16(c116_b)]
    psignw mm1, [LIN16(c116_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c117_a: dd 0xFFFFFF23, 0x00422A00
c117_b: dd 0x7FC20018, 0x800DFF5D
c117_r: dd 0xFFFFFF23, 0xFFBDD600
c117_n: db "psignd mm", 0
    CODE32
    mov ebx, 117
    mov esi, LIN16(c117_r)
    mov edi, LIN16(c117_n)
    movq mm1, [LIN16(c117_a)]
    movq mm2, [LIN16(c117_b)]
    psignd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c117_a)]
    movq mm2, [LIN16(c117_b)]
    psignd mm1, [LIN16(c117_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c118_a: dd 0x00FFFF1D, 0xFFFFFFFF
c118_b: dd 0x005C7F36, 0x00C27F3A
c118_r: dd 0x00FFFF1D, 0xFFFFFFFF
c118_n: db "psignd mm", 0
    CODE32
    mov ebx, 118
    mov esi, LIN16(c118_r)
    mov edi, LIN16(c118_n)
    movq mm1, [LIN16(c118_a)]
    movq mm2, [LIN16(c118_b)]
    psignd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c118_a)]
    movq mm2, [LIN16(c118_b)]
    psignd mm1, [LIN16(c118_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c119_a: dd 0x19EEEBB0, 0x70679285
c119_b: dd 0x80627F04, 0x00D500F4
c119_r: dd 0x80627F04, 0x002B000C
c119_n: db "pabsb mm", 0
    CODE32
    mov ebx, 119
    mov esi, LIN16(c119_r)
    mov edi, LIN16(c119_n)
    movq mm1, [LIN16(c119_a)]
    movq mm2, [LIN16(c119_b)]
    pabsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c119_a)]
    movq mm2, [LIN16(c119_b)]
    pabsb mm1, [LIN16(c119_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c120_a: dd 0xFE00FEFE, 0xFE7FFE81
c120_b: dd 0x88094E51, 0x3D19913E
c120_r: dd 0x78094E51, 0x3D196F3E
c120_n: db "pabsb mm", 0
    CODE32
    mov ebx, 120
    mov esi, LIN16(c120_r)
    mov edi, LIN16(c120_n)
    movq mm1, [LIN16(c120_a)]
    movq mm2, [LIN16(c120_b)]
    pabsb mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c120_a)]
    movq mm2, [LIN16(c120_b)]
    pabsb mm1, [LIN16(c120_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c121_a: dd 0x10522695, 0xEA387520
c121_b: dd 0x7F8F00E8, 0x80C37F00
c121_r: dd 0x7F8F00E8, 0x7F3D7F00
c121_n: db "pabsw mm", 0
    CODE32
    mov ebx, 121
    mov esi, LIN16(c121_r)
    mov edi, LIN16(c121_n)
    movq mm1, [LIN16(c121_a)]
    movq mm2, [LIN16(c121_b)]
    pabsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c121_a)]
    movq mm2, [LIN16(c121_b)]
    pabsw mm1, [LIN16(c121_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c122_a: dd 0xFF2BFF9C, 0x7FEEFFB8
c122_b: dd 0xAC7B5390, 0xB2091804
c122_r: dd 0x53855390, 0x4DF71804
c122_n: db "pabsw mm", 0
    CODE32
    mov ebx, 122
    mov esi, LIN16(c122_r)
    mov edi, LIN16(c122_n)
    movq mm1, [LIN16(c122_a)]
    movq mm2, [LIN16(c122_b)]
    pabsw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c122_a)]
    movq mm2, [LIN16(c122_b)]
    pabsw mm1, [LIN16(c122_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c123_a: dd 0x7F9EFF86, 0x80BC00B6
c123_b: dd 0xFE017FFE, 0x81000181
c123_r: dd 0x01FE8002, 0x7EFFFE7F
c123_n: db "pabsd mm", 0
    CODE32
    mov ebx, 123
    mov esi, LIN16(c123_r)
    mov edi, LIN16(c123_n)
    movq mm1, [LIN16(c123_a)]
    movq mm2, [LIN16(c123_b)]
    pabsd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c123_a)]
    movq mm2, [LIN16(c123_b)]
    pabsd mm1, [LIN16(c123_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c124_a: dd 0xFF0000F8, 0xB4FF2A00
c124_b: dd 0x5A136876, 0xA6092E0E
c124_r: dd 0x5A136876, 0x59F6D1F2
c124_n: db "pabsd mm", 0
    CODE32
    mov ebx, 124
    mov esi, LIN16(c124_r)
    mov edi, LIN16(c124_n)
    movq mm1, [LIN16(c124_a)]
    movq mm2, [LIN16(c124_b)]
    pabsd mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c124_a)]
    movq mm2, [LIN16(c124_b)]
    pabsd mm1, [LIN16(c124_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c125_a: dd 0xFF677F91, 0x006A0006
c125_b: dd 0x00000000, 0x00000000
c125_r: dd 0xFF677F91, 0x006A0006
c125_n: db "psllw by 0", 0
    CODE32
    mov ebx, 125
    mov esi, LIN16(c125_r)
    mov edi, LIN16(c125_n)
    movq mm1, [LIN16(c125_a)]
    movq mm2, [LIN16(c125_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c125_a)]
    movq mm2, [LIN16(c125_b)]
    psllw mm1, [LIN16(c125_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c126_a: dd 0x7FB3003E, 0x7FEEFFD7
c126_b: dd 0x00000003, 0x00000000
c126_r: dd 0xFD9801F0, 0xFF70FEB8
c126_n: db "psllw by 3", 0
    CODE32
    mov ebx, 126
    mov esi, LIN16(c126_r)
    mov edi, LIN16(c126_n)
    movq mm1, [LIN16(c126_a)]
    movq mm2, [LIN16(c126_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c126_a)]
    movq mm2, [LIN16(c126_b)]
    psllw mm1, [LIN16(c126_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c127_a: dd 0x0080FF7F, 0x00807FFF
c127_b: dd 0x0000000F, 0x00000000
c127_r: dd 0x00008000, 0x00008000
c127_n: db "psllw by 15", 0
    CODE32
    mov ebx, 127
    mov esi, LIN16(c127_r)
    mov edi, LIN16(c127_n)
    movq mm1, [LIN16(c127_a)]
    movq mm2, [LIN16(c127_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c127_a)]
    movq mm2, [LIN16(c127_b)]
    psllw mm1, [LIN16(c127_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c128_a: dd 0xAFC24A9F, 0xC43CAF1D
c128_b: dd 0x00000010, 0x00000000
c128_r: dd 0x00000000, 0x00000000
c128_n: db "psllw by 16", 0
    CODE32
    mov ebx, 128
    mov esi, LIN16(c128_r)
    mov edi, LIN16(c128_n)
    movq mm1, [LIN16(c128_a)]
    movq mm2, [LIN16(c128_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c128_a)]
    movq mm2, [LIN16(c128_b)]
    psllw mm1, [LIN16(c128_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c129_a: dd 0xF9A53D7D, 0x76D9137C
c129_b: dd 0x0000001F, 0x00000000
c129_r: dd 0x00000000, 0x00000000
c129_n: db "psllw by 31", 0
    CODE32
    mov ebx, 129
    mov esi, LIN16(c129_r)
    mov edi, LIN16(c129_n)
    movq mm1, [LIN16(c129_a)]
    movq mm2, [LIN16(c129_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c129_a)]
    movq mm2, [LIN16(c129_b)]
    psllw mm1, [LIN16(c129_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c130_a: dd 0x5C9D0E1B, 0xA4B317A1
c130_b: dd 0x00000021, 0x00000000
c130_r: dd 0x00000000, 0x00000000
c130_n: db "psllw by 33", 0
    CODE32
    mov ebx, 130
    mov esi, LIN16(c130_r)
    mov edi, LIN16(c130_n)
    movq mm1, [LIN16(c130_a)]
    movq mm2, [LIN16(c130_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c130_a)]
    movq mm2, [LIN16(c130_b)]
    psllw mm1, [LIN16(c130_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c131_a: dd 0x7F7BFF7D, 0x8043007C
c131_b: dd 0x00000040, 0x00000000
c131_r: dd 0x00000000, 0x00000000
c131_n: db "psllw by 64", 0
    CODE32
    mov ebx, 131
    mov esi, LIN16(c131_r)
    mov edi, LIN16(c131_n)
    movq mm1, [LIN16(c131_a)]
    movq mm2, [LIN16(c131_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c131_a)]
    movq mm2, [LIN16(c131_b)]
    psllw mm1, [LIN16(c131_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c132_a: dd 0xE38DACC7, 0x708778FE
c132_b: dd 0x00000001, 0x00000001
c132_r: dd 0x00000000, 0x00000000
c132_n: db "psllw by 4294967297", 0
    CODE32
    mov ebx, 132
    mov esi, LIN16(c132_r)
    mov edi, LIN16(c132_n)
    movq mm1, [LIN16(c132_a)]
    movq mm2, [LIN16(c132_b)]
    psllw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c132_a)]
    movq mm2, [LIN16(c132_b)]
    psllw mm1, [LIN16(c132_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c133_a: dd 0x8081000E, 0x80DFFF02
c133_b: dd 0x00000000, 0x00000000
c133_r: dd 0x8081000E, 0x80DFFF02
c133_n: db "psllw imm 0", 0
    CODE32
    mov ebx, 133
    mov esi, LIN16(c133_r)
    mov edi, LIN16(c133_n)
    movq mm1, [LIN16(c133_a)]
    movq mm2, [LIN16(c133_b)]
    psllw mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c134_a: dd 0x8100807F, 0x01FF017F
c134_b: dd 0x00000000, 0x00000000
c134_r: dd 0x020000FE, 0x03FE02FE
c134_n: db "psllw imm 1", 0
    CODE32
    mov ebx, 134
    mov esi, LIN16(c134_r)
    mov edi, LIN16(c134_n)
    movq mm1, [LIN16(c134_a)]
    movq mm2, [LIN16(c134_b)]
    psllw mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c135_a: dd 0xFF927F68, 0x8037807E
c135_b: dd 0x00000000, 0x00000000
c135_r: dd 0xC900B400, 0x1B803F00
c135_n: db "psllw imm 7", 0
    CODE32
    mov ebx, 135
    mov esi, LIN16(c135_r)
    mov edi, LIN16(c135_n)
    movq mm1, [LIN16(c135_a)]
    movq mm2, [LIN16(c135_b)]
    psllw mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c136_a: dd 0x80FE80FE, 0x807FFFFF
c136_b: dd 0x00000000, 0x00000000
c136_r: dd 0x00000000, 0x80008000
c136_n: db "psllw imm 15", 0
    CODE32
    mov ebx, 136
    mov esi, LIN16(c136_r)
    mov edi, LIN16(c136_n)
    movq mm1, [LIN16(c136_a)]
    movq mm2, [LIN16(c136_b)]
    psllw mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c137_a: dd 0x807F0100, 0x7F807F00
c137_b: dd 0x00000000, 0x00000000
c137_r: dd 0x00000000, 0x00000000
c137_n: db "psllw imm 16", 0
    CODE32
    mov ebx, 137
    mov esi, LIN16(c137_r)
    mov edi, LIN16(c137_n)
    movq mm1, [LIN16(c137_a)]
    movq mm2, [LIN16(c137_b)]
    psllw mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c138_a: dd 0x000000FF, 0x0000FFA3
c138_b: dd 0x00000000, 0x00000000
c138_r: dd 0x00000000, 0x00000000
c138_n: db "psllw imm 31", 0
    CODE32
    mov ebx, 138
    mov esi, LIN16(c138_r)
    mov edi, LIN16(c138_n)
    movq mm1, [LIN16(c138_a)]
    movq mm2, [LIN16(c138_b)]
    psllw mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c139_a: dd 0xFE80FEFE, 0x01008081
c139_b: dd 0x00000000, 0x00000000
c139_r: dd 0x00000000, 0x00000000
c139_n: db "psllw imm 32", 0
    CODE32
    mov ebx, 139
    mov esi, LIN16(c139_r)
    mov edi, LIN16(c139_n)
    movq mm1, [LIN16(c139_a)]
    movq mm2, [LIN16(c139_b)]
    psllw mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c140_a: dd 0x7F288067, 0x80E27F66
c140_b: dd 0x00000000, 0x00000000
c140_r: dd 0x00000000, 0x00000000
c140_n: db "psllw imm 63", 0
    CODE32
    mov ebx, 140
    mov esi, LIN16(c140_r)
    mov edi, LIN16(c140_n)
    movq mm1, [LIN16(c140_a)]
    movq mm2, [LIN16(c140_b)]
    psllw mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c141_a: dd 0xFFFFD3FF, 0xFF4DFB00
c141_b: dd 0x00000000, 0x00000000
c141_r: dd 0x00000000, 0x00000000
c141_n: db "psllw imm 64", 0
    CODE32
    mov ebx, 141
    mov esi, LIN16(c141_r)
    mov edi, LIN16(c141_n)
    movq mm1, [LIN16(c141_a)]
    movq mm2, [LIN16(c141_b)]
    psllw mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c142_a: dd 0xFF5DFFFF, 0xD30083FF
c142_b: dd 0x00000000, 0x00000000
c142_r: dd 0x00000000, 0x00000000
c142_n: db "psllw imm 200", 0
    CODE32
    mov ebx, 142
    mov esi, LIN16(c142_r)
    mov edi, LIN16(c142_n)
    movq mm1, [LIN16(c142_a)]
    movq mm2, [LIN16(c142_b)]
    psllw mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c143_a: dd 0xF4B4EC8D, 0x8F9252CB
c143_b: dd 0x00000000, 0x00000000
c143_r: dd 0xF4B4EC8D, 0x8F9252CB
c143_n: db "pslld by 0", 0
    CODE32
    mov ebx, 143
    mov esi, LIN16(c143_r)
    mov edi, LIN16(c143_n)
    movq mm1, [LIN16(c143_a)]
    movq mm2, [LIN16(c143_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c143_a)]
    movq mm2, [LIN16(c143_b)]
    pslld mm1, [LIN16(c143_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c144_a: dd 0x0016149E, 0xFFDB69FF
c144_b: dd 0x00000003, 0x00000000
c144_r: dd 0x00B0A4F0, 0xFEDB4FF8
c144_n: db "pslld by 3", 0
    CODE32
    mov ebx, 144
    mov esi, LIN16(c144_r)
    mov edi, LIN16(c144_n)
    movq mm1, [LIN16(c144_a)]
    movq mm2, [LIN16(c144_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c144_a)]
    movq mm2, [LIN16(c144_b)]
    pslld mm1, [LIN16(c144_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c145_a: dd 0x008000FF, 0x017F80FF
c145_b: dd 0x0000000F, 0x00000000
c145_r: dd 0x007F8000, 0xC07F8000
c145_n: db "pslld by 15", 0
    CODE32
    mov ebx, 145
    mov esi, LIN16(c145_r)
    mov edi, LIN16(c145_n)
    movq mm1, [LIN16(c145_a)]
    movq mm2, [LIN16(c145_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c145_a)]
    movq mm2, [LIN16(c145_b)]
    pslld mm1, [LIN16(c145_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c146_a: dd 0x00472569, 0xAC4FC97E
c146_b: dd 0x00000010, 0x00000000
c146_r: dd 0x25690000, 0xC97E0000
c146_n: db "pslld by 16", 0
    CODE32
    mov ebx, 146
    mov esi, LIN16(c146_r)
    mov edi, LIN16(c146_n)
    movq mm1, [LIN16(c146_a)]
    movq mm2, [LIN16(c146_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c146_a)]
    movq mm2, [LIN16(c146_b)]
    pslld mm1, [LIN16(c146_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c147_a: dd 0xFF81FEFF, 0x80010081
c147_b: dd 0x0000001F, 0x00000000
c147_r: dd 0x80000000, 0x80000000
c147_n: db "pslld by 31", 0
    CODE32
    mov ebx, 147
    mov esi, LIN16(c147_r)
    mov edi, LIN16(c147_n)
    movq mm1, [LIN16(c147_a)]
    movq mm2, [LIN16(c147_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c147_a)]
    movq mm2, [LIN16(c147_b)]
    pslld mm1, [LIN16(c147_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c148_a: dd 0x7F1D7F8A, 0x00B300BA
c148_b: dd 0x00000021, 0x00000000
c148_r: dd 0x00000000, 0x00000000
c148_n: db "pslld by 33", 0
    CODE32
    mov ebx, 148
    mov esi, LIN16(c148_r)
    mov edi, LIN16(c148_n)
    movq mm1, [LIN16(c148_a)]
    movq mm2, [LIN16(c148_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c148_a)]
    movq mm2, [LIN16(c148_b)]
    pslld mm1, [LIN16(c148_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c149_a: dd 0xA63E8BCD, 0xBE4999BF
c149_b: dd 0x00000040, 0x00000000
c149_r: dd 0x00000000, 0x00000000
c149_n: db "pslld by 64", 0
    CODE32
    mov ebx, 149
    mov esi, LIN16(c149_r)
    mov edi, LIN16(c149_n)
    movq mm1, [LIN16(c149_a)]
    movq mm2, [LIN16(c149_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c149_a)]
    movq mm2, [LIN16(c149_b)]
    pslld mm1, [LIN16(c149_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c150_a: dd 0xFFEA00FF, 0x00FFFFFF
c150_b: dd 0x00000001, 0x00000001
c150_r: dd 0x00000000, 0x00000000
c150_n: db "pslld by 4294967297", 0
    CODE32
    mov ebx, 150
    mov esi, LIN16(c150_r)
    mov edi, LIN16(c150_n)
    movq mm1, [LIN16(c150_a)]
    movq mm2, [LIN16(c150_b)]
    pslld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c150_a)]
    movq mm2, [LIN16(c150_b)]
    pslld mm1, [LIN16(c150_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c151_a: dd 0x81FF8000, 0xFE00FE00
c151_b: dd 0x00000000, 0x00000000
c151_r: dd 0x81FF8000, 0xFE00FE00
c151_n: db "pslld imm 0", 0
    CODE32
    mov ebx, 151
    mov esi, LIN16(c151_r)
    mov edi, LIN16(c151_n)
    movq mm1, [LIN16(c151_a)]
    movq mm2, [LIN16(c151_b)]
    pslld mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c152_a: dd 0x10E88CE2, 0xFD4334AF
c152_b: dd 0x00000000, 0x00000000
c152_r: dd 0x21D119C4, 0xFA86695E
c152_n: db "pslld imm 1", 0
    CODE32
    mov ebx, 152
    mov esi, LIN16(c152_r)
    mov edi, LIN16(c152_n)
    movq mm1, [LIN16(c152_a)]
    movq mm2, [LIN16(c152_b)]
    pslld mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c153_a: dd 0x801680C3, 0x7FB200B3
c153_b: dd 0x00000000, 0x00000000
c153_r: dd 0x0B406180, 0xD9005980
c153_n: db "pslld imm 7", 0
    CODE32
    mov ebx, 153
    mov esi, LIN16(c153_r)
    mov edi, LIN16(c153_n)
    movq mm1, [LIN16(c153_a)]
    movq mm2, [LIN16(c153_b)]
    pslld mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c154_a: dd 0x81FF8081, 0xFE7F8080
c154_b: dd 0x00000000, 0x00000000
c154_r: dd 0xC0408000, 0xC0400000
c154_n: db "pslld imm 15", 0
    CODE32
    mov ebx, 154
    mov esi, LIN16(c154_r)
    mov edi, LIN16(c154_n)
    movq mm1, [LIN16(c154_a)]
    movq mm2, [LIN16(c154_b)]
    pslld mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c155_a: dd 0xDB6B7F38, 0xDC72333A
c155_b: dd 0x00000000, 0x00000000
c155_r: dd 0x7F380000, 0x333A0000
c155_n: db "pslld imm 16", 0
    CODE32
    mov ebx, 155
    mov esi, LIN16(c155_r)
    mov edi, LIN16(c155_n)
    movq mm1, [LIN16(c155_a)]
    movq mm2, [LIN16(c155_b)]
    pslld mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c156_a: dd 0xBCFFFFFF, 0xFF003A98
c156_b: dd 0x00000000, 0x00000000
c156_r: dd 0x80000000, 0x00000000
c156_n: db "pslld imm 31", 0
    CODE32
    mov ebx, 156
    mov esi, LIN16(c156_r)
    mov edi, LIN16(c156_n)
    movq mm1, [LIN16(c156_a)]
    movq mm2, [LIN16(c156_b)]
    pslld mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c157_a: dd 0xFF00FF7F, 0x01FF007F
c157_b: dd 0x00000000, 0x00000000
c157_r: dd 0x00000000, 0x00000000
c157_n: db "pslld imm 32", 0
    CODE32
    mov ebx, 157
    mov esi, LIN16(c157_r)
    mov edi, LIN16(c157_n)
    movq mm1, [LIN16(c157_a)]
    movq mm2, [LIN16(c157_b)]
    pslld mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c158_a: dd 0x44EB98F4, 0xA355BCE3
c158_b: dd 0x00000000, 0x00000000
c158_r: dd 0x00000000, 0x00000000
c158_n: db "pslld imm 63", 0
    CODE32
    mov ebx, 158
    mov esi, LIN16(c158_r)
    mov edi, LIN16(c158_n)
    movq mm1, [LIN16(c158_a)]
    movq mm2, [LIN16(c158_b)]
    pslld mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c159_a: dd 0x7F24FF27, 0x004200D9
c159_b: dd 0x00000000, 0x00000000
c159_r: dd 0x00000000, 0x00000000
c159_n: db "pslld imm 64", 0
    CODE32
    mov ebx, 159
    mov esi, LIN16(c159_r)
    mov edi, LIN16(c159_n)
    movq mm1, [LIN16(c159_a)]
    movq mm2, [LIN16(c159_b)]
    pslld mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c160_a: dd 0xFE00FF80, 0xFEFF817F
c160_b: dd 0x00000000, 0x00000000
c160_r: dd 0x00000000, 0x00000000
c160_n: db "pslld imm 200", 0
    CODE32
    mov ebx, 160
    mov esi, LIN16(c160_r)
    mov edi, LIN16(c160_n)
    movq mm1, [LIN16(c160_a)]
    movq mm2, [LIN16(c160_b)]
    pslld mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c161_a: dd 0xC5272308, 0xD6E7ECEE
c161_b: dd 0x00000000, 0x00000000
c161_r: dd 0xC5272308, 0xD6E7ECEE
c161_n: db "psllq by 0", 0
    CODE32
    mov ebx, 161
    mov esi, LIN16(c161_r)
    mov edi, LIN16(c161_n)
    movq mm1, [LIN16(c161_a)]
    movq mm2, [LIN16(c161_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c161_a)]
    movq mm2, [LIN16(c161_b)]
    psllq mm1, [LIN16(c161_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c162_a: dd 0xFE0180FF, 0xFF01FE7F
c162_b: dd 0x00000003, 0x00000000
c162_r: dd 0xF00C07F8, 0xF80FF3FF
c162_n: db "psllq by 3", 0
    CODE32
    mov ebx, 162
    mov esi, LIN16(c162_r)
    mov edi, LIN16(c162_n)
    movq mm1, [LIN16(c162_a)]
    movq mm2, [LIN16(c162_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c162_a)]
    movq mm2, [LIN16(c162_b)]
    psllq mm1, [LIN16(c162_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c163_a: dd 0xFF3EFFCD, 0x00FFFFE6
c163_b: dd 0x0000000F, 0x00000000
c163_r: dd 0x7FE68000, 0xFFF37F9F
c163_n: db "psllq by 15", 0
    CODE32
    mov ebx, 163
    mov esi, LIN16(c163_r)
    mov edi, LIN16(c163_n)
    movq mm1, [LIN16(c163_a)]
    movq mm2, [LIN16(c163_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c163_a)]
    movq mm2, [LIN16(c163_b)]
    psllq mm1, [LIN16(c163_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c164_a: dd 0xFF40FF00, 0x000000AC
c164_b: dd 0x00000010, 0x00000000
c164_r: dd 0xFF000000, 0x00ACFF40
c164_n: db "psllq by 16", 0
    CODE32
    mov ebx, 164
    mov esi, LIN16(c164_r)
    mov edi, LIN16(c164_n)
    movq mm1, [LIN16(c164_a)]
    movq mm2, [LIN16(c164_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c164_a)]
    movq mm2, [LIN16(c164_b)]
    psllq mm1, [LIN16(c164_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c165_a: dd 0x06CF65EE, 0xC25D0706
c165_b: dd 0x0000001F, 0x00000000
c165_r: dd 0x00000000, 0x0367B2F7
c165_n: db "psllq by 31", 0
    CODE32
    mov ebx, 165
    mov esi, LIN16(c165_r)
    mov edi, LIN16(c165_n)
    movq mm1, [LIN16(c165_a)]
    movq mm2, [LIN16(c165_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c165_a)]
    movq mm2, [LIN16(c165_b)]
    psllq mm1, [LIN16(c165_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c166_a: dd 0x00480000, 0xFFFFFFFF
c166_b: dd 0x00000021, 0x00000000
c166_r: dd 0x00000000, 0x00900000
c166_n: db "psllq by 33", 0
    CODE32
    mov ebx, 166
    mov esi, LIN16(c166_r)
    mov edi, LIN16(c166_n)
    movq mm1, [LIN16(c166_a)]
    movq mm2, [LIN16(c166_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c166_a)]
    movq mm2, [LIN16(c166_b)]
    psllq mm1, [LIN16(c166_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c167_a: dd 0x007FFE80, 0x8000FF81
c167_b: dd 0x00000040, 0x00000000
c167_r: dd 0x00000000, 0x00000000
c167_n: db "psllq by 64", 0
    CODE32
    mov ebx, 167
    mov esi, LIN16(c167_r)
    mov edi, LIN16(c167_n)
    movq mm1, [LIN16(c167_a)]
    movq mm2, [LIN16(c167_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c167_a)]
    movq mm2, [LIN16(c167_b)]
    psllq mm1, [LIN16(c167_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c168_a: dd 0x007AFF95, 0x80548011
c168_b: dd 0x00000001, 0x00000001
c168_r: dd 0x00000000, 0x00000000
c168_n: db "psllq by 4294967297", 0
    CODE32
    mov ebx, 168
    mov esi, LIN16(c168_r)
    mov edi, LIN16(c168_n)
    movq mm1, [LIN16(c168_a)]
    movq mm2, [LIN16(c168_b)]
    psllq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c168_a)]
    movq mm2, [LIN16(c168_b)]
    psllq mm1, [LIN16(c168_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c169_a: dd 0xFF69FF17, 0xFF827FED
c169_b: dd 0x00000000, 0x00000000
c169_r: dd 0xFF69FF17, 0xFF827FED
c169_n: db "psllq imm 0", 0
    CODE32
    mov ebx, 169
    mov esi, LIN16(c169_r)
    mov edi, LIN16(c169_n)
    movq mm1, [LIN16(c169_a)]
    movq mm2, [LIN16(c169_b)]
    psllq mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c170_a: dd 0x0000FFF0, 0xE50000B9
c170_b: dd 0x00000000, 0x00000000
c170_r: dd 0x0001FFE0, 0xCA000172
c170_n: db "psllq imm 1", 0
    CODE32
    mov ebx, 170
    mov esi, LIN16(c170_r)
    mov edi, LIN16(c170_n)
    movq mm1, [LIN16(c170_a)]
    movq mm2, [LIN16(c170_b)]
    psllq mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c171_a: dd 0xFF00FF00, 0xFFFF00FF
c171_b: dd 0x00000000, 0x00000000
c171_r: dd 0x807F8000, 0xFF807FFF
c171_n: db "psllq imm 7", 0
    CODE32
    mov ebx, 171
    mov esi, LIN16(c171_r)
    mov edi, LIN16(c171_n)
    movq mm1, [LIN16(c171_a)]
    movq mm2, [LIN16(c171_b)]
    psllq mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c172_a: dd 0x000080FF, 0x0100807F
c172_b: dd 0x00000000, 0x00000000
c172_r: dd 0x407F8000, 0x403F8000
c172_n: db "psllq imm 15", 0
    CODE32
    mov ebx, 172
    mov esi, LIN16(c172_r)
    mov edi, LIN16(c172_n)
    movq mm1, [LIN16(c172_a)]
    movq mm2, [LIN16(c172_b)]
    psllq mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c173_a: dd 0xCA89ED84, 0x7DF4FEA3
c173_b: dd 0x00000000, 0x00000000
c173_r: dd 0xED840000, 0xFEA3CA89
c173_n: db "psllq imm 16", 0
    CODE32
    mov ebx, 173
    mov esi, LIN16(c173_r)
    mov edi, LIN16(c173_n)
    movq mm1, [LIN16(c173_a)]
    movq mm2, [LIN16(c173_b)]
    psllq mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c174_a: dd 0x817F8081, 0xFF8101FE
c174_b: dd 0x00000000, 0x00000000
c174_r: dd 0x80000000, 0x40BFC040
c174_n: db "psllq imm 31", 0
    CODE32
    mov ebx, 174
    mov esi, LIN16(c174_r)
    mov edi, LIN16(c174_n)
    movq mm1, [LIN16(c174_a)]
    movq mm2, [LIN16(c174_b)]
    psllq mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c175_a: dd 0x01FF00FE, 0x7FFE7FFF
c175_b: dd 0x00000000, 0x00000000
c175_r: dd 0x00000000, 0x01FF00FE
c175_n: db "psllq imm 32", 0
    CODE32
    mov ebx, 175
    mov esi, LIN16(c175_r)
    mov edi, LIN16(c175_n)
    movq mm1, [LIN16(c175_a)]
    movq mm2, [LIN16(c175_b)]
    psllq mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c176_a: dd 0x6AB99679, 0xB9876305
c176_b: dd 0x00000000, 0x00000000
c176_r: dd 0x00000000, 0x80000000
c176_n: db "psllq imm 63", 0
    CODE32
    mov ebx, 176
    mov esi, LIN16(c176_r)
    mov edi, LIN16(c176_n)
    movq mm1, [LIN16(c176_a)]
    movq mm2, [LIN16(c176_b)]
    psllq mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c177_a: dd 0xFF00FEFE, 0x810080FE
c177_b: dd 0x00000000, 0x00000000
c177_r: dd 0x00000000, 0x00000000
c177_n: db "psllq imm 64", 0
    CODE32
    mov ebx, 177
    mov esi, LIN16(c177_r)
    mov edi, LIN16(c177_n)
    movq mm1, [LIN16(c177_a)]
    movq mm2, [LIN16(c177_b)]
    psllq mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c178_a: dd 0x97AECD2E, 0xD4A173F8
c178_b: dd 0x00000000, 0x00000000
c178_r: dd 0x00000000, 0x00000000
c178_n: db "psllq imm 200", 0
    CODE32
    mov ebx, 178
    mov esi, LIN16(c178_r)
    mov edi, LIN16(c178_n)
    movq mm1, [LIN16(c178_a)]
    movq mm2, [LIN16(c178_b)]
    psllq mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c179_a: dd 0x20A00000, 0xFF080000
c179_b: dd 0x00000000, 0x00000000
c179_r: dd 0x20A00000, 0xFF080000
c179_n: db "psrlw by 0", 0
    CODE32
    mov ebx, 179
    mov esi, LIN16(c179_r)
    mov edi, LIN16(c179_n)
    movq mm1, [LIN16(c179_a)]
    movq mm2, [LIN16(c179_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c179_a)]
    movq mm2, [LIN16(c179_b)]
    psrlw mm1, [LIN16(c179_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c180_a: dd 0xFF117F12, 0xFF117FA3
c180_b: dd 0x00000003, 0x00000000
c180_r: dd 0x1FE20FE2, 0x1FE20FF4
c180_n: db "psrlw by 3", 0
    CODE32
    mov ebx, 180
    mov esi, LIN16(c180_r)
    mov edi, LIN16(c180_n)
    movq mm1, [LIN16(c180_a)]
    movq mm2, [LIN16(c180_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c180_a)]
    movq mm2, [LIN16(c180_b)]
    psrlw mm1, [LIN16(c180_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c181_a: dd 0x95DF0095, 0x73D0B510
c181_b: dd 0x0000000F, 0x00000000
c181_r: dd 0x00010000, 0x00000001
c181_n: db "psrlw by 15", 0
    CODE32
    mov ebx, 181
    mov esi, LIN16(c181_r)
    mov edi, LIN16(c181_n)
    movq mm1, [LIN16(c181_a)]
    movq mm2, [LIN16(c181_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c181_a)]
    movq mm2, [LIN16(c181_b)]
    psrlw mm1, [LIN16(c181_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c182_a: dd 0xFF04FF61, 0x80E7FFAF
c182_b: dd 0x00000010, 0x00000000
c182_r: dd 0x00000000, 0x00000000
c182_n: db "psrlw by 16", 0
    CODE32
    mov ebx, 182
    mov esi, LIN16(c182_r)
    mov edi, LIN16(c182_n)
    movq mm1, [LIN16(c182_a)]
    movq mm2, [LIN16(c182_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c182_a)]
    movq mm2, [LIN16(c182_b)]
    psrlw mm1, [LIN16(c182_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c183_a: dd 0x01FE01FF, 0x7F00807F
c183_b: dd 0x0000001F, 0x00000000
c183_r: dd 0x00000000, 0x00000000
c183_n: db "psrlw by 31", 0
    CODE32
    mov ebx, 183
    mov esi, LIN16(c183_r)
    mov edi, LIN16(c183_n)
    movq mm1, [LIN16(c183_a)]
    movq mm2, [LIN16(c183_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c183_a)]
    movq mm2, [LIN16(c183_b)]
    psrlw mm1, [LIN16(c183_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c184_a: dd 0x3C36B351, 0xA9285999
c184_b: dd 0x00000021, 0x00000000
c184_r: dd 0x00000000, 0x00000000
c184_n: db "psrlw by 33", 0
    CODE32
    mov ebx, 184
    mov esi, LIN16(c184_r)
    mov edi, LIN16(c184_n)
    movq mm1, [LIN16(c184_a)]
    movq mm2, [LIN16(c184_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c184_a)]
    movq mm2, [LIN16(c184_b)]
    psrlw mm1, [LIN16(c184_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c185_a: dd 0xE9B0A764, 0x6347D41C
c185_b: dd 0x00000040, 0x00000000
c185_r: dd 0x00000000, 0x00000000
c185_n: db "psrlw by 64", 0
    CODE32
    mov ebx, 185
    mov esi, LIN16(c185_r)
    mov edi, LIN16(c185_n)
    movq mm1, [LIN16(c185_a)]
    movq mm2, [LIN16(c185_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c185_a)]
    movq mm2, [LIN16(c185_b)]
    psrlw mm1, [LIN16(c185_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c186_a: dd 0xFF6300BF, 0x00858053
c186_b: dd 0x00000001, 0x00000001
c186_r: dd 0x00000000, 0x00000000
c186_n: db "psrlw by 4294967297", 0
    CODE32
    mov ebx, 186
    mov esi, LIN16(c186_r)
    mov edi, LIN16(c186_n)
    movq mm1, [LIN16(c186_a)]
    movq mm2, [LIN16(c186_b)]
    psrlw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c186_a)]
    movq mm2, [LIN16(c186_b)]
    psrlw mm1, [LIN16(c186_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c187_a: dd 0x1C4AC12B, 0xEDFF2FFD
c187_b: dd 0x00000000, 0x00000000
c187_r: dd 0x1C4AC12B, 0xEDFF2FFD
c187_n: db "psrlw imm 0", 0
    CODE32
    mov ebx, 187
    mov esi, LIN16(c187_r)
    mov edi, LIN16(c187_n)
    movq mm1, [LIN16(c187_a)]
    movq mm2, [LIN16(c187_b)]
    psrlw mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c188_a: dd 0x8BFC1529, 0x7729FAD1
c188_b: dd 0x00000000, 0x00000000
c188_r: dd 0x45FE0A94, 0x3B947D68
c188_n: db "psrlw imm 1", 0
    CODE32
    mov ebx, 188
    mov esi, LIN16(c188_r)
    mov edi, LIN16(c188_n)
    movq mm1, [LIN16(c188_a)]
    movq mm2, [LIN16(c188_b)]
    psrlw mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c189_a: dd 0x72A5EEAE, 0xFCB1043A
c189_b: dd 0x00000000, 0x00000000
c189_r: dd 0x00E501DD, 0x01F90008
c189_n: db "psrlw imm 7", 0
    CODE32
    mov ebx, 189
    mov esi, LIN16(c189_r)
    mov edi, LIN16(c189_n)
    movq mm1, [LIN16(c189_a)]
    movq mm2, [LIN16(c189_b)]
    psrlw mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c190_a: dd 0x0180FFFE, 0x81FFFE00
c190_b: dd 0x00000000, 0x00000000
c190_r: dd 0x00000001, 0x00010001
c190_n: db "psrlw imm 15", 0
    CODE32
    mov ebx, 190
    mov esi, LIN16(c190_r)
    mov edi, LIN16(c190_n)
    movq mm1, [LIN16(c190_a)]
    movq mm2, [LIN16(c190_b)]
    psrlw mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c191_a: dd 0x00EA0014, 0x004A00DC
c191_b: dd 0x00000000, 0x00000000
c191_r: dd 0x00000000, 0x00000000
c191_n: db "psrlw imm 16", 0
    CODE32
    mov ebx, 191
    mov esi, LIN16(c191_r)
    mov edi, LIN16(c191_n)
    movq mm1, [LIN16(c191_a)]
    movq mm2, [LIN16(c191_b)]
    psrlw mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c192_a: dd 0x17FFFF00, 0x00FF0000
c192_b: dd 0x00000000, 0x00000000
c192_r: dd 0x00000000, 0x00000000
c192_n: db "psrlw imm 31", 0
    CODE32
    mov ebx, 192
    mov esi, LIN16(c192_r)
    mov edi, LIN16(c192_n)
    movq mm1, [LIN16(c192_a)]
    movq mm2, [LIN16(c192_b)]
    psrlw mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c193_a: dd 0xFE7FFF81, 0x80807FFE
c193_b: dd 0x00000000, 0x00000000
c193_r: dd 0x00000000, 0x00000000
c193_n: db "psrlw imm 32", 0
    CODE32
    mov ebx, 193
    mov esi, LIN16(c193_r)
    mov edi, LIN16(c193_n)
    movq mm1, [LIN16(c193_a)]
    movq mm2, [LIN16(c193_b)]
    psrlw mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c194_a: dd 0x7D801B56, 0x7B57CBF6
c194_b: dd 0x00000000, 0x00000000
c194_r: dd 0x00000000, 0x00000000
c194_n: db "psrlw imm 63", 0
    CODE32
    mov ebx, 194
    mov esi, LIN16(c194_r)
    mov edi, LIN16(c194_n)
    movq mm1, [LIN16(c194_a)]
    movq mm2, [LIN16(c194_b)]
    psrlw mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c195_a: dd 0xFF81017F, 0x80FFFE7F
c195_b: dd 0x00000000, 0x00000000
c195_r: dd 0x00000000, 0x00000000
c195_n: db "psrlw imm 64", 0
    CODE32
    mov ebx, 195
    mov esi, LIN16(c195_r)
    mov edi, LIN16(c195_n)
    movq mm1, [LIN16(c195_a)]
    movq mm2, [LIN16(c195_b)]
    psrlw mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c196_a: dd 0x00777F99, 0xFFEE8019
c196_b: dd 0x00000000, 0x00000000
c196_r: dd 0x00000000, 0x00000000
c196_n: db "psrlw imm 200", 0
    CODE32
    mov ebx, 196
    mov esi, LIN16(c196_r)
    mov edi, LIN16(c196_n)
    movq mm1, [LIN16(c196_a)]
    movq mm2, [LIN16(c196_b)]
    psrlw mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c197_a: dd 0xFF00EB06, 0xFF000F00
c197_b: dd 0x00000000, 0x00000000
c197_r: dd 0xFF00EB06, 0xFF000F00
c197_n: db "psrld by 0", 0
    CODE32
    mov ebx, 197
    mov esi, LIN16(c197_r)
    mov edi, LIN16(c197_n)
    movq mm1, [LIN16(c197_a)]
    movq mm2, [LIN16(c197_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c197_a)]
    movq mm2, [LIN16(c197_b)]
    psrld mm1, [LIN16(c197_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c198_a: dd 0x1D8EFF3F, 0xFFFFD7F5
c198_b: dd 0x00000003, 0x00000000
c198_r: dd 0x03B1DFE7, 0x1FFFFAFE
c198_n: db "psrld by 3", 0
    CODE32
    mov ebx, 198
    mov esi, LIN16(c198_r)
    mov edi, LIN16(c198_n)
    movq mm1, [LIN16(c198_a)]
    movq mm2, [LIN16(c198_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c198_a)]
    movq mm2, [LIN16(c198_b)]
    psrld mm1, [LIN16(c198_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c199_a: dd 0x81810181, 0x0001FE01
c199_b: dd 0x0000000F, 0x00000000
c199_r: dd 0x00010302, 0x00000003
c199_n: db "psrld by 15", 0
    CODE32
    mov ebx, 199
    mov esi, LIN16(c199_r)
    mov edi, LIN16(c199_n)
    movq mm1, [LIN16(c199_a)]
    movq mm2, [LIN16(c199_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c199_a)]
    movq mm2, [LIN16(c199_b)]
    psrld mm1, [LIN16(c199_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c200_a: dd 0x81017F80, 0x7FFF7F81
c200_b: dd 0x00000010, 0x00000000
c200_r: dd 0x00008101, 0x00007FFF
c200_n: db "psrld by 16", 0
    CODE32
    mov ebx, 200
    mov esi, LIN16(c200_r)
    mov edi, LIN16(c200_n)
    movq mm1, [LIN16(c200_a)]
    movq mm2, [LIN16(c200_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c200_a)]
    movq mm2, [LIN16(c200_b)]
    psrld mm1, [LIN16(c200_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c201_a: dd 0x7F6F80B8, 0x7F54804D
c201_b: dd 0x0000001F, 0x00000000
c201_r: dd 0x00000000, 0x00000000
c201_n: db "psrld by 31", 0
    CODE32
    mov ebx, 201
    mov esi, LIN16(c201_r)
    mov edi, LIN16(c201_n)
    movq mm1, [LIN16(c201_a)]
    movq mm2, [LIN16(c201_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c201_a)]
    movq mm2, [LIN16(c201_b)]
    psrld mm1, [LIN16(c201_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c202_a: dd 0xFF4700B2, 0x7FBD7F76
c202_b: dd 0x00000021, 0x00000000
c202_r: dd 0x00000000, 0x00000000
c202_n: db "psrld by 33", 0
    CODE32
    mov ebx, 202
    mov esi, LIN16(c202_r)
    mov edi, LIN16(c202_n)
    movq mm1, [LIN16(c202_a)]
    movq mm2, [LIN16(c202_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c202_a)]
    movq mm2, [LIN16(c202_b)]
    psrld mm1, [LIN16(c202_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c203_a: dd 0x805DFFC7, 0x7F1EFF3A
c203_b: dd 0x00000040, 0x00000000
c203_r: dd 0x00000000, 0x00000000
c203_n: db "psrld by 64", 0
    CODE32
    mov ebx, 203
    mov esi, LIN16(c203_r)
    mov edi, LIN16(c203_n)
    movq mm1, [LIN16(c203_a)]
    movq mm2, [LIN16(c203_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c203_a)]
    movq mm2, [LIN16(c203_b)]
    psrld mm1, [LIN16(c203_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c204_a: dd 0xC48A13B2, 0x76E549D8
c204_b: dd 0x00000001, 0x00000001
c204_r: dd 0x00000000, 0x00000000
c204_n: db "psrld by 4294967297", 0
    CODE32
    mov ebx, 204
    mov esi, LIN16(c204_r)
    mov edi, LIN16(c204_n)
    movq mm1, [LIN16(c204_a)]
    movq mm2, [LIN16(c204_b)]
    psrld mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c204_a)]
    movq mm2, [LIN16(c204_b)]
    psrld mm1, [LIN16(c204_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c205_a: dd 0xFFFF008A, 0xBF000000
c205_b: dd 0x00000000, 0x00000000
c205_r: dd 0xFFFF008A, 0xBF000000
c205_n: db "psrld imm 0", 0
    CODE32
    mov ebx, 205
    mov esi, LIN16(c205_r)
    mov edi, LIN16(c205_n)
    movq mm1, [LIN16(c205_a)]
    movq mm2, [LIN16(c205_b)]
    psrld mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c206_a: dd 0x003BFF22, 0xFFCAFFD0
c206_b: dd 0x00000000, 0x00000000
c206_r: dd 0x001DFF91, 0x7FE57FE8
c206_n: db "psrld imm 1", 0
    CODE32
    mov ebx, 206
    mov esi, LIN16(c206_r)
    mov edi, LIN16(c206_n)
    movq mm1, [LIN16(c206_a)]
    movq mm2, [LIN16(c206_b)]
    psrld mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c207_a: dd 0x9D6B849B, 0xC256B96F
c207_b: dd 0x00000000, 0x00000000
c207_r: dd 0x013AD709, 0x0184AD72
c207_n: db "psrld imm 7", 0
    CODE32
    mov ebx, 207
    mov esi, LIN16(c207_r)
    mov edi, LIN16(c207_n)
    movq mm1, [LIN16(c207_a)]
    movq mm2, [LIN16(c207_b)]
    psrld mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c208_a: dd 0x97964A11, 0x305C6B8F
c208_b: dd 0x00000000, 0x00000000
c208_r: dd 0x00012F2C, 0x000060B8
c208_n: db "psrld imm 15", 0
    CODE32
    mov ebx, 208
    mov esi, LIN16(c208_r)
    mov edi, LIN16(c208_n)
    movq mm1, [LIN16(c208_a)]
    movq mm2, [LIN16(c208_b)]
    psrld mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c209_a: dd 0x80E80044, 0xFF9CFF3A
c209_b: dd 0x00000000, 0x00000000
c209_r: dd 0x000080E8, 0x0000FF9C
c209_n: db "psrld imm 16", 0
    CODE32
    mov ebx, 209
    mov esi, LIN16(c209_r)
    mov edi, LIN16(c209_n)
    movq mm1, [LIN16(c209_a)]
    movq mm2, [LIN16(c209_b)]
    psrld mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c210_a: dd 0xFF118013, 0x0098FFCF
c210_b: dd 0x00000000, 0x00000000
c210_r: dd 0x00000001, 0x00000000
c210_n: db "psrld imm 31", 0
    CODE32
    mov ebx, 210
    mov esi, LIN16(c210_r)
    mov edi, LIN16(c210_n)
    movq mm1, [LIN16(c210_a)]
    movq mm2, [LIN16(c210_b)]
    psrld mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c211_a: dd 0x01FE7F81, 0xFF01FE81
c211_b: dd 0x00000000, 0x00000000
c211_r: dd 0x00000000, 0x00000000
c211_n: db "psrld imm 32", 0
    CODE32
    mov ebx, 211
    mov esi, LIN16(c211_r)
    mov edi, LIN16(c211_n)
    movq mm1, [LIN16(c211_a)]
    movq mm2, [LIN16(c211_b)]
    psrld mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c212_a: dd 0x7F818101, 0xFFFF0001
c212_b: dd 0x00000000, 0x00000000
c212_r: dd 0x00000000, 0x00000000
c212_n: db "psrld imm 63", 0
    CODE32
    mov ebx, 212
    mov esi, LIN16(c212_r)
    mov edi, LIN16(c212_n)
    movq mm1, [LIN16(c212_a)]
    movq mm2, [LIN16(c212_b)]
    psrld mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c213_a: dd 0x00FFFF00, 0x81007F00
c213_b: dd 0x00000000, 0x00000000
c213_r: dd 0x00000000, 0x00000000
c213_n: db "psrld imm 64", 0
    CODE32
    mov ebx, 213
    mov esi, LIN16(c213_r)
    mov edi, LIN16(c213_n)
    movq mm1, [LIN16(c213_a)]
    movq mm2, [LIN16(c213_b)]
    psrld mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c214_a: dd 0x8057FF29, 0x7F30FF30
c214_b: dd 0x00000000, 0x00000000
c214_r: dd 0x00000000, 0x00000000
c214_n: db "psrld imm 200", 0
    CODE32
    mov ebx, 214
    mov esi, LIN16(c214_r)
    mov edi, LIN16(c214_n)
    movq mm1, [LIN16(c214_a)]
    movq mm2, [LIN16(c214_b)]
    psrld mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c215_a: dd 0x7F2D80BB, 0x80F4FF3C
c215_b: dd 0x00000000, 0x00000000
c215_r: dd 0x7F2D80BB, 0x80F4FF3C
c215_n: db "psrlq by 0", 0
    CODE32
    mov ebx, 215
    mov esi, LIN16(c215_r)
    mov edi, LIN16(c215_n)
    movq mm1, [LIN16(c215_a)]
    movq mm2, [LIN16(c215_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c215_a)]
    movq mm2, [LIN16(c215_b)]
    psrlq mm1, [LIN16(c215_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c216_a: dd 0x005BFFD9, 0x00C600A8
c216_b: dd 0x00000003, 0x00000000
c216_r: dd 0x000B7FFB, 0x0018C015
c216_n: db "psrlq by 3", 0
    CODE32
    mov ebx, 216
    mov esi, LIN16(c216_r)
    mov edi, LIN16(c216_n)
    movq mm1, [LIN16(c216_a)]
    movq mm2, [LIN16(c216_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c216_a)]
    movq mm2, [LIN16(c216_b)]
    psrlq mm1, [LIN16(c216_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c217_a: dd 0x8043F7BD, 0x8FF1C784
c217_b: dd 0x0000000F, 0x00000000
c217_r: dd 0x8F090087, 0x00011FE3
c217_n: db "psrlq by 15", 0
    CODE32
    mov ebx, 217
    mov esi, LIN16(c217_r)
    mov edi, LIN16(c217_n)
    movq mm1, [LIN16(c217_a)]
    movq mm2, [LIN16(c217_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c217_a)]
    movq mm2, [LIN16(c217_b)]
    psrlq mm1, [LIN16(c217_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c218_a: dd 0xFF8DFF00, 0xFFFF0091
c218_b: dd 0x00000010, 0x00000000
c218_r: dd 0x0091FF8D, 0x0000FFFF
c218_n: db "psrlq by 16", 0
    CODE32
    mov ebx, 218
    mov esi, LIN16(c218_r)
    mov edi, LIN16(c218_n)
    movq mm1, [LIN16(c218_a)]
    movq mm2, [LIN16(c218_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c218_a)]
    movq mm2, [LIN16(c218_b)]
    psrlq mm1, [LIN16(c218_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c219_a: dd 0xFFFF00FF, 0xA9FF41AD
c219_b: dd 0x0000001F, 0x00000000
c219_r: dd 0x53FE835B, 0x00000001
c219_n: db "psrlq by 31", 0
    CODE32
    mov ebx, 219
    mov esi, LIN16(c219_r)
    mov edi, LIN16(c219_n)
    movq mm1, [LIN16(c219_a)]
    movq mm2, [LIN16(c219_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c219_a)]
    movq mm2, [LIN16(c219_b)]
    psrlq mm1, [LIN16(c219_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c220_a: dd 0x00FF9CFF, 0x00009200
c220_b: dd 0x00000021, 0x00000000
c220_r: dd 0x00004900, 0x00000000
c220_n: db "psrlq by 33", 0
    CODE32
    mov ebx, 220
    mov esi, LIN16(c220_r)
    mov edi, LIN16(c220_n)
    movq mm1, [LIN16(c220_a)]
    movq mm2, [LIN16(c220_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c220_a)]
    movq mm2, [LIN16(c220_b)]
    psrlq mm1, [LIN16(c220_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c221_a: dd 0x0080017F, 0xFE7F7FFF
c221_b: dd 0x00000040, 0x00000000
c221_r: dd 0x00000000, 0x00000000
c221_n: db "psrlq by 64", 0
    CODE32
    mov ebx, 221
    mov esi, LIN16(c221_r)
    mov edi, LIN16(c221_n)
    movq mm1, [LIN16(c221_a)]
    movq mm2, [LIN16(c221_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c221_a)]
    movq mm2, [LIN16(c221_b)]
    psrlq mm1, [LIN16(c221_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c222_a: dd 0x807F0080, 0x7F00807F
c222_b: dd 0x00000001, 0x00000001
c222_r: dd 0x00000000, 0x00000000
c222_n: db "psrlq by 4294967297", 0
    CODE32
    mov ebx, 222
    mov esi, LIN16(c222_r)
    mov edi, LIN16(c222_n)
    movq mm1, [LIN16(c222_a)]
    movq mm2, [LIN16(c222_b)]
    psrlq mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c222_a)]
    movq mm2, [LIN16(c222_b)]
    psrlq mm1, [LIN16(c222_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c223_a: dd 0x00BE008E, 0x009AFF31
c223_b: dd 0x00000000, 0x00000000
c223_r: dd 0x00BE008E, 0x009AFF31
c223_n: db "psrlq imm 0", 0
    CODE32
    mov ebx, 223
    mov esi, LIN16(c223_r)
    mov edi, LIN16(c223_n)
    movq mm1, [LIN16(c223_a)]
    movq mm2, [LIN16(c223_b)]
    psrlq mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c224_a: dd 0xDCAFB83B, 0x7CE317CC
c224_b: dd 0x00000000, 0x00000000
c224_r: dd 0x6E57DC1D, 0x3E718BE6
c224_n: db "psrlq imm 1", 0
    CODE32
    mov ebx, 224
    mov esi, LIN16(c224_r)
    mov edi, LIN16(c224_n)
    movq mm1, [LIN16(c224_a)]
    movq mm2, [LIN16(c224_b)]
    psrlq mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c225_a: dd 0x017F7F00, 0x01817FFE
c225_b: dd 0x00000000, 0x00000000
c225_r: dd 0xFC02FEFE, 0x000302FF
c225_n: db "psrlq imm 7", 0
    CODE32
    mov ebx, 225
    mov esi, LIN16(c225_r)
    mov edi, LIN16(c225_n)
    movq mm1, [LIN16(c225_a)]
    movq mm2, [LIN16(c225_b)]
    psrlq mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c226_a: dd 0xFF907FA8, 0xFFDAFFB8
c226_b: dd 0x00000000, 0x00000000
c226_r: dd 0xFF71FF20, 0x0001FFB5
c226_n: db "psrlq imm 15", 0
    CODE32
    mov ebx, 226
    mov esi, LIN16(c226_r)
    mov edi, LIN16(c226_n)
    movq mm1, [LIN16(c226_a)]
    movq mm2, [LIN16(c226_b)]
    psrlq mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c227_a: dd 0x00008000, 0x002CFF00
c227_b: dd 0x00000000, 0x00000000
c227_r: dd 0xFF000000, 0x0000002C
c227_n: db "psrlq imm 16", 0
    CODE32
    mov ebx, 227
    mov esi, LIN16(c227_r)
    mov edi, LIN16(c227_n)
    movq mm1, [LIN16(c227_a)]
    movq mm2, [LIN16(c227_b)]
    psrlq mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c228_a: dd 0xE587B796, 0xA4F0DA4D
c228_b: dd 0x00000000, 0x00000000
c228_r: dd 0x49E1B49B, 0x00000001
c228_n: db "psrlq imm 31", 0
    CODE32
    mov ebx, 228
    mov esi, LIN16(c228_r)
    mov edi, LIN16(c228_n)
    movq mm1, [LIN16(c228_a)]
    movq mm2, [LIN16(c228_b)]
    psrlq mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c229_a: dd 0xFF898054, 0xFF967FC2
c229_b: dd 0x00000000, 0x00000000
c229_r: dd 0xFF967FC2, 0x00000000
c229_n: db "psrlq imm 32", 0
    CODE32
    mov ebx, 229
    mov esi, LIN16(c229_r)
    mov edi, LIN16(c229_n)
    movq mm1, [LIN16(c229_a)]
    movq mm2, [LIN16(c229_b)]
    psrlq mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c230_a: dd 0xFFC580C6, 0xFF46FFF7
c230_b: dd 0x00000000, 0x00000000
c230_r: dd 0x00000001, 0x00000000
c230_n: db "psrlq imm 63", 0
    CODE32
    mov ebx, 230
    mov esi, LIN16(c230_r)
    mov edi, LIN16(c230_n)
    movq mm1, [LIN16(c230_a)]
    movq mm2, [LIN16(c230_b)]
    psrlq mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c231_a: dd 0xD90FC57C, 0x6DF7C090
c231_b: dd 0x00000000, 0x00000000
c231_r: dd 0x00000000, 0x00000000
c231_n: db "psrlq imm 64", 0
    CODE32
    mov ebx, 231
    mov esi, LIN16(c231_r)
    mov edi, LIN16(c231_n)
    movq mm1, [LIN16(c231_a)]
    movq mm2, [LIN16(c231_b)]
    psrlq mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c232_a: dd 0x807F8181, 0x81807F81
c232_b: dd 0x00000000, 0x00000000
c232_r: dd 0x00000000, 0x00000000
c232_n: db "psrlq imm 200", 0
    CODE32
    mov ebx, 232
    mov esi, LIN16(c232_r)
    mov edi, LIN16(c232_n)
    movq mm1, [LIN16(c232_a)]
    movq mm2, [LIN16(c232_b)]
    psrlq mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c233_a: dd 0x80437F38, 0x006CFF4D
c233_b: dd 0x00000000, 0x00000000
c233_r: dd 0x80437F38, 0x006CFF4D
c233_n: db "psraw by 0", 0
    CODE32
    mov ebx, 233
    mov esi, LIN16(c233_r)
    mov edi, LIN16(c233_n)
    movq mm1, [LIN16(c233_a)]
    movq mm2, [LIN16(c233_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c233_a)]
    movq mm2, [LIN16(c233_b)]
    psraw mm1, [LIN16(c233_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c234_a: dd 0x0F3E8B66, 0x072DCEB0
c234_b: dd 0x00000003, 0x00000000
c234_r: dd 0x01E7F16C, 0x00E5F9D6
c234_n: db "psraw by 3", 0
    CODE32
    mov ebx, 234
    mov esi, LIN16(c234_r)
    mov edi, LIN16(c234_n)
    movq mm1, [LIN16(c234_a)]
    movq mm2, [LIN16(c234_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c234_a)]
    movq mm2, [LIN16(c234_b)]
    psraw mm1, [LIN16(c234_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c235_a: dd 0x81010000, 0x7F017F80
c235_b: dd 0x0000000F, 0x00000000
c235_r: dd 0xFFFF0000, 0x00000000
c235_n: db "psraw by 15", 0
    CODE32
    mov ebx, 235
    mov esi, LIN16(c235_r)
    mov edi, LIN16(c235_n)
    movq mm1, [LIN16(c235_a)]
    movq mm2, [LIN16(c235_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c235_a)]
    movq mm2, [LIN16(c235_b)]
    psraw mm1, [LIN16(c235_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c236_a: dd 0xFFFFC0FF, 0xB8FF0077
c236_b: dd 0x00000010, 0x00000000
c236_r: dd 0xFFFFFFFF, 0xFFFF0000
c236_n: db "psraw by 16", 0
    CODE32
    mov ebx, 236
    mov esi, LIN16(c236_r)
    mov edi, LIN16(c236_n)
    movq mm1, [LIN16(c236_a)]
    movq mm2, [LIN16(c236_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c236_a)]
    movq mm2, [LIN16(c236_b)]
    psraw mm1, [LIN16(c236_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c237_a: dd 0xFE8001FE, 0x0080FE01
c237_b: dd 0x0000001F, 0x00000000
c237_r: dd 0xFFFF0000, 0x0000FFFF
c237_n: db "psraw by 31", 0
    CODE32
    mov ebx, 237
    mov esi, LIN16(c237_r)
    mov edi, LIN16(c237_n)
    movq mm1, [LIN16(c237_a)]
    movq mm2, [LIN16(c237_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c237_a)]
    movq mm2, [LIN16(c237_b)]
    psraw mm1, [LIN16(c237_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c238_a: dd 0x636FAF71, 0x96E1D1C3
c238_b: dd 0x00000021, 0x00000000
c238_r: dd 0x0000FFFF, 0xFFFFFFFF
c238_n: db "psraw by 33", 0
    CODE32
    mov ebx, 238
    mov esi, LIN16(c238_r)
    mov edi, LIN16(c238_n)
    movq mm1, [LIN16(c238_a)]
    movq mm2, [LIN16(c238_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c238_a)]
    movq mm2, [LIN16(c238_b)]
    psraw mm1, [LIN16(c238_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c239_a: dd 0x80817F81, 0x7F808080
c239_b: dd 0x00000040, 0x00000000
c239_r: dd 0xFFFF0000, 0x0000FFFF
c239_n: db "psraw by 64", 0
    CODE32
    mov ebx, 239
    mov esi, LIN16(c239_r)
    mov edi, LIN16(c239_n)
    movq mm1, [LIN16(c239_a)]
    movq mm2, [LIN16(c239_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c239_a)]
    movq mm2, [LIN16(c239_b)]
    psraw mm1, [LIN16(c239_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c240_a: dd 0xD395AF00, 0xFF00FFFF
c240_b: dd 0x00000001, 0x00000001
c240_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c240_n: db "psraw by 4294967297", 0
    CODE32
    mov ebx, 240
    mov esi, LIN16(c240_r)
    mov edi, LIN16(c240_n)
    movq mm1, [LIN16(c240_a)]
    movq mm2, [LIN16(c240_b)]
    psraw mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c240_a)]
    movq mm2, [LIN16(c240_b)]
    psraw mm1, [LIN16(c240_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c241_a: dd 0x0580D642, 0x8BC39E1E
c241_b: dd 0x00000000, 0x00000000
c241_r: dd 0x0580D642, 0x8BC39E1E
c241_n: db "psraw imm 0", 0
    CODE32
    mov ebx, 241
    mov esi, LIN16(c241_r)
    mov edi, LIN16(c241_n)
    movq mm1, [LIN16(c241_a)]
    movq mm2, [LIN16(c241_b)]
    psraw mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c242_a: dd 0x7FFB80BF, 0x80D67F60
c242_b: dd 0x00000000, 0x00000000
c242_r: dd 0x3FFDC05F, 0xC06B3FB0
c242_n: db "psraw imm 1", 0
    CODE32
    mov ebx, 242
    mov esi, LIN16(c242_r)
    mov edi, LIN16(c242_n)
    movq mm1, [LIN16(c242_a)]
    movq mm2, [LIN16(c242_b)]
    psraw mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c243_a: dd 0x804D807C, 0x00DE808E
c243_b: dd 0x00000000, 0x00000000
c243_r: dd 0xFF00FF00, 0x0001FF01
c243_n: db "psraw imm 7", 0
    CODE32
    mov ebx, 243
    mov esi, LIN16(c243_r)
    mov edi, LIN16(c243_n)
    movq mm1, [LIN16(c243_a)]
    movq mm2, [LIN16(c243_b)]
    psraw mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c244_a: dd 0x3AE1502F, 0x81BDD80E
c244_b: dd 0x00000000, 0x00000000
c244_r: dd 0x00000000, 0xFFFFFFFF
c244_n: db "psraw imm 15", 0
    CODE32
    mov ebx, 244
    mov esi, LIN16(c244_r)
    mov edi, LIN16(c244_n)
    movq mm1, [LIN16(c244_a)]
    movq mm2, [LIN16(c244_b)]
    psraw mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c245_a: dd 0x017F81FF, 0x80807FFE
c245_b: dd 0x00000000, 0x00000000
c245_r: dd 0x0000FFFF, 0xFFFF0000
c245_n: db "psraw imm 16", 0
    CODE32
    mov ebx, 245
    mov esi, LIN16(c245_r)
    mov edi, LIN16(c245_n)
    movq mm1, [LIN16(c245_a)]
    movq mm2, [LIN16(c245_b)]
    psraw mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c246_a: dd 0x7F010081, 0x8001FE00
c246_b: dd 0x00000000, 0x00000000
c246_r: dd 0x00000000, 0xFFFFFFFF
c246_n: db "psraw imm 31", 0
    CODE32
    mov ebx, 246
    mov esi, LIN16(c246_r)
    mov edi, LIN16(c246_n)
    movq mm1, [LIN16(c246_a)]
    movq mm2, [LIN16(c246_b)]
    psraw mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c247_a: dd 0x801E806D, 0x7F16FFCF
c247_b: dd 0x00000000, 0x00000000
c247_r: dd 0xFFFFFFFF, 0x0000FFFF
c247_n: db "psraw imm 32", 0
    CODE32
    mov ebx, 247
    mov esi, LIN16(c247_r)
    mov edi, LIN16(c247_n)
    movq mm1, [LIN16(c247_a)]
    movq mm2, [LIN16(c247_b)]
    psraw mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c248_a: dd 0xCD000000, 0xFF00FF00
c248_b: dd 0x00000000, 0x00000000
c248_r: dd 0xFFFF0000, 0xFFFFFFFF
c248_n: db "psraw imm 63", 0
    CODE32
    mov ebx, 248
    mov esi, LIN16(c248_r)
    mov edi, LIN16(c248_n)
    movq mm1, [LIN16(c248_a)]
    movq mm2, [LIN16(c248_b)]
    psraw mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c249_a: dd 0xFEFFFF81, 0x7F810100
c249_b: dd 0x00000000, 0x00000000
c249_r: dd 0xFFFFFFFF, 0x00000000
c249_n: db "psraw imm 64", 0
    CODE32
    mov ebx, 249
    mov esi, LIN16(c249_r)
    mov edi, LIN16(c249_n)
    movq mm1, [LIN16(c249_a)]
    movq mm2, [LIN16(c249_b)]
    psraw mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c250_a: dd 0xFE0180FF, 0x01000080
c250_b: dd 0x00000000, 0x00000000
c250_r: dd 0xFFFFFFFF, 0x00000000
c250_n: db "psraw imm 200", 0
    CODE32
    mov ebx, 250
    mov esi, LIN16(c250_r)
    mov edi, LIN16(c250_n)
    movq mm1, [LIN16(c250_a)]
    movq mm2, [LIN16(c250_b)]
    psraw mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c251_a: dd 0xFE010180, 0x00008001
c251_b: dd 0x00000000, 0x00000000
c251_r: dd 0xFE010180, 0x00008001
c251_n: db "psrad by 0", 0
    CODE32
    mov ebx, 251
    mov esi, LIN16(c251_r)
    mov edi, LIN16(c251_n)
    movq mm1, [LIN16(c251_a)]
    movq mm2, [LIN16(c251_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c251_a)]
    movq mm2, [LIN16(c251_b)]
    psrad mm1, [LIN16(c251_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c252_a: dd 0x804E7FCF, 0x80B280E3
c252_b: dd 0x00000003, 0x00000000
c252_r: dd 0xF009CFF9, 0xF016501C
c252_n: db "psrad by 3", 0
    CODE32
    mov ebx, 252
    mov esi, LIN16(c252_r)
    mov edi, LIN16(c252_n)
    movq mm1, [LIN16(c252_a)]
    movq mm2, [LIN16(c252_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c252_a)]
    movq mm2, [LIN16(c252_b)]
    psrad mm1, [LIN16(c252_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c253_a: dd 0x8007FFE9, 0xFFBF006E
c253_b: dd 0x0000000F, 0x00000000
c253_r: dd 0xFFFF000F, 0xFFFFFF7E
c253_n: db "psrad by 15", 0
    CODE32
    mov ebx, 253
    mov esi, LIN16(c253_r)
    mov edi, LIN16(c253_n)
    movq mm1, [LIN16(c253_a)]
    movq mm2, [LIN16(c253_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c253_a)]
    movq mm2, [LIN16(c253_b)]
    psrad mm1, [LIN16(c253_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c254_a: dd 0xFFFA7F13, 0xFF8C7F12
c254_b: dd 0x00000010, 0x00000000
c254_r: dd 0xFFFFFFFA, 0xFFFFFF8C
c254_n: db "psrad by 16", 0
    CODE32
    mov ebx, 254
    mov esi, LIN16(c254_r)
    mov edi, LIN16(c254_n)
    movq mm1, [LIN16(c254_a)]
    movq mm2, [LIN16(c254_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c254_a)]
    movq mm2, [LIN16(c254_b)]
    psrad mm1, [LIN16(c254_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c255_a: dd 0xCE788DE2, 0xB25A4D22
c255_b: dd 0x0000001F, 0x00000000
c255_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c255_n: db "psrad by 31", 0
    CODE32
    mov ebx, 255
    mov esi, LIN16(c255_r)
    mov edi, LIN16(c255_n)
    movq mm1, [LIN16(c255_a)]
    movq mm2, [LIN16(c255_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c255_a)]
    movq mm2, [LIN16(c255_b)]
    psrad mm1, [LIN16(c255_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c256_a: dd 0xAC48F414, 0x6D4E51B8
c256_b: dd 0x00000021, 0x00000000
c256_r: dd 0xFFFFFFFF, 0x00000000
c256_n: db "psrad by 33", 0
    CODE32
    mov ebx, 256
    mov esi, LIN16(c256_r)
    mov edi, LIN16(c256_n)
    movq mm1, [LIN16(c256_a)]
    movq mm2, [LIN16(c256_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c256_a)]
    movq mm2, [LIN16(c256_b)]
    psrad mm1, [LIN16(c256_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c257_a: dd 0x800080FF, 0x800100FE
c257_b: dd 0x00000040, 0x00000000
c257_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c257_n: db "psrad by 64", 0
    CODE32
    mov ebx, 257
    mov esi, LIN16(c257_r)
    mov edi, LIN16(c257_n)
    movq mm1, [LIN16(c257_a)]
    movq mm2, [LIN16(c257_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c257_a)]
    movq mm2, [LIN16(c257_b)]
    psrad mm1, [LIN16(c257_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c258_a: dd 0xFF00004E, 0x003468FF
c258_b: dd 0x00000001, 0x00000001
c258_r: dd 0xFFFFFFFF, 0x00000000
c258_n: db "psrad by 4294967297", 0
    CODE32
    mov ebx, 258
    mov esi, LIN16(c258_r)
    mov edi, LIN16(c258_n)
    movq mm1, [LIN16(c258_a)]
    movq mm2, [LIN16(c258_b)]
    psrad mm1, mm2
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c258_a)]
    movq mm2, [LIN16(c258_b)]
    psrad mm1, [LIN16(c258_b)]
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c259_a: dd 0x8080007F, 0x00FE007F
c259_b: dd 0x00000000, 0x00000000
c259_r: dd 0x8080007F, 0x00FE007F
c259_n: db "psrad imm 0", 0
    CODE32
    mov ebx, 259
    mov esi, LIN16(c259_r)
    mov edi, LIN16(c259_n)
    movq mm1, [LIN16(c259_a)]
    movq mm2, [LIN16(c259_b)]
    psrad mm1, 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c260_a: dd 0x00FFFF6F, 0xFF00E4BD
c260_b: dd 0x00000000, 0x00000000
c260_r: dd 0x007FFFB7, 0xFF80725E
c260_n: db "psrad imm 1", 0
    CODE32
    mov ebx, 260
    mov esi, LIN16(c260_r)
    mov edi, LIN16(c260_n)
    movq mm1, [LIN16(c260_a)]
    movq mm2, [LIN16(c260_b)]
    psrad mm1, 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c261_a: dd 0x80177FF4, 0x00D0002A
c261_b: dd 0x00000000, 0x00000000
c261_r: dd 0xFF002EFF, 0x0001A000
c261_n: db "psrad imm 7", 0
    CODE32
    mov ebx, 261
    mov esi, LIN16(c261_r)
    mov edi, LIN16(c261_n)
    movq mm1, [LIN16(c261_a)]
    movq mm2, [LIN16(c261_b)]
    psrad mm1, 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c262_a: dd 0xFEFEFF01, 0x817FFEFF
c262_b: dd 0x00000000, 0x00000000
c262_r: dd 0xFFFFFDFD, 0xFFFF02FF
c262_n: db "psrad imm 15", 0
    CODE32
    mov ebx, 262
    mov esi, LIN16(c262_r)
    mov edi, LIN16(c262_n)
    movq mm1, [LIN16(c262_a)]
    movq mm2, [LIN16(c262_b)]
    psrad mm1, 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c263_a: dd 0x807FFFFE, 0x81FE7F01
c263_b: dd 0x00000000, 0x00000000
c263_r: dd 0xFFFF807F, 0xFFFF81FE
c263_n: db "psrad imm 16", 0
    CODE32
    mov ebx, 263
    mov esi, LIN16(c263_r)
    mov edi, LIN16(c263_n)
    movq mm1, [LIN16(c263_a)]
    movq mm2, [LIN16(c263_b)]
    psrad mm1, 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c264_a: dd 0xEECEAD97, 0xA08E2142
c264_b: dd 0x00000000, 0x00000000
c264_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c264_n: db "psrad imm 31", 0
    CODE32
    mov ebx, 264
    mov esi, LIN16(c264_r)
    mov edi, LIN16(c264_n)
    movq mm1, [LIN16(c264_a)]
    movq mm2, [LIN16(c264_b)]
    psrad mm1, 31
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c265_a: dd 0x007F7F00, 0x0000FE80
c265_b: dd 0x00000000, 0x00000000
c265_r: dd 0x00000000, 0x00000000
c265_n: db "psrad imm 32", 0
    CODE32
    mov ebx, 265
    mov esi, LIN16(c265_r)
    mov edi, LIN16(c265_n)
    movq mm1, [LIN16(c265_a)]
    movq mm2, [LIN16(c265_b)]
    psrad mm1, 32
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c266_a: dd 0xFF810000, 0x8A00B400
c266_b: dd 0x00000000, 0x00000000
c266_r: dd 0xFFFFFFFF, 0xFFFFFFFF
c266_n: db "psrad imm 63", 0
    CODE32
    mov ebx, 266
    mov esi, LIN16(c266_r)
    mov edi, LIN16(c266_n)
    movq mm1, [LIN16(c266_a)]
    movq mm2, [LIN16(c266_b)]
    psrad mm1, 63
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c267_a: dd 0x1244A456, 0x975A21C1
c267_b: dd 0x00000000, 0x00000000
c267_r: dd 0x00000000, 0xFFFFFFFF
c267_n: db "psrad imm 64", 0
    CODE32
    mov ebx, 267
    mov esi, LIN16(c267_r)
    mov edi, LIN16(c267_n)
    movq mm1, [LIN16(c267_a)]
    movq mm2, [LIN16(c267_b)]
    psrad mm1, 64
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c268_a: dd 0x01800181, 0x8180FE80
c268_b: dd 0x00000000, 0x00000000
c268_r: dd 0x00000000, 0xFFFFFFFF
c268_n: db "psrad imm 200", 0
    CODE32
    mov ebx, 268
    mov esi, LIN16(c268_r)
    mov edi, LIN16(c268_n)
    movq mm1, [LIN16(c268_a)]
    movq mm2, [LIN16(c268_b)]
    psrad mm1, 200
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c269_a: dd 0xFF4400B9, 0x7F5B7FA0
c269_b: dd 0x7F0F806E, 0xFFBA004E
c269_r: dd 0x806E806E, 0x806E806E
c269_n: db "pshufw 00", 0
    CODE32
    mov ebx, 269
    mov esi, LIN16(c269_r)
    mov edi, LIN16(c269_n)
    movq mm1, [LIN16(c269_a)]
    movq mm2, [LIN16(c269_b)]
    pshufw mm1, mm2, 0
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c269_a)]
    movq mm2, [LIN16(c269_b)]
    pshufw mm1, [LIN16(c269_b)], 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c270_a: dd 0xFEFE0000, 0x8180017F
c270_b: dd 0xFF000045, 0x00000B00
c270_r: dd 0x0B000000, 0x0045FF00
c270_n: db "pshufw 1b", 0
    CODE32
    mov ebx, 270
    mov esi, LIN16(c270_r)
    mov edi, LIN16(c270_n)
    movq mm1, [LIN16(c270_a)]
    movq mm2, [LIN16(c270_b)]
    pshufw mm1, mm2, 27
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c270_a)]
    movq mm2, [LIN16(c270_b)]
    pshufw mm1, [LIN16(c270_b)], 27
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c271_a: dd 0x0000FFC4, 0x00FFFF00
c271_b: dd 0x7E057E31, 0xDBEDB033
c271_r: dd 0x7E057E31, 0xDBEDB033
c271_n: db "pshufw e4", 0
    CODE32
    mov ebx, 271
    mov esi, LIN16(c271_r)
    mov edi, LIN16(c271_n)
    movq mm1, [LIN16(c271_a)]
    movq mm2, [LIN16(c271_b)]
    pshufw mm1, mm2, 228
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c271_a)]
    movq mm2, [LIN16(c271_b)]
    pshufw mm1, [LIN16(c271_b)], 228
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c272_a: dd 0x000BFF7E, 0x7F228018
c272_b: dd 0x9A222D54, 0x0FD41082
c272_r: dd 0x9A229A22, 0x10821082
c272_n: db "pshufw a5", 0
    CODE32
    mov ebx, 272
    mov esi, LIN16(c272_r)
    mov edi, LIN16(c272_n)
    movq mm1, [LIN16(c272_a)]
    movq mm2, [LIN16(c272_b)]
    pshufw mm1, mm2, 165
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c272_a)]
    movq mm2, [LIN16(c272_b)]
    pshufw mm1, [LIN16(c272_b)], 165
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c273_a: dd 0x007F81FE, 0x7FFFFF01
c273_b: dd 0x3C8ABC84, 0x1AAD3445
c273_r: dd 0x3C8ABC84, 0x1AAD3445
c273_n: db "palignr 00", 0
    CODE32
    mov ebx, 273
    mov esi, LIN16(c273_r)
    mov edi, LIN16(c273_n)
    movq mm1, [LIN16(c273_a)]
    movq mm2, [LIN16(c273_b)]
    palignr mm1, mm2, 0
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c273_a)]
    movq mm2, [LIN16(c273_b)]
    palignr mm1, [LIN16(c273_b)], 0
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c274_a: dd 0x43F7678D, 0x19A1AA9C
c274_b: dd 0x807F0080, 0x80FF7F01
c274_r: dd 0x01807F00, 0x8D80FF7F
c274_n: db "palignr 01", 0
    CODE32
    mov ebx, 274
    mov esi, LIN16(c274_r)
    mov edi, LIN16(c274_n)
    movq mm1, [LIN16(c274_a)]
    movq mm2, [LIN16(c274_b)]
    palignr mm1, mm2, 1
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c274_a)]
    movq mm2, [LIN16(c274_b)]
    palignr mm1, [LIN16(c274_b)], 1
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c275_a: dd 0xFF808181, 0x01FF7F81
c275_b: dd 0x8036FF63, 0x7F138092
c275_r: dd 0x8081817F, 0xFF7F81FF
c275_n: db "palignr 07", 0
    CODE32
    mov ebx, 275
    mov esi, LIN16(c275_r)
    mov edi, LIN16(c275_n)
    movq mm1, [LIN16(c275_a)]
    movq mm2, [LIN16(c275_b)]
    palignr mm1, mm2, 7
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c275_a)]
    movq mm2, [LIN16(c275_b)]
    palignr mm1, [LIN16(c275_b)], 7
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c276_a: dd 0x9B4C546E, 0x5A185570
c276_b: dd 0x80EA0038, 0x00E6800E
c276_r: dd 0x9B4C546E, 0x5A185570
c276_n: db "palignr 08", 0
    CODE32
    mov ebx, 276
    mov esi, LIN16(c276_r)
    mov edi, LIN16(c276_n)
    movq mm1, [LIN16(c276_a)]
    movq mm2, [LIN16(c276_b)]
    palignr mm1, mm2, 8
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c276_a)]
    movq mm2, [LIN16(c276_b)]
    palignr mm1, [LIN16(c276_b)], 8
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c277_a: dd 0xFFFF0000, 0x5200FFD1
c277_b: dd 0x00FF00FF, 0xFF00FFFF
c277_r: dd 0x00000052, 0x00000000
c277_n: db "palignr 0f", 0
    CODE32
    mov ebx, 277
    mov esi, LIN16(c277_r)
    mov edi, LIN16(c277_n)
    movq mm1, [LIN16(c277_a)]
    movq mm2, [LIN16(c277_b)]
    palignr mm1, mm2, 15
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c277_a)]
    movq mm2, [LIN16(c277_b)]
    palignr mm1, [LIN16(c277_b)], 15
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c278_a: dd 0x7F7FFE7F, 0xFF00FF81
c278_b: dd 0x0000A7D5, 0xD515E2FF
c278_r: dd 0x00000000, 0x00000000
c278_n: db "palignr 10", 0
    CODE32
    mov ebx, 278
    mov esi, LIN16(c278_r)
    mov edi, LIN16(c278_n)
    movq mm1, [LIN16(c278_a)]
    movq mm2, [LIN16(c278_b)]
    palignr mm1, mm2, 16
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c278_a)]
    movq mm2, [LIN16(c278_b)]
    palignr mm1, [LIN16(c278_b)], 16
    movq [res], mm1
    call vcheck
    CODE16
    align 16
c279_a: dd 0x81000000, 0x01FE7F7F
c279_b: dd 0xF6E118E2, 0xCAC6D814
c279_r: dd 0x00000000, 0x00000000
c279_n: db "palignr c8", 0
    CODE32
    mov ebx, 279
    mov esi, LIN16(c279_r)
    mov edi, LIN16(c279_n)
    movq mm1, [LIN16(c279_a)]
    movq mm2, [LIN16(c279_b)]
    palignr mm1, mm2, 200
    movq [res], mm1
    call vcheck
    movq mm1, [LIN16(c279_a)]
    movq mm2, [LIN16(c279_b)]
    palignr mm1, [LIN16(c279_b)], 200
    movq [res], mm1
    call vcheck
    emms
    PASS
