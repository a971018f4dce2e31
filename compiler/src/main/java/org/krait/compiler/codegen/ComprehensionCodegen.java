package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.symtable.BlockType;
import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.Symbols;

/**
 * Comprehensions and generator expressions (compile.c {@code compiler_comprehension}), inlined
 * into the enclosing code as PEP 709 specifies when the symbol table says so, else as a nested
 * function called at once (for a generator expression, a generator function).
 */
final class ComprehensionCodegen {
    private final Codegen c;

    ComprehensionCodegen(Codegen c) {
        this.c = c;
    }

    private enum Kind { LIST, SET, DICT, GENEXP }

    /** compile.c {@code inlined_comprehension_state}. */
    private static final class InlineState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        Set<String> fastHidden;
        int cleanup = -1;
        int end = -1;
    }

    /** What one comprehension builds: its kind, element (and value, for dicts) and generators. */
    private record Shape(Kind kind, String name, List<Comprehension> generators, Expr elt, Expr val) {
        static Shape of(Expr e) {
            if (e instanceof Expr.ListComp l) {
                return new Shape(Kind.LIST, "<listcomp>", l.generators(), l.elt(), null);
            } else if (e instanceof Expr.SetComp s) {
                return new Shape(Kind.SET, "<setcomp>", s.generators(), s.elt(), null);
            } else if (e instanceof Expr.DictComp d) {
                return new Shape(Kind.DICT, "<dictcomp>", d.generators(), d.key(), d.value());
            }
            Expr.GeneratorExp g = (Expr.GeneratorExp) e;
            return new Shape(Kind.GENEXP, "<genexpr>", g.generators(), g.elt(), null);
        }
    }

    /** compile.c {@code compiler_comprehension}. */
    void comprehension(Expr e) {
        Shape shape = Shape.of(e);
        Kind kind = shape.kind();
        Unit.ScopeType outerScope = c.u.scopeType;
        Scope entry = c.st.lookup(c.original(e));
        if (entry == null) {
            throw new IllegalStateException("no symbol table block for " + shape.name());
        }
        boolean inlined = entry.compInlined();
        boolean asyncGenerator = entry.isCoroutine();
        Location loc = Codegen.loc(e);
        Comprehension outermost = shape.generators().get(0);
        InlineState state = new InlineState();
        if (inlined) {
            iter(loc, outermost);
            pushInlinedState(loc, entry, state);
        } else {
            c.enterScope(shape.name(), Unit.ScopeType.COMPREHENSION, e, e.lineno());
        }
        if (asyncGenerator && kind != Kind.GENEXP && outerScope != Unit.ScopeType.ASYNC_FUNCTION
                && outerScope != Unit.ScopeType.COMPREHENSION) {
            throw c.error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (kind != Kind.GENEXP) {
            Opcode build = kind == Kind.LIST ? Opcode.BUILD_LIST : kind == Kind.SET ? Opcode.BUILD_SET : Opcode.BUILD_MAP;
            c.addopI(loc, build, 0);
            if (inlined) {
                c.addopI(loc, Opcode.SWAP, 2);
            }
        }
        generator(loc, shape, 0, 0, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        if (kind != Kind.GENEXP) {
            c.addop(loc, Opcode.RETURN_VALUE);
        } else {
            c.gens.wrapInStopIterationHandler();
        }
        CodeUnit co = c.assemble(true);
        c.exitScope();
        c.makeClosure(loc, co, 0);
        iter(loc, outermost);
        c.addopI(loc, Opcode.CALL, 0);
        if (asyncGenerator && kind != Kind.GENEXP) {
            c.gens.awaitTop(loc, 0);
        }
    }

    /** compile.c {@code compiler_comprehension_iter}. */
    private void iter(Location loc, Comprehension comp) {
        c.exprs.visit(comp.iter());
        c.addop(loc, comp.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
    }

    private void generator(Location loc, Shape shape, int genIndex, int depth, boolean iterOnStack) {
        if (shape.generators().get(genIndex).isAsync() != 0) {
            asyncGenerator(loc, shape, genIndex, depth, iterOnStack);
        } else {
            syncGenerator(loc, shape, genIndex, depth, iterOnStack);
        }
    }

    /** compile.c {@code compiler_sync_comprehension_generator}. */
    private void syncGenerator(Location loc, Shape shape, int genIndex, int depth, boolean iterOnStack) {
        int start = c.newLabel();
        int ifCleanup = c.newLabel();
        int anchor = c.newLabel();
        if (!pushIter(loc, shape.generators().get(genIndex), genIndex, iterOnStack)) {
            start = -1;
        }
        if (start >= 0) {
            depth++;
            c.useLabel(start);
            c.addopJ(loc, Opcode.FOR_ITER, anchor);
        }
        Location eltLoc = loopBody(loc, shape, genIndex, depth, ifCleanup);
        if (start >= 0) {
            c.addopJ(eltLoc, Opcode.JUMP, start);
            c.useLabel(anchor);
            c.addop(Location.NONE, Opcode.END_FOR);
        }
    }

    /** compile.c {@code compiler_async_comprehension_generator}: GET_ANEXT awaited until END_ASYNC_FOR. */
    private void asyncGenerator(Location loc, Shape shape, int genIndex, int depth, boolean iterOnStack) {
        int start = c.newLabel();
        int except = c.newLabel();
        int ifCleanup = c.newLabel();
        pushIter(loc, shape.generators().get(genIndex), genIndex, iterOnStack);
        c.useLabel(start);
        c.stmts.pushFBlock(loc, FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, FBlock.NO_LABEL, null);
        c.addopJ(loc, Opcode.SETUP_FINALLY, except);
        c.addop(loc, Opcode.GET_ANEXT);
        c.loadConst(loc, PySingleton.None);
        c.gens.addYieldFrom(loc, true);
        c.addop(loc, Opcode.POP_BLOCK);
        Location eltLoc = loopBody(loc, shape, genIndex, depth + 1, ifCleanup);
        c.addopJ(eltLoc, Opcode.JUMP, start);
        c.stmts.popFBlock(FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start);
        c.useLabel(except);
        c.addop(loc, Opcode.END_ASYNC_FOR);
    }

    /**
     * Pushes a loop's iterator unless it is on the stack already: the outermost one is the
     * implicit argument ".0", evaluated by the caller. Returns false when a sync loop over a
     * one-element display ({@code for y in [f(x)]}) is no loop: the element itself is pushed.
     */
    private boolean pushIter(Location loc, Comprehension gen, int genIndex, boolean iterOnStack) {
        if (iterOnStack) {
            return true;
        }
        if (genIndex == 0) {
            c.u.argcount = 1;
            c.addopI(loc, Opcode.LOAD_FAST, 0);
            return true;
        }
        if (gen.isAsync() == 0) {
            List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                    : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                c.exprs.visit(elts.get(0));
                return false;
            }
        }
        c.exprs.visit(gen.iter());
        c.addop(loc, gen.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        return true;
    }

    /**
     * One loop's body: bind the target, test the conditions (failing ones jump to
     * {@code ifCleanup}, placed at the end), then the next loop or the element. Returns the
     * location of the jump back (the element's).
     */
    private Location loopBody(Location loc, Shape shape, int genIndex, int depth, int ifCleanup) {
        Comprehension gen = shape.generators().get(genIndex);
        c.exprs.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            c.exprs.jumpIf(loc, cond, ifCleanup, false);
        }
        Location eltLoc = Codegen.loc(shape.elt());
        if (genIndex + 1 < shape.generators().size()) {
            generator(loc, shape, genIndex + 1, depth, false);
        } else {
            eltLoc = element(shape, depth);
        }
        c.useLabel(ifCleanup);
        return eltLoc;
    }

    /** The innermost step: add the element (yield it, for a generator expression); returns its location. */
    private Location element(Shape shape, int depth) {
        Expr elt = shape.elt();
        Location eltLoc = Codegen.loc(elt);
        c.exprs.visit(elt);
        switch (shape.kind()) {
            case GENEXP -> {
                c.gens.addYield(eltLoc);
                c.addop(eltLoc, Opcode.POP_TOP);
            }
            case LIST -> c.addopI(eltLoc, Opcode.LIST_APPEND, depth + 1);
            case SET -> c.addopI(eltLoc, Opcode.SET_ADD, depth + 1);
            case DICT -> {
                Expr val = shape.val();
                c.exprs.visit(val);
                eltLoc = new Location(elt.lineno(), val.endLineno(), elt.colOffset(), val.endColOffset());
                c.addopI(eltLoc, Opcode.MAP_ADD, depth + 1);
            }
        }
        return eltLoc;
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
