package org.krait.runtime.exceptions;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.text.CodecError;
import org.krait.runtime.types.Buffers;

/**
 * UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: their constructor arguments,
 * the encoding/object/start/end/reason attributes and their str (Objects/exceptions.c
 * UnicodeDecodeError_init, UnicodeEncodeError_str, ...).
 */
final class UnicodeErrorMethods {
    private static final String[] FIELDS = {"encoding", "object", "start", "end", "reason"};

    private UnicodeErrorMethods() {
    }

    static void define(String name, TypeBuilder b) {
        boolean decode = name.equals("UnicodeDecodeError");
        boolean translate = name.equals("UnicodeTranslateError");
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> {
            PyBaseException e = (PyBaseException) a[0];
            if (((org.krait.runtime.object.PyDict) a[2]).size() > 0) {
                throw Errors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            PyTuple args = (PyTuple) a[1];
            e.args = args;
            int n = translate ? 4 : 5;
            if (args.size() != n) {
                throw Errors.typeError("function takes exactly " + n + " arguments (" + args.size() + " given)");
            }
            int k = 0;
            PyObject encoding = PyNone.NONE;
            if (!translate) {
                encoding = strArg(args.get(k++), 1);
            }
            PyObject object = args.get(k++);
            if (decode) {
                object = PyBytes.of(Buffers.bytesLike(object));
            } else {
                object = strArg(object, k);
            }
            PyObject start = ssize(ts, args.get(k++));
            PyObject end = ssize(ts, args.get(k++));
            PyObject reason = strArg(args.get(k), k + 1);
            set(e, encoding, object, start, end, reason);
            return PyNone.NONE;
        });
        b.method("__str__($self, /)", (ts, a) -> PyStr.of(str(ts, (PyBaseException) a[0], decode, translate)));
        for (String f : FIELDS) {
            boolean index = f.equals("start") || f.equals("end");
            b.getset(f, (ts, o) -> {
                PyObject v = ((PyBaseException) o).attr(f);
                return v != null ? v : index ? PyInt.ZERO : PyNone.NONE;
            }, (ts, o, v) -> {
                if (v == null) {
                    throw Errors.typeError("can't delete attribute");
                }
                if (index && !(v instanceof PyInt)) {
                    throw Errors.typeError("an integer is required");
                }
                ((PyBaseException) o).setAttr(f, v);
            });
        }
    }

    /** The exception object for a codec error of the text library. */
    static PyBaseException fromCodec(CodecError c) {
        PyBaseException e = new PyBaseException(c.isDecodeError() ? ExceptionTypes.UNICODE_DECODE_ERROR
                : ExceptionTypes.UNICODE_ENCODE_ERROR);
        PyObject object = c.isDecodeError() ? PyBytes.of(c.bytesObject()) : PyStr.of(c.strObject());
        PyObject encoding = PyStr.of(c.encoding());
        PyObject start = PyInt.of(c.start());
        PyObject end = PyInt.of(c.end());
        PyObject reason = PyStr.of(c.reason());
        e.args = PyTuple.of(encoding, object, start, end, reason);
        set(e, encoding, object, start, end, reason);
        return e;
    }

    private static void set(PyBaseException e, PyObject... values) {
        for (int i = 0; i < FIELDS.length; i++) {
            e.setAttr(FIELDS[i], values[i]);
        }
    }

    private static PyObject strArg(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("argument " + position + " must be str, not " + o.type().name());
        }
        return o;
    }

    /** The "n" conversion of PyArg_ParseTuple: __index__, fitting a Py_ssize_t. */
    private static PyObject ssize(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return PyInt.of(i.value);
    }

    private static String str(ThreadState ts, PyBaseException e, boolean decode, boolean translate) {
        PyObject object = e.attr("object");
        if (object == null || object == PyNone.NONE) {
            return ""; // not properly initialised
        }
        String reason = Abstract.str(ts, e.attr("reason"));
        long start = ((PyInt) e.attr("start")).value;
        long end = ((PyInt) e.attr("end")).value;
        String prefix = translate ? "can't translate" : "'" + Abstract.str(ts, e.attr("encoding")) + "' codec can't "
                + (decode ? "decode" : "encode");
        if (decode && object instanceof PyBytes) {
            byte[] b = ((PyBytes) object).value;
            if (start >= 0 && start < b.length && end == start + 1) {
                return String.format("%s byte 0x%02x in position %d: %s", prefix, b[(int) start] & 0xFF, start, reason);
            }
            return prefix + " bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (!decode && object instanceof PyStr) {
            PyStr s = (PyStr) object;
            if (start >= 0 && start < s.length() && end == start + 1) {
                String v = s.value();
                int cp = v.codePointAt(v.offsetByCodePoints(0, (int) start));
                String shown = cp <= 0xFF ? String.format("\\x%02x", cp)
                        : cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return prefix + " character '" + shown + "' in position " + start + ": " + reason;
            }
        }
        return prefix + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
