package org.krait.compiler.symtable;

/** The kind of a symbol table block: CPython 3.12's {@code _Py_block_ty} (Include/internal/pycore_symtable.h). */
public enum BlockType {
    /** {@code FunctionBlock}: functions, lambdas and comprehensions. */
    FUNCTION,
    /** {@code ClassBlock}. */
    CLASS,
    /** {@code ModuleBlock}. */
    MODULE,
    /**
     * {@code AnnotationBlock}: only made under {@code from __future__ import annotations}; such
     * blocks soak up the names used in annotations but are never children of another block.
     */
    ANNOTATION,
    /** {@code TypeVarBoundBlock}: the lazily evaluated bound of a PEP 695 {@code TypeVar}. */
    TYPE_VAR_BOUND,
    /** {@code TypeAliasBlock}: the lazily evaluated value of a {@code type} statement. */
    TYPE_ALIAS,
    /** {@code TypeParamBlock}: the annotation scope holding a generic's type parameters. */
    TYPE_PARAM;

    /** CPython's {@code _PyST_IsFunctionLike}: blocks whose bindings are fast locals visible to children. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == TYPE_VAR_BOUND || this == TYPE_ALIAS || this == TYPE_PARAM;
    }
}
