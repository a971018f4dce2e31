package org.krait.runtime.object;

import org.krait.runtime.types.ObjectMethods;
import org.krait.runtime.types.TypeMethods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Python type object. Built-in types are immortal, shared by every interpreter and immutable
 * from Python; their dict is filled lazily on first use (as PyType_Ready), which also breaks the
 * static-initialisation cycles between built-in types. Heap types (classes made by Python code)
 * belong to one interpreter.
 */
public class PyType extends PyObject {
    /** Flags, named after CPython's Py_TPFLAGS_*. */
    public static final int BASETYPE = 1;          // may be subclassed
    public static final int HEAPTYPE = 2;          // created by a class statement / type()
    public static final int IMMUTABLE = 4;         // attributes cannot be set from Python

    public static final PyType TYPE = builtin("type", null, BASETYPE, null, TypeMethods::define);
    public static final PyType OBJECT = builtin("object", null, BASETYPE, PyInstance::new, ObjectMethods::define);

    private final String name;
    private String qualname;
    private PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    /** The solid base whose Java class lays out instances of this type. */
    private final PyType layout;
    private final int flags;
    /** Makes an instance of a (heap) subtype of this layout; null if instances cannot be made so. */
    private final Function<PyType, PyObject> instantiator;

    private volatile PyDict dict;
    private final Consumer<TypeBuilder> definition;
    private final HashMap<String, PyObject> lookupCache = new HashMap<>();
    private int version;
    /** Built-in direct subclasses of a built-in type (immortal, filled while types are created). */
    private final List<PyType> builtinChildren = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Direct subclasses of a heap type (per interpreter, as the type itself). */
    private final List<java.lang.ref.WeakReference<PyType>> heapChildren = new ArrayList<>();
    private boolean instanceDict = true;
    private int slotCount;
    /** Heap types whose MRO contains this type, so that changes reach their caches. */
    private final List<PyType> subclasses = new ArrayList<>();

