package org.krait.compiler.ast;

/** CPython's {@code keyword}: {@code arg=value} in a call, or {@code **value} when arg is null. */
public record Keyword(String arg, Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
        implements Located {
}
