package org.krait.runtime.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.krait.compiler.unicode.StringRepr;

/**
 * The methods of Python's {@code bytes} and {@code bytearray} as pure functions over byte[]
 * (the whole array is the value), with CPython 3.12's ASCII-only semantics and messages
 * (Objects/bytes_methods.c, Objects/stringlib/). Results are always new arrays, so the object
 * model may wrap them in either type. start/end are as in {@link StrOps} (None is 0 and
 * {@link StrOps#END}); an int argument where CPython accepts one (find(97)) is turned into a
 * one-byte array by the object model with {@link #byteValue}. Hex, fromhex, translate and the
 * character classes are in {@link BytesCase}, which this class extends.
 */
public final class BytesOps extends BytesCase {
    private BytesOps() {
    }

    /** bytes.__repr__ or bytearray.__repr__ (as "bytearray(b'...')"). */
    public static String repr(byte[] b, boolean isBytearray) {
        return isBytearray ? StringRepr.bytearray(b, 0, b.length, "bytearray") : StringRepr.bytes(b);
    }

    /** repr of a bytearray subclass instance: the subclass name in place of "bytearray". */
    public static String repr(byte[] b, String bytearrayTypeName) {
        return StringRepr.bytearray(b, 0, b.length, bytearrayTypeName);
    }

    /** bytes.decode(encoding, errors) for the codecs of {@link Codecs}. */
    public static String decode(byte[] b, String encoding, String errors) {
        return Codecs.decode(b, encoding, errors);
    }

    /** The byte an int argument stands for (bytes.find(97), bytearray.append(97)...). */
    public static byte[] byteValue(long v) {
        if (v < 0 || v > 255) {
            throw TextError.valueError("byte must be in range(0, 256)");
        }
        return new byte[] {(byte) v};
    }

    // ----- searching --------------------------------------------------------------------------

