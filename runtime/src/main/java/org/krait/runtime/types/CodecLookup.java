package org.krait.runtime.types;

import java.util.HashMap;
import java.util.Map;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.text.CharmapCodec;
import org.krait.runtime.text.Codecs;
import org.krait.runtime.text.ErrorHandlers;

/**
 * str.encode / bytes.decode by codec name: the names and aliases of Lib/encodings/aliases.py for
 * the codecs the text library implements (utf-8, utf-8-sig, utf-16/32 and their -le/-be forms,
 * ascii, latin-1, and the single-byte charmap codecs of {@link CharmapCodec}). Other names raise "unknown encoding: x" as an unregistered codec does.
 */
final class CodecLookup {
    /** Normalised name or alias to the canonical codec name the text library takes. */
    private static final Map<String, String> ALIASES = aliases();
    /** Prefix of the canonical name of a charmap codec ("charmap:cp1252"). */
    private static final String CHARMAP = "charmap:";

    /** The alias table, built once and immutable (a process-wide constant). */
    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        alias(m, "utf-8", "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        alias(m, "utf-8-sig", "utf_8_sig");
        alias(m, "utf-16", "utf_16", "u16", "utf16");
        alias(m, "utf-16-be", "utf_16_be", "utf_16be", "unicodebigunmarked");
        alias(m, "utf-16-le", "utf_16_le", "utf_16le", "unicodelittleunmarked");
        alias(m, "utf-32", "utf_32", "u32", "utf32");
        alias(m, "utf-32-be", "utf_32_be", "utf_32be");
        alias(m, "utf-32-le", "utf_32_le", "utf_32le");
        alias(m, "ascii", "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        alias(m, "latin-1", "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        for (String n : new String[] {"1250", "1251", "1252", "1253", "1254", "1255", "1256", "1257", "1258"}) {
            charmap(m, "cp" + n, n, "windows_" + n);
        }
        charmap(m, "cp437", "437", "cspc8codepage437", "ibm437");
        charmap(m, "cp850", "850", "cspc850multilingual", "ibm850");
        charmap(m, "cp852", "852", "cspcp852", "ibm852");
        charmap(m, "cp855", "855", "csibm855", "ibm855");
        charmap(m, "cp857", "857", "csibm857", "ibm857");
        charmap(m, "cp858", "858", "csibm858", "ibm858");
        charmap(m, "cp862", "862", "cspc862latinhebrew", "ibm862");
        charmap(m, "cp866", "866", "csibm866", "ibm866");
        charmap(m, "cp869", "869", "cp_gr", "csibm869", "ibm869");
        charmap(m, "cp737");
        charmap(m, "cp775", "775", "cspc775baltic", "ibm775");
        charmap(m, "iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        charmap(m, "iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        charmap(m, "iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        charmap(m, "iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        charmap(m, "iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987",
                "iso_ir_127");
        charmap(m, "iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
                "iso_8859_7_1987", "iso_ir_126");
        charmap(m, "iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        charmap(m, "iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        charmap(m, "iso8859_11", "iso_8859_11", "iso_8859_11_2001", "thai");
        charmap(m, "iso8859_13", "iso_8859_13", "l7", "latin7");
        charmap(m, "iso8859_15", "iso_8859_15", "l9", "latin9");
        charmap(m, "iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10");
        charmap(m, "koi8_r", "cskoi8r");
        charmap(m, "koi8_u");
        charmap(m, "mac_roman", "macintosh", "macroman");
        charmap(m, "mac_latin2", "mac_centeuro", "maccentraleurope", "maclatin2");
        return Map.copyOf(m);
    }

    /** A charmap codec (Lib/encodings/cp1252.py and kin) under its module name and aliases. */
    private static void charmap(Map<String, String> into, String module, String... aliases) {
        into.put(module, CHARMAP + module);
        for (String a : aliases) {
            into.put(a, CHARMAP + module);
        }
    }

    private CodecLookup() {
    }

    private static void alias(Map<String, String> into, String canonical, String... names) {
        for (String n : names) {
            into.put(n, canonical);
        }
    }

    /** The canonical codec for an encoding name, or LookupError "unknown encoding: x". */
    static String codec(String encoding) {
        String c = ALIASES.get(Codecs.normalize(encoding));
        if (c == null) {
            c = ALIASES.get(Codecs.normalize(encoding).replace('.', '_'));
        }
        if (c == null) {
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return c;
    }

    static String decode(byte[] b, String encoding, String errors) {
        return decodeValue(b, encoding, errors).toString();
    }

    /** The decoded str value: a String, or a WideStr (ADR 0008). */
    static Object decodeValue(byte[] b, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.startsWith(CHARMAP)) {
            return CharmapCodec.decode(b, codec.substring(CHARMAP.length()), ErrorHandlers.named(errors));
        }
        if (codec.equals("utf-8-sig")) {
            // the BOM is dropped before decoding, so error positions count from after it
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                b = java.util.Arrays.copyOfRange(b, 3, b.length);
            }
            codec = "utf-8";
        }
        return Codecs.decode(b, codec, ErrorHandlers.named(errors), true).value;
    }

    static byte[] encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.startsWith(CHARMAP)) {
            return CharmapCodec.encode(s, codec.substring(CHARMAP.length()), ErrorHandlers.named(errors));
        }
        if (codec.equals("utf-8-sig")) {
            byte[] body = Codecs.encode(s, "utf-8", ErrorHandlers.named(errors));
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        return Codecs.encode(s, codec, ErrorHandlers.named(errors));
    }
}
