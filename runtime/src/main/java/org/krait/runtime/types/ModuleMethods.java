package org.krait.runtime.types;

import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.TypeBuilder;

/** The methods of module objects. */
public final class ModuleMethods {
    private ModuleMethods() {
    }

    public static void define(TypeBuilder b) {
        b.method("__repr__($self, /)", (ts, a) -> {
            PyModule m = (PyModule) a[0];
            String name = m.name();
            return PyStr.of(name.equals("builtins") || name.equals("sys") ? "<module '" + name + "' (built-in)>"
                    : "<module '" + name + "'>");
        });
        b.method("__dir__($self, /)", (ts, a) -> Builtin.dirOf(ts, a[0]));
        b.getter("__dict__", o -> ((PyModule) o).dict);
    }
}