    private PyType(String name, PyType metatype, PyType[] bases, PyType layout, int flags,
            Function<PyType, PyObject> instantiator, Consumer<TypeBuilder> definition, PyDict dict) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
        this.bases = bases;
        this.layout = layout == null ? this : layout;
        this.flags = flags;
        this.instantiator = instantiator;
        this.definition = definition;
        this.dict = dict;
    }

    /**
     * A built-in type ({@code base} null means {@code object}) whose subclasses' instances are made by {@code instantiator}
     * (its Java "Derived" class that carries the heap type and a __dict__).
     */
    public static PyType builtin(String name, PyType base, int flags, Function<PyType, PyObject> instantiator,
            Consumer<TypeBuilder> definition) {
        PyType[] bases = base == null ? (name.equals("object") ? new PyType[0] : null) : new PyType[] {base};
        return builtin(name, bases, null, flags, instantiator, definition);
    }

    /**
     * A built-in type with the given bases (several for e.g. ExceptionGroup, whose MRO is then the
     * C3 merge) whose instances are laid out by {@code layout}'s Java class (null: its own), as
     * CPython's solid_base: a subclass that adds no fields shares its base's layout, so that it
     * can be combined with siblings in one class statement.
     */
    public static PyType builtin(String name, PyType[] bases, PyType layout, int flags,
            Function<PyType, PyObject> instantiator, Consumer<TypeBuilder> definition) {
        PyType t = new PyType(name, null, bases, layout, flags | IMMUTABLE, instantiator, definition, null);
        if (bases != null) {
            for (PyType base : bases) {
                base.builtinChildren.add(t); // only during class initialisation: a constant afterwards
            }
        }
        return t;
    }

    /** A heap type as {@code type(name, bases, dict)} makes it, after the MRO has been computed. */
    public static PyType heap(PyType metatype, String name, PyType[] bases, PyType[] mro, PyType layout,
            PyDict dict) {
        PyType t = new PyType(name, metatype, bases, layout, BASETYPE | HEAPTYPE, layout.instantiator, null, dict);
        t.mro = mro;
        return t;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public int flags() {
        return flags;
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    public boolean isBaseType() {
        return (flags & BASETYPE) != 0;
    }

    public PyType layout() {
        return layout;
    }

    public PyType[] bases() {
        ready();
        return bases;
    }

    public PyType base() {
        PyType[] b = bases();
        return b.length == 0 ? null : b[0];
    }

    /** Sets bases and MRO of a heap type, registering it with its heap-type ancestors for cache invalidation. */
    public void setBases(PyType[] bases, PyType[] mro) {
        if (this.mro != null) {
            for (PyType m : this.mro) {
                m.subclasses.remove(this);
            }
        }
        this.bases = bases;
        this.mro = mro;
        for (PyType m : mro) {
            if (m != this && m.isHeapType()) {
                m.subclasses.add(this);
            }
        }
        changed();
    }

    /** Built-in direct subclasses, for type.__subclasses__. */
    public List<PyType> builtinChildren() {
        return builtinChildren;
    }

    /** Live direct heap subclasses of this heap type. */
    public List<PyType> heapChildren() {
        List<PyType> out = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> r : heapChildren) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Records {@code child} as a direct subclass of this heap type. */
    public void addHeapChild(PyType child) {
        heapChildren.add(new java.lang.ref.WeakReference<>(child));
    }

    /** Whether instances get a {@code __dict__} (false when {@code __slots__} leaves it out). */
    private volatile SharedKeys sharedKeys;

    public boolean hasInstanceDict() {
        return instanceDict && isHeapType(); // object() and other built-ins' instances have none
    }

    /**
     * The keys this class's instance dicts share (ADR 0008); made on first use. Only heap types
     * have instance dicts, so the built-in (immortal, shared) types never get one.
     */
    public SharedKeys sharedKeys() {
        SharedKeys k = sharedKeys;
        if (k == null) {
            synchronized (this) {
                k = sharedKeys;
                if (k == null) {
                    k = new SharedKeys();
                    sharedKeys = k;
                }
            }
        }
        return k;
    }

    public void setHasInstanceDict(boolean b) {
        instanceDict = b;
    }

    /** Number of {@code __slots__} members instances carry, own and inherited. */
    public int slotCount() {
        return slotCount;
    }

    public void setSlotCount(int n) {
        slotCount = n;
    }

    public PyType[] mro() {
        ready();
        return mro;
    }

    /** The type's own {@code __dict__}. */
    public PyDict dict() {
        ready();
        return dict;
    }

    @Override
    public PyDict instanceDict() {
        return dict();
    }

    /** Instantiates a plain instance of this (heap) type for object.__new__ and its kin. */
    /** A built-in type without its own __new__ or allocator (CPython: Py_TPFLAGS_DISALLOW_INSTANTIATION). */
    public boolean disallowsInstantiation() {
        return !isHeapType() && instantiator == null;
    }

    public PyObject allocate() {
        if (instantiator == null) {
            return null;
        }
        PyObject obj = instantiator.apply(this);
        if (slotCount > 0 && obj instanceof PyInstance) {
            ((PyInstance) obj).slots = new PyObject[slotCount];
        }
        return obj;
    }

    /** Special methods consulted on every construction or attribute access, cached per type version. */
    public static final int SLOT_NEW = 0;
    public static final int SLOT_INIT = 1;
    public static final int SLOT_GETATTRIBUTE = 2;
    public static final int SLOT_GETATTR = 3;
    public static final int SLOT_SETATTR = 4;
    public static final int SLOT_DELATTR = 5;
    private static final String[] SLOT_NAMES = {"__new__", "__init__", "__getattribute__", "__getattr__",
        "__setattr__", "__delattr__"};
    private static final PyObject ABSENT = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };
    private volatile PyObject[] slotCache;
    private int slotCacheVersion = -1;

    /** {@code lookup(name)} for one of the SLOT_* names, from a cache invalidated with the lookup cache. */
    public PyObject lookupSlot(int slot) {
        PyObject[] c = slotCache;
        if (c == null || slotCacheVersion != version) {
            c = new PyObject[SLOT_NAMES.length];
            slotCacheVersion = version;
            slotCache = c;
        }
        PyObject v = c[slot];
        if (v == null) {
            v = lookup(SLOT_NAMES[slot]);
            c[slot] = v == null ? ABSENT : v;
            return v;
        }
        return v == ABSENT ? null : v;
    }

    /** What {@link #plainInit} found for one version of this type. */
    private static final class PlainInit {
        final int version;
        final PyFunction init;

        PlainInit(int version, PyFunction init) {
            this.version = version;
            this.init = init;
        }
    }

    private volatile PlainInit plainInit;

    /**
     * type_call's common case, cached per version: the Python {@code __init__} of a heap type
     * whose metaclass is type, whose instances object.__new__ makes and which has no abstract
     * methods — so that calling the class is allocate-then-init. Else null.
     */
    public PyFunction plainInit() {
        PlainInit p = plainInit;
        if (p == null || p.version != version) {
            PyObject init = type() == TYPE ? lookupSlot(SLOT_INIT) : null;
            boolean plain = init instanceof PyFunction && isHeapType() && instantiator != null
                    && lookupSlot(SLOT_NEW) == org.krait.runtime.types.ObjectMethods.Slots.NEW
                    && lookup("__abstractmethods__") == null;
            p = new PlainInit(version, plain ? (PyFunction) init : null);
            plainInit = p;
        }
        return p.init;
    }

    /** {@code _PyType_Lookup}: the attribute found first along the MRO, or null. */
    public PyObject lookup(String attr) {
        if (!isHeapType()) {
            // immutable: a built-in's dict never changes once ready, so its MRO flattens into one map
            java.util.Map<String, PyObject> f = flat;
            if (f == null) {
                f = flatten();
            }
            return f.get(attr);
        }
        PyObject cached = lookupCache.get(attr);
        if (cached != null) {
            return cached == MISSING ? null : cached;
        }
        PyObject found = null;
        for (PyType t : mro()) {
            found = t.dict().getStr(attr);
            if (found != null) {
                break;
            }
        }
        lookupCache.put(attr, found == null ? MISSING : found);
        return found;
    }

    /** Built-in types: every attribute along the MRO, nearest first (immutable once made). */
    private volatile java.util.Map<String, PyObject> flat;

    private java.util.Map<String, PyObject> flatten() {
        java.util.HashMap<String, PyObject> m = new java.util.HashMap<>();
        PyType[] order = mro();
        for (int i = order.length - 1; i >= 0; i--) {
            PyDict d = order[i].dict();
            for (int e = 0; e < d.entryLimit(); e++) {
                if (d.keyAt(e) instanceof PyStr) {
                    m.put(((PyStr) d.keyAt(e)).value(), d.valueAt(e));
                }
            }
        }
        java.util.Map<String, PyObject> f = java.util.Collections.unmodifiableMap(m);
        flat = f;
        return f;
    }

    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    /** Called after this heap type's dict or bases change: drops caches here and in subclasses. */
    public void changed() {
        version++;
        lookupCache.clear();
        for (PyType s : subclasses) {
            s.changed();
        }
    }

    public int version() {
        return version;
    }

    /** {@code PyType_IsSubtype}: by the MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    private void ready() {
        if (dict == null) {
            readyBuiltin();
        }
    }

    private boolean readying;

    private synchronized void readyBuiltin() {
        if (dict != null) {
            return;
        }
        if (readying) {
            // a definition that reads its own type's dict would see a half-built one
            throw new IllegalStateException("type '" + name + "' used while being made ready");
        }
        readying = true;
        if (bases == null) {
            bases = new PyType[] {OBJECT};
        }
        if (bases.length > 1) {
            mro = TypeMethods.computeMro(this, bases);
        } else {
            List<PyType> m = new ArrayList<>();
            for (PyType t = this; t != null; t = t.bases.length == 0 ? null : t.bases[0]) {
                m.add(t);
                if (t.bases == null) {
                    t.bases = new PyType[] {OBJECT};
                }
            }
            mro = m.toArray(new PyType[0]);
        }
        PyDict d = new PyDict();
        TypeBuilder b = new TypeBuilder(this, d);
        if (definition != null) {
            definition.accept(b);
        }
        b.finish(BuiltinDocs.of(name));
        dict = d;
    }

    /** A built-in type's docstring (tp_doc), or null. */
    public String builtinDoc() {
        return isHeapType() ? null : BuiltinDocs.of(name);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
