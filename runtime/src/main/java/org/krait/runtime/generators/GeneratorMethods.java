package org.krait.runtime.generators;

import java.util.function.Function;

import org.krait.runtime.exceptions.PyFrame;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.types.FunctionMethods;
import org.krait.runtime.types.ObjectMethods;

/** The methods and attributes of the generator, coroutine and coroutine_wrapper types. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static GeneratorFrame frameOf(PyObject o) {
        return ((Generators.Owner) o).frame();
    }

    static void defineGenerator(TypeBuilder b) {
        b.method("__iter__($self, /)", (ts, a) -> a[0]);
        b.method("__next__($self, /)", (ts, a) -> {
            PyObject r = ((PyGenerator) a[0]).next(ts);
            if (r == null) {
                throw ((PyGenerator) a[0]).exhausted();
            }
            return r;
        });
        defineDriving(b, o -> (Generators.Owner) o);
        defineFrameAttributes(b, "gi_");
        b.getter("gi_running", o -> PyBool.of(frameOf(o).running()));
        b.getter("gi_yieldfrom", o -> delegateOf(frameOf(o)));
    }

    static void defineCoroutine(TypeBuilder b) {
        b.method("__await__($self, /)", (ts, a) -> new Wrapper((PyCoroutine) a[0]));
        defineDriving(b, o -> (Generators.Owner) o);
        defineFrameAttributes(b, "cr_");
        b.getter("cr_running", o -> PyBool.of(frameOf(o).running()));
        b.getter("cr_await", o -> delegateOf(frameOf(o)));
        b.getter("cr_origin", o -> PyNone.NONE);
    }

    /** The frame attributes under the type's prefix (gi_, cr_, ag_), names and repr. */
    static void defineFrameAttributes(TypeBuilder b, String prefix) {
        b.getter(prefix + "suspended", o -> PyBool.of(frameOf(o).state == GeneratorFrame.SUSPENDED));
        b.getter(prefix + "code", o -> frameOf(o).code());
        b.getter(prefix + "frame", o -> frameObject(frameOf(o)));
        b.method("__del__($self, /)", (ts, a) -> {
            Generators.finalizeOwner(ts, (Generators.Owner) a[0]);
            return PyNone.NONE;
        });
        b.getset("__name__", (ts, o) -> frameOf(o).name(),
                (ts, o, v) -> frameOf(o).setName(PyStr.of(FunctionMethods.strValue(v, "__name__"))));
        b.getset("__qualname__", (ts, o) -> frameOf(o).qualname(),
                (ts, o, v) -> frameOf(o).setQualname(PyStr.of(FunctionMethods.strValue(v, "__qualname__"))));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of("<" + a[0].type().name() + " object "
                + ((PyStr) frameOf(a[0]).qualname()).value() + " at " + ObjectMethods.address(ts, a[0]) + ">"));
    }

    /**
     * {@code gi_frame}: None once finished; while running, at the line its body method is at on
     * the JVM stack; while suspended, at its yield, with its locals.
     */
    private static PyObject frameObject(GeneratorFrame gf) {
        if (gf.completed()) {
            return PyNone.NONE;
        }
        org.krait.runtime.object.PyCode code = gf.code();
        if (gf.running()) {
            int line = org.krait.runtime.interp.PythonStack.lineOfFrame(gf.runningOn.depth - gf.runningDepth);
            return new PyFrame(code, gf.position, line > 0 ? line : code.lineOf(gf.position), null);
        }
        return new PyFrame(code, gf.position, code.lineOf(gf.position), gf.locals());
    }

    private static void defineDriving(TypeBuilder b, Function<PyObject, Generators.Owner> of) {
        b.method("send($self, value, /)", (ts, a) -> Generators.sendMethod(ts, of.apply(a[0]), a[1]));
        b.method("throw($self, typ, val=?, tb=?, /)", (ts, a) -> {
            Generators.warnThreeArgForm(ts, "throw", a[2]);
            return Generators.throwMethod(ts, of.apply(a[0]), a[1], a[2], a[3]);
        });
        b.method("close($self, /)", (ts, a) -> Generators.close(ts, of.apply(a[0])));
    }

    static PyObject delegateOf(GeneratorFrame gf) {
        PyObject d = gf.state == GeneratorFrame.SUSPENDED ? gf.delegate : null;
        return d == null ? PyNone.NONE : d;
    }

    /** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
    static final class Wrapper extends PyIterator {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", null, 0, null, Wrapper::define);

        final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            super(TYPE);
            this.coroutine = coroutine;
        }

        /** What the coroutine returned, until {@link #exhausted} reports it. */
        private PyObject returned;

        @Override
        public PyObject next(ThreadState ts) {
            PyObject r = Generators.sendEx(ts, coroutine.frame, Generators.Kind.COROUTINE, PyNone.NONE, null, false);
            if (coroutine.frame.completed()) {
                returned = r;
                return null;
            }
            return r;
        }

        @Override
        public org.krait.runtime.exceptions.PyException exhausted() {
            PyObject r = returned;
            returned = null;
            return Generators.stopIteration(r);
        }

        private static void define(TypeBuilder b) {
            b.method("__iter__($self, /)", (ts, a) -> a[0]);
            b.method("__next__($self, /)",
                    (ts, a) -> Generators.sendMethod(ts, ((Wrapper) a[0]).coroutine, PyNone.NONE));
            defineDriving(b, o -> ((Wrapper) o).coroutine);
        }
    }
}
