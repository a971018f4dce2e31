package org.krait.compiler.parser;

import java.math.BigInteger;
import org.krait.compiler.ast.ComplexValue;

/** The value of a NUMBER token, as CPython's parse_number (Parser/action_helpers.c) computes it. */
public final class NumberLiterals {
    /** CPython's default sys.get_int_max_str_digits(). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private NumberLiterals() {
    }

    /** A decimal int literal longer than the int_max_str_digits limit; the message is CPython's. */
    public static final class LimitError extends RuntimeException {
        public LimitError(String msg) {
            super(msg, null, false, false);
        }
    }

    public static Object parse(String tokenText) {
        return parse(tokenText, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@link BigInteger} for every int, {@link Double} for a float (correctly rounded, like
     * CPython's dtoa), {@link ComplexValue}(0, imag) for an imaginary literal. The text must be a
     * NUMBER token the tokenizer accepted. A decimal int with more than {@code maxStrDigits}
     * digits (0: no limit) raises {@link LimitError}, as CPython's compile does (it reports it
     * at offset 0 of the literal's line).
     */
    public static Object parse(String tokenText, int maxStrDigits) {
        String s = tokenText.indexOf('_') >= 0 ? tokenText.replace("_", "") : tokenText;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexValue(0.0, parseFloat(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            if (k == 'x') {
                return new BigInteger(s.substring(2), 16);
            }
            if (k == 'o') {
                return new BigInteger(s.substring(2), 8);
            }
            if (k == 'b') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return parseFloat(s);
            }
        }
        if (maxStrDigits > 0 && s.length() > maxStrDigits) {
            throw new LimitError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: "
                    + "value has " + s.length() + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return new BigInteger(s);
    }

    /** Java's parser is correctly rounded, as CPython's; overflow gives inf, as float('1e400'). */
    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }
}
