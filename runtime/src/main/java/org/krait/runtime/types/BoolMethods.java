package org.krait.runtime.types;

import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Numbers;

/** The methods of {@code bool}: repr and the logical forms of &amp;, |, ^. */
public final class BoolMethods {
    private BoolMethods() {
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(a[0] == PyBool.TRUE ? "True" : "False"));
        String[] names = {"and", "or", "xor"};
        int[] ops = {Numbers.AND, Numbers.OR, Numbers.XOR};
        for (int i = 0; i < 3; i++) {
            int op = ops[i];
            b.method("__" + names[i] + "__($self, value, /)", (ts, a) -> logical(op, a[0], a[1]));
            b.method("__r" + names[i] + "__($self, value, /)", (ts, a) -> logical(op, a[1], a[0]));
        }
        b.staticMethod("__new__(type, x=False, /)", (ts, a) -> PyBool.of(Abstract.isTrue(ts, a[1])));
    }

    private static PyObject logical(int op, PyObject a, PyObject b) {
        if (a instanceof PyBool && b instanceof PyBool) {
            boolean x = a == PyBool.TRUE;
            boolean y = b == PyBool.TRUE;
            return PyBool.of(op == Numbers.AND ? x & y : op == Numbers.OR ? x | y : x ^ y);
        }
        if (!(a instanceof PyInt) || !(b instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return IntMethods.binary(op, IntMethods.exact(a), IntMethods.exact(b));
    }
}
