package org.krait.runtime.types;

import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.compiler.unicode.StringRepr;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.LibraryErrors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.FormatSpec;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.object.BuiltinBody;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.PyWideStr;
import org.krait.runtime.object.WideText;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.text.CodePoints;
import org.krait.runtime.text.TextError;

/**
 * The special methods and constructor of {@code str} (Objects/unicodeobject.c); the named methods
 * are in {@link StrTextMethods}, formatting in {@link StrFormat} and {@link PercentFormatter}.
 * Indices are code points (ADR 0003); every operation delegates to the text library.
 */
public final class StrMethods {
    private static final PyType ASCII_ITERATOR = PyIterator.iteratorType("str_ascii_iterator");
    private static final PyType ITERATOR = PyIterator.iteratorType("str_iterator");
    private static final String[] NEW_PARAMS = {"object", "encoding", "errors"};

    private StrMethods() {
    }

    public static String repr(String s) {
        return StringRepr.str(s);
    }

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    /** A str argument, else "{what} must be str, not int" (just "must be str, ..." when what is null). */
    static String arg(PyObject o, String what) {
        if (!(o instanceof PyStr)) {
            if (what == null) {
                throw Errors.typeError("must be str, not " + o.type().name());
            }
            throw Errors.typeError(what + " must be str, not " + typeName(o));
        }
        return ((PyStr) o).value();
    }

    /** The type name in Argument Clinic's _PyArg_BadArgument texts, which name None itself. */
    static String typeName(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type().name();
    }

    /**
     * The result of a method that may return its input unchanged: the very object for an exact
     * str (CPython returns self), else a new exact str (unicode_result_unchanged).
     */
    static PyStr result(PyObject self, String r) {
        if (r == s(self) && self.getClass() == PyStr.class) {
            return (PyStr) self;
        }
        return PyStr.of(r);
    }

    /** A method body whose text-library and numeric-library errors become Python exceptions. */
    static BuiltinBody guarded(BuiltinBody body) {
        return guarded(body, false);
    }

    /**
     * {@code guarded(WideStrCalls.exact(body))} as one wrapper: every str method call dispatches
     * through one wrapper less (each is a call HotSpot cannot inline, shared by all str methods).
     */
    static BuiltinBody guardedExact(BuiltinBody body) {
        return guarded(body, true);
    }

    private static BuiltinBody guarded(BuiltinBody body, boolean exact) {
        return (ts, a) -> {
            try {
                return exact ? WideStrCalls.callExact(ts, body, a) : body.call(ts, a);
            } catch (TextError e) {
                throw LibraryErrors.text(e);
            } catch (NumericError e) {
                throw LibraryErrors.numeric(e);
            }
        };
    }

    /** The body of str.__mod__, in a holder so that it exists before the type is defined. */
    private static final class Mod {
        static final BuiltinBody BODY = guarded(WideStrCalls.exactIfWide((ts, a) -> PyStr.of(
                PercentFormatter.formatStr(ts, s(a[0]), a[1]))));
    }

