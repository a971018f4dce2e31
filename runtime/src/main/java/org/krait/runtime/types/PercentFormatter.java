package org.krait.runtime.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.krait.runtime.builtins.Formats;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.NumericError;
import org.krait.runtime.numeric.PercentFormat;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyComplex;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Subscripts;

/**
 * printf-style formatting: {@code str % args} (PyUnicode_Format) and {@code bytes % args}
 * (_PyBytes_FormatEx, PEP 461). This class walks the format, takes the arguments and converts
 * them as CPython does; {@link PercentFormat} parses the specifiers and lays out the text.
 * A bytes format is handled as its Latin-1 decoding, so each char is one byte.
 */
final class PercentFormatter {
    private final ThreadState ts;
    private final boolean bytes;
    /** The current argument source: the tuple, the single argument, or a mapping value. */
    private PyObject args;
    /** len(args) for a tuple, else -1 (one argument). */
    private int arglen;
    private int argidx;
    /** The mapping for "%(key)s", or null. */
    private final PyObject dict;

    private PercentFormatter(ThreadState ts, PyObject args, boolean bytes) {
        this.ts = ts;
        this.bytes = bytes;
        this.args = args;
        if (args instanceof PyTuple) {
            arglen = ((PyTuple) args).size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr) && isMapping(args)
                && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray));
        dict = mapping ? args : null;
    }

    /** PyMapping_Check: the type has __getitem__ (lists and bytes included). */
    private static boolean isMapping(PyObject o) {
        return o.type().lookup("__getitem__") != null;
    }

    /** {@code format % args} for a str format. */
    static String formatStr(ThreadState ts, String format, PyObject args) {
        return new PercentFormatter(ts, args, false).run(format);
    }

    /** {@code format % args} for a bytes or bytearray format. */
    static byte[] formatBytes(ThreadState ts, byte[] format, PyObject args) {
        String f = new String(format, StandardCharsets.ISO_8859_1);
        return new PercentFormatter(ts, args, true).run(f).getBytes(StandardCharsets.ISO_8859_1);
    }

    private String what() {
        return bytes ? "bytes" : "string";
    }

    private String run(String format) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int pos = 0;
        while (pos < n) {
            int pct = format.indexOf('%', pos);
            if (pct < 0) {
                out.append(format, pos, n);
                break;
            }
            out.append(format, pos, pct);
            pos = pct + 1;
            if (pos < n && format.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            pos = conversion(format, pos, out);
        }
        if (argidx < arglen && dict == null) {
            throw Errors.typeError("not all arguments converted during " + what() + " formatting");
        }
        return out.toString();
    }

    /** One conversion specifier starting after its '%'; returns the index after it. */
    private int conversion(String format, int pos, StringBuilder out) {
        if (pos < format.length() && format.charAt(pos) == '(' && dict == null) {
            throw Errors.typeError("format requires a mapping");
        }
        PercentFormat.Spec spec;
        try {
            spec = PercentFormat.parse(format, pos);
        } catch (NumericError e) {
            throw incomplete(format, pos, e);
        }
        if (spec.key != null) {
            PyObject key = bytes ? PyBytes.of(spec.key.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(spec.key);
            args = Subscripts.getitem(ts, dict, key);
            arglen = -1;
            argidx = -2;
        }
        if (spec.width == PercentFormat.STAR) {
            spec = spec.withStarWidth(StrTextMethods.ssize(ts, starArg()));
        }
        if (spec.precision == PercentFormat.STAR) {
            spec = spec.withStarPrecision(((PyInt) starArg()).toBig());
        }
        PyObject v = nextArg();
        out.append(convert(spec, v, format, pos));
        if (dict != null && argidx < arglen) {
            throw Errors.typeError("not all arguments converted during " + what() + " formatting");
        }
        return spec.end;
    }

    /**
     * A specifier that ends too soon: CPython looks the key up and takes the '*' arguments while
     * it parses, so their errors come before "incomplete format".
     */
    private RuntimeException incomplete(String format, int pos, NumericError e) {
        if (!e.getMessage().equals("incomplete format")) {
            return e;
        }
        int n = format.length();
        if (pos < n && format.charAt(pos) == '(') {
            int depth = 1;
            int i = pos + 1;
            while (depth > 0) {
                char c = format.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            String key = format.substring(pos + 1, i - 1);
            args = Subscripts.getitem(ts, dict, bytes ? PyBytes.of(key.getBytes(StandardCharsets.ISO_8859_1))
                    : PyStr.of(key));
            arglen = -1;
            argidx = -2;
            pos = i;
        }
        while (pos < n && "-+ #0".indexOf(format.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < n && format.charAt(pos) == '*') {
            starArg();
            pos++;
        }
        while (pos < n && Character.isDigit(format.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < n && format.charAt(pos) == '.' && format.charAt(pos + 1) == '*') {
            starArg();
        }
        return e;
    }

    private PyObject starArg() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("* wants int");
        }
        return v;
    }

    /** unicode_format_getnextarg. */
    private PyObject nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private String convert(PercentFormat.Spec spec, PyObject v, String format, int pos) {
        switch (spec.conversion) {
            case 's':
                if (bytes) {
                    return PercentFormat.formatText(spec, truncate(latin1(bytesOf(v)), spec));
                }
                return PercentFormat.formatText(spec, Abstract.str(ts, v));
            case 'b':
                if (!bytes) {
                    break;
                }
                return PercentFormat.formatText(spec, truncate(latin1(bytesOf(v)), spec));
            case 'r':
                if (bytes) {
                    return PercentFormat.formatText(spec, Formats.ascii(Abstract.repr(ts, v)));
                }
                return PercentFormat.formatText(spec, Abstract.repr(ts, v));
            case 'a':
                return PercentFormat.formatText(spec, Formats.ascii(Abstract.repr(ts, v)));
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
                // _PyBytes_FormatEx turns 'i' into 'd' before converting, which its error text shows
                if (v instanceof PyInt && ((PyInt) v).fitsLong()) {
                    return PercentFormat.formatInteger(spec, ((PyInt) v).value, ts.interp.intMaxStrDigits());
                }
                char type = bytes && spec.conversion == 'i' ? 'd' : (char) spec.conversion;
                return PercentFormat.formatInteger(spec, integer(v, type), ts.interp.intMaxStrDigits());
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                return PercentFormat.formatFloat(spec, real(v));
            case 'c':
                if (bytes) {
                    String c = String.valueOf((char) byteChar(v));
                    return spec.width == -1 ? c : PercentFormat.formatText(spec, c);
                }
                return PercentFormat.formatChar(spec, charCode(v));
            default:
                break;
        }
        int index = bytes ? spec.end - 1 : format.codePointCount(0, spec.end) - 1;
        throw Errors.valueError(unsupported(spec.conversion, index));
    }

    private String unsupported(int c, int index) {
        if (bytes) {
            return "unsupported format character '" + (char) c + "' (0x" + Integer.toHexString(c) + ") at index "
                    + index;
        }
        return PercentFormat.unsupported(c, index).getMessage();
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** %b and %s of bytes: the precision cuts the bytes before padding. */
    private static String truncate(String s, PercentFormat.Spec spec) {
        return spec.precision >= 0 && s.length() > spec.precision ? s.substring(0, spec.precision) : s;
    }

    /** format_obj of bytesobject.c: bytes, bytearray, __bytes__, then the buffer protocol. */
    private byte[] bytesOf(PyObject v) {
        if (v instanceof PyBytes) {
            return ((PyBytes) v).value;
        }
        if (v instanceof PyByteArray) {
            return ((PyByteArray) v).toArray();
        }
        PyObject f = Attributes.lookupSpecial(ts, v, "__bytes__");
        if (f != null) {
            PyObject r = Calls.call(ts, f);
            if (!(r instanceof PyBytes)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return ((PyBytes) r).value;
        }
        byte[] b = Buffers.bytesOrNull(v);
        if (b != null) {
            return b;
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + v.type().name() + "'");
    }

    /** PyNumber_Check. */
    static boolean isNumber(PyObject v) {
        return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex
                || v.type().lookup("__index__") != null || v.type().lookup("__int__") != null
                || v.type().lookup("__float__") != null;
    }

    /** mainformatlong / formatlong: int() for d i u, __index__ for o x X. */
    private BigInteger integer(PyObject v, char type) {
        if (v instanceof PyInt) {
            return ((PyInt) v).toBig();
        }
        boolean needIndex = type == 'o' || type == 'x' || type == 'X';
        if (isNumber(v)) {
            try {
                PyObject i = needIndex ? Abstract.index(ts, v) : Calls.call(ts, PyInt.TYPE, v);
                return ((PyInt) i).toBig();
            } catch (PyException e) {
                if (!e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        throw Errors.typeError("%" + type + " format: " + (needIndex ? "an integer" : "a real number")
                + " is required, not " + v.type().name());
    }

    /** PyFloat_AsDouble: float, __float__, then __index__. */
    private double real(PyObject v) {
        try {
            return asDouble(ts, v);
        } catch (PyException e) {
            if (bytes && e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("float argument required, not " + v.type().name());
            }
            throw e;
        }
    }

    static double asDouble(ThreadState ts, PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyInt) {
            return IntMethods.toDouble((PyInt) v);
        }
        PyObject r = Calls.callSpecial(ts, v, "__float__");
        if (r != null) {
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(v.type().name() + ".__float__ returned non-float (type " + r.type().name()
                        + ")");
            }
            return ((PyFloat) r).value;
        }
        if (v.type().lookup("__index__") != null) {
            return IntMethods.toDouble(Abstract.index(ts, v));
        }
        throw Errors.typeError("must be real number, not " + v.type().name());
    }

    /** formatchar: a 1-character str or an int in range(0x110000). */
    private int charCode(PyObject v) {
        if (v instanceof PyStr) {
            PyStr s = (PyStr) v;
            if (s.length() == 1) {
                return s.value().codePointAt(0);
            }
            throw Errors.typeError("%c requires int or char");
        }
        BigInteger i = longValue(v, "%c requires int or char");
        if (i.signum() < 0 || i.bitLength() > 21 || i.intValue() > 0x10FFFF) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return i.intValue();
    }

    /** byte_converter: a 1-byte bytes/bytearray or an int in range(256). */
    private int byteChar(PyObject v) {
        byte[] b = v instanceof PyBytes || v instanceof PyByteArray ? Buffers.bytesOrNull(v) : null;
        if (b != null && b.length == 1) {
            return b[0] & 0xFF;
        }
        BigInteger i = longValue(v, "%c requires an integer in range(256) or a single byte");
        if (i.signum() < 0 || i.bitLength() > 8) {
            throw Errors.overflowError("%c arg not in range(256)");
        }
        return i.intValue();
    }

    /** PyLong_AsLongAndOverflow: an int via __index__; a TypeError becomes {@code message}. */
    private BigInteger longValue(PyObject v, String message) {
        try {
            return Abstract.index(ts, v).toBig();
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError(message);
            }
            throw e;
        }
    }
}
