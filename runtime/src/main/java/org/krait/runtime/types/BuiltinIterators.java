package org.krait.runtime.types;

import java.math.BigInteger;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Subscripts;

/**
 * The iterator types of the builtins module: {@code enumerate} (Objects/enumobject.c),
 * {@code reversed} (same file), {@code zip}, {@code map} and {@code filter} (Python/bltinmodule.c).
 * They are classes, so they can be subclassed; an instance of a subclass carries a {@code __dict__}.
 */
public final class BuiltinIterators {
    public static final PyType ENUMERATE = PyType.builtin("enumerate", null, PyType.BASETYPE, null, b -> {
        define(b, BuiltinIterators::newEnumerate);
        GenericAlias.addClassGetitem(b);
    });
    public static final PyType REVERSED = PyType.builtin("reversed", null, PyType.BASETYPE, null, b -> {
        define(b, BuiltinIterators::newReversed);
        b.method("__length_hint__($self, /)", (ts, a) -> PyInt.of(((PyIterator) a[0]).lengthHint(ts)));
    });
    public static final PyType ZIP = PyType.builtin("zip", null, PyType.BASETYPE, null,
            b -> define(b, BuiltinIterators::newZip));
    public static final PyType MAP = PyType.builtin("map", null, PyType.BASETYPE, null,
            b -> define(b, BuiltinIterators::newMap));
    public static final PyType FILTER = PyType.builtin("filter", null, PyType.BASETYPE, null,
            b -> define(b, BuiltinIterators::newFilter));

    private BuiltinIterators() {
    }

    /** A built-in iterator whose type may be a Python subclass (then it has an instance dict). */
    abstract static class Base extends PyIterator {
        private final PyDict dict;

