package org.krait.compiler.ast;

import java.math.BigInteger;

import org.krait.compiler.unicode.StringRepr;

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
        } else if (v instanceof byte[] b) {
            return StringRepr.bytes(b);
        }
        return String.valueOf(v);
    }

    /** float.__repr__: shortest round-tripping digits, CPython's switch to exponent form. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String digits = null;
        int exp = 0;
        for (int p = 1; p <= 17; p++) {
            String s = String.format("%." + (p - 1) + "e", Math.abs(d));
            if (Double.parseDouble(s) == Math.abs(d)) {
                int e = s.indexOf('e');
                digits = s.substring(0, e).replace(".", "");
                exp = Integer.parseInt(s.substring(e + 1));
                break;
            }
        }
        digits = stripTrailingZeros(digits);
        String sign = d < 0 ? "-" : "";
        int decpt = exp + 1; // position of the decimal point relative to the digits
        if (decpt > 16 || decpt < -3) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = decpt - 1;
            return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
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
