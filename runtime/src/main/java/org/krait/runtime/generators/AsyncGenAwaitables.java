package org.krait.runtime.generators;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/**
 * The async generator's methods and the awaitables they return — {@code asend()}/{@code __anext__()}
 * and {@code athrow()}/{@code aclose()} — after genobject.c's async_gen_asend and async_gen_athrow.
 * Each awaitable is its own iterator: driving it drives the generator's frame.
 */
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {
    }

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    static void defineAsyncGenerator(TypeBuilder b) {
        b.method("__aiter__($self, /)", (ts, a) -> a[0]);
        b.method("__anext__($self, /)", (ts, a) -> new ASend(initHooks(ts, a[0]), null));
        b.method("asend($self, value, /)", (ts, a) -> new ASend(initHooks(ts, a[0]), a[1]));
        b.method("athrow($self, typ, val=?, tb=?, /)", (ts, a) -> {
            Generators.warnThreeArgForm(ts, "athrow", a[2]);
            return new AThrow(initHooks(ts, a[0]), new PyObject[] {a[1], a[2], a[3]});
        });
        b.method("aclose($self, /)", (ts, a) -> new AThrow(initHooks(ts, a[0]), null));
        GeneratorMethods.defineFrameAttributes(b, "ag_");
        b.getter("ag_running", o -> PyBool.of(((PyAsyncGenerator) o).runningAsync));
        b.getter("ag_await", o -> GeneratorMethods.delegateOf(((PyAsyncGenerator) o).frame));
    }

    /** async_gen_init_hooks: on first use, remember the finalizer hook and call the firstiter hook. */
    private static PyAsyncGenerator initHooks(ThreadState ts, PyObject o) {
        PyAsyncGenerator g = (PyAsyncGenerator) o;
        if (!g.hooksInited) {
            g.hooksInited = true;
            g.finalizer = ts.asyncGenFinalizer;
            if (ts.asyncGenFirstiter != null) {
                org.krait.runtime.ops.Calls.call(ts, ts.asyncGenFirstiter, g);
            }
        }
        return g;
    }

    /** gen_send for an async generator: the value its frame yielded; StopAsyncIteration when it returned. */
    private static PyObject send(ThreadState ts, PyAsyncGenerator gen, PyObject arg) {
        PyObject r = Generators.sendEx(ts, gen.frame, Generators.Kind.ASYNC_GENERATOR, arg, null, false);
        if (gen.frame.completed()) {
            throw Generators.finished(Generators.Kind.ASYNC_GENERATOR, r);
        }
        return r;
    }

    /** _gen_throw on the generator; {@code closeOnGenExit} as gen_throw (true) or athrow's first step (false). */
    private static PyObject throwInto(ThreadState ts, PyAsyncGenerator gen, boolean closeOnGenExit, PyObject[] args) {
        PyObject r = Generators.throwInto(ts, gen, closeOnGenExit, args[0], args[1], args[2]);
        if (gen.frame.completed()) {
            throw Generators.finished(Generators.Kind.ASYNC_GENERATOR, r);
        }
        return r;
    }

    /** An operation on the generator that yields or raises. */
    private interface Step {
        PyObject run();
    }

    /**
     * async_gen_unwrap_value: the generator's own yield ends the awaitable with StopIteration(value);
     * values from inner awaits pass through; StopAsyncIteration/GeneratorExit mark it closed.
     */
    private static PyObject unwrap(PyAsyncGenerator gen, Step step) {
        PyObject r;
        try {
            r = step.run();
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || e.value.matches(ExceptionTypes.GENERATOR_EXIT)) {
                gen.closed = true;
            }
            gen.runningAsync = false;
            throw e;
        }
        if (r instanceof PyAsyncGenerator.Wrapped) {
            gen.runningAsync = false;
            throw Generators.stopIteration(((PyAsyncGenerator.Wrapped) r).value);
        }
        return r;
    }

    /** What {@code asend(value)} and {@code __anext__()} return. */
    static final class ASend extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_asend", null, 0, null, ASend::define);

        final PyAsyncGenerator gen;
        final PyObject sendValue;
        int state = INIT;

        ASend(PyAsyncGenerator gen, PyObject sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject send(ThreadState ts, PyObject arg) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == PyNone.NONE) {
                    arg = sendValue == null ? PyNone.NONE : sendValue;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            PyObject v = arg;
            return closeOnError(() -> unwrap(gen, () -> AsyncGenAwaitables.send(ts, gen, v)));
        }

        PyObject throwIn(ThreadState ts, PyObject[] args) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            return closeOnError(() -> unwrap(gen, () -> AsyncGenAwaitables.throwInto(ts, gen, true, args)));
        }

        private PyObject closeOnError(Step step) {
            try {
                return step.run();
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        private static void define(TypeBuilder b) {
            b.method("__await__($self, /)", (ts, a) -> a[0]);
            b.method("__iter__($self, /)", (ts, a) -> a[0]);
            b.method("__next__($self, /)", (ts, a) -> ((ASend) a[0]).send(ts, PyNone.NONE));
            b.method("send($self, value, /)", (ts, a) -> ((ASend) a[0]).send(ts, a[1]));
            b.method("throw($self, typ, val=?, tb=?, /)",
                    (ts, a) -> ((ASend) a[0]).throwIn(ts, new PyObject[] {a[1], a[2], a[3]}));
            b.method("close($self, /)", (ts, a) -> {
                ((ASend) a[0]).state = CLOSED;
                return PyNone.NONE;
            });
        }
    }

    /** What {@code athrow(...)} returns, and {@code aclose()} (args null: close mode). */
    static final class AThrow extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", null, 0, null, AThrow::define);

        final PyAsyncGenerator gen;
        final PyObject[] args;
        int state = INIT;

        AThrow(PyAsyncGenerator gen, PyObject[] args) {
            this.gen = gen;
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyException reused() {
            return Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        }

        PyObject send(ThreadState ts, PyObject arg) {
            if (state == CLOSED) {
                throw reused();
            }
            if (gen.frame.completed()) {
                state = CLOSED;
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION));
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError((args == null ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION));
                }
                if (arg != PyNone.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closed = true;
                    return closing(() -> Generators.throwInto(ts, gen, false, ExceptionTypes.GENERATOR_EXIT, null,
                            null));
                }
                return checked(() -> unwrap(gen, () -> AsyncGenAwaitables.throwInto(ts, gen, false, args)));
            }
            if (args != null) {
                return unwrap(gen, () -> AsyncGenAwaitables.send(ts, gen, arg));
            }
            return closing(() -> AsyncGenAwaitables.send(ts, gen, arg));
        }

        /** aclose() mode: a yield of the generator's own means it ignored GeneratorExit. */
        private PyObject closing(Step step) {
            PyObject r = checked(() -> {
                PyObject v = step.run();
                if (gen.frame.completed()) {
                    throw Generators.finished(Generators.Kind.ASYNC_GENERATOR, v);
                }
                return v;
            });
            if (r instanceof PyAsyncGenerator.Wrapped) {
                gen.runningAsync = false;
                state = CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        /** check_error: the awaitable is done; in aclose() mode the generator's end is StopIteration. */
        private PyObject checked(Step step) {
            try {
                return step.run();
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                if (args == null && (e.value.matches(ExceptionTypes.STOP_ASYNC_ITERATION)
                        || e.value.matches(ExceptionTypes.GENERATOR_EXIT))) {
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION));
                }
                throw e;
            }
        }

        PyObject throwIn(ThreadState ts, PyObject[] targs) {
            if (state == CLOSED) {
                throw reused();
            }
            if (args != null) {
                return unwrap(gen, () -> AsyncGenAwaitables.throwInto(ts, gen, true, targs));
            }
            PyObject r;
            try {
                r = AsyncGenAwaitables.throwInto(ts, gen, true, targs);
            } catch (PyException e) {
                if (e.value.matches(ExceptionTypes.STOP_ASYNC_ITERATION) || e.value.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION));
                }
                throw e;
            }
            if (r instanceof PyAsyncGenerator.Wrapped) {
                gen.runningAsync = false;
                state = CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        private static void define(TypeBuilder b) {
            b.method("__await__($self, /)", (ts, a) -> a[0]);
            b.method("__iter__($self, /)", (ts, a) -> a[0]);
            b.method("__next__($self, /)", (ts, a) -> ((AThrow) a[0]).send(ts, PyNone.NONE));
            b.method("send($self, value, /)", (ts, a) -> ((AThrow) a[0]).send(ts, a[1]));
            b.method("throw($self, typ, val=?, tb=?, /)",
                    (ts, a) -> ((AThrow) a[0]).throwIn(ts, new PyObject[] {a[1], a[2], a[3]}));
            b.method("close($self, /)", (ts, a) -> {
                ((AThrow) a[0]).state = CLOSED;
                return PyNone.NONE;
            });
        }
    }
}
