package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.BuiltinBody;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyWideStr;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Subscripts;
import org.krait.runtime.text.StrOps;
import org.krait.runtime.text.WideEncoder;

/**
 * The named methods of {@code str} (split, strip, case, search, replace, translate, ...), each
 * checking its arguments as CPython does and delegating to {@link StrOps}.
 */
final class StrTextMethods {
    private StrTextMethods() {
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    private static boolean bmp(PyObject o) {
        return ((PyStr) o).isBmp();
    }

    /** A method whose str arguments may hold lone surrogates: run exactly through shadow forms (ADR 0008). */
    private static void method(TypeBuilder b, String signature, BuiltinBody body) {
        b.method(signature, StrMethods.guardedExact(body));
    }

    /** A method that handles surrogates itself (or sees code point values, as translate does). */
    private static void plainMethod(TypeBuilder b, String signature, BuiltinBody body) {
        b.method(signature, StrMethods.guarded(body));
    }

    static void define(TypeBuilder b) {
        defineCase(b);
        defineSearch(b);
        definePadding(b);
        defineSplitting(b);
        plainMethod(b, "encode($self, /, encoding='utf-8', errors='strict')", (ts, a) -> {
            String encoding = StrMethods.arg(a[1], "encode() argument 'encoding'");
            String errors = StrMethods.arg(a[2], "encode() argument 'errors'");
            if (a[0] instanceof PyWideStr w) {
                byte[] exact = WideEncoder.encode(w.text(), encoding, errors);
                if (exact != null) {
                    return PyBytes.of(exact);
                }
            }
            return PyBytes.of(CodecLookup.encode(s(a[0]), encoding, errors));
        });
        plainMethod(b, "join($self, iterable, /)", (ts, a) -> join(ts, (PyStr) a[0], a[1]));
        method(b, "replace($self, old, new, count=-1, /)", (ts, a) -> {
            String old = StrMethods.arg(a[1], "replace() argument 1");
            String replacement = StrMethods.arg(a[2], "replace() argument 2");
            long count = ssize(ts, a[3]);
            return StrMethods.result(a[0], StrOps.replace(s(a[0]), old, replacement, count));
        });
        plainMethod(b, "translate($self, table, /)", (ts, a) -> StrMethods.result(a[0], translate(ts, s(a[0]), a[1])));
        b.staticMethod("maketrans(x, y=?, z=?, /)", StrMethods.guarded((ts, a) -> maketrans(ts, a[0], a[1], a[2])));
        plainMethod(b, "format($self, /, *args, **kwargs)", (ts, a) -> PyStr.of(StrFormat.format(ts, s(a[0]),
                (PyTuple) a[1], (PyDict) a[2])));
        plainMethod(b, "format_map($self, mapping, /)", (ts, a) -> PyStr.of(StrFormat.format(ts, s(a[0]), null, a[1])));
    }

    private static void defineCase(TypeBuilder b) {
        method(b, "lower($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.lower(s(a[0]))));
        method(b, "upper($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.upper(s(a[0]))));
        method(b, "casefold($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.casefold(s(a[0]))));
        method(b, "swapcase($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.swapcase(s(a[0]))));
        method(b, "title($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.title(s(a[0]))));
        method(b, "capitalize($self, /)", (ts, a) -> StrMethods.result(a[0], StrOps.capitalize(s(a[0]))));
        method(b, "isalnum($self, /)", (ts, a) -> PyBool.of(StrOps.isalnum(s(a[0]))));
        method(b, "isalpha($self, /)", (ts, a) -> PyBool.of(StrOps.isalpha(s(a[0]))));
        method(b, "isascii($self, /)", (ts, a) -> PyBool.of(StrOps.isascii(s(a[0]))));
        method(b, "isdecimal($self, /)", (ts, a) -> PyBool.of(StrOps.isdecimal(s(a[0]))));
        method(b, "isdigit($self, /)", (ts, a) -> PyBool.of(StrOps.isdigit(s(a[0]))));
        method(b, "isidentifier($self, /)", (ts, a) -> PyBool.of(StrOps.isidentifier(s(a[0]))));
        method(b, "islower($self, /)", (ts, a) -> PyBool.of(StrOps.islower(s(a[0]))));
        method(b, "isnumeric($self, /)", (ts, a) -> PyBool.of(StrOps.isnumeric(s(a[0]))));
        method(b, "isprintable($self, /)", (ts, a) -> PyBool.of(StrOps.isprintable(s(a[0]))));
        method(b, "isspace($self, /)", (ts, a) -> PyBool.of(StrOps.isspace(s(a[0]))));
        method(b, "istitle($self, /)", (ts, a) -> PyBool.of(StrOps.istitle(s(a[0]))));
        method(b, "isupper($self, /)", (ts, a) -> PyBool.of(StrOps.isupper(s(a[0]))));
    }

    private static void defineSearch(TypeBuilder b) {
        varargs(b, "find($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(StrOps.find(s(a[0]), bmp(a[0]),
                sub(ts, a), start(ts, a[2]), end(ts, a[3]))));
        varargs(b, "rfind($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(StrOps.rfind(s(a[0]),
                bmp(a[0]), sub(ts, a), start(ts, a[2]), end(ts, a[3]))));
        varargs(b, "index($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(StrOps.index(s(a[0]),
                bmp(a[0]), sub(ts, a), start(ts, a[2]), end(ts, a[3]))));
        varargs(b, "rindex($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(StrOps.rindex(s(a[0]),
                bmp(a[0]), sub(ts, a), start(ts, a[2]), end(ts, a[3]))));
        varargs(b, "count($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(StrOps.count(s(a[0]),
                bmp(a[0]), sub(ts, a), start(ts, a[2]), end(ts, a[3]))));
        varargs(b, "startswith($self, prefix, start=None, end=None, /)", (ts, a) -> tailMatch(ts, a, false));
        varargs(b, "endswith($self, suffix, start=None, end=None, /)", (ts, a) -> tailMatch(ts, a, true));
        method(b, "removeprefix($self, prefix, /)", (ts, a) -> StrMethods.result(a[0], StrOps.removeprefix(s(a[0]),
                StrMethods.arg(a[1], "removeprefix() argument"))));
        method(b, "removesuffix($self, suffix, /)", (ts, a) -> StrMethods.result(a[0], StrOps.removesuffix(s(a[0]),
                StrMethods.arg(a[1], "removesuffix() argument"))));
    }

    private static void definePadding(TypeBuilder b) {
        method(b, "center($self, width, fillchar=' ', /)", (ts, a) -> StrMethods.result(a[0], StrOps.center(s(a[0]),
                bmp(a[0]), ssize(ts, a[1]), fill(a[2]))));
        method(b, "ljust($self, width, fillchar=' ', /)", (ts, a) -> StrMethods.result(a[0], StrOps.ljust(s(a[0]),
                bmp(a[0]), ssize(ts, a[1]), fill(a[2]))));
        method(b, "rjust($self, width, fillchar=' ', /)", (ts, a) -> StrMethods.result(a[0], StrOps.rjust(s(a[0]),
                bmp(a[0]), ssize(ts, a[1]), fill(a[2]))));
        method(b, "zfill($self, width, /)", (ts, a) -> StrMethods.result(a[0], StrOps.zfill(s(a[0]), bmp(a[0]),
                ssize(ts, a[1]))));
        method(b, "expandtabs($self, /, tabsize=8)", (ts, a) -> StrMethods.result(a[0], StrOps.expandtabs(s(a[0]),
                cint(ts, a[1]))));
        method(b, "strip($self, chars=None, /)", (ts, a) -> StrMethods.result(a[0], StrOps.strip(s(a[0]),
                chars(a[1], "strip"))));
        method(b, "lstrip($self, chars=None, /)", (ts, a) -> StrMethods.result(a[0], StrOps.lstrip(s(a[0]),
                chars(a[1], "lstrip"))));
        method(b, "rstrip($self, chars=None, /)", (ts, a) -> StrMethods.result(a[0], StrOps.rstrip(s(a[0]),
                chars(a[1], "rstrip"))));
    }

    private static void defineSplitting(TypeBuilder b) {
        // maxsplit is converted while parsing, sep only in the body: a bad maxsplit is reported first
        method(b, "split($self, /, sep=None, maxsplit=-1)", (ts, a) -> {
            long max = ssize(ts, a[2]);
            return list(a[0], StrOps.split(s(a[0]), sep(a[1]), max));
        });
        method(b, "rsplit($self, /, sep=None, maxsplit=-1)", (ts, a) -> {
            long max = ssize(ts, a[2]);
            return list(a[0], StrOps.rsplit(s(a[0]), sep(a[1]), max));
        });
        method(b, "splitlines($self, /, keepends=False)", (ts, a) -> list(a[0], StrOps.splitlines(s(a[0]),
                Abstract.isTrue(ts, a[1]))));
        method(b, "partition($self, sep, /)", (ts, a) -> parts(a[0], StrOps.partition(s(a[0]),
                StrMethods.arg(a[1], null))));
        method(b, "rpartition($self, sep, /)", (ts, a) -> parts(a[0], StrOps.rpartition(s(a[0]),
                StrMethods.arg(a[1], null))));
    }

    private static void varargs(TypeBuilder b, String signature, BuiltinBody body) {
        b.varargsMethod(signature, StrMethods.guardedExact(body));
    }

    // ----- argument conversions ---------------------------------------------------------------

    /** The sub argument of find/count/index, checked after start and end as CPython does. */
    private static String sub(ThreadState ts, PyObject[] a) {
        start(ts, a[2]);
        end(ts, a[3]);
        return StrMethods.arg(a[1], null);
    }

    /** A start argument (_PyEval_SliceIndex): None is 0, huge values clamp. */
    static long start(ThreadState ts, PyObject o) {
        return sliceIndex(ts, o, 0);
    }

    /** An end argument: None is "to the end". */
    static long end(ThreadState ts, PyObject o) {
        return sliceIndex(ts, o, StrOps.END);
    }

    private static long sliceIndex(ThreadState ts, PyObject o, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Sequences.asSsize(ts, o, null);
    }

    /** A Py_ssize_t argument (width, count, maxsplit). */
    static long ssize(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A C int argument (tabsize). */
    static int cint(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        if (!i.fitsLong() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    private static String fill(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + o.type().name());
        }
        return s(o);
    }

    private static String chars(PyObject o, String method) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + " arg must be None or str");
        }
        return s(o);
    }

    private static String sep(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("must be str or None, not " + o.type().name());
        }
        return s(o);
    }

    /** startswith/endswith: the items of a tuple are checked one by one, as they are tried. */
    private static PyObject tailMatch(ThreadState ts, PyObject[] a, boolean suffix) {
        long start = start(ts, a[2]);
        long end = end(ts, a[3]);
        String method = suffix ? "endswith" : "startswith";
        String self = s(a[0]);
        boolean bmp = bmp(a[0]);
        PyObject[] items;
        if (a[1] instanceof PyTuple) {
            items = ((PyTuple) a[1]).items;
        } else if (a[1] instanceof PyStr) {
            items = new PyObject[] {a[1]};
        } else {
            throw Errors.typeError(method + " first arg must be str or a tuple of str, not " + a[1].type().name());
        }
        for (PyObject item : items) {
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("tuple for " + method + " must only contain str, not " + item.type().name());
            }
            String[] one = {s(item)};
            if (suffix ? StrOps.endswith(self, bmp, one, start, end) : StrOps.startswith(self, bmp, one, start, end)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    // ----- results ----------------------------------------------------------------------------

    /** A list of the parts; a part equal to the whole of an exact str is that str itself. */
    private static PyList list(PyObject self, List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        boolean bmp = bmp(self); // pieces of a str without surrogates have none: no scan later
        String whole = s(self);
        for (int i = 0; i < items.length; i++) {
            String p = parts.get(i);
            items[i] = bmp && p != whole ? PyStr.ofBmp(p) : StrMethods.result(self, p);
        }
        return new PyList(items);
    }

    private static PyTuple parts(PyObject self, String[] p) {
        return PyTuple.of(StrMethods.result(self, p[0]), PyStr.of(p[1]), StrMethods.result(self, p[2]));
    }

    // ----- join, translate, maketrans -----------------------------------------------------------

    /** PyUnicode_Join: a sequence of str; a single exact str item is returned itself. */
    private static PyObject join(ThreadState ts, PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable.getClass() == PyList.class) {
            // PySequence_Fast takes an exact list or tuple as it is (no Python code runs below)
            items = ((PyList) iterable).items;
            n = ((PyList) iterable).size;
        } else if (iterable.getClass() == PyTuple.class) {
            items = ((PyTuple) iterable).items;
            n = items.length;
        } else {
            items = sequenceFast(ts, iterable, "can only join an iterable").toArray(new PyObject[0]);
            n = items.length;
        }
        if (n == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        String[] parts = new String[n];
        boolean surrogates = !sep.isBmp();
        for (int i = 0; i < n; i++) {
            PyObject item = items[i];
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + item.type().name()
                        + " found");
            }
            surrogates |= !bmp(item);
            parts[i] = s(item);
        }
        if (surrogates) {
            return joinCodePoints(sep, items, n);
        }
        return PyStr.ofBmp(StrOps.join(sep.value(), parts)); // no piece had a surrogate
    }

    /** join when a piece has surrogates: a seam may fall between a high and a low one (ADR 0008). */
    private static PyStr joinCodePoints(PyStr sep, PyObject[] items, int n) {
        CodePointBuilder b = new CodePointBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sep.appendTo(b);
            }
            ((PyStr) items[i]).appendTo(b);
        }
        return PyStr.of(b);
    }

    /** PySequence_Fast: the items of an iterable; a TypeError from iter() becomes {@code message}. */
    static List<PyObject> sequenceFast(ThreadState ts, PyObject iterable, String message) {
        // exact types only: a subclass may override __iter__, which PySequence_Fast then calls
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            return new ArrayList<>(java.util.Arrays.asList(l.items).subList(0, l.size));
        }
        if (iterable.getClass() == PyTuple.class) {
            return java.util.Arrays.asList(((PyTuple) iterable).items);
        }
        PyObject it;
        try {
            it = Iteration.iter(ts, iterable);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError(message);
            }
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            out.add(x);
        }
        return out;
    }

    /**
     * str.translate (_PyUnicode_TranslateCharmap): table[ord(c)] per character; LookupError keeps
     * it, None deletes it. For ASCII input CPython caches results that are one ASCII character
     * or a deletion, so the table is consulted once per distinct character until the first other
     * result; this does the same, as a table with side effects can tell.
     */
    private static String translate(ThreadState ts, String s, PyObject table) {
        boolean[] fast = {StrOps.isascii(s)};
        String[] cache = new String[128];
        return StrOps.translate(s, cp -> {
            if (fast[0] && cache[cp] != null) {
                return cache[cp];
            }
            PyObject r = translateLookup(ts, table, cp);
            String text;
            if (r == null) {
                text = new String(Character.toChars(cp));
            } else if (r == PyNone.NONE) {
                text = "";
            } else if (r instanceof PyInt) {
                PyInt i = (PyInt) r;
                text = StrOps.translateCodePoint(i.fitsLong() ? i.value : -1);
            } else {
                text = s(r);
            }
            if (fast[0]) {
                boolean cacheable = r == null || r == PyNone.NONE || text.length() == 1 && text.charAt(0) < 128;
                if (cacheable) {
                    cache[cp] = text;
                } else {
                    fast[0] = false; // CPython leaves its fast path here and looks this character up again
                    return textOf(translateLookup(ts, table, cp), cp);
                }
            }
            return text;
        });
    }

    private static String textOf(PyObject r, int cp) {
        if (r == null) {
            return new String(Character.toChars(cp));
        }
        if (r == PyNone.NONE) {
            return "";
        }
        if (r instanceof PyInt) {
            PyInt i = (PyInt) r;
            return StrOps.translateCodePoint(i.fitsLong() ? i.value : -1);
        }
        return s(r);
    }

    /** charmaptranslate_lookup: null when the table has no entry (LookupError). */
    private static PyObject translateLookup(ThreadState ts, PyObject table, int cp) {
        PyObject r;
        try {
            r = Subscripts.getitem(ts, table, PyInt.of(cp));
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.LOOKUP_ERROR)) {
                return null;
            }
            throw e;
        }
        if (r == PyNone.NONE || r instanceof PyStr) {
            return r;
        }
        if (r instanceof PyInt) {
            PyInt i = (PyInt) r;
            StrOps.translateCodePoint(i.fitsLong() ? i.value : -1);
            return r;
        }
        throw Errors.typeError("character mapping must return integer, None or str");
    }

    /** str.maketrans(x[, y[, z]]). */
    private static PyObject maketrans(ThreadState ts, PyObject x, PyObject y, PyObject z) {
        if (y != null) {
            String ys = StrMethods.arg(y, "maketrans() argument 2");
            String zs = z == null ? null : StrMethods.arg(z, "maketrans() argument 3");
            if (!(x instanceof PyStr)) {
                throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
            }
            PyDict out = new PyDict();
            for (Map.Entry<Integer, Integer> e : StrOps.maketrans(s(x), ys, zs).entrySet()) {
                out.put(ts, PyInt.of(e.getKey()), e.getValue() == null ? PyNone.NONE : PyInt.of(e.getValue()));
            }
            return out;
        }
        if (!(x instanceof PyDict)) {
            throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
        }
        PyDict d = (PyDict) x;
        PyDict out = new PyDict();
        for (int e = 0; e < d.entryLimit(); e++) {
            PyObject k = d.keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject key;
            if (k instanceof PyStr) {
                key = PyInt.of(StrOps.maketransKey(s(k)));
            } else if (k instanceof PyInt) {
                key = k;
            } else {
                throw Errors.typeError("keys in translate table must be strings or integers");
            }
            out.put(ts, key, d.valueAt(e));
        }
        return out;
    }
}
