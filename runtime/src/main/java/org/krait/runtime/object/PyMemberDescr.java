package org.krait.runtime.object;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;

/** {@code member_descriptor}: one {@code __slots__} entry, stored in {@link PyInstance#slots}. */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", null, 0, null,
            org.krait.runtime.types.DataDescriptorMethods::defineMember);

    public final PyType owner;
    public final String name;
    public final int index;

    public PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(PyObject obj) {
        PyObject v = obj instanceof PyInstance && ((PyInstance) obj).slots != null ? ((PyInstance) obj).slots[index] : null;
        if (v == null) {
            throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'", obj, name);
        }
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        PyInstance inst = (PyInstance) obj;
        if (value == null && inst.slots[index] == null) {
            throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "'" + obj.type().name() + "' object has no attribute '"
                    + name + "'");
        }
        inst.slots[index] = value;
    }
}
