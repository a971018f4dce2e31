package org.krait.runtime.types;

import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.TypeBuilder;

/** {@code __iter__} and {@code __next__} of every built-in iterator type. */
public final class IteratorMethods {
    private IteratorMethods() {
    }

    public static void define(TypeBuilder b) {
        b.method("__iter__($self, /)", (ts, a) -> a[0]);
        b.method("__next__($self, /)", (ts, a) -> {
            org.krait.runtime.object.PyObject v = ((PyIterator) a[0]).next(ts);
            if (v == null) {
                throw ((PyIterator) a[0]).exhausted();
            }
            return v;
        });
    }

    public static void defineSized(TypeBuilder b) {
        define(b);
        b.method("__length_hint__($self, /)",
                (ts, a) -> org.krait.runtime.object.PyInt.of(((PyIterator) a[0]).lengthHint(ts)));
    }
}
