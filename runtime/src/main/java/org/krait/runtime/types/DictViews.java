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
    public static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    private static final String[] VIEW_NAMES = {"dict_keys", "dict_values", "dict_items"};
    private static final PyType[] VIEW_TYPES = new PyType[3];
    private static final PyType[] ITER_TYPES = {PyIterator.sizedIteratorType("dict_keyiterator"),
        PyIterator.sizedIteratorType("dict_valueiterator"), PyIterator.sizedIteratorType("dict_itemiterator")};
    private static final PyType[] REV_ITER_TYPES = {PyIterator.sizedIteratorType("dict_reversekeyiterator"),
        PyIterator.sizedIteratorType("dict_reversevalueiterator"), PyIterator.sizedIteratorType("dict_reverseitemiterator")};

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
        b.getter("mapping", o -> new MappingProxy(((View) o).dict));
        if (kind != VALUES) {
            b.method("__contains__($self, key, /)", (ts, a) -> PyBool.of(viewContains(ts, (View) a[0], a[1])));
            DictViewSets.define(b);
        }
    }

    /** dictkeys_contains / dictitems_contains. */
    static boolean viewContains(ThreadState ts, View v, PyObject key) {
        if (v.kind == KEYS) {
            return v.dict.containsKey(ts, key);
        }
        if (!(key instanceof PyTuple) || ((PyTuple) key).size() != 2) {
            return false;
        }
        PyObject val = v.dict.get(ts, ((PyTuple) key).get(0));
        return val != null && Abstract.richCompareBool(ts, val, ((PyTuple) key).get(1), Abstract.EQ);
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

    /**
     * dictiter_iternextkey and friends: a change of size is an error that repeats on every later
     * call; a same-size change that brings a new entry into view is "keys changed".
     */
    public static PyObject iterator(PyDict d, int kind) {
        return new PyIterator(ITER_TYPES[kind]) {
            private PyDict dict = d;
            private int used = d.size();
            private int remaining = d.size();
            private int entry;

            @Override
            public PyObject next(ThreadState ts) {
                if (dict == null) {
                    return null;
                }
                if (used != dict.size()) {
                    used = -1;
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                while (entry < dict.entryLimit() && dict.keyAt(entry) == null) {
                    entry++;
                }
                if (entry >= dict.entryLimit()) {
                    dict = null;
                    return null;
                }
                if (remaining == 0) {
                    dict = null;
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
                remaining--;
                return item(dict, entry++, kind);
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return dict != null && used == dict.size() ? remaining : 0;
            }
        };
    }

    /** dictreviter_iternext: from the last entry backwards, with the same size check. */
    static PyObject reversedIterator(PyDict d, int kind) {
        return new PyIterator(REV_ITER_TYPES[kind]) {
            private PyDict dict = d;
            private int used = d.size();
            private int remaining = d.size();
            private int entry = d.entryLimit() - 1;

            @Override
            public PyObject next(ThreadState ts) {
                if (dict == null) {
                    return null;
                }
                if (used != dict.size()) {
                    used = -1;
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                while (entry >= 0 && (entry >= dict.entryLimit() || dict.keyAt(entry) == null)) {
                    entry--;
                }
                if (entry < 0) {
                    dict = null;
                    return null;
                }
                remaining--;
                return item(dict, entry--, kind);
            }

            @Override
            public long lengthHint(ThreadState ts) {
                return dict != null && used == dict.size() ? remaining : 0;
            }
        };
    }
}
