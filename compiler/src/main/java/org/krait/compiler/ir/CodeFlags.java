package org.krait.compiler.ir;

/** {@code co_flags} bits and {@code co_localspluskinds} bits with CPython 3.12's values (Include/cpython/code.h, pycore_code.h). */
public final class CodeFlags {
    private CodeFlags() {
    }

    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** Kinds of a localsplus slot: a name can be a local and a cell at once (an argument that is a cell). */
    public static final int CO_FAST_HIDDEN = 0x10;
    public static final int CO_FAST_LOCAL = 0x20;
    public static final int CO_FAST_CELL = 0x40;
    public static final int CO_FAST_FREE = 0x80;
}
