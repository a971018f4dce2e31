package org.krait.runtime.object;

import org.krait.runtime.types.FunctionMethods;

/**
 * A code object: the constant description of one compiled body (module, class body, function,
 * lambda, comprehension) and where its JVM method lives. Immortal and shared by every interpreter.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", null, 0, null, FunctionMethods::defineCode);

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public final CompiledModule module;
    public final int index;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** co_varnames (arguments first), co_cellvars, co_freevars. */
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** Four ints per source position: lineno, end_lineno, col_offset, end_col_offset (−1 unknown). */
    private final int[] positions;
    /** The docstring functions made from this code get ({@code co_consts[0]} when a str), or null. */
    public String docstring;
    /**
     * For a function taking exactly {@code n} positional parameters and nothing else (no *args,
     * **kwargs, keyword-only): n, which lets a call of n positional arguments skip binding and the
     * argument array (CompiledModule.call0..call4). Else -1.
     */
    public final int simpleArity;

    public PyCode(CompiledModule module, int index, String name, String qualname, String filename, int firstlineno,
            int argcount, int posonlyargcount, int kwonlyargcount, int flags, String[] varnames, String[] cellvars,
            String[] freevars, int[] positions) {
        this.module = module;
        this.index = index;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.positions = positions;
        boolean simple = (flags & CO_OPTIMIZED) != 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0
                && kwonlyargcount == 0;
        this.simpleArity = simple ? argcount : -1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code code.replace()} for the fields that do not change the compiled body: the copy runs the
     * same JVM method. {@code types.coroutine} sets CO_ITERABLE_COROUTINE this way.
     */
    public PyCode replace(String newName, String newQualname, String newFilename, int newFirstlineno, int newFlags) {
        PyCode c = new PyCode(module, index, newName, newQualname, newFilename, newFirstlineno, argcount,
                posonlyargcount, kwonlyargcount, newFlags, varnames, cellvars, freevars, positions);
        c.docstring = docstring;
        return c;
    }

    /** Number of bound parameters: positional, keyword-only, *args, **kwargs. */
    public int parameterCount() {
        return argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    public int lineOf(int position) {
        return position < 0 ? firstlineno : positions[position * 4];
    }

    public int endLineOf(int position) {
        return positions[position * 4 + 1];
    }

    public int colOf(int position) {
        return positions[position * 4 + 2];
    }

    public int endColOf(int position) {
        return positions[position * 4 + 3];
    }

    /** Decodes positions packed by the emitter: each int as two chars, high half first. */
    public static int[] unpackPositions(String packed) {
        int[] out = new int[packed.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (packed.charAt(2 * i) << 16) | packed.charAt(2 * i + 1);
        }
        return out;
    }
}
