/* Differential test of Tern's x86 decoder (cpu/decode.c) against Capstone: random byte
 * sequences in 16-, 32- and 64-bit mode, biased towards valid instructions; the length must
 * agree wherever Capstone decodes, and validity must agree, except for the deliberate
 * disagreements listed in `known[]` below, each with the SDM (or APM) text Tern follows.
 * The list is written against Capstone 4.0.x (Debian 12's libcapstone4).
 * Usage: decode_vs_capstone [-n COUNT_PER_MODE] [-m 16|32|64] [-s SHOW] [-v] [SEED]
 *   SEED adds a second run after the fixed seed's; -s sets how many failures are shown,
 *   -v also shows each listed disagreement. */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/decode.h"

#define BUF 16 /* one more than the architectural limit, so TOO_LONG is reachable */

typedef struct Ctx {
    const uint8_t *b;
    int mode;
    csh cs, cs32; /* cs32: a 32-bit handle for the 16-bit cross-check */
    cs_insn *ci;
    X86Insn in;
    X86DecodeStatus st;
    bool cs_ok;
    int cs_len;
    int depth; /* rewrites applied so far (explanations may chain, within a bound) */
} Ctx;

static bool cs_decode(csh h, cs_insn *ci, const uint8_t *b, size_t n, int *len)
{
    const uint8_t *code = b;
    size_t size = n;
    uint64_t addr = 0x1000;
    if (!cs_disasm_iter(h, &code, &size, &addr, ci))
        return false;
    *len = ci->size;
    return true;
}

/* ---- helpers for the explanations ---- */

static bool is_legacy_prefix(uint8_t b)
{
    switch (b) {
    case 0xF0: case 0xF2: case 0xF3: case 0x66: case 0x67:
    case 0x26: case 0x2E: case 0x36: case 0x3E: case 0x64: case 0x65:
        return true;
    default:
        return false;
    }
}

static int prefix_len(const Ctx *c)
{
    int n = 0;
    while (n < BUF - 1 &&
           (is_legacy_prefix(c->b[n]) || (c->mode == 64 && (c->b[n] & 0xF0) == 0x40)))
        n++;
    return n;
}

static int mn(const Ctx *c)
{
    return c->st == X86_DECODE_OK ? c->in.entry->mnemonic : -1;
}

static bool tern_only(const Ctx *c) { return c->st == X86_DECODE_OK && !c->cs_ok; }
static bool cs_only(const Ctx *c) { return c->st != X86_DECODE_OK && c->cs_ok; }

static bool agrees(const Ctx *c)
{
    if (c->cs_ok != (c->st == X86_DECODE_OK))
        return false;
    return !c->cs_ok || c->cs_len == c->in.len;
}

static bool explained(const Ctx *c, size_t *which);

/* Decodes rewritten bytes (in `mode`, with Capstone handle h) into c2. */
static void redecode(const Ctx *c, Ctx *c2, const uint8_t *nb, int mode, csh h)
{
    *c2 = *c;
    c2->depth = c->depth + 1;
    c2->b = nb;
    c2->mode = mode;
    c2->cs = h;
    c2->st = x86_decode(&c2->in, nb, BUF, (X86Mode)mode, 0x1000);
    c2->cs_len = 0;
    c2->cs_ok = cs_decode(h, c->ci, nb, BUF, &c2->cs_len);
}

/* Every explanation below rewrites the bytes to take away exactly the one difference it
 * names, and then requires the decoders to agree on the rewrite (or to differ there only
 * for another listed reason). */
static bool reduces(const Ctx *c2)
{
    size_t k;
    return agrees(c2) || explained(c2, &k);
}

/* Drops the prefix bytes for which drop(b) holds; returns how many went. */
static int strip_prefixes(const Ctx *c, uint8_t *nb, bool (*drop)(uint8_t))
{
    int p = prefix_len(c), n = 0;
    for (int i = 0; i < BUF; i++)
        if (i >= p || !drop(c->b[i]))
            nb[n++] = c->b[i];
    int removed = BUF - n;
    while (n < BUF)
        nb[n++] = 0;
    return removed;
}

/* A prefix that makes the instruction #UD for Tern and that Capstone ignores: without it,
 * Tern accepts, and Capstone's length for the original is the rewrite's plus the prefix. */
