package org.krait.runtime.generators;

import org.krait.runtime.ceval.Frames;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyObject;

/**
 * The suspended execution of a generator's, coroutine's or async generator's code (ADR 0007): the
 * compiled body is a static method that the runtime re-enters at a resume point; between two
 * entries its registers (Python locals and the live part of the value stack) wait here. This is
 * the only object a generator allocates when it is created; resuming allocates nothing.
 *
 * <p>The generated body reads and writes the public fields: it restores {@link #registers} on
 * entry, switches on {@link #resumePoint}, raises {@link #thrown} at the resume point when set,
 * and before returning stores the next resume point (or −1 when the code returned).
 */
public final class GeneratorFrame {
    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int COMPLETED = 3;

    public final PyFunction function;
    /** Localsplus, then value-stack slots; dropped when the code completes (CPython clears the frame). */
    public PyObject[] registers;
    /** Where the body continues: 0 is the start; −1 once the code has returned. */
    public int resumePoint;
    /** The source position (traceback index) of the current resume point, for {@code gi_frame}. */
    public int position;
    /** An exception for the body to raise at its resume point ({@code throw()}, {@code close()}). */
    public PyBaseException thrown;
    /** The receiver of the {@code yield from}/{@code await} the code is suspended in, else null. */
    public PyObject delegate;

    /** {@code __name__} and {@code __qualname__} of the owning object once set; null means the function's. */
    private PyObject name;
    private PyObject qualname;

    int state = CREATED;
    /** While running: the thread state running it and the Python depth of its frame (for gi_frame's current line). */
    ThreadState runningOn;
    int runningDepth;
    /** The exception the suspended code is handling (CPython's gi_exc_state), or null. */
    PyBaseException handled;
    /**
     * While running, when its resumer was handling an exception: that exception and the previous
     * such generator — the links of CPython's exc_info chain that {@link ThreadState#topmostHandled()}
     * can find anything in.
     */
    public PyBaseException outerHandled;
    public GeneratorFrame outer;

    public GeneratorFrame(PyFunction function, int size) {
        this.function = function;
        this.registers = new PyObject[size];
    }

    PyObject name() {
        return name != null ? name : org.krait.runtime.object.PyStr.of(function.name);
    }

    PyObject qualname() {
        return qualname != null ? qualname : org.krait.runtime.object.PyStr.of(function.qualname);
    }

    void setName(PyObject n) {
        name = n;
    }

    void setQualname(PyObject q) {
        qualname = q;
    }

    PyCode code() {
        return function.code;
    }

    boolean running() {
        return state == RUNNING;
    }

    boolean completed() {
        return state == COMPLETED;
    }

    /**
     * Runs the body from its resume point with {@code sent} as the value of the suspended
     * expression, or raising {@code exc} there. Returns the value yielded or, when the state is
     * then COMPLETED, the value returned. Callers have checked the state (not running).
     */
    PyObject resume(ThreadState ts, PyObject sent, PyBaseException exc) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, function);
        runningDepth = ts.depth;
        PyBaseException callerHandled = ts.handled;
        // CPython links every running generator into the thread's exc_info chain. Only a link whose
        // resumer was handling an exception can change what sys.exc_info() finds there, so only
        // those are made: a reference stored into the long-lived ThreadState costs a G1 fence (ADR 0011).
        boolean linked = callerHandled != null;
        if (linked) {
            outerHandled = callerHandled;
            outer = ts.runningGenerator;
            ts.runningGenerator = this;
        }
        if (handled != callerHandled) {
            ts.handled = handled;
        }
        runningOn = ts;
        state = RUNNING;
        if (exc != null) {
            chainWithHandled(exc);
            thrown = exc;
        }
        try {
            PyObject result = function.code.module.resume(function.code.index, ts, function, this, sent);
            if (resumePoint < 0) {
                finish();
            } else {
                state = SUSPENDED;
                handled = ts.handled;
            }
            return result;
        } catch (PyException e) {
            finish();
            throw e;
        } catch (StackOverflowError e) {
            finish();
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        } finally {
            thrown = null;
            if (ts.handled != callerHandled) {
                ts.handled = callerHandled;
            }
            if (linked) {
                ts.runningGenerator = outer;
                outerHandled = null;
                outer = null;
            }
            runningOn = null;
            Frames.leave(ts, savedGlobals, savedLocals);
        }
    }

    private void finish() {
        state = COMPLETED;
        resumePoint = -1;
        registers = null;
        handled = null;
        delegate = null;
    }

    /**
     * The suspended code's bound locals by name, in co_varnames, then co_cellvars, then co_freevars
     * order (the localsplus layout of the registers); cells show their contents.
     */
    org.krait.runtime.object.PyDict locals() {
        org.krait.runtime.object.PyDict d = new org.krait.runtime.object.PyDict();
        PyCode c = code();
        java.util.List<String> names = new java.util.ArrayList<>(java.util.Arrays.asList(c.varnames));
        for (String cell : c.cellvars) {
            if (!names.contains(cell)) {
                names.add(cell);
            }
        }
        names.addAll(java.util.Arrays.asList(c.freevars));
        for (int i = 0; i < names.size() && i < registers.length; i++) {
            PyObject v = registers[i];
            if (v instanceof org.krait.runtime.object.PyCell) {
                v = ((org.krait.runtime.object.PyCell) v).contents;
            }
            if (v != null) {
                d.putStr(names.get(i), v);
            }
        }
        return d;
    }

    /** Marks code that never started, or is being discarded, as finished without running it. */
    void close() {
        finish();
    }

    /** _PyErr_ChainStackItem: an exception thrown in gets the exception the code is handling as context. */
    private void chainWithHandled(PyBaseException exc) {
        PyBaseException h = handled;
        if (h == null || h == exc) {
            return;
        }
        for (PyBaseException o = h; o.context != null; o = o.context) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
        }
        exc.context = h;
    }

    /** Called by the body at a resume point where {@link #thrown} is set: the exception to raise. */
    public static PyException raiseThrown(GeneratorFrame gf) {
        PyBaseException e = gf.thrown;
        gf.thrown = null;
        PyException x = new PyException(e);
        x.thrownIn = true;
        return x;
    }
}
