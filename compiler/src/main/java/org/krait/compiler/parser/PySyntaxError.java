package org.krait.compiler.parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compile-time error with CPython's {@code SyntaxError} attributes. {@code type} is
 * {@code SyntaxError}, {@code IndentationError} or {@code TabError}. {@code offset} and
 * {@code endOffset} are 1-based offsets into {@code text} with exactly the values CPython 3.12.1's
 * exception attributes have for source given as bytes (a script file, {@code ast.parse(bytes)}):
 * tokenizer errors count code points, but errors raised by the parser's rules count UTF-8 bytes
 * (CPython converts those only for str input); see docs/syntax-errors.md. 0 or negative when
 * unknown. {@code text} is the offending source line
 * including its newline, or null. A negative {@code lineno} stands for CPython's {@code lineno=None}
 * (an error with no location, e.g. a decoding error), which CPython displays without a File line.
 */
public final class PySyntaxError extends RuntimeException {
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset, int endLineno,
            int endOffset, String text) {
        super(type + ": " + msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** An error without a location, like CPython's {@code SyntaxError(msg)} with {@code lineno=None}. */
    public static PySyntaxError withoutLocation(String type, String msg, String filename) {
        return new PySyntaxError(type, msg, filename, -1, -1, -1, -1, null);
    }

    /**
     * What CPython prints on stderr when this error stops a script (no "Traceback" header).
     * Mirrors Python/pythonrun.c (print_exception_file_and_line, parse_syntax_error,
     * print_error_text) of CPython 3.12, including its quirk of moving through the UTF-8 bytes of
     * {@code text} by the character offsets.
     */
    public String formatForStderr() {
        StringBuilder out = new StringBuilder();
        if (lineno < 0) {
            // parse_syntax_error fails on lineno=None; CPython then prints str(exc), which is
            // SyntaxError.__str__: "msg (basename)" when only the filename is known.
            String str = filename == null ? msg : msg + " (" + basename(filename) + ")";
            appendTypeAndMessage(out, str);
            return out.toString();
        }
        // Only an exact SyntaxError has its end attributes read; subclasses get one caret.
        boolean exact = type.equals("SyntaxError");
        appendFileAndLine(out, filename == null ? "<string>" : filename, lineno, text, offset,
                exact ? endLineno : lineno, exact ? endOffset : -1);
        appendTypeAndMessage(out, msg);
        return out.toString();
    }

    /**
     * print_exception_file_and_line (Python/pythonrun.c) once parse_syntax_error has read the
     * attributes: the File line, then the stripped text and the caret line when {@code text} is
     * known. Also used by the runtime for SyntaxError instances raised while running. Callers pass
     * {@code endLineno = lineno, endOffset = -1} for subclasses, whose end attributes CPython ignores.
     */
    public static void appendFileAndLine(StringBuilder out, String filename, long lineno, String text, long offset,
            long endLineno, long endOffset) {
        out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            long end = endOffset;
            if (endLineno > lineno) {
                // Multi-line ranges highlight to the end of the first line.
                end = line.length;
            }
            if (end > line.length + 1) {
                end = line.length + 1;
            }
            appendErrorText(out, offset, end, line);
        }
    }

    private void appendTypeAndMessage(StringBuilder out, String str) {
        out.append(type);
        if (!str.isEmpty()) {
            out.append(": ").append(str);
        }
        out.append('\n');
    }

    /** print_error_text: the source line without leading blanks, then the caret line. */
    private static void appendErrorText(StringBuilder out, long offset, long endOffset, byte[] bytes) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        // The C code stops at a NUL byte, as the text is handed over as a C string.
        int limit = 0;
        while (limit < bytes.length && bytes[limit] != 0) {
            limit++;
        }
        int start = 0;
        offset--;
        while (start < limit && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
            start++;
            offset--;
        }
        long len = limit - start;
        if (len > 0 && bytes[limit - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // Skip whole lines that lie before the offset when the text spans several lines.
        while (true) {
            int nl = indexOf(bytes, (byte) '\n', start, limit);
            if (nl < 0) {
                break;
            }
            long inl = nl - start;
            if (inl >= offset) {
                break;
            }
            inl += 1;
            start += (int) inl;
            len -= inl;
            offset -= inl;
        }
        out.append("    ").append(new String(Arrays.copyOfRange(bytes, start, limit), StandardCharsets.UTF_8));
        if (start + len >= limit || bytes[(int) (start + len)] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ");
        out.append(" ".repeat((int) offset));
        out.append("^".repeat((int) carets));
        out.append('\n');
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
