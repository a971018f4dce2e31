package org.krait.runtime.numeric;

import java.math.BigInteger;

import org.krait.compiler.ast.ConstantRepr;

/**
 * int to and from text: {@code int(str, base)}, {@code str(int)}, {@code hex/oct/bin}, with
 * CPython's limit on decimal conversions (sys.set_int_max_str_digits, PEP 651's successor CVE
 * fix; Objects/longobject.c). The limit is per interpreter, so callers pass it: 0 means none.
 */
public final class IntText {
    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private static final double LOG10_2 = 0.30102999566398120;

    private IntText() {
    }

    /**
     * The digits of a non-negative number for a format type: 'b' binary, 'o' octal, 'x' and 'X'
     * lower-case hex, anything else decimal (within maxStrDigits).
     */
    static String digitsFor(int type, BigInteger abs, int maxStrDigits) {
        switch (type) {
            case 'b':
                return abs.toString(2);
            case 'o':
                return abs.toString(8);
            case 'x': case 'X':
                return abs.toString(16);
            default:
                return toDecimalString(abs, maxStrDigits);
        }
    }

    /** {@link #digitsFor(int, BigInteger, int)} of a non-negative long (no decimal limit applies). */
    static String digitsFor(int type, long abs) {
        switch (type) {
            case 'b':
                return Long.toBinaryString(abs);
            case 'o':
                return Long.toOctalString(abs);
            case 'x': case 'X':
                return Long.toHexString(abs);
            default:
                return Long.toString(abs);
        }
    }

    /** str(int) in decimal, refused past maxStrDigits digits (0: no limit). */
    public static String toDecimalString(BigInteger v, int maxStrDigits) {
        if (maxStrDigits > 0) {
            int bits = v.bitLength();
            // Digits of |v| lie in [floor((bits-1)*log10(2)) + 1, floor(bits*log10(2)) + 1].
            if ((long) ((bits - 1) * LOG10_2) + 1 > maxStrDigits + 1L) {
                throw strLimit(maxStrDigits);
            }
            if ((long) (bits * LOG10_2) + 1 > maxStrDigits) {
                String s = v.toString();
                if (s.length() - (v.signum() < 0 ? 1 : 0) > maxStrDigits) {
                    throw strLimit(maxStrDigits);
                }
                return s;
            }
        }
        return v.toString();
    }

    private static NumericError strLimit(int maxStrDigits) {
        return NumericError.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * hex(), oct(), bin() and str() by base (2, 8, 16 with the prefix after any sign: "-0x1f";
     * 10 with the digit limit).
     */
    public static String toString(BigInteger v, int base, int maxStrDigits) {
        String prefix;
        switch (base) {
            case 2:
                prefix = "0b";
                break;
            case 8:
                prefix = "0o";
                break;
            case 16:
                prefix = "0x";
                break;
            case 10:
                return toDecimalString(v, maxStrDigits);
            default:
                throw new IllegalArgumentException("base " + base);
        }
        String digits = v.abs().toString(base);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }

    /**
     * int(text, base), as PyLong_FromUnicodeObject: Unicode decimal digits and spaces count as
     * their ASCII forms, then optional whitespace, a sign, the base prefix (required to match with
     * an explicit base 2, 8, 16; chosen by it with base 0, where a decimal may not have leading
     * zeros), digits with single underscores between them, and whitespace. The base must have
     * been checked (2..36 or 0) by the caller, see {@link #checkBase}.
     */
    public static BigInteger parseInt(String text, int base, int maxStrDigits) {
        String s = toAscii(text);
        int n = s == null ? -1 : s.length();
        int i = 0;
        int sign = 1;
        int errorBase = base;
        if (n < 0) {
            throw invalidLiteral(text, base);
        }
        while (i < n && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '+') {
            i++;
        } else if (i < n && s.charAt(i) == '-') {
            i++;
            sign = -1;
        }
        boolean errorIfNonzero = false;
        if (base == 0) {
            char c1 = i + 1 < n ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            if (i >= n || s.charAt(i) != '0') {
                base = 10;
            } else if (c1 == 'x') {
                base = 16;
            } else if (c1 == 'o') {
                base = 8;
            } else if (c1 == 'b') {
                base = 2;
            } else {
                // A C-style octal literal is invalid, unless it is all zeros.
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (i + 1 < n && s.charAt(i) == '0') {
            char c1 = Character.toLowerCase(s.charAt(i + 1));
            if (base == 16 && c1 == 'x' || base == 8 && c1 == 'o' || base == 2 && c1 == 'b') {
                i += 2;
                if (i < n && s.charAt(i) == '_') {
                    i++; // one underscore may follow the prefix
                }
            }
        }
        if (i < n && s.charAt(i) == '_') {
            throw invalidLiteral(text, errorBase);
        }
        int start = i;
        int digitCount = 0;
        char prev = 0;
        StringBuilder digits = null;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (prev == '_') {
                    throw invalidLiteral(text, errorBase);
                }
                if (digits == null) {
                    digits = new StringBuilder(s.substring(start, i));
                }
            } else if (Character.digit(c, base) < 0 || c > 'z') {
                break;
            } else {
                digitCount++;
                if (digits != null) {
                    digits.append(c);
                }
            }
            prev = c;
        }
        if (prev == '_') {
            throw invalidLiteral(text, errorBase);
        }
        int digitsEnd = i;
        while (i < n && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        if (digitCount == 0 || i != n) {
            throw invalidLiteral(text, errorBase);
        }
        String ds = digits != null ? digits.toString() : s.substring(start, digitsEnd);
        if (errorIfNonzero && !isAllZeros(ds)) {
            throw invalidLiteral(text, 0);
        }
        if ((base & (base - 1)) != 0 && maxStrDigits > 0 && digitCount > maxStrDigits) {
            throw NumericError.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string "
                    + "conversion: value has " + digitCount + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        if (ds.length() <= 18 && base == 10) {
            return BigInteger.valueOf(sign * Long.parseLong(ds));
        }
        BigInteger v = new BigInteger(ds, base);
        return sign < 0 ? v.negate() : v;
    }

    /** int()'s check of an explicit base. */
    public static void checkBase(long base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw NumericError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
    }

    private static boolean isAllZeros(String ds) {
        for (int i = 0; i < ds.length(); i++) {
            if (ds.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static NumericError invalidLiteral(String text, int base) {
        return NumericError.valueError("invalid literal for int() with base " + base + ": "
                + truncate(org.krait.compiler.unicode.StringRepr.str(text), 200));
    }

    /** %.200R: the repr cut to 200 code points. */
    static String truncate(String s, int codePoints) {
        if (s.codePointCount(0, s.length()) <= codePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /**
     * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII stays, other whitespace becomes ' ',
     * other decimal digits their ASCII digit; anything else ends the text with a '?' (so that it
     * can never parse). Returns the text as is when it is all ASCII.
     */
    static String toAscii(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 127) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (isUnicodeSpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
                break;
            }
        }
        return sb.toString();
    }

    /** Py_ISSPACE: the C locale's white space. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** str.isspace() for code points from 127 up (Objects/unicodetype_db.h). */
    static boolean isUnicodeSpace(int cp) {
        switch (cp) {
            case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }
}
