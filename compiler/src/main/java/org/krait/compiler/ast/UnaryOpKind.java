package org.krait.compiler.ast;

/** CPython's {@code unaryop}. */
public enum UnaryOpKind implements Node {
    Invert, Not, UAdd, USub
}
