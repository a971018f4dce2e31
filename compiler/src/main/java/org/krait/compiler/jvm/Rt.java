package org.krait.compiler.jvm;

/**
 * The runtime classes generated code links against, by internal name and descriptor. The compiler
 * does not depend on the runtime module (DESIGN §5), so this is the one place that names them.
 */
final class Rt {
    private Rt() {
    }

    static final String PKG = "org/krait/runtime/";
    static final String OBJ = PKG + "object/PyObject";
    static final String TS = PKG + "interp/ThreadState";
    static final String FUNCTION = PKG + "object/PyFunction";
    static final String CODE = PKG + "object/PyCode";
    static final String CELL = PKG + "object/PyCell";
    static final String COMPILED_MODULE = PKG + "object/CompiledModule";
    static final String NONE = PKG + "object/PyNone";
    static final String BOOL = PKG + "object/PyBool";
    static final String EXC = PKG + "exceptions/PyException";
    static final String BASE_EXC = PKG + "exceptions/PyBaseException";
    static final String CEVAL = PKG + "ceval/Ceval";
    static final String NAMES = PKG + "ceval/Names";
    static final String EXCEPTIONS = PKG + "ceval/Exceptions";
    static final String CONSTANTS = PKG + "ceval/Constants";
    static final String NUMBERS = PKG + "ops/Numbers";
    static final String ABSTRACT = PKG + "ops/Abstract";
    static final String ATTRIBUTES = PKG + "ops/Attributes";
    static final String ATTRIBUTE_SITES = PKG + "ops/AttributeSites";
    static final String ITERATION = PKG + "ops/Iteration";
    static final String SUBSCRIPTS = PKG + "ops/Subscripts";
    static final String EXCEPTION_TYPES = PKG + "exceptions/ExceptionTypes";
    static final String TYPE = PKG + "object/PyType";

    static final String D_OBJ = "L" + OBJ + ";";
    static final String D_TS = "L" + TS + ";";
    static final String D_FUNCTION = "L" + FUNCTION + ";";
    static final String D_CODE = "L" + CODE + ";";
    static final String D_OBJS = "[" + D_OBJ;
    static final String D_STRING = "Ljava/lang/String;";
    static final String D_STRINGS = "[" + D_STRING;

    /** Descriptor of a generated function body with {@code n} parameters (ADR 0004). */
    static String functionDescriptor(int n) {
        StringBuilder sb = new StringBuilder("(").append(D_TS).append(D_FUNCTION);
        for (int i = 0; i < n; i++) {
            sb.append(D_OBJ);
        }
        return sb.append(')').append(D_OBJ).toString();
    }

    /** Parameters beyond this many are passed as one array (JVM methods take at most 255 slots). */
    static final int MAX_DIRECT_PARAMS = 250;
    /** Highest arity with its own dispatcher (CompiledModule.call0..call4) and CALL helper (Ceval.call0..3). */
    static final int MAX_FIXED_ARITY = 4;

    /** Whether a runtime class name is a PyObject subclass, for getCommonSuperClass without loading. */
    static boolean isPyObject(String internalName) {
        return internalName.startsWith(PKG + "object/Py") || internalName.startsWith(PKG + "generators/Py") || internalName.equals(BASE_EXC)
                || internalName.startsWith(PKG + "types/") || internalName.startsWith(PKG + "builtins/Text");
    }
}
