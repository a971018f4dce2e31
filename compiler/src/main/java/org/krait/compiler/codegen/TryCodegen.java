package org.krait.compiler.codegen;

import java.util.List;

import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * try/except/else/finally and with statements (compile.c {@code compiler_try_finally},
 * {@code compiler_try_except}, {@code compiler_with}). Handlers are set up with the SETUP_*
 * pseudo-ops; the flowgraph turns them into per-instruction handler information.
 */
final class TryCodegen {
    private final Codegen c;

    TryCodegen(Codegen c) {
        this.c = c;
    }

    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s);
        } else {
            tryExcept(s);
        }
    }

    /** COPY 3, POP_EXCEPT, RERAISE 1: restore the previous exception and re-raise (compile.c {@code compiler_pop_except_and_reraise}). */
    private void popExceptAndReraise(Location loc) {
        c.addopI(loc, Opcode.COPY, 3);
        c.addop(loc, Opcode.POP_EXCEPT);
        c.addopI(loc, Opcode.RERAISE, 1);
    }

    private void tryFinally(Stmt.Try s) {
        Location loc = Codegen.loc(s);
        int body = c.newLabel();
        int end = c.newLabel();
        int exit = c.newLabel();
        int cleanup = c.newLabel();
        c.addopJ(loc, Opcode.SETUP_FINALLY, end);
        c.useLabel(body);
        c.stmts.pushFBlock(loc, FBlock.Kind.FINALLY_TRY, body, end, s.finalbody());
        if (!s.handlers().isEmpty()) {
            tryExcept(s);
        } else {
            c.stmts.visitAll(s.body());
        }
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.stmts.popFBlock(FBlock.Kind.FINALLY_TRY, body);
        c.stmts.visitAll(s.finalbody());
        c.addopJ(Location.NONE, Opcode.JUMP, exit);

        c.useLabel(end);
        loc = Location.NONE;
        c.addopJ(loc, Opcode.SETUP_CLEANUP, cleanup);
        c.addop(loc, Opcode.PUSH_EXC_INFO);
        c.stmts.pushFBlock(loc, FBlock.Kind.FINALLY_END, end, FBlock.NO_LABEL, null);
        c.stmts.visitAll(s.finalbody());
        c.stmts.popFBlock(FBlock.Kind.FINALLY_END, end);
        c.addopI(Location.NONE, Opcode.RERAISE, 0);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Location loc = Codegen.loc(s);
        int body = c.newLabel();
        int except = c.newLabel();
        int end = c.newLabel();
        int cleanup = c.newLabel();
        c.addopJ(loc, Opcode.SETUP_FINALLY, except);
        c.useLabel(body);
        c.stmts.pushFBlock(loc, FBlock.Kind.TRY_EXCEPT, body, FBlock.NO_LABEL, null);
        c.stmts.visitAll(s.body());
        c.stmts.popFBlock(FBlock.Kind.TRY_EXCEPT, body);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.stmts.visitAll(s.orelse());
        c.addopJ(Location.NONE, Opcode.JUMP, end);
        int n = s.handlers().size();

        c.useLabel(except);
        c.addopJ(Location.NONE, Opcode.SETUP_CLEANUP, cleanup);
        c.addop(Location.NONE, Opcode.PUSH_EXC_INFO);
        c.stmts.pushFBlock(loc, FBlock.Kind.EXCEPTION_HANDLER, FBlock.NO_LABEL, FBlock.NO_LABEL, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = s.handlers().get(i);
            Location hloc = Codegen.loc(handler);
            if (handler.type() == null && i < n - 1) {
                throw c.error(hloc, "default 'except:' must be last");
            }
            except = c.newLabel();
            if (handler.type() != null) {
                c.exprs.visit(handler.type());
                c.addop(hloc, Opcode.CHECK_EXC_MATCH);
                c.addopJ(hloc, Opcode.POP_JUMP_IF_FALSE, except);
            }
            if (handler.name() != null) {
                int cleanupEnd = c.newLabel();
                int cleanupBody = c.newLabel();
                c.nameop(hloc, handler.name(), ExprContext.Store);
                // try: body finally: name = None; del name  -- so the traceback cycle is broken
                c.addopJ(hloc, Opcode.SETUP_CLEANUP, cleanupEnd);
                c.useLabel(cleanupBody);
                c.stmts.pushFBlock(hloc, FBlock.Kind.HANDLER_CLEANUP, cleanupBody, FBlock.NO_LABEL, handler.name());
                c.stmts.visitAll(handler.body());
                c.stmts.popFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody);
                c.addop(Location.NONE, Opcode.POP_BLOCK);
                c.addop(Location.NONE, Opcode.POP_BLOCK);
                c.addop(Location.NONE, Opcode.POP_EXCEPT);
                c.loadConst(Location.NONE, PySingleton.None);
                c.nameop(Location.NONE, handler.name(), ExprContext.Store);
                c.nameop(Location.NONE, handler.name(), ExprContext.Del);
                c.addopJ(Location.NONE, Opcode.JUMP, end);

                c.useLabel(cleanupEnd);
                c.loadConst(Location.NONE, PySingleton.None);
                c.nameop(Location.NONE, handler.name(), ExprContext.Store);
                c.nameop(Location.NONE, handler.name(), ExprContext.Del);
                c.addopI(Location.NONE, Opcode.RERAISE, 1);
            } else {
                int cleanupBody = c.newLabel();
                c.addop(hloc, Opcode.POP_TOP);
                c.useLabel(cleanupBody);
                c.stmts.pushFBlock(hloc, FBlock.Kind.HANDLER_CLEANUP, cleanupBody, FBlock.NO_LABEL, null);
                c.stmts.visitAll(handler.body());
                c.stmts.popFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody);
                c.addop(Location.NONE, Opcode.POP_BLOCK);
                c.addop(Location.NONE, Opcode.POP_EXCEPT);
                c.addopJ(Location.NONE, Opcode.JUMP, end);
            }
            c.useLabel(except);
        }
        c.stmts.popFBlock(FBlock.Kind.EXCEPTION_HANDLER, FBlock.NO_LABEL);
        c.addopI(Location.NONE, Opcode.RERAISE, 0);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(end);
    }

    /** compile.c {@code compiler_call_exit_with_nones}: {@code __exit__(None, None, None)}. */
    void callExitWithNones(Location loc) {
        c.loadConst(loc, PySingleton.None);
        c.loadConst(loc, PySingleton.None);
        c.loadConst(loc, PySingleton.None);
        c.addopI(loc, Opcode.CALL, 2);
    }

    /**
     * compile.c {@code compiler_with} and {@code compiler_async_with}: one item per level, nested
     * for {@code with a, b:}; the async form awaits {@code __aenter__} and {@code __aexit__}.
     */
    void with(Stmt s, int pos) {
        boolean async = s instanceof Stmt.AsyncWith;
        List<Withitem> items = async ? ((Stmt.AsyncWith) s).items() : ((Stmt.With) s).items();
        List<Stmt> body = async ? ((Stmt.AsyncWith) s).body() : ((Stmt.With) s).body();
        Location loc = Codegen.loc(s);
        if (async && c.u.scopeType != Unit.ScopeType.ASYNC_FUNCTION) {
            throw c.error(loc, "'async with' outside async function");
        }
        Withitem item = items.get(pos);
        FBlock.Kind kind = async ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH;
        int block = c.newLabel();
        int fin = c.newLabel();
        int exit = c.newLabel();
        int cleanup = c.newLabel();
        c.exprs.visit(item.contextExpr());
        if (async) {
            c.addop(loc, Opcode.BEFORE_ASYNC_WITH);
            c.gens.awaitTop(loc, 1);
        } else {
            c.addop(loc, Opcode.BEFORE_WITH);
        }
        c.addopJ(loc, Opcode.SETUP_WITH, fin);
        c.useLabel(block);
        c.stmts.pushFBlock(loc, kind, block, fin, s);
        if (item.optionalVars() != null) {
            c.exprs.visit(item.optionalVars());
        } else {
            c.addop(loc, Opcode.POP_TOP);
        }
        pos++;
        if (pos == items.size()) {
            c.stmts.visitAll(body);
        } else {
            with(s, pos);
        }
        // compile.c gives the async form's POP_BLOCK the statement's location, the other none
        c.addop(async ? loc : Location.NONE, Opcode.POP_BLOCK);
        c.stmts.popFBlock(kind, block);
        callExitWithNones(loc);
        if (async) {
            c.gens.awaitTop(loc, 2);
        }
        c.addop(loc, Opcode.POP_TOP);
        c.addopJ(loc, Opcode.JUMP, exit);

        c.useLabel(fin);
        c.addopJ(loc, Opcode.SETUP_CLEANUP, cleanup);
        c.addop(loc, Opcode.PUSH_EXC_INFO);
        c.addop(loc, Opcode.WITH_EXCEPT_START);
        if (async) {
            c.gens.awaitTop(loc, 2);
        }
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    /** compile.c {@code compiler_with_except_finish}: re-raise unless {@code __exit__} returned true. */
    private void withExceptFinish(int cleanup) {
        int suppress = c.newLabel();
        c.addopJ(Location.NONE, Opcode.POP_JUMP_IF_TRUE, suppress);
        c.addopI(Location.NONE, Opcode.RERAISE, 2);
        c.useLabel(suppress);
        c.addop(Location.NONE, Opcode.POP_TOP);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.addop(Location.NONE, Opcode.POP_EXCEPT);
        c.addop(Location.NONE, Opcode.POP_TOP);
        c.addop(Location.NONE, Opcode.POP_TOP);
        int exit = c.newLabel();
        c.addopJ(Location.NONE, Opcode.JUMP, exit);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(exit);
    }
}
