package org.krait.runtime.types;

import java.util.List;

import org.krait.compiler.unicode.StringRepr;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/** The methods of {@code str} (Objects/unicodeobject.c). Indices are code points (ADR 0003). */
public final class StrMethods {
    private static final PyType ITERATOR = PyIterator.iteratorType("str_ascii_iterator");

    private StrMethods() {
    }

    public static String repr(String s) {
        return StringRepr.str(s);
    }

    static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    static String arg(PyObject o, String what) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(what + " must be str, not " + o.type().name());
        }
        return ((PyStr) o).value;
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(repr(s(a[0]))));
        b.method("__str__($self, /)", (ts, a) -> a[0].getClass() == PyStr.class ? a[0] : PyStr.of(s(a[0])));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(((PyStr) a[0]).hash()));
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(((PyStr) a[0]).length()));
        b.method("__add__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("can only concatenate str (not \"" + a[1].type().name() + "\") to str");
            }
            return PyStr.of(s(a[0]).concat(s(a[1])));
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeat(ts, a[0], a[1]));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> {
                if (!(a[1] instanceof PyStr)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                int c = Builtin.compareCodePoints(s(a[0]), s(a[1]));
                return PyBool.of(op == Abstract.LT ? c < 0 : op == Abstract.LE ? c <= 0 : op == Abstract.EQ ? c == 0
                        : op == Abstract.NE ? c != 0 : op == Abstract.GT ? c > 0 : c >= 0);
            });
        }
        b.method("__contains__($self, key, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + a[1].type().name());
            }
            return PyBool.of(s(a[0]).contains(s(a[1])));
        });
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, (PyStr) a[0], a[1]));
        b.method("__iter__($self, /)", (ts, a) -> iterator(s(a[0])));
        b.method("__format__($self, format_spec, /)", (ts, a) -> {
            String spec = arg(a[1], "format_spec");
            if (spec.isEmpty()) {
                return PyStr.of(s(a[0]));
            }
            return PyStr.of(Formatting.formatStr(s(a[0]), spec));
        });
        b.method("join($self, iterable, /)", (ts, a) -> {
            List<PyObject> items = TypeMethods.toList(ts, a[1]);
            StringBuilder sb = new StringBuilder();
            String sep = s(a[0]);
            for (int i = 0; i < items.size(); i++) {
                PyObject item = items.get(i);
                if (!(item instanceof PyStr)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + item.type().name()
                            + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s(item));
            }
            return PyStr.of(sb.toString());
        });
        b.staticMethod("__new__(type, object=?, encoding=?, errors=?)", (ts, a) -> {
            PyType cls = (PyType) a[0];
            String v = a[1] == null ? "" : Abstract.str(ts, a[1]);
            return cls == PyStr.TYPE ? PyStr.of(v) : new PyStr.Derived(cls, v);
        });
        StrTextMethods.define(b);
    }

    private static PyObject repeat(ThreadState ts, PyObject self, PyObject count) {
        if (!(count instanceof PyInt) && count.type().lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        }
        int n = Abstract.asIndex(ts, count);
        String v = s(self);
        if (n <= 0 || v.isEmpty()) {
            return org.krait.runtime.object.PyStr.EMPTY;
        }
        if ((long) v.length() * n > Integer.MAX_VALUE - 8) {
            throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        }
        return PyStr.of(v.repeat(n));
    }

    static PyObject getitem(ThreadState ts, PyStr self, PyObject key) {
        String v = self.value;
        if (key instanceof PySlice) {
            int len = self.length();
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, len);
            if (self.isBmp()) {
                if (r.step == 1) {
                    return PyStr.of(v.substring(r.start, r.start + r.length));
                }
                StringBuilder sb = new StringBuilder(r.length);
                for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                    sb.append(v.charAt(j));
                }
                return PyStr.of(sb.toString());
            }
            int[] cps = v.codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                sb.appendCodePoint(cps[j]);
            }
            return PyStr.of(sb.toString());
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        int len = self.length();
        long i = Abstract.index(ts, key).fitsLong() ? Abstract.index(ts, key).value : Long.MAX_VALUE;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError("string index out of range");
        }
        if (self.isBmp()) {
            return PyStr.of(String.valueOf(v.charAt((int) i)));
        }
        return PyStr.ofCodePoint(v.codePointAt(v.offsetByCodePoints(0, (int) i)));
    }

    static PyObject iterator(String v) {
        return new PyIterator(ITERATOR) {
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                if (pos >= v.length()) {
                    return null;
                }
                int cp = v.codePointAt(pos);
                pos += Character.charCount(cp);
                return PyStr.ofCodePoint(cp);
            }
        };
    }

    static PyObject call(ThreadState ts, PyObject f, PyObject a) {
        return Calls.call(ts, f, a);
    }
}
