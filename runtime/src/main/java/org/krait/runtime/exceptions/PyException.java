package org.krait.runtime.exceptions;

/**
 * Carries a Python exception up the Java stack. Has no Java stack trace (cheap to throw: Python
 * raises for control flow); the Python traceback is built by the frames it passes (ADR 0004).
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient PyBaseException value;
    /**
     * True for a re-raise ({@code raise} without operand, RERAISE): the frame that re-raises
     * adds no traceback entry of its own, as CPython's exception_unwind path.
     */
    public boolean reraised;
    /**
     * True for an exception thrown into a generator ({@code throw()}, {@code close()}): it was
     * chained with the generator's own handled exception only, not the resumer's.
     */
    public boolean thrownIn;
    /**
     * True once a frame has unwound it: implicit chaining belongs to the frame that raised. A
     * re-raised exception without a traceback (the group a try/except* makes) stays unchained.
     */
    public boolean unwound;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public static PyException reraise(PyBaseException value) {
        PyException e = new PyException(value);
        e.reraised = true;
        return e;
    }

    @Override
    public String getMessage() {
        return value.type().name();
    }
}
