package org.krait.compiler.ast;

/** CPython's {@code withitem}. */
public record Withitem(Expr contextExpr, Expr optionalVars) implements Node {
}
