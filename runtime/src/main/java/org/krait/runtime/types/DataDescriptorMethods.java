package org.krait.runtime.types;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyGetSetDescr;
import org.krait.runtime.object.PyMemberDescr;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/**
 * The Python-visible side of {@code getset_descriptor} and {@code member_descriptor}
 * (Objects/descrobject.c): {@code __get__}, {@code __set__}, {@code __delete__} with descr_check's
 * type test, and {@code __name__}, {@code __qualname__}, {@code __objclass__}.
 */
public final class DataDescriptorMethods {
    private DataDescriptorMethods() {
    }

    /** How one kind of data descriptor reads, writes and names itself. */
    private interface Access {
        PyType owner(PyObject descr);

        String name(PyObject descr);

        PyObject get(ThreadState ts, PyObject descr, PyObject obj);

        /** Sets, or deletes when {@code value} is null. */
        void set(ThreadState ts, PyObject descr, PyObject obj, PyObject value);
    }

    private static final Access GETSET = new Access() {
        public PyType owner(PyObject d) {
            return ((PyGetSetDescr) d).owner;
        }

        public String name(PyObject d) {
            return ((PyGetSetDescr) d).name;
        }

        public PyObject get(ThreadState ts, PyObject d, PyObject obj) {
            return ((PyGetSetDescr) d).get(ts, obj);
        }

        public void set(ThreadState ts, PyObject d, PyObject obj, PyObject value) {
            ((PyGetSetDescr) d).set(ts, obj, value);
        }
    };

    private static final Access MEMBER = new Access() {
        public PyType owner(PyObject d) {
            return ((PyMemberDescr) d).owner;
        }

        public String name(PyObject d) {
            return ((PyMemberDescr) d).name;
        }

        public PyObject get(ThreadState ts, PyObject d, PyObject obj) {
            return ((PyMemberDescr) d).get(obj);
        }

        public void set(ThreadState ts, PyObject d, PyObject obj, PyObject value) {
            ((PyMemberDescr) d).set(obj, value);
        }
    };

    public static void defineGetSet(TypeBuilder b) {
        define(b, GETSET);
    }

    public static void defineMember(TypeBuilder b) {
        define(b, MEMBER);
    }

    private static void define(TypeBuilder b, Access x) {
        b.method("__get__($self, instance, owner=None, /)", (ts, a) -> {
            if (a[1] == PyNone.NONE) {
                return a[0]; // looked up on the class: the descriptor itself
            }
            check(x, a[0], a[1]);
            return x.get(ts, a[0], a[1]);
        });
        b.method("__set__($self, instance, value, /)", (ts, a) -> {
            check(x, a[0], a[1]);
            x.set(ts, a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        b.method("__delete__($self, instance, /)", (ts, a) -> {
            check(x, a[0], a[1]);
            x.set(ts, a[0], a[1], null);
            return PyNone.NONE;
        });
        b.getter("__name__", d -> PyStr.of(x.name(d)));
        b.getter("__qualname__", d -> PyStr.of(x.owner(d).name() + "." + x.name(d)));
        b.getter("__objclass__", d -> x.owner(d));
    }

    /** descr_check: the instance must be of the descriptor's class. */
    private static void check(Access x, PyObject descr, PyObject obj) {
        PyType owner = x.owner(descr);
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + x.name(descr) + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + obj.type().name() + "' object");
        }
    }
}
