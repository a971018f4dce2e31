package org.krait.runtime.ops;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBuiltinFunction;
import org.krait.runtime.object.PyClassMethod;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyGetSetDescr;
import org.krait.runtime.object.PyInstance;
import org.krait.runtime.object.PyMemberDescr;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyProperty;
import org.krait.runtime.object.PyStaticMethod;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.DictDescriptor;

/**
 * Attribute access as Objects/object.c and typeobject.c define it: PyObject_GenericGetAttr,
 * type_getattro, the descriptor protocol and {@code __getattr__}/{@code __getattribute__} hooks.
 */
public final class Attributes {
    private Attributes() {
    }

    /** {@code getattr(obj, name)} (PyObject_GetAttr). */
    public static PyObject getattr(ThreadState ts, PyObject obj, String name) {
        try {
            return getattrNoContext(ts, obj, name);
        } catch (PyException e) {
            addErrorContext(e, obj, name);
            throw e;
        }
    }

    /**
     * set_attribute_error_context: an AttributeError escaping an attribute lookup gets {@code name}
     * and {@code obj} (for suggestions), unless it already has either.
     */
    static void addErrorContext(PyException e, PyObject obj, String name) {
        if (!e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
            return;
        }
        PyObject n = e.value.attr("name");
        PyObject o = e.value.attr("obj");
        if ((n == null || n == org.krait.runtime.object.PyNone.NONE)
                && (o == null || o == org.krait.runtime.object.PyNone.NONE)) {
            e.value.setAttr("name", PyStr.of(name));
            e.value.setAttr("obj", obj);
        }
    }

