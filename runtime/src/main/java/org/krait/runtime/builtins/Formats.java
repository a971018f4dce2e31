package org.krait.runtime.builtins;

import org.krait.compiler.unicode.StringRepr;

/** Text helpers shared by builtins and FORMAT_VALUE. */
public final class Formats {
    private Formats() {
    }

    /** ascii(): the repr with every non-ASCII code point escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                StringRepr.hexEscape(sb, cp <= 0xFF ? 'x' : cp <= 0xFFFF ? 'u' : 'U', cp, cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8);
            }
        }
        return sb.toString();
    }
}
