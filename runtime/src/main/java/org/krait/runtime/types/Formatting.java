package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;

/**
 * The format-spec mini-language for the built-in types. Until the full implementation of
 * org.krait.runtime.numeric lands here, str supports [[fill]align][width] only and rejects the rest.
 */
final class Formatting {
    private Formatting() {
    }

    static String formatStr(String v, String spec) {
        int i = 0;
        char fill = ' ';
        char align = '<';
        if (spec.length() >= 2 && "<>^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        int width = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + (spec.charAt(i++) - '0');
        }
        if (i < spec.length() && spec.charAt(i) == 's') {
            i++;
        }
        if (i != spec.length()) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        int len = v.codePointCount(0, v.length());
        if (len >= width) {
            return v;
        }
        int pad = width - len;
        int left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
        String f = String.valueOf(fill);
        return f.repeat(left) + v + f.repeat(pad - left);
    }
}