static bool ud_only_by_prefix(const Ctx *c, bool (*drop)(uint8_t), bool want_ok)
{
    uint8_t nb[BUF];
    Ctx c2;
    if ((c->st != X86_DECODE_INVALID && c->st != X86_DECODE_TOO_LONG) || !c->cs_ok)
        return false;
    int removed = strip_prefixes(c, nb, drop);
    if (!removed)
        return false;
    redecode(c, &c2, nb, c->mode, c->cs);
    if (c->st == X86_DECODE_TOO_LONG) /* too long with the prefix, as Tern says */
        return c2.st != X86_DECODE_TOO_LONG && c2.in.len + removed > 15 && reduces(&c2);
    if (want_ok && c2.st != X86_DECODE_OK)
        return false;
    /* Capstone 4 shrinks XOP map A's imm32 to 16 bits after a 66 */
    int shrink = c2.in.map == X86_MAP_XOPA && c->in.opsize_prefix ? 2 : 0;
    if (c2.in.len + removed != c->in.len || !c2.cs_ok ||
        (c2.cs_len + removed != c->cs_len && c2.cs_len + removed - shrink != c->cs_len))
        return false;
    return reduces(&c2);
}

static bool is_vex_escape(const uint8_t *b, int p, int mode)
{
    uint8_t e = b[p], n = b[p + 1];
    if (e == 0xC4 || e == 0xC5 || e == 0x62)
        return mode == 64 || (n & 0xC0) == 0xC0;
    return e == 0x8F && (n & 0x1F) >= 8;
}

static bool is_segment(uint8_t b)
{
    return b == 0x26 || b == 0x2E || b == 0x36 || b == 0x3E || b == 0x64 || b == 0x65;
}

static bool has_later_segment(const uint8_t *b, int i, int n)
{
    for (int j = i + 1; j < n; j++)
        if (is_segment(b[j]))
            return true;
    return false;
}

/* Rewrites the prefixes in the order Capstone 4 understands: the others first, then 66,
 * then F2/F3 (so the mandatory prefix is next to the opcode), then REX; optionally adds or
 * removes 67. Returns the change in length. */
static int canonical_prefixes(const Ctx *c, uint8_t *nb, bool toggle67)
{
    int p = prefix_len(c), n = 0;
    uint8_t rex = 0;
    bool has67 = false;
    /* adding a 67 to a 15-byte instruction: drop a segment override a later one replaces */
    bool make_room = toggle67 && !memchr(c->b, 0x67, (size_t)p) && c->in.len >= 15;
    for (int i = 0; i < p; i++) {
        uint8_t b = c->b[i];
        if ((b & 0xF0) == 0x40 && c->mode == 64) {
            rex = i == p - 1 ? b : 0;
            continue;
        }
        if (b == 0x67) {
            has67 = true;
            if (toggle67)
                continue;
        }
        if (make_room && is_segment(b) && has_later_segment(c->b, i, p)) {
            make_room = false;
            continue;
        }
        if (b != 0x66 && b != 0xF2 && b != 0xF3)
            nb[n++] = b;
    }
    if (toggle67 && !has67)
        nb[n++] = 0x67;
    for (int i = 0; i < p; i++)
        if (c->b[i] == 0x66)
            nb[n++] = 0x66;
    for (int i = 0; i < p; i++)
        if (c->b[i] == 0xF2 || c->b[i] == 0xF3)
            nb[n++] = c->b[i];
    if (rex)
        nb[n++] = rex;
    int delta = n - p;
    for (int i = p; i < BUF && n < BUF; i++)
        nb[n++] = c->b[i];
    while (n < BUF)
        nb[n++] = 0;
    return delta;
}

/* ---- the deliberate disagreements ---- */

static bool is_lock(uint8_t b) { return b == 0xF0; }
static bool is_rep(uint8_t b) { return b == 0xF2 || b == 0xF3; }
static bool is_vex_bad_prefix(uint8_t b)
{
    return b == 0xF0 || b == 0x66 || b == 0xF2 || b == 0xF3 || (b & 0xF0) == 0x40;
}

/* LOCK on an instruction that does not allow it, or with a register destination. The SDM's
 * list is checked here independently of Tern's table, by Capstone's instruction id. */
static bool lockable_id(unsigned id)
{
    switch (id) {
    case X86_INS_ADD: case X86_INS_ADC: case X86_INS_AND: case X86_INS_BTC: case X86_INS_BTR:
    case X86_INS_BTS: case X86_INS_CMPXCHG: case X86_INS_CMPXCHG8B: case X86_INS_CMPXCHG16B:
    case X86_INS_DEC: case X86_INS_INC: case X86_INS_NEG: case X86_INS_NOT: case X86_INS_OR:
    case X86_INS_SBB: case X86_INS_SUB: case X86_INS_XOR: case X86_INS_XADD: case X86_INS_XCHG:
        return true;
    default:
        return false;
    }
}

