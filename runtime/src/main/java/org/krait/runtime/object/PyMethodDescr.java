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
    final BuiltinBody body;
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

    /*
     * Calls of self and 0 to 3 positional arguments (CALL after a method-bit LOAD_ATTR): the bound
     * array is made at once, with the defaults, when the signature needs no more binding.
     */

    public PyObject call(ThreadState ts, PyObject self) {
        PyObject[] a = frame(self, 0);
        return a == null ? call(ts, new PyObject[] {self}, null) : body.call(ts, a);
    }

    public PyObject call(ThreadState ts, PyObject self, PyObject x) {
        PyObject[] a = frame(self, 1);
        if (a == null) {
            return call(ts, new PyObject[] {self, x}, null);
        }
        a[1] = x;
        return body.call(ts, a);
    }

    public PyObject call(ThreadState ts, PyObject self, PyObject x, PyObject y) {
        PyObject[] a = frame(self, 2);
        if (a == null) {
            return call(ts, new PyObject[] {self, x, y}, null);
        }
        a[1] = x;
        a[2] = y;
        return body.call(ts, a);
    }

    public PyObject call(ThreadState ts, PyObject self, PyObject x, PyObject y, PyObject z) {
        PyObject[] a = frame(self, 3);
        if (a == null) {
            return call(ts, new PyObject[] {self, x, y, z}, null);
        }
        a[1] = x;
        a[2] = y;
        a[3] = z;
        return body.call(ts, a);
    }

    /** The bound array for self and n positional arguments, self checked and stored; null to bind. */
    private PyObject[] frame(PyObject self, int n) {
        PyObject[] a = spec.hasSelf ? spec.positionalFrame(n) : null;
        if (a != null) {
            checkSelf(self, slotWrapper);
            a[0] = self;
        }
        return a;
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