        Base(PyType type) {
            super(type);
            dict = type.isHeapType() && type.hasInstanceDict() ? new PyDict() : null;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    /** {@code __new__(type, *args, **kwargs)} parsed by the type's own rules. */
    interface Constructor {
        PyObject make(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs);
    }

    private static void define(TypeBuilder b, Constructor ctor) {
        IteratorMethods.define(b);
        b.staticMethod("__new__(type, /, *args, **kwargs)",
                (ts, a) -> ctor.make(ts, (PyType) a[0], ((PyTuple) a[1]).items, (PyDict) a[2]));
    }

    /** _PyArg_NoKeywords, unless a subclass has an {@code __init__} of its own that may take them. */
    private static void noKeywords(PyType type, PyType base, PyDict kwargs) {
        if (type == base || type.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
            ArgChecks.noKeywords(base.name(), kwargs);
        }
    }

    // ---- enumerate ----

    private static PyObject newEnumerate(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs) {
        int total = args.length + kwargs.size();
        if (total > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + total + " given)");
        }
        PyObject iterable = args.length > 0 ? args[0] : null;
        PyObject start = args.length > 1 ? args[1] : null;
        for (int e = 0; e < kwargs.entryLimit(); e++) {
            PyObject k = kwargs.keyAt(e);
            if (k == null) {
                continue;
            }
            String name = ((PyStr) k).value();
            if (name.equals("iterable") && args.length == 0) {
                iterable = kwargs.valueAt(e);
            } else if (name.equals("start") && args.length < 2) {
                start = kwargs.valueAt(e);
            } else {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            if (kwargs.size() > 0) {
                throw Errors.typeError("'" + ((PyStr) firstKey(kwargs)).value()
                        + "' is an invalid keyword argument for enumerate()");
            }
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt index = start == null ? PyInt.ZERO : Abstract.index(ts, start);
        PyObject it = Iteration.iter(ts, iterable);
        return new Enumerate(type, it, index);
    }

    private static PyObject firstKey(PyDict d) {
        for (int e = 0; e < d.entryLimit(); e++) {
            if (d.keyAt(e) != null) {
                return d.keyAt(e);
            }
        }
        return null;
    }

    static final class Enumerate extends Base {
        private final PyObject it;
        private long index;
        private BigInteger bigIndex;

        Enumerate(PyType type, PyObject it, PyInt start) {
            super(type);
            this.it = it;
            if (start.fitsLong() && start.value != Long.MAX_VALUE) {
                index = start.value;
            } else {
                bigIndex = start.toBig();
            }
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject item = Iteration.next(ts, it);
            if (item == null) {
                return null;
            }
            PyInt i;
            if (bigIndex == null) {
                i = PyInt.of(index);
                if (++index == Long.MAX_VALUE) {
                    bigIndex = BigInteger.valueOf(index);
                }
            } else {
                i = PyInt.of(bigIndex);
                bigIndex = bigIndex.add(BigInteger.ONE);
            }
            return PyTuple.of(i, item);
        }
    }

    // ---- reversed ----

    private static PyObject newReversed(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs) {
        noKeywords(type, REVERSED, kwargs);
        if (args.length != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + args.length);
        }
        PyObject seq = args[0];
        PyObject rev = Attributes.lookupSpecial(ts, seq, "__reversed__");
        if (rev == PyNone.NONE) {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        if (rev != null) {
            return Calls.call(ts, rev);
        }
        if (!isSequence(seq)) {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        return new Reversed(type, seq, Abstract.len(ts, seq) - 1L);
    }

    /** PySequence_Check: has {@code __getitem__} and is not a dict. */
    static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }

    static final class Reversed extends Base {
        private PyObject seq;
        private long index;

        Reversed(PyType type, PyObject seq, long index) {
            super(type);
            this.seq = seq;
            this.index = index;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (seq != null && index >= 0) {
                try {
                    PyObject item = Subscripts.getitem(ts, seq, PyInt.of(index));
                    index--;
                    return item;
                } catch (PyException e) {
                    if (!e.value.matches(ExceptionTypes.INDEX_ERROR) && !e.value.matches(ExceptionTypes.STOP_ITERATION)) {
                        throw e;
                    }
                }
            }
            index = -1;
            seq = null;
            return null;
        }

        @Override
        public long lengthHint(ThreadState ts) {
            if (seq == null) {
                return 0;
            }
            long size = Abstract.size(ts, seq);
            return size < index + 1 ? 0 : index + 1;
        }
    }

    // ---- zip ----

    private static PyObject newZip(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs) {
        boolean strict = false;
        for (int e = 0; e < kwargs.entryLimit(); e++) {
            PyObject k = kwargs.keyAt(e);
            if (k == null) {
                continue;
            }
            if (!((PyStr) k).value().equals("strict")) {
                throw Errors.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for zip()");
            }
            strict = Abstract.isTrue(ts, kwargs.valueAt(e));
        }
        PyObject[] its = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            its[i] = Iteration.iter(ts, args[i]);
        }
        return new Zip(type, its, strict);
    }

    static final class Zip extends Base {
        private final PyObject[] its;
        private final boolean strict;

        Zip(PyType type, PyObject[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next(ThreadState ts) {
            int n = its.length;
            if (n == 0) {
                return null;
            }
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject item = Iteration.next(ts, its[i]);
                if (item == null) {
                    if (strict) {
                        checkLengths(ts, i);
                    }
                    return null;
                }
                items[i] = item;
            }
            return new PyTuple(items);
        }

        /** zip_next's strict check: argument i ran out; the others must have run out at the same time. */
        private void checkLengths(ThreadState ts, int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " " : "s 1-") + i);
            }
            for (int j = 1; j < its.length; j++) {
                if (Iteration.next(ts, its[j]) != null) {
                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " " : "s 1-") + j);
                }
            }
        }
    }

    // ---- map ----

    private static PyObject newMap(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs) {
        noKeywords(type, MAP, kwargs);
        if (args.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            its[i - 1] = Iteration.iter(ts, args[i]);
        }
        return new MapIterator(type, args[0], its);
    }

    static final class MapIterator extends Base {
        private final PyObject func;
        private final PyObject[] its;

        MapIterator(PyType type, PyObject func, PyObject[] its) {
            super(type);
            this.func = func;
            this.its = its;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject item = Iteration.next(ts, its[i]);
                if (item == null) {
                    return null;
                }
                args[i] = item;
            }
            return Calls.call(ts, func, args, null);
        }
    }

    // ---- filter ----

    private static PyObject newFilter(ThreadState ts, PyType type, PyObject[] args, PyDict kwargs) {
        noKeywords(type, FILTER, kwargs);
        if (args.length != 2) {
            throw Errors.typeError("filter expected 2 arguments, got " + args.length);
        }
        return new Filter(type, args[0], Iteration.iter(ts, args[1]));
    }

    static final class Filter extends Base {
        private final PyObject func;
        private final PyObject it;

        Filter(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next(ThreadState ts) {
            boolean truth = func == PyNone.NONE || func == PyBool.TYPE;
            for (PyObject item = Iteration.next(ts, it); item != null; item = Iteration.next(ts, it)) {
                if (Abstract.isTrue(ts, truth ? item : Calls.call(ts, func, item))) {
                    return item;
                }
            }
            return null;
        }
    }
}