static bool k_lock(const Ctx *c)
{
    uint8_t nb[BUF];
    Ctx c2;
    if (!c->in.lock || c->st != X86_DECODE_INVALID || !c->cs_ok)
        return false;
    strip_prefixes(c, nb, is_lock);
    redecode(c, &c2, nb, c->mode, c->cs);
    if (c2.st != X86_DECODE_OK)
        return false;
    int k0 = c2.in.entry->operands[0];
    bool mem_dest = c2.in.mod != 3 && (k0 == X86_OPK_Eb || k0 == X86_OPK_Ev || k0 == X86_OPK_Mq);
    if (c2.cs_ok && lockable_id(c->ci->id) && mem_dest)
        return false; /* the SDM allows this LOCK: Tern must not reject it */
    return ud_only_by_prefix(c, is_lock, true);
}

/* Capstone 4 takes 66/F2/F3 as a mandatory prefix only when it is the byte right before
 * the opcode; Tern lets the last F2/F3, else 66, select the form wherever it stands.
 * Checked by moving them next to the opcode. */
static bool k_mandatory_order(const Ctx *c)
{
    uint8_t nb[BUF];
    Ctx c2;
    if (agrees(c))
        return false;
    int delta = canonical_prefixes(c, nb, false);
    if (memcmp(nb, c->b, BUF) == 0)
        return false;
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == c->st && c2.in.len == c->in.len + delta && reduces(&c2);
}

/* F2/F3 before an instruction that gives them no meaning: Tern ignores them (as the CPU
 * does), Capstone 4 rejects some such combinations. Checked by removing them. */
static bool k_rep_ignored(const Ctx *c)
{
    uint8_t nb[BUF];
    Ctx c2;
    if (c->st != X86_DECODE_OK || agrees(c) || !c->in.rep || c->in.entry->prefix != X86_PFX_ANY ||
        (c->in.entry->flags & X86F_REP))
        return false;
    int removed = strip_prefixes(c, nb, is_rep);
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == X86_DECODE_OK && c2.in.len + removed == c->in.len && reduces(&c2);
}

/* Capstone 4's 16-bit tables lack many SSE/AVX forms and ignore 66/F2/F3 as mandatory
 * prefixes. Checked against the 32-bit decoders with 67 toggled (16-bit addressing). */
static bool k_16bit(const Ctx *c)
{
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 16)
        return false;
    int delta = canonical_prefixes(c, nb, true);
    redecode(c, &c2, nb, 32, c->cs32);
    /* over 15 bytes in 16-bit form, within the limit once the 67s are gone */
    if (c->st == X86_DECODE_TOO_LONG && c2.st != X86_DECODE_TOO_LONG)
        return c2.in.len - delta > 15 && reduces(&c2);
    return c2.st == c->st && c2.in.len == c->in.len + delta && reduces(&c2);
}

static bool k_unknown_ud(const Ctx *c)
{
    return tern_only(c) && (mn(c) == X86_MN_ud0 || mn(c) == X86_MN_ud1);
}

static bool k_ud_len(const Ctx *c)
{
    /* Capstone stops after the two opcode bytes */
    int p = prefix_len(c);
    bool ud = mn(c) == X86_MN_ud0 || mn(c) == X86_MN_ud1 ||
              (c->st == X86_DECODE_TOO_LONG && c->b[p] == 0x0F &&
               (c->b[p + 1] == 0xB9 || c->b[p + 1] == 0xFF));
    return ud && c->st != X86_DECODE_INVALID && c->cs_ok && c->cs_len == p + 2;
}

static bool k_hint_nop(const Ctx *c)
{
    return tern_only(c) && c->in.map == X86_MAP_0F && c->in.opcode >= 0x18 &&
           c->in.opcode <= 0x1F;
}

static bool k_prefetch(const Ctx *c)
{
    return tern_only(c) && c->in.map == X86_MAP_0F && c->in.opcode == 0x0D;
}

static bool k_fence_rm(const Ctx *c)
{
    int m = mn(c);
    return tern_only(c) && (m == X86_MN_lfence || m == X86_MN_mfence || m == X86_MN_sfence) &&
           (c->in.modrm & 7) != 0;
}

