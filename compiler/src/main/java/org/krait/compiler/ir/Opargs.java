package org.krait.compiler.ir;

/**
 * Meanings of the oparg bits of CPython 3.12's opcodes, with CPython's values
 * (Include/internal/pycore_code.h, Python/compile.c, Lib/dis.py). Enumerated opargs have
 * their own types: {@link BinaryOperator}, {@link ComparisonOperator}, {@link Intrinsic1},
 * {@link Intrinsic2}.
 */
public final class Opargs {
    private Opargs() {
    }

    // FORMAT_VALUE: conversion in the low two bits, then whether a format spec is on the stack.
    public static final int FVC_MASK = 0x3;
    public static final int FVC_NONE = 0x0;
    public static final int FVC_STR = 0x1;
    public static final int FVC_REPR = 0x2;
    public static final int FVC_ASCII = 0x3;
    public static final int FVS_MASK = 0x4;
    public static final int FVS_HAVE_SPEC = 0x4;

    // MAKE_FUNCTION: which optional values are on the stack, popped in the reverse of this order
    // (closure on top, then annotations, kwdefaults, defaults), below the code object.
    public static final int MAKE_FUNCTION_DEFAULTS = 0x01;
    public static final int MAKE_FUNCTION_KWDEFAULTS = 0x02;
    public static final int MAKE_FUNCTION_ANNOTATIONS = 0x04;
    public static final int MAKE_FUNCTION_CLOSURE = 0x08;

    // RAISE_VARARGS: 0 re-raises the active exception, 1 raises TOS, 2 raises TOS1 from TOS.
    public static final int RAISE_RERAISE = 0;
    public static final int RAISE_EXCEPTION = 1;
    public static final int RAISE_WITH_CAUSE = 2;

    // LOAD_GLOBAL: name index << 1 | push-NULL bit.
    public static final int LOAD_GLOBAL_PUSH_NULL = 1;
    // LOAD_ATTR: name index << 1 | method bit.
    public static final int LOAD_ATTR_METHOD = 1;
    // LOAD_SUPER_ATTR: name index << 2 | explicit two-argument super(C, obj) bit | method bit.
    public static final int LOAD_SUPER_ATTR_METHOD = 1;
    public static final int LOAD_SUPER_ATTR_TWO_ARG = 2;

    // CALL_FUNCTION_EX: a keyword mapping is on the stack.
    public static final int CALL_FUNCTION_EX_KWARGS = 1;

    // IS_OP / CONTAINS_OP: 1 inverts (is not, not in).
    public static final int INVERT = 1;

    // RESUME: where the frame was entered or resumed.
    public static final int RESUME_AT_FUNC_START = 0;
    public static final int RESUME_AFTER_YIELD = 1;
    public static final int RESUME_AFTER_YIELD_FROM = 2;
    public static final int RESUME_AFTER_AWAIT = 3;

    // LOAD_GLOBAL/LOAD_ATTR helpers keep the packing in one place.
    public static int loadGlobal(int nameIndex, boolean pushNull) {
        return nameIndex << 1 | (pushNull ? LOAD_GLOBAL_PUSH_NULL : 0);
    }

    public static int loadAttr(int nameIndex, boolean method) {
        return nameIndex << 1 | (method ? LOAD_ATTR_METHOD : 0);
    }

    public static int loadSuperAttr(int nameIndex, boolean method, boolean twoArg) {
        return nameIndex << 2 | (twoArg ? LOAD_SUPER_ATTR_TWO_ARG : 0) | (method ? LOAD_SUPER_ATTR_METHOD : 0);
    }

    /** UNPACK_EX: names before the starred one in the low byte, names after it in the high byte. */
    public static int unpackEx(int before, int after) {
        return before | after << 8;
    }
}
