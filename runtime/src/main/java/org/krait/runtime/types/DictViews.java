package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;

/** dict views ({@code keys()}, {@code values()}, {@code items()}) and dict iterators. */
public final class DictViews {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    private static final String[] VIEW_NAMES = {"dict_keys", "dict_values", "dict_items"};
    private static final PyType[] VIEW_TYPES = new PyType[3];
    private static final PyType[] ITER_TYPES = {PyIterator.iteratorType("dict_keyiterator"),
        PyIterator.iteratorType("dict_valueiterator"), PyIterator.iteratorType("dict_itemiterator")};
    private static final PyType[] REV_ITER_TYPES = {PyIterator.iteratorType("dict_reversekeyiterator"),
        PyIterator.iteratorType("dict_reversevalueiterator"), PyIterator.iteratorType("dict_reverseitemiterator")};

    static {
        for (int k = 0; k < 3; k++) {
            int kind = k;
            VIEW_TYPES[k] = PyType.builtin(VIEW_NAMES[k], null, 0, null, b -> defineView(b, kind));
        }
    }

    private DictViews() {
    }

    /** A live view of a dict. */
    public static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return VIEW_TYPES[kind];
        }
    }

    private static void defineView(TypeBuilder b, int kind) {
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(((View) a[0]).dict.size()));
        b.method("__iter__($self, /)", (ts, a) -> iterator(((View) a[0]).dict, kind));
        b.method("__reversed__($self, /)", (ts, a) -> reversedIterator(((View) a[0]).dict, kind));
        b.method("__repr__($self, /)", (ts, a) -> {
            View v = (View) a[0];
            if (!Sequences.reprEnter(ts, v)) {
                return PyStr.of("...");
            }
            try {
                StringBuilder sb = new StringBuilder(VIEW_NAMES[kind]).append("([");
                boolean first = true;
                for (int e = 0; e < v.dict.entryLimit(); e++) {
                    if (v.dict.keyAt(e) == null) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(ts, item(v.dict, e, kind)));
                }
                return PyStr.of(sb.append("])").toString());
            } finally {
                Sequences.reprLeave(ts, v);
            }
        });
        if (kind != VALUES) {
            b.method("__contains__($self, key, /)", (ts, a) -> {
                View v = (View) a[0];
                if (kind == KEYS) {
                    return PyBool.of(v.dict.containsKey(ts, a[1]));
                }
                if (!(a[1] instanceof PyTuple) || ((PyTuple) a[1]).size() != 2) {
                    return PyBool.FALSE;
                }
                PyObject val = v.dict.get(ts, ((PyTuple) a[1]).get(0));
                return PyBool.of(val != null && Abstract.richCompareBool(ts, val, ((PyTuple) a[1]).get(1), Abstract.EQ));
            });
        }
    }

    static PyObject item(PyDict d, int e, int kind) {
        switch (kind) {
            case KEYS:
                return d.keyAt(e);
            case VALUES:
                return d.valueAt(e);
            default:
                return PyTuple.of(d.keyAt(e), d.valueAt(e));
        }
    }

    public static PyObject iterator(PyDict d, int kind) {
        return new PyIterator(ITER_TYPES[kind]) {
            private int entry;
            private final int size = d.size();
            private boolean done;

            @Override
            public PyObject next(ThreadState ts) {
                if (done) {
                    return null;
                }
                if (d.size() != size) {
                    done = true;
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                while (entry < d.entryLimit()) {
                    int e = entry++;
                    if (d.keyAt(e) != null) {
                        return item(d, e, kind);
                    }
                }
                done = true;
                return null;
            }
        };
    }

    static PyObject reversedIterator(PyDict d, int kind) {
        return new PyIterator(REV_ITER_TYPES[kind]) {
            private int entry = d.entryLimit() - 1;
            private final int size = d.size();

            @Override
            public PyObject next(ThreadState ts) {
                if (d.size() != size) {
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                while (entry >= 0) {
                    int e = entry--;
                    if (e < d.entryLimit() && d.keyAt(e) != null) {
                        return item(d, e, kind);
                    }
                }
                return null;
            }
        };
    }
}
