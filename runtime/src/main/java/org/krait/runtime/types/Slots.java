package org.krait.runtime.types;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyMemberDescr;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;

/** {@code __slots__} and the {@code __dict__} descriptor of a new class (type_new_slots, type_new_descriptors). */
final class Slots {
    private Slots() {
    }

    static void apply(ThreadState ts, PyType t, PyDict dict, PyType[] bases) {
        int inherited = 0;
        boolean baseHasDict = false;
        for (PyType b : bases) {
            inherited = Math.max(inherited, b.slotCount());
            baseHasDict |= b.isHeapType() ? b.hasInstanceDict() : b.layout() != PyType.OBJECT && hasBuiltinDict(b);
        }
        PyObject slots = dict.getStr("__slots__");
        if (slots == null) {
            if (t.lookup("__weakref__") == null) {
                dict.putStr("__weakref__", org.krait.runtime.object.PyGetSetDescr.readOnly(t, "__weakref__",
                        o -> org.krait.runtime.object.PyNone.NONE));
            }
            t.setSlotCount(inherited);
            t.setHasInstanceDict(true);
            if (!baseHasDict) {
                dict.putStr("__dict__", DictDescriptor.INSTANCE);
            }
            return;
        }
        List<PyObject> names = slots instanceof PyStr ? List.of(slots) : TypeMethods.toList(ts, slots);
        boolean wantDict = false;
        int n = inherited;
        for (PyObject nameObj : names) {
            if (!(nameObj instanceof PyStr)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + nameObj.type().name() + "'");
            }
            String name = ((PyStr) nameObj).value();
            if (name.equals("__dict__")) {
                wantDict = true;
                continue;
            }
            if (name.equals("__weakref__")) {
                continue;
            }
            String mangled = name.startsWith("__") && !name.endsWith("__")
                    ? "_" + t.name().replaceFirst("^_+", "") + name : name;
            if (dict.getStr(mangled) != null) {
                throw Errors.valueError("'" + name + "' in __slots__ conflicts with class variable");
            }
            dict.putStr(mangled, new PyMemberDescr(t, mangled, n++));
        }
        t.setSlotCount(n);
        t.setHasInstanceDict(wantDict || baseHasDict);
        if (wantDict && !baseHasDict) {
            dict.putStr("__dict__", DictDescriptor.INSTANCE);
        }
    }

    /** Whether instances of built-in {@code b} already have a __dict__ (type, function, module, BaseException). */
    private static boolean hasBuiltinDict(PyType b) {
        return b.layout().lookup("__dict__") != null;
    }
}
