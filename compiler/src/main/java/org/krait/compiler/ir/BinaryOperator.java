package org.krait.compiler.ir;

/**
 * BINARY_OP's oparg (CPython's NB_* values, Include/internal/pycore_opcode.h; the order of
 * opcode.py {@code _nb_ops}), with the symbol {@code dis} shows.
 */
public enum BinaryOperator {
    NB_ADD("+"), NB_AND("&"), NB_FLOOR_DIVIDE("//"), NB_LSHIFT("<<"), NB_MATRIX_MULTIPLY("@"),
    NB_MULTIPLY("*"), NB_REMAINDER("%"), NB_OR("|"), NB_POWER("**"), NB_RSHIFT(">>"),
    NB_SUBTRACT("-"), NB_TRUE_DIVIDE("/"), NB_XOR("^"),
    NB_INPLACE_ADD("+="), NB_INPLACE_AND("&="), NB_INPLACE_FLOOR_DIVIDE("//="), NB_INPLACE_LSHIFT("<<="),
    NB_INPLACE_MATRIX_MULTIPLY("@="), NB_INPLACE_MULTIPLY("*="), NB_INPLACE_REMAINDER("%="),
    NB_INPLACE_OR("|="), NB_INPLACE_POWER("**="), NB_INPLACE_RSHIFT(">>="), NB_INPLACE_SUBTRACT("-="),
    NB_INPLACE_TRUE_DIVIDE("/="), NB_INPLACE_XOR("^=");

    private static final BinaryOperator[] VALUES = values();

    public final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The oparg. */
    public int oparg() {
        return ordinal();
    }

    public static BinaryOperator of(int oparg) {
        return VALUES[oparg];
    }

    public boolean isInplace() {
        return ordinal() >= NB_INPLACE_ADD.ordinal();
    }

    /** The in-place form of a plain operator ({@code +} to {@code +=}). */
    public BinaryOperator inplace() {
        return isInplace() ? this : VALUES[ordinal() + NB_INPLACE_ADD.ordinal()];
    }
}
