package org.krait.runtime.builtins;

import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.object.PyType;

/** io's exception types. */
final class IoErrors {
    private IoErrors() {
    }

    /** io.UnsupportedOperation (CPython: a subclass of OSError and ValueError; here of OSError only). */
    static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation", ExceptionTypes.OS_ERROR,
            PyType.BASETYPE, org.krait.runtime.exceptions.PyBaseException::new, b -> b.attr("__module__",
                    org.krait.runtime.object.PyStr.of("io")));
}
