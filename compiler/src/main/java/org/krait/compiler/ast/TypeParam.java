package org.krait.compiler.ast;

/** CPython's {@code type_param} (PEP 695). */
public sealed interface TypeParam extends Located {
    record TypeVar(String name, Expr bound, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}

    record ParamSpec(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}

    record TypeVarTuple(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {}
}
