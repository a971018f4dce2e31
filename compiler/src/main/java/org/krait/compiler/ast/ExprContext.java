package org.krait.compiler.ast;

/** CPython's {@code expr_context}. */
public enum ExprContext implements Node {
    Load, Store, Del
}
