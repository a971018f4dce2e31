package org.krait.runtime.numeric;

import java.math.BigInteger;

/**
 * printf-style {@code str % args}, the parts that need no Python objects (Objects/unicodeobject.c
 * PyUnicode_Format). The object model drives the loop over the format string:
 *
 * <ol>
 *   <li>copy text up to a '%'; "%%" is a literal '%';
 *   <li>{@link #parse} the specifier after the '%' (mapping key, flags, width, precision);
 *   <li>for a width or precision of {@link #STAR}, take the next argument (TypeError
 *       "* wants int" when it is not an int) and apply it with {@link Spec#withStarWidth} /
 *       {@link Spec#withStarPrecision};
 *   <li>take the argument, then for an unknown conversion raise {@link #unsupported} (after
 *       taking the argument, as CPython, so "not enough arguments" wins);
 *   <li>convert the argument as CPython does (d i u: int() of a real number, "%d format: a real
 *       number is required, not str"; o x X: __index__, "%x format: an integer is required, not
 *       float"; e f g: float(); c: an int or a 1-character str, "%c requires int or char") and
 *       call {@link #formatInteger}, {@link #formatFloat}, {@link #formatChar} or, for s r a
 *       with the str()/repr()/ascii() text, {@link #formatText}.
 * </ol>
 */
public final class PercentFormat {
    /** Flag bits, as F_LJUST, F_SIGN, F_BLANK, F_ALT, F_ZERO. */
    public static final int LJUST = 1;
    public static final int SIGN = 2;
    public static final int BLANK = 4;
    public static final int ALT = 8;
    public static final int ZERO = 16;
    /** A width or precision given as '*'. */
    public static final int STAR = -2;

    private PercentFormat() {
    }

    /** One conversion specifier: "%(key)#08.3x" is key "key", flags ALT|ZERO, width 8, precision 3, 'x'. */
    public static final class Spec {
        /** The mapping key of "%(key)s", or null. */
        public final String key;
        public final int flags;
        /** -1 when not given, or {@link #STAR}. */
        public final long width;
        /** -1 when not given, or {@link #STAR}. */
        public final int precision;
        /** The conversion character (a code point). */
        public final int conversion;
        /** Index in the format string just past the specifier. */
        public final int end;

        Spec(String key, int flags, long width, int precision, int conversion, int end) {
            this.key = key;
            this.flags = flags;
            this.width = width;
            this.precision = precision;
            this.conversion = conversion;
            this.end = end;
        }

        /** The '*' width from its int argument: a negative one means left-justified. */
        public Spec withStarWidth(long value) {
            if (value < 0) {
                return new Spec(key, flags | LJUST, -value, precision, conversion, end);
            }
            return new Spec(key, flags, value, precision, conversion, end);
        }

        /** The '*' precision from its int argument (which must fit a C int): negative is 0. */
        public Spec withStarPrecision(BigInteger value) {
            if (value.bitLength() > 31) {
                throw NumericError.overflowError("Python int too large to convert to C int");
            }
            return new Spec(key, flags, width, Math.max(0, value.intValue()), conversion, end);
        }
    }

