package org.krait.compiler.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.dis.Disassembler;
import org.krait.compiler.ir.BinaryOperator;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.ConstValues;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.parser.PySyntaxError;

/**
 * The match statement (PEP 634; compile.c {@code compiler_match} and the
 * {@code compiler_pattern_*} helpers). Every pattern consumes its subject on top of the stack
 * and jumps to a "fail pop" label on mismatch; captured values stay on the stack, beneath the
 * items still in use ({@link Context#onTop}), and are stored only once the whole case matched.
 */
final class MatchCodegen {
    private final Codegen c;

    MatchCodegen(Codegen c) {
        this.c = c;
    }

    /** compile.c {@code pattern_context}. */
    private static final class Context {
        /** Names captured so far, in the order their values sit on the stack. */
        List<String> stores = new ArrayList<>();
        /** False where a capture or wildcard would make later cases unreachable. */
        boolean allowIrrefutable;
        /** failPop.get(i) pops i items, then falls through to failPop.get(i - 1). */
        List<Integer> failPop = new ArrayList<>();
        /** Items on top of the stack that stay there while sub-patterns run; popped on failure. */
        int onTop;

        Context copy() {
            Context k = new Context();
            k.stores = stores;
            k.allowIrrefutable = allowIrrefutable;
            k.failPop = failPop;
            k.onTop = onTop;
            return k;
        }

        void restore(Context k) {
            stores = k.stores;
            allowIrrefutable = k.allowIrrefutable;
            failPop = k.failPop;
            onTop = k.onTop;
        }

        void reset(boolean irrefutable) {
            stores = new ArrayList<>();
            allowIrrefutable = irrefutable;
            failPop = new ArrayList<>();
            onTop = 0;
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    /** compile.c {@code compiler_match_inner}. */
    void match(Stmt.Match s) {
        c.exprs.visit(s.subject());
        int end = c.newLabel();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        Context pc = new Context();
        for (int i = 0; i <= last; i++) {
            MatchCase m = cases.get(i);
            Location loc = Codegen.loc(m.pattern());
            // only copy the subject if this is not the last case
            if (i != last) {
                c.addopI(loc, Opcode.COPY, 1);
            }
            // irrefutable cases must be either guarded, last, or both
            pc.reset(m.guard() != null || i == n - 1);
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                c.nameop(loc, name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                c.exprs.jumpIf(loc, m.guard(), pc.failPop.get(0), false);
            }
            if (i != last) {
                c.addop(loc, Opcode.POP_TOP);
            }
            c.stmts.visitAll(m.body());
            c.addopJ(Location.NONE, Opcode.JUMP, end);
            // a failed pattern's cleanup has the pattern's line, not the body's last one
            emitAndResetFailPop(loc, pc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            Location loc = Codegen.loc(m.pattern());
            // no code for "case _", but its line is covered
            c.addop(loc, Opcode.NOP);
            if (m.guard() != null) {
                c.exprs.jumpIf(loc, m.guard(), end, false);
            }
            c.stmts.visitAll(m.body());
        }
        c.useLabel(end);
    }

    // ---- fail pops and stores ----------------------------------------------------------------

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(c.newLabel());
        }
    }

    /** Jumps with {@code op} to the label that pops everything on top plus the captures so far. */
    private void jumpToFailPop(Location loc, Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.addopJ(loc, op, pc.failPop.get(pops));
    }

    /** The POP_TOP chain the fail-pop labels mark, then a fresh (empty) list. */
    private void emitAndResetFailPop(Location loc, Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            c.useLabel(pc.failPop.get(i));
            c.addop(loc, Opcode.POP_TOP);
        }
        c.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    /** 3.10's ROT_N as SWAPs: the top item moves {@code count - 1} places down. */
    private void rotate(Location loc, int count) {
        while (count > 1) {
            c.addopI(loc, Opcode.SWAP, count--);
        }
    }

    private PySyntaxError duplicateStore(Location loc, String name) {
        return c.error(loc, "multiple assignments to name " + Disassembler.repr(name) + " in pattern");
    }

