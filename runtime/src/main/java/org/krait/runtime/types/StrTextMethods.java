package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;

/** The text-processing methods of {@code str} (split, strip, case, search, replace …). */
final class StrTextMethods {
    private StrTextMethods() {
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    static void define(TypeBuilder b) {
        b.method("upper($self, /)", (ts, a) -> PyStr.of(s(a[0]).toUpperCase(java.util.Locale.ROOT)));
        b.method("lower($self, /)", (ts, a) -> PyStr.of(s(a[0]).toLowerCase(java.util.Locale.ROOT)));
        b.method("strip($self, chars=None, /)", (ts, a) -> PyStr.of(strip(s(a[0]), a[1], true, true)));
        b.method("lstrip($self, chars=None, /)", (ts, a) -> PyStr.of(strip(s(a[0]), a[1], true, false)));
        b.method("rstrip($self, chars=None, /)", (ts, a) -> PyStr.of(strip(s(a[0]), a[1], false, true)));
        b.method("split($self, /, sep=None, maxsplit=-1)", (ts, a) -> split(s(a[0]), a[1], a[2]));
        b.method("startswith($self, prefix, start=None, end=None, /)", (ts, a) -> PyBool.of(affix(s(a[0]), a[1], true)));
        b.method("endswith($self, suffix, start=None, end=None, /)", (ts, a) -> PyBool.of(affix(s(a[0]), a[1], false)));
        b.method("replace($self, old, new, count=-1, /)", (ts, a) -> PyStr.of(s(a[0]).replace(
                StrMethods.arg(a[1], "replace() argument 1"), StrMethods.arg(a[2], "replace() argument 2"))));
        b.method("find($self, sub, start=None, end=None, /)", (ts, a) -> PyInt.of(s(a[0]).indexOf(s(a[1]))));
    }

    private static String strip(String v, PyObject chars, boolean left, boolean right) {
        int i = 0;
        int j = v.length();
        String set = chars == PyNone.NONE ? null : StrMethods.arg(chars, "strip arg");
        while (left && i < j && (set == null ? Character.isWhitespace(v.charAt(i)) : set.indexOf(v.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (set == null ? Character.isWhitespace(v.charAt(j - 1))
                : set.indexOf(v.charAt(j - 1)) >= 0)) {
            j--;
        }
        return v.substring(i, j);
    }

    private static PyObject split(String v, PyObject sepObj, PyObject maxObj) {
        long max = ((PyInt) maxObj).value;
        PyList out = new PyList();
        if (sepObj == PyNone.NONE) {
            int i = 0;
            int n = v.length();
            while (true) {
                while (i < n && Character.isWhitespace(v.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size == max) {
                    out.append(PyStr.of(v.substring(i).stripTrailing()));
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(v.charAt(j))) {
                    j++;
                }
                out.append(PyStr.of(v.substring(i, j)));
                i = j;
            }
            return out;
        }
        String sep = StrMethods.arg(sepObj, "must be str or None");
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (max < 0 || out.size < max) {
            int j = v.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(PyStr.of(v.substring(i, j)));
            i = j + sep.length();
        }
        out.append(PyStr.of(v.substring(i)));
        return out;
    }

    private static boolean affix(String v, PyObject arg, boolean prefix) {
        if (arg instanceof PyTuple) {
            for (PyObject o : ((PyTuple) arg).items) {
                if (affix(v, o, prefix)) {
                    return true;
                }
            }
            return false;
        }
        String x = StrMethods.arg(arg, prefix ? "startswith first arg" : "endswith first arg");
        return prefix ? v.startsWith(x) : v.endsWith(x);
    }
}
