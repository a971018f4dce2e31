package org.krait.compiler.parser;

import java.math.BigInteger;
import org.krait.compiler.ast.ComplexValue;

/** The value of a NUMBER token, as CPython's parse_number (Parser/action_helpers.c) computes it. */
public final class NumberLiterals {
    private NumberLiterals() {
    }

    /**
     * {@link BigInteger} for every int, {@link Double} for a float (correctly rounded, like
     * CPython's dtoa), {@link ComplexValue}(0, imag) for an imaginary literal. The text must be a
     * NUMBER token the tokenizer accepted.
     */
    public static Object parse(String tokenText) {
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
        return new BigInteger(s);
    }

    /** Java's parser is correctly rounded, as CPython's; overflow gives inf, as float('1e400'). */
    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }
}
