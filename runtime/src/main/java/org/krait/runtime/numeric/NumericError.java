package org.krait.runtime.numeric;

/**
 * A Python exception raised by the numeric library, which knows nothing of Python objects: the
 * object model turns it into the exception of {@link #kind()} with {@link #getMessage()} as its
 * single argument (CPython's exact text), or, when {@link #errno()} is not 0, with the arguments
 * {@code (errno, message)} as {@code PyErr_SetFromErrno} makes them (float pow overflow).
 *
 * <p>Failures that CPython reports as MemoryError (a shift or a width too big to build) are thrown
 * as {@link OutOfMemoryError}, which the runtime translates anyway.
 */
public final class NumericError extends RuntimeException {
    /** The Python exception class. */
    public enum Kind {
        VALUE_ERROR, TYPE_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR
    }

    private final Kind kind;
    private final int errno;

    public NumericError(Kind kind, String message) {
        this(kind, 0, message);
    }

    public NumericError(Kind kind, int errno, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.errno = errno;
    }

    public Kind kind() {
        return kind;
    }

    /** The C errno for errors CPython raises from errno (then the args are (errno, message)), else 0. */
    public int errno() {
        return errno;
    }

    /** How CPython prints it: {@code str(exc)}; with an errno that is the repr of the args tuple. */
    public String pythonStr() {
        return errno == 0 ? getMessage() : "(" + errno + ", '" + getMessage() + "')";
    }

    static NumericError valueError(String message) {
        return new NumericError(Kind.VALUE_ERROR, message);
    }

    static NumericError typeError(String message) {
        return new NumericError(Kind.TYPE_ERROR, message);
    }

    static NumericError overflowError(String message) {
        return new NumericError(Kind.OVERFLOW_ERROR, message);
    }

    static NumericError zeroDivisionError(String message) {
        return new NumericError(Kind.ZERO_DIVISION_ERROR, message);
    }

    @Override
    public String toString() {
        return kind + ": " + pythonStr();
    }
}
