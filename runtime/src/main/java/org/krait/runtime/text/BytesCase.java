package org.krait.runtime.text;

/**
 * The ASCII character-class methods of bytes/bytearray (Objects/bytes_methods.c: _Py_bytes_lower,
 * _Py_bytes_title, _Py_bytes_istitle, ...), plus hex/fromhex (Python/pystrhex.c,
 * Objects/bytesobject.c _PyBytes_FromHex) and translate/maketrans. Reached through {@link BytesOps}.
 */
public class BytesCase {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    BytesCase() {
    }

    /** Py_ISSPACE: space, \t, \n, \v, \f, \r (not \x1c..\x1f, unlike str). */
    static boolean isSpaceByte(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isLowerByte(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpperByte(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigitByte(int c) {
        return c >= '0' && c <= '9';
    }

    public static byte[] lower(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = isUpperByte(b[i]) ? (byte) (b[i] + 32) : b[i];
        }
        return out;
    }

    public static byte[] upper(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = isLowerByte(b[i]) ? (byte) (b[i] - 32) : b[i];
        }
        return out;
    }

    public static byte[] swapcase(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            out[i] = (byte) (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c);
        }
        return out;
    }

    /** bytes.title: a letter after a letter is lowered, any other letter uppered. */
    public static byte[] title(byte[] b) {
        byte[] out = new byte[b.length];
        boolean previousIsCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (isLowerByte(c)) {
                out[i] = (byte) (previousIsCased ? c : c - 32);
                previousIsCased = true;
            } else if (isUpperByte(c)) {
                out[i] = (byte) (previousIsCased ? c + 32 : c);
                previousIsCased = true;
            } else {
                out[i] = (byte) c;
                previousIsCased = false;
            }
        }
        return out;
    }

    public static byte[] capitalize(byte[] b) {
        byte[] out = lower(b);
        if (out.length > 0 && isLowerByte(out[0])) {
            out[0] -= 32;
        }
        return out;
    }

    public static boolean isascii(byte[] b) {
        for (byte c : b) {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isalnum(byte[] b) {
        for (byte c : b) {
            if (!isLowerByte(c) && !isUpperByte(c) && !isDigitByte(c)) {
                return false;
            }
        }
        return b.length > 0;
    }

    public static boolean isalpha(byte[] b) {
        for (byte c : b) {
            if (!isLowerByte(c) && !isUpperByte(c)) {
                return false;
            }
        }
        return b.length > 0;
    }

    public static boolean isdigit(byte[] b) {
        for (byte c : b) {
            if (!isDigitByte(c)) {
                return false;
            }
        }
        return b.length > 0;
    }

    public static boolean isspace(byte[] b) {
        for (byte c : b) {
            if (!isSpaceByte(c)) {
                return false;
            }
        }
        return b.length > 0;
    }

    public static boolean islower(byte[] b) {
        boolean cased = false;
        for (byte c : b) {
            if (isUpperByte(c)) {
                return false;
            }
            cased |= isLowerByte(c);
        }
        return cased;
    }

    public static boolean isupper(byte[] b) {
        boolean cased = false;
        for (byte c : b) {
            if (isLowerByte(c)) {
                return false;
            }
            cased |= isUpperByte(c);
        }
        return cased;
    }

    public static boolean istitle(byte[] b) {
        TitleScan scan = new TitleScan();
        for (byte c : b) {
            if (!scan.next(isUpperByte(c), isLowerByte(c))) {
                return false;
            }
        }
        return scan.result();
    }

    // ----- hex ------------------------------------------------------------------------------

    /** The separator of bytes.hex given as a str: one ASCII character. */
    public static int hexSeparator(String sep) {
        if (sep.codePointCount(0, sep.length()) != 1) {
            throw TextError.valueError("sep must be length 1.");
        }
        if (sep.charAt(0) >= 128) {
            throw TextError.valueError("sep must be ASCII.");
        }
        return sep.charAt(0);
    }

    /** The separator of bytes.hex given as bytes: one ASCII byte. */
    public static int hexSeparator(byte[] sep) {
        if (sep.length != 1) {
            throw TextError.valueError("sep must be length 1.");
        }
        if (sep[0] < 0) {
            throw TextError.valueError("sep must be ASCII.");
        }
        return sep[0];
    }

    /**
     * bytes.hex(sep, bytes_per_sep); sep -1 for none. Groups of |bytesPerSep| bytes are counted
     * from the right when positive, from the left when negative (Python/pystrhex.c).
     */
    public static String hex(byte[] b, int sep, int bytesPerSep) {
        int group = Math.abs(bytesPerSep);
        if (sep < 0 || group == 0 || b.length == 0) {
            StringBuilder sb = new StringBuilder(b.length * 2);
            for (byte x : b) {
                sb.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(b.length * 3);
        // the first group is the short one when counting from the right
        int first = bytesPerSep > 0 ? (b.length - 1) % group + 1 : group;
        for (int i = 0; i < b.length; i++) {
            if (i > 0 && (i - first) % group == 0 && i >= first) {
                sb.append((char) sep);
            }
            sb.append(HEX[(b[i] >> 4) & 0xF]).append(HEX[b[i] & 0xF]);
        }
        return sb.toString();
    }

    /** bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs. */
    public static byte[] fromhex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                // CPython looks for the first non-ASCII character before parsing (a code point index)
                throw badHex(s.codePointCount(0, i));
            }
        }
        Codecs.ByteSink out = new Codecs.ByteSink(s.length() / 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isSpaceByte(s.charAt(i))) {
                i++;
                continue;
            }
            int top = Character.digit(s.charAt(i), 16);
            if (top < 0) {
                throw badHex(i);
            }
            int bot = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (bot < 0) {
                throw badHex(i + 1);
            }
            out.write(top << 4 | bot);
            i += 2;
        }
        return out.toByteArray();
    }

    private static TextError badHex(int position) {
        return TextError.valueError("non-hexadecimal number found in fromhex() arg at position " + position);
    }

    // ----- translate ----------------------------------------------------------------------------

    /** bytes.translate(table, delete): table null or 256 bytes; bytes in delete are dropped. */
    public static byte[] translate(byte[] b, byte[] table, byte[] delete) {
        if (table != null && table.length != 256) {
            throw TextError.valueError("translation table must be 256 characters long");
        }
        boolean[] drop = new boolean[256];
        if (delete != null) {
            for (byte d : delete) {
                drop[d & 0xFF] = true;
            }
        }
        Codecs.ByteSink out = new Codecs.ByteSink(b.length);
        for (byte c : b) {
            if (!drop[c & 0xFF]) {
                out.write(table == null ? c : table[c & 0xFF]);
            }
        }
        return out.toByteArray();
    }

    /** bytes.maketrans(from, to): the identity table with from[i] mapped to to[i]. */
    public static byte[] maketrans(byte[] from, byte[] to) {
        if (from.length != to.length) {
            throw TextError.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xFF] = to[i];
        }
        return table;
    }
}
