package org.krait.runtime.object;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.types.FunctionMethods;

/**
 * A built-in type's class method as found in its dict ({@code classmethod_descriptor}, as
 * {@code dict.fromkeys}): looked up on the class or an instance, it is a built-in method bound to
 * the class (descrobject.c classmethod_get).
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", null, 0, null,
            FunctionMethods::defineClassMethodDescr);

    public final PyType owner;
    final ArgSpec spec;
    final BuiltinBody body;

    PyClassMethodDescr(PyType owner, ArgSpec spec, BuiltinBody body) {
        this.owner = owner;
        this.spec = spec;
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return spec.name;
    }

    /**
     * {@code __get__(instance, cls)}: the method bound to {@code cls}, or to the type of
     * {@code instance} when {@code cls} is null; {@code cls} must be a subtype of the owner.
     */
    public PyObject bind(PyObject instance, PyObject cls) {
        if (cls == null) {
            if (instance == null) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            cls = instance.type();
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("descriptor '" + name() + "' for type '" + owner.name() + "' needs a type, not a '"
                    + cls.type().name() + "' as arg 2");
        }
        if (!((PyType) cls).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name() + "' requires a subtype of '" + owner.name()
                    + "' but received '" + ((PyType) cls).name() + "'");
        }
        return new PyBuiltinFunction(spec, body, cls, owner.name());
    }
}
