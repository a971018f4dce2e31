package org.krait.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON subset tools/gen-text-cases.py writes: arrays, strings (with \\u escapes, so lone
 * surrogates survive), integers, true/false/null. Values become List, String, Long, Boolean, null.
 */
final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json p = new Json(text);
        Object v = p.value();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + ": " + text);
        }
        return v;
    }

    private Object value() {
        char c = text.charAt(pos);
        if (c == '[') {
            pos++;
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value());
                skipSpace();
                char d = text.charAt(pos++);
                if (d == ']') {
                    return list;
                }
                if (d != ',') {
                    throw new IllegalArgumentException("expected , at " + (pos - 1) + ": " + text);
                }
            }
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        int start = pos;
        while (pos < text.length() && (text.charAt(pos) == '-' || Character.isDigit(text.charAt(pos)))) {
            pos++;
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default: sb.append(e);
            }
        }
    }

    private void skipSpace() {
        while (text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