    /** A captured value goes beneath the items in use and the earlier captures. */
    private void storeName(Location loc, String name, Context pc) {
        if (name == null) {
            c.addop(loc, Opcode.POP_TOP);
            return;
        }
        c.checkForbidden(loc, name, ExprContext.Store);
        if (pc.stores.contains(name)) {
            throw duplicateStore(loc, name);
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    // ---- patterns ----------------------------------------------------------------------------

    private void pattern(Pattern p, Context pc) {
        if (p instanceof Pattern.MatchValue v) {
            value(v, pc);
        } else if (p instanceof Pattern.MatchSingleton s) {
            Location loc = Codegen.loc(s);
            c.loadConst(loc, s.value());
            c.exprs.addCompare(loc, CmpOp.Is);
            jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, pc);
        } else if (p instanceof Pattern.MatchClass k) {
            classPattern(k, pc);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(Codegen.loc(s), s.name(), pc);
        } else if (p instanceof Pattern.MatchAs a) {
            as(a, pc);
        } else {
            or((Pattern.MatchOr) p, pc);
        }
    }

    /** compile.c {@code compiler_pattern_subpattern}: no irrefutability checks below the top. */
    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void value(Pattern.MatchValue p, Context pc) {
        Location loc = Codegen.loc(p);
        Expr value = p.value();
        if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute)) {
            throw c.error(loc, "patterns may only match literals and attribute lookups");
        }
        c.exprs.visit(value);
        c.exprs.addCompare(loc, CmpOp.Eq);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
    }

