package org.krait.compiler.parser;

/**
 * A compile-time error with CPython's {@code SyntaxError} attributes. {@code type} is
 * {@code SyntaxError}, {@code IndentationError} or {@code TabError}. {@code offset} and
 * {@code endOffset} are 1-based character (code point) offsets into {@code text}, as CPython's
 * exception attributes are; 0 or negative when unknown. {@code text} is the offending source line
 * including its newline, or null.
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

    /** What CPython prints on stderr when this error stops a script (no "Traceback" header). */
    public String formatForStderr() {
        throw new UnsupportedOperationException("TODO: SyntaxError display");
    }
}