static bool k_newer(const Ctx *c)
{
    switch (mn(c)) {
    case X86_MN_rdpkru: case X86_MN_wrpkru: case X86_MN_rdpid:
    case X86_MN_gf2p8mulb: case X86_MN_gf2p8affineqb: case X86_MN_gf2p8affineinvqb:
    case X86_MN_broadcasti128:
        return tern_only(c);
    default:
        return false;
    }
}

static bool k_mov_cs(const Ctx *c)
{
    int p = prefix_len(c);
    return cs_only(c) && c->b[p] == 0x8E && ((c->b[p + 1] >> 3) & 7) == 1 &&
           c->cs_len == c->in.len;
}

static bool k_swapgs(const Ctx *c)
{
    int p = prefix_len(c);
    return cs_only(c) && c->mode != 64 && c->b[p] == 0x0F && c->b[p + 1] == 0x01 &&
           c->b[p + 2] == 0xF8;
}

static bool k_vex_prefix(const Ctx *c)
{
    int p = prefix_len(c);
    return is_vex_escape(c->b, p, c->mode) && ud_only_by_prefix(c, is_vex_bad_prefix, false);
}

/* Checked by flipping W (3-byte VEX only): then both accept with Capstone's length. */
static bool k_vex_w(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->st != X86_DECODE_INVALID || !c->cs_ok || c->b[p] != 0xC4 ||
        !is_vex_escape(c->b, p, c->mode))
        return false;
    memcpy(nb, c->b, BUF);
    nb[p + 2] ^= 0x80;
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.in.len == c->in.len && c2.cs_ok && c2.cs_len == c->cs_len && reduces(&c2) &&
           (c2.st == X86_DECODE_OK || !agrees(&c2));
}

/* VEX.vvvv must be 1111b where the instruction has no operand for it; Capstone 4 checks
 * that for some instructions only. Checked by setting vvvv to 1111b. */
static bool k_vvvv(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->st != X86_DECODE_INVALID || !c->cs_ok || (c->b[p] != 0xC4 && c->b[p] != 0xC5) ||
        !is_vex_escape(c->b, p, c->mode))
        return false;
    memcpy(nb, c->b, BUF);
    nb[p + (c->b[p] == 0xC4 ? 2 : 1)] |= 0x78;
    if (!memcmp(nb, c->b, BUF))
        return false;
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.in.len == c->in.len && c2.cs_ok && c2.cs_len == c->cs_len && reduces(&c2) &&
           (c2.st == X86_DECODE_OK || !agrees(&c2));
}

/* AVX-512: EVEX, and the VEX-encoded opmask instructions (VEX.0F 41-4B, 90-93, 98-99;
 * VEX.0F3A 30-33) */
static bool k_avx512(const Ctx *c)
{
    int p = prefix_len(c), op = c->in.opcode;
    if (c->st != X86_DECODE_INVALID || !c->cs_ok || !is_vex_escape(c->b, p, c->mode) ||
        c->cs_len != c->in.len)
        return false;
    if (c->b[p] == 0x62)
        return c->in.vex_len == 4;
    if (c->in.map == X86_MAP_0F)
        return (op >= 0x41 && op <= 0x4B) || (op >= 0x90 && op <= 0x93) || op == 0x98 ||
               op == 0x99;
    return c->in.map == X86_MAP_0F3A && op >= 0x30 && op <= 0x33;
}

/* prefixes without effect on a near branch in 64-bit mode: 66 (Intel), LOCK (#UD, listed
 * separately), F2/F3 (BND hints), segment overrides (reserved) */
static bool no_branch_effect(uint8_t b) { return is_legacy_prefix(b) && b != 0x67; }

/* In 64-bit mode near branches ignore 66 on Intel CPUs (AMD honours it, and so does
 * Capstone 4). Checked by removing the 66s: then both agree, and Tern's length for the
 * original is that plus the 66s (or over 15: #GP). */
static bool k_branch66(const Ctx *c)
{
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 64 || agrees(c) || !memchr(c->b, 0x66, (size_t)prefix_len(c)))
        return false;
    int removed = strip_prefixes(c, nb, no_branch_effect);
    redecode(c, &c2, nb, c->mode, c->cs);
    if (c2.st != X86_DECODE_OK || !(c2.in.entry->flags & X86F_F64) ||
        !(c2.in.entry->flags & X86F_BRANCH) || !reduces(&c2))
        return false;
    if (c->st == X86_DECODE_OK)
        return c->in.len == c2.in.len + removed;
    return c->st == X86_DECODE_TOO_LONG && c2.in.len + removed > 15;
}

