package org.krait.runtime.object;

import org.krait.runtime.types.ModuleMethods;

/** A module object: its namespace dict ({@code __dict__}). Belongs to one interpreter. */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", null, PyType.BASETYPE, null, ModuleMethods::define);

    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", PyStr.of(name));
        }
        for (String a : new String[] {"__doc__", "__package__", "__loader__", "__spec__"}) {
            if (dict.getStr(a) == null) {
                dict.putStr(a, PyNone.NONE);
            }
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value() : "?";
    }

    /** Adds a built-in function to this module's namespace. */
    public void def(String signature, BuiltinBody body) {
        PyBuiltinFunction f = PyBuiltinFunction.of(signature, body);
        String module = name();
        if (!module.equals("builtins")) {
            f.spec.ownedBy(module); // "math.sqrt() takes exactly one argument" (_PyObject_FunctionStr)
        }
        dict.putStr(f.name(), f);
    }
}
