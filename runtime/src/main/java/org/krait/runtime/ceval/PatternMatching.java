package org.krait.runtime.ceval;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.builtins.CoreFunctions;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyByteArray;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInstance;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyMemoryView;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyRange;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.types.MappingProxy;

/** The opcodes of {@code match}: MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS. */
public final class PatternMatching {
    private PatternMatching() {
    }

    /** Built-in types whose class pattern with one positional sub-pattern matches the subject itself. */
    private static final PyType[] MATCH_SELF = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE,
        PyFloat.TYPE, PySet.FROZENSET_TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};
    /** Types flagged Py_TPFLAGS_SEQUENCE (inherited by subclasses). */
    private static final PyType[] SEQUENCES = {PyList.TYPE, PyTuple.TYPE, PyRange.TYPE, PyMemoryView.TYPE};
    /** Types flagged Py_TPFLAGS_MAPPING. */
    private static final PyType[] MAPPINGS = {PyDict.TYPE, MappingProxy.TYPE};

    private static boolean inherits(PyType t, PyType[] flagged) {
        for (PyType f : flagged) {
            if (t.isSubtypeOf(f)) {
                return true;
            }
        }
        return false;
    }

    /** MATCH_SEQUENCE. */
    public static PyObject isSequence(PyObject subject) {
        return PyBool.of(inherits(subject.type(), SEQUENCES));
    }

    /** MATCH_MAPPING. */
    public static PyObject isMapping(PyObject subject) {
        return PyBool.of(inherits(subject.type(), MAPPINGS));
    }

    /** MATCH_CLASS: the tuple of the sub-pattern subjects, or None when the subject does not match. */
    public static PyObject matchClass(ThreadState ts, PyObject subject, PyObject type, int nargs, PyObject names) {
        if (!(type instanceof PyType)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        PyType cls = (PyType) type;
        if (!CoreFunctions.isinstance(ts, subject, cls)) {
            return PyNone.NONE;
        }
        PyDict seen = new PyDict();
        List<PyObject> attrs = new ArrayList<>();
        if (nargs > 0) {
            boolean matchSelf = false;
            PyObject matchArgs;
            try {
                matchArgs = Attributes.getattr(ts, cls, "__match_args__");
                if (!(matchArgs instanceof PyTuple) || matchArgs.type() != PyTuple.TYPE) {
                    throw Errors.typeError(cls.name() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().name() + ")");
                }
            } catch (PyException e) {
                if (!e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                matchArgs = PyTuple.EMPTY;
                matchSelf = inherits(cls, MATCH_SELF);
            }
            PyTuple args = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : args.size();
            if (allowed < nargs) {
                throw Errors.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = args.get(i);
                    if (name.type() != PyStr.TYPE) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + name.type().name()
                                + ")");
                    }
                    PyObject attr = classAttr(ts, subject, cls, (PyStr) name, seen);
                    if (attr == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(attr);
                }
            }
        }
        for (PyObject name : ((PyTuple) names).items) {
            PyObject attr = classAttr(ts, subject, cls, (PyStr) name, seen);
            if (attr == null) {
                return PyNone.NONE;
            }
            attrs.add(attr);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    /** match_class_attr: the attribute, or null when the subject lacks it. */
    private static PyObject classAttr(ThreadState ts, PyObject subject, PyType cls, PyStr name, PyDict seen) {
        if (seen.containsKey(ts, name)) {
            throw Errors.typeError(cls.name() + "() got multiple sub-patterns for attribute " + Abstract.repr(ts, name));
        }
        seen.put(ts, name, PyNone.NONE);
        try {
            return Attributes.getattr(ts, subject, name.value());
        } catch (PyException e) {
            if (e.value.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** MATCH_KEYS: the values of {@code keys} in the mapping (a tuple), or None if one is missing. */
    public static PyObject matchKeys(ThreadState ts, PyObject map, PyObject keys) {
        PyTuple ks = (PyTuple) keys;
        if (ks.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Attributes.getattr(ts, map, "get");
        PyDict seen = new PyDict();
        PyObject dummy = new PyInstance(PyType.OBJECT);
        PyObject[] values = new PyObject[ks.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject key = ks.get(i);
            if (seen.containsKey(ts, key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(ts, key) + ")");
            }
            seen.put(ts, key, PyNone.NONE);
            PyObject value = Calls.call(ts, get, key, dummy);
            if (value == dummy) {
                return PyNone.NONE;
            }
            values[i] = value;
        }
        return PyTuple.of(values);
    }
}
