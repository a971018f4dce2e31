package org.krait.runtime.types;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.BuiltinBody;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.WideText;

/**
 * Runs a String-based str method exactly when a str argument holds lone surrogates (ADR 0008):
 * the str arguments (and strs directly inside a tuple argument) are replaced by their shadow
 * forms, in which no two code points can merge, and strs in the result are mapped back. Every
 * index, count and length stays the same, since the mapping is one code point to one.
 */
final class WideStrCalls {
    private WideStrCalls() {
    }

    static BuiltinBody exact(BuiltinBody body) {
        return (ts, a) -> callExact(ts, body, a);
    }

    /** Calls {@code body}, on shadow forms when an argument has lone surrogates. */
    static PyObject callExact(ThreadState ts, BuiltinBody body, PyObject[] a) {
        return needsShadow(a, false) ? shadowCall(ts, body, a) : body.call(ts, a);
    }

    /**
     * For %-formatting: shadow forms only when an argument is wide, since a {@code %r} of a shadow
     * form would print the shadow code points; a lone surrogate alone keeps the String path.
     */
    static BuiltinBody exactIfWide(BuiltinBody body) {
        return (ts, a) -> needsShadow(a, true) ? shadowCall(ts, body, a) : body.call(ts, a);
    }

    /** Cheap for ordinary strs: only a str with surrogates (a cached flag) is looked at further. */
    private static boolean needsShadow(PyObject[] a, boolean wideOnly) {
        for (PyObject o : a) {
            if (o instanceof PyStr s && needsShadow(s, wideOnly)) {
                return true;
            }
            if (o instanceof PyTuple t) {
                for (PyObject x : t.items) {
                    if (x instanceof PyStr s && needsShadow(s, wideOnly)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean needsShadow(PyStr s, boolean wideOnly) {
        return !s.isBmp() && (wideOnly ? s.isWide() : WideText.hasLoneSurrogate(s));
    }

    private static PyObject shadowCall(ThreadState ts, BuiltinBody body, PyObject[] a) {
        PyObject[] args = a.clone();
        for (int i = 0; i < args.length; i++) {
            PyObject o = args[i];
            if (o instanceof PyStr s) {
                String sh = WideText.shadow(s);
                if (sh == null) {
                    return body.call(ts, a); // the text holds shadow-range code points: merged text it is
                }
                args[i] = PyStr.of(sh);
            } else if (o instanceof PyTuple t) {
                PyObject[] items = t.items.clone();
                for (int k = 0; k < items.length; k++) {
                    if (items[k] instanceof PyStr s) {
                        String sh = WideText.shadow(s);
                        if (sh == null) {
                            return body.call(ts, a);
                        }
                        items[k] = PyStr.of(sh);
                    }
                }
                args[i] = PyTuple.of(items);
            }
        }
        return back(body.call(ts, args));
    }

    private static PyObject back(PyObject r) {
        if (r instanceof PyStr s) {
            return WideText.unshadow(s.value());
        }
        if (r instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                l.items[i] = back(l.items[i]);
            }
            return l;
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(items[i]);
            }
            return PyTuple.of(items);
        }
        return r;
    }
}
