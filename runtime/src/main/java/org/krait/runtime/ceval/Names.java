package org.krait.runtime.ceval;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCell;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Subscripts;

/**
 * Name access opcodes called from generated code: LOAD_NAME/STORE_NAME/DELETE_NAME on a locals
 * mapping, LOAD_GLOBAL/STORE_GLOBAL/DELETE_GLOBAL, and the cell ops' error paths.
 */
public final class Names {
    private Names() {
    }

    /** LOAD_GLOBAL: module globals, then the function's builtins. */
    public static PyObject loadGlobal(ThreadState ts, PyFunction fn, String name) {
        PyObject v = fn.globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = fn.builtins.getStr(name);
        if (v != null) {
            return v;
        }
        throw Errors.nameError(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined", name);
    }

    /**
     * LOAD_GLOBAL with a cache per site: while neither the globals nor the builtins dict has gained
     * or lost a key (their versions), the name still lives in the same entry, whose value is read
     * directly (values are updated in place).
     */
    public static PyObject loadGlobalCached(ThreadState ts, PyFunction fn, String name, int site) {
        int[] c = fn.globalCache;
        int k = site * 3;
        if (c != null && k < c.length && c[k] == fn.globals.version() && c[k + 1] == fn.builtins.version()) {
            int e = c[k + 2];
            if (e >= 0) {
                return fn.globals.valueAt(e);
            }
            if (e < -1) {
                return fn.builtins.valueAt(-2 - e);
            }
        }
        return fillGlobalCache(ts, fn, name, k);
    }

    private static PyObject fillGlobalCache(ThreadState ts, PyFunction fn, String name, int k) {
        int[] c = fn.globalCache;
        if (c == null || k >= c.length) {
            c = java.util.Arrays.copyOf(c == null ? new int[0] : c, Math.max(k + 3, c == null ? 12 : c.length * 2));
            fn.globalCache = c;
        }
        int e = fn.globals.entryOfStr(name);
        int code;
        if (e >= 0) {
            code = e;
        } else {
            int b = fn.builtins.entryOfStr(name);
            if (b < 0) {
                return loadGlobal(ts, fn, name); // raises NameError
            }
            code = -2 - b;
        }
        c[k] = fn.globals.version();
        c[k + 1] = fn.builtins.version();
        c[k + 2] = code;
        return code >= 0 ? fn.globals.valueAt(code) : fn.builtins.valueAt(-2 - code);
    }

    public static void storeGlobal(PyFunction fn, String name, PyObject v) {
        fn.globals.putStr(name, v);
    }

    public static void deleteGlobal(PyFunction fn, String name) {
        if (fn.globals.removeStr(name) == null) {
            throw Errors.nameError(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined", name);
        }
    }

    /** LOAD_NAME: locals mapping, globals, builtins. */
    public static PyObject loadName(ThreadState ts, PyFunction fn, PyObject locals, String name) {
        PyObject v = lookupLocals(ts, locals, name);
        if (v != null) {
            return v;
        }
        return loadGlobal(ts, fn, name);
    }

    private static PyObject lookupLocals(ThreadState ts, PyObject locals, String name) {
        if (locals.getClass() == PyDict.class) {
            return ((PyDict) locals).getStr(name);
        }
        try {
            return Subscripts.getitem(ts, locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    public static void storeName(ThreadState ts, PyObject locals, String name, PyObject v) {
        if (locals.getClass() == PyDict.class) {
            ((PyDict) locals).putStr(name, v);
        } else {
            Subscripts.setitem(ts, locals, PyStr.of(name), v);
        }
    }

    public static void deleteName(ThreadState ts, PyObject locals, String name) {
        try {
            if (locals.getClass() == PyDict.class) {
                if (((PyDict) locals).removeStr(name) == null) {
                    throw Errors.keyError(PyStr.of(name));
                }
            } else {
                Subscripts.delitem(ts, locals, PyStr.of(name));
            }
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.KEY_ERROR)) {
                throw Errors.nameError(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined", name);
            }
            throw e;
        }
    }

    /** LOAD_FROM_DICT_OR_GLOBALS (class bodies of PEP 695 scopes): the mapping, then globals/builtins. */
    public static PyObject loadFromDictOrGlobals(ThreadState ts, PyFunction fn, PyObject mapping, String name) {
        return loadName(ts, fn, mapping, name);
    }

    /** LOAD_FROM_DICT_OR_DEREF: the class namespace first, then the cell. */
    public static PyObject loadFromDictOrDeref(ThreadState ts, PyObject mapping, PyObject cell, String name,
            boolean free) {
        PyObject v = lookupLocals(ts, mapping, name);
        if (v != null) {
            return v;
        }
        return loadDeref((PyCell) cell, name, free);
    }

    /** LOAD_FAST_CHECK / LOAD_FAST of an unbound local. */
    public static PyException unboundLocal(String name) {
        return Errors.nameError(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value", name);
    }

    public static PyObject loadDeref(PyCell cell, String name, boolean free) {
        PyObject v = cell.contents;
        if (v == null) {
            throw unboundDeref(name, free);
        }
        return v;
    }

    public static PyException unboundDeref(String name, boolean free) {
        if (free) {
            return Errors.nameError(ExceptionTypes.NAME_ERROR, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope", name);
        }
        return unboundLocal(name);
    }

    public static void deleteDeref(PyCell cell, String name, boolean free) {
        if (cell.contents == null) {
            throw unboundDeref(name, free);
        }
        cell.contents = null;
    }
}