    /**
     * Parses the specifier that starts at pos, just after a '%' that is not "%%". Raises
     * "incomplete format key", "width too big", "precision too big", "incomplete format".
     * A key needs a mapping argument: the caller raises "format requires a mapping" otherwise.
     */
    public static Spec parse(String format, int pos) {
        int n = format.length();
        String key = null;
        if (pos < n && format.charAt(pos) == '(') {
            int depth = 1;
            int keyStart = pos + 1;
            int i = keyStart;
            while (depth > 0 && i < n) {
                char c = format.charAt(i++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw NumericError.valueError("incomplete format key");
            }
            key = format.substring(keyStart, i - 1);
            pos = i;
        }
        int flags = 0;
        flagLoop:
        while (pos < n) {
            switch (format.charAt(pos)) {
                case '-':
                    flags |= LJUST;
                    break;
                case '+':
                    flags |= SIGN;
                    break;
                case ' ':
                    flags |= BLANK;
                    break;
                case '#':
                    flags |= ALT;
                    break;
                case '0':
                    flags |= ZERO;
                    break;
                default:
                    break flagLoop;
            }
            pos++;
        }
        long width = -1;
        if (pos < n && format.charAt(pos) == '*') {
            width = STAR;
            pos++;
        } else if (pos < n && isDigit(format.charAt(pos))) {
            width = 0;
            while (pos < n && isDigit(format.charAt(pos))) {
                int d = format.charAt(pos) - '0';
                if (width > (Long.MAX_VALUE - d) / 10) {
                    throw NumericError.valueError("width too big");
                }
                width = width * 10 + d;
                pos++;
            }
        }
        int precision = -1;
        if (pos < n && format.charAt(pos) == '.') {
            precision = 0;
            pos++;
            if (pos < n && format.charAt(pos) == '*') {
                precision = STAR;
                pos++;
            } else {
                while (pos < n && isDigit(format.charAt(pos))) {
                    int d = format.charAt(pos) - '0';
                    if (precision > (Integer.MAX_VALUE - d) / 10) {
                        throw NumericError.valueError("precision too big");
                    }
                    precision = precision * 10 + d;
                    pos++;
                }
            }
        }
        if (pos < n && (format.charAt(pos) == 'h' || format.charAt(pos) == 'l' || format.charAt(pos) == 'L')) {
            pos++; // C length modifiers are accepted and ignored
        }
        if (pos >= n) {
            throw NumericError.valueError("incomplete format");
        }
        int conversion = format.codePointAt(pos);
        return new Spec(key, flags, width, precision, conversion, pos + Character.charCount(conversion));
    }

    /** Whether the conversion is one PyUnicode_Format knows. */
    public static boolean isSupported(int conversion) {
        return conversion < 128 && "sraiduoxXeEfFgGc".indexOf(conversion) >= 0;
    }

    /** "unsupported format character 'y' (0x79) at index 3", index being the character's. */
    public static NumericError unsupported(int conversion, int index) {
        char shown = conversion >= 31 && conversion <= 126 ? (char) conversion : '?';
        return NumericError.valueError("unsupported format character '" + shown + "' (0x"
                + Integer.toHexString(conversion) + ") at index " + index);
    }

    /**
     * %d %i %u %o %x %X of an int (the caller has applied int() or __index__). maxStrDigits is
     * the interpreter's limit for decimal output.
     */
    public static String formatInteger(Spec spec, BigInteger v, int maxStrDigits) {
        checkIntegerPrecision(spec);
        String digits = IntText.digitsFor(spec.conversion, v.abs(), maxStrDigits);
        return integerText(spec, v.signum() < 0, digits);
    }

    /** {@link #formatInteger(Spec, BigInteger, int)} for a value that fits a long, without BigInteger. */
    public static String formatInteger(Spec spec, long v, int maxStrDigits) {
        if (v == Long.MIN_VALUE) {
            return formatInteger(spec, BigInteger.valueOf(v), maxStrDigits);
        }
        checkIntegerPrecision(spec);
        String digits = IntText.digitsFor(spec.conversion, Math.abs(v)); // far below any digit limit
        return integerText(spec, v < 0, digits);
    }

    private static void checkIntegerPrecision(Spec spec) {
        if (spec.precision > Integer.MAX_VALUE - 3) {
            throw NumericError.overflowError("precision too large");
        }
    }

    /** Sign, "0x"-style prefix (with '#') and precision zeros before the digits, then the padding. */
    private static String integerText(Spec spec, boolean negative, String digits) {
        int conv = spec.conversion;
        int prec = spec.precision;
        boolean alt = (spec.flags & ALT) != 0;
        String prefix = !alt ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        StringBuilder text = new StringBuilder(digits.length() + 4);
        if (negative) {
            text.append('-');
        }
        text.append(prefix);
        if (prec > digits.length()) {
            NumberLayout.fill(text, '0', prec - digits.length());
        }
        text.append(digits);
        return output(spec, text.toString(), true, prefix.length());
    }

    /** %e %E %f %F %g %G of a float (precision 6 when not given). */
    public static String formatFloat(Spec spec, double v) {
        int prec = spec.precision < 0 ? 6 : spec.precision;
        int flags = (spec.flags & ALT) != 0 ? FloatRepr.ALT : 0;
        return output(spec, FloatRepr.toString(v, (char) spec.conversion, prec, flags), true, 0);
    }

    /** %c of a code point (the caller checked an int is in range(0x110000): see {@link #charCode}). */
    public static String formatChar(Spec spec, int codePoint) {
        return output(spec, new String(Character.toChars(codePoint)), false, 0);
    }

    /** %c's check of an int argument: "%c arg not in range(0x110000)". */
    public static int charCode(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 21 || v.intValue() > 0x10ffff) {
            throw NumericError.overflowError("%c arg not in range(0x110000)");
        }
        return v.intValue();
    }

    /** %s %r %a of the converted text: precision truncates, width pads (code points). */
    public static String formatText(Spec spec, String text) {
        return output(spec, text, false, 0);
    }

    /**
     * unicode_format_arg_output: the sign (for numbers) and "0x" prefix go before zero padding
     * and after space padding; '-' pads on the right with spaces.
     */
    private static String output(Spec spec, String str, boolean numeric, int prefixLen) {
        int flags = spec.flags;
        long width = spec.width;
        int prec = spec.precision;
        char fill = numeric && (flags & ZERO) != 0 ? '0' : ' ';
        long len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SIGN | BLANK)) == 0) {
            return str;
        }
        int conv = spec.conversion;
        int end = str.length();
        if (conv == 's' || conv == 'r' || conv == 'a') {
            if (prec >= 0 && len > prec) {
                len = prec;
                end = str.offsetByCodePoints(0, prec);
            }
        }
        int index = 0;
        char signChar = 0;
        boolean sign = numeric;
        if (sign) {
            char c = str.charAt(0);
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                index++;
            } else if ((flags & SIGN) != 0) {
                signChar = '+';
            } else if ((flags & BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        StringBuilder out = new StringBuilder();
        NumberLayout.ensureRoom(out, width + 1);
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = prefixLen > 0;
        if (prefix) {
            if (fill != ' ') {
                out.append(str, index, index + 2);
                index += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & LJUST) == 0) {
            NumberLayout.fill(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(str, index, index + 2);
                index += 2;
            }
        }
        out.append(str, index, end);
        if (width > len) {
            NumberLayout.fill(out, ' ', width - len);
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