    private static PyObject getattrNoContext(ThreadState ts, PyObject obj, String name) {
        PyType t = obj.type();
        if (t.isHeapType()) {
            PyObject getattribute = t.lookupSlot(PyType.SLOT_GETATTRIBUTE);
            if (getattribute != org.krait.runtime.types.ObjectMethods.Slots.GETATTRIBUTE && !(obj instanceof PyType)) {
                return customGetattr(ts, obj, name, getattribute);
            }
            PyObject getattrHook = t.lookupSlot(PyType.SLOT_GETATTR);
            if (getattrHook != null) {
                try {
                    return genericGetattr(ts, obj, name);
                } catch (PyException e) {
                    if (!e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    return Calls.call(ts, bindDescriptor(ts, getattrHook, obj, t), PyStr.of(name));
                }
            }
        }
        if (obj instanceof PyType) {
            return typeGetattr(ts, (PyType) obj, name);
        }
        PyObject getattribute = t.lookupSlot(PyType.SLOT_GETATTRIBUTE);
        if (getattribute != org.krait.runtime.types.ObjectMethods.Slots.GETATTRIBUTE) {
            // built-in types with their own __getattribute__: super, bound methods, GenericAlias
            return Calls.callMethod(ts, getattribute, obj, new PyObject[] {PyStr.of(name)}, null);
        }
        return genericGetattr(ts, obj, name);
    }

    private static PyObject customGetattr(ThreadState ts, PyObject obj, String name, PyObject getattribute) {
        PyType t = obj.type();
        PyObject getattrHook = t.lookupSlot(PyType.SLOT_GETATTR);
        try {
            return Calls.call(ts, bindDescriptor(ts, getattribute, obj, t), PyStr.of(name));
        } catch (PyException e) {
            if (getattrHook == null || !e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return Calls.call(ts, bindDescriptor(ts, getattrHook, obj, t), PyStr.of(name));
        }
    }

    /** {@code getattr(obj, name, None)}-style: the attribute or null, swallowing only AttributeError. */
    public static PyObject lookupOrNull(ThreadState ts, PyObject obj, String name) {
        if (obj instanceof PyInstance) {
            // _PyObject_LookupAttr's shortcut: with the generic __getattribute__, no __getattr__
            // and no class attribute of that name, a missing attribute makes no AttributeError
            PyType t = obj.type();
            if (t.lookupSlot(PyType.SLOT_GETATTRIBUTE) == org.krait.runtime.types.ObjectMethods.Slots.GETATTRIBUTE
                    && t.lookupSlot(PyType.SLOT_GETATTR) == null && t.lookup(name) == null) {
                return instanceAttr(obj, name);
            }
        }
        try {
            return getattr(ts, obj, name);
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** PyObject_GenericGetAttr (object.__getattribute__). */
    public static PyObject genericGetattr(ThreadState ts, PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return bindDescriptor(ts, descr, obj, t);
        }
        PyObject v = instanceAttr(obj, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return bindDescriptor(ts, descr, obj, t);
        }
        throw noAttribute(ts, obj, name);
    }

    /** The value of {@code name} in the instance's attributes, inline or in its dict (none made for it), or null. */
    static PyObject instanceAttr(PyObject obj, String name) {
        if (obj instanceof PyInstance && ((PyInstance) obj).dictIfAny() == null) {
            return ((PyInstance) obj).inlineGet(name);
        }
        PyDict d = obj.instanceDict();
        return d == null ? null : d.getStr(name);
    }

    /** type_getattro: metatype data descriptors, then the class's own MRO, then metatype attributes. */
    public static PyObject typeGetattr(ThreadState ts, PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(ts, metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            return bindDescriptor(ts, attr, null, type);
        }
        if (metaAttr != null) {
            return bindDescriptor(ts, metaAttr, type, meta);
        }
        throw Errors.attributeError("type object '" + type.name() + "' has no attribute '" + name + "'", type, name);
    }

    public static PyException noAttribute(ThreadState ts, PyObject obj, String name) {
        if (obj instanceof PyModule) {
            return Errors.attributeError("module '" + ((PyModule) obj).name() + "' has no attribute '" + name + "'",
                    obj, name);
        }
        return Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'", obj, name);
    }

    public static boolean isDataDescriptor(PyObject d) {
        if (d instanceof PyProperty || d instanceof PyGetSetDescr || d instanceof PyMemberDescr
                || d instanceof DictDescriptor) {
            return true;
        }
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyBuiltinFunction
                || d instanceof PyStr) {
            return false;
        }
        PyType dt = d.type();
        return dt.isHeapType() && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
    }

    /** The descriptor's {@code __get__(instance, owner)}; {@code instance} null for class access. */
    public static PyObject bindDescriptor(ThreadState ts, PyObject descr, PyObject instance, PyType owner) {
        if (descr instanceof PyFunction) {
            return instance == null ? descr : new PyMethod(descr, instance);
        }
        if (descr instanceof PyMethodDescr) {
            return ((PyMethodDescr) descr).bind(instance);
        }
        if (descr instanceof org.krait.runtime.object.PyClassMethodDescr) {
            return ((org.krait.runtime.object.PyClassMethodDescr) descr).bind(instance, owner);
        }
        if (descr instanceof PyClassMethod) {
            return new PyMethod(((PyClassMethod) descr).callable, owner);
        }
        if (descr instanceof PyStaticMethod) {
            return ((PyStaticMethod) descr).callable;
        }
        if (descr instanceof PyProperty) {
            if (instance == null) {
                return descr;
            }
            PyProperty p = (PyProperty) descr;
            if (p.fget == null || p.fget == org.krait.runtime.object.PyNone.NONE) {
                throw Errors.attributeError("property " + propertyName(ts, p) + "of '" + owner.name()
                        + "' object has no getter", instance, "");
            }
            return Calls.call(ts, p.fget, instance);
        }
        if (descr instanceof PyGetSetDescr) {
            return instance == null ? descr : ((PyGetSetDescr) descr).get(ts, instance);
        }
        if (descr instanceof PyMemberDescr) {
            return instance == null ? descr : ((PyMemberDescr) descr).get(instance);
        }
        if (descr instanceof DictDescriptor) {
            return instance == null ? descr : DictDescriptor.get(instance);
        }
        PyType dt = descr.type();
        if (dt.isHeapType() || descr instanceof PyType) {
            PyObject get = dt.lookup("__get__");
            if (get != null && !(descr instanceof PyType)) {
                return Calls.call(ts, bindDescriptor(ts, get, descr, dt),
                        instance == null ? org.krait.runtime.object.PyNone.NONE : instance, owner);
            }
        }
        return descr;
    }

    static String propertyName(ThreadState ts, PyProperty p) {
        if (p.name instanceof PyStr) {
            return "'" + ((PyStr) p.name).value() + "' ";
        }
        return "";
    }

    /** {@code setattr(obj, name, value)}; {@code value} null deletes ({@code delattr}). */
    public static void setattr(ThreadState ts, PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        if (t.isHeapType()) {
            PyObject hook = t.lookupSlot(value == null ? PyType.SLOT_DELATTR : PyType.SLOT_SETATTR);
            if (hook != (value == null ? org.krait.runtime.types.ObjectMethods.Slots.DELATTR : org.krait.runtime.types.ObjectMethods.Slots.SETATTR) && !(obj instanceof PyType)) {
                if (value == null) {
                    Calls.call(ts, bindDescriptor(ts, hook, obj, t), PyStr.of(name));
                } else {
                    Calls.call(ts, bindDescriptor(ts, hook, obj, t), PyStr.of(name), value);
                }
                return;
            }
        }
        if (obj instanceof PyType) {
            org.krait.runtime.types.TypeMethods.setTypeAttr(ts, (PyType) obj, name, value);
            return;
        }
        genericSetattr(ts, obj, name, value);
    }

    /** PyObject_GenericSetAttr (object.__setattr__ / object.__delattr__). */
    public static void genericSetattr(ThreadState ts, PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && setViaDescriptor(ts, descr, obj, value)) {
            return;
        }
        PyDict d = obj.instanceDict();
        if (d == null || obj instanceof PyType) {
            if (descr == null) {
                throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name + "'", obj, name);
            }
            throw Errors.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only", obj, name);
        }
        if (value == null) {
            if (d.removeStr(name) == null) {
                // the delete path sets no .name/.obj (CPython's _PyObject_GenericSetAttrWithDict)
                throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.ATTRIBUTE_ERROR,
                        "'" + t.name() + "' object has no attribute '" + name + "'");
            }
        } else {
            d.putStr(name, value);
        }
    }

    /** Runs a data descriptor's __set__/__delete__; false if {@code descr} is not a data descriptor. */
    static boolean setViaDescriptor(ThreadState ts, PyObject descr, PyObject obj, PyObject value) {
        if (descr instanceof PyProperty) {
            PyProperty p = (PyProperty) descr;
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == null || f == org.krait.runtime.object.PyNone.NONE) {
                throw Errors.attributeError("property " + propertyName(ts, p) + "of '" + obj.type().name()
                        + "' object has no " + (value == null ? "deleter" : "setter"), obj, "");
            }
            if (value == null) {
                Calls.call(ts, f, obj);
            } else {
                Calls.call(ts, f, obj, value);
            }
            return true;
        }
        if (descr instanceof PyGetSetDescr) {
            ((PyGetSetDescr) descr).set(ts, obj, value);
            return true;
        }
        if (descr instanceof PyMemberDescr) {
            ((PyMemberDescr) descr).set(obj, value);
            return true;
        }
        if (descr instanceof DictDescriptor) {
            DictDescriptor.set(ts, obj, value);
            return true;
        }
        PyType dt = descr.type();
        if (dt.isHeapType()) {
            PyObject m = dt.lookup(value == null ? "__delete__" : "__set__");
            if (m != null) {
                if (value == null) {
                    Calls.call(ts, bindDescriptor(ts, m, descr, dt), obj);
                } else {
                    Calls.call(ts, bindDescriptor(ts, m, descr, dt), obj, value);
                }
                return true;
            }
            if (dt.lookup(value == null ? "__set__" : "__delete__") != null) {
                throw Errors.attributeError(value == null ? "__delete__" : "__set__", obj, "");
            }
        }
        return false;
    }


    /** Looks a special method up on the type only (as _PyObject_LookupSpecial), bound; or null. */
    public static PyObject lookupSpecial(ThreadState ts, PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        return descr == null ? null : bindDescriptor(ts, descr, obj, t);
    }
}
