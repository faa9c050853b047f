; SSE2/SSSE3/SSE4.1/SSE4.2 packed integer instructions on XMM registers: arithmetic with
; wrap-around and saturation, multiplies, compares, logic, packs and unpacks, shifts by a
; register count (the whole low quadword) and by imm8, shuffles, horizontal ops, signs
; and absolute values, min/max, PMOVSX/ZX, PHMINPOSUW, PALIGNR, blends and MPSADBW.
; Generated: the expected values are the SDM's "Operation" pseudo-code evaluated by a
; reference model written for this test, independently of Tern's C code, and the whole
; test was checked on QEMU (-cpu max); each case runs the register and the memory form.
; SDM vol. 2, each
; instruction's page (e.g. PADDSB, PMADDWD, PSHUFB, PALIGNR, MPSADBW).
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
VCHECK_ROUTINE res, 4

TEST_START
    mov eax, cr4
    or eax, 1 << 9                  ; OSFXSR
    mov cr4, eax
    GO_PM32
    CODE16
    align 16
c1_a: dd 0xF5CA349B, 0x0A222E4F, 0x711E94CD, 0x36588DB8
c1_b: dd 0xFF00FF00, 0x00C6AC00, 0x950000FF, 0xFFD8FF9F
c1_r: dd 0xF4CA339B, 0x0AE8DA4F, 0x061E94CC, 0x35308C57
c1_n: db "paddb xmm", 0
    CODE32
    mov ebx, 1
    mov esi, LIN16(c1_r)
    mov edi, LIN16(c1_n)
    movdqa xmm1, [LIN16(c1_a)]
    movdqa xmm2, [LIN16(c1_b)]
    paddb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c1_a)]
    movdqa xmm2, [LIN16(c1_b)]
    paddb xmm1, [LIN16(c1_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c2_a: dd 0x7F9C8052, 0xFF170016, 0x80AFFF8F, 0x80D30064
c2_b: dd 0xFFB6808D, 0x00A580A4, 0x808E801F, 0x7F5A7F3E
c2_r: dd 0x7E5200DF, 0xFFBC80BA, 0x003D7FAE, 0xFF2D7FA2
c2_n: db "paddb xmm", 0
    CODE32
    mov ebx, 2
    mov esi, LIN16(c2_r)
    mov edi, LIN16(c2_n)
    movdqa xmm1, [LIN16(c2_a)]
    movdqa xmm2, [LIN16(c2_b)]
    paddb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c2_a)]
    movdqa xmm2, [LIN16(c2_b)]
    paddb xmm1, [LIN16(c2_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c3_a: dd 0x00B6000D, 0x7F097F92, 0xFF4E7F93, 0xFF627F27
c3_b: dd 0xFFFFC3FF, 0xFFFFFFFF, 0x1C0000FF, 0xFB144C56
c3_r: dd 0x00B5C40C, 0x7F087F91, 0x1B4E8092, 0xFA76CB7D
c3_n: db "paddw xmm", 0
    CODE32
    mov ebx, 3
    mov esi, LIN16(c3_r)
    mov edi, LIN16(c3_n)
    movdqa xmm1, [LIN16(c3_a)]
    movdqa xmm2, [LIN16(c3_b)]
    paddw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c3_a)]
    movdqa xmm2, [LIN16(c3_b)]
    paddw xmm1, [LIN16(c3_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c4_a: dd 0x953E12A4, 0x67F466D1, 0xFBD2E07B, 0xE3D77012
c4_b: dd 0x60FF6EDB, 0x81821210, 0xD5766A7C, 0x1AA64885
c4_r: dd 0xF63D817F, 0xE97678E1, 0xD1484AF7, 0xFE7DB897
c4_n: db "paddw xmm", 0
    CODE32
    mov ebx, 4
    mov esi, LIN16(c4_r)
    mov edi, LIN16(c4_n)
    movdqa xmm1, [LIN16(c4_a)]
    movdqa xmm2, [LIN16(c4_b)]
    paddw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c4_a)]
    movdqa xmm2, [LIN16(c4_b)]
    paddw xmm1, [LIN16(c4_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c5_a: dd 0x00FFCE3B, 0xF197FF00, 0xFFFF6EFF, 0xFFCA00FF
c5_b: dd 0xFEFE0181, 0xFE80FF80, 0x81018080, 0x00010100
c5_r: dd 0xFFFDCFBC, 0xF018FE80, 0x8100EF7F, 0xFFCB01FF
c5_n: db "paddd xmm", 0
    CODE32
    mov ebx, 5
    mov esi, LIN16(c5_r)
    mov edi, LIN16(c5_n)
    movdqa xmm1, [LIN16(c5_a)]
    movdqa xmm2, [LIN16(c5_b)]
    paddd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c5_a)]
    movdqa xmm2, [LIN16(c5_b)]
    paddd xmm1, [LIN16(c5_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c6_a: dd 0x520000FF, 0x0000F1A9, 0x000083FF, 0xFF2B00FF
c6_b: dd 0xF977C69F, 0x3A2730CC, 0xE3D4DEBB, 0xF59A6422
c6_r: dd 0x4B77C79E, 0x3A282275, 0xE3D562BA, 0xF4C56521
c6_n: db "paddd xmm", 0
    CODE32
    mov ebx, 6
    mov esi, LIN16(c6_r)
    mov edi, LIN16(c6_n)
    movdqa xmm1, [LIN16(c6_a)]
    movdqa xmm2, [LIN16(c6_b)]
    paddd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c6_a)]
    movdqa xmm2, [LIN16(c6_b)]
    paddd xmm1, [LIN16(c6_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c7_a: dd 0x80BE803C, 0xFFA7805A, 0x80027FAD, 0x003D7F02
c7_b: dd 0xFF7D00F7, 0x80757F96, 0xFFA00000, 0xFFE2FF9C
c7_r: dd 0x803B8133, 0x801CFFF1, 0x7FA27FAD, 0x00207E9F
c7_n: db "paddq xmm", 0
    CODE32
    mov ebx, 7
    mov esi, LIN16(c7_r)
    mov edi, LIN16(c7_n)
    movdqa xmm1, [LIN16(c7_a)]
    movdqa xmm2, [LIN16(c7_b)]
    paddq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c7_a)]
    movdqa xmm2, [LIN16(c7_b)]
    paddq xmm1, [LIN16(c7_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c8_a: dd 0x44AEB980, 0x5A492ADD, 0xB365BE92, 0x5BCE272F
c8_b: dd 0x0A0BFFFF, 0xFD5D00FF, 0x71F55800, 0xFFFFCF9B
c8_r: dd 0x4EBAB97F, 0x57A62BDC, 0x255B1692, 0x5BCDF6CB
c8_n: db "paddq xmm", 0
    CODE32
    mov ebx, 8
    mov esi, LIN16(c8_r)
    mov edi, LIN16(c8_n)
    movdqa xmm1, [LIN16(c8_a)]
    movdqa xmm2, [LIN16(c8_b)]
    paddq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c8_a)]
    movdqa xmm2, [LIN16(c8_b)]
    paddq xmm1, [LIN16(c8_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c9_a: dd 0xFFFFA775, 0x5EFFD2FF, 0x00C6FFEA, 0xFF00B1FF
c9_b: dd 0x7A4C21F4, 0x18439923, 0x0986CB53, 0x6931507D
c9_r: dd 0x85B38681, 0x46BC39DC, 0xF7403497, 0x96CF6182
c9_n: db "psubb xmm", 0
    CODE32
    mov ebx, 9
    mov esi, LIN16(c9_r)
    mov edi, LIN16(c9_n)
    movdqa xmm1, [LIN16(c9_a)]
    movdqa xmm2, [LIN16(c9_b)]
    psubb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c9_a)]
    movdqa xmm2, [LIN16(c9_b)]
    psubb xmm1, [LIN16(c9_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c10_a: dd 0x7F00007F, 0xFF7FFE00, 0xFE01FEFE, 0x0180FE01
c10_b: dd 0x00FE7FFF, 0xFF01FFFE, 0x81010180, 0x00FF807F
c10_r: dd 0x7F028180, 0x007EFF02, 0x7D00FD7E, 0x01817E82
c10_n: db "psubb xmm", 0
    CODE32
    mov ebx, 10
    mov esi, LIN16(c10_r)
    mov edi, LIN16(c10_n)
    movdqa xmm1, [LIN16(c10_a)]
    movdqa xmm2, [LIN16(c10_b)]
    psubb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c10_a)]
    movdqa xmm2, [LIN16(c10_b)]
    psubb xmm1, [LIN16(c10_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c11_a: dd 0xFF838056, 0x80A8FF9B, 0x00D800C6, 0x809B008E
c11_b: dd 0xFF810001, 0x01010081, 0xFE8000FF, 0x808101FF
c11_r: dd 0x00028055, 0x7FA7FF1A, 0x0258FFC7, 0x001AFE8F
c11_n: db "psubw xmm", 0
    CODE32
    mov ebx, 11
    mov esi, LIN16(c11_r)
    mov edi, LIN16(c11_n)
    movdqa xmm1, [LIN16(c11_a)]
    movdqa xmm2, [LIN16(c11_b)]
    psubw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c11_a)]
    movdqa xmm2, [LIN16(c11_b)]
    psubw xmm1, [LIN16(c11_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c12_a: dd 0x006080AC, 0xFF9C7FF3, 0x7F828013, 0x802A7FF4
c12_b: dd 0xFFA51335, 0x6600FF00, 0x000046FF, 0x00098C73
c12_r: dd 0x00BB6D77, 0x999C80F3, 0x7F823914, 0x8021F381
c12_n: db "psubw xmm", 0
    CODE32
    mov ebx, 12
    mov esi, LIN16(c12_r)
    mov edi, LIN16(c12_n)
    movdqa xmm1, [LIN16(c12_a)]
    movdqa xmm2, [LIN16(c12_b)]
    psubw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c12_a)]
    movdqa xmm2, [LIN16(c12_b)]
    psubw xmm1, [LIN16(c12_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c13_a: dd 0x80B8804A, 0xFFC67FB0, 0xFFD38011, 0x80907F20
c13_b: dd 0x006D80A4, 0x7F8DFFF5, 0x80A4FFD0, 0x002C7F83
c13_r: dd 0x804AFFA6, 0x80387FBB, 0x7F2E8041, 0x8063FF9D
c13_n: db "psubd xmm", 0
    CODE32
    mov ebx, 13
    mov esi, LIN16(c13_r)
    mov edi, LIN16(c13_n)
    movdqa xmm1, [LIN16(c13_a)]
    movdqa xmm2, [LIN16(c13_b)]
    psubd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c13_a)]
    movdqa xmm2, [LIN16(c13_b)]
    psubd xmm1, [LIN16(c13_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c14_a: dd 0x7F437F86, 0x802F802C, 0x00FF8081, 0x80E900AE
c14_b: dd 0x3A307D2F, 0x264D97A1, 0x695C0D5B, 0xA8A61186
c14_r: dd 0x45130257, 0x59E1E88B, 0x97A37326, 0xD842EF28
c14_n: db "psubd xmm", 0
    CODE32
    mov ebx, 14
    mov esi, LIN16(c14_r)
    mov edi, LIN16(c14_n)
    movdqa xmm1, [LIN16(c14_a)]
    movdqa xmm2, [LIN16(c14_b)]
    psubd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c14_a)]
    movdqa xmm2, [LIN16(c14_b)]
    psubd xmm1, [LIN16(c14_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c15_a: dd 0x1D000000, 0xFF000086, 0x00DCFFFD, 0xFFFFFF00
c15_b: dd 0x39BAC4B0, 0x5EB26172, 0x3C0D0A6C, 0xFEA49761
c15_r: dd 0xE3453B50, 0xA04D9F13, 0xC4CFF591, 0x015B679E
c15_n: db "psubq xmm", 0
    CODE32
    mov ebx, 15
    mov esi, LIN16(c15_r)
    mov edi, LIN16(c15_n)
    movdqa xmm1, [LIN16(c15_a)]
    movdqa xmm2, [LIN16(c15_b)]
    psubq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c15_a)]
    movdqa xmm2, [LIN16(c15_b)]
    psubq xmm1, [LIN16(c15_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c16_a: dd 0x81FE817F, 0x80010180, 0x7F7F80FF, 0x01FE8000
c16_b: dd 0x006CFF0F, 0x001B7FA9, 0x801F80F6, 0x000A7F7B
c16_r: dd 0x81918270, 0x7FE581D7, 0xFF600009, 0x01F40084
c16_n: db "psubq xmm", 0
    CODE32
    mov ebx, 16
    mov esi, LIN16(c16_r)
    mov edi, LIN16(c16_n)
    movdqa xmm1, [LIN16(c16_a)]
    movdqa xmm2, [LIN16(c16_b)]
    psubq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c16_a)]
    movdqa xmm2, [LIN16(c16_b)]
    psubq xmm1, [LIN16(c16_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c17_a: dd 0x004680DF, 0x80928044, 0x80BE7FDE, 0x7F847FB0
c17_b: dd 0xFF7F01FF, 0x80018181, 0x00008180, 0x0101FFFE
c17_r: dd 0xFF7F81DE, 0x809380C5, 0x80BE0080, 0x7F857EAE
c17_n: db "paddsb xmm", 0
    CODE32
    mov ebx, 17
    mov esi, LIN16(c17_r)
    mov edi, LIN16(c17_n)
    movdqa xmm1, [LIN16(c17_a)]
    movdqa xmm2, [LIN16(c17_b)]
    paddsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c17_a)]
    movdqa xmm2, [LIN16(c17_b)]
    paddsb xmm1, [LIN16(c17_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c18_a: dd 0x29B11A47, 0x865A4C18, 0x8FF3971D, 0x1F90F16B
c18_b: dd 0x0117D593, 0x6624B8B1, 0x10D928DD, 0x58646591
c18_r: dd 0x2AC8EFDA, 0xEC7E04C9, 0x9FCCBFFA, 0x77F456FC
c18_n: db "paddsb xmm", 0
    CODE32
    mov ebx, 18
    mov esi, LIN16(c18_r)
    mov edi, LIN16(c18_n)
    movdqa xmm1, [LIN16(c18_a)]
    movdqa xmm2, [LIN16(c18_b)]
    paddsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c18_a)]
    movdqa xmm2, [LIN16(c18_b)]
    paddsb xmm1, [LIN16(c18_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c19_a: dd 0x01052F29, 0x2F21D995, 0x1F6656AD, 0xDF47211F
c19_b: dd 0x8DADA635, 0x02243C44, 0xD98B1650, 0xB94EB79B
c19_r: dd 0x8EB2D55E, 0x314515D9, 0xF8F16CFD, 0x9895D8BA
c19_n: db "paddsw xmm", 0
    CODE32
    mov ebx, 19
    mov esi, LIN16(c19_r)
    mov edi, LIN16(c19_n)
    movdqa xmm1, [LIN16(c19_a)]
    movdqa xmm2, [LIN16(c19_b)]
    paddsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c19_a)]
    movdqa xmm2, [LIN16(c19_b)]
    paddsw xmm1, [LIN16(c19_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c20_a: dd 0xFF57FF7E, 0xFF85800D, 0x809B80AA, 0x80A17FA1
c20_b: dd 0x80BC7F95, 0x7F7700A1, 0x00E18063, 0x0002009E
c20_r: dd 0x80137F13, 0x7EFC80AE, 0x817C8000, 0x80A37FFF
c20_n: db "paddsw xmm", 0
    CODE32
    mov ebx, 20
    mov esi, LIN16(c20_r)
    mov edi, LIN16(c20_n)
    movdqa xmm1, [LIN16(c20_a)]
    movdqa xmm2, [LIN16(c20_b)]
    paddsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c20_a)]
    movdqa xmm2, [LIN16(c20_b)]
    paddsw xmm1, [LIN16(c20_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c21_a: dd 0x01FFFEFE, 0xFE7F0101, 0xFE018080, 0x7F80FE80
c21_b: dd 0x0000817F, 0x00800001, 0xFE800180, 0x01FF00FE
c21_r: dd 0x01FFFFFF, 0xFEFF0102, 0xFF8181FF, 0x80FFFEFF
c21_n: db "paddusb xmm", 0
    CODE32
    mov ebx, 21
    mov esi, LIN16(c21_r)
    mov edi, LIN16(c21_n)
    movdqa xmm1, [LIN16(c21_a)]
    movdqa xmm2, [LIN16(c21_b)]
    paddusb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c21_a)]
    movdqa xmm2, [LIN16(c21_b)]
    paddusb xmm1, [LIN16(c21_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c22_a: dd 0xFF00B2AF, 0xDDB4FFFF, 0x00FF00FF, 0xE0FF00FF
c22_b: dd 0xFFFFCDFF, 0x00FF27C0, 0x12AB00FF, 0xFF76FF79
c22_r: dd 0xFFFFFFFF, 0xDDFFFFFF, 0x12FF00FF, 0xFFFFFFFF
c22_n: db "paddusb xmm", 0
    CODE32
    mov ebx, 22
    mov esi, LIN16(c22_r)
    mov edi, LIN16(c22_n)
    movdqa xmm1, [LIN16(c22_a)]
    movdqa xmm2, [LIN16(c22_b)]
    paddusb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c22_a)]
    movdqa xmm2, [LIN16(c22_b)]
    paddusb xmm1, [LIN16(c22_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c23_a: dd 0x00FD00D5, 0x7FF07FDC, 0x7FAA8064, 0x80F77F4E
c23_b: dd 0x00B2FFC5, 0x805F7FDE, 0x809CFF09, 0x7F770017
c23_r: dd 0x01AFFFFF, 0xFFFFFFBA, 0xFFFFFFFF, 0xFFFF7F65
c23_n: db "paddusw xmm", 0
    CODE32
    mov ebx, 23
    mov esi, LIN16(c23_r)
    mov edi, LIN16(c23_n)
    movdqa xmm1, [LIN16(c23_a)]
    movdqa xmm2, [LIN16(c23_b)]
    paddusw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c23_a)]
    movdqa xmm2, [LIN16(c23_b)]
    paddusw xmm1, [LIN16(c23_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c24_a: dd 0x76E6A7A1, 0x12201C8C, 0x737C38E1, 0x595320F2
c24_b: dd 0x70616302, 0xB2A7F707, 0xAD43CF87, 0x3187803C
c24_r: dd 0xE747FFFF, 0xC4C7FFFF, 0xFFFFFFFF, 0x8ADAA12E
c24_n: db "paddusw xmm", 0
    CODE32
    mov ebx, 24
    mov esi, LIN16(c24_r)
    mov edi, LIN16(c24_n)
    movdqa xmm1, [LIN16(c24_a)]
    movdqa xmm2, [LIN16(c24_b)]
    paddusw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c24_a)]
    movdqa xmm2, [LIN16(c24_b)]
    paddusw xmm1, [LIN16(c24_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c25_a: dd 0x00FE7F81, 0x01008081, 0x800001FE, 0x007F80FE
c25_b: dd 0x81FE0181, 0x80FEFE80, 0xFE8081FF, 0x00010100
c25_r: dd 0x7F007E00, 0x7F028201, 0x827F7FFF, 0x007E80FE
c25_n: db "psubsb xmm", 0
    CODE32
    mov ebx, 25
    mov esi, LIN16(c25_r)
    mov edi, LIN16(c25_n)
    movdqa xmm1, [LIN16(c25_a)]
    movdqa xmm2, [LIN16(c25_b)]
    psubsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c25_a)]
    movdqa xmm2, [LIN16(c25_b)]
    psubsb xmm1, [LIN16(c25_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c26_a: dd 0xBBE1F1E9, 0x8A807EDD, 0xAACB8803, 0x60503D92
c26_b: dd 0x605E42C7, 0x0F9C2424, 0x0330EB29, 0x6064878E
c26_r: dd 0x8083AF22, 0x80E45AB9, 0xA79B9DDA, 0x00EC7F04
c26_n: db "psubsb xmm", 0
    CODE32
    mov ebx, 26
    mov esi, LIN16(c26_r)
    mov edi, LIN16(c26_n)
    movdqa xmm1, [LIN16(c26_a)]
    movdqa xmm2, [LIN16(c26_b)]
    psubsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c26_a)]
    movdqa xmm2, [LIN16(c26_b)]
    psubsb xmm1, [LIN16(c26_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c27_a: dd 0x80FF7F81, 0x007FFF7F, 0xFF7F8000, 0x80FE0181
c27_b: dd 0x00FF00FF, 0xFF00EE60, 0xFFA7FFDC, 0x823900FF
c27_r: dd 0x80007E82, 0x017F111F, 0xFFD88024, 0xFEC50082
c27_n: db "psubsw xmm", 0
    CODE32
    mov ebx, 27
    mov esi, LIN16(c27_r)
    mov edi, LIN16(c27_n)
    movdqa xmm1, [LIN16(c27_a)]
    movdqa xmm2, [LIN16(c27_b)]
    psubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c27_a)]
    movdqa xmm2, [LIN16(c27_b)]
    psubsw xmm1, [LIN16(c27_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c28_a: dd 0x7F2BFFFA, 0x009A00BF, 0xFF5AFF51, 0x7F1080F6
c28_b: dd 0x6155CC7C, 0xC69AEAF0, 0x6ADFAA8B, 0x11611C12
c28_r: dd 0x1DD6337E, 0x3A0015CF, 0x947B54C6, 0x6DAF8000
c28_n: db "psubsw xmm", 0
    CODE32
    mov ebx, 28
    mov esi, LIN16(c28_r)
    mov edi, LIN16(c28_n)
    movdqa xmm1, [LIN16(c28_a)]
    movdqa xmm2, [LIN16(c28_b)]
    psubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c28_a)]
    movdqa xmm2, [LIN16(c28_b)]
    psubsw xmm1, [LIN16(c28_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c29_a: dd 0x801D7FAA, 0xFFCD00BF, 0xFFB280BE, 0xFF0DFFBB
c29_b: dd 0x80D0F146, 0xBCB9E356, 0x9B4B5C34, 0x13FC204E
c29_r: dd 0x00000064, 0x43140069, 0x6467248A, 0xEC00DF6D
c29_n: db "psubusb xmm", 0
    CODE32
    mov ebx, 29
    mov esi, LIN16(c29_r)
    mov edi, LIN16(c29_n)
    movdqa xmm1, [LIN16(c29_a)]
    movdqa xmm2, [LIN16(c29_b)]
    psubusb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c29_a)]
    movdqa xmm2, [LIN16(c29_b)]
    psubusb xmm1, [LIN16(c29_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c30_a: dd 0x00FFFF00, 0xFF00FF00, 0xFFFFFF00, 0x0087FF00
c30_b: dd 0xFF818000, 0x00FE807F, 0x80818080, 0xFF80FEFF
c30_r: dd 0x007E7F00, 0xFF007F00, 0x7F7E7F00, 0x00070100
c30_n: db "psubusb xmm", 0
    CODE32
    mov ebx, 30
    mov esi, LIN16(c30_r)
    mov edi, LIN16(c30_n)
    movdqa xmm1, [LIN16(c30_a)]
    movdqa xmm2, [LIN16(c30_b)]
    psubusb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c30_a)]
    movdqa xmm2, [LIN16(c30_b)]
    psubusb xmm1, [LIN16(c30_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c31_a: dd 0xB39259F3, 0x62E1248E, 0xEF85C597, 0xECA61FAB
c31_b: dd 0xFFBC0000, 0x57D593FF, 0xFFA0FF00, 0xFD33FF00
c31_r: dd 0x000059F3, 0x0B0C0000, 0x00000000, 0x00000000
c31_n: db "psubusw xmm", 0
    CODE32
    mov ebx, 31
    mov esi, LIN16(c31_r)
    mov edi, LIN16(c31_n)
    movdqa xmm1, [LIN16(c31_a)]
    movdqa xmm2, [LIN16(c31_b)]
    psubusw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c31_a)]
    movdqa xmm2, [LIN16(c31_b)]
    psubusw xmm1, [LIN16(c31_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c32_a: dd 0x4C088320, 0xBBA8CBA2, 0xEF1F2847, 0xBAB152BD
c32_b: dd 0x00FFFF7F, 0x80FE80FF, 0x80FEFFFF, 0xFEFE0101
c32_r: dd 0x4B090000, 0x3AAA4AA3, 0x6E210000, 0x000051BC
c32_n: db "psubusw xmm", 0
    CODE32
    mov ebx, 32
    mov esi, LIN16(c32_r)
    mov edi, LIN16(c32_n)
    movdqa xmm1, [LIN16(c32_a)]
    movdqa xmm2, [LIN16(c32_b)]
    psubusw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c32_a)]
    movdqa xmm2, [LIN16(c32_b)]
    psubusw xmm1, [LIN16(c32_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c33_a: dd 0x7300FF00, 0x51FF0000, 0xDBFF007B, 0x0000B000
c33_b: dd 0x00235768, 0x00004600, 0x00FFFF18, 0x0081FF38
c33_r: dd 0xB9009800, 0x00000000, 0x23019088, 0x00008000
c33_n: db "pmullw xmm", 0
    CODE32
    mov ebx, 33
    mov esi, LIN16(c33_r)
    mov edi, LIN16(c33_n)
    movdqa xmm1, [LIN16(c33_a)]
    movdqa xmm2, [LIN16(c33_b)]
    pmullw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c33_a)]
    movdqa xmm2, [LIN16(c33_b)]
    pmullw xmm1, [LIN16(c33_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c34_a: dd 0x7FFE80FF, 0xFF810081, 0x7FFE007F, 0xFE00FFFE
c34_b: dd 0xFFD4FF22, 0x00A5FFF2, 0x7FCA806C, 0x7F10FFB5
c34_r: dd 0x005822DE, 0xAE25F8F2, 0x006CB594, 0xE0000096
c34_n: db "pmullw xmm", 0
    CODE32
    mov ebx, 34
    mov esi, LIN16(c34_r)
    mov edi, LIN16(c34_n)
    movdqa xmm1, [LIN16(c34_a)]
    movdqa xmm2, [LIN16(c34_b)]
    pmullw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c34_a)]
    movdqa xmm2, [LIN16(c34_b)]
    pmullw xmm1, [LIN16(c34_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c35_a: dd 0xBCD76ED6, 0x86D76D35, 0x5C3CE47C, 0x4AF5273B
c35_b: dd 0x80758032, 0x7F228056, 0x7F6D7F40, 0xFFD90029
c35_r: dd 0x2175C8AA, 0xC3D4C98A, 0x2DE9F252, 0xFFF40006
c35_n: db "pmulhw xmm", 0
    CODE32
    mov ebx, 35
    mov esi, LIN16(c35_r)
    mov edi, LIN16(c35_n)
    movdqa xmm1, [LIN16(c35_a)]
    movdqa xmm2, [LIN16(c35_b)]
    pmulhw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c35_a)]
    movdqa xmm2, [LIN16(c35_b)]
    pmulhw xmm1, [LIN16(c35_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c36_a: dd 0x006CFF92, 0xFFE9FFC5, 0x80B67F8C, 0x80F8808B
c36_b: dd 0x49DDA4F9, 0x8570FCBC, 0x4D0CF378, 0xEFB21C79
c36_r: dd 0x001F0027, 0x000B0000, 0xD9B0F9C1, 0x0817F1D2
c36_n: db "pmulhw xmm", 0
    CODE32
    mov ebx, 36
    mov esi, LIN16(c36_r)
    mov edi, LIN16(c36_n)
    movdqa xmm1, [LIN16(c36_a)]
    movdqa xmm2, [LIN16(c36_b)]
    pmulhw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c36_a)]
    movdqa xmm2, [LIN16(c36_b)]
    pmulhw xmm1, [LIN16(c36_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c37_a: dd 0x80757F0D, 0x80DA8020, 0xFF3B8053, 0x80108095
c37_b: dd 0x0A8BC3B0, 0xCB6FC2A9, 0x50DA4599, 0x79373D9A
c37_r: dd 0x054A611E, 0x6664616C, 0x509B22E3, 0x3CA31EF0
c37_n: db "pmulhuw xmm", 0
    CODE32
    mov ebx, 37
    mov esi, LIN16(c37_r)
    mov edi, LIN16(c37_n)
    movdqa xmm1, [LIN16(c37_a)]
    movdqa xmm2, [LIN16(c37_b)]
    pmulhuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c37_a)]
    movdqa xmm2, [LIN16(c37_b)]
    pmulhuw xmm1, [LIN16(c37_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c38_a: dd 0x8180807F, 0x01017FFE, 0x8100FE7F, 0xFEFEFF7F
c38_b: dd 0xFE807F81, 0x81FF7F80, 0xFE80FE01, 0x80FE7FFE
c38_r: dd 0x80BD3FFF, 0x00823FBF, 0x803EFC83, 0x807C7FBD
c38_n: db "pmulhuw xmm", 0
    CODE32
    mov ebx, 38
    mov esi, LIN16(c38_r)
    mov edi, LIN16(c38_n)
    movdqa xmm1, [LIN16(c38_a)]
    movdqa xmm2, [LIN16(c38_b)]
    pmulhuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c38_a)]
    movdqa xmm2, [LIN16(c38_b)]
    pmulhuw xmm1, [LIN16(c38_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c39_a: dd 0xFFDF00AC, 0xFF09800D, 0xFF427FB4, 0xFFB97F70
c39_b: dd 0x4927C576, 0x887D66B2, 0xD7894530, 0x05345FF4
c39_r: dd 0xB282AB48, 0x491E5786, 0x4C3775C0, 0xD6E9B8D3
c39_n: db "pmuludq xmm", 0
    CODE32
    mov ebx, 39
    mov esi, LIN16(c39_r)
    mov edi, LIN16(c39_n)
    movdqa xmm1, [LIN16(c39_a)]
    movdqa xmm2, [LIN16(c39_b)]
    pmuludq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c39_a)]
    movdqa xmm2, [LIN16(c39_b)]
    pmuludq xmm1, [LIN16(c39_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c40_a: dd 0x8100FF00, 0xFEFE0080, 0x7F810101, 0x81FE0080
c40_b: dd 0x0EEB50BD, 0x70D193FF, 0xF0C75BFA, 0x8A817206
c40_r: dd 0xA26C4300, 0x0784A28B, 0x171D55FA, 0x77EC3C08
c40_n: db "pmuludq xmm", 0
    CODE32
    mov ebx, 40
    mov esi, LIN16(c40_r)
    mov edi, LIN16(c40_n)
    movdqa xmm1, [LIN16(c40_a)]
    movdqa xmm2, [LIN16(c40_b)]
    pmuludq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c40_a)]
    movdqa xmm2, [LIN16(c40_b)]
    pmuludq xmm1, [LIN16(c40_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c41_a: dd 0x001C0058, 0xFF5180AF, 0xFFE3FF48, 0x80A50097
c41_b: dd 0x805E80E3, 0xFF72FF31, 0x00327F83, 0x0001FFBD
c41_r: dd 0xFFC65850, 0x00675391, 0xFFA4542E, 0xFFFF5920
c41_n: db "pmaddwd xmm", 0
    CODE32
    mov ebx, 41
    mov esi, LIN16(c41_r)
    mov edi, LIN16(c41_n)
    movdqa xmm1, [LIN16(c41_a)]
    movdqa xmm2, [LIN16(c41_b)]
    pmaddwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c41_a)]
    movdqa xmm2, [LIN16(c41_b)]
    pmaddwd xmm1, [LIN16(c41_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c42_a: dd 0x4FFF00FF, 0xFFFCFFB2, 0xFFFF0000, 0xDAB90000
c42_b: dd 0x01489BC1, 0x304346C5, 0xFD1A95A9, 0x98F5961F
c42_r: dd 0x0002A3F7, 0xFFE9AEEE, 0x000002E6, 0x0F012B0D
c42_n: db "pmaddwd xmm", 0
    CODE32
    mov ebx, 42
    mov esi, LIN16(c42_r)
    mov edi, LIN16(c42_n)
    movdqa xmm1, [LIN16(c42_a)]
    movdqa xmm2, [LIN16(c42_b)]
    pmaddwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c42_a)]
    movdqa xmm2, [LIN16(c42_b)]
    pmaddwd xmm1, [LIN16(c42_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c43_a: dd 0x003D80E3, 0x80A38059, 0x7F20FF41, 0x006C7F83
c43_b: dd 0x7C141170, 0x5A1374A4, 0xC25341AF, 0xF91B90AA
c43_r: dd 0x00000294, 0x00000000, 0x00000324, 0x00000000
c43_n: db "psadbw xmm", 0
    CODE32
    mov ebx, 43
    mov esi, LIN16(c43_r)
    mov edi, LIN16(c43_n)
    movdqa xmm1, [LIN16(c43_a)]
    movdqa xmm2, [LIN16(c43_b)]
    psadbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c43_a)]
    movdqa xmm2, [LIN16(c43_b)]
    psadbw xmm1, [LIN16(c43_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c44_a: dd 0x7FFD8085, 0x806B00BC, 0x80277F5A, 0x8015000C
c44_b: dd 0x805D7F94, 0x80DD00FA, 0x00A37FA5, 0x003BFF40
c44_r: dd 0x00000161, 0x00000000, 0x00000320, 0x00000000
c44_n: db "psadbw xmm", 0
    CODE32
    mov ebx, 44
    mov esi, LIN16(c44_r)
    mov edi, LIN16(c44_n)
    movdqa xmm1, [LIN16(c44_a)]
    movdqa xmm2, [LIN16(c44_b)]
    psadbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c44_a)]
    movdqa xmm2, [LIN16(c44_b)]
    psadbw xmm1, [LIN16(c44_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c45_a: dd 0x21606AA2, 0x07F51662, 0xD38FCEA1, 0xC0DD0DFE
c45_b: dd 0x0181017F, 0x80FE8101, 0x80FF0080, 0x80FE80FF
c45_r: dd 0x11713691, 0x44FA4C32, 0xAAC76791, 0xA0EE47FF
c45_n: db "pavgb xmm", 0
    CODE32
    mov ebx, 45
    mov esi, LIN16(c45_r)
    mov edi, LIN16(c45_n)
    movdqa xmm1, [LIN16(c45_a)]
    movdqa xmm2, [LIN16(c45_b)]
    pavgb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c45_a)]
    movdqa xmm2, [LIN16(c45_b)]
    pavgb xmm1, [LIN16(c45_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c46_a: dd 0x8C677CDD, 0xED21BB28, 0xBA33405F, 0x975BA1BE
c46_b: dd 0x6C2B00FF, 0x86497EFF, 0x590000FF, 0x00000000
c46_r: dd 0x7C493EEE, 0xBA359D94, 0x8A1A20AF, 0x4C2E515F
c46_n: db "pavgb xmm", 0
    CODE32
    mov ebx, 46
    mov esi, LIN16(c46_r)
    mov edi, LIN16(c46_n)
    movdqa xmm1, [LIN16(c46_a)]
    movdqa xmm2, [LIN16(c46_b)]
    pavgb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c46_a)]
    movdqa xmm2, [LIN16(c46_b)]
    pavgb xmm1, [LIN16(c46_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c47_a: dd 0x7F8480A7, 0x80187F3C, 0x00F200A1, 0x7FF50085
c47_b: dd 0x7F7B805A, 0x00F7FFF0, 0xFFCCFF70, 0xFFD98012
c47_r: dd 0x7F808081, 0x4088BF96, 0x805F8009, 0xBFE7404C
c47_n: db "pavgw xmm", 0
    CODE32
    mov ebx, 47
    mov esi, LIN16(c47_r)
    mov edi, LIN16(c47_n)
    movdqa xmm1, [LIN16(c47_a)]
    movdqa xmm2, [LIN16(c47_b)]
    pavgw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c47_a)]
    movdqa xmm2, [LIN16(c47_b)]
    pavgw xmm1, [LIN16(c47_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c48_a: dd 0x804E80B0, 0x008780F5, 0x7F438026, 0xFF477FF9
c48_b: dd 0x6D5EFFFF, 0x764253FF, 0xA4BB2200, 0xD4ABFF05
c48_r: dd 0x76D6C058, 0x3B656A7A, 0x91FF5113, 0xE9F9BF7F
c48_n: db "pavgw xmm", 0
    CODE32
    mov ebx, 48
    mov esi, LIN16(c48_r)
    mov edi, LIN16(c48_n)
    movdqa xmm1, [LIN16(c48_a)]
    movdqa xmm2, [LIN16(c48_b)]
    pavgw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c48_a)]
    movdqa xmm2, [LIN16(c48_b)]
    pavgw xmm1, [LIN16(c48_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c49_a: dd 0x005C8028, 0x00D17F5C, 0x7F497F80, 0x8032FF4E
c49_b: dd 0xA9072621, 0x59358A00, 0x64169177, 0x4E1A1B26
c49_r: dd 0x00072621, 0x00357F00, 0x64167F77, 0x4E1A1B26
c49_n: db "pminub xmm", 0
    CODE32
    mov ebx, 49
    mov esi, LIN16(c49_r)
    mov edi, LIN16(c49_n)
    movdqa xmm1, [LIN16(c49_a)]
    movdqa xmm2, [LIN16(c49_b)]
    pminub xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c49_a)]
    movdqa xmm2, [LIN16(c49_b)]
    pminub xmm1, [LIN16(c49_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c50_a: dd 0xFFDF80AC, 0x7F5B00A4, 0x7F960083, 0xFFE700AD
c50_b: dd 0x00FF0000, 0xFFFF00B4, 0xFF00FF00, 0xD1E3F6FF
c50_r: dd 0x00DF0000, 0x7F5B00A4, 0x7F000000, 0xD1E300AD
c50_n: db "pminub xmm", 0
    CODE32
    mov ebx, 50
    mov esi, LIN16(c50_r)
    mov edi, LIN16(c50_n)
    movdqa xmm1, [LIN16(c50_a)]
    movdqa xmm2, [LIN16(c50_b)]
    pminub xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c50_a)]
    movdqa xmm2, [LIN16(c50_b)]
    pminub xmm1, [LIN16(c50_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c51_a: dd 0xFFFFFFFA, 0xFF71FF00, 0xFF009BEA, 0x000000B7
c51_b: dd 0xFF00FF00, 0xFF4BFF00, 0x75008985, 0x0000FFFF
c51_r: dd 0xFFFFFFFA, 0xFF71FF00, 0xFF009BEA, 0x0000FFFF
c51_n: db "pmaxub xmm", 0
    CODE32
    mov ebx, 51
    mov esi, LIN16(c51_r)
    mov edi, LIN16(c51_n)
    movdqa xmm1, [LIN16(c51_a)]
    movdqa xmm2, [LIN16(c51_b)]
    pmaxub xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c51_a)]
    movdqa xmm2, [LIN16(c51_b)]
    pmaxub xmm1, [LIN16(c51_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c52_a: dd 0xFD00FF2D, 0x1300FFFF, 0x41A5FFE1, 0x00B6FF0A
c52_b: dd 0x44B48D1B, 0x1E5BA92D, 0x22DA1934, 0x16DFCBFC
c52_r: dd 0xFDB4FF2D, 0x1E5BFFFF, 0x41DAFFE1, 0x16DFFFFC
c52_n: db "pmaxub xmm", 0
    CODE32
    mov ebx, 52
    mov esi, LIN16(c52_r)
    mov edi, LIN16(c52_n)
    movdqa xmm1, [LIN16(c52_a)]
    movdqa xmm2, [LIN16(c52_b)]
    pmaxub xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c52_a)]
    movdqa xmm2, [LIN16(c52_b)]
    pmaxub xmm1, [LIN16(c52_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c53_a: dd 0xFEFE81FE, 0xFE000081, 0x80FFFF01, 0x8000817F
c53_b: dd 0x81FEFE01, 0xFE007F80, 0xFE00FE01, 0xFEFEFF00
c53_r: dd 0x81FE81FE, 0xFE000081, 0x80FFFE01, 0x8000817F
c53_n: db "pminsw xmm", 0
    CODE32
    mov ebx, 53
    mov esi, LIN16(c53_r)
    mov edi, LIN16(c53_n)
    movdqa xmm1, [LIN16(c53_a)]
    movdqa xmm2, [LIN16(c53_b)]
    pminsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c53_a)]
    movdqa xmm2, [LIN16(c53_b)]
    pminsw xmm1, [LIN16(c53_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c54_a: dd 0x7FFEFF00, 0x007F7FFF, 0x81800101, 0xFF008080
c54_b: dd 0x6F0000FF, 0xFFFF000D, 0x8414FF58, 0xFF005400
c54_r: dd 0x6F00FF00, 0xFFFF000D, 0x8180FF58, 0xFF008080
c54_n: db "pminsw xmm", 0
    CODE32
    mov ebx, 54
    mov esi, LIN16(c54_r)
    mov edi, LIN16(c54_n)
    movdqa xmm1, [LIN16(c54_a)]
    movdqa xmm2, [LIN16(c54_b)]
    pminsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c54_a)]
    movdqa xmm2, [LIN16(c54_b)]
    pminsw xmm1, [LIN16(c54_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c55_a: dd 0xFE7F8101, 0xFE000081, 0x7F0081FF, 0xFEFE0081
c55_b: dd 0xFE80FE81, 0x81FF00FE, 0x80FEFEFE, 0x810000FE
c55_r: dd 0xFE80FE81, 0xFE0000FE, 0x7F00FEFE, 0xFEFE00FE
c55_n: db "pmaxsw xmm", 0
    CODE32
    mov ebx, 55
    mov esi, LIN16(c55_r)
    mov edi, LIN16(c55_n)
    movdqa xmm1, [LIN16(c55_a)]
    movdqa xmm2, [LIN16(c55_b)]
    pmaxsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c55_a)]
    movdqa xmm2, [LIN16(c55_b)]
    pmaxsw xmm1, [LIN16(c55_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c56_a: dd 0x00FFFFFF, 0x77FF00FF, 0x000D0000, 0x00FF9D00
c56_b: dd 0xEBBFD586, 0x3EBAF7BF, 0xDF871300, 0xE5EF143A
c56_r: dd 0x00FFFFFF, 0x77FF00FF, 0x000D1300, 0x00FF143A
c56_n: db "pmaxsw xmm", 0
    CODE32
    mov ebx, 56
    mov esi, LIN16(c56_r)
    mov edi, LIN16(c56_n)
    movdqa xmm1, [LIN16(c56_a)]
    movdqa xmm2, [LIN16(c56_b)]
    pmaxsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c56_a)]
    movdqa xmm2, [LIN16(c56_b)]
    pmaxsw xmm1, [LIN16(c56_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c57_a: dd 0xFF00FFA4, 0x133D0000, 0xFFFE7D00, 0x3CFF195A
c57_b: dd 0x6CDCDE15, 0xDD01BE3C, 0x8CDC2736, 0x8AAD0F04
c57_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c57_n: db "pcmpeqb xmm", 0
    CODE32
    mov ebx, 57
    mov esi, LIN16(c57_r)
    mov edi, LIN16(c57_n)
    movdqa xmm1, [LIN16(c57_a)]
    movdqa xmm2, [LIN16(c57_b)]
    pcmpeqb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c57_a)]
    movdqa xmm2, [LIN16(c57_b)]
    pcmpeqb xmm1, [LIN16(c57_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c58_a: dd 0xFE818101, 0x00800001, 0x80FFFE01, 0x01800100
c58_b: dd 0x114F6DB2, 0x1E30FF8A, 0x8016A32D, 0xE10EA754
c58_r: dd 0x00000000, 0x00000000, 0xFF000000, 0x00000000
c58_n: db "pcmpeqb xmm", 0
    CODE32
    mov ebx, 58
    mov esi, LIN16(c58_r)
    mov edi, LIN16(c58_n)
    movdqa xmm1, [LIN16(c58_a)]
    movdqa xmm2, [LIN16(c58_b)]
    pcmpeqb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c58_a)]
    movdqa xmm2, [LIN16(c58_b)]
    pcmpeqb xmm1, [LIN16(c58_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c59_a: dd 0xB9C62983, 0x0E01AA50, 0x9D004713, 0xBFADE9BC
c59_b: dd 0xFFD780AC, 0x7F8CFF46, 0x00A57FF2, 0x7FA7805C
c59_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c59_n: db "pcmpeqw xmm", 0
    CODE32
    mov ebx, 59
    mov esi, LIN16(c59_r)
    mov edi, LIN16(c59_n)
    movdqa xmm1, [LIN16(c59_a)]
    movdqa xmm2, [LIN16(c59_b)]
    pcmpeqw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c59_a)]
    movdqa xmm2, [LIN16(c59_b)]
    pcmpeqw xmm1, [LIN16(c59_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c60_a: dd 0x807F0181, 0x01000000, 0xFE80FEFF, 0x017F8100
c60_b: dd 0x00FF72FF, 0xF50085AB, 0xFF000067, 0x9EFFFF47
c60_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c60_n: db "pcmpeqw xmm", 0
    CODE32
    mov ebx, 60
    mov esi, LIN16(c60_r)
    mov edi, LIN16(c60_n)
    movdqa xmm1, [LIN16(c60_a)]
    movdqa xmm2, [LIN16(c60_b)]
    pcmpeqw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c60_a)]
    movdqa xmm2, [LIN16(c60_b)]
    pcmpeqw xmm1, [LIN16(c60_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c61_a: dd 0x00F47F0B, 0xFFDFFF38, 0x00E07F44, 0xFF41809B
c61_b: dd 0xFF00FF00, 0x00FFA4FF, 0x007ED7DE, 0x00006238
c61_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c61_n: db "pcmpeqd xmm", 0
    CODE32
    mov ebx, 61
    mov esi, LIN16(c61_r)
    mov edi, LIN16(c61_n)
    movdqa xmm1, [LIN16(c61_a)]
    movdqa xmm2, [LIN16(c61_b)]
    pcmpeqd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c61_a)]
    movdqa xmm2, [LIN16(c61_b)]
    pcmpeqd xmm1, [LIN16(c61_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c62_a: dd 0x81810180, 0x7F808080, 0xFF007F7F, 0x00808080
c62_b: dd 0xFF36FFF3, 0x7FF1FFA5, 0x8044005E, 0x7FF67F4F
c62_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c62_n: db "pcmpeqd xmm", 0
    CODE32
    mov ebx, 62
    mov esi, LIN16(c62_r)
    mov edi, LIN16(c62_n)
    movdqa xmm1, [LIN16(c62_a)]
    movdqa xmm2, [LIN16(c62_b)]
    pcmpeqd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c62_a)]
    movdqa xmm2, [LIN16(c62_b)]
    pcmpeqd xmm1, [LIN16(c62_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c63_a: dd 0xC102AE03, 0xAD1322D1, 0x4B2CE367, 0xB4609F57
c63_b: dd 0xFFFF00A2, 0xFFFFFF00, 0xADCBFF86, 0x003EFFFF
c63_r: dd 0x00FF00FF, 0x00FFFF00, 0xFFFF00FF, 0x00FF00FF
c63_n: db "pcmpgtb xmm", 0
    CODE32
    mov ebx, 63
    mov esi, LIN16(c63_r)
    mov edi, LIN16(c63_n)
    movdqa xmm1, [LIN16(c63_a)]
    movdqa xmm2, [LIN16(c63_b)]
    pcmpgtb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c63_a)]
    movdqa xmm2, [LIN16(c63_b)]
    pcmpgtb xmm1, [LIN16(c63_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c64_a: dd 0xB5FFFF00, 0xC0D100FF, 0x7298E9FF, 0xFF980000
c64_b: dd 0x818101FF, 0x00FE01FE, 0xFF80FF81, 0xFE00FEFF
c64_r: dd 0xFFFF00FF, 0x000000FF, 0xFFFF00FF, 0xFF00FFFF
c64_n: db "pcmpgtb xmm", 0
    CODE32
    mov ebx, 64
    mov esi, LIN16(c64_r)
    mov edi, LIN16(c64_n)
    movdqa xmm1, [LIN16(c64_a)]
    movdqa xmm2, [LIN16(c64_b)]
    pcmpgtb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c64_a)]
    movdqa xmm2, [LIN16(c64_b)]
    pcmpgtb xmm1, [LIN16(c64_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c65_a: dd 0xFF800100, 0x81008081, 0xFE7F0081, 0x7F7FFE01
c65_b: dd 0xFFFFDA00, 0x6600ADA7, 0x817BFFFF, 0xFFFF0000
c65_r: dd 0x0000FFFF, 0x00000000, 0xFFFFFFFF, 0xFFFF0000
c65_n: db "pcmpgtw xmm", 0
    CODE32
    mov ebx, 65
    mov esi, LIN16(c65_r)
    mov edi, LIN16(c65_n)
    movdqa xmm1, [LIN16(c65_a)]
    movdqa xmm2, [LIN16(c65_b)]
    pcmpgtw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c65_a)]
    movdqa xmm2, [LIN16(c65_b)]
    pcmpgtw xmm1, [LIN16(c65_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c66_a: dd 0x00D77F52, 0x804F8089, 0x801BFF41, 0x7FF67F6C
c66_b: dd 0x7FFF7FFE, 0x7F800080, 0x7F7F0000, 0xFFFFFE80
c66_r: dd 0x00000000, 0x00000000, 0x00000000, 0xFFFFFFFF
c66_n: db "pcmpgtw xmm", 0
    CODE32
    mov ebx, 66
    mov esi, LIN16(c66_r)
    mov edi, LIN16(c66_n)
    movdqa xmm1, [LIN16(c66_a)]
    movdqa xmm2, [LIN16(c66_b)]
    pcmpgtw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c66_a)]
    movdqa xmm2, [LIN16(c66_b)]
    pcmpgtw xmm1, [LIN16(c66_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c67_a: dd 0x8089007A, 0x7F6E00C3, 0x7FFFFFC1, 0xFF750093
c67_b: dd 0x7F2580E8, 0xFF7DFFF7, 0x0009FFF9, 0x7FC9FF4E
c67_r: dd 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000
c67_n: db "pcmpgtd xmm", 0
    CODE32
    mov ebx, 67
    mov esi, LIN16(c67_r)
    mov edi, LIN16(c67_n)
    movdqa xmm1, [LIN16(c67_a)]
    movdqa xmm2, [LIN16(c67_b)]
    pcmpgtd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c67_a)]
    movdqa xmm2, [LIN16(c67_b)]
    pcmpgtd xmm1, [LIN16(c67_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c68_a: dd 0xFFFE8100, 0x017F8180, 0x01FFFEFF, 0x01FE0000
c68_b: dd 0xF15942FF, 0xFFFF0000, 0xA700FFFF, 0x1DFFFF00
c68_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000
c68_n: db "pcmpgtd xmm", 0
    CODE32
    mov ebx, 68
    mov esi, LIN16(c68_r)
    mov edi, LIN16(c68_n)
    movdqa xmm1, [LIN16(c68_a)]
    movdqa xmm2, [LIN16(c68_b)]
    pcmpgtd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c68_a)]
    movdqa xmm2, [LIN16(c68_b)]
    pcmpgtd xmm1, [LIN16(c68_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c69_a: dd 0x807FFE80, 0xFE7F7F81, 0x81FF8181, 0xFF800181
c69_b: dd 0x00D1FF00, 0x980077FF, 0x0032D1FA, 0x26FFFF17
c69_r: dd 0x0051FE00, 0x98007781, 0x00328180, 0x26800101
c69_n: db "pand xmm", 0
    CODE32
    mov ebx, 69
    mov esi, LIN16(c69_r)
    mov edi, LIN16(c69_n)
    movdqa xmm1, [LIN16(c69_a)]
    movdqa xmm2, [LIN16(c69_b)]
    pand xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c69_a)]
    movdqa xmm2, [LIN16(c69_b)]
    pand xmm1, [LIN16(c69_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c70_a: dd 0x0206B0EA, 0xCC8CD594, 0x3B2AA682, 0x4A202AD0
c70_b: dd 0x35F8CE65, 0x03EC5B2B, 0x145BAB91, 0x53A72A44
c70_r: dd 0x00008060, 0x008C5100, 0x100AA280, 0x42202A40
c70_n: db "pand xmm", 0
    CODE32
    mov ebx, 70
    mov esi, LIN16(c70_r)
    mov edi, LIN16(c70_n)
    movdqa xmm1, [LIN16(c70_a)]
    movdqa xmm2, [LIN16(c70_b)]
    pand xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c70_a)]
    movdqa xmm2, [LIN16(c70_b)]
    pand xmm1, [LIN16(c70_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c71_a: dd 0xD7FFFF00, 0x59FF00F1, 0x3CFF5B00, 0x00FFFAFF
c71_b: dd 0x8F7E8077, 0x7C5022A2, 0xAC2052C0, 0x1C87591C
c71_r: dd 0x08000077, 0x24002202, 0x800000C0, 0x1C000100
c71_n: db "pandn xmm", 0
    CODE32
    mov ebx, 71
    mov esi, LIN16(c71_r)
    mov edi, LIN16(c71_n)
    movdqa xmm1, [LIN16(c71_a)]
    movdqa xmm2, [LIN16(c71_b)]
    pandn xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c71_a)]
    movdqa xmm2, [LIN16(c71_b)]
    pandn xmm1, [LIN16(c71_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c72_a: dd 0x77815719, 0x9D2D7D80, 0x804157AF, 0xF2556367
c72_b: dd 0x81FF0180, 0x7F807F01, 0x7FFE8000, 0x01817F80
c72_r: dd 0x807E0080, 0x62800201, 0x7FBE8000, 0x01801C80
c72_n: db "pandn xmm", 0
    CODE32
    mov ebx, 72
    mov esi, LIN16(c72_r)
    mov edi, LIN16(c72_n)
    movdqa xmm1, [LIN16(c72_a)]
    movdqa xmm2, [LIN16(c72_b)]
    pandn xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c72_a)]
    movdqa xmm2, [LIN16(c72_b)]
    pandn xmm1, [LIN16(c72_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c73_a: dd 0xFF000000, 0x36FFFF63, 0x00FF2FFF, 0xFFEEFFE2
c73_b: dd 0xFF018001, 0x81807F7F, 0xFF008180, 0x81FF81FF
c73_r: dd 0xFF018001, 0xB7FFFF7F, 0xFFFFAFFF, 0xFFFFFFFF
c73_n: db "por xmm", 0
    CODE32
    mov ebx, 73
    mov esi, LIN16(c73_r)
    mov edi, LIN16(c73_n)
    movdqa xmm1, [LIN16(c73_a)]
    movdqa xmm2, [LIN16(c73_b)]
    por xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c73_a)]
    movdqa xmm2, [LIN16(c73_b)]
    por xmm1, [LIN16(c73_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c74_a: dd 0x00FE7F00, 0x807F8100, 0x81017F00, 0xFF81FE7F
c74_b: dd 0x0000FF00, 0xFF00E000, 0xFF0B0100, 0xFF9A1A45
c74_r: dd 0x00FEFF00, 0xFF7FE100, 0xFF0B7F00, 0xFF9BFE7F
c74_n: db "por xmm", 0
    CODE32
    mov ebx, 74
    mov esi, LIN16(c74_r)
    mov edi, LIN16(c74_n)
    movdqa xmm1, [LIN16(c74_a)]
    movdqa xmm2, [LIN16(c74_b)]
    por xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c74_a)]
    movdqa xmm2, [LIN16(c74_b)]
    por xmm1, [LIN16(c74_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c75_a: dd 0xFF89FF3B, 0x7F5A809C, 0x000D80ED, 0x8037FF28
c75_b: dd 0x01018001, 0xFE018001, 0x80000000, 0xFFFF8000
c75_r: dd 0xFE887F3A, 0x815B009D, 0x800D80ED, 0x7FC87F28
c75_n: db "pxor xmm", 0
    CODE32
    mov ebx, 75
    mov esi, LIN16(c75_r)
    mov edi, LIN16(c75_n)
    movdqa xmm1, [LIN16(c75_a)]
    movdqa xmm2, [LIN16(c75_b)]
    pxor xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c75_a)]
    movdqa xmm2, [LIN16(c75_b)]
    pxor xmm1, [LIN16(c75_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c76_a: dd 0x80FF81FE, 0x00FF0081, 0xFFFE0000, 0x81FFFF81
c76_b: dd 0xCCEB70A6, 0xE6D94D29, 0x6D7E2D98, 0x4B973952
c76_r: dd 0x4C14F158, 0xE6264DA8, 0x92802D98, 0xCA68C6D3
c76_n: db "pxor xmm", 0
    CODE32
    mov ebx, 76
    mov esi, LIN16(c76_r)
    mov edi, LIN16(c76_n)
    movdqa xmm1, [LIN16(c76_a)]
    movdqa xmm2, [LIN16(c76_b)]
    pxor xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c76_a)]
    movdqa xmm2, [LIN16(c76_b)]
    pxor xmm1, [LIN16(c76_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c77_a: dd 0x00A1FF62, 0x8039007B, 0x80F07F5B, 0x00688039
c77_b: dd 0x81FE7FFE, 0x01007FFF, 0x018000FE, 0xFFFE7F7F
c77_r: dd 0x807B7F80, 0x6880807F, 0x7F7F807F, 0xFE7F7F7F
c77_n: db "packsswb xmm", 0
    CODE32
    mov ebx, 77
    mov esi, LIN16(c77_r)
    mov edi, LIN16(c77_n)
    movdqa xmm1, [LIN16(c77_a)]
    movdqa xmm2, [LIN16(c77_b)]
    packsswb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c77_a)]
    movdqa xmm2, [LIN16(c77_b)]
    packsswb xmm1, [LIN16(c77_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c78_a: dd 0xFF1B009E, 0x00CE7F8E, 0x804900D8, 0x7F807F98
c78_b: dd 0xFE808000, 0x00FFFF7F, 0x7F808081, 0x80FFFEFE
c78_r: dd 0x7F7F807F, 0x7F7F807F, 0x7F808080, 0x80807F80
c78_n: db "packsswb xmm", 0
    CODE32
    mov ebx, 78
    mov esi, LIN16(c78_r)
    mov edi, LIN16(c78_n)
    movdqa xmm1, [LIN16(c78_a)]
    movdqa xmm2, [LIN16(c78_b)]
    packsswb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c78_a)]
    movdqa xmm2, [LIN16(c78_b)]
    packsswb xmm1, [LIN16(c78_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c79_a: dd 0x0098804E, 0x8062FF1D, 0x00547F07, 0x00D9FF67
c79_b: dd 0x80FE0081, 0x8101FE00, 0x00008180, 0xFFFF80FE
c79_r: dd 0x00009800, 0xD90054FF, 0x00000081, 0x00000000
c79_n: db "packuswb xmm", 0
    CODE32
    mov ebx, 79
    mov esi, LIN16(c79_r)
    mov edi, LIN16(c79_n)
    movdqa xmm1, [LIN16(c79_a)]
    movdqa xmm2, [LIN16(c79_b)]
    packuswb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c79_a)]
    movdqa xmm2, [LIN16(c79_b)]
    packuswb xmm1, [LIN16(c79_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c80_a: dd 0x01000180, 0x7FFF8181, 0x817FFF00, 0x017FFF81
c80_b: dd 0x797B25C5, 0xF27AF93F, 0xBCB43839, 0x7853D7E6
c80_r: dd 0xFF00FFFF, 0xFF000000, 0x0000FFFF, 0xFF0000FF
c80_n: db "packuswb xmm", 0
    CODE32
    mov ebx, 80
    mov esi, LIN16(c80_r)
    mov edi, LIN16(c80_n)
    movdqa xmm1, [LIN16(c80_a)]
    movdqa xmm2, [LIN16(c80_b)]
    packuswb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c80_a)]
    movdqa xmm2, [LIN16(c80_b)]
    packuswb xmm1, [LIN16(c80_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c81_a: dd 0x96762667, 0x21F02DCE, 0x44D84040, 0x6A6511EA
c81_b: dd 0x7FB40041, 0x7F0C007C, 0x00C080A3, 0x0091003B
c81_r: dd 0x7FFF8000, 0x7FFF7FFF, 0x7FFF7FFF, 0x7FFF7FFF
c81_n: db "packssdw xmm", 0
    CODE32
    mov ebx, 81
    mov esi, LIN16(c81_r)
    mov edi, LIN16(c81_n)
    movdqa xmm1, [LIN16(c81_a)]
    movdqa xmm2, [LIN16(c81_b)]
    packssdw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c81_a)]
    movdqa xmm2, [LIN16(c81_b)]
    packssdw xmm1, [LIN16(c81_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c82_a: dd 0x80F0FFBC, 0xFF7D80A6, 0x804E009C, 0x7FEB7F8E
c82_b: dd 0x00A6FF7E, 0x00357F77, 0x8074009D, 0x0078000D
c82_r: dd 0x80008000, 0x7FFF8000, 0x7FFF7FFF, 0x7FFF8000
c82_n: db "packssdw xmm", 0
    CODE32
    mov ebx, 82
    mov esi, LIN16(c82_r)
    mov edi, LIN16(c82_n)
    movdqa xmm1, [LIN16(c82_a)]
    movdqa xmm2, [LIN16(c82_b)]
    packssdw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c82_a)]
    movdqa xmm2, [LIN16(c82_b)]
    packssdw xmm1, [LIN16(c82_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c83_a: dd 0x006080AF, 0x802400F1, 0x00FA7F2E, 0x00CF0075
c83_b: dd 0x80018181, 0x80FE8101, 0x7FFF8181, 0x0180FE01
c83_r: dd 0x818081AF, 0x80000160, 0x810001F1, 0x8080FE24
c83_n: db "punpcklbw xmm", 0
    CODE32
    mov ebx, 83
    mov esi, LIN16(c83_r)
    mov edi, LIN16(c83_n)
    movdqa xmm1, [LIN16(c83_a)]
    movdqa xmm2, [LIN16(c83_b)]
    punpcklbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c83_a)]
    movdqa xmm2, [LIN16(c83_b)]
    punpcklbw xmm1, [LIN16(c83_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c84_a: dd 0x0038FF3F, 0xFFE1002E, 0x7FE08071, 0x005C7F4B
c84_b: dd 0x00808000, 0x00FF8001, 0x0100007F, 0xFF008001
c84_r: dd 0x80FF003F, 0x00008038, 0x8000012E, 0x00FFFFE1
c84_n: db "punpcklbw xmm", 0
    CODE32
    mov ebx, 84
    mov esi, LIN16(c84_r)
    mov edi, LIN16(c84_n)
    movdqa xmm1, [LIN16(c84_a)]
    movdqa xmm2, [LIN16(c84_b)]
    punpcklbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c84_a)]
    movdqa xmm2, [LIN16(c84_b)]
    punpcklbw xmm1, [LIN16(c84_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c85_a: dd 0x80008180, 0xFFFF807F, 0x01808081, 0x80810181
c85_b: dd 0xFE800180, 0xFE8000FF, 0xFEFF7F7F, 0xFF80817F
c85_r: dd 0x01808180, 0xFE808000, 0x00FF807F, 0xFE80FFFF
c85_n: db "punpcklwd xmm", 0
    CODE32
    mov ebx, 85
    mov esi, LIN16(c85_r)
    mov edi, LIN16(c85_n)
    movdqa xmm1, [LIN16(c85_a)]
    movdqa xmm2, [LIN16(c85_b)]
    punpcklwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c85_a)]
    movdqa xmm2, [LIN16(c85_b)]
    punpcklwd xmm1, [LIN16(c85_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c86_a: dd 0x00D6000E, 0x7FD580FA, 0xFF5D0057, 0x7F9880AA
c86_b: dd 0x00FE80FE, 0x0080017F, 0x81FEFF81, 0x80FEFF7F
c86_r: dd 0x80FE000E, 0x00FE00D6, 0x017F80FA, 0x00807FD5
c86_n: db "punpcklwd xmm", 0
    CODE32
    mov ebx, 86
    mov esi, LIN16(c86_r)
    mov edi, LIN16(c86_n)
    movdqa xmm1, [LIN16(c86_a)]
    movdqa xmm2, [LIN16(c86_b)]
    punpcklwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c86_a)]
    movdqa xmm2, [LIN16(c86_b)]
    punpcklwd xmm1, [LIN16(c86_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c87_a: dd 0xFFD42FFC, 0x47FF8715, 0x10FF0185, 0xFF000000
c87_b: dd 0x003C804C, 0x80910059, 0xFFE4FF49, 0x7FA4006B
c87_r: dd 0xFFD42FFC, 0x003C804C, 0x47FF8715, 0x80910059
c87_n: db "punpckldq xmm", 0
    CODE32
    mov ebx, 87
    mov esi, LIN16(c87_r)
    mov edi, LIN16(c87_n)
    movdqa xmm1, [LIN16(c87_a)]
    movdqa xmm2, [LIN16(c87_b)]
    punpckldq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c87_a)]
    movdqa xmm2, [LIN16(c87_b)]
    punpckldq xmm1, [LIN16(c87_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c88_a: dd 0x72EE3E73, 0x4DA1F1D6, 0x39CE8F9E, 0x43EC1359
c88_b: dd 0xFFFF2B68, 0x00C000A3, 0x000000FF, 0xFF00BE00
c88_r: dd 0x72EE3E73, 0xFFFF2B68, 0x4DA1F1D6, 0x00C000A3
c88_n: db "punpckldq xmm", 0
    CODE32
    mov ebx, 88
    mov esi, LIN16(c88_r)
    mov edi, LIN16(c88_n)
    movdqa xmm1, [LIN16(c88_a)]
    movdqa xmm2, [LIN16(c88_b)]
    punpckldq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c88_a)]
    movdqa xmm2, [LIN16(c88_b)]
    punpckldq xmm1, [LIN16(c88_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c89_a: dd 0x2918F01D, 0x7913DDA3, 0x34A8ACE2, 0xFF044EF0
c89_b: dd 0x0A00C400, 0x386800FF, 0x00FFFFF6, 0xBC00FF5E
c89_r: dd 0xFFACF6E2, 0x0034FFA8, 0xFF4E5EF0, 0xBCFF0004
c89_n: db "punpckhbw xmm", 0
    CODE32
    mov ebx, 89
    mov esi, LIN16(c89_r)
    mov edi, LIN16(c89_n)
    movdqa xmm1, [LIN16(c89_a)]
    movdqa xmm2, [LIN16(c89_b)]
    punpckhbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c89_a)]
    movdqa xmm2, [LIN16(c89_b)]
    punpckhbw xmm1, [LIN16(c89_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c90_a: dd 0x669BED21, 0xE6C003B3, 0xCB7C5952, 0x35A93A23
c90_b: dd 0x7FFE7FFE, 0xFEFF0100, 0xFFFF0180, 0x01FE7F7F
c90_r: dd 0x01598052, 0xFFCBFF7C, 0x7F3A7F23, 0x0135FEA9
c90_n: db "punpckhbw xmm", 0
    CODE32
    mov ebx, 90
    mov esi, LIN16(c90_r)
    mov edi, LIN16(c90_n)
    movdqa xmm1, [LIN16(c90_a)]
    movdqa xmm2, [LIN16(c90_b)]
    punpckhbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c90_a)]
    movdqa xmm2, [LIN16(c90_b)]
    punpckhbw xmm1, [LIN16(c90_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c91_a: dd 0xFFDEFF8E, 0xFF0000EA, 0x00C40038, 0x36C900A7
c91_b: dd 0x801C0082, 0x00D3FFE2, 0x80497F67, 0x00ED7F57
c91_r: dd 0x7F670038, 0x804900C4, 0x7F5700A7, 0x00ED36C9
c91_n: db "punpckhwd xmm", 0
    CODE32
    mov ebx, 91
    mov esi, LIN16(c91_r)
    mov edi, LIN16(c91_n)
    movdqa xmm1, [LIN16(c91_a)]
    movdqa xmm2, [LIN16(c91_b)]
    punpckhwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c91_a)]
    movdqa xmm2, [LIN16(c91_b)]
    punpckhwd xmm1, [LIN16(c91_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c92_a: dd 0xFFFF93FF, 0x09FFFFFF, 0x99FFFF71, 0xFF00FF00
c92_b: dd 0xD3CC950E, 0xD0A88769, 0xB8FB3056, 0x6B8F2562
c92_r: dd 0x3056FF71, 0xB8FB99FF, 0x2562FF00, 0x6B8FFF00
c92_n: db "punpckhwd xmm", 0
    CODE32
    mov ebx, 92
    mov esi, LIN16(c92_r)
    mov edi, LIN16(c92_n)
    movdqa xmm1, [LIN16(c92_a)]
    movdqa xmm2, [LIN16(c92_b)]
    punpckhwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c92_a)]
    movdqa xmm2, [LIN16(c92_b)]
    punpckhwd xmm1, [LIN16(c92_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c93_a: dd 0x7F680071, 0x80D0FF71, 0xFF2D80D9, 0xFFE700D1
c93_b: dd 0x00CB00C6, 0x9BD118C4, 0xFFFFA770, 0xFF0000F2
c93_r: dd 0xFF2D80D9, 0xFFFFA770, 0xFFE700D1, 0xFF0000F2
c93_n: db "punpckhdq xmm", 0
    CODE32
    mov ebx, 93
    mov esi, LIN16(c93_r)
    mov edi, LIN16(c93_n)
    movdqa xmm1, [LIN16(c93_a)]
    movdqa xmm2, [LIN16(c93_b)]
    punpckhdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c93_a)]
    movdqa xmm2, [LIN16(c93_b)]
    punpckhdq xmm1, [LIN16(c93_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c94_a: dd 0xFF327F35, 0x7FB27F12, 0x806D7F9B, 0x7F64FF77
c94_b: dd 0x7F010100, 0x81010101, 0x00FE817F, 0x01000000
c94_r: dd 0x806D7F9B, 0x00FE817F, 0x7F64FF77, 0x01000000
c94_n: db "punpckhdq xmm", 0
    CODE32
    mov ebx, 94
    mov esi, LIN16(c94_r)
    mov edi, LIN16(c94_n)
    movdqa xmm1, [LIN16(c94_a)]
    movdqa xmm2, [LIN16(c94_b)]
    punpckhdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c94_a)]
    movdqa xmm2, [LIN16(c94_b)]
    punpckhdq xmm1, [LIN16(c94_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c95_a: dd 0x255B31DD, 0x99B13171, 0x54D01411, 0x554DA35A
c95_b: dd 0x39427E9A, 0xC8C15F71, 0xFA07D431, 0x9FCF8E5F
c95_r: dd 0x145B4D00, 0x00005531, 0x00990031, 0x00000055
c95_n: db "pshufb xmm", 0
    CODE32
    mov ebx, 95
    mov esi, LIN16(c95_r)
    mov edi, LIN16(c95_n)
    movdqa xmm1, [LIN16(c95_a)]
    movdqa xmm2, [LIN16(c95_b)]
    pshufb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c95_a)]
    movdqa xmm2, [LIN16(c95_b)]
    pshufb xmm1, [LIN16(c95_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c96_a: dd 0x7F01017F, 0x7FFFFF80, 0x01010080, 0x7FFF7F01
c96_b: dd 0x7FE77F6E, 0xFF50803E, 0x7F908038, 0x000A7FB3
c96_r: dd 0x7F007FFF, 0x007F00FF, 0x7F000080, 0x7F017F00
c96_n: db "pshufb xmm", 0
    CODE32
    mov ebx, 96
    mov esi, LIN16(c96_r)
    mov edi, LIN16(c96_n)
    movdqa xmm1, [LIN16(c96_a)]
    movdqa xmm2, [LIN16(c96_b)]
    pshufb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c96_a)]
    movdqa xmm2, [LIN16(c96_b)]
    pshufb xmm1, [LIN16(c96_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c97_a: dd 0x008AFFFF, 0x00005900, 0xFF0066FA, 0xFFA90055
c97_b: dd 0x81008180, 0x81810181, 0x017F81FF, 0x01817F00
c97_r: dd 0x59000089, 0xFFFE65FA, 0x83020280, 0x8081837E
c97_n: db "phaddw xmm", 0
    CODE32
    mov ebx, 97
    mov esi, LIN16(c97_r)
    mov edi, LIN16(c97_n)
    movdqa xmm1, [LIN16(c97_a)]
    movdqa xmm2, [LIN16(c97_b)]
    phaddw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c97_a)]
    movdqa xmm2, [LIN16(c97_b)]
    phaddw xmm1, [LIN16(c97_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c98_a: dd 0xFFA2004F, 0x7F4C7FA9, 0x7F2C80F5, 0x8000FF7C
c98_b: dd 0x8D4CADB9, 0x3C9B1AE7, 0x92D830E2, 0xFAEA9649
c98_r: dd 0xFEF5FFF1, 0x7F7C0021, 0x57823B05, 0x9133C3BA
c98_n: db "phaddw xmm", 0
    CODE32
    mov ebx, 98
    mov esi, LIN16(c98_r)
    mov edi, LIN16(c98_n)
    movdqa xmm1, [LIN16(c98_a)]
    movdqa xmm2, [LIN16(c98_b)]
    phaddw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c98_a)]
    movdqa xmm2, [LIN16(c98_b)]
    phaddw xmm1, [LIN16(c98_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c99_a: dd 0x00007FA1, 0xFF5B009A, 0x7F2500F4, 0x80047F55
c99_b: dd 0x00F6800E, 0xFF9780DB, 0x00827F13, 0xFFDD00BA
c99_r: dd 0xFF5B803B, 0xFF298049, 0x008E00E9, 0x005F7FCD
c99_n: db "phaddd xmm", 0
    CODE32
    mov ebx, 99
    mov esi, LIN16(c99_r)
    mov edi, LIN16(c99_n)
    movdqa xmm1, [LIN16(c99_a)]
    movdqa xmm2, [LIN16(c99_b)]
    phaddd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c99_a)]
    movdqa xmm2, [LIN16(c99_b)]
    phaddd xmm1, [LIN16(c99_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c100_a: dd 0x4200FF83, 0x57FFFFFF, 0xFF00FFFF, 0x0FFFFFFF
c100_b: dd 0xFF808081, 0x81010080, 0x7FFE7FFF, 0x010180FF
c100_r: dd 0x9A00FF82, 0x0F00FFFE, 0x80818101, 0x810000FE
c100_n: db "phaddd xmm", 0
    CODE32
    mov ebx, 100
    mov esi, LIN16(c100_r)
    mov edi, LIN16(c100_n)
    movdqa xmm1, [LIN16(c100_a)]
    movdqa xmm2, [LIN16(c100_b)]
    phaddd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c100_a)]
    movdqa xmm2, [LIN16(c100_b)]
    phaddd xmm1, [LIN16(c100_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c101_a: dd 0x80F00005, 0x00607F68, 0x009F7F76, 0xFF39FF47
c101_b: dd 0x7F508032, 0x00547F57, 0x808500CA, 0x00A4804D
c101_r: dd 0x7FC880F5, 0xFE807FFF, 0x7FABFF82, 0x80F1814F
c101_n: db "phaddsw xmm", 0
    CODE32
    mov ebx, 101
    mov esi, LIN16(c101_r)
    mov edi, LIN16(c101_n)
    movdqa xmm1, [LIN16(c101_a)]
    movdqa xmm2, [LIN16(c101_b)]
    phaddsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c101_a)]
    movdqa xmm2, [LIN16(c101_b)]
    phaddsw xmm1, [LIN16(c101_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c102_a: dd 0xC754D460, 0x796A7CD5, 0xDE4CB920, 0x80EAD6FE
c102_b: dd 0x98DB8C3B, 0xEE2196BA, 0x30BBB5D0, 0xE665ACBB
c102_r: dd 0x7FFF9BB4, 0x8000976C, 0x84DB8000, 0x9320E68B
c102_n: db "phaddsw xmm", 0
    CODE32
    mov ebx, 102
    mov esi, LIN16(c102_r)
    mov edi, LIN16(c102_n)
    movdqa xmm1, [LIN16(c102_a)]
    movdqa xmm2, [LIN16(c102_b)]
    phaddsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c102_a)]
    movdqa xmm2, [LIN16(c102_b)]
    phaddsw xmm1, [LIN16(c102_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c103_a: dd 0x7F8180FE, 0x80FE017F, 0x0001FE80, 0x7F817F01
c103_b: dd 0x03CB8E0B, 0xC2D1A386, 0x64F0F315, 0x42359050
c103_r: dd 0x8081017D, 0xFF80FE7F, 0xE0B58A40, 0x4E1B8E25
c103_n: db "phsubw xmm", 0
    CODE32
    mov ebx, 103
    mov esi, LIN16(c103_r)
    mov edi, LIN16(c103_n)
    movdqa xmm1, [LIN16(c103_a)]
    movdqa xmm2, [LIN16(c103_b)]
    phsubw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c103_a)]
    movdqa xmm2, [LIN16(c103_b)]
    phsubw xmm1, [LIN16(c103_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c104_a: dd 0xFA2EFA0F, 0xA2E24ABC, 0x162E298E, 0xFAFA563C
c104_b: dd 0x7F5E7FEB, 0x7F99FFFF, 0x80620039, 0x7F6600A5
c104_r: dd 0xA7DAFFE1, 0x5B421360, 0x8066008D, 0x813F7FD7
c104_n: db "phsubw xmm", 0
    CODE32
    mov ebx, 104
    mov esi, LIN16(c104_r)
    mov edi, LIN16(c104_n)
    movdqa xmm1, [LIN16(c104_a)]
    movdqa xmm2, [LIN16(c104_b)]
    phsubw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c104_a)]
    movdqa xmm2, [LIN16(c104_b)]
    phsubw xmm1, [LIN16(c104_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c105_a: dd 0xFF008101, 0x01017F00, 0x80FEFE80, 0x7F0180FF
c105_b: dd 0x7F818001, 0xFF010081, 0x80FE01FE, 0x7F0100FF
c105_r: dd 0xFDFF0201, 0x01FD7D81, 0x80807F80, 0x01FD00FF
c105_n: db "phsubd xmm", 0
    CODE32
    mov ebx, 105
    mov esi, LIN16(c105_r)
    mov edi, LIN16(c105_n)
    movdqa xmm1, [LIN16(c105_a)]
    movdqa xmm2, [LIN16(c105_b)]
    phsubd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c105_a)]
    movdqa xmm2, [LIN16(c105_b)]
    phsubd xmm1, [LIN16(c105_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c106_a: dd 0x7F3E80B7, 0xFFE5FF6B, 0x7FC60060, 0xFFC9FFB2
c106_b: dd 0xFF0000FF, 0xFF7E89FF, 0xFF5700FF, 0xF2FF00FF
c106_r: dd 0x7F58814C, 0x7FFC00AE, 0xFF817700, 0x0C580000
c106_n: db "phsubd xmm", 0
    CODE32
    mov ebx, 106
    mov esi, LIN16(c106_r)
    mov edi, LIN16(c106_n)
    movdqa xmm1, [LIN16(c106_a)]
    movdqa xmm2, [LIN16(c106_b)]
    phsubd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c106_a)]
    movdqa xmm2, [LIN16(c106_b)]
    phsubd xmm1, [LIN16(c106_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c107_a: dd 0x805D7F64, 0x80C5FFC2, 0xFF38002A, 0x003400CA
c107_b: dd 0xFF00FFFF, 0x90000000, 0xFF46FFFF, 0x3800FFC6
c107_r: dd 0x7EFD7FFF, 0x009600F2, 0x700000FF, 0xC7C600B9
c107_n: db "phsubsw xmm", 0
    CODE32
    mov ebx, 107
    mov esi, LIN16(c107_r)
    mov edi, LIN16(c107_n)
    movdqa xmm1, [LIN16(c107_a)]
    movdqa xmm2, [LIN16(c107_b)]
    phsubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c107_a)]
    movdqa xmm2, [LIN16(c107_b)]
    phsubsw xmm1, [LIN16(c107_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c108_a: dd 0xDF73A8CF, 0x3255D7CA, 0x3F42D5B6, 0x248687CF
c108_b: dd 0x006FFF80, 0xFF20802E, 0x004D7FCD, 0x0067FF9F
c108_r: dd 0xA575C95C, 0x80009674, 0x810EFF11, 0xFF387F80
c108_n: db "phsubsw xmm", 0
    CODE32
    mov ebx, 108
    mov esi, LIN16(c108_r)
    mov edi, LIN16(c108_n)
    movdqa xmm1, [LIN16(c108_a)]
    movdqa xmm2, [LIN16(c108_b)]
    phsubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c108_a)]
    movdqa xmm2, [LIN16(c108_b)]
    phsubsw xmm1, [LIN16(c108_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c109_a: dd 0x00F780AC, 0x80807F5C, 0x80D67F1B, 0x00F6000B
c109_b: dd 0x3EFB3B38, 0x4CDCE0A2, 0x33C31975, 0x6C30853F
c109_r: dd 0xFB2D4320, 0x1400CE58, 0xE68218BE, 0x2E2002B5
c109_n: db "pmaddubsw xmm", 0
    CODE32
    mov ebx, 109
    mov esi, LIN16(c109_r)
    mov edi, LIN16(c109_n)
    movdqa xmm1, [LIN16(c109_a)]
    movdqa xmm2, [LIN16(c109_b)]
    pmaddubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c109_a)]
    movdqa xmm2, [LIN16(c109_b)]
    pmaddubsw xmm1, [LIN16(c109_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c110_a: dd 0x008B00EF, 0xFFC8FFED, 0xFFF1FF39, 0x003400AF
c110_b: dd 0xFFFFFF00, 0xFF00FF00, 0xFFFFFFFF, 0xFFD800FF
c110_r: dd 0xFF750000, 0xFF01FF01, 0xFE10FEC8, 0xF7E0FF51
c110_n: db "pmaddubsw xmm", 0
    CODE32
    mov ebx, 110
    mov esi, LIN16(c110_r)
    mov edi, LIN16(c110_n)
    movdqa xmm1, [LIN16(c110_a)]
    movdqa xmm2, [LIN16(c110_b)]
    pmaddubsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c110_a)]
    movdqa xmm2, [LIN16(c110_b)]
    pmaddubsw xmm1, [LIN16(c110_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c111_a: dd 0x00FF4000, 0xFFFF9FA5, 0xD2000014, 0x0051FF1E
c111_b: dd 0x7FFE7F80, 0xFE000001, 0x7F80FE80, 0xFF8181FE
c111_r: dd 0x00FF3FC0, 0x0000FFFF, 0xD22E0000, 0x000000DE
c111_n: db "pmulhrsw xmm", 0
    CODE32
    mov ebx, 111
    mov esi, LIN16(c111_r)
    mov edi, LIN16(c111_n)
    movdqa xmm1, [LIN16(c111_a)]
    movdqa xmm2, [LIN16(c111_b)]
    pmulhrsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c111_a)]
    movdqa xmm2, [LIN16(c111_b)]
    pmulhrsw xmm1, [LIN16(c111_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c112_a: dd 0x280BCBB2, 0x1BBBF4CA, 0x56F74C56, 0x2001411D
c112_b: dd 0x0100FE80, 0x7FFE817F, 0xFFFFFE7F, 0xFE01807F
c112_r: dd 0x0050009D, 0x1BBB0B14, 0xFFFFFF1A, 0xFF80BF24
c112_n: db "pmulhrsw xmm", 0
    CODE32
    mov ebx, 112
    mov esi, LIN16(c112_r)
    mov edi, LIN16(c112_n)
    movdqa xmm1, [LIN16(c112_a)]
    movdqa xmm2, [LIN16(c112_b)]
    pmulhrsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c112_a)]
    movdqa xmm2, [LIN16(c112_b)]
    pmulhrsw xmm1, [LIN16(c112_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c113_a: dd 0x7F7500FF, 0x00FF0057, 0xFF0000FF, 0xFFFF0000
c113_b: dd 0x834C667E, 0x4DADDA2E, 0x2703D4DE, 0x174A34A6
c113_r: dd 0x817500FF, 0x00010057, 0xFF000001, 0xFFFF0000
c113_n: db "psignb xmm", 0
    CODE32
    mov ebx, 113
    mov esi, LIN16(c113_r)
    mov edi, LIN16(c113_n)
    movdqa xmm1, [LIN16(c113_a)]
    movdqa xmm2, [LIN16(c113_b)]
    psignb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c113_a)]
    movdqa xmm2, [LIN16(c113_b)]
    psignb xmm1, [LIN16(c113_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c114_a: dd 0xF0B970AB, 0xEAD2D185, 0x513E1C7D, 0x54D6BECB
c114_b: dd 0x80FF0080, 0x00017FFE, 0xFE8001FF, 0x007F0180
c114_r: dd 0x10470055, 0x00D2D17B, 0xAFC21C83, 0x00D6BE35
c114_n: db "psignb xmm", 0
    CODE32
    mov ebx, 114
    mov esi, LIN16(c114_r)
    mov edi, LIN16(c114_n)
    movdqa xmm1, [LIN16(c114_a)]
    movdqa xmm2, [LIN16(c114_b)]
    psignb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c114_a)]
    movdqa xmm2, [LIN16(c114_b)]
    psignb xmm1, [LIN16(c114_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c115_a: dd 0xB7003E00, 0x004DFF8B, 0xFF000000, 0xFFFFFFAB
c115_b: dd 0x808DFF1E, 0x7FFF7F54, 0x80F6FF1D, 0x0032FFCE
c115_r: dd 0x4900C200, 0x004DFF8B, 0x01000000, 0xFFFF0055
c115_n: db "psignw xmm", 0
    CODE32
    mov ebx, 115
    mov esi, LIN16(c115_r)
    mov edi, LIN16(c115_n)
    movdqa xmm1, [LIN16(c115_a)]
    movdqa xmm2, [LIN16(c115_b)]
    psignw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c115_a)]
    movdqa xmm2, [LIN16(c115_b)]
    psignw xmm1, [LIN16(c115_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c116_a: dd 0x81FEFE00, 0x818180FE, 0x81000081, 0xFF0080FF
c116_b: dd 0x0180817F, 0x807FFEFF, 0x007FFE7F, 0x7F80FFFF
c116_r: dd 0x81FE0200, 0x7E7F7F02, 0x8100FF7F, 0xFF007F01
c116_n: db "psignw xmm", 0
    CODE32
    mov ebx, 116
    mov esi, LIN16(c116_r)
    mov edi, LIN16(c116_n)
    movdqa xmm1, [LIN16(c116_a)]
    movdqa xmm2, [LIN16(c116_b)]
    psignw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c116_a)]
    movdqa xmm2, [LIN16(c116_b)]
    psignw xmm1, [LIN16(c116_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c117_a: dd 0xFF3A8081, 0x7FC8008E, 0x00EB805D, 0xFF0CFF92
c117_b: dd 0xFF007AFF, 0xFFFF002A, 0x0032986B, 0xFF4200FF
c117_r: dd 0x00C57F7F, 0x8037FF72, 0x00EB805D, 0x00F3006E
c117_n: db "psignd xmm", 0
    CODE32
    mov ebx, 117
    mov esi, LIN16(c117_r)
    mov edi, LIN16(c117_n)
    movdqa xmm1, [LIN16(c117_a)]
    movdqa xmm2, [LIN16(c117_b)]
    psignd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c117_a)]
    movdqa xmm2, [LIN16(c117_b)]
    psignd xmm1, [LIN16(c117_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c118_a: dd 0x007A7F84, 0x80CA8039, 0x80B18056, 0xFF088031
c118_b: dd 0xFFDD0067, 0x004A4F00, 0x73FFFF00, 0xFF002A7D
c118_r: dd 0xFF85807C, 0x80CA8039, 0x80B18056, 0x00F77FCF
c118_n: db "psignd xmm", 0
    CODE32
    mov ebx, 118
    mov esi, LIN16(c118_r)
    mov edi, LIN16(c118_n)
    movdqa xmm1, [LIN16(c118_a)]
    movdqa xmm2, [LIN16(c118_b)]
    psignd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c118_a)]
    movdqa xmm2, [LIN16(c118_b)]
    psignd xmm1, [LIN16(c118_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c119_a: dd 0xBD15FFFF, 0xFFF10000, 0xFF0012FF, 0x67FFFF70
c119_b: dd 0x8001817F, 0x817FFF7F, 0x00818080, 0x01817F81
c119_r: dd 0x80017F7F, 0x7F7F017F, 0x007F8080, 0x017F7F7F
c119_n: db "pabsb xmm", 0
    CODE32
    mov ebx, 119
    mov esi, LIN16(c119_r)
    mov edi, LIN16(c119_n)
    movdqa xmm1, [LIN16(c119_a)]
    movdqa xmm2, [LIN16(c119_b)]
    pabsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c119_a)]
    movdqa xmm2, [LIN16(c119_b)]
    pabsb xmm1, [LIN16(c119_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c120_a: dd 0xFF27FF34, 0xC000FF9B, 0x00E90000, 0xFF00FFA6
c120_b: dd 0x7C717A00, 0xFF00E000, 0xFF00FF00, 0xF7000000
c120_r: dd 0x7C717A00, 0x01002000, 0x01000100, 0x09000000
c120_n: db "pabsb xmm", 0
    CODE32
    mov ebx, 120
    mov esi, LIN16(c120_r)
    mov edi, LIN16(c120_n)
    movdqa xmm1, [LIN16(c120_a)]
    movdqa xmm2, [LIN16(c120_b)]
    pabsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c120_a)]
    movdqa xmm2, [LIN16(c120_b)]
    pabsb xmm1, [LIN16(c120_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c121_a: dd 0x8100807F, 0x810180FF, 0x7FFF81FE, 0x7F008180
c121_b: dd 0x00FF1AFF, 0xA6FFFF92, 0x6DFF00FF, 0x00FF00E5
c121_r: dd 0x00FF1AFF, 0x5901006E, 0x6DFF00FF, 0x00FF00E5
c121_n: db "pabsw xmm", 0
    CODE32
    mov ebx, 121
    mov esi, LIN16(c121_r)
    mov edi, LIN16(c121_n)
    movdqa xmm1, [LIN16(c121_a)]
    movdqa xmm2, [LIN16(c121_b)]
    pabsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c121_a)]
    movdqa xmm2, [LIN16(c121_b)]
    pabsw xmm1, [LIN16(c121_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c122_a: dd 0x00B90099, 0x00000000, 0x00FF0000, 0x979E0000
c122_b: dd 0x7F808081, 0x800000FE, 0x017FFEFE, 0xFF7F7FFF
c122_r: dd 0x7F807F7F, 0x800000FE, 0x017F0102, 0x00817FFF
c122_n: db "pabsw xmm", 0
    CODE32
    mov ebx, 122
    mov esi, LIN16(c122_r)
    mov edi, LIN16(c122_n)
    movdqa xmm1, [LIN16(c122_a)]
    movdqa xmm2, [LIN16(c122_b)]
    pabsw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c122_a)]
    movdqa xmm2, [LIN16(c122_b)]
    pabsw xmm1, [LIN16(c122_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c123_a: dd 0x8080FE81, 0xFF000181, 0x80000001, 0x00FF7F81
c123_b: dd 0x606A0348, 0x4AB1A8E4, 0xEFBF4B30, 0x2A0D189A
c123_r: dd 0x606A0348, 0x4AB1A8E4, 0x1040B4D0, 0x2A0D189A
c123_n: db "pabsd xmm", 0
    CODE32
    mov ebx, 123
    mov esi, LIN16(c123_r)
    mov edi, LIN16(c123_n)
    movdqa xmm1, [LIN16(c123_a)]
    movdqa xmm2, [LIN16(c123_b)]
    pabsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c123_a)]
    movdqa xmm2, [LIN16(c123_b)]
    pabsd xmm1, [LIN16(c123_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c124_a: dd 0x00FF00FF, 0xFFFFFFFF, 0x00FF3D6F, 0x84E50071
c124_b: dd 0x01FF8000, 0x80FE80FE, 0x80FEFF01, 0x8101FFFE
c124_r: dd 0x01FF8000, 0x7F017F02, 0x7F0100FF, 0x7EFE0002
c124_n: db "pabsd xmm", 0
    CODE32
    mov ebx, 124
    mov esi, LIN16(c124_r)
    mov edi, LIN16(c124_n)
    movdqa xmm1, [LIN16(c124_a)]
    movdqa xmm2, [LIN16(c124_b)]
    pabsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c124_a)]
    movdqa xmm2, [LIN16(c124_b)]
    pabsd xmm1, [LIN16(c124_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c125_a: dd 0x32DB36B5, 0x547B8B7C, 0x552B1D45, 0x52D5FBA7
c125_b: dd 0x324981EF, 0xEE01C717, 0xB2C9F75E, 0x9A1538E5
c125_r: dd 0x32DB36B5, 0x547B8B7C, 0x324981EF, 0xEE01C717
c125_n: db "punpcklqdq xmm", 0
    CODE32
    mov ebx, 125
    mov esi, LIN16(c125_r)
    mov edi, LIN16(c125_n)
    movdqa xmm1, [LIN16(c125_a)]
    movdqa xmm2, [LIN16(c125_b)]
    punpcklqdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c125_a)]
    movdqa xmm2, [LIN16(c125_b)]
    punpcklqdq xmm1, [LIN16(c125_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c126_a: dd 0x00000000, 0x353F00FF, 0xC8BCE3FF, 0x0416EE00
c126_b: dd 0xE60000C8, 0xC50000FF, 0x00FF00FF, 0x00C7EA00
c126_r: dd 0x00000000, 0x353F00FF, 0xE60000C8, 0xC50000FF
c126_n: db "punpcklqdq xmm", 0
    CODE32
    mov ebx, 126
    mov esi, LIN16(c126_r)
    mov edi, LIN16(c126_n)
    movdqa xmm1, [LIN16(c126_a)]
    movdqa xmm2, [LIN16(c126_b)]
    punpcklqdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c126_a)]
    movdqa xmm2, [LIN16(c126_b)]
    punpcklqdq xmm1, [LIN16(c126_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c127_a: dd 0x00A800EB, 0x000500B2, 0x008480D9, 0x7F8F80C6
c127_b: dd 0xFFFF00FF, 0xFF3209FF, 0xE6B1FF00, 0x9200FF00
c127_r: dd 0x008480D9, 0x7F8F80C6, 0xE6B1FF00, 0x9200FF00
c127_n: db "punpckhqdq xmm", 0
    CODE32
    mov ebx, 127
    mov esi, LIN16(c127_r)
    mov edi, LIN16(c127_n)
    movdqa xmm1, [LIN16(c127_a)]
    movdqa xmm2, [LIN16(c127_b)]
    punpckhqdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c127_a)]
    movdqa xmm2, [LIN16(c127_b)]
    punpckhqdq xmm1, [LIN16(c127_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c128_a: dd 0x806D7FAD, 0xFF81809A, 0x7FAE001A, 0xFF617FC5
c128_b: dd 0x81FE01FE, 0x817F807F, 0x7FFE8181, 0x0100FE7F
c128_r: dd 0x7FAE001A, 0xFF617FC5, 0x7FFE8181, 0x0100FE7F
c128_n: db "punpckhqdq xmm", 0
    CODE32
    mov ebx, 128
    mov esi, LIN16(c128_r)
    mov edi, LIN16(c128_n)
    movdqa xmm1, [LIN16(c128_a)]
    movdqa xmm2, [LIN16(c128_b)]
    punpckhqdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c128_a)]
    movdqa xmm2, [LIN16(c128_b)]
    punpckhqdq xmm1, [LIN16(c128_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c129_a: dd 0xFF9E00FF, 0xA0000000, 0x748B0000, 0x7B0000F1
c129_b: dd 0x8100FE01, 0x80007F80, 0x01818180, 0x7FFF817F
c129_r: dd 0x819EFEFF, 0x80000080, 0x01818180, 0x7BFF81F1
c129_n: db "pminsb xmm", 0
    CODE32
    mov ebx, 129
    mov esi, LIN16(c129_r)
    mov edi, LIN16(c129_n)
    movdqa xmm1, [LIN16(c129_a)]
    movdqa xmm2, [LIN16(c129_b)]
    pminsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c129_a)]
    movdqa xmm2, [LIN16(c129_b)]
    pminsb xmm1, [LIN16(c129_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c130_a: dd 0xD017B0CD, 0xA7F8C1A2, 0x338D58C9, 0x42044F4F
c130_b: dd 0x00FF80FF, 0x0101FEFE, 0xFE818181, 0x81FE01FF
c130_r: dd 0xD0FF80CD, 0xA7F8C1A2, 0xFE818181, 0x81FE01FF
c130_n: db "pminsb xmm", 0
    CODE32
    mov ebx, 130
    mov esi, LIN16(c130_r)
    mov edi, LIN16(c130_n)
    movdqa xmm1, [LIN16(c130_a)]
    movdqa xmm2, [LIN16(c130_b)]
    pminsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c130_a)]
    movdqa xmm2, [LIN16(c130_b)]
    pminsb xmm1, [LIN16(c130_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c131_a: dd 0x5E00FFFD, 0xFF00FFFF, 0x4F000000, 0x60FFFF00
c131_b: dd 0x00FF00FF, 0xFFFFFF00, 0xFFFF0000, 0xFF00FFD0
c131_r: dd 0x00FF00FF, 0xFF00FFFF, 0xFFFF0000, 0xFF00FFD0
c131_n: db "pminsd xmm", 0
    CODE32
    mov ebx, 131
    mov esi, LIN16(c131_r)
    mov edi, LIN16(c131_n)
    movdqa xmm1, [LIN16(c131_a)]
    movdqa xmm2, [LIN16(c131_b)]
    pminsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c131_a)]
    movdqa xmm2, [LIN16(c131_b)]
    pminsd xmm1, [LIN16(c131_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c132_a: dd 0x80B20088, 0x7F047FFB, 0xFFCCFF4F, 0x7FF4001B
c132_b: dd 0x7D925EDA, 0xF6C09C65, 0x9AC137A7, 0x7F9BDA0B
c132_r: dd 0x80B20088, 0xF6C09C65, 0x9AC137A7, 0x7F9BDA0B
c132_n: db "pminsd xmm", 0
    CODE32
    mov ebx, 132
    mov esi, LIN16(c132_r)
    mov edi, LIN16(c132_n)
    movdqa xmm1, [LIN16(c132_a)]
    movdqa xmm2, [LIN16(c132_b)]
    pminsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c132_a)]
    movdqa xmm2, [LIN16(c132_b)]
    pminsd xmm1, [LIN16(c132_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c133_a: dd 0x0035EEA5, 0x00FFFFFF, 0x22001EE4, 0x00FF0000
c133_b: dd 0x4641FFCD, 0x99FF0053, 0x00FF0000, 0x0000FF7E
c133_r: dd 0x0035EEA5, 0x00FF0053, 0x00FF0000, 0x00000000
c133_n: db "pminuw xmm", 0
    CODE32
    mov ebx, 133
    mov esi, LIN16(c133_r)
    mov edi, LIN16(c133_n)
    movdqa xmm1, [LIN16(c133_a)]
    movdqa xmm2, [LIN16(c133_b)]
    pminuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c133_a)]
    movdqa xmm2, [LIN16(c133_b)]
    pminuw xmm1, [LIN16(c133_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c134_a: dd 0xFEF30EFB, 0x219FCFD5, 0x071B96F6, 0x74DECAB4
c134_b: dd 0x6E4EDF4D, 0xD9C6F48B, 0xF369E9B2, 0x128806DA
c134_r: dd 0x6E4E0EFB, 0x219FCFD5, 0x071B96F6, 0x128806DA
c134_n: db "pminuw xmm", 0
    CODE32
    mov ebx, 134
    mov esi, LIN16(c134_r)
    mov edi, LIN16(c134_n)
    movdqa xmm1, [LIN16(c134_a)]
    movdqa xmm2, [LIN16(c134_b)]
    pminuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c134_a)]
    movdqa xmm2, [LIN16(c134_b)]
    pminuw xmm1, [LIN16(c134_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c135_a: dd 0x017F81FF, 0x8100807F, 0x00818001, 0x01000101
c135_b: dd 0x80C17FE4, 0xFFE18087, 0xFF910026, 0x00BE7FE8
c135_r: dd 0x017F81FF, 0x8100807F, 0x00818001, 0x00BE7FE8
c135_n: db "pminud xmm", 0
    CODE32
    mov ebx, 135
    mov esi, LIN16(c135_r)
    mov edi, LIN16(c135_n)
    movdqa xmm1, [LIN16(c135_a)]
    movdqa xmm2, [LIN16(c135_b)]
    pminud xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c135_a)]
    movdqa xmm2, [LIN16(c135_b)]
    pminud xmm1, [LIN16(c135_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c136_a: dd 0x2B8D4D6E, 0x124DD8C4, 0xF0283120, 0x9342E306
c136_b: dd 0x80007F01, 0x7F7F0181, 0x81807FFE, 0xFFFE8000
c136_r: dd 0x2B8D4D6E, 0x124DD8C4, 0x81807FFE, 0x9342E306
c136_n: db "pminud xmm", 0
    CODE32
    mov ebx, 136
    mov esi, LIN16(c136_r)
    mov edi, LIN16(c136_n)
    movdqa xmm1, [LIN16(c136_a)]
    movdqa xmm2, [LIN16(c136_b)]
    pminud xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c136_a)]
    movdqa xmm2, [LIN16(c136_b)]
    pminud xmm1, [LIN16(c136_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c137_a: dd 0xFF1CFFDE, 0xFF5A0000, 0xFFFF3BC1, 0x00D0FFFF
c137_b: dd 0x000081FF, 0x0180FEFE, 0x7F01FE81, 0x81808180
c137_r: dd 0x001CFFFF, 0x015A0000, 0x7F013BC1, 0x00D0FFFF
c137_n: db "pmaxsb xmm", 0
    CODE32
    mov ebx, 137
    mov esi, LIN16(c137_r)
    mov edi, LIN16(c137_n)
    movdqa xmm1, [LIN16(c137_a)]
    movdqa xmm2, [LIN16(c137_b)]
    pmaxsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c137_a)]
    movdqa xmm2, [LIN16(c137_b)]
    pmaxsb xmm1, [LIN16(c137_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c138_a: dd 0x36C2FF00, 0xFF00BCFF, 0xFF00FFFF, 0x2F00FFD4
c138_b: dd 0x80017FFE, 0x8180FEFF, 0xFEFF8001, 0x017F817F
c138_r: dd 0x36017F00, 0xFF00FEFF, 0xFF00FF01, 0x2F7FFF7F
c138_n: db "pmaxsb xmm", 0
    CODE32
    mov ebx, 138
    mov esi, LIN16(c138_r)
    mov edi, LIN16(c138_n)
    movdqa xmm1, [LIN16(c138_a)]
    movdqa xmm2, [LIN16(c138_b)]
    pmaxsb xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c138_a)]
    movdqa xmm2, [LIN16(c138_b)]
    pmaxsb xmm1, [LIN16(c138_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c139_a: dd 0x7F670085, 0x004AFF22, 0x80138074, 0x7F337FCB
c139_b: dd 0x7F978034, 0x805000A5, 0xFF6AFFA3, 0x80757FC4
c139_r: dd 0x7F978034, 0x004AFF22, 0xFF6AFFA3, 0x7F337FCB
c139_n: db "pmaxsd xmm", 0
    CODE32
    mov ebx, 139
    mov esi, LIN16(c139_r)
    mov edi, LIN16(c139_n)
    movdqa xmm1, [LIN16(c139_a)]
    movdqa xmm2, [LIN16(c139_b)]
    pmaxsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c139_a)]
    movdqa xmm2, [LIN16(c139_b)]
    pmaxsd xmm1, [LIN16(c139_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c140_a: dd 0x0032009E, 0x80007FAF, 0xFFEE8008, 0x7FE60046
c140_b: dd 0x000D7FD2, 0x000F7F98, 0x80217FC6, 0x7F96FF3B
c140_r: dd 0x0032009E, 0x000F7F98, 0xFFEE8008, 0x7FE60046
c140_n: db "pmaxsd xmm", 0
    CODE32
    mov ebx, 140
    mov esi, LIN16(c140_r)
    mov edi, LIN16(c140_n)
    movdqa xmm1, [LIN16(c140_a)]
    movdqa xmm2, [LIN16(c140_b)]
    pmaxsd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c140_a)]
    movdqa xmm2, [LIN16(c140_b)]
    pmaxsd xmm1, [LIN16(c140_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c141_a: dd 0x81818181, 0xFE008100, 0x00FF8101, 0xFE008100
c141_b: dd 0x80FF807F, 0xFEFE0000, 0xFEFEFF81, 0xFF81FE80
c141_r: dd 0x81818181, 0xFEFE8100, 0xFEFEFF81, 0xFF81FE80
c141_n: db "pmaxuw xmm", 0
    CODE32
    mov ebx, 141
    mov esi, LIN16(c141_r)
    mov edi, LIN16(c141_n)
    movdqa xmm1, [LIN16(c141_a)]
    movdqa xmm2, [LIN16(c141_b)]
    pmaxuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c141_a)]
    movdqa xmm2, [LIN16(c141_b)]
    pmaxuw xmm1, [LIN16(c141_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c142_a: dd 0x8081FF01, 0xFF00FF80, 0x81010100, 0xFE7F0080
c142_b: dd 0x0000FF00, 0xFF00FF00, 0xFFFF04FF, 0xFFFFFFFF
c142_r: dd 0x8081FF01, 0xFF00FF80, 0xFFFF04FF, 0xFFFFFFFF
c142_n: db "pmaxuw xmm", 0
    CODE32
    mov ebx, 142
    mov esi, LIN16(c142_r)
    mov edi, LIN16(c142_n)
    movdqa xmm1, [LIN16(c142_a)]
    movdqa xmm2, [LIN16(c142_b)]
    pmaxuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c142_a)]
    movdqa xmm2, [LIN16(c142_b)]
    pmaxuw xmm1, [LIN16(c142_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c143_a: dd 0x80800101, 0x81007F01, 0xFEFF8181, 0x008081FE
c143_b: dd 0x01010101, 0xFF7F8081, 0x7F7F7F00, 0x80807F01
c143_r: dd 0x80800101, 0xFF7F8081, 0xFEFF8181, 0x80807F01
c143_n: db "pmaxud xmm", 0
    CODE32
    mov ebx, 143
    mov esi, LIN16(c143_r)
    mov edi, LIN16(c143_n)
    movdqa xmm1, [LIN16(c143_a)]
    movdqa xmm2, [LIN16(c143_b)]
    pmaxud xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c143_a)]
    movdqa xmm2, [LIN16(c143_b)]
    pmaxud xmm1, [LIN16(c143_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c144_a: dd 0x0100FF7F, 0xFE7F8180, 0x007FFF7F, 0x81FEFFFF
c144_b: dd 0xFE3953D9, 0x609BC80A, 0x3622A2B6, 0xF4D30630
c144_r: dd 0xFE3953D9, 0xFE7F8180, 0x3622A2B6, 0xF4D30630
c144_n: db "pmaxud xmm", 0
    CODE32
    mov ebx, 144
    mov esi, LIN16(c144_r)
    mov edi, LIN16(c144_n)
    movdqa xmm1, [LIN16(c144_a)]
    movdqa xmm2, [LIN16(c144_b)]
    pmaxud xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c144_a)]
    movdqa xmm2, [LIN16(c144_b)]
    pmaxud xmm1, [LIN16(c144_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c145_a: dd 0x6E4DD256, 0x36AA89DD, 0x086B8DA3, 0x72780133
c145_b: dd 0x82535D96, 0xEEE3BEAB, 0x939FDF35, 0x19E238E7
c145_r: dd 0xC4E47C64, 0xCB331C9F, 0xFFE24FBF, 0x94923D05
c145_n: db "pmulld xmm", 0
    CODE32
    mov ebx, 145
    mov esi, LIN16(c145_r)
    mov edi, LIN16(c145_n)
    movdqa xmm1, [LIN16(c145_a)]
    movdqa xmm2, [LIN16(c145_b)]
    pmulld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c145_a)]
    movdqa xmm2, [LIN16(c145_b)]
    pmulld xmm1, [LIN16(c145_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c146_a: dd 0x7FD07FF2, 0x80C2000F, 0x7FFB7FD1, 0xFF2D807E
c146_b: dd 0xFF85FF00, 0xFFE9FF00, 0xFF000800, 0xFF0000FF
c146_r: dd 0x362C0E00, 0x3CB5F100, 0x0AFE8800, 0xB052FD82
c146_n: db "pmulld xmm", 0
    CODE32
    mov ebx, 146
    mov esi, LIN16(c146_r)
    mov edi, LIN16(c146_n)
    movdqa xmm1, [LIN16(c146_a)]
    movdqa xmm2, [LIN16(c146_b)]
    pmulld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c146_a)]
    movdqa xmm2, [LIN16(c146_b)]
    pmulld xmm1, [LIN16(c146_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c147_a: dd 0x1B9BBA32, 0x404FEE13, 0xC8E1F82B, 0xBF6A5ED4
c147_b: dd 0x00FFFF9A, 0xFF2700FF, 0x00FF25FF, 0x7E00FF00
c147_r: dd 0x31F3D014, 0x001B9BAF, 0xF4C969D5, 0xFFC910E7
c147_n: db "pmuldq xmm", 0
    CODE32
    mov ebx, 147
    mov esi, LIN16(c147_r)
    mov edi, LIN16(c147_n)
    movdqa xmm1, [LIN16(c147_a)]
    movdqa xmm2, [LIN16(c147_b)]
    pmuldq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c147_a)]
    movdqa xmm2, [LIN16(c147_b)]
    pmuldq xmm1, [LIN16(c147_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c148_a: dd 0x01817FFE, 0xFE81817F, 0x01FE0101, 0xFE80FFFF
c148_b: dd 0x80FE80FE, 0x017F7F80, 0xFEFF017F, 0x7F008081
c148_r: dd 0x3C7FFE04, 0xFF40BF40, 0xF902807F, 0xFFFE0003
c148_n: db "pmuldq xmm", 0
    CODE32
    mov ebx, 148
    mov esi, LIN16(c148_r)
    mov edi, LIN16(c148_n)
    movdqa xmm1, [LIN16(c148_a)]
    movdqa xmm2, [LIN16(c148_b)]
    pmuldq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c148_a)]
    movdqa xmm2, [LIN16(c148_b)]
    pmuldq xmm1, [LIN16(c148_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c149_a: dd 0x05A06047, 0x79380FA6, 0x038A8BE4, 0xE707D847
c149_b: dd 0xEACB633F, 0x61DB4C18, 0xA44D5045, 0xDE1F348F
c149_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c149_n: db "pcmpeqq xmm", 0
    CODE32
    mov ebx, 149
    mov esi, LIN16(c149_r)
    mov edi, LIN16(c149_n)
    movdqa xmm1, [LIN16(c149_a)]
    movdqa xmm2, [LIN16(c149_b)]
    pcmpeqq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c149_a)]
    movdqa xmm2, [LIN16(c149_b)]
    pcmpeqq xmm1, [LIN16(c149_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c150_a: dd 0x81FE81FE, 0xFEFF81FE, 0x817F01FF, 0xFE810001
c150_b: dd 0xFF8E00C7, 0x802AFF7E, 0x80CB7F48, 0x808BFFD5
c150_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c150_n: db "pcmpeqq xmm", 0
    CODE32
    mov ebx, 150
    mov esi, LIN16(c150_r)
    mov edi, LIN16(c150_n)
    movdqa xmm1, [LIN16(c150_a)]
    movdqa xmm2, [LIN16(c150_b)]
    pcmpeqq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c150_a)]
    movdqa xmm2, [LIN16(c150_b)]
    pcmpeqq xmm1, [LIN16(c150_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c151_a: dd 0xFF9180C6, 0x000C80CA, 0x001180F7, 0x00F50017
c151_b: dd 0x00FE80FF, 0xFE7FFFFE, 0x7F80FF00, 0xFEFF0081
c151_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
c151_n: db "pcmpgtq xmm", 0
    CODE32
    mov ebx, 151
    mov esi, LIN16(c151_r)
    mov edi, LIN16(c151_n)
    movdqa xmm1, [LIN16(c151_a)]
    movdqa xmm2, [LIN16(c151_b)]
    pcmpgtq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c151_a)]
    movdqa xmm2, [LIN16(c151_b)]
    pcmpgtq xmm1, [LIN16(c151_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c152_a: dd 0x8008803E, 0x0062FFD9, 0x7F8DFFE0, 0x80E0807F
c152_b: dd 0xFF58FFFA, 0xFF078089, 0x804AFF2F, 0x0058809D
c152_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0x00000000
c152_n: db "pcmpgtq xmm", 0
    CODE32
    mov ebx, 152
    mov esi, LIN16(c152_r)
    mov edi, LIN16(c152_n)
    movdqa xmm1, [LIN16(c152_a)]
    movdqa xmm2, [LIN16(c152_b)]
    pcmpgtq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c152_a)]
    movdqa xmm2, [LIN16(c152_b)]
    pcmpgtq xmm1, [LIN16(c152_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c153_a: dd 0x3A7E81EF, 0x95AB291B, 0x13B3B1BF, 0x2E37D708
c153_b: dd 0xFFD000AB, 0x7F447FFD, 0x0032FFFC, 0x7F157FA8
c153_r: dd 0x0000FFFF, 0xFFFFFFFF, 0xFFFF0000, 0xFFFFFFFF
c153_n: db "packusdw xmm", 0
    CODE32
    mov ebx, 153
    mov esi, LIN16(c153_r)
    mov edi, LIN16(c153_n)
    movdqa xmm1, [LIN16(c153_a)]
    movdqa xmm2, [LIN16(c153_b)]
    packusdw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c153_a)]
    movdqa xmm2, [LIN16(c153_b)]
    packusdw xmm1, [LIN16(c153_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c154_a: dd 0xFE018001, 0x7F7F0000, 0x7F7FFEFF, 0xFEFEFF00
c154_b: dd 0x00FF0000, 0xFFFF00FF, 0x00FFFFFF, 0xFF00FF24
c154_r: dd 0xFFFF0000, 0x0000FFFF, 0x0000FFFF, 0x0000FFFF
c154_n: db "packusdw xmm", 0
    CODE32
    mov ebx, 154
    mov esi, LIN16(c154_r)
    mov edi, LIN16(c154_n)
    movdqa xmm1, [LIN16(c154_a)]
    movdqa xmm2, [LIN16(c154_b)]
    packusdw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c154_a)]
    movdqa xmm2, [LIN16(c154_b)]
    packusdw xmm1, [LIN16(c154_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c155_a: dd 0xE7635B0D, 0x71BE1D90, 0xF685F0DA, 0xC8B5F4BC
c155_b: dd 0xCE8A6CB8, 0xC60A38B4, 0x1BC2A99B, 0xECE654B0
c155_r: dd 0x00051BC2, 0x00000000, 0x00000000, 0x00000000
c155_n: db "phminposuw xmm", 0
    CODE32
    mov ebx, 155
    mov esi, LIN16(c155_r)
    mov edi, LIN16(c155_n)
    movdqa xmm1, [LIN16(c155_a)]
    movdqa xmm2, [LIN16(c155_b)]
    phminposuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c155_a)]
    movdqa xmm2, [LIN16(c155_b)]
    phminposuw xmm1, [LIN16(c155_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c156_a: dd 0x155C0080, 0x7265EF00, 0x0817CFBA, 0x00004400
c156_b: dd 0xCB14377E, 0xF576049C, 0x2181D310, 0xD0556063
c156_r: dd 0x0002049C, 0x00000000, 0x00000000, 0x00000000
c156_n: db "phminposuw xmm", 0
    CODE32
    mov ebx, 156
    mov esi, LIN16(c156_r)
    mov edi, LIN16(c156_n)
    movdqa xmm1, [LIN16(c156_a)]
    movdqa xmm2, [LIN16(c156_b)]
    phminposuw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c156_a)]
    movdqa xmm2, [LIN16(c156_b)]
    phminposuw xmm1, [LIN16(c156_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c157_a: dd 0x7F3DFF50, 0x80C67F4F, 0x7F898049, 0xFF5900F9
c157_b: dd 0x7FFFFFFF, 0xFE7F7F80, 0xFFFEFFFF, 0x018101FE
c157_r: dd 0xFFFFFFFF, 0x007FFFFF, 0x007FFF80, 0xFFFE007F
c157_n: db "pmovsxbw xmm", 0
    CODE32
    mov ebx, 157
    mov esi, LIN16(c157_r)
    mov edi, LIN16(c157_n)
    movdqa xmm1, [LIN16(c157_a)]
    movdqa xmm2, [LIN16(c157_b)]
    pmovsxbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c157_a)]
    movdqa xmm2, [LIN16(c157_b)]
    pmovsxbw xmm1, [LIN16(c157_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c158_a: dd 0xFFD8FFC0, 0x003EFFED, 0x0018FFAF, 0xFF06FF1B
c158_b: dd 0x7F8180FE, 0x8001FF01, 0xFFFF0101, 0xFFFE8080
c158_r: dd 0xFF80FFFE, 0x007FFF81, 0xFFFF0001, 0xFF800001
c158_n: db "pmovsxbw xmm", 0
    CODE32
    mov ebx, 158
    mov esi, LIN16(c158_r)
    mov edi, LIN16(c158_n)
    movdqa xmm1, [LIN16(c158_a)]
    movdqa xmm2, [LIN16(c158_b)]
    pmovsxbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c158_a)]
    movdqa xmm2, [LIN16(c158_b)]
    pmovsxbw xmm1, [LIN16(c158_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c159_a: dd 0x00002A00, 0xB5FF0000, 0x003F80FF, 0x6F000E00
c159_b: dd 0x00FFFF00, 0x30FF0000, 0x00FF5A00, 0xFF1900FF
c159_r: dd 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000
c159_n: db "pmovsxbd xmm", 0
    CODE32
    mov ebx, 159
    mov esi, LIN16(c159_r)
    mov edi, LIN16(c159_n)
    movdqa xmm1, [LIN16(c159_a)]
    movdqa xmm2, [LIN16(c159_b)]
    pmovsxbd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c159_a)]
    movdqa xmm2, [LIN16(c159_b)]
    pmovsxbd xmm1, [LIN16(c159_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c160_a: dd 0x5900FF00, 0xFAFF00FF, 0xFFFF0000, 0x00FFCAFF
c160_b: dd 0x27935E09, 0xF38806C1, 0xDFE0BA54, 0x50E202B0
c160_r: dd 0x00000009, 0x0000005E, 0xFFFFFF93, 0x00000027
c160_n: db "pmovsxbd xmm", 0
    CODE32
    mov ebx, 160
    mov esi, LIN16(c160_r)
    mov edi, LIN16(c160_n)
    movdqa xmm1, [LIN16(c160_a)]
    movdqa xmm2, [LIN16(c160_b)]
    pmovsxbd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c160_a)]
    movdqa xmm2, [LIN16(c160_b)]
    pmovsxbd xmm1, [LIN16(c160_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c161_a: dd 0x0000FE80, 0xFE017F80, 0xFF808100, 0xFF81807F
c161_b: dd 0x328899DC, 0x081CD0E8, 0x1F2AA6D9, 0xA22F249A
c161_r: dd 0xFFFFFFDC, 0xFFFFFFFF, 0xFFFFFF99, 0xFFFFFFFF
c161_n: db "pmovsxbq xmm", 0
    CODE32
    mov ebx, 161
    mov esi, LIN16(c161_r)
    mov edi, LIN16(c161_n)
    movdqa xmm1, [LIN16(c161_a)]
    movdqa xmm2, [LIN16(c161_b)]
    pmovsxbq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c161_a)]
    movdqa xmm2, [LIN16(c161_b)]
    pmovsxbq xmm1, [LIN16(c161_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c162_a: dd 0x40A7957F, 0x001FF36A, 0x5826AABB, 0x22271892
c162_b: dd 0x2B3F52B7, 0x990F3123, 0x246DA17B, 0xB9FA80CE
c162_r: dd 0xFFFFFFB7, 0xFFFFFFFF, 0x00000052, 0x00000000
c162_n: db "pmovsxbq xmm", 0
    CODE32
    mov ebx, 162
    mov esi, LIN16(c162_r)
    mov edi, LIN16(c162_n)
    movdqa xmm1, [LIN16(c162_a)]
    movdqa xmm2, [LIN16(c162_b)]
    pmovsxbq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c162_a)]
    movdqa xmm2, [LIN16(c162_b)]
    pmovsxbq xmm1, [LIN16(c162_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c163_a: dd 0xFE018100, 0x7F000100, 0x01818081, 0xFF808081
c163_b: dd 0x008100FF, 0xFF7FFF01, 0xFE808080, 0x7F808000
c163_r: dd 0x000000FF, 0x00000081, 0xFFFFFF01, 0xFFFFFF7F
c163_n: db "pmovsxwd xmm", 0
    CODE32
    mov ebx, 163
    mov esi, LIN16(c163_r)
    mov edi, LIN16(c163_n)
    movdqa xmm1, [LIN16(c163_a)]
    movdqa xmm2, [LIN16(c163_b)]
    pmovsxwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c163_a)]
    movdqa xmm2, [LIN16(c163_b)]
    pmovsxwd xmm1, [LIN16(c163_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c164_a: dd 0x144D00E5, 0xFFFF0000, 0xFFFFA100, 0xFFFF00FF
c164_b: dd 0x20FFFFFF, 0x00FF3800, 0x69FF5800, 0xFFFF7AB4
c164_r: dd 0xFFFFFFFF, 0x000020FF, 0x00003800, 0x000000FF
c164_n: db "pmovsxwd xmm", 0
    CODE32
    mov ebx, 164
    mov esi, LIN16(c164_r)
    mov edi, LIN16(c164_n)
    movdqa xmm1, [LIN16(c164_a)]
    movdqa xmm2, [LIN16(c164_b)]
    pmovsxwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c164_a)]
    movdqa xmm2, [LIN16(c164_b)]
    pmovsxwd xmm1, [LIN16(c164_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c165_a: dd 0xFFFFFF97, 0xFF0000D1, 0xFFFFAB00, 0xFFFFFF00
c165_b: dd 0xF365EC53, 0xDE82C6FD, 0x29638016, 0xE765EF72
c165_r: dd 0xFFFFEC53, 0xFFFFFFFF, 0xFFFFF365, 0xFFFFFFFF
c165_n: db "pmovsxwq xmm", 0
    CODE32
    mov ebx, 165
    mov esi, LIN16(c165_r)
    mov edi, LIN16(c165_n)
    movdqa xmm1, [LIN16(c165_a)]
    movdqa xmm2, [LIN16(c165_b)]
    pmovsxwq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c165_a)]
    movdqa xmm2, [LIN16(c165_b)]
    pmovsxwq xmm1, [LIN16(c165_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c166_a: dd 0x982508E7, 0xCA8C4AC3, 0x8D4B4BDB, 0xB7B778B8
c166_b: dd 0x00800080, 0x81800000, 0x01818101, 0x00008100
c166_r: dd 0x00000080, 0x00000000, 0x00000080, 0x00000000
c166_n: db "pmovsxwq xmm", 0
    CODE32
    mov ebx, 166
    mov esi, LIN16(c166_r)
    mov edi, LIN16(c166_n)
    movdqa xmm1, [LIN16(c166_a)]
    movdqa xmm2, [LIN16(c166_b)]
    pmovsxwq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c166_a)]
    movdqa xmm2, [LIN16(c166_b)]
    pmovsxwq xmm1, [LIN16(c166_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c167_a: dd 0x41299449, 0xB3E14AFC, 0xF07BEF9E, 0xA78D6912
c167_b: dd 0x01FE0181, 0xFE8100FF, 0x8081007F, 0x7FFEFFFE
c167_r: dd 0x01FE0181, 0x00000000, 0xFE8100FF, 0xFFFFFFFF
c167_n: db "pmovsxdq xmm", 0
    CODE32
    mov ebx, 167
    mov esi, LIN16(c167_r)
    mov edi, LIN16(c167_n)
    movdqa xmm1, [LIN16(c167_a)]
    movdqa xmm2, [LIN16(c167_b)]
    pmovsxdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c167_a)]
    movdqa xmm2, [LIN16(c167_b)]
    pmovsxdq xmm1, [LIN16(c167_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c168_a: dd 0xB341DEA5, 0x0B0A811A, 0x7B83385A, 0xC2F532AD
c168_b: dd 0x20A7B7C0, 0xF6CD0D09, 0x2310921E, 0x03FDDF76
c168_r: dd 0x20A7B7C0, 0x00000000, 0xF6CD0D09, 0xFFFFFFFF
c168_n: db "pmovsxdq xmm", 0
    CODE32
    mov ebx, 168
    mov esi, LIN16(c168_r)
    mov edi, LIN16(c168_n)
    movdqa xmm1, [LIN16(c168_a)]
    movdqa xmm2, [LIN16(c168_b)]
    pmovsxdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c168_a)]
    movdqa xmm2, [LIN16(c168_b)]
    pmovsxdq xmm1, [LIN16(c168_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c169_a: dd 0x00CE7FC0, 0x7FD97F0B, 0x7FC780B6, 0x8067002C
c169_b: dd 0xFFB70034, 0xFF2D7F04, 0x803B8066, 0x80FF8083
c169_r: dd 0x00000034, 0x00FF00B7, 0x007F0004, 0x00FF002D
c169_n: db "pmovzxbw xmm", 0
    CODE32
    mov ebx, 169
    mov esi, LIN16(c169_r)
    mov edi, LIN16(c169_n)
    movdqa xmm1, [LIN16(c169_a)]
    movdqa xmm2, [LIN16(c169_b)]
    pmovzxbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c169_a)]
    movdqa xmm2, [LIN16(c169_b)]
    pmovzxbw xmm1, [LIN16(c169_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c170_a: dd 0xFF73FF31, 0xFF4D801E, 0xFFD3005C, 0x7F3C000B
c170_b: dd 0xFF00FFAD, 0x2EFFFFCE, 0x0000018E, 0xFFEA2800
c170_r: dd 0x00FF00AD, 0x00FF0000, 0x00FF00CE, 0x002E00FF
c170_n: db "pmovzxbw xmm", 0
    CODE32
    mov ebx, 170
    mov esi, LIN16(c170_r)
    mov edi, LIN16(c170_n)
    movdqa xmm1, [LIN16(c170_a)]
    movdqa xmm2, [LIN16(c170_b)]
    pmovzxbw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c170_a)]
    movdqa xmm2, [LIN16(c170_b)]
    pmovzxbw xmm1, [LIN16(c170_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c171_a: dd 0xCC1F0000, 0x0063D300, 0xA1E50000, 0xFF9FFF97
c171_b: dd 0xFF01FEFE, 0x80010081, 0x8081817F, 0x01FEFF00
c171_r: dd 0x000000FE, 0x000000FE, 0x00000001, 0x000000FF
c171_n: db "pmovzxbd xmm", 0
    CODE32
    mov ebx, 171
    mov esi, LIN16(c171_r)
    mov edi, LIN16(c171_n)
    movdqa xmm1, [LIN16(c171_a)]
    movdqa xmm2, [LIN16(c171_b)]
    pmovzxbd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c171_a)]
    movdqa xmm2, [LIN16(c171_b)]
    pmovzxbd xmm1, [LIN16(c171_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c172_a: dd 0x3CFF0000, 0x00FF00A3, 0xFF0D00FF, 0x009AD400
c172_b: dd 0xFF897FCA, 0xFF7EFFB5, 0x00A100A9, 0x004A00BE
c172_r: dd 0x000000CA, 0x0000007F, 0x00000089, 0x000000FF
c172_n: db "pmovzxbd xmm", 0
    CODE32
    mov ebx, 172
    mov esi, LIN16(c172_r)
    mov edi, LIN16(c172_n)
    movdqa xmm1, [LIN16(c172_a)]
    movdqa xmm2, [LIN16(c172_b)]
    pmovzxbd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c172_a)]
    movdqa xmm2, [LIN16(c172_b)]
    pmovzxbd xmm1, [LIN16(c172_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c173_a: dd 0xFF0F0071, 0x80D68011, 0x7F7FFFFE, 0x00B1FFF2
c173_b: dd 0xFFFE00FE, 0x01FFFE01, 0x81FF80FF, 0x01810081
c173_r: dd 0x000000FE, 0x00000000, 0x00000000, 0x00000000
c173_n: db "pmovzxbq xmm", 0
    CODE32
    mov ebx, 173
    mov esi, LIN16(c173_r)
    mov edi, LIN16(c173_n)
    movdqa xmm1, [LIN16(c173_a)]
    movdqa xmm2, [LIN16(c173_b)]
    pmovzxbq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c173_a)]
    movdqa xmm2, [LIN16(c173_b)]
    pmovzxbq xmm1, [LIN16(c173_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c174_a: dd 0x002C8023, 0x804300E9, 0x00F8FF48, 0xFF450066
c174_b: dd 0x7F81FF80, 0x8101FEFF, 0x01010100, 0xFFFEFF7F
c174_r: dd 0x00000080, 0x00000000, 0x000000FF, 0x00000000
c174_n: db "pmovzxbq xmm", 0
    CODE32
    mov ebx, 174
    mov esi, LIN16(c174_r)
    mov edi, LIN16(c174_n)
    movdqa xmm1, [LIN16(c174_a)]
    movdqa xmm2, [LIN16(c174_b)]
    pmovzxbq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c174_a)]
    movdqa xmm2, [LIN16(c174_b)]
    pmovzxbq xmm1, [LIN16(c174_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c175_a: dd 0xFFFF81FF, 0xFF0080FE, 0xFFFF0181, 0x7FFF8001
c175_b: dd 0x009F0011, 0x008C80EA, 0x008FFFB9, 0x80E900EC
c175_r: dd 0x00000011, 0x0000009F, 0x000080EA, 0x0000008C
c175_n: db "pmovzxwd xmm", 0
    CODE32
    mov ebx, 175
    mov esi, LIN16(c175_r)
    mov edi, LIN16(c175_n)
    movdqa xmm1, [LIN16(c175_a)]
    movdqa xmm2, [LIN16(c175_b)]
    pmovzxwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c175_a)]
    movdqa xmm2, [LIN16(c175_b)]
    pmovzxwd xmm1, [LIN16(c175_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c176_a: dd 0xFFFFA200, 0x00000054, 0x1E3287FF, 0x945F00DD
c176_b: dd 0xF35B6B79, 0x6FBCCACA, 0xC271DF03, 0x512C2017
c176_r: dd 0x00006B79, 0x0000F35B, 0x0000CACA, 0x00006FBC
c176_n: db "pmovzxwd xmm", 0
    CODE32
    mov ebx, 176
    mov esi, LIN16(c176_r)
    mov edi, LIN16(c176_n)
    movdqa xmm1, [LIN16(c176_a)]
    movdqa xmm2, [LIN16(c176_b)]
    pmovzxwd xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c176_a)]
    movdqa xmm2, [LIN16(c176_b)]
    pmovzxwd xmm1, [LIN16(c176_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c177_a: dd 0xFE8080FF, 0x81810081, 0x7FFF0000, 0x00FF0181
c177_b: dd 0x96FFFF00, 0x00ED00CF, 0x00005100, 0xFF00FF59
c177_r: dd 0x0000FF00, 0x00000000, 0x000096FF, 0x00000000
c177_n: db "pmovzxwq xmm", 0
    CODE32
    mov ebx, 177
    mov esi, LIN16(c177_r)
    mov edi, LIN16(c177_n)
    movdqa xmm1, [LIN16(c177_a)]
    movdqa xmm2, [LIN16(c177_b)]
    pmovzxwq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c177_a)]
    movdqa xmm2, [LIN16(c177_b)]
    pmovzxwq xmm1, [LIN16(c177_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c178_a: dd 0x2E55005E, 0x59C6809B, 0x4D37EB41, 0x0F57FF56
c178_b: dd 0x0090FF4C, 0x80908072, 0x00458083, 0xFF04FF27
c178_r: dd 0x0000FF4C, 0x00000000, 0x00000090, 0x00000000
c178_n: db "pmovzxwq xmm", 0
    CODE32
    mov ebx, 178
    mov esi, LIN16(c178_r)
    mov edi, LIN16(c178_n)
    movdqa xmm1, [LIN16(c178_a)]
    movdqa xmm2, [LIN16(c178_b)]
    pmovzxwq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c178_a)]
    movdqa xmm2, [LIN16(c178_b)]
    pmovzxwq xmm1, [LIN16(c178_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c179_a: dd 0xFF5B7F05, 0x00BBFFEE, 0x7FAC003F, 0x00500017
c179_b: dd 0xFFFF00FF, 0xFF000000, 0xF3FF000C, 0xFFFFFFFF
c179_r: dd 0xFFFF00FF, 0x00000000, 0xFF000000, 0x00000000
c179_n: db "pmovzxdq xmm", 0
    CODE32
    mov ebx, 179
    mov esi, LIN16(c179_r)
    mov edi, LIN16(c179_n)
    movdqa xmm1, [LIN16(c179_a)]
    movdqa xmm2, [LIN16(c179_b)]
    pmovzxdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c179_a)]
    movdqa xmm2, [LIN16(c179_b)]
    pmovzxdq xmm1, [LIN16(c179_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c180_a: dd 0xFEFF8081, 0xFF80FE80, 0xFE7F7F00, 0x017F8101
c180_b: dd 0xFF0F00E2, 0x7FE980A0, 0x00D880B2, 0x80667F5F
c180_r: dd 0xFF0F00E2, 0x00000000, 0x7FE980A0, 0x00000000
c180_n: db "pmovzxdq xmm", 0
    CODE32
    mov ebx, 180
    mov esi, LIN16(c180_r)
    mov edi, LIN16(c180_n)
    movdqa xmm1, [LIN16(c180_a)]
    movdqa xmm2, [LIN16(c180_b)]
    pmovzxdq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c180_a)]
    movdqa xmm2, [LIN16(c180_b)]
    pmovzxdq xmm1, [LIN16(c180_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c181_a: dd 0x7FFE80DC, 0x807EFF9C, 0x803F0088, 0x006B7FA1
c181_b: dd 0x00000000, 0x00000000, 0x00010001, 0x01008100
c181_r: dd 0x7FFE80DC, 0x807EFF9C, 0x803F0088, 0x006B7FA1
c181_n: db "psllw by 0", 0
    CODE32
    mov ebx, 181
    mov esi, LIN16(c181_r)
    mov edi, LIN16(c181_n)
    movdqa xmm1, [LIN16(c181_a)]
    movdqa xmm2, [LIN16(c181_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c181_a)]
    movdqa xmm2, [LIN16(c181_b)]
    psllw xmm1, [LIN16(c181_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c182_a: dd 0x5B82AC44, 0xAE881450, 0x1CD71ABD, 0x516714C3
c182_b: dd 0x00000003, 0x00000000, 0x7F0180FF, 0x81810101
c182_r: dd 0xDC106220, 0x7440A280, 0xE6B8D5E8, 0x8B38A618
c182_n: db "psllw by 3", 0
    CODE32
    mov ebx, 182
    mov esi, LIN16(c182_r)
    mov edi, LIN16(c182_n)
    movdqa xmm1, [LIN16(c182_a)]
    movdqa xmm2, [LIN16(c182_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c182_a)]
    movdqa xmm2, [LIN16(c182_b)]
    psllw xmm1, [LIN16(c182_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c183_a: dd 0x00A90018, 0x7FA0FFE8, 0x80AD805B, 0x0036FFC5
c183_b: dd 0x0000000F, 0x00000000, 0x00818181, 0x0000FE00
c183_r: dd 0x80000000, 0x00000000, 0x80008000, 0x00008000
c183_n: db "psllw by 15", 0
    CODE32
    mov ebx, 183
    mov esi, LIN16(c183_r)
    mov edi, LIN16(c183_n)
    movdqa xmm1, [LIN16(c183_a)]
    movdqa xmm2, [LIN16(c183_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c183_a)]
    movdqa xmm2, [LIN16(c183_b)]
    psllw xmm1, [LIN16(c183_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c184_a: dd 0x0101FE81, 0x017F7FFF, 0x807F00FF, 0x0100FEFF
c184_b: dd 0x00000010, 0x00000000, 0x2C7EE2F1, 0x0B6B1144
c184_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c184_n: db "psllw by 16", 0
    CODE32
    mov ebx, 184
    mov esi, LIN16(c184_r)
    mov edi, LIN16(c184_n)
    movdqa xmm1, [LIN16(c184_a)]
    movdqa xmm2, [LIN16(c184_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c184_a)]
    movdqa xmm2, [LIN16(c184_b)]
    psllw xmm1, [LIN16(c184_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c185_a: dd 0x00008101, 0x80807F01, 0x00008101, 0x7F800000
c185_b: dd 0x0000001F, 0x00000000, 0x00FFFFFF, 0xFF00FF00
c185_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c185_n: db "psllw by 31", 0
    CODE32
    mov ebx, 185
    mov esi, LIN16(c185_r)
    mov edi, LIN16(c185_n)
    movdqa xmm1, [LIN16(c185_a)]
    movdqa xmm2, [LIN16(c185_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c185_a)]
    movdqa xmm2, [LIN16(c185_b)]
    psllw xmm1, [LIN16(c185_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c186_a: dd 0x00CF80F6, 0x7F42809F, 0xFF3E0041, 0x807E801A
c186_b: dd 0x00000021, 0x00000000, 0xFF01FF81, 0xFF7F0101
c186_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c186_n: db "psllw by 33", 0
    CODE32
    mov ebx, 186
    mov esi, LIN16(c186_r)
    mov edi, LIN16(c186_n)
    movdqa xmm1, [LIN16(c186_a)]
    movdqa xmm2, [LIN16(c186_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c186_a)]
    movdqa xmm2, [LIN16(c186_b)]
    psllw xmm1, [LIN16(c186_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c187_a: dd 0x8067FF5F, 0x002F00F9, 0x7FC4007F, 0x0097003A
c187_b: dd 0x00000040, 0x00000000, 0x01818101, 0xFE007F00
c187_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c187_n: db "psllw by 64", 0
    CODE32
    mov ebx, 187
    mov esi, LIN16(c187_r)
    mov edi, LIN16(c187_n)
    movdqa xmm1, [LIN16(c187_a)]
    movdqa xmm2, [LIN16(c187_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c187_a)]
    movdqa xmm2, [LIN16(c187_b)]
    psllw xmm1, [LIN16(c187_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c188_a: dd 0xFF818000, 0xFF7F0181, 0xFF0181FF, 0x00FF8081
c188_b: dd 0x00000001, 0x00000001, 0x00D98031, 0x80E5FFCB
c188_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c188_n: db "psllw by 4294967297", 0
    CODE32
    mov ebx, 188
    mov esi, LIN16(c188_r)
    mov edi, LIN16(c188_n)
    movdqa xmm1, [LIN16(c188_a)]
    movdqa xmm2, [LIN16(c188_b)]
    psllw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c188_a)]
    movdqa xmm2, [LIN16(c188_b)]
    psllw xmm1, [LIN16(c188_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c189_a: dd 0x00FFFFFF, 0xFAFF0010, 0xFF7F00FF, 0x003D00BC
c189_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c189_r: dd 0x00FFFFFF, 0xFAFF0010, 0xFF7F00FF, 0x003D00BC
c189_n: db "psllw imm 0", 0
    CODE32
    mov ebx, 189
    mov esi, LIN16(c189_r)
    mov edi, LIN16(c189_n)
    movdqa xmm1, [LIN16(c189_a)]
    movdqa xmm2, [LIN16(c189_b)]
    psllw xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c190_a: dd 0xFEFF7F81, 0xFE817FFF, 0x818181FE, 0xFE81FE81
c190_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c190_r: dd 0xFDFEFF02, 0xFD02FFFE, 0x030203FC, 0xFD02FD02
c190_n: db "psllw imm 1", 0
    CODE32
    mov ebx, 190
    mov esi, LIN16(c190_r)
    mov edi, LIN16(c190_n)
    movdqa xmm1, [LIN16(c190_a)]
    movdqa xmm2, [LIN16(c190_b)]
    psllw xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c191_a: dd 0xFFFF13EF, 0x00FF00FF, 0xF900EF00, 0x4F43DC00
c191_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c191_r: dd 0xFF80F780, 0x7F807F80, 0x80008000, 0xA1800000
c191_n: db "psllw imm 7", 0
    CODE32
    mov ebx, 191
    mov esi, LIN16(c191_r)
    mov edi, LIN16(c191_n)
    movdqa xmm1, [LIN16(c191_a)]
    movdqa xmm2, [LIN16(c191_b)]
    psllw xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c192_a: dd 0x1D7ED7B8, 0xB76877AF, 0xFC629555, 0xD91EFB46
c192_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c192_r: dd 0x00000000, 0x00008000, 0x00008000, 0x00000000
c192_n: db "psllw imm 15", 0
    CODE32
    mov ebx, 192
    mov esi, LIN16(c192_r)
    mov edi, LIN16(c192_n)
    movdqa xmm1, [LIN16(c192_a)]
    movdqa xmm2, [LIN16(c192_b)]
    psllw xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c193_a: dd 0x7F7FFE7F, 0xFF01FE00, 0x01FF8080, 0x00FE807F
c193_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c193_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c193_n: db "psllw imm 16", 0
    CODE32
    mov ebx, 193
    mov esi, LIN16(c193_r)
    mov edi, LIN16(c193_n)
    movdqa xmm1, [LIN16(c193_a)]
    movdqa xmm2, [LIN16(c193_b)]
    psllw xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c194_a: dd 0x007DAA56, 0x00E43066, 0xC300AB00, 0x00D8FFFF
c194_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c194_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c194_n: db "psllw imm 31", 0
    CODE32
    mov ebx, 194
    mov esi, LIN16(c194_r)
    mov edi, LIN16(c194_n)
    movdqa xmm1, [LIN16(c194_a)]
    movdqa xmm2, [LIN16(c194_b)]
    psllw xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c195_a: dd 0x89E0C9BB, 0x4AA8AC28, 0xF3B795A6, 0xA7D139D9
c195_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c195_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c195_n: db "psllw imm 32", 0
    CODE32
    mov ebx, 195
    mov esi, LIN16(c195_r)
    mov edi, LIN16(c195_n)
    movdqa xmm1, [LIN16(c195_a)]
    movdqa xmm2, [LIN16(c195_b)]
    psllw xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c196_a: dd 0x09FAF4BF, 0x4E91F106, 0x364564E1, 0x0FF6EB77
c196_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c196_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c196_n: db "psllw imm 63", 0
    CODE32
    mov ebx, 196
    mov esi, LIN16(c196_r)
    mov edi, LIN16(c196_n)
    movdqa xmm1, [LIN16(c196_a)]
    movdqa xmm2, [LIN16(c196_b)]
    psllw xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c197_a: dd 0x7F568049, 0xFF27004E, 0x7FEC003D, 0x00E87F7D
c197_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c197_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c197_n: db "psllw imm 64", 0
    CODE32
    mov ebx, 197
    mov esi, LIN16(c197_r)
    mov edi, LIN16(c197_n)
    movdqa xmm1, [LIN16(c197_a)]
    movdqa xmm2, [LIN16(c197_b)]
    psllw xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c198_a: dd 0xFFFF8100, 0x01007F81, 0x7F017F01, 0x01FE01FE
c198_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c198_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c198_n: db "psllw imm 200", 0
    CODE32
    mov ebx, 198
    mov esi, LIN16(c198_r)
    mov edi, LIN16(c198_n)
    movdqa xmm1, [LIN16(c198_a)]
    movdqa xmm2, [LIN16(c198_b)]
    psllw xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c199_a: dd 0xAF4A338B, 0x7D5ECB01, 0xB6D17932, 0x24B460B4
c199_b: dd 0x00000000, 0x00000000, 0x007480D5, 0x80A67F17
c199_r: dd 0xAF4A338B, 0x7D5ECB01, 0xB6D17932, 0x24B460B4
c199_n: db "pslld by 0", 0
    CODE32
    mov ebx, 199
    mov esi, LIN16(c199_r)
    mov edi, LIN16(c199_n)
    movdqa xmm1, [LIN16(c199_a)]
    movdqa xmm2, [LIN16(c199_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c199_a)]
    movdqa xmm2, [LIN16(c199_b)]
    pslld xmm1, [LIN16(c199_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c200_a: dd 0x80CA8069, 0x7FE700CC, 0x80780013, 0xFF24FF25
c200_b: dd 0x00000003, 0x00000000, 0xD0FF26FF, 0x1AA5FF00
c200_r: dd 0x06540348, 0xFF380660, 0x03C00098, 0xF927F928
c200_n: db "pslld by 3", 0
    CODE32
    mov ebx, 200
    mov esi, LIN16(c200_r)
    mov edi, LIN16(c200_n)
    movdqa xmm1, [LIN16(c200_a)]
    movdqa xmm2, [LIN16(c200_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c200_a)]
    movdqa xmm2, [LIN16(c200_b)]
    pslld xmm1, [LIN16(c200_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c201_a: dd 0x00FF870F, 0x0000CF36, 0xFFFFFFCC, 0xFFACFF74
c201_b: dd 0x0000000F, 0x00000000, 0x3B840A78, 0x6D3A76F9
c201_r: dd 0xC3878000, 0x679B0000, 0xFFE60000, 0x7FBA0000
c201_n: db "pslld by 15", 0
    CODE32
    mov ebx, 201
    mov esi, LIN16(c201_r)
    mov edi, LIN16(c201_n)
    movdqa xmm1, [LIN16(c201_a)]
    movdqa xmm2, [LIN16(c201_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c201_a)]
    movdqa xmm2, [LIN16(c201_b)]
    pslld xmm1, [LIN16(c201_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c202_a: dd 0x7F5D0080, 0x005380E5, 0x7FBB0074, 0xFFB97F98
c202_b: dd 0x00000010, 0x00000000, 0x0000FF73, 0xFFFF469B
c202_r: dd 0x00800000, 0x80E50000, 0x00740000, 0x7F980000
c202_n: db "pslld by 16", 0
    CODE32
    mov ebx, 202
    mov esi, LIN16(c202_r)
    mov edi, LIN16(c202_n)
    movdqa xmm1, [LIN16(c202_a)]
    movdqa xmm2, [LIN16(c202_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c202_a)]
    movdqa xmm2, [LIN16(c202_b)]
    pslld xmm1, [LIN16(c202_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c203_a: dd 0x166AC5B4, 0x35DB0A5B, 0xD0D233AE, 0xCF98A497
c203_b: dd 0x0000001F, 0x00000000, 0x00FF0026, 0x03FF009B
c203_r: dd 0x00000000, 0x80000000, 0x00000000, 0x80000000
c203_n: db "pslld by 31", 0
    CODE32
    mov ebx, 203
    mov esi, LIN16(c203_r)
    mov edi, LIN16(c203_n)
    movdqa xmm1, [LIN16(c203_a)]
    movdqa xmm2, [LIN16(c203_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c203_a)]
    movdqa xmm2, [LIN16(c203_b)]
    pslld xmm1, [LIN16(c203_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c204_a: dd 0x00960021, 0x7FEB00C2, 0x7FF6FFC0, 0x7F9500F6
c204_b: dd 0x00000021, 0x00000000, 0x081E8F6D, 0xA805357A
c204_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c204_n: db "pslld by 33", 0
    CODE32
    mov ebx, 204
    mov esi, LIN16(c204_r)
    mov edi, LIN16(c204_n)
    movdqa xmm1, [LIN16(c204_a)]
    movdqa xmm2, [LIN16(c204_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c204_a)]
    movdqa xmm2, [LIN16(c204_b)]
    pslld xmm1, [LIN16(c204_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c205_a: dd 0x7FACFFA3, 0x8083FFB7, 0x0031806C, 0x7F587FBB
c205_b: dd 0x00000040, 0x00000000, 0x7F398075, 0x00CE003C
c205_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c205_n: db "pslld by 64", 0
    CODE32
    mov ebx, 205
    mov esi, LIN16(c205_r)
    mov edi, LIN16(c205_n)
    movdqa xmm1, [LIN16(c205_a)]
    movdqa xmm2, [LIN16(c205_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c205_a)]
    movdqa xmm2, [LIN16(c205_b)]
    pslld xmm1, [LIN16(c205_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c206_a: dd 0xFFFFA8FF, 0x0012FFFF, 0xFF0000D6, 0xC83FD800
c206_b: dd 0x00000001, 0x00000001, 0x8012008A, 0x809780DE
c206_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c206_n: db "pslld by 4294967297", 0
    CODE32
    mov ebx, 206
    mov esi, LIN16(c206_r)
    mov edi, LIN16(c206_n)
    movdqa xmm1, [LIN16(c206_a)]
    movdqa xmm2, [LIN16(c206_b)]
    pslld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c206_a)]
    movdqa xmm2, [LIN16(c206_b)]
    pslld xmm1, [LIN16(c206_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c207_a: dd 0x03D1387F, 0x2E991512, 0xBC1D14FB, 0x97E7940F
c207_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c207_r: dd 0x03D1387F, 0x2E991512, 0xBC1D14FB, 0x97E7940F
c207_n: db "pslld imm 0", 0
    CODE32
    mov ebx, 207
    mov esi, LIN16(c207_r)
    mov edi, LIN16(c207_n)
    movdqa xmm1, [LIN16(c207_a)]
    movdqa xmm2, [LIN16(c207_b)]
    pslld xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c208_a: dd 0x010001FE, 0x80FF01FE, 0x01FE8181, 0x81807F00
c208_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c208_r: dd 0x020003FC, 0x01FE03FC, 0x03FD0302, 0x0300FE00
c208_n: db "pslld imm 1", 0
    CODE32
    mov ebx, 208
    mov esi, LIN16(c208_r)
    mov edi, LIN16(c208_n)
    movdqa xmm1, [LIN16(c208_a)]
    movdqa xmm2, [LIN16(c208_b)]
    pslld xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c209_a: dd 0xFF80FF00, 0x00FE8001, 0x00FE0101, 0x7F800080
c209_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c209_r: dd 0xC07F8000, 0x7F400080, 0x7F008080, 0xC0004000
c209_n: db "pslld imm 7", 0
    CODE32
    mov ebx, 209
    mov esi, LIN16(c209_r)
    mov edi, LIN16(c209_n)
    movdqa xmm1, [LIN16(c209_a)]
    movdqa xmm2, [LIN16(c209_b)]
    pslld xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c210_a: dd 0xEC1B9532, 0x10A936ED, 0x8E6F089C, 0x46F0D2E7
c210_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c210_r: dd 0xCA990000, 0x9B768000, 0x844E0000, 0x69738000
c210_n: db "pslld imm 15", 0
    CODE32
    mov ebx, 210
    mov esi, LIN16(c210_r)
    mov edi, LIN16(c210_n)
    movdqa xmm1, [LIN16(c210_a)]
    movdqa xmm2, [LIN16(c210_b)]
    pslld xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c211_a: dd 0x4A9B5FC4, 0xFBCEEF4A, 0xA144F504, 0x0A8A77F7
c211_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c211_r: dd 0x5FC40000, 0xEF4A0000, 0xF5040000, 0x77F70000
c211_n: db "pslld imm 16", 0
    CODE32
    mov ebx, 211
    mov esi, LIN16(c211_r)
    mov edi, LIN16(c211_n)
    movdqa xmm1, [LIN16(c211_a)]
    movdqa xmm2, [LIN16(c211_b)]
    pslld xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c212_a: dd 0x00FF0000, 0xFF697B00, 0x00000000, 0x41F3FBFF
c212_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c212_r: dd 0x00000000, 0x00000000, 0x00000000, 0x80000000
c212_n: db "pslld imm 31", 0
    CODE32
    mov ebx, 212
    mov esi, LIN16(c212_r)
    mov edi, LIN16(c212_n)
    movdqa xmm1, [LIN16(c212_a)]
    movdqa xmm2, [LIN16(c212_b)]
    pslld xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c213_a: dd 0x7FFFFFFF, 0x018181FE, 0xFE010081, 0x7FFEFEFE
c213_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c213_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c213_n: db "pslld imm 32", 0
    CODE32
    mov ebx, 213
    mov esi, LIN16(c213_r)
    mov edi, LIN16(c213_n)
    movdqa xmm1, [LIN16(c213_a)]
    movdqa xmm2, [LIN16(c213_b)]
    pslld xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c214_a: dd 0xFFFFFFFF, 0x000000C3, 0x00FFFFFE, 0xFFFFFF00
c214_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c214_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c214_n: db "pslld imm 63", 0
    CODE32
    mov ebx, 214
    mov esi, LIN16(c214_r)
    mov edi, LIN16(c214_n)
    movdqa xmm1, [LIN16(c214_a)]
    movdqa xmm2, [LIN16(c214_b)]
    pslld xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c215_a: dd 0x7F5980C6, 0x804A7F06, 0x80697FDA, 0x8034008D
c215_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c215_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c215_n: db "pslld imm 64", 0
    CODE32
    mov ebx, 215
    mov esi, LIN16(c215_r)
    mov edi, LIN16(c215_n)
    movdqa xmm1, [LIN16(c215_a)]
    movdqa xmm2, [LIN16(c215_b)]
    pslld xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c216_a: dd 0x7F7F7FFE, 0xFEFF8080, 0xFFFF0080, 0xFEFFFFFF
c216_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c216_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c216_n: db "pslld imm 200", 0
    CODE32
    mov ebx, 216
    mov esi, LIN16(c216_r)
    mov edi, LIN16(c216_n)
    movdqa xmm1, [LIN16(c216_a)]
    movdqa xmm2, [LIN16(c216_b)]
    pslld xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c217_a: dd 0xC5707F43, 0x6493AB3D, 0x9657089E, 0x2CD2799F
c217_b: dd 0x00000000, 0x00000000, 0x7F80FE01, 0x00807FFF
c217_r: dd 0xC5707F43, 0x6493AB3D, 0x9657089E, 0x2CD2799F
c217_n: db "psllq by 0", 0
    CODE32
    mov ebx, 217
    mov esi, LIN16(c217_r)
    mov edi, LIN16(c217_n)
    movdqa xmm1, [LIN16(c217_a)]
    movdqa xmm2, [LIN16(c217_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c217_a)]
    movdqa xmm2, [LIN16(c217_b)]
    psllq xmm1, [LIN16(c217_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c218_a: dd 0xFFEC00CF, 0xFF62FFB5, 0x804980AF, 0x00257FBB
c218_b: dd 0x00000003, 0x00000000, 0x0040FFFC, 0x001C80BB
c218_r: dd 0xFF600678, 0xFB17FDAF, 0x024C0578, 0x012BFDDC
c218_n: db "psllq by 3", 0
    CODE32
    mov ebx, 218
    mov esi, LIN16(c218_r)
    mov edi, LIN16(c218_n)
    movdqa xmm1, [LIN16(c218_a)]
    movdqa xmm2, [LIN16(c218_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c218_a)]
    movdqa xmm2, [LIN16(c218_b)]
    psllq xmm1, [LIN16(c218_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c219_a: dd 0xFF80FFFE, 0x00000000, 0xFE80017F, 0x00800181
c219_b: dd 0x0000000F, 0x00000000, 0x7F200055, 0x80C7805D
c219_r: dd 0x7FFF0000, 0x00007FC0, 0x00BF8000, 0x00C0FF40
c219_n: db "psllq by 15", 0
    CODE32
    mov ebx, 219
    mov esi, LIN16(c219_r)
    mov edi, LIN16(c219_n)
    movdqa xmm1, [LIN16(c219_a)]
    movdqa xmm2, [LIN16(c219_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c219_a)]
    movdqa xmm2, [LIN16(c219_b)]
    psllq xmm1, [LIN16(c219_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c220_a: dd 0x7FFE817F, 0xFF800080, 0x017FFE01, 0x8180FEFE
c220_b: dd 0x00000010, 0x00000000, 0x98AF04A1, 0xD5E49241
c220_r: dd 0x817F0000, 0x00807FFE, 0xFE010000, 0xFEFE017F
c220_n: db "psllq by 16", 0
    CODE32
    mov ebx, 220
    mov esi, LIN16(c220_r)
    mov edi, LIN16(c220_n)
    movdqa xmm1, [LIN16(c220_a)]
    movdqa xmm2, [LIN16(c220_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c220_a)]
    movdqa xmm2, [LIN16(c220_b)]
    psllq xmm1, [LIN16(c220_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c221_a: dd 0xFFFF5400, 0x6400BF65, 0x160051FF, 0xFF0000E5
c221_b: dd 0x0000001F, 0x00000000, 0x80A58023, 0x00EA7FDD
c221_r: dd 0x00000000, 0xFFFFAA00, 0x80000000, 0x8B0028FF
c221_n: db "psllq by 31", 0
    CODE32
    mov ebx, 221
    mov esi, LIN16(c221_r)
    mov edi, LIN16(c221_n)
    movdqa xmm1, [LIN16(c221_a)]
    movdqa xmm2, [LIN16(c221_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c221_a)]
    movdqa xmm2, [LIN16(c221_b)]
    psllq xmm1, [LIN16(c221_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c222_a: dd 0xFFFF0044, 0x398B0016, 0x005F00FF, 0x00FF6000
c222_b: dd 0x00000021, 0x00000000, 0x00FFFFFF, 0x39FF0000
c222_r: dd 0x00000000, 0xFFFE0088, 0x00000000, 0x00BE01FE
c222_n: db "psllq by 33", 0
    CODE32
    mov ebx, 222
    mov esi, LIN16(c222_r)
    mov edi, LIN16(c222_n)
    movdqa xmm1, [LIN16(c222_a)]
    movdqa xmm2, [LIN16(c222_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c222_a)]
    movdqa xmm2, [LIN16(c222_b)]
    psllq xmm1, [LIN16(c222_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c223_a: dd 0x003CFF80, 0x00BB8082, 0x0028FFF7, 0x7F6FFFC3
c223_b: dd 0x00000040, 0x00000000, 0xFF2142FF, 0xFF000000
c223_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c223_n: db "psllq by 64", 0
    CODE32
    mov ebx, 223
    mov esi, LIN16(c223_r)
    mov edi, LIN16(c223_n)
    movdqa xmm1, [LIN16(c223_a)]
    movdqa xmm2, [LIN16(c223_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c223_a)]
    movdqa xmm2, [LIN16(c223_b)]
    psllq xmm1, [LIN16(c223_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c224_a: dd 0xF4BB34AD, 0x9CDA832A, 0xBC9D59E6, 0xB6EAEB2D
c224_b: dd 0x00000001, 0x00000001, 0x80617FD5, 0xFFA0FF0D
c224_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c224_n: db "psllq by 4294967297", 0
    CODE32
    mov ebx, 224
    mov esi, LIN16(c224_r)
    mov edi, LIN16(c224_n)
    movdqa xmm1, [LIN16(c224_a)]
    movdqa xmm2, [LIN16(c224_b)]
    psllq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c224_a)]
    movdqa xmm2, [LIN16(c224_b)]
    psllq xmm1, [LIN16(c224_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c225_a: dd 0x0000FFFF, 0x80FF7F01, 0xFE7F7FFE, 0x007F80FE
c225_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c225_r: dd 0x0000FFFF, 0x80FF7F01, 0xFE7F7FFE, 0x007F80FE
c225_n: db "psllq imm 0", 0
    CODE32
    mov ebx, 225
    mov esi, LIN16(c225_r)
    mov edi, LIN16(c225_n)
    movdqa xmm1, [LIN16(c225_a)]
    movdqa xmm2, [LIN16(c225_b)]
    psllq xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c226_a: dd 0x7FFF0100, 0x80FEFF80, 0xFE817F80, 0x7FFF8001
c226_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c226_r: dd 0xFFFE0200, 0x01FDFF00, 0xFD02FF00, 0xFFFF0003
c226_n: db "psllq imm 1", 0
    CODE32
    mov ebx, 226
    mov esi, LIN16(c226_r)
    mov edi, LIN16(c226_n)
    movdqa xmm1, [LIN16(c226_a)]
    movdqa xmm2, [LIN16(c226_b)]
    psllq xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c227_a: dd 0x801B7F9C, 0x7FF8FFB9, 0xFF3C00AB, 0x7F4C7FD3
c227_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c227_r: dd 0x0DBFCE00, 0xFC7FDCC0, 0x9E005580, 0xA63FE9FF
c227_n: db "psllq imm 7", 0
    CODE32
    mov ebx, 227
    mov esi, LIN16(c227_r)
    mov edi, LIN16(c227_n)
    movdqa xmm1, [LIN16(c227_a)]
    movdqa xmm2, [LIN16(c227_b)]
    psllq xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c228_a: dd 0x00000000, 0x5F70FFD8, 0xFF0000FF, 0x00FF0069
c228_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c228_r: dd 0x00000000, 0x7FEC0000, 0x007F8000, 0x8034FF80
c228_n: db "psllq imm 15", 0
    CODE32
    mov ebx, 228
    mov esi, LIN16(c228_r)
    mov edi, LIN16(c228_n)
    movdqa xmm1, [LIN16(c228_a)]
    movdqa xmm2, [LIN16(c228_b)]
    psllq xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c229_a: dd 0xCECF9A90, 0x98ADAC6E, 0x5DD4C078, 0xE3492C0D
c229_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c229_r: dd 0x9A900000, 0xAC6ECECF, 0xC0780000, 0x2C0D5DD4
c229_n: db "psllq imm 16", 0
    CODE32
    mov ebx, 229
    mov esi, LIN16(c229_r)
    mov edi, LIN16(c229_n)
    movdqa xmm1, [LIN16(c229_a)]
    movdqa xmm2, [LIN16(c229_b)]
    psllq xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c230_a: dd 0x02578BCE, 0x5FEA18BC, 0x603D5626, 0xC42601AC
c230_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c230_r: dd 0x00000000, 0x012BC5E7, 0x00000000, 0x301EAB13
c230_n: db "psllq imm 31", 0
    CODE32
    mov ebx, 230
    mov esi, LIN16(c230_r)
    mov edi, LIN16(c230_n)
    movdqa xmm1, [LIN16(c230_a)]
    movdqa xmm2, [LIN16(c230_b)]
    psllq xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c231_a: dd 0x008080FF, 0x00FFFE01, 0xFF018101, 0xFF807FFE
c231_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c231_r: dd 0x00000000, 0x008080FF, 0x00000000, 0xFF018101
c231_n: db "psllq imm 32", 0
    CODE32
    mov ebx, 231
    mov esi, LIN16(c231_r)
    mov edi, LIN16(c231_n)
    movdqa xmm1, [LIN16(c231_a)]
    movdqa xmm2, [LIN16(c231_b)]
    psllq xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c232_a: dd 0xC60000FF, 0xFF00FF00, 0xB000FF00, 0x00DB0000
c232_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c232_r: dd 0x00000000, 0x80000000, 0x00000000, 0x00000000
c232_n: db "psllq imm 63", 0
    CODE32
    mov ebx, 232
    mov esi, LIN16(c232_r)
    mov edi, LIN16(c232_n)
    movdqa xmm1, [LIN16(c232_a)]
    movdqa xmm2, [LIN16(c232_b)]
    psllq xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c233_a: dd 0x7B0000FF, 0x00FFFF25, 0x00FFFF00, 0xFF0000FF
c233_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c233_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c233_n: db "psllq imm 64", 0
    CODE32
    mov ebx, 233
    mov esi, LIN16(c233_r)
    mov edi, LIN16(c233_n)
    movdqa xmm1, [LIN16(c233_a)]
    movdqa xmm2, [LIN16(c233_b)]
    psllq xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c234_a: dd 0xDC748B7E, 0x19B30AF6, 0xE17D66B5, 0xF60F9A17
c234_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c234_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c234_n: db "psllq imm 200", 0
    CODE32
    mov ebx, 234
    mov esi, LIN16(c234_r)
    mov edi, LIN16(c234_n)
    movdqa xmm1, [LIN16(c234_a)]
    movdqa xmm2, [LIN16(c234_b)]
    psllq xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c235_a: dd 0x81FF8180, 0xFFFEFEFE, 0xFF8181FF, 0xFEFF7F01
c235_b: dd 0x00000000, 0x00000000, 0xAD59158C, 0x0D51A080
c235_r: dd 0x81FF8180, 0xFFFEFEFE, 0xFF8181FF, 0xFEFF7F01
c235_n: db "psrlw by 0", 0
    CODE32
    mov ebx, 235
    mov esi, LIN16(c235_r)
    mov edi, LIN16(c235_n)
    movdqa xmm1, [LIN16(c235_a)]
    movdqa xmm2, [LIN16(c235_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c235_a)]
    movdqa xmm2, [LIN16(c235_b)]
    psrlw xmm1, [LIN16(c235_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c236_a: dd 0xFFFF00A2, 0x00E900FF, 0xFFFFFFFF, 0x009B3700
c236_b: dd 0x00000003, 0x00000000, 0x1BFFFFFF, 0xFF000DF9
c236_r: dd 0x1FFF0014, 0x001D001F, 0x1FFF1FFF, 0x001306E0
c236_n: db "psrlw by 3", 0
    CODE32
    mov ebx, 236
    mov esi, LIN16(c236_r)
    mov edi, LIN16(c236_n)
    movdqa xmm1, [LIN16(c236_a)]
    movdqa xmm2, [LIN16(c236_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c236_a)]
    movdqa xmm2, [LIN16(c236_b)]
    psrlw xmm1, [LIN16(c236_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c237_a: dd 0x4BFF0000, 0xFF00BE01, 0x00D1FFFF, 0x00FFEBFF
c237_b: dd 0x0000000F, 0x00000000, 0x00FB80EA, 0x803180AE
c237_r: dd 0x00000000, 0x00010001, 0x00000001, 0x00000001
c237_n: db "psrlw by 15", 0
    CODE32
    mov ebx, 237
    mov esi, LIN16(c237_r)
    mov edi, LIN16(c237_n)
    movdqa xmm1, [LIN16(c237_a)]
    movdqa xmm2, [LIN16(c237_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c237_a)]
    movdqa xmm2, [LIN16(c237_b)]
    psrlw xmm1, [LIN16(c237_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c238_a: dd 0xFF000000, 0x0F8700FF, 0xFF00FF8C, 0x00002D92
c238_b: dd 0x00000010, 0x00000000, 0x4FD0B4DD, 0x129B8743
c238_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c238_n: db "psrlw by 16", 0
    CODE32
    mov ebx, 238
    mov esi, LIN16(c238_r)
    mov edi, LIN16(c238_n)
    movdqa xmm1, [LIN16(c238_a)]
    movdqa xmm2, [LIN16(c238_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c238_a)]
    movdqa xmm2, [LIN16(c238_b)]
    psrlw xmm1, [LIN16(c238_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c239_a: dd 0x10B366B1, 0xAA343D03, 0xAFA0576E, 0xC7670D52
c239_b: dd 0x0000001F, 0x00000000, 0x81800001, 0xFF0100FE
c239_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c239_n: db "psrlw by 31", 0
    CODE32
    mov ebx, 239
    mov esi, LIN16(c239_r)
    mov edi, LIN16(c239_n)
    movdqa xmm1, [LIN16(c239_a)]
    movdqa xmm2, [LIN16(c239_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c239_a)]
    movdqa xmm2, [LIN16(c239_b)]
    psrlw xmm1, [LIN16(c239_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c240_a: dd 0xCA544469, 0xE7F29CD6, 0x619CD342, 0x93190ECF
c240_b: dd 0x00000021, 0x00000000, 0xF2D0DB48, 0xF1A491AF
c240_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c240_n: db "psrlw by 33", 0
    CODE32
    mov ebx, 240
    mov esi, LIN16(c240_r)
    mov edi, LIN16(c240_n)
    movdqa xmm1, [LIN16(c240_a)]
    movdqa xmm2, [LIN16(c240_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c240_a)]
    movdqa xmm2, [LIN16(c240_b)]
    psrlw xmm1, [LIN16(c240_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c241_a: dd 0xCB3F8C7B, 0xC4875E13, 0xDE8A19D8, 0x41A7BBDB
c241_b: dd 0x00000040, 0x00000000, 0x0DEE416D, 0x250EFEB6
c241_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c241_n: db "psrlw by 64", 0
    CODE32
    mov ebx, 241
    mov esi, LIN16(c241_r)
    mov edi, LIN16(c241_n)
    movdqa xmm1, [LIN16(c241_a)]
    movdqa xmm2, [LIN16(c241_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c241_a)]
    movdqa xmm2, [LIN16(c241_b)]
    psrlw xmm1, [LIN16(c241_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c242_a: dd 0xFFEC0094, 0xB063FF00, 0x0600FFD7, 0x001200FF
c242_b: dd 0x00000001, 0x00000001, 0x7F8180FF, 0x7F000001
c242_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c242_n: db "psrlw by 4294967297", 0
    CODE32
    mov ebx, 242
    mov esi, LIN16(c242_r)
    mov edi, LIN16(c242_n)
    movdqa xmm1, [LIN16(c242_a)]
    movdqa xmm2, [LIN16(c242_b)]
    psrlw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c242_a)]
    movdqa xmm2, [LIN16(c242_b)]
    psrlw xmm1, [LIN16(c242_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c243_a: dd 0x00FFFF00, 0xFFFFFFFF, 0x00C535A3, 0xFF0000FF
c243_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c243_r: dd 0x00FFFF00, 0xFFFFFFFF, 0x00C535A3, 0xFF0000FF
c243_n: db "psrlw imm 0", 0
    CODE32
    mov ebx, 243
    mov esi, LIN16(c243_r)
    mov edi, LIN16(c243_n)
    movdqa xmm1, [LIN16(c243_a)]
    movdqa xmm2, [LIN16(c243_b)]
    psrlw xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c244_a: dd 0x0101FFFE, 0x01807FFF, 0x80018100, 0x01007F7F
c244_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c244_r: dd 0x00807FFF, 0x00C03FFF, 0x40004080, 0x00803FBF
c244_n: db "psrlw imm 1", 0
    CODE32
    mov ebx, 244
    mov esi, LIN16(c244_r)
    mov edi, LIN16(c244_n)
    movdqa xmm1, [LIN16(c244_a)]
    movdqa xmm2, [LIN16(c244_b)]
    psrlw xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c245_a: dd 0x3CF33F35, 0x0276EA94, 0xC812224A, 0xEEE54A77
c245_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c245_r: dd 0x0079007E, 0x000401D5, 0x01900044, 0x01DD0094
c245_n: db "psrlw imm 7", 0
    CODE32
    mov ebx, 245
    mov esi, LIN16(c245_r)
    mov edi, LIN16(c245_n)
    movdqa xmm1, [LIN16(c245_a)]
    movdqa xmm2, [LIN16(c245_b)]
    psrlw xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c246_a: dd 0x00FE0052, 0x80F67FB8, 0xFF2B7FFF, 0xFFCAFF88
c246_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c246_r: dd 0x00000000, 0x00010000, 0x00010000, 0x00010001
c246_n: db "psrlw imm 15", 0
    CODE32
    mov ebx, 246
    mov esi, LIN16(c246_r)
    mov edi, LIN16(c246_n)
    movdqa xmm1, [LIN16(c246_a)]
    movdqa xmm2, [LIN16(c246_b)]
    psrlw xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c247_a: dd 0x97F5A19E, 0x1CA71C16, 0x20C51490, 0xAFC1AB8F
c247_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c247_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c247_n: db "psrlw imm 16", 0
    CODE32
    mov ebx, 247
    mov esi, LIN16(c247_r)
    mov edi, LIN16(c247_n)
    movdqa xmm1, [LIN16(c247_a)]
    movdqa xmm2, [LIN16(c247_b)]
    psrlw xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c248_a: dd 0x00D9FF0B, 0x80F6FF57, 0x7F8A805E, 0x000C803C
c248_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c248_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c248_n: db "psrlw imm 31", 0
    CODE32
    mov ebx, 248
    mov esi, LIN16(c248_r)
    mov edi, LIN16(c248_n)
    movdqa xmm1, [LIN16(c248_a)]
    movdqa xmm2, [LIN16(c248_b)]
    psrlw xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c249_a: dd 0x63B1D156, 0xE08C5245, 0x1EF364A0, 0xD2E6FC30
c249_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c249_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c249_n: db "psrlw imm 32", 0
    CODE32
    mov ebx, 249
    mov esi, LIN16(c249_r)
    mov edi, LIN16(c249_n)
    movdqa xmm1, [LIN16(c249_a)]
    movdqa xmm2, [LIN16(c249_b)]
    psrlw xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c250_a: dd 0x9F78B689, 0x5D19859D, 0x19F51A5B, 0x5DC94177
c250_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c250_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c250_n: db "psrlw imm 63", 0
    CODE32
    mov ebx, 250
    mov esi, LIN16(c250_r)
    mov edi, LIN16(c250_n)
    movdqa xmm1, [LIN16(c250_a)]
    movdqa xmm2, [LIN16(c250_b)]
    psrlw xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c251_a: dd 0xB8C2977F, 0x4B0AA7DE, 0x9529A74D, 0x59F2BFC4
c251_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c251_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c251_n: db "psrlw imm 64", 0
    CODE32
    mov ebx, 251
    mov esi, LIN16(c251_r)
    mov edi, LIN16(c251_n)
    movdqa xmm1, [LIN16(c251_a)]
    movdqa xmm2, [LIN16(c251_b)]
    psrlw xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c252_a: dd 0xBED400D8, 0xE7060073, 0xC9FF3500, 0x0000FF97
c252_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c252_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c252_n: db "psrlw imm 200", 0
    CODE32
    mov ebx, 252
    mov esi, LIN16(c252_r)
    mov edi, LIN16(c252_n)
    movdqa xmm1, [LIN16(c252_a)]
    movdqa xmm2, [LIN16(c252_b)]
    psrlw xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c253_a: dd 0x7FFFFF00, 0xFE807FFE, 0xFEFEFE81, 0x81018101
c253_b: dd 0x00000000, 0x00000000, 0xFE01817F, 0x7F00FE01
c253_r: dd 0x7FFFFF00, 0xFE807FFE, 0xFEFEFE81, 0x81018101
c253_n: db "psrld by 0", 0
    CODE32
    mov ebx, 253
    mov esi, LIN16(c253_r)
    mov edi, LIN16(c253_n)
    movdqa xmm1, [LIN16(c253_a)]
    movdqa xmm2, [LIN16(c253_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c253_a)]
    movdqa xmm2, [LIN16(c253_b)]
    psrld xmm1, [LIN16(c253_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c254_a: dd 0x54B6459F, 0x6527B28E, 0xB42B7EDD, 0x79EE7175
c254_b: dd 0x00000003, 0x00000000, 0xFF6E00D6, 0x00B88005
c254_r: dd 0x0A96C8B3, 0x0CA4F651, 0x16856FDB, 0x0F3DCE2E
c254_n: db "psrld by 3", 0
    CODE32
    mov ebx, 254
    mov esi, LIN16(c254_r)
    mov edi, LIN16(c254_n)
    movdqa xmm1, [LIN16(c254_a)]
    movdqa xmm2, [LIN16(c254_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c254_a)]
    movdqa xmm2, [LIN16(c254_b)]
    psrld xmm1, [LIN16(c254_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c255_a: dd 0x81008100, 0xFE80FE80, 0x01FFFF01, 0x80010081
c255_b: dd 0x0000000F, 0x00000000, 0x2FFC9294, 0x6D69AFCE
c255_r: dd 0x00010201, 0x0001FD01, 0x000003FF, 0x00010002
c255_n: db "psrld by 15", 0
    CODE32
    mov ebx, 255
    mov esi, LIN16(c255_r)
    mov edi, LIN16(c255_n)
    movdqa xmm1, [LIN16(c255_a)]
    movdqa xmm2, [LIN16(c255_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c255_a)]
    movdqa xmm2, [LIN16(c255_b)]
    psrld xmm1, [LIN16(c255_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c256_a: dd 0x540151D1, 0xDEDACABE, 0x4A18C297, 0xFD0C727E
c256_b: dd 0x00000010, 0x00000000, 0xDAF1836E, 0x4D651B30
c256_r: dd 0x00005401, 0x0000DEDA, 0x00004A18, 0x0000FD0C
c256_n: db "psrld by 16", 0
    CODE32
    mov ebx, 256
    mov esi, LIN16(c256_r)
    mov edi, LIN16(c256_n)
    movdqa xmm1, [LIN16(c256_a)]
    movdqa xmm2, [LIN16(c256_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c256_a)]
    movdqa xmm2, [LIN16(c256_b)]
    psrld xmm1, [LIN16(c256_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c257_a: dd 0x81800001, 0x01FE80FE, 0x00007FFE, 0xFFFE0180
c257_b: dd 0x0000001F, 0x00000000, 0xA5C7FF00, 0xD400FFFF
c257_r: dd 0x00000001, 0x00000000, 0x00000000, 0x00000001
c257_n: db "psrld by 31", 0
    CODE32
    mov ebx, 257
    mov esi, LIN16(c257_r)
    mov edi, LIN16(c257_n)
    movdqa xmm1, [LIN16(c257_a)]
    movdqa xmm2, [LIN16(c257_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c257_a)]
    movdqa xmm2, [LIN16(c257_b)]
    psrld xmm1, [LIN16(c257_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c258_a: dd 0x7F0E80D2, 0x7FB90074, 0xFFC77FAD, 0x00F17FFB
c258_b: dd 0x00000021, 0x00000000, 0xFF00FFFF, 0x00FF00FF
c258_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c258_n: db "psrld by 33", 0
    CODE32
    mov ebx, 258
    mov esi, LIN16(c258_r)
    mov edi, LIN16(c258_n)
    movdqa xmm1, [LIN16(c258_a)]
    movdqa xmm2, [LIN16(c258_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c258_a)]
    movdqa xmm2, [LIN16(c258_b)]
    psrld xmm1, [LIN16(c258_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c259_a: dd 0x803C0024, 0xFF787F9D, 0x001A80B5, 0x00177F43
c259_b: dd 0x00000040, 0x00000000, 0xEB153825, 0xBB00DE4E
c259_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c259_n: db "psrld by 64", 0
    CODE32
    mov ebx, 259
    mov esi, LIN16(c259_r)
    mov edi, LIN16(c259_n)
    movdqa xmm1, [LIN16(c259_a)]
    movdqa xmm2, [LIN16(c259_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c259_a)]
    movdqa xmm2, [LIN16(c259_b)]
    psrld xmm1, [LIN16(c259_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c260_a: dd 0xFF00FF00, 0x000CFFF7, 0xFF4EF0D0, 0x009BFFFF
c260_b: dd 0x00000001, 0x00000001, 0xCE139770, 0x2993CCC2
c260_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c260_n: db "psrld by 4294967297", 0
    CODE32
    mov ebx, 260
    mov esi, LIN16(c260_r)
    mov edi, LIN16(c260_n)
    movdqa xmm1, [LIN16(c260_a)]
    movdqa xmm2, [LIN16(c260_b)]
    psrld xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c260_a)]
    movdqa xmm2, [LIN16(c260_b)]
    psrld xmm1, [LIN16(c260_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c261_a: dd 0x817F7FFE, 0x8081FE81, 0xFF80FFFE, 0x8180807F
c261_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c261_r: dd 0x817F7FFE, 0x8081FE81, 0xFF80FFFE, 0x8180807F
c261_n: db "psrld imm 0", 0
    CODE32
    mov ebx, 261
    mov esi, LIN16(c261_r)
    mov edi, LIN16(c261_n)
    movdqa xmm1, [LIN16(c261_a)]
    movdqa xmm2, [LIN16(c261_b)]
    psrld xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c262_a: dd 0x5BDAF433, 0x3AE7F1EB, 0xD69C9779, 0x6744BC9C
c262_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c262_r: dd 0x2DED7A19, 0x1D73F8F5, 0x6B4E4BBC, 0x33A25E4E
c262_n: db "psrld imm 1", 0
    CODE32
    mov ebx, 262
    mov esi, LIN16(c262_r)
    mov edi, LIN16(c262_n)
    movdqa xmm1, [LIN16(c262_a)]
    movdqa xmm2, [LIN16(c262_b)]
    psrld xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c263_a: dd 0x00000000, 0x000000FF, 0xFFFF5900, 0xFFFFFF00
c263_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c263_r: dd 0x00000000, 0x00000001, 0x01FFFEB2, 0x01FFFFFE
c263_n: db "psrld imm 7", 0
    CODE32
    mov ebx, 263
    mov esi, LIN16(c263_r)
    mov edi, LIN16(c263_n)
    movdqa xmm1, [LIN16(c263_a)]
    movdqa xmm2, [LIN16(c263_b)]
    psrld xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c264_a: dd 0x0030009F, 0x7FDB005E, 0x7FD47FA6, 0xFF18FF82
c264_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c264_r: dd 0x00000060, 0x0000FFB6, 0x0000FFA8, 0x0001FE31
c264_n: db "psrld imm 15", 0
    CODE32
    mov ebx, 264
    mov esi, LIN16(c264_r)
    mov edi, LIN16(c264_n)
    movdqa xmm1, [LIN16(c264_a)]
    movdqa xmm2, [LIN16(c264_b)]
    psrld xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c265_a: dd 0xFFFF0FFF, 0x83FF0000, 0xFFFF2FF7, 0x0011FF25
c265_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c265_r: dd 0x0000FFFF, 0x000083FF, 0x0000FFFF, 0x00000011
c265_n: db "psrld imm 16", 0
    CODE32
    mov ebx, 265
    mov esi, LIN16(c265_r)
    mov edi, LIN16(c265_n)
    movdqa xmm1, [LIN16(c265_a)]
    movdqa xmm2, [LIN16(c265_b)]
    psrld xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c266_a: dd 0x0033B000, 0x995E0020, 0xF2A900FF, 0xFFFFFFA6
c266_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c266_r: dd 0x00000000, 0x00000001, 0x00000001, 0x00000001
c266_n: db "psrld imm 31", 0
    CODE32
    mov ebx, 266
    mov esi, LIN16(c266_r)
    mov edi, LIN16(c266_n)
    movdqa xmm1, [LIN16(c266_a)]
    movdqa xmm2, [LIN16(c266_b)]
    psrld xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c267_a: dd 0x807F80FE, 0x81818100, 0x01010080, 0x01010080
c267_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c267_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c267_n: db "psrld imm 32", 0
    CODE32
    mov ebx, 267
    mov esi, LIN16(c267_r)
    mov edi, LIN16(c267_n)
    movdqa xmm1, [LIN16(c267_a)]
    movdqa xmm2, [LIN16(c267_b)]
    psrld xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c268_a: dd 0xFFFF0071, 0xFFFF0000, 0x00FFDD62, 0x00BEFF0E
c268_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c268_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c268_n: db "psrld imm 63", 0
    CODE32
    mov ebx, 268
    mov esi, LIN16(c268_r)
    mov edi, LIN16(c268_n)
    movdqa xmm1, [LIN16(c268_a)]
    movdqa xmm2, [LIN16(c268_b)]
    psrld xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c269_a: dd 0xEE8C1FDE, 0x5A5030C4, 0x580260B8, 0x8F7172EC
c269_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c269_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c269_n: db "psrld imm 64", 0
    CODE32
    mov ebx, 269
    mov esi, LIN16(c269_r)
    mov edi, LIN16(c269_n)
    movdqa xmm1, [LIN16(c269_a)]
    movdqa xmm2, [LIN16(c269_b)]
    psrld xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c270_a: dd 0xFF807F81, 0x00FEFF00, 0xFE810001, 0x0080FE80
c270_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c270_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c270_n: db "psrld imm 200", 0
    CODE32
    mov ebx, 270
    mov esi, LIN16(c270_r)
    mov edi, LIN16(c270_n)
    movdqa xmm1, [LIN16(c270_a)]
    movdqa xmm2, [LIN16(c270_b)]
    psrld xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c271_a: dd 0xF65A7966, 0x1CC4C54F, 0x6FD02B25, 0x6CFAE7B9
c271_b: dd 0x00000000, 0x00000000, 0xF820960A, 0xB31157E5
c271_r: dd 0xF65A7966, 0x1CC4C54F, 0x6FD02B25, 0x6CFAE7B9
c271_n: db "psrlq by 0", 0
    CODE32
    mov ebx, 271
    mov esi, LIN16(c271_r)
    mov edi, LIN16(c271_n)
    movdqa xmm1, [LIN16(c271_a)]
    movdqa xmm2, [LIN16(c271_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c271_a)]
    movdqa xmm2, [LIN16(c271_b)]
    psrlq xmm1, [LIN16(c271_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c272_a: dd 0x7C9D8E51, 0xE2210E3D, 0x822DF17E, 0x1D254C15
c272_b: dd 0x00000003, 0x00000000, 0x007F0180, 0x01FE7FFE
c272_r: dd 0xAF93B1CA, 0x1C4421C7, 0xB045BE2F, 0x03A4A982
c272_n: db "psrlq by 3", 0
    CODE32
    mov ebx, 272
    mov esi, LIN16(c272_r)
    mov edi, LIN16(c272_n)
    movdqa xmm1, [LIN16(c272_a)]
    movdqa xmm2, [LIN16(c272_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c272_a)]
    movdqa xmm2, [LIN16(c272_b)]
    psrlq xmm1, [LIN16(c272_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c273_a: dd 0xCF7F3AB4, 0x00A3F5FF, 0xFFFF0000, 0x73FFEC00
c273_b: dd 0x0000000F, 0x00000000, 0x00F600E4, 0x7FC5807C
c273_r: dd 0xEBFF9EFE, 0x00000147, 0xD801FFFE, 0x0000E7FF
c273_n: db "psrlq by 15", 0
    CODE32
    mov ebx, 273
    mov esi, LIN16(c273_r)
    mov edi, LIN16(c273_n)
    movdqa xmm1, [LIN16(c273_a)]
    movdqa xmm2, [LIN16(c273_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c273_a)]
    movdqa xmm2, [LIN16(c273_b)]
    psrlq xmm1, [LIN16(c273_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c274_a: dd 0x0000FFFF, 0x7FFFFEFF, 0x00FEFFFE, 0xFE0080FE
c274_b: dd 0x00000010, 0x00000000, 0x8A2BDB10, 0x9708A597
c274_r: dd 0xFEFF0000, 0x00007FFF, 0x80FE00FE, 0x0000FE00
c274_n: db "psrlq by 16", 0
    CODE32
    mov ebx, 274
    mov esi, LIN16(c274_r)
    mov edi, LIN16(c274_n)
    movdqa xmm1, [LIN16(c274_a)]
    movdqa xmm2, [LIN16(c274_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c274_a)]
    movdqa xmm2, [LIN16(c274_b)]
    psrlq xmm1, [LIN16(c274_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c275_a: dd 0x000000FF, 0xFF00CB00, 0x52FFFFFF, 0x00EBE0EE
c275_b: dd 0x0000001F, 0x00000000, 0x0000FF00, 0x862D0084
c275_r: dd 0xFE019600, 0x00000001, 0x01D7C1DC, 0x00000000
c275_n: db "psrlq by 31", 0
    CODE32
    mov ebx, 275
    mov esi, LIN16(c275_r)
    mov edi, LIN16(c275_n)
    movdqa xmm1, [LIN16(c275_a)]
    movdqa xmm2, [LIN16(c275_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c275_a)]
    movdqa xmm2, [LIN16(c275_b)]
    psrlq xmm1, [LIN16(c275_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c276_a: dd 0x7927BCB5, 0x8C6A6499, 0x14CABEEB, 0x37F2D632
c276_b: dd 0x00000021, 0x00000000, 0xFF800100, 0xFF01FF80
c276_r: dd 0x4635324C, 0x00000000, 0x1BF96B19, 0x00000000
c276_n: db "psrlq by 33", 0
    CODE32
    mov ebx, 276
    mov esi, LIN16(c276_r)
    mov edi, LIN16(c276_n)
    movdqa xmm1, [LIN16(c276_a)]
    movdqa xmm2, [LIN16(c276_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c276_a)]
    movdqa xmm2, [LIN16(c276_b)]
    psrlq xmm1, [LIN16(c276_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c277_a: dd 0x8080FE01, 0xFF80017F, 0xFF7F81FF, 0x0080FF01
c277_b: dd 0x00000040, 0x00000000, 0x6B83859E, 0x9FBC7EAF
c277_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c277_n: db "psrlq by 64", 0
    CODE32
    mov ebx, 277
    mov esi, LIN16(c277_r)
    mov edi, LIN16(c277_n)
    movdqa xmm1, [LIN16(c277_a)]
    movdqa xmm2, [LIN16(c277_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c277_a)]
    movdqa xmm2, [LIN16(c277_b)]
    psrlq xmm1, [LIN16(c277_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c278_a: dd 0xE0FFFFFF, 0xFF000000, 0x7900FF00, 0x00FF8D00
c278_b: dd 0x00000001, 0x00000001, 0xAF84683B, 0xC1F3E1F0
c278_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c278_n: db "psrlq by 4294967297", 0
    CODE32
    mov ebx, 278
    mov esi, LIN16(c278_r)
    mov edi, LIN16(c278_n)
    movdqa xmm1, [LIN16(c278_a)]
    movdqa xmm2, [LIN16(c278_b)]
    psrlq xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c278_a)]
    movdqa xmm2, [LIN16(c278_b)]
    psrlq xmm1, [LIN16(c278_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c279_a: dd 0xFF017F01, 0x01FE00FE, 0x7F810180, 0x80FF8080
c279_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c279_r: dd 0xFF017F01, 0x01FE00FE, 0x7F810180, 0x80FF8080
c279_n: db "psrlq imm 0", 0
    CODE32
    mov ebx, 279
    mov esi, LIN16(c279_r)
    mov edi, LIN16(c279_n)
    movdqa xmm1, [LIN16(c279_a)]
    movdqa xmm2, [LIN16(c279_b)]
    psrlq xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c280_a: dd 0x608DFF00, 0x00920080, 0xFF89A9FF, 0xFFBD00FF
c280_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c280_r: dd 0x3046FF80, 0x00490040, 0xFFC4D4FF, 0x7FDE807F
c280_n: db "psrlq imm 1", 0
    CODE32
    mov ebx, 280
    mov esi, LIN16(c280_r)
    mov edi, LIN16(c280_n)
    movdqa xmm1, [LIN16(c280_a)]
    movdqa xmm2, [LIN16(c280_b)]
    psrlq xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c281_a: dd 0xE5FE527B, 0x3D1E19B7, 0xF8194EE4, 0xF7359C1D
c281_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c281_r: dd 0x6FCBFCA4, 0x007A3C33, 0x3BF0329D, 0x01EE6B38
c281_n: db "psrlq imm 7", 0
    CODE32
    mov ebx, 281
    mov esi, LIN16(c281_r)
    mov edi, LIN16(c281_n)
    movdqa xmm1, [LIN16(c281_a)]
    movdqa xmm2, [LIN16(c281_b)]
    psrlq xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c282_a: dd 0xFFFFFFFF, 0xFFCB57FF, 0xFF0000FF, 0x000095FF
c282_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c282_r: dd 0xAFFFFFFF, 0x0001FF96, 0x2BFFFE00, 0x00000001
c282_n: db "psrlq imm 15", 0
    CODE32
    mov ebx, 282
    mov esi, LIN16(c282_r)
    mov edi, LIN16(c282_n)
    movdqa xmm1, [LIN16(c282_a)]
    movdqa xmm2, [LIN16(c282_b)]
    psrlq xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c283_a: dd 0xFF00FFFF, 0xFFFF00FF, 0x5C4BB35A, 0xFF96FF00
c283_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c283_r: dd 0x00FFFF00, 0x0000FFFF, 0xFF005C4B, 0x0000FF96
c283_n: db "psrlq imm 16", 0
    CODE32
    mov ebx, 283
    mov esi, LIN16(c283_r)
    mov edi, LIN16(c283_n)
    movdqa xmm1, [LIN16(c283_a)]
    movdqa xmm2, [LIN16(c283_b)]
    psrlq xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c284_a: dd 0xFF033BA2, 0xFFFF0000, 0x00FF94FF, 0xE50000FF
c284_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c284_r: dd 0xFFFE0001, 0x00000001, 0xCA0001FE, 0x00000001
c284_n: db "psrlq imm 31", 0
    CODE32
    mov ebx, 284
    mov esi, LIN16(c284_r)
    mov edi, LIN16(c284_n)
    movdqa xmm1, [LIN16(c284_a)]
    movdqa xmm2, [LIN16(c284_b)]
    psrlq xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c285_a: dd 0x7F7F7F81, 0x8181007F, 0x81FEFEFF, 0x00007FFF
c285_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c285_r: dd 0x8181007F, 0x00000000, 0x00007FFF, 0x00000000
c285_n: db "psrlq imm 32", 0
    CODE32
    mov ebx, 285
    mov esi, LIN16(c285_r)
    mov edi, LIN16(c285_n)
    movdqa xmm1, [LIN16(c285_a)]
    movdqa xmm2, [LIN16(c285_b)]
    psrlq xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c286_a: dd 0xFFFF0080, 0x7F7FFE81, 0x7F80007F, 0xFFFFFF81
c286_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c286_r: dd 0x00000000, 0x00000000, 0x00000001, 0x00000000
c286_n: db "psrlq imm 63", 0
    CODE32
    mov ebx, 286
    mov esi, LIN16(c286_r)
    mov edi, LIN16(c286_n)
    movdqa xmm1, [LIN16(c286_a)]
    movdqa xmm2, [LIN16(c286_b)]
    psrlq xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c287_a: dd 0xFE800180, 0x80000001, 0x0080FFFE, 0x00817F80
c287_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c287_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c287_n: db "psrlq imm 64", 0
    CODE32
    mov ebx, 287
    mov esi, LIN16(c287_r)
    mov edi, LIN16(c287_n)
    movdqa xmm1, [LIN16(c287_a)]
    movdqa xmm2, [LIN16(c287_b)]
    psrlq xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c288_a: dd 0x33F67CED, 0x56AC0BD4, 0x8668FEC3, 0x994D0255
c288_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c288_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c288_n: db "psrlq imm 200", 0
    CODE32
    mov ebx, 288
    mov esi, LIN16(c288_r)
    mov edi, LIN16(c288_n)
    movdqa xmm1, [LIN16(c288_a)]
    movdqa xmm2, [LIN16(c288_b)]
    psrlq xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c289_a: dd 0xB7C756FF, 0x4700FFFF, 0xBA00B1AD, 0xFFCDFFFF
c289_b: dd 0x00000000, 0x00000000, 0x0001FE00, 0x017F0001
c289_r: dd 0xB7C756FF, 0x4700FFFF, 0xBA00B1AD, 0xFFCDFFFF
c289_n: db "psraw by 0", 0
    CODE32
    mov ebx, 289
    mov esi, LIN16(c289_r)
    mov edi, LIN16(c289_n)
    movdqa xmm1, [LIN16(c289_a)]
    movdqa xmm2, [LIN16(c289_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c289_a)]
    movdqa xmm2, [LIN16(c289_b)]
    psraw xmm1, [LIN16(c289_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c290_a: dd 0x7FB20037, 0x807BFF35, 0x7F3E0088, 0xFF2EFFD7
c290_b: dd 0x00000003, 0x00000000, 0x7FD17FC0, 0x805D8059
c290_r: dd 0x0FF60006, 0xF00FFFE6, 0x0FE70011, 0xFFE5FFFA
c290_n: db "psraw by 3", 0
    CODE32
    mov ebx, 290
    mov esi, LIN16(c290_r)
    mov edi, LIN16(c290_n)
    movdqa xmm1, [LIN16(c290_a)]
    movdqa xmm2, [LIN16(c290_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c290_a)]
    movdqa xmm2, [LIN16(c290_b)]
    psraw xmm1, [LIN16(c290_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c291_a: dd 0xB65A34DE, 0xC822FB68, 0xDC91B831, 0x4857CB28
c291_b: dd 0x0000000F, 0x00000000, 0x7F80FF00, 0x017F80FE
c291_r: dd 0xFFFF0000, 0xFFFFFFFF, 0xFFFFFFFF, 0x0000FFFF
c291_n: db "psraw by 15", 0
    CODE32
    mov ebx, 291
    mov esi, LIN16(c291_r)
    mov edi, LIN16(c291_n)
    movdqa xmm1, [LIN16(c291_a)]
    movdqa xmm2, [LIN16(c291_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c291_a)]
    movdqa xmm2, [LIN16(c291_b)]
    psraw xmm1, [LIN16(c291_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c292_a: dd 0x80DB7F5E, 0x0077FFD7, 0x80BDFFE4, 0x80327F6B
c292_b: dd 0x00000010, 0x00000000, 0x7FBD8080, 0x7FBC804D
c292_r: dd 0xFFFF0000, 0x0000FFFF, 0xFFFFFFFF, 0xFFFF0000
c292_n: db "psraw by 16", 0
    CODE32
    mov ebx, 292
    mov esi, LIN16(c292_r)
    mov edi, LIN16(c292_n)
    movdqa xmm1, [LIN16(c292_a)]
    movdqa xmm2, [LIN16(c292_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c292_a)]
    movdqa xmm2, [LIN16(c292_b)]
    psraw xmm1, [LIN16(c292_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c293_a: dd 0x00D2FF81, 0x007F00FF, 0x4E42FF16, 0xC0FFFF65
c293_b: dd 0x0000001F, 0x00000000, 0x7F6DFFC2, 0x7FDB000C
c293_r: dd 0x0000FFFF, 0x00000000, 0x0000FFFF, 0xFFFFFFFF
c293_n: db "psraw by 31", 0
    CODE32
    mov ebx, 293
    mov esi, LIN16(c293_r)
    mov edi, LIN16(c293_n)
    movdqa xmm1, [LIN16(c293_a)]
    movdqa xmm2, [LIN16(c293_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c293_a)]
    movdqa xmm2, [LIN16(c293_b)]
    psraw xmm1, [LIN16(c293_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c294_a: dd 0x51E05E68, 0x12F68FDA, 0x2CD13401, 0x16BCDAE5
c294_b: dd 0x00000021, 0x00000000, 0xC6003A10, 0xFFFF0000
c294_r: dd 0x00000000, 0x0000FFFF, 0x00000000, 0x0000FFFF
c294_n: db "psraw by 33", 0
    CODE32
    mov ebx, 294
    mov esi, LIN16(c294_r)
    mov edi, LIN16(c294_n)
    movdqa xmm1, [LIN16(c294_a)]
    movdqa xmm2, [LIN16(c294_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c294_a)]
    movdqa xmm2, [LIN16(c294_b)]
    psraw xmm1, [LIN16(c294_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c295_a: dd 0x4C0000FF, 0x36FF0000, 0x3300FF00, 0xFFFF00CE
c295_b: dd 0x00000040, 0x00000000, 0x80007F00, 0x7F017F7F
c295_r: dd 0x00000000, 0x00000000, 0x0000FFFF, 0xFFFF0000
c295_n: db "psraw by 64", 0
    CODE32
    mov ebx, 295
    mov esi, LIN16(c295_r)
    mov edi, LIN16(c295_n)
    movdqa xmm1, [LIN16(c295_a)]
    movdqa xmm2, [LIN16(c295_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c295_a)]
    movdqa xmm2, [LIN16(c295_b)]
    psraw xmm1, [LIN16(c295_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c296_a: dd 0x140000FB, 0x0059FFB8, 0xFF000000, 0xFFE98C73
c296_b: dd 0x00000001, 0x00000001, 0x7F138092, 0x801C00E8
c296_r: dd 0x00000000, 0x0000FFFF, 0xFFFF0000, 0xFFFFFFFF
c296_n: db "psraw by 4294967297", 0
    CODE32
    mov ebx, 296
    mov esi, LIN16(c296_r)
    mov edi, LIN16(c296_n)
    movdqa xmm1, [LIN16(c296_a)]
    movdqa xmm2, [LIN16(c296_b)]
    psraw xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c296_a)]
    movdqa xmm2, [LIN16(c296_b)]
    psraw xmm1, [LIN16(c296_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c297_a: dd 0x01FE81FE, 0x01800080, 0xFE017FFE, 0x81018000
c297_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c297_r: dd 0x01FE81FE, 0x01800080, 0xFE017FFE, 0x81018000
c297_n: db "psraw imm 0", 0
    CODE32
    mov ebx, 297
    mov esi, LIN16(c297_r)
    mov edi, LIN16(c297_n)
    movdqa xmm1, [LIN16(c297_a)]
    movdqa xmm2, [LIN16(c297_b)]
    psraw xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c298_a: dd 0x50DE11FD, 0xA8C2F6C0, 0x603B1964, 0x770C1E0E
c298_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c298_r: dd 0x286F08FE, 0xD461FB60, 0x301D0CB2, 0x3B860F07
c298_n: db "psraw imm 1", 0
    CODE32
    mov ebx, 298
    mov esi, LIN16(c298_r)
    mov edi, LIN16(c298_n)
    movdqa xmm1, [LIN16(c298_a)]
    movdqa xmm2, [LIN16(c298_b)]
    psraw xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c299_a: dd 0x7F9980BE, 0xFF6F00A6, 0x8099809D, 0x7FE7FF37
c299_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c299_r: dd 0x00FFFF01, 0xFFFE0001, 0xFF01FF01, 0x00FFFFFE
c299_n: db "psraw imm 7", 0
    CODE32
    mov ebx, 299
    mov esi, LIN16(c299_r)
    mov edi, LIN16(c299_n)
    movdqa xmm1, [LIN16(c299_a)]
    movdqa xmm2, [LIN16(c299_b)]
    psraw xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c300_a: dd 0xFFFEFEFF, 0xFF7F0101, 0x7F800080, 0x80FE0081
c300_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c300_r: dd 0xFFFFFFFF, 0xFFFF0000, 0x00000000, 0xFFFF0000
c300_n: db "psraw imm 15", 0
    CODE32
    mov ebx, 300
    mov esi, LIN16(c300_r)
    mov edi, LIN16(c300_n)
    movdqa xmm1, [LIN16(c300_a)]
    movdqa xmm2, [LIN16(c300_b)]
    psraw xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c301_a: dd 0xFFFF7FFE, 0xFEFEFE80, 0xFE0081FF, 0xFE810001
c301_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c301_r: dd 0xFFFF0000, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFF0000
c301_n: db "psraw imm 16", 0
    CODE32
    mov ebx, 301
    mov esi, LIN16(c301_r)
    mov edi, LIN16(c301_n)
    movdqa xmm1, [LIN16(c301_a)]
    movdqa xmm2, [LIN16(c301_b)]
    psraw xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c302_a: dd 0x7FFF8000, 0x81810181, 0xFEFE81FF, 0x00017F80
c302_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c302_r: dd 0x0000FFFF, 0xFFFF0000, 0xFFFFFFFF, 0x00000000
c302_n: db "psraw imm 31", 0
    CODE32
    mov ebx, 302
    mov esi, LIN16(c302_r)
    mov edi, LIN16(c302_n)
    movdqa xmm1, [LIN16(c302_a)]
    movdqa xmm2, [LIN16(c302_b)]
    psraw xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c303_a: dd 0x7F807F01, 0xFE80017F, 0x7F01007F, 0x7FFF7F80
c303_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c303_r: dd 0x00000000, 0xFFFF0000, 0x00000000, 0x00000000
c303_n: db "psraw imm 32", 0
    CODE32
    mov ebx, 303
    mov esi, LIN16(c303_r)
    mov edi, LIN16(c303_n)
    movdqa xmm1, [LIN16(c303_a)]
    movdqa xmm2, [LIN16(c303_b)]
    psraw xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c304_a: dd 0x22FE3B8B, 0xCD60C733, 0xCE90AF1D, 0x47FAC335
c304_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c304_r: dd 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF, 0x0000FFFF
c304_n: db "psraw imm 63", 0
    CODE32
    mov ebx, 304
    mov esi, LIN16(c304_r)
    mov edi, LIN16(c304_n)
    movdqa xmm1, [LIN16(c304_a)]
    movdqa xmm2, [LIN16(c304_b)]
    psraw xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c305_a: dd 0x80AAFFB1, 0x8030801B, 0x7FB400FD, 0x7FACFFDA
c305_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c305_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0x0000FFFF
c305_n: db "psraw imm 64", 0
    CODE32
    mov ebx, 305
    mov esi, LIN16(c305_r)
    mov edi, LIN16(c305_n)
    movdqa xmm1, [LIN16(c305_a)]
    movdqa xmm2, [LIN16(c305_b)]
    psraw xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c306_a: dd 0xFF810001, 0x017F7F01, 0x007FFF81, 0x010000FE
c306_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c306_r: dd 0xFFFF0000, 0x00000000, 0x0000FFFF, 0x00000000
c306_n: db "psraw imm 200", 0
    CODE32
    mov ebx, 306
    mov esi, LIN16(c306_r)
    mov edi, LIN16(c306_n)
    movdqa xmm1, [LIN16(c306_a)]
    movdqa xmm2, [LIN16(c306_b)]
    psraw xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c307_a: dd 0x806FFFA7, 0x00CE7F76, 0x800900C0, 0xFFB8008F
c307_b: dd 0x00000000, 0x00000000, 0xFE80FE01, 0x80808001
c307_r: dd 0x806FFFA7, 0x00CE7F76, 0x800900C0, 0xFFB8008F
c307_n: db "psrad by 0", 0
    CODE32
    mov ebx, 307
    mov esi, LIN16(c307_r)
    mov edi, LIN16(c307_n)
    movdqa xmm1, [LIN16(c307_a)]
    movdqa xmm2, [LIN16(c307_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c307_a)]
    movdqa xmm2, [LIN16(c307_b)]
    psrad xmm1, [LIN16(c307_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c308_a: dd 0x52935100, 0xFF000081, 0x6FBEFF39, 0xFF5E0076
c308_b: dd 0x00000003, 0x00000000, 0x080FD6A4, 0x0E7A51A0
c308_r: dd 0x0A526A20, 0xFFE00010, 0x0DF7DFE7, 0xFFEBC00E
c308_n: db "psrad by 3", 0
    CODE32
    mov ebx, 308
    mov esi, LIN16(c308_r)
    mov edi, LIN16(c308_n)
    movdqa xmm1, [LIN16(c308_a)]
    movdqa xmm2, [LIN16(c308_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c308_a)]
    movdqa xmm2, [LIN16(c308_b)]
    psrad xmm1, [LIN16(c308_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c309_a: dd 0xFF00FFFF, 0x00FF0000, 0x0098FF87, 0x00000000
c309_b: dd 0x0000000F, 0x00000000, 0xFF15FFDB, 0x80057F39
c309_r: dd 0xFFFFFE01, 0x000001FE, 0x00000131, 0x00000000
c309_n: db "psrad by 15", 0
    CODE32
    mov ebx, 309
    mov esi, LIN16(c309_r)
    mov edi, LIN16(c309_n)
    movdqa xmm1, [LIN16(c309_a)]
    movdqa xmm2, [LIN16(c309_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c309_a)]
    movdqa xmm2, [LIN16(c309_b)]
    psrad xmm1, [LIN16(c309_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c310_a: dd 0x0000FF22, 0xFF5BFF00, 0xFFFF00FF, 0x00601100
c310_b: dd 0x00000010, 0x00000000, 0x00002AFF, 0xEFFF0035
c310_r: dd 0x00000000, 0xFFFFFF5B, 0xFFFFFFFF, 0x00000060
c310_n: db "psrad by 16", 0
    CODE32
    mov ebx, 310
    mov esi, LIN16(c310_r)
    mov edi, LIN16(c310_n)
    movdqa xmm1, [LIN16(c310_a)]
    movdqa xmm2, [LIN16(c310_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c310_a)]
    movdqa xmm2, [LIN16(c310_b)]
    psrad xmm1, [LIN16(c310_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c311_a: dd 0x9EFFFF00, 0x85000000, 0x000400FF, 0xFF0000D2
c311_b: dd 0x0000001F, 0x00000000, 0xFC61F175, 0x6795153C
c311_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0xFFFFFFFF
c311_n: db "psrad by 31", 0
    CODE32
    mov ebx, 311
    mov esi, LIN16(c311_r)
    mov edi, LIN16(c311_n)
    movdqa xmm1, [LIN16(c311_a)]
    movdqa xmm2, [LIN16(c311_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c311_a)]
    movdqa xmm2, [LIN16(c311_b)]
    psrad xmm1, [LIN16(c311_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c312_a: dd 0x8BFF0000, 0x00009F00, 0x4700FF7E, 0xFF00009C
c312_b: dd 0x00000021, 0x00000000, 0x00FF00FF, 0x000000FF
c312_r: dd 0xFFFFFFFF, 0x00000000, 0x00000000, 0xFFFFFFFF
c312_n: db "psrad by 33", 0
    CODE32
    mov ebx, 312
    mov esi, LIN16(c312_r)
    mov edi, LIN16(c312_n)
    movdqa xmm1, [LIN16(c312_a)]
    movdqa xmm2, [LIN16(c312_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c312_a)]
    movdqa xmm2, [LIN16(c312_b)]
    psrad xmm1, [LIN16(c312_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c313_a: dd 0xFFB1A972, 0x44000000, 0xD7FFFFBD, 0xFF002A12
c313_b: dd 0x00000040, 0x00000000, 0xFF000000, 0x00FFA8B0
c313_r: dd 0xFFFFFFFF, 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF
c313_n: db "psrad by 64", 0
    CODE32
    mov ebx, 313
    mov esi, LIN16(c313_r)
    mov edi, LIN16(c313_n)
    movdqa xmm1, [LIN16(c313_a)]
    movdqa xmm2, [LIN16(c313_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c313_a)]
    movdqa xmm2, [LIN16(c313_b)]
    psrad xmm1, [LIN16(c313_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c314_a: dd 0x807FFF7F, 0xFEFE8001, 0xFEFE8080, 0xFEFF0181
c314_b: dd 0x00000001, 0x00000001, 0xD50D9FEB, 0xAF698318
c314_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
c314_n: db "psrad by 4294967297", 0
    CODE32
    mov ebx, 314
    mov esi, LIN16(c314_r)
    mov edi, LIN16(c314_n)
    movdqa xmm1, [LIN16(c314_a)]
    movdqa xmm2, [LIN16(c314_b)]
    psrad xmm1, xmm2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c314_a)]
    movdqa xmm2, [LIN16(c314_b)]
    psrad xmm1, [LIN16(c314_b)]
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c315_a: dd 0xFF088049, 0x7FA87F89, 0x804280DE, 0x7F97FFC2
c315_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c315_r: dd 0xFF088049, 0x7FA87F89, 0x804280DE, 0x7F97FFC2
c315_n: db "psrad imm 0", 0
    CODE32
    mov ebx, 315
    mov esi, LIN16(c315_r)
    mov edi, LIN16(c315_n)
    movdqa xmm1, [LIN16(c315_a)]
    movdqa xmm2, [LIN16(c315_b)]
    psrad xmm1, 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c316_a: dd 0xFE008180, 0x807F00FF, 0xFE7F7F01, 0x8181FFFF
c316_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c316_r: dd 0xFF0040C0, 0xC03F807F, 0xFF3FBF80, 0xC0C0FFFF
c316_n: db "psrad imm 1", 0
    CODE32
    mov ebx, 316
    mov esi, LIN16(c316_r)
    mov edi, LIN16(c316_n)
    movdqa xmm1, [LIN16(c316_a)]
    movdqa xmm2, [LIN16(c316_b)]
    psrad xmm1, 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c317_a: dd 0x820A5124, 0xC0F45C38, 0x6ADF0FEA, 0x8C4F86EF
c317_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c317_r: dd 0xFF0414A2, 0xFF81E8B8, 0x00D5BE1F, 0xFF189F0D
c317_n: db "psrad imm 7", 0
    CODE32
    mov ebx, 317
    mov esi, LIN16(c317_r)
    mov edi, LIN16(c317_n)
    movdqa xmm1, [LIN16(c317_a)]
    movdqa xmm2, [LIN16(c317_b)]
    psrad xmm1, 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c318_a: dd 0x7FBF00C7, 0x0012FF6C, 0xFF6900B7, 0xFF67FFC9
c318_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c318_r: dd 0x0000FF7E, 0x00000025, 0xFFFFFED2, 0xFFFFFECF
c318_n: db "psrad imm 15", 0
    CODE32
    mov ebx, 318
    mov esi, LIN16(c318_r)
    mov edi, LIN16(c318_n)
    movdqa xmm1, [LIN16(c318_a)]
    movdqa xmm2, [LIN16(c318_b)]
    psrad xmm1, 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c319_a: dd 0x01017FFF, 0x80FEFEFE, 0x7F80FF7F, 0xFE000101
c319_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c319_r: dd 0x00000101, 0xFFFF80FE, 0x00007F80, 0xFFFFFE00
c319_n: db "psrad imm 16", 0
    CODE32
    mov ebx, 319
    mov esi, LIN16(c319_r)
    mov edi, LIN16(c319_n)
    movdqa xmm1, [LIN16(c319_a)]
    movdqa xmm2, [LIN16(c319_b)]
    psrad xmm1, 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c320_a: dd 0xFF1A80E6, 0x809C80E7, 0x00F4FF8E, 0x8090FF80
c320_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c320_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0xFFFFFFFF
c320_n: db "psrad imm 31", 0
    CODE32
    mov ebx, 320
    mov esi, LIN16(c320_r)
    mov edi, LIN16(c320_n)
    movdqa xmm1, [LIN16(c320_a)]
    movdqa xmm2, [LIN16(c320_b)]
    psrad xmm1, 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c321_a: dd 0xFF000079, 0xFFFF006A, 0xFF7B001E, 0xFF002E00
c321_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c321_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
c321_n: db "psrad imm 32", 0
    CODE32
    mov ebx, 321
    mov esi, LIN16(c321_r)
    mov edi, LIN16(c321_n)
    movdqa xmm1, [LIN16(c321_a)]
    movdqa xmm2, [LIN16(c321_b)]
    psrad xmm1, 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c322_a: dd 0x0EEBC7FF, 0xFFFFFF00, 0xFF759FFF, 0xFF63FFAB
c322_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c322_r: dd 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
c322_n: db "psrad imm 63", 0
    CODE32
    mov ebx, 322
    mov esi, LIN16(c322_r)
    mov edi, LIN16(c322_n)
    movdqa xmm1, [LIN16(c322_a)]
    movdqa xmm2, [LIN16(c322_b)]
    psrad xmm1, 63
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c323_a: dd 0xDD14C073, 0xA0D20081, 0xFDAA6C6B, 0xEC1AAE2F
c323_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c323_r: dd 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
c323_n: db "psrad imm 64", 0
    CODE32
    mov ebx, 323
    mov esi, LIN16(c323_r)
    mov edi, LIN16(c323_n)
    movdqa xmm1, [LIN16(c323_a)]
    movdqa xmm2, [LIN16(c323_b)]
    psrad xmm1, 64
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c324_a: dd 0x8071FF3C, 0x00457FF3, 0x80A600B4, 0x7FED7F3D
c324_b: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c324_r: dd 0xFFFFFFFF, 0x00000000, 0xFFFFFFFF, 0x00000000
c324_n: db "psrad imm 200", 0
    CODE32
    mov ebx, 324
    mov esi, LIN16(c324_r)
    mov edi, LIN16(c324_n)
    movdqa xmm1, [LIN16(c324_a)]
    movdqa xmm2, [LIN16(c324_b)]
    psrad xmm1, 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c325_a: dd 0xFEFE0081, 0x8181FE81, 0x7F8181FF, 0x7FFF8180
c325_b: dd 0x0071FF89, 0x00BFFF00, 0xFFF6FF00, 0x00230000
c325_r: dd 0x0071FF89, 0x0071FF89, 0x0071FF89, 0x0071FF89
c325_n: db "pshufd 00", 0
    CODE32
    mov ebx, 325
    mov esi, LIN16(c325_r)
    mov edi, LIN16(c325_n)
    movdqa xmm1, [LIN16(c325_a)]
    movdqa xmm2, [LIN16(c325_b)]
    pshufd xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c325_a)]
    movdqa xmm2, [LIN16(c325_b)]
    pshufd xmm1, [LIN16(c325_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c326_a: dd 0x1392204A, 0x0F37908F, 0xC969BD9A, 0x0574D070
c326_b: dd 0xDA73BED0, 0x3285551B, 0xB052DBD4, 0x3A60CD14
c326_r: dd 0x3A60CD14, 0xB052DBD4, 0x3285551B, 0xDA73BED0
c326_n: db "pshufd 1b", 0
    CODE32
    mov ebx, 326
    mov esi, LIN16(c326_r)
    mov edi, LIN16(c326_n)
    movdqa xmm1, [LIN16(c326_a)]
    movdqa xmm2, [LIN16(c326_b)]
    pshufd xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c326_a)]
    movdqa xmm2, [LIN16(c326_b)]
    pshufd xmm1, [LIN16(c326_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c327_a: dd 0x8CD300D7, 0x00FF4B4E, 0xB900FF1C, 0xFFFFCBE0
c327_b: dd 0x81018080, 0x01018001, 0xFEFE7F81, 0x7F807FFE
c327_r: dd 0x81018080, 0x01018001, 0xFEFE7F81, 0x7F807FFE
c327_n: db "pshufd e4", 0
    CODE32
    mov ebx, 327
    mov esi, LIN16(c327_r)
    mov edi, LIN16(c327_n)
    movdqa xmm1, [LIN16(c327_a)]
    movdqa xmm2, [LIN16(c327_b)]
    pshufd xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c327_a)]
    movdqa xmm2, [LIN16(c327_b)]
    pshufd xmm1, [LIN16(c327_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c328_a: dd 0xFE7F8180, 0x00FE01FE, 0x808180FF, 0x807F01FF
c328_b: dd 0x16911094, 0xE2792206, 0x207D6D25, 0x03566310
c328_r: dd 0xE2792206, 0xE2792206, 0x207D6D25, 0x207D6D25
c328_n: db "pshufd a5", 0
    CODE32
    mov ebx, 328
    mov esi, LIN16(c328_r)
    mov edi, LIN16(c328_n)
    movdqa xmm1, [LIN16(c328_a)]
    movdqa xmm2, [LIN16(c328_b)]
    pshufd xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c328_a)]
    movdqa xmm2, [LIN16(c328_b)]
    pshufd xmm1, [LIN16(c328_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c329_a: dd 0x3C4D1155, 0x1F94E3C2, 0x9B32F664, 0xAFEA6364
c329_b: dd 0x0000ADFF, 0x00B67E00, 0xFF000084, 0x00BB00B9
c329_r: dd 0xADFFADFF, 0xADFFADFF, 0xFF000084, 0x00BB00B9
c329_n: db "pshuflw 00", 0
    CODE32
    mov ebx, 329
    mov esi, LIN16(c329_r)
    mov edi, LIN16(c329_n)
    movdqa xmm1, [LIN16(c329_a)]
    movdqa xmm2, [LIN16(c329_b)]
    pshuflw xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c329_a)]
    movdqa xmm2, [LIN16(c329_b)]
    pshuflw xmm1, [LIN16(c329_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c330_a: dd 0xFF2D7F10, 0x7FADFFB0, 0x00BEFF7E, 0x7F93FFEF
c330_b: dd 0xD2C1365F, 0x78D6DE15, 0x4AE3329D, 0x22E8F4BA
c330_r: dd 0xDE1578D6, 0x365FD2C1, 0x4AE3329D, 0x22E8F4BA
c330_n: db "pshuflw 1b", 0
    CODE32
    mov ebx, 330
    mov esi, LIN16(c330_r)
    mov edi, LIN16(c330_n)
    movdqa xmm1, [LIN16(c330_a)]
    movdqa xmm2, [LIN16(c330_b)]
    pshuflw xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c330_a)]
    movdqa xmm2, [LIN16(c330_b)]
    pshuflw xmm1, [LIN16(c330_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c331_a: dd 0x00E1FFA9, 0x00A27F74, 0x008A7F67, 0x80B77F5B
c331_b: dd 0xFF6CFF80, 0x00000001, 0x00C500FF, 0xEB004EFF
c331_r: dd 0xFF6CFF80, 0x00000001, 0x00C500FF, 0xEB004EFF
c331_n: db "pshuflw e4", 0
    CODE32
    mov ebx, 331
    mov esi, LIN16(c331_r)
    mov edi, LIN16(c331_n)
    movdqa xmm1, [LIN16(c331_a)]
    movdqa xmm2, [LIN16(c331_b)]
    pshuflw xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c331_a)]
    movdqa xmm2, [LIN16(c331_b)]
    pshuflw xmm1, [LIN16(c331_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c332_a: dd 0xFF000000, 0xDCFFF5FF, 0x0000C900, 0x0000FF00
c332_b: dd 0x8101817F, 0x80007F01, 0x80010000, 0xFF7F7F7F
c332_r: dd 0x81018101, 0x7F017F01, 0x80010000, 0xFF7F7F7F
c332_n: db "pshuflw a5", 0
    CODE32
    mov ebx, 332
    mov esi, LIN16(c332_r)
    mov edi, LIN16(c332_n)
    movdqa xmm1, [LIN16(c332_a)]
    movdqa xmm2, [LIN16(c332_b)]
    pshuflw xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c332_a)]
    movdqa xmm2, [LIN16(c332_b)]
    pshuflw xmm1, [LIN16(c332_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c333_a: dd 0x7FFEFFFF, 0x807F0181, 0x807FFFFF, 0x81818000
c333_b: dd 0x00FF0053, 0x00FF4D00, 0x00FF00FF, 0xB3E2EBEB
c333_r: dd 0x00FF0053, 0x00FF4D00, 0x00FF00FF, 0x00FF00FF
c333_n: db "pshufhw 00", 0
    CODE32
    mov ebx, 333
    mov esi, LIN16(c333_r)
    mov edi, LIN16(c333_n)
    movdqa xmm1, [LIN16(c333_a)]
    movdqa xmm2, [LIN16(c333_b)]
    pshufhw xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c333_a)]
    movdqa xmm2, [LIN16(c333_b)]
    pshufhw xmm1, [LIN16(c333_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c334_a: dd 0xFE00FFFF, 0xFE8181FF, 0x01808101, 0x0081007F
c334_b: dd 0x5400FF00, 0x2E5600FF, 0xFAC70000, 0xB37CFFFF
c334_r: dd 0x5400FF00, 0x2E5600FF, 0xFFFFB37C, 0x0000FAC7
c334_n: db "pshufhw 1b", 0
    CODE32
    mov ebx, 334
    mov esi, LIN16(c334_r)
    mov edi, LIN16(c334_n)
    movdqa xmm1, [LIN16(c334_a)]
    movdqa xmm2, [LIN16(c334_b)]
    pshufhw xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c334_a)]
    movdqa xmm2, [LIN16(c334_b)]
    pshufhw xmm1, [LIN16(c334_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c335_a: dd 0xDFBC3392, 0x1ACAF087, 0xE7C5ED28, 0xDA2E79CF
c335_b: dd 0xC5473723, 0x3A1D875F, 0x1D78F522, 0xC7716693
c335_r: dd 0xC5473723, 0x3A1D875F, 0x1D78F522, 0xC7716693
c335_n: db "pshufhw e4", 0
    CODE32
    mov ebx, 335
    mov esi, LIN16(c335_r)
    mov edi, LIN16(c335_n)
    movdqa xmm1, [LIN16(c335_a)]
    movdqa xmm2, [LIN16(c335_b)]
    pshufhw xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c335_a)]
    movdqa xmm2, [LIN16(c335_b)]
    pshufhw xmm1, [LIN16(c335_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c336_a: dd 0x808181FE, 0xFE7F0081, 0x80FE81FE, 0x807F00FF
c336_b: dd 0x35B5F11C, 0xB0695B27, 0xE0D6A95C, 0x0227BD95
c336_r: dd 0x35B5F11C, 0xB0695B27, 0xE0D6E0D6, 0xBD95BD95
c336_n: db "pshufhw a5", 0
    CODE32
    mov ebx, 336
    mov esi, LIN16(c336_r)
    mov edi, LIN16(c336_n)
    movdqa xmm1, [LIN16(c336_a)]
    movdqa xmm2, [LIN16(c336_b)]
    pshufhw xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c336_a)]
    movdqa xmm2, [LIN16(c336_b)]
    pshufhw xmm1, [LIN16(c336_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c337_a: dd 0x8101FF81, 0x0101FF00, 0xFFFF01FF, 0x81008101
c337_b: dd 0xA6F2D799, 0x7FD61CA7, 0x79CB6047, 0x9A78E303
c337_r: dd 0x8101FF81, 0x0101FF00, 0xFFFF01FF, 0x81008101
c337_n: db "pblendw 00", 0
    CODE32
    mov ebx, 337
    mov esi, LIN16(c337_r)
    mov edi, LIN16(c337_n)
    movdqa xmm1, [LIN16(c337_a)]
    movdqa xmm2, [LIN16(c337_b)]
    pblendw xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c337_a)]
    movdqa xmm2, [LIN16(c337_b)]
    pblendw xmm1, [LIN16(c337_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c338_a: dd 0x522FB054, 0x46F4D70B, 0xE58DF946, 0x76E16A1A
c338_b: dd 0x00000000, 0x5E9800FF, 0x53FF6AD7, 0xFF008E00
c338_r: dd 0x00000000, 0x5E98D70B, 0xE58D6AD7, 0x76E16A1A
c338_n: db "pblendw 1b", 0
    CODE32
    mov ebx, 338
    mov esi, LIN16(c338_r)
    mov edi, LIN16(c338_n)
    movdqa xmm1, [LIN16(c338_a)]
    movdqa xmm2, [LIN16(c338_b)]
    pblendw xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c338_a)]
    movdqa xmm2, [LIN16(c338_b)]
    pblendw xmm1, [LIN16(c338_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c339_a: dd 0xE1581A3F, 0xE34FFF17, 0x3E84B3B0, 0x3398112A
c339_b: dd 0xF5108FFB, 0x792E57E4, 0x5DE6067F, 0x514492F2
c339_r: dd 0xE1581A3F, 0xE34F57E4, 0x5DE6B3B0, 0x514492F2
c339_n: db "pblendw e4", 0
    CODE32
    mov ebx, 339
    mov esi, LIN16(c339_r)
    mov edi, LIN16(c339_n)
    movdqa xmm1, [LIN16(c339_a)]
    movdqa xmm2, [LIN16(c339_b)]
    pblendw xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c339_a)]
    movdqa xmm2, [LIN16(c339_b)]
    pblendw xmm1, [LIN16(c339_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c340_a: dd 0x81017F01, 0xFFFEFFFE, 0x817F81FE, 0xFF018000
c340_b: dd 0x00A600BA, 0x0000FF43, 0x4700D438, 0x0049C0FF
c340_r: dd 0x810100BA, 0xFFFEFF43, 0x470081FE, 0x00498000
c340_n: db "pblendw a5", 0
    CODE32
    mov ebx, 340
    mov esi, LIN16(c340_r)
    mov edi, LIN16(c340_n)
    movdqa xmm1, [LIN16(c340_a)]
    movdqa xmm2, [LIN16(c340_b)]
    pblendw xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c340_a)]
    movdqa xmm2, [LIN16(c340_b)]
    pblendw xmm1, [LIN16(c340_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c341_a: dd 0x0000FFFF, 0x00FFFF00, 0xFFFF297F, 0xFF0081FF
c341_b: dd 0x800080DE, 0x7F357FD7, 0x00670007, 0xFF8D7FD5
c341_r: dd 0x0000FFFF, 0x00FFFF00, 0xFFFF297F, 0xFF0081FF
c341_n: db "blendps 00", 0
    CODE32
    mov ebx, 341
    mov esi, LIN16(c341_r)
    mov edi, LIN16(c341_n)
    movdqa xmm1, [LIN16(c341_a)]
    movdqa xmm2, [LIN16(c341_b)]
    blendps xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c341_a)]
    movdqa xmm2, [LIN16(c341_b)]
    blendps xmm1, [LIN16(c341_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c342_a: dd 0xD32D3531, 0xAB6F4858, 0x29CBC619, 0xC001EB21
c342_b: dd 0x007F7F00, 0x0180FE80, 0x01FFFEFE, 0x81800001
c342_r: dd 0x007F7F00, 0x0180FE80, 0x29CBC619, 0x81800001
c342_n: db "blendps 1b", 0
    CODE32
    mov ebx, 342
    mov esi, LIN16(c342_r)
    mov edi, LIN16(c342_n)
    movdqa xmm1, [LIN16(c342_a)]
    movdqa xmm2, [LIN16(c342_b)]
    blendps xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c342_a)]
    movdqa xmm2, [LIN16(c342_b)]
    blendps xmm1, [LIN16(c342_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c343_a: dd 0x00677FDC, 0x00B68009, 0x7F170040, 0xFFC67F0A
c343_b: dd 0xFE01FEFF, 0x007F7F80, 0x01008080, 0xFE008001
c343_r: dd 0x00677FDC, 0x00B68009, 0x01008080, 0xFFC67F0A
c343_n: db "blendps e4", 0
    CODE32
    mov ebx, 343
    mov esi, LIN16(c343_r)
    mov edi, LIN16(c343_n)
    movdqa xmm1, [LIN16(c343_a)]
    movdqa xmm2, [LIN16(c343_b)]
    blendps xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c343_a)]
    movdqa xmm2, [LIN16(c343_b)]
    blendps xmm1, [LIN16(c343_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c344_a: dd 0x7F81FFE9, 0x8019007C, 0xFFA08002, 0x7F1DFFA8
c344_b: dd 0x131295D3, 0xD82C542E, 0xDC284EEA, 0x001726F6
c344_r: dd 0x131295D3, 0x8019007C, 0xDC284EEA, 0x7F1DFFA8
c344_n: db "blendps a5", 0
    CODE32
    mov ebx, 344
    mov esi, LIN16(c344_r)
    mov edi, LIN16(c344_n)
    movdqa xmm1, [LIN16(c344_a)]
    movdqa xmm2, [LIN16(c344_b)]
    blendps xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c344_a)]
    movdqa xmm2, [LIN16(c344_b)]
    blendps xmm1, [LIN16(c344_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c345_a: dd 0x01FF8001, 0x81FF8000, 0xFF008081, 0x7F018101
c345_b: dd 0xFF220040, 0x8094FF93, 0x7F177F4A, 0x7F937F5C
c345_r: dd 0x01FF8001, 0x81FF8000, 0xFF008081, 0x7F018101
c345_n: db "blendpd 00", 0
    CODE32
    mov ebx, 345
    mov esi, LIN16(c345_r)
    mov edi, LIN16(c345_n)
    movdqa xmm1, [LIN16(c345_a)]
    movdqa xmm2, [LIN16(c345_b)]
    blendpd xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c345_a)]
    movdqa xmm2, [LIN16(c345_b)]
    blendpd xmm1, [LIN16(c345_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c346_a: dd 0x000081FF, 0x8081FFFF, 0xFF8181FF, 0x81800001
c346_b: dd 0xFF00FF00, 0xFFC20000, 0xFF000000, 0x99001200
c346_r: dd 0xFF00FF00, 0xFFC20000, 0xFF000000, 0x99001200
c346_n: db "blendpd 1b", 0
    CODE32
    mov ebx, 346
    mov esi, LIN16(c346_r)
    mov edi, LIN16(c346_n)
    movdqa xmm1, [LIN16(c346_a)]
    movdqa xmm2, [LIN16(c346_b)]
    blendpd xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c346_a)]
    movdqa xmm2, [LIN16(c346_b)]
    blendpd xmm1, [LIN16(c346_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c347_a: dd 0x00FE7F01, 0xFEFEFE7F, 0xFE018101, 0x00FE8180
c347_b: dd 0x8080FF01, 0xFEFFFF80, 0x017F8181, 0x80FF7F01
c347_r: dd 0x00FE7F01, 0xFEFEFE7F, 0xFE018101, 0x00FE8180
c347_n: db "blendpd e4", 0
    CODE32
    mov ebx, 347
    mov esi, LIN16(c347_r)
    mov edi, LIN16(c347_n)
    movdqa xmm1, [LIN16(c347_a)]
    movdqa xmm2, [LIN16(c347_b)]
    blendpd xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c347_a)]
    movdqa xmm2, [LIN16(c347_b)]
    blendpd xmm1, [LIN16(c347_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c348_a: dd 0xF371FFFF, 0x00F5FF00, 0x000000FF, 0xE2FFAA00
c348_b: dd 0xDF35003A, 0xFFFFFFFF, 0xFF0AFFFF, 0xFF000000
c348_r: dd 0xDF35003A, 0xFFFFFFFF, 0x000000FF, 0xE2FFAA00
c348_n: db "blendpd a5", 0
    CODE32
    mov ebx, 348
    mov esi, LIN16(c348_r)
    mov edi, LIN16(c348_n)
    movdqa xmm1, [LIN16(c348_a)]
    movdqa xmm2, [LIN16(c348_b)]
    blendpd xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c348_a)]
    movdqa xmm2, [LIN16(c348_b)]
    blendpd xmm1, [LIN16(c348_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c349_a: dd 0xFFFEFF7F, 0x7F0101FE, 0x7F007F01, 0x81018180
c349_b: dd 0x84904A12, 0x08D89071, 0x640CBD07, 0x410BBAC7
c349_r: dd 0xFFFEFF7F, 0xFFFEFF7F, 0x84904A12, 0x84904A12
c349_n: db "shufps 00", 0
    CODE32
    mov ebx, 349
    mov esi, LIN16(c349_r)
    mov edi, LIN16(c349_n)
    movdqa xmm1, [LIN16(c349_a)]
    movdqa xmm2, [LIN16(c349_b)]
    shufps xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c349_a)]
    movdqa xmm2, [LIN16(c349_b)]
    shufps xmm1, [LIN16(c349_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c350_a: dd 0x8BFF0000, 0xDFFFB60B, 0xF9FF00FF, 0x00FF00A9
c350_b: dd 0x7FC97FF3, 0x80EEFF3A, 0x7F3B00E9, 0xFF6100B2
c350_r: dd 0x00FF00A9, 0xF9FF00FF, 0x80EEFF3A, 0x7FC97FF3
c350_n: db "shufps 1b", 0
    CODE32
    mov ebx, 350
    mov esi, LIN16(c350_r)
    mov edi, LIN16(c350_n)
    movdqa xmm1, [LIN16(c350_a)]
    movdqa xmm2, [LIN16(c350_b)]
    shufps xmm1, xmm2, 27
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c350_a)]
    movdqa xmm2, [LIN16(c350_b)]
    shufps xmm1, [LIN16(c350_b)], 27
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c351_a: dd 0x00004A47, 0x0000FF00, 0xFFE87400, 0x3800C429
c351_b: dd 0xFFFFFF00, 0xFF58FFFF, 0xFF0900FF, 0xFFFF8AFF
c351_r: dd 0x00004A47, 0x0000FF00, 0xFF0900FF, 0xFFFF8AFF
c351_n: db "shufps e4", 0
    CODE32
    mov ebx, 351
    mov esi, LIN16(c351_r)
    mov edi, LIN16(c351_n)
    movdqa xmm1, [LIN16(c351_a)]
    movdqa xmm2, [LIN16(c351_b)]
    shufps xmm1, xmm2, 228
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c351_a)]
    movdqa xmm2, [LIN16(c351_b)]
    shufps xmm1, [LIN16(c351_b)], 228
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c352_a: dd 0x2F57D810, 0x04E178FC, 0x275DCAC2, 0x76602E44
c352_b: dd 0xD1AD68F1, 0xC6C7332E, 0x40D3F418, 0x28F0A74F
c352_r: dd 0x04E178FC, 0x04E178FC, 0x40D3F418, 0x40D3F418
c352_n: db "shufps a5", 0
    CODE32
    mov ebx, 352
    mov esi, LIN16(c352_r)
    mov edi, LIN16(c352_n)
    movdqa xmm1, [LIN16(c352_a)]
    movdqa xmm2, [LIN16(c352_b)]
    shufps xmm1, xmm2, 165
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c352_a)]
    movdqa xmm2, [LIN16(c352_b)]
    shufps xmm1, [LIN16(c352_b)], 165
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c353_a: dd 0x571A5AA0, 0x907AAF27, 0x9FB4C4CA, 0x9425C161
c353_b: dd 0xFE7F7F7F, 0xFE7F8181, 0xFE817F01, 0x0081FEFE
c353_r: dd 0xFE7F7F7F, 0xFE7F8181, 0xFE817F01, 0x0081FEFE
c353_n: db "palignr 00", 0
    CODE32
    mov ebx, 353
    mov esi, LIN16(c353_r)
    mov edi, LIN16(c353_n)
    movdqa xmm1, [LIN16(c353_a)]
    movdqa xmm2, [LIN16(c353_b)]
    palignr xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c353_a)]
    movdqa xmm2, [LIN16(c353_b)]
    palignr xmm1, [LIN16(c353_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c354_a: dd 0x80FE0081, 0xFE81FE01, 0x807F8101, 0x01FE7F00
c354_b: dd 0xBCFF6FFF, 0x657E0042, 0xD083FF3B, 0x41FF0000
c354_r: dd 0x42BCFF6F, 0x3B657E00, 0x00D083FF, 0x8141FF00
c354_n: db "palignr 01", 0
    CODE32
    mov ebx, 354
    mov esi, LIN16(c354_r)
    mov edi, LIN16(c354_n)
    movdqa xmm1, [LIN16(c354_a)]
    movdqa xmm2, [LIN16(c354_b)]
    palignr xmm1, xmm2, 1
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c354_a)]
    movdqa xmm2, [LIN16(c354_b)]
    palignr xmm1, [LIN16(c354_b)], 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c355_a: dd 0x7F01017F, 0xFF0100FE, 0xFE000180, 0x8181FF80
c355_b: dd 0xFF010080, 0xFFFFFF00, 0x00018101, 0x81817FFE
c355_r: dd 0x018101FF, 0x817FFE00, 0x01017F81, 0x0100FE7F
c355_n: db "palignr 07", 0
    CODE32
    mov ebx, 355
    mov esi, LIN16(c355_r)
    mov edi, LIN16(c355_n)
    movdqa xmm1, [LIN16(c355_a)]
    movdqa xmm2, [LIN16(c355_b)]
    palignr xmm1, xmm2, 7
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c355_a)]
    movdqa xmm2, [LIN16(c355_b)]
    palignr xmm1, [LIN16(c355_b)], 7
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c356_a: dd 0x8052FF59, 0x7FDC8019, 0x80D67FC5, 0x00787F0D
c356_b: dd 0x80B17F09, 0x7F660004, 0xFF99FF95, 0xFFC1FFC4
c356_r: dd 0x52FF59FF, 0xDC801980, 0xD67FC57F, 0x787F0D80
c356_n: db "palignr 0f", 0
    CODE32
    mov ebx, 356
    mov esi, LIN16(c356_r)
    mov edi, LIN16(c356_n)
    movdqa xmm1, [LIN16(c356_a)]
    movdqa xmm2, [LIN16(c356_b)]
    palignr xmm1, xmm2, 15
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c356_a)]
    movdqa xmm2, [LIN16(c356_b)]
    palignr xmm1, [LIN16(c356_b)], 15
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c357_a: dd 0xFE81FE7F, 0x01808080, 0x81810000, 0x017FFEFF
c357_b: dd 0x002C0000, 0xFFFFE881, 0x00F900FF, 0xFF00D7FF
c357_r: dd 0xFE81FE7F, 0x01808080, 0x81810000, 0x017FFEFF
c357_n: db "palignr 10", 0
    CODE32
    mov ebx, 357
    mov esi, LIN16(c357_r)
    mov edi, LIN16(c357_n)
    movdqa xmm1, [LIN16(c357_a)]
    movdqa xmm2, [LIN16(c357_b)]
    palignr xmm1, xmm2, 16
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c357_a)]
    movdqa xmm2, [LIN16(c357_b)]
    palignr xmm1, [LIN16(c357_b)], 16
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c358_a: dd 0x018100FF, 0x81FEFFFF, 0x7F81FE00, 0x017FFEFE
c358_b: dd 0x005900FF, 0x003FFF53, 0x00FF1500, 0xFFCE00AC
c358_r: dd 0x81FEFFFF, 0x7F81FE00, 0x017FFEFE, 0x00000000
c358_n: db "palignr 14", 0
    CODE32
    mov ebx, 358
    mov esi, LIN16(c358_r)
    mov edi, LIN16(c358_n)
    movdqa xmm1, [LIN16(c358_a)]
    movdqa xmm2, [LIN16(c358_b)]
    palignr xmm1, xmm2, 20
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c358_a)]
    movdqa xmm2, [LIN16(c358_b)]
    palignr xmm1, [LIN16(c358_b)], 20
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c359_a: dd 0x5F00FF00, 0x786F4085, 0x1FFF0061, 0x0000FFFF
c359_b: dd 0xED286BAA, 0x54D0A3C2, 0x7CE4EFC8, 0x5AB72DAC
c359_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c359_n: db "palignr 1f", 0
    CODE32
    mov ebx, 359
    mov esi, LIN16(c359_r)
    mov edi, LIN16(c359_n)
    movdqa xmm1, [LIN16(c359_a)]
    movdqa xmm2, [LIN16(c359_b)]
    palignr xmm1, xmm2, 31
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c359_a)]
    movdqa xmm2, [LIN16(c359_b)]
    palignr xmm1, [LIN16(c359_b)], 31
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c360_a: dd 0x00D2FFFF, 0x740800FF, 0xFF000071, 0x00000000
c360_b: dd 0x7F467FAE, 0x808BFF46, 0x80338021, 0x7FC3FFE0
c360_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c360_n: db "palignr 20", 0
    CODE32
    mov ebx, 360
    mov esi, LIN16(c360_r)
    mov edi, LIN16(c360_n)
    movdqa xmm1, [LIN16(c360_a)]
    movdqa xmm2, [LIN16(c360_b)]
    palignr xmm1, xmm2, 32
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c360_a)]
    movdqa xmm2, [LIN16(c360_b)]
    palignr xmm1, [LIN16(c360_b)], 32
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c361_a: dd 0xFFA17F5C, 0xFFA20025, 0x7FB60088, 0xFFAA803D
c361_b: dd 0xFEFE7F01, 0x00000100, 0xFF800080, 0xFF81FEFE
c361_r: dd 0x00000000, 0x00000000, 0x00000000, 0x00000000
c361_n: db "palignr c8", 0
    CODE32
    mov ebx, 361
    mov esi, LIN16(c361_r)
    mov edi, LIN16(c361_n)
    movdqa xmm1, [LIN16(c361_a)]
    movdqa xmm2, [LIN16(c361_b)]
    palignr xmm1, xmm2, 200
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c361_a)]
    movdqa xmm2, [LIN16(c361_b)]
    palignr xmm1, [LIN16(c361_b)], 200
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c362_a: dd 0x80FF7FFF, 0x0180FE01, 0x7F807F01, 0x0080FFFE
c362_b: dd 0xFF0000FF, 0x7CC700FF, 0xFFFF00CD, 0xFFBBF7FF
c362_r: dd 0x02FD01FD, 0x01FD0082, 0x0180037A, 0x01FD0101
c362_n: db "mpsadbw 00", 0
    CODE32
    mov ebx, 362
    mov esi, LIN16(c362_r)
    mov edi, LIN16(c362_n)
    movdqa xmm1, [LIN16(c362_a)]
    movdqa xmm2, [LIN16(c362_b)]
    mpsadbw xmm1, xmm2, 0
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c362_a)]
    movdqa xmm2, [LIN16(c362_b)]
    mpsadbw xmm1, [LIN16(c362_b)], 0
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c363_a: dd 0x0AEA5E81, 0x5ACC408D, 0x8E3A7CDC, 0x03EF106A
c363_b: dd 0x818001FF, 0x800180FE, 0xFEFEFF00, 0x00018001
c363_r: dd 0x012001FE, 0x018C0156, 0x01BF01A2, 0x01C10137
c363_n: db "mpsadbw 01", 0
    CODE32
    mov ebx, 363
    mov esi, LIN16(c363_r)
    mov edi, LIN16(c363_n)
    movdqa xmm1, [LIN16(c363_a)]
    movdqa xmm2, [LIN16(c363_b)]
    mpsadbw xmm1, xmm2, 1
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c363_a)]
    movdqa xmm2, [LIN16(c363_b)]
    mpsadbw xmm1, [LIN16(c363_b)], 1
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c364_a: dd 0x11D850DC, 0x46F4E92C, 0xD77E263C, 0xAF8745E3
c364_b: dd 0x005E00AB, 0xFF5C803C, 0x00847FC4, 0xFF40FF1E
c364_r: dd 0x016C00AC, 0x025F01C3, 0x011401B8, 0x019D00D7
c364_n: db "mpsadbw 02", 0
    CODE32
    mov ebx, 364
    mov esi, LIN16(c364_r)
    mov edi, LIN16(c364_n)
    movdqa xmm1, [LIN16(c364_a)]
    movdqa xmm2, [LIN16(c364_b)]
    mpsadbw xmm1, xmm2, 2
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c364_a)]
    movdqa xmm2, [LIN16(c364_b)]
    mpsadbw xmm1, [LIN16(c364_b)], 2
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c365_a: dd 0x80FDFFA4, 0x00707F54, 0xFF5AFFA2, 0xFF5BFF75
c365_b: dd 0xC5573CD5, 0x96363C9F, 0xE096FB2D, 0xAA2CDD10
c365_r: dd 0x01B901B1, 0x0186019D, 0x01100190, 0x016E0208
c365_n: db "mpsadbw 03", 0
    CODE32
    mov ebx, 365
    mov esi, LIN16(c365_r)
    mov edi, LIN16(c365_n)
    movdqa xmm1, [LIN16(c365_a)]
    movdqa xmm2, [LIN16(c365_b)]
    mpsadbw xmm1, xmm2, 3
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c365_a)]
    movdqa xmm2, [LIN16(c365_b)]
    mpsadbw xmm1, [LIN16(c365_b)], 3
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c366_a: dd 0x810080FE, 0xFE01FE7F, 0x00000080, 0xFEFF8101
c366_b: dd 0x7FA0FF30, 0xFFC300D1, 0xFFF280E6, 0x80C87FF7
c366_r: dd 0x022B016E, 0x026C00CF, 0x024D026E, 0x01CD01D0
c366_n: db "mpsadbw 04", 0
    CODE32
    mov ebx, 366
    mov esi, LIN16(c366_r)
    mov edi, LIN16(c366_n)
    movdqa xmm1, [LIN16(c366_a)]
    movdqa xmm2, [LIN16(c366_b)]
    mpsadbw xmm1, xmm2, 4
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c366_a)]
    movdqa xmm2, [LIN16(c366_b)]
    mpsadbw xmm1, [LIN16(c366_b)], 4
    movdqu [res], xmm1
    call vcheck
    CODE16
    align 16
c367_a: dd 0x20E0A800, 0x416998AA, 0x3D77B1FB, 0x67440066
c367_b: dd 0x17DB3642, 0xA2B2454A, 0xA39A47FB, 0x2904E7D6
c367_r: dd 0x01CB00F8, 0x01A40292, 0x010B00E2, 0x01390194
c367_n: db "mpsadbw 07", 0
    CODE32
    mov ebx, 367
    mov esi, LIN16(c367_r)
    mov edi, LIN16(c367_n)
    movdqa xmm1, [LIN16(c367_a)]
    movdqa xmm2, [LIN16(c367_b)]
    mpsadbw xmm1, xmm2, 7
    movdqu [res], xmm1
    call vcheck
    movdqa xmm1, [LIN16(c367_a)]
    movdqa xmm2, [LIN16(c367_b)]
    mpsadbw xmm1, [LIN16(c367_b)], 7
    movdqu [res], xmm1
    call vcheck
    PASS
