package org.krait.runtime.text;

import java.nio.charset.StandardCharsets;

import org.krait.compiler.unicode.CodePointBuilder;

/**
 * UTF-8 as CPython 3.12 decodes and encodes it (Objects/stringlib/codecs.h utf8_decode and
 * utf8_encoder, Objects/unicodeobject.c unicode_decode_utf8): an invalid sequence is reported
 * as its maximal valid prefix ("invalid continuation byte" over 1 to 3 bytes, "invalid start
 * byte" over 1, "unexpected end of data" over the incomplete tail); surrogates are never valid.
 */
final class Utf8Codec {
    static final String NAME = "utf-8";

    private Utf8Codec() {
    }

    /** Decodes in; when isFinal is false an incomplete sequence at the end is left unconsumed. */
    static Codecs.Decoded decode(byte[] in, ErrorHandler errors, boolean isFinal) {
        int n = in.length;
        int i = 0;
        while (i < n && in[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new Codecs.Decoded(new String(in, StandardCharsets.ISO_8859_1), n, 0);
        }
        // handlers (surrogatepass, surrogateescape) may put a low surrogate after a high one
        CodePointBuilder out = new CodePointBuilder(n);
        for (int k = 0; k < i; k++) {
            out.appendCodePoint(in[k]);
        }
        while (i < n) {
            int b = in[i];
            if (b >= 0) {
                out.appendCodePoint(b);
                i++;
                continue;
            }
            int status = sequence(in, i, n);
            if (status > 0) {
                out.appendCodePoint(codePoint(in, i, status));
                i += status;
                continue;
            }
            int start = i;
            int end;
            String reason;
            if (status == INCOMPLETE) {
                if (!isFinal) {
                    break;
                }
                end = n;
                reason = "unexpected end of data";
            } else if (status == INVALID_START) {
                end = start + 1;
                reason = "invalid start byte";
            } else if (!isFinal && status == -2 && (b & 0xFF) == 0xED && n - i == 2
                    && (in[i + 1] & 0xE0) == 0xA0) {
                break; // a truncated encoded surrogate: the next chunk may complete it (surrogatepass)
            } else {
                end = start - status - 1; // INVALID_CONTINUATION_k: k valid bytes before the bad one
                reason = "invalid continuation byte";
            }
            i = ErrorHandlers.decodeError(errors, NAME, in, start, end, reason, out);
        }
        return new Codecs.Decoded(out.value(), i, 0);
    }

    private static final int INCOMPLETE = 0;
    private static final int INVALID_START = -1;
    // -1 - k: the sequence's k-th byte after the lead (k = 1..3) is not a valid continuation

    /**
     * Classifies the sequence at in[i] (a non-ASCII lead byte): its length if valid, else
     * INCOMPLETE (a valid prefix cut by the end), INVALID_START, or -1 - k for a bad k-th byte.
     */
    private static int sequence(byte[] in, int i, int n) {
        int lead = in[i] & 0xFF;
        int len;
        int lo2 = 0x80;
        int hi2 = 0xBF; // the second byte's range narrows for E0, ED, F0, F4 (no overlongs/surrogates)
        if (lead < 0xC2) {
            return INVALID_START;
        } else if (lead < 0xE0) {
            len = 2;
        } else if (lead < 0xF0) {
            len = 3;
            lo2 = lead == 0xE0 ? 0xA0 : 0x80;
            hi2 = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead < 0xF5) {
            len = 4;
            lo2 = lead == 0xF0 ? 0x90 : 0x80;
            hi2 = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return INVALID_START;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= n) {
                return INCOMPLETE;
            }
            int c = in[i + k] & 0xFF;
            boolean ok = k == 1 ? c >= lo2 && c <= hi2 : (c & 0xC0) == 0x80;
            if (!ok) {
                return -1 - k;
            }
        }
        return len;
    }

    private static int codePoint(byte[] in, int i, int len) {
        int lead = in[i] & 0xFF;
        int cp = len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (in[i + k] & 0x3F);
        }
        return cp;
    }

    /** Encodes s; a run of lone surrogates is one error ("surrogates not allowed"). */
    static byte[] encode(String s, ErrorHandler errors) {
        int firstLone = firstLoneSurrogate(s, 0);
        if (firstLone < 0) {
            return s.getBytes(StandardCharsets.UTF_8); // no lone surrogate: the JDK encoder is exact
        }
        Codecs.ByteSink out = new Codecs.ByteSink(s.length() + 16);
        out.write(s.substring(0, firstLone).getBytes(StandardCharsets.UTF_8));
        int i = firstLone; // char index
        int cpIndex = s.codePointCount(0, i);
        while (i < s.length()) {
            int next = firstLoneSurrogate(s, i);
            if (next != i) {
                int to = next < 0 ? s.length() : next;
                out.write(s.substring(i, to).getBytes(StandardCharsets.UTF_8));
                cpIndex += s.codePointCount(i, to);
                i = to;
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isSurrogate(s.charAt(end)) && !isPairAt(s, end)) {
                end++; // the run of lone surrogates (each one char and one code point)
            }
            int endCp = cpIndex + (end - i);
            int escaped = Codecs.escapeSurrogates(errors, s, i, endCp - cpIndex, out);
            i += escaped;
            cpIndex += escaped;
            if (cpIndex == endCp) {
                continue;
            }
            int startCp = cpIndex;
            int resume = Codecs.encodeError(errors, NAME, s, startCp, endCp, "surrogates not allowed", out, 128);
            if (resume == endCp) {
                i = end;
            } else {
                i = s.offsetByCodePoints(0, resume);
            }
            cpIndex = resume;
        }
        return out.toByteArray();
    }

    /** Char index of the first surrogate at or after from that is not half of a pair, or -1. */
    static int firstLoneSurrogate(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (isPairAt(s, i)) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isPairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
