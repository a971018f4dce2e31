package org.krait.runtime.builtins;

import java.util.Map;

import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyClassMethod;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyEllipsis;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyProperty;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStaticMethod;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.BuiltinIterators;

/** The {@code builtins} module of one interpreter: the built-in types, constants and functions. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict;
        d.putStr("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        d.putStr("None", PyNone.NONE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("Ellipsis", PyEllipsis.ELLIPSIS);
        d.putStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        d.putStr("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
            org.krait.runtime.object.PyComplex.TYPE, PyStr.TYPE,
            org.krait.runtime.object.PyBytes.TYPE, org.krait.runtime.object.PyByteArray.TYPE,
            org.krait.runtime.object.PyMemoryView.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySlice.TYPE, PyProperty.TYPE, PyClassMethod.TYPE,
            PyStaticMethod.TYPE, org.krait.runtime.object.PySet.TYPE,
            org.krait.runtime.object.PySet.FROZENSET_TYPE, org.krait.runtime.ceval.Supers.TYPE,
            org.krait.runtime.object.PyRange.TYPE, BuiltinIterators.ENUMERATE, BuiltinIterators.REVERSED,
            BuiltinIterators.ZIP, BuiltinIterators.MAP, BuiltinIterators.FILTER}) {
            d.putStr(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
            d.putStr(e.getKey(), e.getValue());
        }
        CoreFunctions.define(m);
        org.krait.runtime.generators.AsyncBuiltins.define(m);
        ObjectFunctions.define(m);
        NumericFunctions.define(m);
        IterableFunctions.define(m);
        ExecFunctions.define(m);
        OpenFunction.define(m);
        return m;
    }
}