    /** {@code self % value} as str.__mod__ computes it, for the operator's fast path. */
    public static PyObject mod(ThreadState ts, PyStr self, PyObject value) {
        return Mod.BODY.call(ts, new PyObject[] {self, value});
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(a[0] instanceof PyWideStr w ? StringRepr.str(w.text())
                : repr(s(a[0]))));
        b.method("__str__($self, /)", (ts, a) -> a[0].getClass() == PyStr.class || a[0] instanceof PyWideStr ? a[0]
                : PyStr.of(s(a[0])));
        b.method("__hash__($self, /)", (ts, a) -> PyInt.of(((PyStr) a[0]).hash()));
        b.method("__len__($self, /)", (ts, a) -> PyInt.of(((PyStr) a[0]).length()));
        b.method("__add__($self, value, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("can only concatenate str (not \"" + a[1].type().name() + "\") to str");
            }
            return PyStr.concat((PyStr) a[0], (PyStr) a[1]);
        });
        b.method("__mul__($self, value, /)", (ts, a) -> repeat(ts, (PyStr) a[0], a[1]));
        b.method("__rmul__($self, value, /)", (ts, a) -> repeat(ts, (PyStr) a[0], a[1]));
        b.method("__mod__($self, value, /)", Mod.BODY);
        b.method("__rmod__($self, value, /)", guarded((ts, a) -> a[1] instanceof PyStr
                ? PyStr.of(PercentFormatter.formatStr(ts, s(a[1]), a[0])) : PyNotImplemented.NOT_IMPLEMENTED));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            b.method(cmps[i] + "($self, value, /)", (ts, a) -> {
                if (!(a[1] instanceof PyStr)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyStr x = (PyStr) a[0];
                PyStr y = (PyStr) a[1];
                boolean wide = x.isWide() || y.isWide();
                if (op == Abstract.EQ || op == Abstract.NE) {
                    boolean eq = x.value().equals(y.value()) && (!wide || WideText.equal(x, y));
                    return PyBool.of(eq == (op == Abstract.EQ));
                }
                if (wide) {
                    return PyBool.of(Abstract.compareResult(WideText.compare(x, y), op));
                }
                return PyBool.of(Abstract.compareResult(CodePoints.compare(s(a[0]), s(a[1])), op));
            });
        }
        b.method("__contains__($self, key, /)", WideStrCalls.exact((ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + a[1].type().name());
            }
            PyStr self = (PyStr) a[0];
            return PyBool.of(org.krait.runtime.text.StrOps.find(self.value(), self.isBmp(), s(a[1]), 0,
                    org.krait.runtime.text.StrOps.END) >= 0);
        }));
        b.method("__getitem__($self, key, /)", (ts, a) -> getitem(ts, (PyStr) a[0], a[1]));
        b.method("__iter__($self, /)", (ts, a) -> a[0] instanceof PyWideStr w ? iterator(w) : iterator(s(a[0])));
        b.method("__format__($self, format_spec, /)", guardedExact((ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("__format__() argument must be str, not " + typeName(a[1]));
            }
            String spec = s(a[1]);
            if (spec.isEmpty()) {
                // an empty spec means str(self), which a subclass may override
                return a[0].getClass() == PyStr.class || a[0] instanceof PyWideStr ? a[0]
                        : PyStr.of(Abstract.str(ts, a[0]));
            }
            return PyStr.of(FormatSpec.formatStr(s(a[0]), spec, "str"));
        }));
        b.method("__getnewargs__($self, /)", (ts, a) -> PyTuple.of(PyStr.of(s(a[0]))));
        b.method("__sizeof__($self, /)", (ts, a) -> PyInt.of(sizeof(s(a[0]))));
        b.staticMethod("__new__(*args, **kwargs)", guarded(StrMethods::newStr));
        StrTextMethods.define(b);
    }

    /** sys.getsizeof of a str: CPython's compact layouts (ASCII, 1-, 2- or 4-byte kinds). */
    private static long sizeof(String v) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < v.length(); n++) {
            int cp = v.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        if (max < 128) {
            return 41 + n;
        }
        if (max < 256) {
            return 57 + n;
        }
        return max < 0x10000 ? 58 + 2L * n : 60 + 4L * n;
    }

    /** str(object='', encoding='utf-8', errors='strict') (unicode_new_impl). */
    private static PyObject newStr(ThreadState ts, PyObject[] a) {
        PyObject[] p = ConstructorArgs.newArgs(PyStr.TYPE, NEW_PARAMS, a);
        PyType cls = (PyType) p[0];
        String encoding = p[2] == null ? null : arg(p[2], "str() argument 'encoding'");
        String errors = p[3] == null ? null : arg(p[3], "str() argument 'errors'");
        String v;
        if (p[1] == null) {
            v = "";
        } else if (encoding == null && errors == null) {
            if (cls == PyStr.TYPE) {
                return Abstract.strObject(ts, p[1]);
            }
            v = Abstract.str(ts, p[1]);
        } else {
            v = decodeObject(p[1], encoding, errors);
        }
        return cls == PyStr.TYPE ? PyStr.of(v) : new PyStr.Derived(cls, v);
    }

    /** {@code str(x)}: what {@link #newStr} makes of one positional argument, without binding. */
    static PyObject newStrFromOne(ThreadState ts, PyObject x) {
        try {
            return Abstract.strObject(ts, x); // an exact str, wide ones included (ADR 0008), is returned itself
        } catch (TextError e) {
            throw LibraryErrors.text(e);
        } catch (NumericError e) {
            throw LibraryErrors.numeric(e);
        }
    }

    /** PyUnicode_FromEncodedObject: decodes a bytes-like object. */
    static String decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        byte[] bytes = Buffers.bytesOrNull(o);
        if (bytes == null) {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
        }
        return decode(bytes, encoding, errors);
    }

    /** bytes.decode / str(bytes, encoding, errors) with the library's codecs. */
    static String decode(byte[] bytes, String encoding, String errors) {
        return decodeValue(bytes, encoding, errors).toString();
    }

    /** {@link #decode} as a str value: a String, or a WideStr (ADR 0008). */
    static Object decodeValue(byte[] bytes, String encoding, String errors) {
        if (bytes.length == 0) {
            return ""; // PyUnicode_Decode answers before it looks the codec up
        }
        return CodecLookup.decodeValue(bytes, encoding == null ? "utf-8" : encoding,
                errors == null ? "strict" : errors);
    }

    /** str * n (sq_repeat; Numbers checks the count is an index for the operator). */
    public static PyObject repeat(ThreadState ts, PyStr self, PyObject count) {
        long n = Sequences.repeatCount(ts, count);
        String v = self.value();
        if (n <= 0 || v.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (n == 1 && self.getClass() == PyStr.class) {
            return self;
        }
        if ((long) v.length() * n > Integer.MAX_VALUE - 8) {
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (!self.isBmp() && WideText.hasLoneSurrogate(self)) {
            CodePointBuilder b = new CodePointBuilder(); // the seams may fall between surrogates
            for (long k = 0; k < n; k++) {
                self.appendTo(b);
            }
            return PyStr.of(b);
        }
        return PyStr.of(v.repeat((int) n));
    }

    /** str[key]: an index (IndexError texts) or a slice; also the fast path of BINARY_SUBSCR. */
    public static PyObject getitem(ThreadState ts, PyStr self, PyObject key) {
        String v = self.value();
        boolean bmp = self.isBmp();
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.length());
            if (r.step == 1 && r.length == self.length() && self.getClass() == PyStr.class) {
                return self;
            }
            if (!bmp && (r.step != 1 || self.isWide())) {
                return WideText.slice(self, r.start, r.stop, r.step); // "\ud83dx\ude00"[::2] is wide
            }
            return PyStr.of(CodePoints.slice(v, bmp, r.start, r.stop, r.step));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        int len = self.length();
        long i = Sequences.asSsize(ts, key, ExceptionTypes.INDEX_ERROR);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError("string index out of range");
        }
        return PyStr.ofCodePoint(bmp ? v.charAt((int) i) : self.codePointAt((int) i));
    }

    private static PyObject iterator(PyWideStr w) {
        int[] cps = w.codePoints();
        return new PyIterator(ITERATOR) {
            private int pos;

            @Override
            public PyObject next(ThreadState ts) {
                return pos < cps.length ? PyStr.ofCodePoint(cps[pos++]) : null;
            }
        };
    }

    /** str.__iter__. */
    public static PyObject iterator(String v) {
        boolean ascii = true;
        for (int i = 0; i < v.length() && ascii; i++) {
            ascii = v.charAt(i) < 128;
        }
        return new PyIterator(ascii ? ASCII_ITERATOR : ITERATOR) {
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
}
