package org.krait.compiler.ast;

/** CPython's {@code cmpop}. */
public enum CmpOp implements Node {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
