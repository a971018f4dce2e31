package org.krait.runtime.text;

/**
 * An error of a str/bytes operation, carrying the Python exception type to raise and CPython's
 * exact message. The text library is independent of the object model, which turns this into the
 * Python exception ({@code ValueError("substring not found")} and so on).
 */
public class TextError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type. */
    public enum Kind {
        VALUE_ERROR, TYPE_ERROR, INDEX_ERROR, OVERFLOW_ERROR,
        /** Unknown error handler name ("unknown error handler name 'x'") or encoding. */
        LOOKUP_ERROR
    }

    private final Kind kind;

    public TextError(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: these are ordinary Python errors
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static TextError valueError(String message) {
        return new TextError(Kind.VALUE_ERROR, message);
    }

    static TextError typeError(String message) {
        return new TextError(Kind.TYPE_ERROR, message);
    }

    static TextError overflowError(String message) {
        return new TextError(Kind.OVERFLOW_ERROR, message);
    }
}
