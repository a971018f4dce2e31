package org.krait.compiler.ast;

/** CPython's {@code operator}; constant names are Python's. */
public enum Operator implements Node {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
