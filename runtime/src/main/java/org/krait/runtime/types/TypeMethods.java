package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyCell;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyGetSetDescr;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyMemberDescr;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyRange;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;

/** The methods of {@code type}: calling a class, class creation (type_new), MRO, and type attributes. */
public final class TypeMethods {
    private TypeMethods() {
    }

    /** type.__call__, read after type's dict is ready (see ObjectMethods.Slots). */
    private static final class TypeSlots {
        static final PyObject TYPE_CALL = PyType.TYPE.dict().getStr("__call__");
    }

    public static void define(TypeBuilder b) {
        b.method("__call__($self, /, *args, **kwargs)", (ts, a) -> {
            PyType t = (PyType) a[0];
            return construct(ts, t, (PyTuple) a[1], (PyDict) a[2]);
        });
        b.staticMethod("__new__(*args, **kwargs)", (ts, a) -> typeNew(ts, (PyTuple) a[0], (PyDict) a[1]));
        b.method("__init__($self, /, *args, **kwargs)", (ts, a) -> PyNone.NONE);
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(typeRepr((PyType) a[0])));
        b.method("mro($self, /)", (ts, a) -> new PyList(computeMro((PyType) a[0], ((PyType) a[0]).bases())));
        b.method("__subclasses__($self, /)", (ts, a) -> new PyList(ts.interp.subclassesOf((PyType) a[0])
                .toArray(new PyObject[0])));
        b.method("__instancecheck__($self, instance, /)",
                (ts, a) -> PyBool.of(a[1].type().isSubtypeOf((PyType) a[0])));
        b.method("__subclasscheck__($self, subclass, /)", (ts, a) -> {
            if (!(a[1] instanceof PyType)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(((PyType) a[1]).isSubtypeOf((PyType) a[0]));
        });
        b.method("__or__($self, value, /)", (ts, a) -> UnionType.or(ts, a[0], a[1]));
        b.method("__ror__($self, value, /)", (ts, a) -> UnionType.or(ts, a[1], a[0]));
        b.classMethod("__prepare__($type, /, *args, **kwargs)", (ts, a) -> new PyDict());
        b.getset("__name__", (ts, o) -> PyStr.of(shortName((PyType) o)), null);
        b.getset("__qualname__", (ts, o) -> PyStr.of(((PyType) o).isHeapType() ? ((PyType) o).qualname()
                : shortName((PyType) o)), (ts, o, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + ((PyType) o).name() + ".__qualname__, not '"
                        + (v == null ? "NoneType" : v.type().name()) + "'");
            }
            ((PyType) o).setQualname(((PyStr) v).value());
        });
        b.getset("__module__", (ts, o) -> {
            String m = moduleName((PyType) o);
            PyObject raw = ((PyType) o).isHeapType() ? ((PyType) o).dict().getStr("__module__") : null;
            return raw != null ? raw : PyStr.of(m);
        }, (ts, o, v) -> ((PyType) o).dict().putStr("__module__", v));
        b.getter("__bases__", o -> PyTuple.of(((PyType) o).bases()));
        b.getter("__base__", o -> {
            PyType base = ((PyType) o).base();
            return base == null ? PyNone.NONE : base;
        });
        b.getter("__mro__", o -> PyTuple.of(((PyType) o).mro()));
        b.getter("__dict__", o -> new MappingProxy(((PyType) o).dict()));
        b.getset("__doc__", (ts, o) -> {
            PyObject d = ((PyType) o).dict().getStr("__doc__");
            if (!((PyType) o).isHeapType() && !(d instanceof PyStr)) {
                // type_get_doc: tp_doc, even for type itself, whose dict holds this descriptor
                String doc = ((PyType) o).builtinDoc();
                return doc == null ? PyNone.NONE : PyStr.of(doc);
            }
            if (d == null) {
                return PyNone.NONE;
            }
            return Attributes.bindDescriptor(ts, d, null, (PyType) o);
        }, (ts, o, v) -> setTypeAttr(ts, (PyType) o, "__doc__", v));
    }

    /**
     * The module a class was defined in: {@code __module__} of heap types; for built-in types
     * the part of their C name before the last dot ("sys.float_info"), else builtins.
     */
    public static String moduleName(PyType t) {
        PyObject m = t.dict().getStr("__module__");
        if (t.isHeapType()) {
            return m instanceof PyStr ? ((PyStr) m).value() : null;
        }
        if (m instanceof PyStr) {
            // a built-in type of another module (types.GenericAlias) may say so in its dict
            return ((PyStr) m).value();
        }
        int dot = t.name().lastIndexOf('.');
        return dot < 0 ? "builtins" : t.name().substring(0, dot);
    }

    /** __name__: a built-in type's C name after its last dot (type_name in typeobject.c). */
    static String shortName(PyType t) {
        String n = t.name();
        int dot = t.isHeapType() ? -1 : n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    static String typeRepr(PyType t) {
        String m = moduleName(t);
        String q = t.isHeapType() ? t.qualname() : shortName(t);
        if (m == null || m.equals("builtins")) {
            return "<class '" + q + "'>";
        }
        return "<class '" + m + "." + q + "'>";
    }

    /** Calling a class object. A metaclass that overrides {@code __call__} is honoured. */
    public static PyObject callType(ThreadState ts, PyType t, PyObject[] args, String[] kwnames) {
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject call = meta.lookup("__call__");
            if (call != TypeSlots.TYPE_CALL) {
                return Calls.call(ts, Attributes.bindDescriptor(ts, call, t, meta), args, kwnames);
            }
        }
        if (t.isHeapType()) {
            // the common case: object.__new__ and a Python __init__ — no argument tuples or dicts
            PyObject init = t.lookupSlot(PyType.SLOT_INIT);
            if (init instanceof PyFunction && t.lookupSlot(PyType.SLOT_NEW) == ObjectMethods.Slots.NEW
                    && t.lookup("__abstractmethods__") == null) {
                PyObject obj = t.allocate();
                if (obj != null) {
                    PyObject[] withSelf = new PyObject[args.length + 1];
                    withSelf[0] = obj;
                    System.arraycopy(args, 0, withSelf, 1, args.length);
                    PyObject r = ((PyFunction) init).call(ts, withSelf, kwnames);
                    if (r != PyNone.NONE) {
                        throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
                    }
                    return obj;
                }
            }
        }
        return construct(ts, t, args, kwnames);
    }

    /**
     * type_call of {@code n} <= 3 positional arguments for a class whose instances object.__new__
     * makes and whose Python {@code __init__} takes exactly self and those arguments
     * (PyType.plainInit): no argument array at all. Null when that does not apply.
     */
    public static PyObject constructPlain(ThreadState ts, PyType t, int n, PyObject a, PyObject b, PyObject c) {
        PyFunction init = t.plainInit();
        if (init == null || init.code.simpleArity != n + 1) {
            return null;
        }
        PyObject obj = t.allocate();
        PyObject r;
        switch (n) {
            case 0:
                r = init.call1(ts, obj);
                break;
            case 1:
                r = init.call2(ts, obj, a);
                break;
            case 2:
                r = init.call3(ts, obj, a, b);
                break;
            default:
                r = init.call4(ts, obj, a, b, c);
                break;
        }
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
        return obj;
    }

    /** type_call with the arguments as a tuple and a dict ({@code type.__call__}). */
    static PyObject construct(ThreadState ts, PyType t, PyTuple args, PyDict kw) {
        PyObject[] vector = new PyObject[args.size() + kw.size()];
        System.arraycopy(args.items, 0, vector, 0, args.size());
        return construct(ts, t, vector, kwnamesOf(kw, vector, args.size()));
    }

    /**
     * type_call: {@code __new__} then, if it returned an instance of the class, {@code __init__};
     * vectorcall arguments (positional, then the values of {@code kwnames}), passed through as they are.
     */
    static PyObject construct(ThreadState ts, PyType t, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (t == PyType.TYPE && args.length - nkw == 1 && nkw == 0) {
            return args[0].type();
        }
        if (nkw == 0) {
            PyObject r = constructPositional(ts, t, args);
            if (r != null) {
                return r;
            }
        } else if (t == PyDict.TYPE && args.length == nkw) {
            // dict(a=1, b=2): the keywords are the items (what dict_init's merge of kwargs does)
            PyDict d = new PyDict(nkw);
            for (int i = 0; i < nkw; i++) {
                d.putStr(PyStr.of(kwnames[i]), args[i]);
            }
            return d;
        }
        if (t == PyType.TYPE && args.length - nkw != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        PyObject newFn = t.lookupSlot(PyType.SLOT_NEW);
        if (newFn == ObjectMethods.Slots.NEW && t.disallowsInstantiation()) {
            throw Errors.typeError("cannot create '" + t.name() + "' instances");
        }
        PyObject[] newArgs = new PyObject[args.length + 1];
        newArgs[0] = t;
        System.arraycopy(args, 0, newArgs, 1, args.length);
        PyObject obj = Calls.call(ts, Attributes.bindDescriptor(ts, newFn, null, t), newArgs, kwnames);
        if (!obj.type().isSubtypeOf(t)) {
            return obj;
        }
        PyObject init = obj.type().lookupSlot(PyType.SLOT_INIT);
        if (init == ObjectMethods.Slots.INIT
                && (args.length == 0 || obj.type().lookupSlot(PyType.SLOT_NEW) != ObjectMethods.Slots.NEW)) {
            // object.__init__ would accept and ignore these arguments: a type with its own __new__
            return obj;
        }
        PyObject r = Calls.callMethod(ts, init, obj, args, kwnames);
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
        return obj;
    }

    /**
     * range(...), str(x), int(x), float(x), tuple(x), list(x), set(x) and the empty list(),
     * dict(), set() and tuple(): what their __new__ and __init__ bodies would do, without binding
     * or looking them up (the built-in types cannot be patched, and str, int, float and tuple
     * take object's __init__, which ignores the arguments); null for any other type or argument
     * count.
     */
    private static PyObject constructPositional(ThreadState ts, PyType t, PyObject[] args) {
        if (t == PyRange.TYPE) {
            return RangeMethods.create(ts, args);
        }
        if (args.length == 0) {
            return t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE ? t.allocate()
                    : t == PyTuple.TYPE ? PyTuple.EMPTY : null;
        }
        if (args.length != 1) {
            return null;
        }
        PyObject x = args[0];
        if (t == PyStr.TYPE) {
            return StrMethods.newStrFromOne(ts, x);
        }
        if (t == PyInt.TYPE) {
            return IntNew.newInt(ts, new PyObject[] {t, x, null});
        }
        if (t == PyFloat.TYPE) {
            return FloatMethods.newFloat(ts, new PyObject[] {t, x});
        }
        if (t == PyTuple.TYPE) {
            return TupleMethods.fromIterable(ts, x);
        }
        if (t == PyDict.TYPE && x.getClass() == PyDict.class) {
            return ((PyDict) x).copy(); // dict(d): PyDict_Merge into an empty dict is a copy
        }
        if (t == PyList.TYPE) {
            PyList l = new PyList();
            ListMethods.extend(ts, l, x);
            return l;
        }
        if (t == PySet.TYPE) {
            PySet s = (PySet) t.allocate();
            SetOps.update(ts, s, x);
            return s;
        }
        return null;
    }

    private static String[] kwnamesOf(PyDict kw, PyObject[] into, int at) {
        if (kw.size() == 0) {
            return null;
        }
        String[] names = new String[kw.size()];
        int k = 0;
        for (int e = 0; e < kw.entryLimit(); e++) {
            if (kw.keyAt(e) != null) {
                names[k] = ((PyStr) kw.keyAt(e)).value();
                into[at + k] = kw.valueAt(e);
                k++;
            }
        }
        return names;
    }

    /** type.__new__(metatype, name, bases, dict, **kwds): creates a class. */
    static PyObject typeNew(ThreadState ts, PyTuple args, PyDict kw) {
        if (args.size() == 2 && args.get(0) == PyType.TYPE) {
            return args.get(1).type();
        }
        if (args.size() != 4) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + (args.size() - 1) + " given)");
        }
        PyType meta = (PyType) args.get(0);
        if (!(args.get(1) instanceof PyStr)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + args.get(1).type().name());
        }
        if (!(args.get(2) instanceof PyTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args.get(2).type().name());
        }
        if (!(args.get(3) instanceof PyDict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args.get(3).type().name());
        }
        String name = ((PyStr) args.get(1)).value();
        PyTuple basesTuple = (PyTuple) args.get(2);
        PyDict ns = (PyDict) args.get(3);
        for (int i = 0; i < basesTuple.size(); i++) {
            for (int j = i + 1; j < basesTuple.size(); j++) {
                if (basesTuple.get(i) == basesTuple.get(j) && basesTuple.get(i) instanceof PyType) {
                    throw Errors.typeError("duplicate base class " + ((PyType) basesTuple.get(i)).name());
                }
            }
        }
        PyType[] bases = new PyType[basesTuple.size() == 0 ? 1 : basesTuple.size()];
        if (basesTuple.size() == 0) {
            bases[0] = PyType.OBJECT;
        }
        for (int i = 0; i < basesTuple.size(); i++) {
            PyObject base = basesTuple.get(i);
            if (!(base instanceof PyType)) {
                continue; // reported below, after the metaclass check as type_new does
            }
            PyType bt = (PyType) base;
            if (!bt.isBaseType()) {
                throw Errors.typeError("type '" + bt.name() + "' is not an acceptable base type");
            }
            bases[i] = bt;
        }
        PyType winner = Builtin.calculateMetaclass(meta, basesTuple.items);
        for (PyObject base : basesTuple.items) {
            if (!(base instanceof PyType)) {
                throw Errors.typeError("bases must be types");
            }
        }
        if (winner != meta) {
            PyObject winnerNew = winner.lookupSlot(PyType.SLOT_NEW);
            if (winnerNew != PyType.TYPE.dict().getStr("__new__")) {
                PyObject[] a = {winner, args.get(1), args.get(2), args.get(3)};
                return Calls.call(ts, winnerNew, a, null);
            }
            meta = winner;
        }
        PyType layout = solidLayout(bases);
        PyDict dict = ns.copy();
        PyObject qual = dict.removeStr("__qualname__");
        if (qual != null && !(qual instanceof PyStr)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + qual.type().name());
        }
        if (dict.getStr("__module__") == null) {
            // CPython takes the caller's globals' __name__; we keep no frames, so assume the main module
            dict.putStr("__module__", PyStr.of("__main__"));
        }
        if (dict.getStr("__doc__") == null) {
            dict.putStr("__doc__", PyNone.NONE);
        }
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            // defining __eq__ without __hash__ makes instances unhashable (type_new_set_hash)
            dict.putStr("__hash__", PyNone.NONE);
        }
        PyObject newMethod = dict.getStr("__new__");
        if (newMethod instanceof PyFunction) {
            dict.putStr("__new__", new org.krait.runtime.object.PyStaticMethod(newMethod));
        }
        for (String implicitClassMethod : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(implicitClassMethod);
            if (f instanceof PyFunction) {
                dict.putStr(implicitClassMethod, new org.krait.runtime.object.PyClassMethod(f));
            }
        }
        PyType t = PyType.heap(meta, name, bases, null, layout, dict);
        t.setBases(bases, computeMro(t, bases));
        for (PyType b : bases) {
            ts.interp.registerSubclass(b, t);
        }
        if (qual != null) {
            t.setQualname(((PyStr) qual).value());
        }
        Slots.apply(ts, t, dict, bases);
        PyObject cell = dict.getStr("__classcell__");
        if (cell instanceof PyCell) {
            ((PyCell) cell).contents = t;
            dict.removeStr("__classcell__");
        }
        // __set_name__ on each attribute, then __init_subclass__ of the parent (type_new_impl order)
        for (int e = 0; e < dict.entryLimit(); e++) {
            PyObject k = dict.keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject v = dict.valueAt(e);
            PyObject setName = v.type().lookup("__set_name__");
            if (setName != null) {
                Calls.call(ts, Attributes.bindDescriptor(ts, setName, v, v.type()), t, k);
            }
        }
        PyObject initSubclass = Builtin.superLookup(ts, t, t, "__init_subclass__");
        PyObject[] kwArgs = new PyObject[kw.size()];
        String[] kwNames = kwnamesOf(kw, kwArgs, 0);
        Calls.call(ts, initSubclass, kwArgs, kwNames);
        t.changed();
        return t;
    }

    /** The built-in layout instances of the new class need: the most derived built-in base. */
    private static PyType solidLayout(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType l = b.layout();
            if (winner == null || l.isSubtypeOf(winner)) {
                winner = l;
            } else if (!winner.isSubtypeOf(l)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** C3 linearisation (Objects/typeobject.c mro_implementation). */
    public static PyType[] computeMro(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // set_mro_error: the heads of the lists still to merge, each once
                StringBuilder sb = new StringBuilder();
                List<PyType> named = new ArrayList<>();
                for (List<PyType> seq : seqs) {
                    PyType head = seq.get(0);
                    if (!named.contains(head)) {
                        named.add(head);
                        sb.append(sb.length() > 0 ? ", " : "").append(head.name());
                    }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + sb);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    /** setattr on a class: immutable built-ins refuse, heap types update their dict and caches. */
    public static void setTypeAttr(ThreadState ts, PyType t, String name, PyObject value) {
        PyType meta = t.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr instanceof PyGetSetDescr || metaAttr instanceof PyMemberDescr) {
            if (!t.isHeapType()) {
                throw immutable(t, name);
            }
            Attributes.genericSetattr(ts, t, name, value);
            return;
        }
        if (!t.isHeapType()) {
            throw immutable(t, name);
        }
        if (metaAttr != null && meta.isHeapType() && Attributes.isDataDescriptor(metaAttr)) {
            Attributes.genericSetattr(ts, t, name, value);
            return;
        }
        if (value == null) {
            if (t.dict().removeStr(name) == null) {
                throw Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'", t, name);
            }
        } else {
            t.dict().putStr(name, value);
        }
        t.changed();
    }

    private static RuntimeException immutable(PyType t, String name) {
        return Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
    }

    /** Iterates a Python iterable into a Java list (helper for methods that accept any iterable). */
    public static List<PyObject> toList(ThreadState ts, PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Iteration.iter(ts, iterable);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            out.add(x);
        }
        return out;
    }

    static boolean truthy(ThreadState ts, PyObject v) {
        return Abstract.isTrue(ts, v);
    }
}
