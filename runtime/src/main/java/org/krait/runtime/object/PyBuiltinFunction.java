package org.krait.runtime.object;

import org.krait.runtime.types.FunctionMethods;

import org.krait.runtime.interp.ThreadState;

/**
 * {@code builtin_function_or_method}: a module-level built-in function, or a built-in method bound
 * to its {@code __self__}.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", null, 0, null,
            FunctionMethods::defineBuiltin);

    public final ArgSpec spec;
    final BuiltinBody body;
    /** The bound instance for a method, or null for a plain function. */
    public final PyObject self;
    public final String qualPrefix;

    public PyBuiltinFunction(ArgSpec spec, BuiltinBody body, PyObject self, String qualPrefix) {
        this.spec = spec;
        this.body = body;
        this.self = self;
        this.qualPrefix = qualPrefix;
    }

    public static PyBuiltinFunction of(String signature, BuiltinBody body) {
        return new PyBuiltinFunction(ArgSpec.parse(signature), body, null, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return spec.name;
    }

    /**
     * The Java body when a call passes just the arguments (no self to prepend), else null; for the
     * direct call generated code makes at a call site (CallEmitter).
     */
    public BuiltinBody unboundBody() {
        return self != null && spec.hasSelf ? null : body;
    }

    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        if (self != null && spec.hasSelf) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            args = withSelf;
        }
        return body.call(ts, spec.bind(args, kwnames));
    }
}
