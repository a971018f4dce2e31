package org.krait.compiler.codegen;

import java.util.List;

import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.ir.Intrinsic2;
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

    /** compile.c {@code compiler_try} and {@code compiler_try_star}. */
    void tryStmt(Stmt s) {
        List<Stmt> finalbody = s instanceof Stmt.Try t ? t.finalbody() : ((Stmt.TryStar) s).finalbody();
        if (!finalbody.isEmpty()) {
            tryFinally(s, finalbody);
        } else {
            tryExcept(s);
        }
    }

    private void tryExcept(Stmt s) {
        if (s instanceof Stmt.Try t) {
            tryExcept(t);
        } else {
            tryStarExcept((Stmt.TryStar) s);
        }
    }

    /** COPY 3, POP_EXCEPT, RERAISE 1: restore the previous exception and re-raise (compile.c {@code compiler_pop_except_and_reraise}). */
    private void popExceptAndReraise(Location loc) {
        c.addopI(loc, Opcode.COPY, 3);
        c.addop(loc, Opcode.POP_EXCEPT);
        c.addopI(loc, Opcode.RERAISE, 1);
    }

    /** compile.c {@code compiler_try_finally} and {@code compiler_try_star_finally}. */
    private void tryFinally(Stmt s, List<Stmt> finalbody) {
        Location loc = Codegen.loc(s);
        int body = c.newLabel();
        int end = c.newLabel();
        int exit = c.newLabel();
        int cleanup = c.newLabel();
        c.addopJ(loc, Opcode.SETUP_FINALLY, end);
        c.useLabel(body);
        c.stmts.pushFBlock(loc, FBlock.Kind.FINALLY_TRY, body, end, finalbody);
        if (s instanceof Stmt.Try t && t.handlers().isEmpty()) {
            c.stmts.visitAll(t.body());
        } else if (s instanceof Stmt.TryStar t && t.handlers().isEmpty()) {
            c.stmts.visitAll(t.body());
        } else {
            tryExcept(s);
        }
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.stmts.popFBlock(FBlock.Kind.FINALLY_TRY, body);
        c.stmts.visitAll(finalbody);
        c.addopJ(Location.NONE, Opcode.JUMP, exit);

        c.useLabel(end);
        loc = Location.NONE;
        c.addopJ(loc, Opcode.SETUP_CLEANUP, cleanup);
        c.addop(loc, Opcode.PUSH_EXC_INFO);
        c.stmts.pushFBlock(loc, FBlock.Kind.FINALLY_END, end, FBlock.NO_LABEL, null);
        c.stmts.visitAll(finalbody);
        c.stmts.popFBlock(FBlock.Kind.FINALLY_END, end);
        c.addopI(Location.NONE, Opcode.RERAISE, 0);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(exit);
    }

    /** The try body under a SETUP_FINALLY to {@code except}. */
    private void guardedBody(Location loc, List<Stmt> stmts, int body, int except) {
        c.addopJ(loc, Opcode.SETUP_FINALLY, except);
        c.useLabel(body);
        c.stmts.pushFBlock(loc, FBlock.Kind.TRY_EXCEPT, body, FBlock.NO_LABEL, null);
        c.stmts.visitAll(stmts);
        c.stmts.popFBlock(FBlock.Kind.TRY_EXCEPT, body);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
    }

    /** The handlers' entry at {@code except}: the exception pushed, with {@code cleanup} restoring the previous one. */
    private void enterHandlers(Location loc, int except, int cleanup, FBlock.Kind kind) {
        c.useLabel(except);
        c.addopJ(Location.NONE, Opcode.SETUP_CLEANUP, cleanup);
        c.addop(Location.NONE, Opcode.PUSH_EXC_INFO);
        c.stmts.pushFBlock(loc, kind, FBlock.NO_LABEL, FBlock.NO_LABEL, null);
    }

    private void tryExcept(Stmt.Try s) {
        Location loc = Codegen.loc(s);
        int body = c.newLabel();
        int except = c.newLabel();
        int end = c.newLabel();
        int cleanup = c.newLabel();
        guardedBody(loc, s.body(), body, except);
        c.stmts.visitAll(s.orelse());
        c.addopJ(Location.NONE, Opcode.JUMP, end);
        int n = s.handlers().size();
        enterHandlers(loc, except, cleanup, FBlock.Kind.EXCEPTION_HANDLER);
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
                c.nameop(hloc, handler.name(), ExprContext.Store);
                // try: body finally: name = None; del name  -- so the traceback cycle is broken
                c.addopJ(hloc, Opcode.SETUP_CLEANUP, cleanupEnd);
                handlerBody(hloc, handler, handler.name());
                c.addop(Location.NONE, Opcode.POP_BLOCK);
                c.addop(Location.NONE, Opcode.POP_EXCEPT);
                clearHandlerName(handler.name());
                c.addopJ(Location.NONE, Opcode.JUMP, end);

                c.useLabel(cleanupEnd);
                clearHandlerName(handler.name());
                c.addopI(Location.NONE, Opcode.RERAISE, 1);
            } else {
                c.addop(hloc, Opcode.POP_TOP);
                handlerBody(hloc, handler, null);
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

    /**
     * compile.c {@code compiler_try_star_except}: each {@code except*} clause splits off the
     * matching part of the exception group (CHECK_EG_MATCH); what the clauses raise and what
     * no clause matched are collected in a list, and PREP_RERAISE_STAR makes the group to
     * re-raise, if any.
     */
    private void tryStarExcept(Stmt.TryStar s) {
        Location loc = Codegen.loc(s);
        int body = c.newLabel();
        int except = c.newLabel();
        int orelse = c.newLabel();
        int end = c.newLabel();
        int cleanup = c.newLabel();
        int reraiseStar = c.newLabel();
        guardedBody(loc, s.body(), body, except);
        c.addopJ(Location.NONE, Opcode.JUMP, orelse);
        int n = s.handlers().size();
        enterHandlers(loc, except, cleanup, FBlock.Kind.EXCEPTION_GROUP_HANDLER);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = s.handlers().get(i);
            Location hloc = Codegen.loc(handler);
            except = c.newLabel();
            int exceptWithError = c.newLabel();
            int noMatch = c.newLabel();
            if (i == 0) {
                // [orig] -> [orig, result list, exc]: the list collects what the clauses raise
                c.addopI(hloc, Opcode.BUILD_LIST, 0);
                c.addopI(hloc, Opcode.COPY, 2);
            }
            if (handler.type() != null) {
                c.exprs.visit(handler.type());
                c.addop(hloc, Opcode.CHECK_EG_MATCH);
                c.addopI(hloc, Opcode.COPY, 1);
                c.addopJ(hloc, Opcode.POP_JUMP_IF_NONE, noMatch);
            }
            int cleanupEnd = c.newLabel();
            if (handler.name() != null) {
                c.nameop(hloc, handler.name(), ExprContext.Store);
            } else {
                c.addop(hloc, Opcode.POP_TOP);
            }
            c.addopJ(hloc, Opcode.SETUP_CLEANUP, cleanupEnd);
            handlerBody(hloc, handler, handler.name());
            clearHandlerName(handler.name());
            c.addopJ(Location.NONE, Opcode.JUMP, except);

            c.useLabel(cleanupEnd);
            clearHandlerName(handler.name());
            // what the clause raised joins the result list; drop lasti
            c.addopI(Location.NONE, Opcode.LIST_APPEND, 3);
            c.addop(Location.NONE, Opcode.POP_TOP);
            c.addopJ(Location.NONE, Opcode.JUMP, exceptWithError);

            c.useLabel(except);
            // holds a propagated location
            c.addop(Location.NONE, Opcode.NOP);
            c.addopJ(Location.NONE, Opcode.JUMP, exceptWithError);

            c.useLabel(noMatch);
            c.addop(hloc, Opcode.POP_TOP);

            c.useLabel(exceptWithError);
            if (i == n - 1) {
                // the unhandled rest (or None) joins the list too
                c.addopI(Location.NONE, Opcode.LIST_APPEND, 1);
                c.addopJ(Location.NONE, Opcode.JUMP, reraiseStar);
            }
        }
        c.stmts.popFBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, FBlock.NO_LABEL);
        int reraise = c.newLabel();

        c.useLabel(reraiseStar);
        c.addopI(Location.NONE, Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_PREP_RERAISE_STAR.oparg());
        c.addopI(Location.NONE, Opcode.COPY, 1);
        c.addopJ(Location.NONE, Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        // nothing to re-raise
        c.addop(Location.NONE, Opcode.POP_TOP);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.addop(Location.NONE, Opcode.POP_EXCEPT);
        c.addopJ(Location.NONE, Opcode.JUMP, end);

        c.useLabel(reraise);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.addopI(Location.NONE, Opcode.SWAP, 2);
        c.addop(Location.NONE, Opcode.POP_EXCEPT);
        c.addopI(Location.NONE, Opcode.RERAISE, 0);

        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);

        c.useLabel(orelse);
        c.stmts.visitAll(s.orelse());
        c.useLabel(end);
    }

    /** An except clause's body, which return/break/continue unwind with {@code name} cleared; then POP_BLOCK. */
    private void handlerBody(Location hloc, ExceptHandler handler, String name) {
        int cleanupBody = c.newLabel();
        c.useLabel(cleanupBody);
        c.stmts.pushFBlock(hloc, FBlock.Kind.HANDLER_CLEANUP, cleanupBody, FBlock.NO_LABEL, name);
        c.stmts.visitAll(handler.body());
        c.stmts.popFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
    }

    /** {@code name = None; del name} after an except clause that bound {@code name} (none if null). */
    private void clearHandlerName(String name) {
        if (name != null) {
            c.loadConst(Location.NONE, PySingleton.None);
            c.nameop(Location.NONE, name, ExprContext.Store);
            c.nameop(Location.NONE, name, ExprContext.Del);
        }
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
