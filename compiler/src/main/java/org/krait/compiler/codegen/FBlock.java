package org.krait.compiler.codegen;

/**
 * A frame block (compile.c {@code fblockinfo}): the loops, try/with/except regions that
 * return, break and continue must unwind. {@code datum} is the finally body (List of Stmt),
 * the with statement, or the except handler's bound name, as CPython's {@code fb_datum}.
 */
record FBlock(Kind type, int block, int exit, Object datum) {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    static final int NO_LABEL = -1;
}