    private void as(Pattern.MatchAs p, Context pc) {
        Location loc = Codegen.loc(p);
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (p.name() != null) {
                    throw c.error(loc, "name capture " + Disassembler.repr(p.name())
                            + " makes remaining patterns unreachable");
                }
                throw c.error(loc, "wildcard makes remaining patterns unreachable");
            }
            storeName(loc, p.name(), pc);
            return;
        }
        // a copy to store if the pattern matches
        pc.onTop++;
        c.addopI(loc, Opcode.COPY, 1);
        pattern(p.pattern(), pc);
        pc.onTop--;
        storeName(loc, p.name(), pc);
    }

    /** compile.c {@code compiler_pattern_sequence}. */
    private void sequence(Pattern.MatchSequence p, Context pc) {
        Location loc = Codegen.loc(p);
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (sub instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw c.error(loc, "multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(sub);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(sub);
        }
        // the subject stays on top during the type and length checks
        pc.onTop++;
        c.addop(loc, Opcode.MATCH_SEQUENCE);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            lengthCheck(loc, pc, size, CmpOp.Eq);
        } else if (size > 1) {
            lengthCheck(loc, pc, size - 1, CmpOp.GtE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.addop(loc, Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    private void lengthCheck(Location loc, Context pc, int size, CmpOp op) {
        c.addop(loc, Opcode.GET_LEN);
        c.loadConst(loc, BigInteger.valueOf(size));
        c.exprs.addCompare(loc, op);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
    }

    /** compile.c {@code pattern_helper_sequence_unpack}: UNPACK_SEQUENCE/UNPACK_EX, then each sub-pattern. */
    private void sequenceUnpack(Location loc, List<Pattern> patterns, Context pc) {
        int n = patterns.size();
        c.exprs.unpack(loc, n, i -> patterns.get(i) instanceof Pattern.MatchStar, "sequence pattern");
        pc.onTop += n;
        for (Pattern sub : patterns) {
            pc.onTop--;
            subpattern(sub, pc);
        }
    }

    /**
     * compile.c {@code pattern_helper_sequence_subscr}: with a starred wildcard, the items are
     * read by index (negative ones computed from the length) instead of unpacking everything.
     */
    private void sequenceSubscr(Location loc, List<Pattern> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (isWildcard(sub) || i == star) {
                continue;
            }
            c.addopI(loc, Opcode.COPY, 1);
            if (i < star) {
                c.loadConst(loc, BigInteger.valueOf(i));
            } else {
                c.addop(loc, Opcode.GET_LEN);
                c.loadConst(loc, BigInteger.valueOf(size - i));
                c.addopI(loc, Opcode.BINARY_OP, BinaryOperator.NB_SUBTRACT.oparg());
            }
            c.addop(loc, Opcode.BINARY_SUBSCR);
            subpattern(sub, pc);
        }
        pc.onTop--;
        c.addop(loc, Opcode.POP_TOP);
    }

    /** COPY 1, LOAD_CONST None, IS_OP 1 and a fail jump: MATCH_CLASS and MATCH_KEYS give None on mismatch. */
    private void failIfNone(Location loc, Context pc) {
        c.addopI(loc, Opcode.COPY, 1);
        c.loadConst(loc, PySingleton.None);
        c.addopI(loc, Opcode.IS_OP, Opargs.INVERT);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
    }

    /** compile.c {@code compiler_pattern_class}. */
    private void classPattern(Pattern.MatchClass p, Context pc) {
        Location loc = Codegen.loc(p);
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            c.checkForbidden(Codegen.loc(kwdPatterns.get(i)), attrs.get(i), ExprContext.Store);
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw c.error(Codegen.loc(kwdPatterns.get(j)),
                            "attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        c.exprs.visit(p.cls());
        c.loadConst(loc, new ConstTuple(new ArrayList<>(attrs)));
        c.addopI(loc, Opcode.MATCH_CLASS, nargs);
        // on top: a tuple of the nargs + nattrs attributes, or None
        pc.onTop++;
        failIfNone(loc, pc);
        c.addopI(loc, Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(sub)) {
                c.addop(loc, Opcode.POP_TOP);
                continue;
            }
            subpattern(sub, pc);
        }
    }

    /** compile.c {@code compiler_pattern_mapping}; {@code **rest} gets a copy without the matched keys. */
    private void mapping(Pattern.MatchMapping p, Context pc) {
        Location loc = Codegen.loc(p);
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        String rest = p.rest();
        // the subject stays on top during the type and length checks
        pc.onTop++;
        c.addop(loc, Opcode.MATCH_MAPPING);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            // "{}": done, pop the subject
            pc.onTop--;
            c.addop(loc, Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            lengthCheck(loc, pc, size, CmpOp.GtE);
        }
        List<Object> seen = new ArrayList<>();
        for (Expr key : keys) {
            if (key instanceof Expr.Constant k) {
                if (seen.stream().anyMatch(x -> ConstValues.pyEquals(x, k.value()))) {
                    throw c.error(loc, "mapping pattern checks duplicate key (" + Disassembler.repr(k.value()) + ")");
                }
                seen.add(k.value());
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            c.exprs.visit(key);
        }
        c.addopI(loc, Opcode.BUILD_TUPLE, size);
        c.addop(loc, Opcode.MATCH_KEYS);
        // on top: the tuple of keys and a tuple of values (or None) above the subject
        pc.onTop += 2;
        failIfNone(loc, pc);
        c.addopI(loc, Opcode.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern sub : patterns) {
            pc.onTop--;
            subpattern(sub, pc);
        }
        // a match: what follows consumes the keys and the subject
        pc.onTop -= 2;
        if (rest != null) {
            // rest = dict(subject); del rest[key] for each key
            c.addopI(loc, Opcode.BUILD_MAP, 0);
            c.addopI(loc, Opcode.SWAP, 3);
            c.addopI(loc, Opcode.DICT_UPDATE, 2);
            c.addopI(loc, Opcode.UNPACK_SEQUENCE, size);
            while (size > 0) {
                c.addopI(loc, Opcode.COPY, 1 + size--);
                c.addopI(loc, Opcode.SWAP, 2);
                c.addop(loc, Opcode.DELETE_SUBSCR);
            }
            storeName(loc, rest, pc);
        } else {
            c.addop(loc, Opcode.POP_TOP);
            c.addop(loc, Opcode.POP_TOP);
        }
    }

    /**
     * compile.c {@code compiler_pattern_or}: each alternative on a copy of the subject with its
     * own captures, reordered to the first alternative's order so that all end alike.
     */
    private void or(Pattern.MatchOr p, Context pc) {
        Location loc = Codegen.loc(p);
        int end = c.newLabel();
        List<Pattern> alts = p.patterns();
        int size = alts.size();
        Context old = pc.copy();
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            Location altLoc = Codegen.loc(alt);
            // an irrefutable alternative must be last, if allowed at all
            pc.reset(i == size - 1 && old.allowIrrefutable);
            c.addopI(altLoc, Opcode.COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error(loc, "alternative patterns bind different names");
            } else {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    int istores = pc.stores.indexOf(control.get(icontrol));
                    if (istores < 0) {
                        throw c.error(loc, "alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        // move the names (and their values on the stack) into control's order
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(altLoc, icontrol + 1);
                        }
                    }
                }
            }
            c.addopJ(altLoc, Opcode.JUMP, end);
            emitAndResetFailPop(altLoc, pc);
        }
        pc.restore(old);
        // no alternative matched: pop the remaining copy of the subject and fail
        c.addop(loc, Opcode.POP_TOP);
        jumpToFailPop(loc, pc, Opcode.JUMP);
        c.useLabel(end);
        // move the new captures beneath the other captures, the subject copy and the items on top
        int nrots = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(loc, nrots);
            if (pc.stores.contains(name)) {
                throw duplicateStore(loc, name);
            }
            pc.stores.add(name);
        }
        c.addop(loc, Opcode.POP_TOP);
    }
}
