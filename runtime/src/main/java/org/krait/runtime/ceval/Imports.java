package org.krait.runtime.ceval;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Subscripts;

/**
 * IMPORT_NAME / IMPORT_FROM / import *. Until the import system arrives with the standard library,
 * only modules already in {@code sys.modules} and the Java modules the interpreter knows import.
 */
public final class Imports {
    private Imports() {
    }

    public static PyObject importName(ThreadState ts, PyFunction fn, String name, PyObject fromlist, PyObject level) {
        PyObject m = ts.interp.modules.getStr(name);
        if (m == null) {
            m = ts.interp.javaModule(name);
        }
        if (m == null) {
            PyBaseException e = Errors.create(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            e.setAttr("name", PyStr.of(name));
            throw new PyException(e);
        }
        return m;
    }

    public static PyObject importFrom(ThreadState ts, PyObject module, String name) {
        try {
            return Attributes.getattr(ts, module, name);
        } catch (PyException e) {
            if (!e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            String modName = module instanceof PyModule ? ((PyModule) module).name() : "?";
            PyBaseException err = Errors.create(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name
                    + "' from '" + modName + "' (unknown location)");
            err.setAttr("name", PyStr.of(modName));
            err.setAttr("name_from", PyStr.of(name));
            throw new PyException(err);
        }
    }

    static void importStar(ThreadState ts, PyObject module, PyObject locals) {
        PyDict d = module.instanceDict();
        for (int e = 0; e < d.entryLimit(); e++) {
            PyObject k = d.keyAt(e);
            if (k instanceof PyStr && !((PyStr) k).value().startsWith("_")) {
                Subscripts.setitem(ts, locals, k, d.valueAt(e));
            }
        }
    }
}
