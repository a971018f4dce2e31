package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.symtable.BlockType;
import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.Symbols;

/**
 * List, set and dict comprehensions (compile.c {@code compiler_comprehension}), inlined into
 * the enclosing code as PEP 709 specifies when the symbol table says so, else as a nested
 * function called at once.
 */
final class ComprehensionCodegen {
    private final Codegen c;

    ComprehensionCodegen(Codegen c) {
        this.c = c;
    }

    private enum Kind { LIST, SET, DICT }

    /** compile.c {@code inlined_comprehension_state}. */
    private static final class InlineState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        Set<String> fastHidden;
        int cleanup = -1;
        int end = -1;
    }

    void comprehension(Expr e) {
        Kind kind;
        String name;
        List<Comprehension> generators;
        Expr elt;
        Expr val = null;
        if (e instanceof Expr.ListComp l) {
            kind = Kind.LIST;
            name = "<listcomp>";
            generators = l.generators();
            elt = l.elt();
        } else if (e instanceof Expr.SetComp s) {
            kind = Kind.SET;
            name = "<setcomp>";
            generators = s.generators();
            elt = s.elt();
        } else {
            Expr.DictComp d = (Expr.DictComp) e;
            kind = Kind.DICT;
            name = "<dictcomp>";
            generators = d.generators();
            elt = d.key();
            val = d.value();
        }
        for (Comprehension g : generators) {
            if (g.isAsync() != 0) {
                throw Unsupported.of("asynchronous comprehension");
            }
        }
        Scope entry = c.st.lookup(c.original(e));
        if (entry == null) {
            throw new IllegalStateException("no symbol table block for " + name);
        }
        if (entry.isCoroutine()) {
            throw Unsupported.of("asynchronous comprehension");
        }
        boolean inlined = entry.compInlined();
        Location loc = Codegen.loc(e);
        Comprehension outermost = generators.get(0);
        InlineState state = new InlineState();
        if (inlined) {
            iter(loc, outermost);
            pushInlinedState(loc, entry, state);
        } else {
            c.enterScope(name, Unit.ScopeType.COMPREHENSION, e, e.lineno());
        }
        Opcode build = kind == Kind.LIST ? Opcode.BUILD_LIST : kind == Kind.SET ? Opcode.BUILD_SET : Opcode.BUILD_MAP;
        c.addopI(loc, build, 0);
        if (inlined) {
            c.addopI(loc, Opcode.SWAP, 2);
        }
        generator(loc, generators, 0, 0, elt, val, kind, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        c.addop(Codegen.loc(e), Opcode.RETURN_VALUE);
        CodeUnit co = c.assemble(true);
        c.exitScope();
        c.makeClosure(loc, co, 0);
        iter(loc, outermost);
        c.addopI(loc, Opcode.CALL, 0);
    }

    private void iter(Location loc, Comprehension comp) {
        c.exprs.visit(comp.iter());
        c.addop(loc, Opcode.GET_ITER);
    }

    /** compile.c {@code compiler_sync_comprehension_generator}. */
    private void generator(Location loc, List<Comprehension> generators, int genIndex, int depth, Expr elt, Expr val,
            Kind kind, boolean iterOnStack) {
        int start = c.newLabel();
        int ifCleanup = c.newLabel();
        int anchor = c.newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                c.u.argcount = 1;
                c.addopI(loc, Opcode.LOAD_FAST, 0);
            } else {
                List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                        : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                    c.exprs.visit(elts.get(0));
                    start = -1;
                }
                if (start >= 0) {
                    c.exprs.visit(gen.iter());
                    c.addop(loc, Opcode.GET_ITER);
                }
            }
        }
        if (start >= 0) {
            depth++;
            c.useLabel(start);
            c.addopJ(loc, Opcode.FOR_ITER, anchor);
        }
        c.exprs.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            c.exprs.jumpIf(loc, cond, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            generator(loc, generators, genIndex, depth, elt, val, kind, false);
        }
        Location eltLoc = Codegen.loc(elt);
        if (genIndex >= generators.size()) {
            switch (kind) {
                case LIST -> {
                    c.exprs.visit(elt);
                    c.addopI(eltLoc, Opcode.LIST_APPEND, depth + 1);
                }
                case SET -> {
                    c.exprs.visit(elt);
                    c.addopI(eltLoc, Opcode.SET_ADD, depth + 1);
                }
                case DICT -> {
                    c.exprs.visit(elt);
                    c.exprs.visit(val);
                    eltLoc = new Location(elt.lineno(), val.endLineno(), elt.colOffset(), val.endColOffset());
                    c.addopI(eltLoc, Opcode.MAP_ADD, depth + 1);
                }
            }
        }
        c.useLabel(ifCleanup);
        if (start >= 0) {
            c.addopJ(eltLoc, Opcode.JUMP, start);
            c.useLabel(anchor);
            c.addop(Location.NONE, Opcode.END_FOR);
        }
    }

    /** compile.c {@code push_inlined_comprehension_state}: isolate the comprehension's names from the outer code. */
    private void pushInlinedState(Location loc, Scope entry, InlineState state) {
        Unit u = c.u;
        boolean inClassBlock = u.ste.type() == BlockType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> sym : entry.symbols().entrySet()) {
            String k = sym.getKey();
            int symbol = sym.getValue();
            if (((symbol & Symbols.DEF_LOCAL) != 0 && (symbol & Symbols.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.isFunctionLike()) {
                    Boolean orig = u.fasthidden.get(k);
                    if (!Boolean.TRUE.equals(orig)) {
                        u.fasthidden.put(k, true);
                        if (state.fastHidden == null) {
                            state.fastHidden = new LinkedHashSet<>();
                        }
                        state.fastHidden.add(k);
                    }
                }
                int scope = Symbols.scopeOf(symbol);
                int outv = u.symbol(k);
                int outsc = Symbols.scopeOf(outv);
                if (scope != outsc && !(scope == Symbols.CELL && outsc == Symbols.FREE)) {
                    if (state.tempSymbols == null) {
                        state.tempSymbols = new java.util.LinkedHashMap<>();
                    }
                    if (!state.tempSymbols.containsKey(k)) {
                        state.tempSymbols.put(k, u.symbolOverrides.containsKey(k) ? outv : null);
                    }
                    u.symbolOverrides.put(k, symbol);
                }
                if (state.pushedLocals == null) {
                    state.pushedLocals = new ArrayList<>();
                }
                c.addopName(loc, Opcode.LOAD_FAST_AND_CLEAR, k, u.varnames);
                if (scope == Symbols.CELL) {
                    c.addopName(loc, Opcode.MAKE_CELL, k, outsc == Symbols.FREE ? u.freevars : u.cellvars);
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            c.addopI(loc, Opcode.SWAP, state.pushedLocals.size() + 1);
            state.cleanup = c.newLabel();
            state.end = c.newLabel();
            c.addopJ(loc, Opcode.SETUP_FINALLY, state.cleanup);
        }
    }

    private void restoreLocals(Location loc, InlineState state) {
        int npops = state.pushedLocals.size();
        c.addopI(loc, Opcode.SWAP, npops + 1);
        for (int i = npops - 1; i >= 0; i--) {
            c.addopName(loc, Opcode.STORE_FAST_MAYBE_NULL, state.pushedLocals.get(i), c.u.varnames);
        }
    }

    /** compile.c {@code pop_inlined_comprehension_state}. */
    private void popInlinedState(Location loc, InlineState state) {
        Unit u = c.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> t : state.tempSymbols.entrySet()) {
                if (t.getValue() == null) {
                    u.symbolOverrides.remove(t.getKey());
                } else {
                    u.symbolOverrides.put(t.getKey(), t.getValue());
                }
            }
        }
        if (state.pushedLocals != null) {
            c.addop(Location.NONE, Opcode.POP_BLOCK);
            c.addopJ(Location.NONE, Opcode.JUMP, state.end);
            c.useLabel(state.cleanup);
            c.addopI(Location.NONE, Opcode.SWAP, 2);
            c.addop(Location.NONE, Opcode.POP_TOP);
            restoreLocals(loc, state);
            c.addopI(Location.NONE, Opcode.RERAISE, 0);
            c.useLabel(state.end);
            restoreLocals(loc, state);
        }
        if (state.fastHidden != null) {
            for (String k : state.fastHidden) {
                u.fasthidden.put(k, false);
            }
        }
    }
}
