package org.krait.compiler.ast;

/** CPython's {@code boolop}. */
public enum BoolOpKind implements Node {
    And, Or
}