/* MOV to/from Sreg with REX.R: Tern ignores REX.R as segment registers have 3-bit
 * numbers; Capstone 4 rejects it. Checked by clearing REX.R. */
static bool k_sreg_rexr(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 64 || !tern_only(c) || !(c->in.rex & 4) || !p || (c->b[p - 1] & 0xF0) != 0x40)
        return false;
    const X86OpcodeEntry *e = c->in.entry;
    if (e->operands[0] != X86_OPK_Sw && e->operands[1] != X86_OPK_Sw)
        return false;
    memcpy(nb, c->b, BUF);
    nb[p - 1] &= (uint8_t)~4;
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == X86_DECODE_OK && c2.in.len == c->in.len && reduces(&c2);
}

/* With a REX prefix, Capstone 4 accepts 66-only 0F38/0F3A SSE forms without the 66.
 * Checked by adding the 66 (before the REX). */
static bool k_rex_no66(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 64 || !cs_only(c) || c->in.opsize_prefix || !p ||
        (c->b[p - 1] & 0xF0) != 0x40 || (c->in.map != X86_MAP_0F38 && c->in.map != X86_MAP_0F3A))
        return false;
    memcpy(nb, c->b, (size_t)(p - 1));
    nb[p - 1] = 0x66;
    memcpy(nb + p, c->b + p - 1, (size_t)(BUF - p));
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == X86_DECODE_OK && c2.in.entry->prefix == 0x66 && c2.cs_ok &&
           c2.cs_len == c->cs_len + 1 && reduces(&c2);
}

/* Capstone 4 reads a 67 right before REX as if it were 66. Checked by putting a null
 * prefix (3E, ignored in 64-bit mode) between them. */
static bool k_67rex(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 64 || agrees(c) || p < 2 || (c->b[p - 1] & 0xF0) != 0x40 || c->b[p - 2] != 0x67)
        return false;
    memcpy(nb, c->b, (size_t)(p - 1));
    nb[p - 1] = 0x3E;
    memcpy(nb + p, c->b + p - 1, (size_t)(BUF - p));
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == c->st && c2.in.len == c->in.len + 1 && reduces(&c2);
}

/* EVEX register forms (mod=11) of instructions without an immediate (all of map 0F38, and
 * map 0F but for 70-73 and C2-C6): Capstone 4 takes one byte too many for many of them
 * (and prints a rounding mode EVEX.b does not select). */
static bool k_evex_rc(const Ctx *c)
{
    int p = prefix_len(c), op = c->in.opcode;
    if (c->st != X86_DECODE_INVALID || !c->cs_ok || c->b[p] != 0x62 || c->in.vex_len != 4 ||
        c->in.mod != 3 || c->cs_len != c->in.len + 1)
        return false;
    if (c->in.map == X86_MAP_0F38)
        return true;
    return c->in.map == X86_MAP_0F && !(op >= 0x70 && op <= 0x73) && !(op >= 0xC2 && op <= 0xC6);
}

static bool is_67(uint8_t b) { return b == 0x67; }

/* EVEX memory operands under 67 in 64-bit mode: Capstone 4 mis-sizes them. 32- and 64-bit
 * addressing take the same ModRM/SIB/displacement bytes (SDM vol. 2, 2.2.1.3), so removing
 * the 67 must leave Tern's length short by exactly the 67s, and Capstone then agrees. */
static bool k_evex_67(const Ctx *c)
{
    int p = prefix_len(c);
    uint8_t nb[BUF];
    Ctx c2;
    if (c->mode != 64 || c->b[p] != 0x62 || !c->cs_ok || agrees(c) || !c->in.adsize_prefix)
        return false;
    int removed = strip_prefixes(c, nb, is_67);
    redecode(c, &c2, nb, c->mode, c->cs);
    return c2.st == c->st && c2.in.len + removed == c->in.len && reduces(&c2);
}

static bool k_padlock(const Ctx *c)
{
    int p = prefix_len(c);
    return cs_only(c) && c->b[p] == 0x0F && (c->b[p + 1] == 0xA6 || c->b[p + 1] == 0xA7);
}

