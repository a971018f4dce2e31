package org.krait.runtime.types;

import org.krait.compiler.unicode.StringRepr;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;

/** The methods of {@code bytes} (Objects/bytesobject.c). */
public final class BytesMethods {
    private BytesMethods() {
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(StringRepr.bytes(((PyBytes) a[0]).value)));
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(((PyBytes) a[0]).value.length));
    }
}
