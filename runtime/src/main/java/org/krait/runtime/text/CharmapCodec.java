package org.krait.runtime.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

import org.krait.runtime.text.ErrorHandler.Replacement;

/**
 * The single-byte "charmap" codecs of Lib/encodings (cp1252, cp437, iso8859_15, koi8_r, ...), as
 * PyUnicode_DecodeCharmap and PyUnicode_EncodeCharmap run them: a byte with no character, or a
 * run of characters with no byte, is an error of the codec named "charmap" with the reason
 * "character maps to &lt;undefined&gt;". The 256-entry tables are read from the JDK's charsets of
 * the same name, which were checked byte for byte against CPython 3.12.1's tables for every
 * codec listed here; a table is built once per JVM and never changed (an immortal constant).
 */
public final class CharmapCodec {
    private static final String NAME = "charmap";
    private static final String REASON = "character maps to <undefined>";
    private static final char UNDEFINED = '\uFFFE';
    /** Python codec name to JDK charset name. */
    private static final Map<String, String> JDK_NAMES = jdkNames();
    /** Every table, built when the first charmap codec is used and immutable after (a constant). */
    private static final Map<String, CharmapCodec> TABLES = tables();

    private static Map<String, CharmapCodec> tables() {
        Map<String, CharmapCodec> m = new HashMap<>();
        for (Map.Entry<String, String> e : JDK_NAMES.entrySet()) {
            m.put(e.getKey(), new CharmapCodec(Charset.forName(e.getValue())));
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> jdkNames() {
        Map<String, String> m = new HashMap<>();
        for (String n : new String[] {"1250", "1251", "1252", "1253", "1254", "1255", "1256", "1257", "1258"}) {
            m.put("cp" + n, "windows-" + n);
        }
        for (String n : new String[] {"437", "850", "852", "855", "857", "862", "866", "869", "775"}) {
            m.put("cp" + n, "IBM" + n);
        }
        m.put("cp858", "IBM00858");
        m.put("cp737", "x-IBM737");
        for (String n : new String[] {"2", "3", "4", "5", "6", "7", "8", "9", "13", "15", "16"}) {
            m.put("iso8859_" + n, "ISO-8859-" + n);
        }
        m.put("iso8859_11", "x-iso-8859-11");
        m.put("koi8_r", "KOI8-R");
        m.put("koi8_u", "KOI8-U");
        m.put("mac_roman", "x-MacRoman");
        m.put("mac_latin2", "x-MacCentralEurope");
        return Map.copyOf(m);
    }

    private final char[] decoding = new char[256];
    private final Map<Character, Byte> encoding = new HashMap<>();

    private CharmapCodec(Charset cs) {
        for (int b = 0; b < 256; b++) {
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            char c;
            try {
                CharBuffer out = d.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                c = out.length() == 1 ? out.get(0) : UNDEFINED;
            } catch (CharacterCodingException e) {
                c = UNDEFINED;
            }
            decoding[b] = c;
            if (c != UNDEFINED) {
                encoding.putIfAbsent(c, (byte) b);
            }
        }
    }

    /** Whether {@code codec} (a Lib/encodings module name such as "cp1252") is a charmap codec here. */
    public static boolean exists(String codec) {
        return JDK_NAMES.containsKey(codec);
    }

    private static CharmapCodec of(String codec) {
        CharmapCodec c = TABLES.get(codec);
        if (c == null) {
            throw new IllegalArgumentException("not a charmap codec: " + codec);
        }
        return c;
    }

    /** bytes.decode(codec, errors) for a charmap codec. */
    public static String decode(byte[] in, String codec, ErrorHandler errors) {
        char[] table = of(codec).decoding;
        StringBuilder out = new StringBuilder(in.length);
        int i = 0;
        while (i < in.length) {
            char c = table[in[i] & 0xFF];
            if (c != UNDEFINED) {
                out.append(c);
                i++;
            } else {
                i = ErrorHandlers.decodeError(errors, NAME, in, i, i + 1, REASON, out);
            }
        }
        return out.toString();
    }

    /** str.encode(codec, errors) for a charmap codec: a run of unencodable characters is one error. */
    public static byte[] encode(String s, String codec, ErrorHandler errors) {
        Map<Character, Byte> table = of(codec).encoding;
        int[] cps = s.codePoints().toArray();
        Codecs.ByteSink out = new Codecs.ByteSink(cps.length);
        int i = 0;
        while (i < cps.length) {
            Byte b = lookup(table, cps[i]);
            if (b != null) {
                out.write(b);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && lookup(table, cps[end]) == null) {
                end++;
            }
            CodecError error = CodecError.encode(NAME, s, i, end, REASON);
            Replacement r = errors.handle(error);
            if (r.bytes() != null) {
                out.write(r.bytes());
            } else {
                String text = r.text();
                for (int k = 0; k < text.length();) {
                    int cp = text.codePointAt(k);
                    Byte rb = lookup(table, cp);
                    if (rb == null) {
                        throw error; // the replacement must itself be encodable
                    }
                    out.write(rb);
                    k += Character.charCount(cp);
                }
            }
            i = ErrorHandlers.resumeAt(r.position(), cps.length);
        }
        return out.toByteArray();
    }

    private static Byte lookup(Map<Character, Byte> table, int cp) {
        return cp > 0xFFFF ? null : table.get((char) cp);
    }
}
