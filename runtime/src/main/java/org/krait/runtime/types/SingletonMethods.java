package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyEllipsis;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;

/** None, NotImplemented and Ellipsis: repr, truth and their no-argument constructors. */
public final class SingletonMethods {
    /** hash(None) in CPython 3.12. */
    public static final long NONE_HASH = 0xFCA86420L;

    private SingletonMethods() {
    }

    public static void defineNone(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("None"));
        b.method("__bool__($self, /)", (ts, a) -> PyBool.FALSE);
        // 3.12 made hash(None) a constant (Objects/object.c none_hash), so tuples holding None hash alike everywhere
        b.method("__hash__($self, /)", (ts, a) -> org.krait.runtime.object.PyInt.of(NONE_HASH));
        b.staticMethod("__new__(type, *args, **kwargs)", (ts, a) -> {
            if (((org.krait.runtime.object.PyTuple) a[1]).size() > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return PyNone.NONE;
        });
    }

    public static void defineNotImplemented(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("NotImplemented"));
        b.method("__bool__($self, /)", (ts, a) -> {
            throw Errors.typeError("NotImplemented should not be used in a boolean context");
        });
        b.staticMethod("__new__(type, /)", (ts, a) -> PyNotImplemented.NOT_IMPLEMENTED);
    }

    public static void defineEllipsis(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("Ellipsis"));
        b.staticMethod("__new__(type, /)", (ts, a) -> PyEllipsis.ELLIPSIS);
    }
}
