package org.krait.compiler.ast;

/** CPython's {@code arg}: one parameter. */
public record Arg(String arg, Expr annotation, String typeComment,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}
