package org.krait.compiler.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/** Statements: compile.c's {@code compiler_visit_stmt} and the simple statement helpers. */
final class StatementCodegen {
    private final Codegen c;

    StatementCodegen(Codegen c) {
        this.c = c;
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        Location loc = Codegen.loc(s);
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef) {
            c.functions.function(s);
        } else if (s instanceof Stmt.ClassDef k) {
            c.functions.classDef(k);
        } else if (s instanceof Stmt.TypeAlias t) {
            c.typeParams.typeAlias(t);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                c.exprs.visit(t);
            }
        } else if (s instanceof Stmt.Assign a) {
            c.exprs.visit(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    c.addopI(loc, Opcode.COPY, 1);
                }
                c.exprs.visit(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            c.exprs.augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.Match m) {
            c.matches.match(m);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                c.exprs.visit(r.exc());
                n++;
                if (r.cause() != null) {
                    c.exprs.visit(r.cause());
                    n++;
                }
            }
            c.addopI(loc, Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try || s instanceof Stmt.TryStar) {
            c.trys.tryStmt(s);
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            fromImport(i);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return;
        } else if (s instanceof Stmt.ExprStmt e) {
            exprStmt(loc, e.value());
        } else if (s instanceof Stmt.Pass) {
            c.addop(loc, Opcode.NOP);
        } else if (s instanceof Stmt.Break) {
            breakStmt(loc);
        } else if (s instanceof Stmt.Continue) {
            continueStmt(loc);
        } else if (s instanceof Stmt.With || s instanceof Stmt.AsyncWith) {
            c.trys.with(s, 0);
        } else if (s instanceof Stmt.AsyncFor f) {
            c.gens.asyncFor(f);
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
    }

    /** compile.c {@code find_ann}: does a block contain an annotated assignment (not in nested scopes)? */
    static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            boolean res;
            if (st instanceof Stmt.AnnAssign) {
                return true;
            } else if (st instanceof Stmt.For f) {
                res = findAnnotations(f.body()) || findAnnotations(f.orelse());
            } else if (st instanceof Stmt.AsyncFor f) {
                res = findAnnotations(f.body()) || findAnnotations(f.orelse());
            } else if (st instanceof Stmt.While w) {
                res = findAnnotations(w.body()) || findAnnotations(w.orelse());
            } else if (st instanceof Stmt.If i) {
                res = findAnnotations(i.body()) || findAnnotations(i.orelse());
            } else if (st instanceof Stmt.With w) {
                res = findAnnotations(w.body());
            } else if (st instanceof Stmt.AsyncWith w) {
                res = findAnnotations(w.body());
            } else if (st instanceof Stmt.Try t) {
                for (ExceptHandler h : t.handlers()) {
                    if (findAnnotations(h.body())) {
                        return true;
                    }
                }
                res = findAnnotations(t.body()) || findAnnotations(t.finalbody()) || findAnnotations(t.orelse());
            } else if (st instanceof Stmt.TryStar t) {
                for (ExceptHandler h : t.handlers()) {
                    if (findAnnotations(h.body())) {
                        return true;
                    }
                }
                res = findAnnotations(t.body()) || findAnnotations(t.finalbody()) || findAnnotations(t.orelse());
            } else if (st instanceof Stmt.Match m) {
                for (MatchCase mc : m.cases()) {
                    if (findAnnotations(mc.body())) {
                        return true;
                    }
                }
                res = false;
            } else {
                res = false;
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    private void exprStmt(Location loc, Expr value) {
        if (c.interactive && c.nestLevel <= 1) {
            c.exprs.visit(value);
            c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PRINT.oparg());
            c.addop(Location.NONE, Opcode.POP_TOP);
            return;
        }
        if (value instanceof Expr.Constant) {
            c.addop(loc, Opcode.NOP);
            return;
        }
        c.exprs.visit(value);
        c.addop(Location.NONE, Opcode.POP_TOP);
    }

    private void ifStmt(Stmt.If s) {
        int end = c.newLabel();
        int next = end;
        if (!s.orelse().isEmpty()) {
            next = c.newLabel();
        }
        c.exprs.jumpIf(Codegen.loc(s), s.test(), next, false);
        visitAll(s.body());
        if (!s.orelse().isEmpty()) {
            c.addopJ(Location.NONE, Opcode.JUMP, end);
            c.useLabel(next);
            visitAll(s.orelse());
        }
        c.useLabel(end);
    }

    private void forStmt(Stmt.For s) {
        Location loc = Codegen.loc(s);
        int start = c.newLabel();
        int body = c.newLabel();
        int cleanup = c.newLabel();
        int end = c.newLabel();
        pushFBlock(loc, FBlock.Kind.FOR_LOOP, start, end, null);
        c.exprs.visit(s.iter());
        c.addop(loc, Opcode.GET_ITER);
        c.useLabel(start);
        c.addopJ(loc, Opcode.FOR_ITER, cleanup);
        c.useLabel(body);
        c.exprs.visit(s.target());
        visitAll(s.body());
        c.addopJ(Location.NONE, Opcode.JUMP, start);
        c.useLabel(cleanup);
        c.addop(Location.NONE, Opcode.END_FOR);
        popFBlock(FBlock.Kind.FOR_LOOP, start);
        visitAll(s.orelse());
        c.useLabel(end);
    }

    private void whileStmt(Stmt.While s) {
        Location loc = Codegen.loc(s);
        int loop = c.newLabel();
        int body = c.newLabel();
        int end = c.newLabel();
        int anchor = c.newLabel();
        c.useLabel(loop);
        pushFBlock(loc, FBlock.Kind.WHILE_LOOP, loop, end, null);
        c.exprs.jumpIf(loc, s.test(), anchor, false);
        c.useLabel(body);
        visitAll(s.body());
        c.exprs.jumpIf(loc, s.test(), body, true);
        popFBlock(FBlock.Kind.WHILE_LOOP, loop);
        c.useLabel(anchor);
        visitAll(s.orelse());
        c.useLabel(end);
    }

    private void returnStmt(Stmt.Return s) {
        Location loc = Codegen.loc(s);
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!c.u.isFunctionLike()) {
            throw c.error(loc, "'return' outside function");
        }
        if (value != null && c.u.ste.isCoroutine() && c.u.ste.isGenerator()) {
            throw c.error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            c.exprs.visit(value);
        } else if (value != null) {
            loc = Codegen.loc(value);
            c.addop(loc, Opcode.NOP);
        }
        if (value == null || value.lineno() != s.lineno()) {
            loc = Codegen.loc(s);
            c.addop(loc, Opcode.NOP);
        }
        loc = unwindFBlockStack(loc, preserveTos, false).loc;
        if (value == null) {
            c.loadConst(loc, PySingleton.None);
        } else if (!preserveTos) {
            c.loadConst(loc, ((Expr.Constant) value).value());
        }
        c.addop(loc, Opcode.RETURN_VALUE);
    }

    private void breakStmt(Location loc) {
        Location origin = loc;
        c.addop(loc, Opcode.NOP);
        Unwound w = unwindFBlockStack(loc, false, true);
        if (w.loop == null) {
            throw c.error(origin, "'break' outside loop");
        }
        loc = unwindFBlock(w.loc, w.loop, false);
        c.addopJ(loc, Opcode.JUMP, w.loop.exit());
    }

    private void continueStmt(Location loc) {
        Location origin = loc;
        c.addop(loc, Opcode.NOP);
        Unwound w = unwindFBlockStack(loc, false, true);
        if (w.loop == null) {
            throw c.error(origin, "'continue' not properly in loop");
        }
        c.addopJ(w.loc, Opcode.JUMP, w.loop.block());
    }

    private void assertStmt(Stmt.Assert s) {
        c.checks.assertion(s);
        Location loc = Codegen.loc(s);
        int end = c.newLabel();
        c.exprs.jumpIf(loc, s.test(), end, true);
        c.addop(loc, Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            c.exprs.visit(s.msg());
            c.addopI(loc, Opcode.CALL, 0);
        }
        c.addopI(loc, Opcode.RAISE_VARARGS, 1);
        c.useLabel(end);
    }

    private void importStmt(Stmt.Import s) {
        Location loc = Codegen.loc(s);
        for (Alias alias : s.names()) {
            c.loadConst(loc, BigInteger.ZERO);
            c.loadConst(loc, PySingleton.None);
            c.addopName(loc, Opcode.IMPORT_NAME, alias.name(), c.u.names);
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                c.nameop(loc, dot < 0 ? alias.name() : alias.name().substring(0, dot), ExprContext.Store);
            }
        }
    }

    /** compile.c {@code compiler_import_as}: {@code import a.b.c as d} walks the attributes. */
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                c.addopO(loc, Opcode.IMPORT_FROM, c.u.names, attr);
                if (dot < 0) {
                    break;
                }
                c.addopI(loc, Opcode.SWAP, 2);
                c.addop(loc, Opcode.POP_TOP);
            }
            c.nameop(loc, asname, ExprContext.Store);
            c.addop(loc, Opcode.POP_TOP);
            return;
        }
        c.nameop(loc, asname, ExprContext.Store);
    }

    private void fromImport(Stmt.ImportFrom s) {
        Location loc = Codegen.loc(s);
        c.loadConst(loc, BigInteger.valueOf(s.level() == null ? 0 : s.level()));
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        if (loc.isAfter(c.futureLocation) && "__future__".equals(s.module())) {
            throw c.error(loc, "from __future__ imports must occur at the beginning of the file");
        }
        c.loadConst(loc, new ConstTuple(names));
        c.addopName(loc, Opcode.IMPORT_NAME, s.module() != null ? s.module() : "", c.u.names);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_IMPORT_STAR.oparg());
                c.addop(Location.NONE, Opcode.POP_TOP);
                return;
            }
            c.addopName(loc, Opcode.IMPORT_FROM, alias.name(), c.u.names);
            c.nameop(loc, alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store);
        }
        c.addop(loc, Opcode.POP_TOP);
    }

    /** compile.c {@code compiler_annassign}. */
    private void annAssign(Stmt.AnnAssign s) {
        Location loc = Codegen.loc(s);
        Expr targ = s.target();
        if (s.value() != null) {
            c.exprs.visit(s.value());
            c.exprs.visit(targ);
        }
        if (targ instanceof Expr.Name n) {
            c.checkForbidden(loc, n.id(), ExprContext.Store);
            if (s.simple() != 0 && (c.u.scopeType == Unit.ScopeType.MODULE || c.u.scopeType == Unit.ScopeType.CLASS)) {
                if (c.futureAnnotations) {
                    c.loadConst(Codegen.loc(s.annotation()), AnnotationUnparser.unparse(s.annotation()));
                } else {
                    c.exprs.visit(s.annotation());
                }
                c.addopName(loc, Opcode.LOAD_NAME, "__annotations__", c.u.names);
                c.loadConst(loc, c.mangle(n.id()));
                c.addop(loc, Opcode.STORE_SUBSCR);
            }
        } else if (targ instanceof Expr.Attribute a) {
            c.checkForbidden(loc, a.attr(), ExprContext.Store);
            if (s.value() == null) {
                checkAnnExpr(a.value());
            }
        } else if (targ instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                checkAnnExpr(sub.value());
                checkAnnSubscript(sub.slice());
            }
        } else {
            throw new IllegalStateException("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && !c.futureAnnotations
                && (c.u.scopeType == Unit.ScopeType.MODULE || c.u.scopeType == Unit.ScopeType.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Expr e) {
        c.exprs.visit(e);
        c.addop(Codegen.loc(e), Opcode.POP_TOP);
    }

    private void checkAnnSubscript(Expr e) {
        if (e instanceof Expr.Slice sl) {
            if (sl.lower() != null) {
                checkAnnExpr(sl.lower());
            }
            if (sl.upper() != null) {
                checkAnnExpr(sl.upper());
            }
            if (sl.step() != null) {
                checkAnnExpr(sl.step());
            }
        } else if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                checkAnnSubscript(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    // ---- frame blocks ----------------------------------------------------------------------

    void pushFBlock(Location loc, FBlock.Kind kind, int block, int exit, Object datum) {
        if (c.u.fblocks.size() >= 20) {
            throw c.error(loc, "too many statically nested blocks");
        }
        c.u.fblocks.add(new FBlock(kind, block, exit, datum));
    }

    void popFBlock(FBlock.Kind kind, int block) {
        FBlock top = c.u.fblocks.remove(c.u.fblocks.size() - 1);
        if (top.type() != kind || top.block() != block) {
            throw new IllegalStateException("mismatched frame block " + top.type() + " for " + kind);
        }
    }

    /** The location after unwinding, and the loop found when unwinding for break/continue. */
    record Unwound(Location loc, FBlock loop) {}

    /**
     * compile.c {@code compiler_unwind_fblock_stack}: unwinds every frame block (return), or
     * up to the innermost loop (break/continue, {@code toLoop}).
     */
    Unwound unwindFBlockStack(Location loc, boolean preserveTos, boolean toLoop) {
        List<FBlock> fb = c.u.fblocks;
        if (fb.isEmpty()) {
            return new Unwound(loc, null);
        }
        FBlock top = fb.get(fb.size() - 1);
        if (top.type() == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw c.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.type() == FBlock.Kind.WHILE_LOOP || top.type() == FBlock.Kind.FOR_LOOP)) {
            return new Unwound(loc, top);
        }
        fb.remove(fb.size() - 1);
        loc = unwindFBlock(loc, top, preserveTos);
        Unwound rest = unwindFBlockStack(loc, preserveTos, toLoop);
        fb.add(top);
        return rest;
    }

    /** compile.c {@code compiler_unwind_fblock}; returns the location for what follows. */
    @SuppressWarnings("unchecked")
    Location unwindFBlock(Location loc, FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.addop(loc, Opcode.POP_TOP);
                c.lastInstr().releasesIterator = true; // the loop's generator is closed here (ADR 0007)
                return loc;
            }
            case TRY_EXCEPT -> {
                c.addop(loc, Opcode.POP_BLOCK);
                return loc;
            }
            case FINALLY_TRY -> {
                c.addop(loc, Opcode.POP_BLOCK);
                if (preserveTos) {
                    pushFBlock(loc, FBlock.Kind.POP_VALUE, FBlock.NO_LABEL, FBlock.NO_LABEL, null);
                }
                visitAll((List<Stmt>) info.datum());
                if (preserveTos) {
                    popFBlock(FBlock.Kind.POP_VALUE, FBlock.NO_LABEL);
                }
                return Location.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.addop(loc, Opcode.POP_TOP);
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.addop(loc, Opcode.POP_BLOCK);
                c.addop(loc, Opcode.POP_EXCEPT);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = Codegen.loc((Stmt) info.datum());
                c.addop(loc, Opcode.POP_BLOCK);
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.trys.callExitWithNones(loc);
                if (info.type() == FBlock.Kind.ASYNC_WITH) {
                    c.gens.awaitTop(loc, 2);
                }
                c.addop(loc, Opcode.POP_TOP);
                return Location.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    c.addop(loc, Opcode.POP_BLOCK);
                }
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.addop(loc, Opcode.POP_BLOCK);
                c.addop(loc, Opcode.POP_EXCEPT);
                if (info.datum() != null) {
                    c.loadConst(loc, PySingleton.None);
                    c.nameop(loc, (String) info.datum(), ExprContext.Store);
                    c.nameop(loc, (String) info.datum(), ExprContext.Del);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.addopI(loc, Opcode.SWAP, 2);
                }
                c.addop(loc, Opcode.POP_TOP);
                return loc;
            }
            default -> throw new IllegalStateException(info.type().toString());
        }
    }
}
