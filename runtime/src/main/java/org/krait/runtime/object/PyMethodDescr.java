package org.krait.runtime.object;

import org.krait.runtime.types.FunctionMethods;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;

/**
 * A built-in type's method as found in its dict ({@code method_descriptor}, and for special
 * methods {@code wrapper_descriptor}); binds to an instance through {@code __get__}.
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", null, 0, null,
            FunctionMethods::defineMethodDescr);
    public static final PyType WRAPPER_TYPE = PyType.builtin("wrapper_descriptor", null, 0, null,
            FunctionMethods::defineMethodDescr);

    public final PyType owner;
    public final ArgSpec spec;
    /** Public for the direct call generated code makes at a method call site (CallEmitter). */
    public final BuiltinBody body;
    private final boolean slotWrapper;

    PyMethodDescr(PyType owner, ArgSpec spec, BuiltinBody body, boolean slotWrapper) {
        this.owner = owner;
        this.spec = spec;
        this.body = body;
        this.slotWrapper = slotWrapper;
    }

    @Override
    public PyType type() {
        return slotWrapper ? WRAPPER_TYPE : TYPE;
    }

    public String name() {
        return spec.name;
    }

    /** Calls the method with {@code args[0]} as self. */
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("unbound method " + owner.name() + "." + spec.name + "() needs an argument");
        }
        checkSelf(args[0], slotWrapper);
        return body.call(ts, spec.bind(args, kwnames));
    }

    /** Calls with self given apart (the LOAD_ATTR method-bit path: no bound object is made). */
    public PyObject callMethod(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return body.call(ts, spec.bind(all, kwnames));
    }

    void checkSelf(PyObject self) {
        checkSelf(self, false);
    }

    /** {@code wrapperCall}: the text of calling a slot wrapper (wrapperdescr_call) rather than binding. */
    private void checkSelf(PyObject self, boolean wrapperCall) {
        if (!self.type().isSubtypeOf(owner)) {
            if (wrapperCall) {
                // wrapperdescr_call's text differs from method_descriptor's
                throw Errors.typeError("descriptor '" + spec.name + "' requires a '" + owner.name()
                        + "' object but received a '" + self.type().name() + "'");
            }
            throw Errors.typeError("descriptor '" + spec.name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + self.type().name() + "' object");
        }
    }

    /** {@code __get__}: a bound built-in method, or the descriptor itself when looked up on the class. */
    public PyObject bind(PyObject instance) {
        if (instance == null) {
            return this;
        }
        checkSelf(instance);
        return new PyBuiltinFunction(spec, body, instance, owner.name());
    }
}
