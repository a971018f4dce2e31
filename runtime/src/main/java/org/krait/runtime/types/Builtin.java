package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCell;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/** Class machinery shared by builtins and type methods: __build_class__, metaclass choice, super lookup, dir. */
public final class Builtin {
    private Builtin() {
    }

    /** {@code __build_class__(func, name, *bases, metaclass=?, **kwds)} (Python/bltinmodule.c). */
    public static PyObject buildClass(ThreadState ts, PyFunction body, String name, PyObject[] origBases,
            PyObject metaclass, PyDict kwds) {
        PyObject[] bases = resolveMroEntries(ts, origBases);
        PyObject meta = metaclass;
        boolean isClass = false;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject ns;
        PyObject prepare = Attributes.lookupOrNull(ts, meta, "__prepare__");
        PyObject[] kwArgs = kwArgs(kwds);
        String[] kwNames = kwNames(kwds);
        if (prepare != null) {
            PyObject[] args = concat(new PyObject[] {PyStr.of(name), basesTuple}, kwArgs);
            ns = Calls.call(ts, prepare, args, kwNames);
        } else {
            ns = new PyDict();
        }
        PyObject cell = body.runBody(ts, ns);
        if (bases != origBases) {
            Calls.call(ts, Attributes.getattr(ts, ns, "__setitem__"), PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] args = concat(new PyObject[] {PyStr.of(name), basesTuple, ns}, kwArgs);
        PyObject cls = Calls.call(ts, meta, args, kwNames);
        if (cell instanceof PyCell && cls instanceof PyType) {
            PyObject contents = ((PyCell) cell).contents;
            if (contents != cls) {
                if (contents == null) {
                    throw Errors.runtimeError("__class__ not set defining '" + name + "' as "
                            + TypeMethods.typeRepr((PyType) cls) + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + org.krait.runtime.ops.Abstract.repr(ts, contents)
                        + " defining '" + name + "' as " + TypeMethods.typeRepr((PyType) cls));
            }
        }
        return cls;
    }

    private static PyObject[] resolveMroEntries(ThreadState ts, PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject entries = b instanceof PyType ? null : Attributes.lookupOrNull(ts, b, "__mro_entries__");
            if (entries != null) {
                if (out == null) {
                    out = new ArrayList<>(List.of(bases).subList(0, i));
                }
                PyObject r = Calls.call(ts, entries, PyTuple.of(bases));
                if (!(r instanceof PyTuple)) {
                    throw Errors.typeError("__mro_entries__ must return a tuple");
                }
                out.addAll(List.of(((PyTuple) r).items));
            } else if (out != null) {
                out.add(b);
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static PyObject[] concat(PyObject[] a, PyObject[] b) {
        PyObject[] r = new PyObject[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static PyObject[] kwArgs(PyDict kw) {
        List<PyObject> v = new ArrayList<>();
        for (int e = 0; kw != null && e < kw.entryLimit(); e++) {
            if (kw.keyAt(e) != null) {
                v.add(kw.valueAt(e));
            }
        }
        return v.toArray(new PyObject[0]);
    }

    private static String[] kwNames(PyDict kw) {
        if (kw == null || kw.size() == 0) {
            return null;
        }
        List<String> v = new ArrayList<>();
        for (int e = 0; e < kw.entryLimit(); e++) {
            if (kw.keyAt(e) != null) {
                v.add(((PyStr) kw.keyAt(e)).value());
            }
        }
        return v.toArray(new String[0]);
    }

    /** _PyType_CalculateMetaclass: the most derived metaclass, or the conflict TypeError. */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code super(start, obj).name}: the MRO of obj's type after {@code start}, bound to obj. */
    public static PyObject superLookup(ThreadState ts, PyType start, PyObject obj, String name) {
        PyType objType = obj instanceof PyType && ((PyType) obj).isSubtypeOf(start) ? (PyType) obj : obj.type();
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                return Attributes.bindDescriptor(ts, v, obj == objType ? null : obj, objType);
            }
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'", obj, name);
    }

    /** {@code dir(obj)}: sorted names, as object.__dir__ and type.__dir__ collect them. */
    public static PyList dirOf(ThreadState ts, PyObject obj) {
        Set<String> names = new LinkedHashSet<>();
        if (obj instanceof PyModule) {
            addKeys(names, ((PyModule) obj).dict);
        } else if (obj instanceof PyType) {
            for (PyType t : ((PyType) obj).mro()) {
                addKeys(names, t.dict());
            }
        } else {
            PyDict d = obj.instanceDict();
            if (d != null) {
                addKeys(names, d);
            }
            for (PyType t : obj.type().mro()) {
                addKeys(names, t.dict());
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(org.krait.runtime.text.CodePoints::compare);
        PyList l = new PyList();
        for (String s : sorted) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    private static void addKeys(Set<String> names, PyDict d) {
        for (int e = 0; e < d.entryLimit(); e++) {
            PyObject k = d.keyAt(e);
            if (k instanceof PyStr) {
                names.add(((PyStr) k).value());
            }
        }
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
