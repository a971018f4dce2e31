package org.krait.compiler.ast;

import java.util.List;

/** CPython's {@code ExceptHandler}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}
