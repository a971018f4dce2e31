package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.BuiltinBody;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.text.BytesOps;

/**
 * The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib functions
 * both types use), delegating to {@link BytesOps}. Results are bytes for bytes and bytearray
 * for bytearray, whatever the subclass, as in CPython.
 */
final class BytesTextMethods {
    private final boolean bytearray;

    private BytesTextMethods(boolean bytearray) {
        this.bytearray = bytearray;
    }

    /** The current contents of a bytes or bytearray (bytes' own array: read only). */
    static byte[] v(PyObject o) {
        return o instanceof PyBytes ? ((PyBytes) o).value : ((PyByteArray) o).toArray();
    }

    /** A new object of the method's result type holding {@code r}. */
    private PyObject make(byte[] r) {
        return bytearray ? new PyByteArray(r) : PyBytes.of(r);
    }

    /** Like {@link #make}, but an exact bytes object whose value is unchanged is returned itself. */
    private PyObject same(PyObject self, byte[] r) {
        if (!bytearray && self.getClass() == PyBytes.class && Arrays.equals(r, ((PyBytes) self).value)) {
            return self;
        }
        return make(r);
    }

    private static void method(TypeBuilder b, String signature, BuiltinBody body) {
        b.method(signature, StrMethods.guarded(body));
    }

    static void define(TypeBuilder b, boolean bytearray) {
        new BytesTextMethods(bytearray).defineAll(b);
    }

