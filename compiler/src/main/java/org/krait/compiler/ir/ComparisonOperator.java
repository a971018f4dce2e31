package org.krait.compiler.ir;

/**
 * COMPARE_OP's oparg in 3.12: {@code op << 4 | mask}, where {@code op} is the rich comparison
 * ({@code Py_LT} ... {@code Py_GE}, the index in {@code dis.cmp_op}) and {@code mask} the
 * COMPARISON_* bits of Include/internal/pycore_code.h that the specialized forms test.
 */
public enum ComparisonOperator {
    LT("<", Bits.LESS_THAN),
    LE("<=", Bits.LESS_THAN | Bits.EQUALS),
    EQ("==", Bits.EQUALS),
    NE("!=", Bits.UNORDERED | Bits.LESS_THAN | Bits.GREATER_THAN),
    GT(">", Bits.GREATER_THAN),
    GE(">=", Bits.GREATER_THAN | Bits.EQUALS);

    /** COMPARISON_* values. */
    public static final class Bits {
        public static final int UNORDERED = 1;
        public static final int LESS_THAN = 2;
        public static final int GREATER_THAN = 4;
        public static final int EQUALS = 8;

        private Bits() {
        }
    }

    private static final ComparisonOperator[] VALUES = values();

    public final String symbol;
    public final int mask;

    ComparisonOperator(String symbol, int mask) {
        this.symbol = symbol;
        this.mask = mask;
    }

    /** The COMPARE_OP oparg. */
    public int oparg() {
        return ordinal() << 4 | mask;
    }

    /** The comparison an oparg performs (its mask bits are ignored, as the generic COMPARE_OP does). */
    public static ComparisonOperator of(int oparg) {
        return VALUES[oparg >> 4];
    }
}