static bool k_amd_vex(const Ctx *c)
{
    int p = prefix_len(c);
    if (c->st != X86_DECODE_INVALID || !c->cs_ok || c->cs_len != c->in.len ||
        !is_vex_escape(c->b, p, c->mode))
        return false;
    if (c->b[p] == 0x8F)
        return true;
    /* FMA4 and VPERMIL2PS/PD live in VEX.0F3A 48-49, 5C-5F, 68-6F, 78-7F */
    int op = c->in.opcode;
    return c->in.map == X86_MAP_0F3A && c->in.vex_len &&
           (op == 0x48 || op == 0x49 || (op >= 0x5C && op <= 0x5F) || (op >= 0x68 && op <= 0x6F) ||
            (op >= 0x78 && op <= 0x7F));
}

static bool k_3dnow_0e(const Ctx *c)
{
    return cs_only(c) && c->in.map == X86_MAP_3DNOW && c->in.opcode == 0x0E &&
           c->cs_len == c->in.len;
}

typedef struct Known {
    const char *name;
    const char *ref; /* what Tern follows */
    bool (*match)(const Ctx *c);
} Known;

static const Known known[] = {
    { "LOCK where it is #UD (Capstone 4 accepts it)",
      "SDM vol. 2, LOCK: #UD unless a listed insn with a memory destination", k_lock },
    { "66/F2/F3 not next to the opcode",
      "SDM vol. 2, 2.1.1: prefix groups may be placed in any order", k_mandatory_order },
    { "F2/F3 without meaning, rejected by Capstone 4",
      "SDM vol. 2, 2.1.1: F2/F3 only change string insns and the SIMD forms", k_rep_ignored },
    { "66/F2/F3/LOCK/REX before VEX/EVEX/XOP",
      "SDM vol. 2, 2.3.2-2.3.4: #UD", k_vex_prefix },
    { "VEX.W not checked by Capstone 4",
      "SDM vol. 2, opcode columns VEX.W0/VEX.W1: the other W is #UD", k_vex_w },
    { "VEX.vvvv != 1111b where unused, accepted by Capstone 4",
      "SDM vol. 2, 2.3.6: VEX.vvvv reserved, must be 1111b, else #UD", k_vvvv },
    { "AVX-512 (EVEX, VEX opmask): length only, #UD in Tern",
      "SDM vol. 2, 2.6, 15.x: #UD without CPUID.(EAX=07H):EBX.AVX512F, which Tern's CPU lacks",
      k_avx512 },
    { "66 on near branches in 64-bit mode",
      "SDM vol. 2, JMP/Jcc/CALL/RET: operand size fixed at 64 bits in 64-bit mode (Intel)",
      k_branch66 },
    { "MOV Sreg with REX.R rejected by Capstone 4",
      "SDM vol. 2, 3.1.1.3 / table 2-4: Sreg numbers are 3 bits; REX.R does not apply",
      k_sreg_rexr },
    { "66-only 0F38/0F3A forms without 66 (with REX) accepted by Capstone 4",
      "SDM vol. 2, opcode column 66 0F 38/3A (the 66 is part of the opcode)", k_rex_no66 },
    { "67 right before REX read as 66 by Capstone 4",
      "SDM vol. 2, 2.1.1 (67 is the address-size prefix wherever it stands)", k_67rex },
    { "EVEX register forms: Capstone 4 reads a byte too many",
      "SDM vol. 2, tables A-3/A-4: no immediate for 0F38 xx and most 0F xx", k_evex_rc },
    { "EVEX memory operands under 67 (64-bit): Capstone 4 mis-sizes them",
      "SDM vol. 2, 2.2.1.3: 32- and 64-bit addressing have the same ModRM/SIB/disp sizes",
      k_evex_67 },
    { "VIA PadLock (0F A6/A7) decoded by Capstone 4",
      "SDM vol. 2, table A-3: 0F A6, 0F A7 undefined (#UD)", k_padlock },
    { "AMD XOP/FMA4: length only, #UD in Tern",
      "AMD APM vol. 4: #UD without CPUID 8000_0001H:ECX XOP/FMA4, which Tern's CPU lacks",
      k_amd_vex },
    { "UD0/UD1 unknown to Capstone 4", "SDM vol. 2, UD: 0F FF /r UD0, 0F B9 /r UD1",
      k_unknown_ud },
    { "UD0/UD1 without ModRM in Capstone 4", "SDM vol. 2, UD: 0F FF /r, 0F B9 /r", k_ud_len },
    { "reserved-NOP space rejected by Capstone 4",
      "SDM vol. 2, table A-3 (0F 18-1F NOP Ev) and NOP (0F 1F /0 r/m)", k_hint_nop },
    { "0F 0D prefetch forms unknown to Capstone 4",
      "SDM vol. 2, PREFETCHW 0F 0D /1, PREFETCHWT1 0F 0D /2; AMD APM vol. 3 PREFETCH",
      k_prefetch },
    { "LFENCE/MFENCE/SFENCE with rm != 0",
      "SDM vol. 2, table A-6 group 15: mod=11 /5 /6 /7 for any rm", k_fence_rm },
    { "instructions Capstone 4 lacks",
      "SDM vol. 2: RDPKRU/WRPKRU, RDPID, GF2P8MULB/AFFINEQB/AFFINEINVQB, VBROADCASTI128",
      k_newer },
    { "MOV CS accepted by Capstone 4", "SDM vol. 2, MOV: #UD on a load of CS", k_mov_cs },
    { "SWAPGS outside 64-bit mode accepted by Capstone 4",
      "SDM vol. 2, SWAPGS: #UD if not 64-bit mode", k_swapgs },
    { "3DNow! suffix 0E decoded as FEMMS by Capstone 4",
      "AMD 3DNow! manual: FEMMS is 0F 0E; the 0F 0F suffix 0E is undefined", k_3dnow_0e },
    { "SIMD forms missing from Capstone 4's 16-bit tables",
      "SDM vol. 2, 2.1.1/2.3: same encodings in every mode (checked via 32-bit + 67)", k_16bit },
};
#define NKNOWN (sizeof(known) / sizeof(known[0]))
static long known_count[NKNOWN][3];

