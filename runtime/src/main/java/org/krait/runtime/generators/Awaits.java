package org.krait.runtime.generators;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Calls;

/** The awaitable protocol and the opcodes of {@code await}, {@code async for} and {@code async with}. */
public final class Awaits {
    private Awaits() {
    }

    /** A generator whose code is flagged CO_ITERABLE_COROUTINE (a {@code types.coroutine} generator). */
    private static boolean isIterableCoroutine(PyObject o) {
        return o instanceof PyGenerator
                && (((PyGenerator) o).frame.code().flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /** _PyCoro_GetAwaitableIter: the iterator an {@code await} drives. */
    static PyObject awaitableIter(ThreadState ts, PyObject o) {
        if (o instanceof PyCoroutine || isIterableCoroutine(o)) {
            return o;
        }
        PyType t = o.type();
        if (t.lookup("__await__") != null) {
            PyObject res = Calls.callSpecial(ts, o, "__await__");
            if (res instanceof PyCoroutine || isIterableCoroutine(res)) {
                throw Errors.typeError("__await__() returned a coroutine");
            }
            if (!(res instanceof PyIterator) && res.type().lookup("__next__") == null) {
                throw Errors.typeError("__await__() returned non-iterator of type '" + res.type().name() + "'");
            }
            return res;
        }
        throw Errors.typeError("object " + t.name() + " can't be used in 'await' expression");
    }

    /** GET_AWAITABLE; {@code where} is 1 after {@code __aenter__}, 2 after {@code __aexit__}, else 0. */
    public static PyObject getAwaitable(ThreadState ts, PyObject o, int where) {
        PyObject iter;
        if (where != 0 && o.type().lookup("__await__") == null && !(o instanceof PyCoroutine)
                && !isIterableCoroutine(o)) {
            throw Errors.typeError("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                    + " that does not implement __await__: " + o.type().name());
        }
        iter = awaitableIter(ts, o);
        if (iter instanceof PyCoroutine) {
            GeneratorFrame gf = ((PyCoroutine) iter).frame;
            if (gf.state == GeneratorFrame.SUSPENDED && gf.delegate != null) {
                throw Errors.runtimeError("coroutine is being awaited already");
            }
        }
        return iter;
    }

    /** GET_AITER. */
    public static PyObject getAiter(ThreadState ts, PyObject o) {
        PyType t = o.type();
        if (t.lookup("__aiter__") == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + t.name());
        }
        PyObject it = Calls.callSpecial(ts, o, "__aiter__");
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of the next item. */
    public static PyObject getAnext(ThreadState ts, PyObject aiter) {
        PyType t = aiter.type();
        if (t.lookup("__anext__") == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + t.name());
        }
        PyObject next = Calls.callSpecial(ts, aiter, "__anext__");
        try {
            return awaitableIter(ts, next);
        } catch (PyException e) {
            if (!e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            PyBaseException err = Errors.create(ExceptionTypes.TYPE_ERROR,
                    "'async for' received an invalid object from __anext__: " + next.type().name());
            err.cause = e.value;
            err.context = e.value;
            err.suppressContext = true;
            throw new PyException(err);
        }
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is re-raised. */
    public static void endAsyncFor(PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        if (!e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            throw PyException.reraise(e);
        }
    }

    /** BEFORE_ASYNC_WITH: returns {@code mgr.__aenter__()}; the bound {@code __aexit__} goes to {@code ts.loaded}. */
    public static PyObject beforeAsyncWith(ThreadState ts, PyObject mgr) {
        return org.krait.runtime.ceval.Exceptions.enterContext(ts, mgr, "__aenter__", "__aexit__",
                "the asynchronous context manager protocol");
    }
}
