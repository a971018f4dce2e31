package org.krait.compiler.ast;

import java.math.BigInteger;

import org.krait.compiler.parser.CharClass;

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
            return strRepr(s);
        } else if (v instanceof byte[] b) {
            return bytesRepr(b);
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

    public static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (CharClass.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
