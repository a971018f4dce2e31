package org.krait.compiler.ir;

/** CALL_INTRINSIC_2's oparg (Include/internal/pycore_intrinsics.h); the name is what dis shows. */
public enum Intrinsic2 {
    INTRINSIC_2_INVALID, INTRINSIC_PREP_RERAISE_STAR, INTRINSIC_TYPEVAR_WITH_BOUND,
    INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_SET_FUNCTION_TYPE_PARAMS;

    private static final Intrinsic2[] VALUES = values();

    public int oparg() {
        return ordinal();
    }

    public static Intrinsic2 of(int oparg) {
        return VALUES[oparg];
    }
}
