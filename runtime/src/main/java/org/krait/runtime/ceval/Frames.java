package org.krait.runtime.ceval;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyObject;

/**
 * The frame bookkeeping around every run of Python code (ADR 0004): the depth counted against the
 * recursion limit, and the function ({@code globals()}, warnings) and locals mapping of the running
 * frame. Callers save {@code ts.frameGlobalsId} and {@code ts.frameLocalsMapping} before
 * {@link #enter} and hand them back to {@link #leave} or {@link #fail}, as PyFunction's call
 * paths do.
 */
public final class Frames {
    private Frames() {
    }

    /** Starts a frame of {@code fn} with locals mapping {@code locals} (null for a function body). */
    public static void enter(ThreadState ts, PyFunction fn, PyObject locals) {
        if (++ts.depth > ts.interp.recursionLimit()) {
            ts.depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        ts.frameGlobalsId = fn.globalsId(ts);
        ts.frameLocalsMapping = locals;
    }

    /** A function body's frame (no locals mapping). */
    public static void enter(ThreadState ts, PyFunction fn) {
        enter(ts, fn, null);
    }

    /** Ends the frame normally, giving the caller's frame back. */
    public static void leave(ThreadState ts, int savedGlobals, PyObject savedLocals) {
        ts.depth--;
        ts.frameGlobalsId = savedGlobals;
        ts.frameLocalsMapping = savedLocals;
    }

    /** Ends the frame normally, giving the caller's frame back, and passes the frame's result on. */
    public static PyObject leave(ThreadState ts, int savedGlobals, PyObject savedLocals, PyObject result) {
        leave(ts, savedGlobals, savedLocals);
        return result;
    }

    /**
     * Ends the frame by {@code t} and returns what to throw on: a Java stack overflow that escaped
     * the recursion limit (deep native recursion) becomes RecursionError, anything else unchanged.
     */
    public static Throwable fail(ThreadState ts, int savedGlobals, PyObject savedLocals, Throwable t) {
        leave(ts, savedGlobals, savedLocals);
        if (t instanceof StackOverflowError) {
            return Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        return t;
    }

    /** Throws {@code t} (an unchecked throwable, as everything Python code raises) from Java code. */
    public static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        throw (Error) t;
    }
}
