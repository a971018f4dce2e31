package org.krait.runtime.generators;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.exceptions.PyTraceback;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/**
 * The protocol shared by generators, coroutines and async generators, after genobject.c:
 * send/throw/close with their checks and messages, and delegation to the receiver of a
 * {@code yield from} or {@code await}.
 */
public final class Generators {
    private Generators() {
    }

    /** Which kind of object owns a frame: it names the object in error messages. */
    public enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    /** A generator, coroutine or async generator: an object that owns a {@link GeneratorFrame}. */
    public interface Owner {
        GeneratorFrame frame();

        Kind kind();
    }

    /** The frame of an exact generator or coroutine (the objects SEND and throw() delegate to directly), else null. */
    static GeneratorFrame directFrame(PyObject o) {
        if (o instanceof PyGenerator) {
            return ((PyGenerator) o).frame;
        }
        if (o instanceof PyCoroutine) {
            return ((PyCoroutine) o).frame;
        }
        return null; // async generators are driven through their asend/athrow awaitables
    }

    /**
     * gen_send_ex2: runs the frame with {@code arg} sent in (null: resumed by {@code __next__}) or
     * {@code exc} raised at its resume point. Returns what it yielded or, if the frame is then
     * completed, what it returned (None when it had already finished and {@code arg} is given).
     */
    static PyObject sendEx(ThreadState ts, GeneratorFrame gf, Kind kind, PyObject arg, PyBaseException exc,
            boolean closing) {
        if (gf.state == GeneratorFrame.CREATED && arg != null && arg != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind.noun);
        }
        if (gf.running()) {
            throw Errors.valueError(kind.noun + " already executing");
        }
        if (gf.completed()) {
            if (kind == Kind.COROUTINE && !closing) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (exc != null) {
                throw new PyException(exc);
            }
            if (arg != null) {
                return PyNone.NONE;
            }
            return null;
        }
        return gf.resume(ts, arg == null ? PyNone.NONE : arg, exc);
    }

    /** StopIteration carrying a returned value, as _PyGen_SetStopIterationValue makes it. */
    public static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(ExceptionTypes.STOP_ITERATION);
        if (value != null && value != PyNone.NONE) {
            e.args = PyTuple.of(value);
        }
        e.setAttr("value", value == null ? PyNone.NONE : value);
        return new PyException(e);
    }

    /** The value of a StopIteration (None when it has none). */
    static PyObject stopIterationValue(PyBaseException e) {
        PyObject v = e.attr("value");
        if (v != null) {
            return v;
        }
        return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
    }

    /** {@code send(value)}: the next value yielded, or StopIteration carrying the return value. */
    static PyObject sendMethod(ThreadState ts, Owner owner, PyObject value) {
        GeneratorFrame gf = owner.frame();
        PyObject r = sendEx(ts, gf, owner.kind(), value, null, false);
        if (gf.completed()) {
            throw finished(owner.kind(), r);
        }
        return r;
    }

    /** The exception that ends iteration when the code returned {@code value}. */
    static PyException finished(Kind kind, PyObject value) {
        if (kind == Kind.ASYNC_GENERATOR) {
            return new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION));
        }
        return stopIteration(value);
    }

    /** throw() and athrow() with more than one argument are deprecated (3.12). */
    static void warnThreeArgForm(ThreadState ts, String method, PyObject val) {
        if (val != null) {
            org.krait.runtime.exceptions.Warnings.warn(ts, ExceptionTypes.DEPRECATION_WARNING, "the (type, exc, tb) "
                    + "signature of " + method + "() is deprecated, use the single-arg signature instead.");
        }
    }

    /** {@code throw(typ[, val[, tb]])}: _gen_throw after argument checks. */
    static PyObject throwMethod(ThreadState ts, Owner owner, PyObject typ, PyObject val, PyObject tb) {
        PyObject r = throwInto(ts, owner, true, typ, val, tb);
        if (owner.frame().completed()) {
            throw finished(owner.kind(), r);
        }
        return r;
    }

    /**
     * _gen_throw: delegates to the receiver of the {@code yield from}/{@code await} the code is
     * suspended in, if any; otherwise (or when the receiver raises) raises the exception in the code.
     */
    static PyObject throwInto(ThreadState ts, Owner owner, boolean closeOnGenExit, PyObject typ, PyObject val,
            PyObject tb) {
        GeneratorFrame gf = owner.frame();
        PyObject yf = gf.state == GeneratorFrame.SUSPENDED ? gf.delegate : null;
        if (yf != null) {
            PyObject ret;
            if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(ExceptionTypes.GENERATOR_EXIT) && closeOnGenExit) {
                gf.state = GeneratorFrame.RUNNING;
                PyBaseException err;
                try {
                    err = closeIter(ts, yf);
                } finally {
                    gf.state = GeneratorFrame.SUSPENDED;
                }
                if (err != null) {
                    return sendEx(ts, gf, owner.kind(), PyNone.NONE, err, false);
                }
                return throwHere(ts, owner, typ, val, tb);
            }
            try {
                gf.state = GeneratorFrame.RUNNING;
                try {
                    if (yf instanceof Owner && directFrame(yf) != null) {
                        ret = throwInto(ts, (Owner) yf, closeOnGenExit, typ, val, tb);
                        if (((Owner) yf).frame().completed()) {
                            throw finished(((Owner) yf).kind(), ret);
                        }
                    } else {
                        PyObject meth = lookup(ts, yf, "throw");
                        if (meth == null) {
                            gf.state = GeneratorFrame.SUSPENDED;
                            return throwHere(ts, owner, typ, val, tb);
                        }
                        ret = tb != null ? Calls.call(ts, meth, typ, val, tb)
                                : val != null ? Calls.call(ts, meth, typ, val) : Calls.call(ts, meth, typ);
                    }
                } finally {
                    if (gf.state == GeneratorFrame.RUNNING) {
                        gf.state = GeneratorFrame.SUSPENDED;
                    }
                }
            } catch (PyException e) {
                // the receiver raised (StopIteration included): raise it in this code, whose
                // CLEANUP_THROW handler takes a StopIteration's value as the result of the delegation
                return sendEx(ts, gf, owner.kind(), PyNone.NONE, e.value, false);
            }
            return ret;
        }
        return throwHere(ts, owner, typ, val, tb);
    }

    private static PyObject throwHere(ThreadState ts, Owner owner, PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            exc = normalize(ts, (PyType) typ, val);
        } else if (typ instanceof PyBaseException) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        if (tb != null) {
            exc.traceback = (PyTraceback) tb;
        }
        return sendEx(ts, owner.frame(), owner.kind(), PyNone.NONE, exc, false);
    }

    /** PyErr_NormalizeException for a class and a value. */
    private static PyBaseException normalize(ThreadState ts, PyType typ, PyObject val) {
        if (val instanceof PyBaseException && val.type().isSubtypeOf(typ)) {
            return (PyBaseException) val;
        }
        PyObject made;
        if (val == null || val == PyNone.NONE) {
            made = Calls.call(ts, typ);
        } else if (val instanceof PyTuple) {
            made = Calls.call(ts, typ, ((PyTuple) val).items.clone(), null);
        } else {
            made = Calls.call(ts, typ, val);
        }
        if (!(made instanceof PyBaseException)) {
            throw Errors.typeError("calling " + typ.name() + " should have returned an instance of BaseException, not "
                    + made.type().name());
        }
        return (PyBaseException) made;
    }

    /** gen_close_iter: closes the receiver of a delegation; returns the exception it raised, or null. */
    private static PyBaseException closeIter(ThreadState ts, PyObject yf) {
        try {
            if (yf instanceof Owner && directFrame(yf) != null) {
                close(ts, (Owner) yf);
            } else {
                PyObject meth = lookup(ts, yf, "close");
                if (meth != null) {
                    Calls.call(ts, meth);
                }
            }
            return null;
        } catch (PyException e) {
            return e.value;
        }
    }

    /** {@code close()}: raises GeneratorExit at the resume point; the code must not yield again. */
    static PyObject close(ThreadState ts, Owner owner) {
        GeneratorFrame gf = owner.frame();
        if (gf.state == GeneratorFrame.CREATED) {
            gf.close();
            return PyNone.NONE;
        }
        if (gf.completed()) {
            return PyNone.NONE;
        }
        PyBaseException err = null;
        PyObject yf = gf.state == GeneratorFrame.SUSPENDED ? gf.delegate : null;
        if (yf != null) {
            gf.state = GeneratorFrame.RUNNING;
            try {
                err = closeIter(ts, yf);
            } finally {
                gf.state = GeneratorFrame.SUSPENDED;
            }
        }
        if (err == null) {
            err = new PyBaseException(ExceptionTypes.GENERATOR_EXIT);
        }
        try {
            sendEx(ts, gf, owner.kind(), PyNone.NONE, err, true);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.STOP_ITERATION) || e.value.matches(ExceptionTypes.GENERATOR_EXIT)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (gf.completed()) {
            return PyNone.NONE; // it returned: CPython's gen_send_ex reports StopIteration, which close() swallows
        }
        throw Errors.runtimeError(owner.kind().noun + " ignored GeneratorExit");
    }

    private static PyObject lookup(ThreadState ts, PyObject o, String name) {
        try {
            return Attributes.getattr(ts, o, name);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    // ---- opcodes ----

    /**
     * After a CALL whose result GET_ITER takes for a {@code for} loop: a generator the callee (a
     * generator function or generator expression) just created belongs to the loop alone.
     */
    public static void markLoopOwned(PyObject result, PyObject callee) {
        if (result instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) result;
            if (g.frame.function == callee && g.frame.state == GeneratorFrame.CREATED) {
                g.loopOwned = true;
            }
        }
    }

    /**
     * A {@code for} loop drops its iterator early (break, return, an exception): a generator it
     * owns is closed now, as CPython finalises it when its last reference goes; an exception from
     * that close is reported as unraisable, as CPython's finaliser does.
     */
    public static void release(ThreadState ts, PyObject iterator) {
        if (!(iterator instanceof PyGenerator) || !((PyGenerator) iterator).loopOwned) {
            return;
        }
        PyGenerator g = (PyGenerator) iterator;
        g.loopOwned = false;
        finalizeOwner(ts, g);
    }

    /** _PyGen_Finalize ({@code __del__}): closes a suspended frame; errors are unraisable. */
    static void finalizeOwner(ThreadState ts, Owner owner) {
        GeneratorFrame gf = owner.frame();
        if (gf.state != GeneratorFrame.SUSPENDED) {
            if (gf.state == GeneratorFrame.CREATED) {
                gf.close();
            }
            return;
        }
        PyBaseException handled = ts.handled;
        try {
            if (owner instanceof PyAsyncGenerator) {
                closeAsyncGenerator(ts, (PyAsyncGenerator) owner);
            } else {
                close(ts, owner);
            }
        } catch (PyException e) {
            org.krait.runtime.exceptions.Unraisable.print(ts, e.value, (PyObject) owner);
        } finally {
            ts.handled = handled;
        }
    }

    /** An async generator is finalised by driving its aclose() to the end, synchronously. */
    private static void closeAsyncGenerator(ThreadState ts, PyAsyncGenerator g) {
        PyObject aclose = Calls.callSpecial(ts, g, "aclose");
        try {
            while (true) {
                Calls.callSpecial(ts, aclose, "__next__");
            }
        } catch (PyException e) {
            if (!e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    /** RETURN_GENERATOR: the object that owns the new frame, by the code's kind. */
    public static PyObject create(GeneratorFrame gf) {
        int flags = gf.code().flags;
        if ((flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(gf);
        }
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(gf);
        }
        return new PyGenerator(gf);
    }

    /**
     * SEND: sends {@code v} into {@code receiver}. Returns what it yielded, with
     * {@code ts.sendReturned} false, or what it returned, with {@code ts.sendReturned} true.
     */
    public static PyObject send(ThreadState ts, PyObject receiver, PyObject v) {
        if (receiver instanceof GeneratorMethods.Wrapper) {
            receiver = ((GeneratorMethods.Wrapper) receiver).coroutine; // keeps the coroutine's return value
        }
        GeneratorFrame gf = directFrame(receiver);
        if (gf != null) {
            PyObject r = sendEx(ts, gf, ((Owner) receiver).kind(), v, null, false);
            ts.sendReturned = gf.completed();
            return r;
        }
        try {
            PyObject r;
            if (v == PyNone.NONE && org.krait.runtime.ops.Iteration.isPlainIterator(receiver)) {
                r = ((org.krait.runtime.object.PyIterator) receiver).next(ts);
                if (r == null) {
                    ts.sendReturned = true;
                    return PyNone.NONE;
                }
            } else if (v == PyNone.NONE && receiver.type().lookup("__next__") != null) {
                r = Calls.callSpecial(ts, receiver, "__next__");
            } else {
                r = Calls.call(ts, Attributes.getattr(ts, receiver, "send"), v);
            }
            ts.sendReturned = false;
            return r;
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                ts.sendReturned = true;
                return stopIterationValue(e.value);
            }
            throw e;
        }
    }

    /** GET_YIELD_FROM_ITER in code with {@code codeFlags}: only coroutine code may delegate to a coroutine. */
    public static PyObject yieldFromIter(ThreadState ts, PyObject iterable, int codeFlags) {
        if (iterable instanceof PyCoroutine) {
            if ((codeFlags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return iterable;
        }
        if (iterable instanceof PyGenerator) {
            return iterable;
        }
        return org.krait.runtime.ops.Iteration.iter(ts, iterable);
    }

    /** CLEANUP_THROW: a StopIteration from the receiver ends the delegation with its value; else re-raise. */
    public static PyObject cleanupThrow(PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        if (e.matches(ExceptionTypes.STOP_ITERATION)) {
            return stopIterationValue(e);
        }
        throw PyException.reraise(e);
    }

    /** INTRINSIC_STOPITERATION_ERROR (PEP 479): StopIteration leaving the code becomes RuntimeError. */
    public static PyObject stopIterationError(PyObject exc, int codeFlags) {
        PyBaseException e = (PyBaseException) exc;
        String kind = (codeFlags & PyCode.CO_COROUTINE) != 0 ? "coroutine"
                : (codeFlags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator" : "generator";
        String msg = null;
        if (e.matches(ExceptionTypes.STOP_ITERATION)) {
            msg = kind + " raised StopIteration";
        } else if (kind.equals("async generator") && e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return exc;
        }
        PyBaseException error = Errors.create(ExceptionTypes.RUNTIME_ERROR, msg);
        error.cause = e;
        error.suppressContext = true; // PyException_SetCause
        error.context = e;
        return error;
    }
}
