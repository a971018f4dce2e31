package org.krait.compiler.ir;

/** CALL_INTRINSIC_1's oparg (Include/internal/pycore_intrinsics.h); the name is what dis shows. */
public enum Intrinsic1 {
    INTRINSIC_1_INVALID, INTRINSIC_PRINT, INTRINSIC_IMPORT_STAR, INTRINSIC_STOPITERATION_ERROR,
    INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_UNARY_POSITIVE, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_TYPEVAR,
    INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE, INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS;

    private static final Intrinsic1[] VALUES = values();

    public int oparg() {
        return ordinal();
    }

    public static Intrinsic1 of(int oparg) {
        return VALUES[oparg];
    }
}