static bool explained(const Ctx *c, size_t *which)
{
    if (c->depth > 4)
        return false;
    for (size_t k = 0; k < NKNOWN; k++) {
        if (known[k].match(c)) {
            *which = k;
            return true;
        }
    }
    return false;
}

/* ---- generator ---- */

static uint64_t rng_state;
static uint64_t rnd(void)
{
    /* splitmix64 */
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static const uint8_t legacy_prefixes[] = { 0xF0, 0xF2, 0xF3, 0x66, 0x67, 0x26, 0x2E, 0x36,
                                           0x3E, 0x64, 0x65 };

static void generate(uint8_t *b, int mode)
{
    for (int i = 0; i < BUF; i++)
        b[i] = (uint8_t)rnd();
    unsigned kind = (unsigned)(rnd() % 16);
    if (kind < 3)
        return; /* pure random bytes */
    int k = 0;
    /* prefixes: usually few, sometimes many (towards the 15-byte limit) */
    int np = (int)(rnd() % 8 == 0 ? rnd() % 15 : rnd() % 4);
    for (int i = 0; i < np && k < BUF; i++)
        b[k++] = legacy_prefixes[rnd() % sizeof(legacy_prefixes)];
    if (mode == 64 && rnd() % 2 && k < BUF)
        b[k++] = (uint8_t)(0x40 | (rnd() & 15));
    if (k >= BUF - 4)
        return;
    switch (kind) {
    case 3: case 4: case 5: break;               /* one-byte map */
    case 6: case 7: b[k++] = 0x0F; break;        /* 0F map */
    case 8: b[k++] = 0x0F; b[k++] = 0x38; break;
    case 9: b[k++] = 0x0F; b[k++] = 0x3A; break;
    case 10: b[k++] = 0x0F; b[k++] = 0x0F; break; /* 3DNow! */
    case 11: b[k++] = 0xC5; break;
    case 12:
        b[k++] = 0xC4;
        b[k] = (uint8_t)((b[k] & 0xE0) | (1 + rnd() % 3));
        break;
    case 13: /* x87 */
        b[k++] = (uint8_t)(0xD8 + rnd() % 8);
        break;
    case 14: /* EVEX with its fixed bits mostly right */
        b[k++] = 0x62;
        if (rnd() % 4) {
            b[k] = (uint8_t)((b[k] & 0xF0) | (1 + rnd() % 3));
            b[k + 1] |= 0x04;
        }
        break;
    default: /* XOP */
        b[k++] = 0x8F;
        b[k] = (uint8_t)((b[k] & 0xE0) | (8 + rnd() % 3));
        break;
    }
}

/* ---- driver ---- */

typedef struct Stats {
    long total, both_ok, both_bad, listed, failed;
} Stats;

static int show_limit = 8;
static bool verbose;
static int only_mode;

static void show(const Ctx *c, const char *what)
{
    char t[160];
    x86_format(&c->in, t, sizeof(t));
    printf("  %d-bit %s:", c->mode, what);
    int n = c->in.len > c->cs_len ? c->in.len : c->cs_len;
    if (n < 4)
        n = 4;
    for (int i = 0; i < n && i < BUF; i++)
        printf(" %02x", c->b[i]);
    printf("\n      tern: status %d len %d \"%s\"   capstone: %s len %d \"%s %s\"\n", c->st,
           c->in.len, t, c->cs_ok ? "ok" : "invalid", c->cs_len, c->cs_ok ? c->ci->mnemonic : "",
           c->cs_ok ? c->ci->op_str : "");
}

static void run_mode(int mode, uint64_t seed, long count, Stats *s)
{
    Ctx c = { 0 };
    c.mode = mode;
    cs_mode m = mode == 16 ? CS_MODE_16 : mode == 32 ? CS_MODE_32 : CS_MODE_64;
    if (cs_open(CS_ARCH_X86, m, &c.cs) != CS_ERR_OK) {
        fprintf(stderr, "capstone: cs_open failed\n");
        exit(2);
    }
    c.ci = cs_malloc(c.cs);
    if (cs_open(CS_ARCH_X86, CS_MODE_32, &c.cs32) != CS_ERR_OK) {
        fprintf(stderr, "capstone: cs_open failed\n");
        exit(2);
    }
    rng_state = seed ^ (uint64_t)mode;
    uint8_t b[BUF];
    c.b = b;
    int mi = mode == 16 ? 0 : mode == 32 ? 1 : 2;
    for (long i = 0; i < count; i++) {
        generate(b, mode);
        c.st = x86_decode(&c.in, b, BUF, mode, 0x1000);
        c.cs_len = 0;
        c.cs_ok = cs_decode(c.cs, c.ci, b, BUF, &c.cs_len);
        s->total++;
        bool t_ok = c.st == X86_DECODE_OK;
        if (t_ok && c.cs_ok && c.in.len == c.cs_len) {
            s->both_ok++;
            continue;
        }
        if (!t_ok && !c.cs_ok) {
            s->both_bad++;
            continue;
        }
        size_t k;
        if (explained(&c, &k)) {
            known_count[k][mi]++;
            s->listed++;
            if (verbose)
                show(&c, known[k].name);
            continue;
        }
        s->failed++;
        if (show_limit-- > 0)
            show(&c, t_ok && c.cs_ok ? "LENGTH MISMATCH" : t_ok ? "ONLY TERN DECODES"
                                                           : "ONLY CAPSTONE DECODES");
    }
    cs_free(c.ci, 1);
    cs_close(&c.cs);
    cs_close(&c.cs32);
}

int main(int argc, char **argv)
{
    long count = 1000000;
    uint64_t seeds[2] = { 0x7465726E2D646563ull, 0 };
    int nseeds = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            count = atol(argv[++i]);
        else if (!strcmp(argv[i], "-v"))
            verbose = true;
        else if (!strcmp(argv[i], "-s") && i + 1 < argc)
            show_limit = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-m") && i + 1 < argc)
            only_mode = atoi(argv[++i]);
        else {
            seeds[1] = strtoull(argv[i], NULL, 0);
            nseeds = 2;
        }
    }
    int major = 0, minor = 0;
    cs_version(&major, &minor);
    printf("decode_vs_capstone: Capstone %d.%d, %ld sequences per mode and seed\n", major, minor,
           count);
    long failed = 0, passed = 0;
    for (int si = 0; si < nseeds; si++) {
        for (int mode = 16; mode <= 64; mode *= 2) {
            if (only_mode && mode != only_mode)
                continue;
            Stats s = { 0 };
            run_mode(mode, seeds[si], count, &s);
            printf("%d-bit, seed 0x%" PRIx64 ": %ld sequences: %ld both decode (same length), "
                   "%ld both reject, %ld listed disagreements, %ld failed\n",
                   mode, seeds[si], s.total, s.both_ok, s.both_bad, s.listed, s.failed);
            failed += s.failed;
            passed += s.total - s.failed;
        }
    }
    printf("listed disagreements (16/32/64-bit):\n");
    for (size_t k = 0; k < NKNOWN; k++)
        printf("  %-48s %7ld %7ld %7ld   [%s]\n", known[k].name, known_count[k][0],
               known_count[k][1], known_count[k][2], known[k].ref);
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
