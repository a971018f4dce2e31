package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBuiltinFunction;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.TypeMethods;

/** Calling any object: the vectorcall protocol of ADR 0004 ({@code args} = positional then keyword values). */
public final class Calls {
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private Calls() {
    }

    public static PyObject call(ThreadState ts, PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).call(ts, args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction) {
            return ((PyBuiltinFunction) callable).call(ts, args, kwnames);
        }
        if (callable instanceof PyMethod) {
            PyMethod m = (PyMethod) callable;
            return call(ts, m.function, prepend(m.self, args), kwnames);
        }
        if (callable instanceof PyMethodDescr) {
            return ((PyMethodDescr) callable).call(ts, args, kwnames);
        }
        if (callable instanceof PyType) {
            return TypeMethods.callType(ts, (PyType) callable, args, kwnames);
        }
        PyObject call = callable.type().lookup("__call__");
        if (call == null) {
            throw Errors.typeError("'" + callable.type().name() + "' object is not callable");
        }
        return call(ts, Attributes.bindDescriptor(ts, call, callable, callable.type()), args, kwnames);
    }

    /** Calls {@code callable} with {@code self} prepended, as CALL does after a method-bit LOAD_ATTR. */
    public static PyObject callMethod(ThreadState ts, PyObject callable, PyObject self, PyObject[] args,
            String[] kwnames) {
        if (callable instanceof PyMethodDescr) {
            return ((PyMethodDescr) callable).callMethod(ts, self, args, kwnames);
        }
        return call(ts, callable, prepend(self, args), kwnames);
    }

    /*
     * Calls of 0 to 3 positional arguments (and method calls with self plus 0 to 3): a Python
     * function of exactly that arity runs without an argument array (PyFunction.call0..call4).
     */

    public static PyObject call(ThreadState ts, PyObject callable) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).call0(ts);
        }
        if (callable instanceof PyMethod) {
            return callMethod(ts, ((PyMethod) callable).function, ((PyMethod) callable).self);
        }
        if (callable instanceof PyType) {
            PyObject r = TypeMethods.constructPlain(ts, (PyType) callable, 0, null, null, null);
            if (r != null) {
                return r;
            }
        }
        return call(ts, callable, NO_ARGS, null);
    }

    public static PyObject call(ThreadState ts, PyObject callable, PyObject a) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).call1(ts, a);
        }
        if (callable instanceof PyMethod) {
            return callMethod(ts, ((PyMethod) callable).function, ((PyMethod) callable).self, a);
        }
        if (callable instanceof PyType) {
            PyObject r = TypeMethods.constructPlain(ts, (PyType) callable, 1, a, null, null);
            if (r != null) {
                return r;
            }
        }
        return call(ts, callable, new PyObject[] {a}, null);
    }

    public static PyObject call(ThreadState ts, PyObject callable, PyObject a, PyObject b) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).call2(ts, a, b);
        }
        if (callable instanceof PyMethod) {
            return callMethod(ts, ((PyMethod) callable).function, ((PyMethod) callable).self, a, b);
        }
        if (callable instanceof PyType) {
            PyObject r = TypeMethods.constructPlain(ts, (PyType) callable, 2, a, b, null);
            if (r != null) {
                return r;
            }
        }
        return call(ts, callable, new PyObject[] {a, b}, null);
    }

    public static PyObject call(ThreadState ts, PyObject callable, PyObject a, PyObject b, PyObject c) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).call3(ts, a, b, c);
        }
        if (callable instanceof PyMethod) {
            return callMethod(ts, ((PyMethod) callable).function, ((PyMethod) callable).self, a, b, c);
        }
        if (callable instanceof PyType) {
            PyObject r = TypeMethods.constructPlain(ts, (PyType) callable, 3, a, b, c);
            if (r != null) {
                return r;
            }
        }
        return call(ts, callable, new PyObject[] {a, b, c}, null);
    }

    public static PyObject callMethod(ThreadState ts, PyObject method, PyObject self) {
        if (method instanceof PyFunction) {
            return ((PyFunction) method).call1(ts, self);
        }
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, self);
        }
        return call(ts, method, new PyObject[] {self}, null);
    }

    public static PyObject callMethod(ThreadState ts, PyObject method, PyObject self, PyObject a) {
        if (method instanceof PyFunction) {
            return ((PyFunction) method).call2(ts, self, a);
        }
        PyObject hot = HotMethods.call(ts, method, self, a);
        if (hot != null) {
            return hot;
        }
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, self, a);
        }
        return call(ts, method, new PyObject[] {self, a}, null);
    }

    public static PyObject callMethod(ThreadState ts, PyObject method, PyObject self, PyObject a, PyObject b) {
        if (method instanceof PyFunction) {
            return ((PyFunction) method).call3(ts, self, a, b);
        }
        PyObject hot = HotMethods.call(ts, method, self, a, b);
        if (hot != null) {
            return hot;
        }
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, self, a, b);
        }
        return call(ts, method, new PyObject[] {self, a, b}, null);
    }

    public static PyObject callMethod(ThreadState ts, PyObject method, PyObject self, PyObject a, PyObject b,
            PyObject c) {
        if (method instanceof PyFunction) {
            return ((PyFunction) method).call4(ts, self, a, b, c);
        }
        if (method instanceof PyMethodDescr) {
            return ((PyMethodDescr) method).call(ts, self, a, b, c);
        }
        return call(ts, method, new PyObject[] {self, a, b, c}, null);
    }

    /** Calls special method {@code name} looked up on the type, or returns null if the type has none. */
    public static PyObject callSpecial(ThreadState ts, PyObject self, String name, PyObject... args) {
        PyType t = self.type();
        PyObject m = t.lookup(name);
        if (m == null) {
            return null;
        }
        if (m instanceof PyFunction || m instanceof PyMethodDescr) {
            return callMethod(ts, m, self, args, null);
        }
        return call(ts, Attributes.bindDescriptor(ts, m, self, t), args, null);
    }

    static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