    private void defineAll(TypeBuilder b) {
        defineCase(b);
        defineSearch(b);
        definePadding(b);
        defineSplitting(b);
        method(b, "decode($self, /, encoding='utf-8', errors='strict')", (ts, a) -> PyStr.ofValue(StrMethods.decodeValue(v(a[0]),
                StrMethods.arg(a[1], "decode() argument 'encoding'"), StrMethods.arg(a[2], "decode() argument 'errors'"))));
        method(b, "hex($self, /, sep=?, bytes_per_sep=1)", (ts, a) -> PyStr.of(hex(ts, v(a[0]), a[1], a[2])));
        b.classMethod("fromhex($type, string, /)", StrMethods.guarded((ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("fromhex() argument must be str, not " + StrMethods.typeName(a[1]));
            }
            PyObject r = make(BytesOps.fromhex(((PyStr) a[1]).value()));
            PyType cls = (PyType) a[0];
            return cls == PyBytes.TYPE || cls == PyByteArray.TYPE ? r : Calls.call(ts, cls, r);
        }));
        b.staticMethod("maketrans(frm, to, /)", StrMethods.guarded((ts, a) -> PyBytes.of(BytesOps.maketrans(
                Buffers.bytesLike(a[0]), Buffers.bytesLike(a[1])))));
        method(b, "join($self, iterable_of_bytes, /)", (ts, a) -> join(ts, a[0], a[1]));
        method(b, "replace($self, old, new, count=-1, /)", (ts, a) -> {
            byte[] old = Buffers.bytesLike(a[1]);
            byte[] replacement = Buffers.bytesLike(a[2]);
            return same(a[0], BytesOps.replace(v(a[0]), old, replacement, StrTextMethods.ssize(ts, a[3])));
        });
        method(b, "translate($self, table, /, delete=?)", (ts, a) -> {
            byte[] table = a[1] == PyNone.NONE ? null : Buffers.bytesLike(a[1]);
            if (table != null && table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long"); // before delete is read
            }
            byte[] delete = a[2] == null ? null : Buffers.bytesLike(a[2]);
            return same(a[0], BytesOps.translate(v(a[0]), table, delete));
        });
    }

    private void defineCase(TypeBuilder b) {
        method(b, "lower($self, /)", (ts, a) -> make(BytesOps.lower(v(a[0]))));
        method(b, "upper($self, /)", (ts, a) -> make(BytesOps.upper(v(a[0]))));
        method(b, "swapcase($self, /)", (ts, a) -> make(BytesOps.swapcase(v(a[0]))));
        method(b, "title($self, /)", (ts, a) -> make(BytesOps.title(v(a[0]))));
        method(b, "capitalize($self, /)", (ts, a) -> make(BytesOps.capitalize(v(a[0]))));
        method(b, "isalnum($self, /)", (ts, a) -> PyBool.of(BytesOps.isalnum(v(a[0]))));
        method(b, "isalpha($self, /)", (ts, a) -> PyBool.of(BytesOps.isalpha(v(a[0]))));
        method(b, "isascii($self, /)", (ts, a) -> PyBool.of(BytesOps.isascii(v(a[0]))));
        method(b, "isdigit($self, /)", (ts, a) -> PyBool.of(BytesOps.isdigit(v(a[0]))));
        method(b, "islower($self, /)", (ts, a) -> PyBool.of(BytesOps.islower(v(a[0]))));
        method(b, "isspace($self, /)", (ts, a) -> PyBool.of(BytesOps.isspace(v(a[0]))));
        method(b, "istitle($self, /)", (ts, a) -> PyBool.of(BytesOps.istitle(v(a[0]))));
        method(b, "isupper($self, /)", (ts, a) -> PyBool.of(BytesOps.isupper(v(a[0]))));
    }

    private void defineSearch(TypeBuilder b) {
        varargs(b, "find($self, sub, start=None, end=None, /)", (ts, a) -> {
            byte[] sub = sub(ts, a);
            return PyInt.of(BytesOps.find(v(a[0]), sub, StrTextMethods.start(ts, a[2]), StrTextMethods.end(ts, a[3])));
        });
        varargs(b, "rfind($self, sub, start=None, end=None, /)", (ts, a) -> {
            byte[] sub = sub(ts, a);
            return PyInt.of(BytesOps.rfind(v(a[0]), sub, StrTextMethods.start(ts, a[2]), StrTextMethods.end(ts, a[3])));
        });
        varargs(b, "index($self, sub, start=None, end=None, /)", (ts, a) -> {
            byte[] sub = sub(ts, a);
            return PyInt.of(BytesOps.index(v(a[0]), sub, StrTextMethods.start(ts, a[2]), StrTextMethods.end(ts, a[3])));
        });
        varargs(b, "rindex($self, sub, start=None, end=None, /)", (ts, a) -> {
            byte[] sub = sub(ts, a);
            return PyInt.of(BytesOps.rindex(v(a[0]), sub, StrTextMethods.start(ts, a[2]),
                    StrTextMethods.end(ts, a[3])));
        });
        varargs(b, "count($self, sub, start=None, end=None, /)", (ts, a) -> {
            byte[] sub = sub(ts, a);
            return PyInt.of(BytesOps.count(v(a[0]), sub, StrTextMethods.start(ts, a[2]), StrTextMethods.end(ts, a[3])));
        });
        varargs(b, "startswith($self, prefix, start=None, end=None, /)", (ts, a) -> tailMatch(ts, a, "startswith"));
        varargs(b, "endswith($self, suffix, start=None, end=None, /)", (ts, a) -> tailMatch(ts, a, "endswith"));
        method(b, "removeprefix($self, prefix, /)", (ts, a) -> same(a[0], BytesOps.removeprefix(v(a[0]),
                Buffers.bytesLike(a[1]))));
        method(b, "removesuffix($self, suffix, /)", (ts, a) -> same(a[0], BytesOps.removesuffix(v(a[0]),
                Buffers.bytesLike(a[1]))));
    }

    private void definePadding(TypeBuilder b) {
        method(b, "center($self, width, fillchar=?, /)", (ts, a) -> same(a[0], BytesOps.center(v(a[0]),
                StrTextMethods.ssize(ts, a[1]), fill(a[2], "center"))));
        method(b, "ljust($self, width, fillchar=?, /)", (ts, a) -> same(a[0], BytesOps.ljust(v(a[0]),
                StrTextMethods.ssize(ts, a[1]), fill(a[2], "ljust"))));
        method(b, "rjust($self, width, fillchar=?, /)", (ts, a) -> same(a[0], BytesOps.rjust(v(a[0]),
                StrTextMethods.ssize(ts, a[1]), fill(a[2], "rjust"))));
        method(b, "zfill($self, width, /)", (ts, a) -> same(a[0], BytesOps.zfill(v(a[0]),
                StrTextMethods.ssize(ts, a[1]))));
        method(b, "expandtabs($self, /, tabsize=8)", (ts, a) -> make(BytesOps.expandtabs(v(a[0]),
                StrTextMethods.cint(ts, a[1]))));
        method(b, "strip($self, bytes=None, /)", (ts, a) -> same(a[0], BytesOps.strip(v(a[0]), chars(a[1]))));
        method(b, "lstrip($self, bytes=None, /)", (ts, a) -> same(a[0], BytesOps.lstrip(v(a[0]), chars(a[1]))));
        method(b, "rstrip($self, bytes=None, /)", (ts, a) -> same(a[0], BytesOps.rstrip(v(a[0]), chars(a[1]))));
    }

    private void defineSplitting(TypeBuilder b) {
        method(b, "split($self, /, sep=None, maxsplit=-1)", (ts, a) -> {
            long max = StrTextMethods.ssize(ts, a[2]);
            return list(a[0], BytesOps.split(v(a[0]), chars(a[1]), max));
        });
        method(b, "rsplit($self, /, sep=None, maxsplit=-1)", (ts, a) -> {
            long max = StrTextMethods.ssize(ts, a[2]);
            return list(a[0], BytesOps.rsplit(v(a[0]), chars(a[1]), max));
        });
        method(b, "splitlines($self, /, keepends=False)", (ts, a) -> list(a[0], BytesOps.splitlines(v(a[0]),
                Abstract.isTrue(ts, a[1]))));
        method(b, "partition($self, sep, /)", (ts, a) -> parts(a[0], a[1], false));
        method(b, "rpartition($self, sep, /)", (ts, a) -> parts(a[0], a[1], true));
    }

    private static void varargs(TypeBuilder b, String signature, BuiltinBody body) {
        b.varargsMethod(signature, StrMethods.guarded(body));
    }

    // ----- argument conversions ---------------------------------------------------------------

    /** The sub argument of find/count/index: a bytes-like object or an int in range(256). */
    private static byte[] sub(ThreadState ts, PyObject[] a) {
        StrTextMethods.start(ts, a[2]);
        StrTextMethods.end(ts, a[3]);
        return byteOrBytes(ts, a[1]);
    }

    static byte[] byteOrBytes(ThreadState ts, PyObject o) {
        byte[] b = Buffers.bytesOrNull(o);
        if (b != null) {
            return b;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
        }
        return BytesOps.byteValue(Sequences.asSsize(ts, o, null));
    }

    /** A fill byte: a bytes or bytearray of length 1. */
    private static byte fill(PyObject o, String method) {
        if (o == null) {
            return ' ';
        }
        if ((o instanceof PyBytes || o instanceof PyByteArray)) {
            byte[] b = v(o);
            if (b.length == 1) {
                return b[0];
            }
        }
        throw Errors.typeError(method + "() argument 2 must be a byte string of length 1, not " + o.type().name());
    }

    /** None or a bytes-like object (strip's bytes, split's sep). */
    private static byte[] chars(PyObject o) {
        return o == PyNone.NONE ? null : Buffers.bytesLike(o);
    }

    private static PyObject tailMatch(ThreadState ts, PyObject[] a, String method) {
        long start = StrTextMethods.start(ts, a[2]);
        long end = StrTextMethods.end(ts, a[3]);
        byte[] self = v(a[0]);
        boolean suffix = method.equals("endswith");
        if (a[1] instanceof PyTuple) {
            for (PyObject item : ((PyTuple) a[1]).items) {
                byte[][] one = {Buffers.bytesLike(item)};
                if (suffix ? BytesOps.endswith(self, one, start, end) : BytesOps.startswith(self, one, start, end)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        byte[] sub = Buffers.bytesOrNull(a[1]);
        if (sub == null) {
            throw Errors.typeError(method + " first arg must be bytes or a tuple of bytes, not " + a[1].type().name());
        }
        byte[][] one = {sub};
        return PyBool.of(suffix ? BytesOps.endswith(self, one, start, end) : BytesOps.startswith(self, one, start, end));
    }

    /** bytes.hex(sep, bytes_per_sep) (_Py_strhex_impl's argument checks). */
    static String hex(ThreadState ts, byte[] b, PyObject sep, PyObject perSep) {
        int group = StrTextMethods.cint(ts, perSep);
        if (sep == null) {
            return BytesOps.hex(b, -1, group);
        }
        int n = Abstract.len(ts, sep);
        int c;
        if (n != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        if (sep instanceof PyStr) {
            c = BytesOps.hexSeparator(((PyStr) sep).value());
        } else if (sep instanceof PyBytes) {
            c = BytesOps.hexSeparator(((PyBytes) sep).value);
        } else {
            throw Errors.typeError("sep must be str or bytes.");
        }
        return BytesOps.hex(b, c, group);
    }

    // ----- results ----------------------------------------------------------------------------

    private PyList list(PyObject self, List<byte[]> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = same(self, parts.get(i));
        }
        return new PyList(items);
    }

    /** partition/rpartition: bytes gives back the separator object itself, bytearray a copy. */
    private PyObject parts(PyObject self, PyObject sepObj, boolean right) {
        byte[] sep = Buffers.bytesLike(sepObj);
        byte[][] p = right ? BytesOps.rpartition(v(self), sep) : BytesOps.partition(v(self), sep);
        PyObject mid = p[1].length == 0 ? make(p[1]) : bytearray ? make(p[1]) : sepObj;
        return PyTuple.of(same(self, p[0]), mid, same(self, p[2]));
    }

    /** bytes.join / bytearray.join: items must be bytes-like. */
    private PyObject join(ThreadState ts, PyObject self, PyObject iterable) {
        List<PyObject> items = StrTextMethods.sequenceFast(ts, iterable, "can only join an iterable");
        List<byte[]> parts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            byte[] item = Buffers.bytesOrNull(items.get(i));
            if (item == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + items.get(i).type().name() + " found");
            }
            parts.add(item);
        }
        if (!bytearray && items.size() == 1 && items.get(0).getClass() == PyBytes.class) {
            return items.get(0);
        }
        return make(BytesOps.join(v(self), parts));
    }
}
