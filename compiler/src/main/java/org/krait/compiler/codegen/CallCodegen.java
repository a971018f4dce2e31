package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.symtable.Symbols;

/** Calls: compile.c's {@code compiler_call}, the method-call and super() forms, keyword and star arguments. */
final class CallCodegen {
    private final Codegen c;

    CallCodegen(Codegen c) {
        this.c = c;
    }

    void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        c.checks.caller(e.func());
        c.addop(Codegen.loc(e.func()), Opcode.PUSH_NULL);
        c.exprs.visit(e.func());
        callHelper(Codegen.loc(e), 0, e.args(), e.keywords());
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            c.checkForbidden(Codegen.loc(key), key.arg(), ExprContext.Store);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) {
                    throw c.error(Codegen.loc(other), "keyword argument repeated: " + key.arg());
                }
            }
        }
    }

    /** compile.c {@code is_import_originated}: is the name imported at module level? */
    private boolean isImportOriginated(Expr e) {
        return e instanceof Expr.Name n && (c.st.top().flags(n.id()) & Symbols.DEF_IMPORT) != 0;
    }

    /** compile.c {@code maybe_optimize_method_call}: {@code o.m(args)} as LOAD_ATTR (method bit) + CALL. */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        List<Expr> args = e.args();
        List<Keyword> kwds = e.keywords();
        int argsl = args.size();
        int kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= ExpressionCodegen.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : kwds) {
            if (k.arg() == null) {
                return false;
            }
        }
        Location loc = Codegen.loc(meth);
        if (canOptimizeSuperCall(meth)) {
            Expr.Call sup = (Expr.Call) meth.value();
            loadArgsForSuper(sup);
            c.addopName(loc, sup.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_SUPER_METHOD,
                    meth.attr(), c.u.names);
            loc = ExpressionCodegen.startAtAttr(loc, meth);
            c.addop(loc, Opcode.NOP);
        } else {
            c.exprs.visit(meth.value());
            loc = ExpressionCodegen.startAtAttr(loc, meth);
            c.addopName(loc, Opcode.LOAD_METHOD, meth.attr(), c.u.names);
        }
        for (Expr a : args) {
            c.exprs.visit(a);
        }
        if (kwdsl > 0) {
            for (Keyword k : kwds) {
                c.exprs.visit(k.value());
            }
            kwNames(loc, kwds);
        }
        loc = ExpressionCodegen.startAtAttr(Codegen.loc(e), meth);
        c.addopI(loc, Opcode.CALL, argsl + kwdsl);
        return true;
    }

    /** compile.c {@code can_optimize_super_call}: {@code super().x} / {@code super(C, o).x} with the builtin super. */
    boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call e) || !(e.func() instanceof Expr.Name f) || !f.id().equals("super")
                || attr.attr().equals("__class__") || !e.keywords().isEmpty()) {
            return false;
        }
        if (c.u.scope("super") != Symbols.GLOBAL_IMPLICIT) {
            return false;
        }
        if (c.st.top().scope("super") != 0) {
            return false;
        }
        int numArgs = e.args().size();
        if (numArgs == 2) {
            for (Expr a : e.args()) {
                if (a instanceof Expr.Starred) {
                    return false;
                }
            }
            return true;
        }
        if (numArgs != 0) {
            return false;
        }
        if (c.u.argcount == 0 && c.u.posonlyargcount == 0) {
            return false;
        }
        return c.refType("__class__") == Symbols.FREE;
    }

    /** compile.c {@code load_args_for_super}: the global super, then the class and self (or the two arguments). */
    void loadArgsForSuper(Expr.Call e) {
        Location loc = Codegen.loc(e);
        c.nameop(Codegen.loc(e.func()), ((Expr.Name) e.func()).id(), ExprContext.Load);
        if (e.args().size() == 2) {
            c.exprs.visit(e.args().get(0));
            c.exprs.visit(e.args().get(1));
            return;
        }
        c.nameop(loc, "__class__", ExprContext.Load);
        String first = c.u.varnames.keySet().iterator().next();
        c.nameop(loc, first, ExprContext.Load);
    }

    /** compile.c {@code compiler_call_simple_kw_helper}: KW_NAMES with the tuple of keyword names. */
    private void kwNames(Location loc, List<Keyword> keywords) {
        List<Object> names = new ArrayList<>(keywords.size());
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        c.addopI(loc, Opcode.KW_NAMES, c.addConst(new ConstTuple(names)));
    }

    /**
     * compile.c {@code compiler_call_helper}, shared with class definitions: CALL for plain
     * positional and keyword arguments, CALL_FUNCTION_EX when there are * or ** arguments or
     * too many. {@code n} values (arguments) are already on the stack.
     */
    void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > ExpressionCodegen.STACK_USE_GUIDELINE;
        for (Expr a : args) {
            exCall |= a instanceof Expr.Starred;
        }
        for (Keyword k : keywords) {
            exCall |= k.arg() == null;
        }
        if (!exCall) {
            for (Expr a : args) {
                c.exprs.visit(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    c.exprs.visit(k.value());
                }
                kwNames(loc, keywords);
            }
            c.addopI(loc, Opcode.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred st) {
            c.exprs.visit(st.value());
        } else {
            c.exprs.starunpack(loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            c.addopI(loc, Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        c.addopI(loc, Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    c.exprs.visit(kw.value());
                    c.addopI(loc, Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    c.addopI(loc, Opcode.DICT_MERGE, 1);
                }
            }
        }
        c.addopI(loc, Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > ExpressionCodegen.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                c.exprs.visit(keywords.get(i).value());
            }
            List<Object> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(keywords.get(i).arg());
            }
            c.loadConst(loc, new ConstTuple(keys));
            c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.addopI(Location.NONE, Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            c.loadConst(loc, kw.arg());
            c.exprs.visit(kw.value());
            if (big) {
                c.addopI(Location.NONE, Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.addopI(loc, Opcode.BUILD_MAP, n);
        }
    }
}
