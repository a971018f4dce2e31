package org.krait.runtime.object;

/**
 * The two halves of calling a built-in function or method descriptor, for call sites that link
 * to them (ops.CallSites): preparing the argument array (binding by its ArgSpec, checking self)
 * and the body that runs on it. Kept apart so that a site can call the body through a receiver of
 * its exact class, which HotSpot then inlines instead of dispatching on every built-in there is.
 */
public final class BuiltinCalls {
    private BuiltinCalls() {
    }

    /** The body of a built-in function or method descriptor. */
    public static BuiltinBody bodyOf(PyObject callable) {
        return callable instanceof PyBuiltinFunction ? ((PyBuiltinFunction) callable).body
                : ((PyMethodDescr) callable).body;
    }

    /** Whether a CALL's {@code callable} (no method) is an unbound built-in function whose body is of class {@code cls}. */
    public static boolean isFunctionWithBody(Class<?> cls, PyObject method, PyObject callable) {
        return method == null && callable instanceof PyBuiltinFunction && ((PyBuiltinFunction) callable).self == null
                && ((PyBuiltinFunction) callable).body.getClass() == cls;
    }

    /** Whether {@code callable} is a method descriptor whose body is of class {@code cls}. */
    public static boolean isDescriptorWithBody(Class<?> cls, PyObject callable) {
        return callable instanceof PyMethodDescr && ((PyMethodDescr) callable).body.getClass() == cls;
    }

    /** The arguments of an unbound built-in function, bound as PyBuiltinFunction.call binds them. */
    public static PyObject[] functionArgs(PyObject function, PyObject[] args) {
        return ((PyBuiltinFunction) function).spec.bind(args, null);
    }

    /** The arguments of a method descriptor called with self first, as PyMethodDescr.call binds them. */
    public static PyObject[] descriptorArgs(PyObject descr, PyObject[] selfAndArgs) {
        return ((PyMethodDescr) descr).bindPositional(selfAndArgs);
    }
}
