package org.krait.runtime.generators;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/** The builtins {@code aiter()} and {@code anext()}. */
public final class AsyncBuiltins {
    private AsyncBuiltins() {
    }

    public static void define(PyModule m) {
        m.def("aiter(async_iterable, /)", (ts, a) -> {
            PyType t = a[0].type();
            if (t.lookup("__aiter__") == null) {
                throw Errors.typeError("'" + t.name() + "' object is not an async iterable");
            }
            PyObject it = Calls.callSpecial(ts, a[0], "__aiter__");
            if (it.type().lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
            }
            return it;
        });
        m.def("anext(aiterator, default=?, /)", (ts, a) -> {
            PyType t = a[0].type();
            if (t.lookup("__anext__") == null) {
                throw Errors.typeError("'" + t.name() + "' object is not an async iterator");
            }
            PyObject awaitable = Calls.callSpecial(ts, a[0], "__anext__");
            return a[1] == null ? awaitable : new AnextAwaitable(awaitable, a[1]);
        });
    }

    /** {@code anext(it, default)}: awaits {@code it.__anext__()}, turning StopAsyncIteration into {@code default}. */
    static final class AnextAwaitable extends PyObject {
        static final PyType TYPE = PyType.builtin("anext_awaitable", null, 0, null, AnextAwaitable::define);

        final PyObject wrapped;
        final PyObject defaultValue;
        private PyObject iter;

        AnextAwaitable(PyObject wrapped, PyObject defaultValue) {
            this.wrapped = wrapped;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject iter(ThreadState ts) {
            if (iter == null) {
                iter = Awaits.awaitableIter(ts, wrapped);
                if (iter instanceof PyCoroutine) {
                    // of the awaitables, only coroutines are not iterators: drive them through __await__
                    iter = new GeneratorMethods.Wrapper((PyCoroutine) iter);
                }
            }
            return iter;
        }

        /** Runs one step on the awaited iterator; its StopAsyncIteration ends this awaitable with the default. */
        PyObject step(ThreadState ts, String method, PyObject... args) {
            try {
                PyObject it = iter(ts);
                if (method.equals("__next__")) {
                    return Calls.callSpecial(ts, it, "__next__");
                }
                return Calls.call(ts, Attributes.getattr(ts, it, method), args, null);
            } catch (PyException e) {
                if (e.value.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    throw Generators.stopIteration(defaultValue);
                }
                throw e;
            }
        }

        private static void define(TypeBuilder b) {
            b.method("__await__($self, /)", (ts, a) -> a[0]);
            b.method("__iter__($self, /)", (ts, a) -> a[0]);
            b.method("__next__($self, /)", (ts, a) -> ((AnextAwaitable) a[0]).step(ts, "__next__"));
            b.method("send($self, value, /)", (ts, a) -> ((AnextAwaitable) a[0]).step(ts, "send", a[1]));
            b.method("throw($self, typ, val=?, tb=?, /)", (ts, a) -> ((AnextAwaitable) a[0]).step(ts, "throw",
                    a[3] != null ? new PyObject[] {a[1], a[2], a[3]}
                            : a[2] != null ? new PyObject[] {a[1], a[2]} : new PyObject[] {a[1]}));
            b.method("close($self, /)", (ts, a) -> {
                ((AnextAwaitable) a[0]).step(ts, "close");
                return PyNone.NONE;
            });
        }
    }
}
