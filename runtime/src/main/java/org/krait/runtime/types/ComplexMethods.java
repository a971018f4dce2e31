package org.krait.runtime.types;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.ConstantRepr;
import org.krait.runtime.object.PyComplex;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;

/** The methods of {@code complex} (Objects/complexobject.c). */
public final class ComplexMethods {
    private ComplexMethods() {
    }

    public static void define(TypeBuilder b) {
        b.method("__hash__($self, /)", (ts, a) -> org.krait.runtime.object.PyInt.of(
                org.krait.runtime.numeric.NumericHash.hashComplex(((PyComplex) a[0]).real, ((PyComplex) a[0]).imag,
                        ObjectMethods.identityHash(a[0]))));
        b.method("__repr__($self, /)", (ts, a) -> {
            PyComplex c = (PyComplex) a[0];
            return PyStr.of(ConstantRepr.repr(new ComplexValue(c.real, c.imag)));
        });
    }
}
