package org.krait.runtime.types;

import org.krait.compiler.unicode.UnicodeDb;
import org.krait.runtime.builtins.Formats;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.numeric.FormatSpec;
import org.krait.runtime.numeric.NumericError;
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
 * {@code str.format} and {@code str.format_map} (Objects/stringlib/unicode_format.h): literal
 * text with "{{" and "}}", replacement fields {@code {name.attr[key]!conv:spec}} whose specs may
 * hold nested fields (two levels), automatic or manual numbering, and {@link #formatObject}
 * (PyObject_Format) for each field.
 */
public final class StrFormat {
    /** PEP 3101 allows two levels: "{0:{1}}" works, "{0:{1:{2}}}" does not. */
    private static final int MAX_DEPTH = 2;

    private final ThreadState ts;
    private final String s;
    /** Positional arguments, or null for format_map. */
    private final PyTuple args;
    /** The keyword arguments or the mapping of format_map (null: no keywords given). */
    private final PyObject kwargs;
    /** 0 not yet known, 1 automatic ("{}"), 2 manual ("{0}"). */
    private int numbering;
    private int nextAuto;

    private StrFormat(ThreadState ts, String s, PyTuple args, PyObject kwargs) {
        this.ts = ts;
        this.s = s;
        this.args = args;
        this.kwargs = kwargs;
    }

    /** {@code s.format(*args, **kwargs)} (args non-null) or {@code s.format_map(kwargs)} (args null). */
    public static String format(ThreadState ts, String s, PyTuple args, PyObject kwargs) {
        return new StrFormat(ts, s, args, kwargs).build(0, s.length(), MAX_DEPTH);
    }

    /** PyObject_Format: {@code format(obj, spec)} through the type's {@code __format__}. */
    public static PyObject formatObject(ThreadState ts, PyObject obj, PyStr spec) {
        if (spec.value().isEmpty()) {
            if (obj.getClass() == PyStr.class) {
                return obj;
            }
            if (obj.getClass() == PyInt.class) {
                return PyStr.of(Abstract.str(ts, obj));
            }
        }
        String exact = formatExact(ts, obj, spec.value());
        if (exact != null) {
            return PyStr.of(exact);
        }
        PyObject meth = Attributes.lookupSpecial(ts, obj, "__format__");
        if (meth == null) {
            throw Errors.typeError("Type " + obj.type().name() + " doesn't define __format__");
        }
        PyObject r = Calls.call(ts, meth, spec);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        return r;
    }

    /**
     * The __format__ of an exact int, float or str called directly (built-in types cannot be
     * patched, so this is what the lookup would find), or null for any other object.
     */
    private static String formatExact(ThreadState ts, PyObject obj, String spec) {
        Class<?> c = obj.getClass();
        try {
            if (c == PyInt.class) {
                PyInt v = (PyInt) obj;
                int limit = IntMethods.maxStrDigits(ts);
                return v.big == null ? FormatSpec.formatInt(v.value, spec, "int", limit)
                        : FormatSpec.formatInt(v.big, spec, "int", limit);
            }
            if (c == PyFloat.class) {
                return FormatSpec.formatFloat(((PyFloat) obj).value, spec, "float");
            }
            if (c == PyStr.class) {
                return FormatSpec.formatStr(((PyStr) obj).value(), spec, "str");
            }
        } catch (NumericError e) {
            throw Errors.numeric(e);
        }
        return null;
    }

    private static PyException error(String message) {
        return Errors.valueError(message);
    }

    /** build_string/do_markup over s[from:to]. */
    private String build(int from, int to, int depth) {
        if (depth <= 0) {
            throw error("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(to - from + 16);
        int pos = from;
        while (pos < to) {
            // MarkupIterator_next: literal text up to a brace
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < to) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= to;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw error("Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{') {
                throw error("Single '{' encountered in format string");
            }
            if (markup) {
                if (s.charAt(pos) == c) {
                    pos++; // an escaped brace: the literal keeps one, no field follows
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(s, start, start + len);
            if (markup) {
                pos = field(pos, to, depth, out);
            }
        }
        return out.toString();
    }

    /** parse_field + output_markup for the field starting at pos (just after '{'); returns the end. */
    private int field(int pos, int to, int depth, StringBuilder out) {
        int nameStart = pos;
        char c = 0;
        scan:
        while (pos < to) {
            c = s.charAt(pos++);
            switch (c) {
                case '{':
                    throw error("unexpected '{' in field name");
                case '[':
                    while (pos < to && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                case '}':
                case ':':
                case '!':
                    break scan;
                default:
                    continue;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (pos >= to) {
                    throw error("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < to) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        specFollows = false;
                        specStart = specEnd = pos;
                    } else if (c != ':') {
                        throw error("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < to) {
                    c = s.charAt(pos++);
                    if (c == '{') {
                        expand = true;
                        count++;
                    } else if (c == '}' && --count == 0) {
                        specEnd = pos - 1;
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw error("unmatched '{' in format spec");
                }
            }
        } else if (c != '}') {
            throw error("expected '}' before end of string");
        }
        PyObject obj = fieldObject(nameStart, nameEnd);
        if (conversion != 0) {
            obj = convert(ts, obj, conversion);
        }
        String spec = expand ? build(specStart, specEnd, depth - 1) : s.substring(specStart, specEnd);
        // exact str, int and float straight into the text; other objects through their __format__
        String exact = spec.isEmpty() && obj.getClass() == PyStr.class ? ((PyStr) obj).value()
                : formatExact(ts, obj, spec);
        out.append(exact != null ? exact : ((PyStr) formatObject(ts, obj, PyStr.of(spec))).value());
        return pos;
    }

    /** do_conversion: !r, !s, !a. */
    static PyObject convert(ThreadState ts, PyObject obj, int conversion) {
        switch (conversion) {
            case 'r':
                return PyStr.of(Abstract.repr(ts, obj));
            case 's':
                return Abstract.strObject(ts, obj);
            case 'a':
                return PyStr.of(Formats.ascii(Abstract.repr(ts, obj)));
            default:
                if (conversion > 32 && conversion < 127) {
                    throw error("Unknown conversion specifier " + (char) conversion);
                }
                throw error("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
        }
    }

    /** get_integer: the value of an all-decimal-digit name, or -1. */
    private int integer(int from, int to) {
        if (from >= to) {
            return -1;
        }
        long acc = 0;
        for (int i = from; i < to;) {
            int cp = s.codePointAt(i);
            int d = cp <= '9' && cp >= '0' ? cp - '0' : cp < 128 ? -1 : UnicodeDb.decimal(cp);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw error("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            i += Character.charCount(cp);
        }
        return acc > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) acc;
    }

    /** get_field_object: the argument named by the field name, then its .attr and [key] parts. */
    private PyObject fieldObject(int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        int index = integer(from, i);
        boolean empty = i == from;
        if (empty || index != -1) {
            if (numbering == 0) {
                numbering = empty ? 1 : 2;
            }
            if (numbering == 2 && empty) {
                throw error("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == 1 && !empty) {
                throw error("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = nextAuto++;
            }
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = PyStr.of(s.substring(from, i));
            if (kwargs == null) {
                throw Errors.keyError(key);
            }
            obj = Subscripts.getitem(ts, kwargs, key);
        } else {
            if (args == null) {
                throw error("Format string contains positional fields");
            }
            if (index >= args.size()) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args.get(index);
        }
        while (i < to) {
            char c = s.charAt(i++);
            int start = i;
            PyObject next;
            if (c == '.') {
                while (i < to && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw error("Empty attribute in format string");
                }
                next = Attributes.getattr(ts, obj, s.substring(start, i));
            } else if (c == '[') {
                while (i < to && s.charAt(i) != ']') {
                    i++;
                }
                if (i >= to) {
                    throw error("Missing ']' in format string");
                }
                int end = i++;
                if (end == start) {
                    throw error("Empty attribute in format string");
                }
                int k = integer(start, end);
                next = Subscripts.getitem(ts, obj, k == -1 ? PyStr.of(s.substring(start, end)) : PyInt.of(k));
            } else {
                throw error("Only '.' or '[' may follow ']' in format field specifier");
            }
            obj = next;
        }
        return obj;
    }
}
