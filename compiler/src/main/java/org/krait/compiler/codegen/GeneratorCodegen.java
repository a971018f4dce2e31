package org.krait.compiler.codegen;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;

/**
 * Generators and coroutines (compile.c): {@code yield}, {@code yield from} and {@code await}
 * (the SEND loop of {@code compiler_add_yield_from}), the PEP 479 handler around generator
 * bodies, and {@code async for} ({@code async with} is with {@code with}, in {@link TryCodegen}).
 */
final class GeneratorCodegen {
    private final Codegen c;

    GeneratorCodegen(Codegen c) {
        this.c = c;
    }

    /** compile.c {@code addop_yield}: async generators wrap the value so the runtime can tell it from an await. */
    void addYield(Location loc) {
        if (c.u.ste.isGenerator() && c.u.ste.isCoroutine()) {
            c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_ASYNC_GEN_WRAP.oparg());
        }
        c.addopI(loc, Opcode.YIELD_VALUE, 0);
        c.addopI(loc, Opcode.RESUME, Opargs.RESUME_AFTER_YIELD);
    }

    /**
     * compile.c {@code compiler_add_yield_from}: with the iterator and the value to send on the
     * stack, SEND until the iterator is exhausted; a throw()/close() that ends it lands in
     * CLEANUP_THROW, which turns its StopIteration into the result.
     */
    void addYieldFrom(Location loc, boolean await) {
        int send = c.newLabel();
        int fail = c.newLabel();
        int exit = c.newLabel();
        c.useLabel(send);
        c.addopJ(loc, Opcode.SEND, exit);
        c.addopJ(loc, Opcode.SETUP_FINALLY, fail);
        c.addopI(loc, Opcode.YIELD_VALUE, 0);
        c.addop(Location.NONE, Opcode.POP_BLOCK);
        c.addopI(loc, Opcode.RESUME, await ? Opargs.RESUME_AFTER_AWAIT : Opargs.RESUME_AFTER_YIELD_FROM);
        c.addopJ(loc, Opcode.JUMP_NO_INTERRUPT, send);
        c.useLabel(fail);
        c.addop(loc, Opcode.CLEANUP_THROW);
        c.useLabel(exit);
        c.addop(loc, Opcode.END_SEND);
    }

    /** GET_AWAITABLE {@code where}, LOAD_CONST None, then the send loop: one {@code await}. */
    void awaitTop(Location loc, int where) {
        c.addopI(loc, Opcode.GET_AWAITABLE, where);
        c.loadConst(loc, PySingleton.None);
        addYieldFrom(loc, true);
    }

    /**
     * compile.c {@code wrap_in_stopiteration_handler}: a StopIteration escaping a generator or
     * coroutine body becomes a RuntimeError (PEP 479).
     */
    void wrapInStopIterationHandler() {
        int handler = c.newLabel();
        c.u.seq.insert(0, Opcode.SETUP_CLEANUP, handler, Location.NONE);
        c.loadConst(Location.NONE, PySingleton.None);
        c.addop(Location.NONE, Opcode.RETURN_VALUE);
        c.useLabel(handler);
        c.addopI(Location.NONE, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_STOPITERATION_ERROR.oparg());
        c.addopI(Location.NONE, Opcode.RERAISE, 1);
    }

    void yieldExpr(Expr.Yield e) {
        Location loc = Codegen.loc(e);
        if (!c.u.isFunctionLike()) {
            throw c.error(loc, "'yield' outside function");
        }
        if (e.value() != null) {
            c.exprs.visit(e.value());
        } else {
            c.loadConst(loc, PySingleton.None);
        }
        addYield(loc);
    }

    void yieldFrom(Expr.YieldFrom e) {
        Location loc = Codegen.loc(e);
        if (!c.u.isFunctionLike()) {
            throw c.error(loc, "'yield' outside function");
        }
        if (c.u.scopeType == Unit.ScopeType.ASYNC_FUNCTION) {
            throw c.error(loc, "'yield from' inside async function");
        }
        c.exprs.visit(e.value());
        c.addop(loc, Opcode.GET_YIELD_FROM_ITER);
        c.loadConst(loc, PySingleton.None);
        addYieldFrom(loc, false);
    }

    void await(Expr.Await e) {
        Location loc = Codegen.loc(e);
        if (!c.u.isFunctionLike()) {
            throw c.error(loc, "'await' outside function");
        }
        if (c.u.scopeType != Unit.ScopeType.ASYNC_FUNCTION && c.u.scopeType != Unit.ScopeType.COMPREHENSION) {
            throw c.error(loc, "'await' outside async function");
        }
        c.exprs.visit(e.value());
        awaitTop(loc, 0);
    }

    /** compile.c {@code compiler_async_for}: GET_ANEXT awaited under a handler whose END_ASYNC_FOR ends the loop. */
    void asyncFor(Stmt.AsyncFor s) {
        Location loc = Codegen.loc(s);
        if (c.u.scopeType != Unit.ScopeType.ASYNC_FUNCTION) {
            throw c.error(loc, "'async for' outside async function");
        }
        int start = c.newLabel();
        int except = c.newLabel();
        int end = c.newLabel();
        c.exprs.visit(s.iter());
        c.addop(loc, Opcode.GET_AITER);
        c.useLabel(start);
        c.stmts.pushFBlock(loc, FBlock.Kind.FOR_LOOP, start, end, null);
        c.addopJ(loc, Opcode.SETUP_FINALLY, except);
        c.addop(loc, Opcode.GET_ANEXT);
        c.loadConst(loc, PySingleton.None);
        addYieldFrom(loc, true);
        c.addop(loc, Opcode.POP_BLOCK);
        c.exprs.visit(s.target());
        c.stmts.visitAll(s.body());
        c.addopJ(Location.NONE, Opcode.JUMP, start);
        c.stmts.popFBlock(FBlock.Kind.FOR_LOOP, start);
        c.useLabel(except);
        // END_ASYNC_FOR has the iterator's line: it ends the `for`, not the body
        c.addop(Codegen.loc(s.iter()), Opcode.END_ASYNC_FOR);
        c.stmts.visitAll(s.orelse());
        c.useLabel(end);
    }
}
