package org.krait.compiler.ast;

import java.math.BigInteger;

import org.krait.compiler.unicode.StringRepr;
import org.krait.compiler.unicode.WideStr;

/** Python's {@code repr()} of AST constant values, exactly as CPython 3.12 prints them. */
public final class ConstantRepr {
    private ConstantRepr() {
    }

    public static String repr(Object v) {
        if (v == null || v == PySingleton.None) {
            return "None";
        } else if (v == PySingleton.Ellipsis) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof BigInteger i) {
            return i.toString();
        } else if (v instanceof Double d) {
            return floatRepr(d);
        } else if (v instanceof ComplexValue c) {
            return complexRepr(c);
        } else if (v instanceof String s) {
            return StringRepr.str(s);
        } else if (v instanceof WideStr w) {
            return StringRepr.str(w);
        } else if (v instanceof byte[] b) {
            return StringRepr.bytes(b);
        }
        return String.valueOf(v);
    }

    /** float.__repr__; see {@link FloatDigits#repr}. */
    public static String floatRepr(double d) {
        return FloatDigits.repr(d);
    }

    /** complex.__repr__ for the imaginary literals the parser produces. */
    static String complexRepr(ComplexValue c) {
        if (c.real() == 0 && 1 / c.real() > 0) {
            return complexPart(c.imag()) + "j";
        }
        String im = complexPart(c.imag());
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + complexPart(c.real()) + sign + im + "j)";
    }

    private static String complexPart(double d) {
        String s = floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
