package org.krait.runtime.generators;

import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;

/**
 * An async generator object ({@code async def} with {@code yield}). Its code yields two kinds of
 * values: those of its own {@code yield}, wrapped by ASYNC_GEN_WRAP, which end the current
 * {@code asend()}/{@code __anext__()} awaitable with StopIteration(value), and those of the
 * awaitables it awaits, which pass through to whoever drives it (AsyncGenAwaitables).
 */
public final class PyAsyncGenerator extends FrameOwner {
    public static final PyType TYPE = PyType.builtin("async_generator", null, 0, null,
            AsyncGenAwaitables::defineAsyncGenerator);

    /** An asend/athrow awaitable of this generator is in progress (ag_running_async). */
    boolean runningAsync;
    /** The thread's asyncgen hooks were applied (async_gen_init_hooks), on the first asend/athrow. */
    boolean hooksInited;
    /** The finalizer hook in force when it was first iterated (CPython calls it instead of closing at GC). */
    PyObject finalizer;
    /** aclose() was called or the generator finished with StopAsyncIteration/GeneratorExit. */
    boolean closed;

    PyAsyncGenerator(GeneratorFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Generators.Kind kind() {
        return Generators.Kind.ASYNC_GENERATOR;
    }

    /** The value of an async generator's own {@code yield} (INTRINSIC_ASYNC_GEN_WRAP); never seen by Python. */
    public static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", null, 0, null, null);

        final PyObject value;

        public Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