    static int indexOf(byte[] b, byte[] sub, int from, int to) {
        int last = to - sub.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int k = 0; k < sub.length; k++) {
                if (b[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] b, byte[] sub, int from, int to) {
        outer:
        for (int i = to - sub.length; i >= from; i--) {
            for (int k = 0; k < sub.length; k++) {
                if (b[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static int find(byte[] b, byte[] sub, long start, long end) {
        int[] r = CodePoints.adjustIndices(start, end, b.length);
        return r[1] < r[0] ? -1 : indexOf(b, sub, r[0], r[1]);
    }

    public static int rfind(byte[] b, byte[] sub, long start, long end) {
        int[] r = CodePoints.adjustIndices(start, end, b.length);
        return r[1] < r[0] ? -1 : lastIndexOf(b, sub, r[0], r[1]);
    }

    public static int index(byte[] b, byte[] sub, long start, long end) {
        int i = find(b, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("subsection not found");
        }
        return i;
    }

    public static int rindex(byte[] b, byte[] sub, long start, long end) {
        int i = rfind(b, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("subsection not found");
        }
        return i;
    }

    public static int count(byte[] b, byte[] sub, long start, long end) {
        int[] r = CodePoints.adjustIndices(start, end, b.length);
        if (r[1] < r[0]) {
            return 0;
        }
        if (sub.length == 0) {
            return r[1] - r[0] + 1;
        }
        int n = 0;
        for (int i = indexOf(b, sub, r[0], r[1]); i >= 0; i = indexOf(b, sub, i + sub.length, r[1])) {
            n++;
        }
        return n;
    }

    public static boolean startswith(byte[] b, byte[][] prefixes, long start, long end) {
        return tailMatch(b, prefixes, start, end, false);
    }

    public static boolean endswith(byte[] b, byte[][] suffixes, long start, long end) {
        return tailMatch(b, suffixes, start, end, true);
    }

    private static boolean tailMatch(byte[] b, byte[][] subs, long start, long end, boolean atEnd) {
        int[] r = CodePoints.adjustIndices(start, end, b.length);
        for (byte[] sub : subs) {
            if (r[1] - sub.length < r[0]) {
                continue;
            }
            int at = atEnd ? r[1] - sub.length : r[0];
            if (Arrays.equals(b, at, at + sub.length, sub, 0, sub.length)) {
                return true;
            }
        }
        return false;
    }

    public static byte[] removeprefix(byte[] b, byte[] prefix) {
        boolean has = b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
        return has ? Arrays.copyOfRange(b, prefix.length, b.length) : b.clone();
    }

    public static byte[] removesuffix(byte[] b, byte[] suffix) {
        int at = b.length - suffix.length;
        boolean has = suffix.length > 0 && at >= 0 && Arrays.equals(b, at, b.length, suffix, 0, suffix.length);
        return has ? Arrays.copyOf(b, at) : b.clone();
    }

    // ----- padding and stripping ----------------------------------------------------------------

    private static byte[] pad(byte[] b, long left, long right, byte fill) {
        long total = b.length + left + right;
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("bytes too long");
        }
        byte[] out = new byte[(int) total];
        Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(b, 0, out, (int) left, b.length);
        Arrays.fill(out, (int) left + b.length, out.length, fill);
        return out;
    }

    public static byte[] center(byte[] b, long width, byte fill) {
        if (b.length >= width) {
            return b.clone();
        }
        long marg = width - b.length;
        long left = marg / 2 + (marg & width & 1);
        return pad(b, left, marg - left, fill);
    }

    public static byte[] ljust(byte[] b, long width, byte fill) {
        return b.length >= width ? b.clone() : pad(b, 0, width - b.length, fill);
    }

    public static byte[] rjust(byte[] b, long width, byte fill) {
        return b.length >= width ? b.clone() : pad(b, width - b.length, 0, fill);
    }

    public static byte[] zfill(byte[] b, long width) {
        if (b.length >= width) {
            return b.clone();
        }
        int fill = (int) (width - b.length);
        byte[] out = pad(b, fill, 0, (byte) '0');
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            out[0] = b[0];
            out[fill] = '0';
        }
        return out;
    }

    public static byte[] expandtabs(byte[] b, int tabsize) {
        Codecs.ByteSink out = new Codecs.ByteSink(b.length + 16);
        long column = 0;
        long size = 0;
        for (byte c : b) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    size += incr;
                    if (size > Integer.MAX_VALUE - 8) {
                        throw TextError.overflowError("result too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        out.write(' ');
                    }
                }
            } else {
                out.write(c);
                size++;
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }

    public static byte[] strip(byte[] b, byte[] chars) {
        return doStrip(b, chars, true, true);
    }

    public static byte[] lstrip(byte[] b, byte[] chars) {
        return doStrip(b, chars, true, false);
    }

    public static byte[] rstrip(byte[] b, byte[] chars) {
        return doStrip(b, chars, false, true);
    }

    private static boolean strippable(byte c, byte[] chars) {
        if (chars == null) {
            return isSpaceByte(c);
        }
        for (byte x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private static byte[] doStrip(byte[] b, byte[] chars, boolean left, boolean right) {
        int i = 0;
        int j = b.length;
        while (left && i < j && strippable(b[i], chars)) {
            i++;
        }
        while (right && j > i && strippable(b[j - 1], chars)) {
            j--;
        }
        return Arrays.copyOfRange(b, i, j);
    }

    // ----- joining and replacing ----------------------------------------------------------------

    /** sep.join(items); the object model has turned every item's buffer into a byte[]. */
    public static byte[] join(byte[] sep, List<byte[]> items) {
        long total = 0;
        for (byte[] item : items) {
            total += item.length;
        }
        total += (long) sep.length * Math.max(0, items.size() - 1);
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("bytes too long");
        }
        Codecs.ByteSink out = new Codecs.ByteSink((int) total);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(sep);
            }
            out.write(items.get(i));
        }
        return out.toByteArray();
    }

    /** bytes.replace(old, new, count); count -1 means all. */
    public static byte[] replace(byte[] b, byte[] old, byte[] replacement, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        Codecs.ByteSink out = new Codecs.ByteSink(b.length);
        if (max == 0) {
            return b.clone();
        }
        if (old.length == 0) {
            long n = 0;
            int i = 0;
            for (; i < b.length && n < max; i++, n++) {
                out.write(replacement);
                out.write(b[i]);
            }
            out.write(Arrays.copyOfRange(b, i, b.length));
            if (i == b.length && n < max) {
                out.write(replacement);
            }
            return out.toByteArray();
        }
        int from = 0;
        int i = indexOf(b, old, 0, b.length);
        for (long n = 0; i >= 0 && n < max; n++) {
            out.write(Arrays.copyOfRange(b, from, i));
            out.write(replacement);
            from = i + old.length;
            i = indexOf(b, old, from, b.length);
        }
        out.write(Arrays.copyOfRange(b, from, b.length));
        return out.toByteArray();
    }

    // ----- splitting --------------------------------------------------------------------------

    /** bytes.split(sep, maxsplit); sep null splits on runs of ASCII whitespace. */
    public static List<byte[]> split(byte[] b, byte[] sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<byte[]> out = new ArrayList<>();
        if (sep == null) {
            int n = b.length;
            int i = 0;
            for (; max > 0; max--) {
                while (i < n && isSpaceByte(b[i])) {
                    i++;
                }
                if (i == n) {
                    return out;
                }
                int j = i;
                while (i < n && !isSpaceByte(b[i])) {
                    i++;
                }
                out.add(Arrays.copyOfRange(b, j, i));
            }
            while (i < n && isSpaceByte(b[i])) {
                i++;
            }
            if (i < n) {
                out.add(Arrays.copyOfRange(b, i, n));
            }
            return out;
        }
        checkSep(sep);
        int from = 0;
        for (; max > 0; max--) {
            int at = indexOf(b, sep, from, b.length);
            if (at < 0) {
                break;
            }
            out.add(Arrays.copyOfRange(b, from, at));
            from = at + sep.length;
        }
        out.add(Arrays.copyOfRange(b, from, b.length));
        return out;
    }

    /** bytes.rsplit(sep, maxsplit): splits made from the right. */
    public static List<byte[]> rsplit(byte[] b, byte[] sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<byte[]> out = new ArrayList<>();
        if (sep == null) {
            int i = b.length;
            for (; max > 0; max--) {
                while (i > 0 && isSpaceByte(b[i - 1])) {
                    i--;
                }
                if (i == 0) {
                    Collections.reverse(out);
                    return out;
                }
                int j = i;
                while (i > 0 && !isSpaceByte(b[i - 1])) {
                    i--;
                }
                out.add(Arrays.copyOfRange(b, i, j));
            }
            while (i > 0 && isSpaceByte(b[i - 1])) {
                i--;
            }
            if (i > 0) {
                out.add(Arrays.copyOfRange(b, 0, i));
            }
            Collections.reverse(out);
            return out;
        }
        checkSep(sep);
        int to = b.length;
        for (; max > 0; max--) {
            int at = lastIndexOf(b, sep, 0, to);
            if (at < 0) {
                break;
            }
            out.add(Arrays.copyOfRange(b, at + sep.length, to));
            to = at;
        }
        out.add(Arrays.copyOfRange(b, 0, to));
        Collections.reverse(out);
        return out;
    }

    private static void checkSep(byte[] sep) {
        if (sep.length == 0) {
            throw TextError.valueError("empty separator");
        }
    }

    /** bytes.splitlines: only \n, \r and \r\n end lines. */
    public static List<byte[]> splitlines(byte[] b, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = b.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += b[i] == '\r' && i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.add(Arrays.copyOfRange(b, j, eol));
        }
        return out;
    }

    public static byte[][] partition(byte[] b, byte[] sep) {
        checkSep(sep);
        int at = indexOf(b, sep, 0, b.length);
        if (at < 0) {
            return new byte[][] {b.clone(), new byte[0], new byte[0]};
        }
        return new byte[][] {Arrays.copyOf(b, at), sep.clone(), Arrays.copyOfRange(b, at + sep.length, b.length)};
    }

    public static byte[][] rpartition(byte[] b, byte[] sep) {
        checkSep(sep);
        int at = lastIndexOf(b, sep, 0, b.length);
        if (at < 0) {
            return new byte[][] {new byte[0], new byte[0], b.clone()};
        }
        return new byte[][] {Arrays.copyOf(b, at), sep.clone(), Arrays.copyOfRange(b, at + sep.length, b.length)};
    }
}
