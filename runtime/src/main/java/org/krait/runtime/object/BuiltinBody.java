package org.krait.runtime.object;

import org.krait.runtime.interp.ThreadState;

/** The Java body of a built-in function or method; {@code a} is bound by its {@link ArgSpec}. */
@FunctionalInterface
public interface BuiltinBody {
    PyObject call(ThreadState ts, PyObject[] a);
}
