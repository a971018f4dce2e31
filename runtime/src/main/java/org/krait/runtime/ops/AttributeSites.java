package org.krait.runtime.ops;

import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInstance;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.SharedKeys;
import org.krait.runtime.object.PyType;
import org.krait.runtime.types.ObjectMethods;

/**
 * LOAD_ATTR and STORE_ATTR with an inline cache per site, in the spirit of CPython 3.12's
 * specialised LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD_* / STORE_ATTR_INSTANCE_VALUE: a site
 * remembers, for the type (and its version tag) it saw last, what the generic lookup found on the
 * type, so a hit costs a type check and at most one instance-dict probe (started at the entry
 * where the name was last time). The caches live in the function object, which belongs to one
 * interpreter (DESIGN §3); anything unusual (custom {@code __getattribute__}/{@code __getattr__}/
 * {@code __setattr__}, descriptors whose class is a Python class) takes the generic path.
 */
public final class AttributeSites {
    private AttributeSites() {
    }

    /** Generic path every time. */
    private static final byte GENERIC = 0;
    /** Instance dict first, then the type's non-data attribute {@code descr} (may be null). */
    private static final byte INSTANCE = 1;
    /** The type's data descriptor {@code descr} decides. */
    private static final byte DATA = 2;
    /** An attribute of the class {@code type} itself (no metaclass), bound as type_getattro does. */
    private static final byte CLASS = 3;
    /** An attribute of a plain module: its entry in the module dict, while the dict's keys stay (ModuleEntry). */
    private static final byte MODULE = 4;

    /** Where a module attribute was: valid while {@code dict} has not gained or lost a key. Replaced whole. */
    private static final class ModuleEntry {
        final PyDict dict;
        final int version;
        final int entry;

        ModuleEntry(PyDict dict, int version, int entry) {
            this.dict = dict;
            this.version = version;
            this.entry = entry;
        }
    }

    /** What one site knows about one type version; replaced whole, so readers never see a mix. */
    static final class Site {
        /** The attribute name (the code constant), so that a site can never answer for another name. */
        final String name;
        final PyType type;
        final int version;
        final byte kind;
        final PyObject descr;
        /** The descriptor is a plain function or method descriptor (LOAD_ATTR's method form may skip binding). */
        final boolean method;
        /** Instance-dict entry where the name was found last (a hint, checked before use). */
        int hint = -1;
        /** The str object instance dicts hold for the name: stores insert it, loads learn it. */
        PyStr key;
        /** What the site knows about other types (a site may see a few: subclasses sharing a method). */
        Site next;
        int depth;
        /** The keys the type's instance dicts share (ADR 0008), or null. */
        final SharedKeys shared;
        /** MODULE sites: where the name was found last. */
        ModuleEntry module;
        /** Position of the name among {@link #shared}'s keys once it is there (then it never moves). */
        int sharedPos = -1;
        /** The name is not among the first this-many shared keys (shared keys only grow). */
        int absentBelow;

        Site(String name, PyType type, byte kind, PyObject descr) {
            this.name = name;
            this.type = type;
            this.version = type.version();
            this.kind = kind;
            this.descr = descr;
            this.method = descr instanceof PyFunction || descr instanceof PyMethodDescr;
            this.shared = kind == INSTANCE && type.hasInstanceDict() ? type.sharedKeys() : null;
        }

        /**
         * Entry of the name in {@code d} or -1, remembering where and under which key object it
         * was. In a split dict of the site's type the entry is the name's shared position, and a
         * name that is no instance attribute (a method, a class attribute) is known absent
         * without hashing: the usual case of a method call.
         */
        int find(PyDict d) {
            if (shared != null && d.sharedKeys() == shared) {
                int n = d.size();
                if (sharedPos < 0 && n > absentBelow) {
                    learn();
                }
                int p = sharedPos;
                return p >= 0 && p < n ? p : -1;
            }
            int e = d.entryOfStr(key, name, hint);
            if (e >= 0 && e != hint) {
                hint = e;
                PyObject k = d.keyAt(e);
                if (k.getClass() == PyStr.class) {
                    key = (PyStr) k;
                }
            }
            return e;
        }

        /** Looks the name up among the shared keys again (they only ever grow). */
        void learn() {
            int c = shared.count();
            int p = shared.indexOf(name);
            if (p >= 0) {
                sharedPos = p;
            } else {
                absentBelow = c; // only a verified bound is written, so racing readers stay right
            }
        }
    }

    private static Site site(PyFunction fn, int site) {
        Object[] a = fn.attrSites;
        if (a != null && site < a.length) {
            return (Site) a[site];
        }
        return null;
    }

    /** Up to this many types per site; a site that sees more starts again (CPython deoptimises too). */
    private static final int POLYMORPHIC = 8;

    /** Adds {@code s} in front of what the site knows. */
    private static void store(PyFunction fn, int site, Site s) {
        Object[] a = fn.attrSites;
        if (a == null || site >= a.length) {
            a = java.util.Arrays.copyOf(a == null ? new Object[0] : a, Math.max(site + 1, a == null ? 8 : a.length * 2));
            fn.attrSites = a;
        }
        Site old = (Site) a[site];
        if (old != null && old.depth + 1 < POLYMORPHIC) {
            s.next = old;
            s.depth = old.depth + 1;
        }
        a[site] = s;
    }

    /*
     * The public entry points are small on purpose: generated code calls them at every attribute
     * site and HotSpot inlines them there, so each holds only the common case — an instance of a
     * Python class whose inline values (ADR 0014) hold the name at the shared position the site's
     * entry for that class predicts — and leave everything else to an out-of-line general path.
     */

    /**
     * The site's entry for objects of type {@code t} as it is now (a polymorphic site has one per
     * type it saw), else null. Small on purpose: every attribute site inlines it, and HotSpot
     * stops inlining into a compilation once it holds 8,000 bytes of bytecode
     * (DesiredMethodLimit), so the later attribute sites of a big function would become calls.
     */
    private static Site entryFor(PyFunction fn, PyType t, String name, int site) {
        Site s = site(fn, site);
        while (s != null && s.type != t) {
            s = s.next;
        }
        return s != null && s.version == t.version() && s.name == name ? s : null;
    }

    /** The site's entry for objects of type {@code t} as it is now, when it is an INSTANCE entry, else null. */
    private static Site predicted(PyFunction fn, PyType t, String name, int site) {
        Site s = entryFor(fn, t, name, site);
        return s != null && s.kind == INSTANCE ? s : null;
    }

    /**
     * {@code m.name} for a plain module whose type has no attribute {@code name} (so the module
     * dict decides, as module_getattro does), from the site's cache of the dict entry; null when
     * the general path must answer (a missing name: module __getattr__ or AttributeError).
     */
    private static PyObject moduleAttr(PyFunction fn, PyModule m, String name, int site) {
        Site s = site(fn, site);
        ModuleEntry c = s != null && s.kind == MODULE && s.name == name ? s.module : null;
        PyDict d = m.dict;
        if (c != null && c.dict == d && c.version == d.version()) {
            return d.valueAt(c.entry);
        }
        return OutOfLine.learnModuleAttr(fn, m, name, site);
    }

    /** moduleAttr when the site's cache misses: finds the entry and caches it. */
    static PyObject learnModuleAttr(PyFunction fn, PyModule m, String name, int site) {
        if (PyModule.TYPE.lookup(name) != null) {
            return null;
        }
        PyDict d = m.dict;
        int e = d.entryOfStr(name);
        if (e < 0) {
            return null;
        }
        Site s = site(fn, site);
        if (s == null || s.kind != MODULE || s.name != name) {
            s = new Site(name, PyModule.TYPE, MODULE, null);
            store(fn, site, s);
        }
        s.module = new ModuleEntry(d, d.version(), e);
        return d.valueAt(e);
    }

    /**
     * A plain function that the site found as an attribute of class {@code cls} itself (as in
     * {@code Base.__init__(self)}); it binds to itself when looked up on the class. Else null.
     */
    private static PyObject classFunction(PyFunction fn, PyType cls, String name, int site) {
        Site s = entryFor(fn, cls, name, site);
        return s != null && s.kind == CLASS && s.descr instanceof PyFunction ? s.descr : null;
    }

    private static boolean setAt(PyDict d, int entry, PyObject value) {
        d.setValueAt(entry, value);
        return true;
    }

    /**
     * The value of the attribute that INSTANCE site entry {@code s} (maybe null) predicts at its
     * shared position, read from {@code o}'s inline values or from its split dict, or null when
     * {@code o} does not hold it there (ADR 0014).
     */
    private static PyObject predictedValue(Site s, PyInstance o) {
        int p = s == null ? -1 : s.sharedPos;
        if (p < 0) {
            return null;
        }
        PyDict d = o.dictIfAny();
        if (d == null) {
            return o.inlineAt(p);
        }
        return d.sharedKeys() == s.shared && p < d.size() ? d.valueAt(p) : null;
    }

    /** LOAD_ATTR (plain form) at {@code site} of {@code fn}'s code. */
    public static PyObject getattr(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        if (obj instanceof PyInstance) {
            PyInstance o = (PyInstance) obj;
            Site s = entryFor(fn, o.type(), name, site);
            PyObject v = s == null ? null : o.inlineAt(s.sharedPos);
            if (v != null) {
                return v;
            }
        }
        // The rest out of line, to keep this small enough for HotSpot to inline everywhere (a
        // module's function or a class's function read without calling it are loadMethod's
        // fast paths; a module constant read in a hot loop pays one call).
        return OutOfLine.getattr(ts, fn, obj, name, site);
    }

    /** getattr's next cases (an older entry of a polymorphic site, an instance with a dict), then the general path. */
    static PyObject getattrSlow(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        if (obj instanceof PyInstance) {
            PyObject v = predictedValue(predicted(fn, obj.type(), name, site), (PyInstance) obj);
            if (v != null) {
                return v;
            }
        }
        return getattrGeneral(ts, fn, obj, name, site);
    }

    static PyObject getattrGeneral(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        if (obj.getClass() == PyModule.class) {
            PyObject v = moduleAttr(fn, (PyModule) obj, name, site);
            if (v != null) {
                return v;
            }
        }
        Site s = loadSite(fn, obj, name, site);
        switch (s.kind) {
            case INSTANCE: {
                PyObject v = fromInstanceDict(s, obj, name);
                if (v != null) {
                    return v;
                }
                PyObject descr = s.descr;
                if (descr instanceof PyFunction) {
                    return new PyMethod(descr, obj);
                }
                if (descr != null) {
                    return bind(ts, descr, obj, s.type, name);
                }
                break; // missing: the generic path raises AttributeError with its context
            }
            case DATA:
                return bind(ts, s.descr, obj, s.type, name);
            case CLASS:
                return bind(ts, s.descr, null, s.type, name);
            default:
                break;
        }
        return Attributes.getattr(ts, obj, name);
    }

    /**
     * LOAD_ATTR (method form), whose second result (CPython pushes two) is not stored in the
     * long-lived ThreadState (a reference store there costs a G1 fence, ADR 0011): with
     * {@code ts.methodFound} set, returns the unbound method, whose self is {@code obj}; with it
     * clear, returns the attribute.
     */
    public static PyObject loadMethod(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        // One small method per kind of receiver: HotSpot inlines only the kinds a site has seen,
        // and counts only their bytecode against the compilation's inlining budget.
        if (obj instanceof PyInstance) {
            return instanceMethod(ts, fn, (PyInstance) obj, name, site);
        } else if (obj instanceof PyType) {
            return classMethod(ts, fn, (PyType) obj, name, site);
        } else if (obj.getClass() == PyModule.class) {
            return moduleMethod(ts, fn, (PyModule) obj, name, site);
        }
        return builtinMethod(ts, fn, obj, name, site);
    }

    /** {@code o.name(...)} for a method of o's Python class (an instance whose dict is made: loadMethodGeneral). */
    private static PyObject instanceMethod(ThreadState ts, PyFunction fn, PyInstance o, String name, int site) {
        Site s = entryFor(fn, o.type(), name, site);
        if (s != null && s.method && o.dictIfAny() == null && absent(s, o.inlineCount())) {
            ts.methodFound = true;
            return s.descr;
        }
        return OutOfLine.loadMethod(ts, fn, o, name, site);
    }

    /** {@code C.name(...)}, as in {@code Base.__init__(self)}. */
    private static PyObject classMethod(ThreadState ts, PyFunction fn, PyType cls, String name, int site) {
        PyObject f = classFunction(fn, cls, name, site);
        if (f != null) {
            ts.methodFound = false;
            return f;
        }
        return OutOfLine.loadMethod(ts, fn, cls, name, site);
    }

    /** {@code module.name(...)}. */
    private static PyObject moduleMethod(ThreadState ts, PyFunction fn, PyModule m, String name, int site) {
        PyObject v = moduleAttr(fn, m, name, site);
        if (v != null) {
            ts.methodFound = false;
            return v;
        }
        return OutOfLine.loadMethod(ts, fn, m, name, site);
    }

    /** {@code obj.name(...)} for an instance of a built-in type (list.append): no instance dict can hide the method. */
    private static PyObject builtinMethod(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        PyType t = obj.type();
        Site s = t.isHeapType() ? null : entryFor(fn, t, name, site);
        if (s != null && s.method) {
            ts.methodFound = true;
            return s.descr;
        }
        return OutOfLine.loadMethod(ts, fn, obj, name, site);
    }

    /** Whether the site's name is known not to be among the first {@code n} shared keys. */
    private static boolean absent(Site s, int n) {
        int p = s.sharedPos;
        return p >= 0 ? p >= n : n <= s.absentBelow;
    }

    static PyObject loadMethodGeneral(ThreadState ts, PyFunction fn, PyObject obj, String name, int site) {
        Site s = loadSite(fn, obj, name, site);
        if (s.kind == INSTANCE && s.method) {
            boolean shadowed;
            if (obj instanceof PyInstance && ((PyInstance) obj).dictIfAny() == null) {
                shadowed = inlineValue(s, (PyInstance) obj) != null;
            } else {
                PyDict d = obj instanceof PyInstance || s.type.isHeapType() ? obj.instanceDict() : null;
                shadowed = d != null && s.find(d) >= 0;
            }
            if (!shadowed) {
                ts.methodFound = true;
                return s.descr;
            }
        }
        PyObject v = getattr(ts, fn, obj, name, site);
        ts.methodFound = false;
        return v;
    }

    /** STORE_ATTR ({@code value} non-null) at {@code site} of {@code fn}'s code. */
    public static void setattr(ThreadState ts, PyFunction fn, PyObject obj, String name, PyObject value, int site) {
        if (obj instanceof PyInstance) {
            PyInstance o = (PyInstance) obj;
            Site s = entryFor(fn, o.type(), name, site);
            if (s != null && o.setInlineAt(s.sharedPos, value)) {
                return;
            }
        }
        OutOfLine.setattr(ts, fn, obj, name, value, site);
    }

    /**
     * STORE_ATTR's other cases, first the next common one: an attribute the instance does not have
     * yet, as in {@code __init__}, appended at its shared position (making the instance dict
     * first). Out of {@link #setattr}, whose compiled code must stay small enough for HotSpot to
     * inline at every site (this method is too big to be inlined into it).
     */
    static void setattrGeneral(ThreadState ts, PyFunction fn, PyObject obj, String name, PyObject value,
            int site) {
        if (obj instanceof PyInstance) {
            PyInstance o = (PyInstance) obj;
            Site p = predicted(fn, o.type(), name, site);
            int pos = p == null ? -1 : p.sharedPos;
            PyDict d = o.dictIfAny();
            if (pos >= 0 && (d == null ? o.setInlineAt(pos, value) || o.appendInline(pos, value)
                    : d.sharedKeys() == p.shared && (pos < d.size() ? setAt(d, pos, value) : d.appendShared(pos, value)))) {
                return;
            }
        }
        PyType t = obj.type();
        Site s = site(fn, site);
        while (s != null && (s.type != t || s.version != t.version() || s.name != name)) {
            s = s.next;
        }
        if (s == null) {
            s = storeSite(obj, t, name);
            store(fn, site, s);
        }
        if (s.kind == INSTANCE) {
            if (obj instanceof PyInstance && ((PyInstance) obj).dictIfAny() == null) {
                if (s.key == null) {
                    s.key = PyStr.of(name);
                }
                if (((PyInstance) obj).setInline(s.key, value)) {
                    if (s.shared != null && s.sharedPos < 0) {
                        s.learn();
                    }
                    return;
                }
            }
            PyDict d = obj.instanceDict();
            if (d != null) {
                int e = s.find(d);
                if (e >= 0) {
                    d.setValueAt(e, value);
                } else if (!appendShared(s, d, value)) {
                    if (s.key == null) {
                        s.key = PyStr.of(name);
                    }
                    d.putStr(s.key, value);
                }
                return;
            }
        } else if (s.kind == DATA) {
            Attributes.setViaDescriptor(ts, s.descr, obj, value);
            return;
        }
        Attributes.setattr(ts, obj, name, value);
    }

    /** A new attribute that is the next shared key of a split dict: no hashing at all. */
    private static boolean appendShared(Site s, PyDict d, PyObject value) {
        if (s.shared == null || d.sharedKeys() != s.shared) {
            return false;
        }
        if (s.sharedPos < 0) {
            s.learn();
        }
        return s.sharedPos >= 0 && d.appendShared(s.sharedPos, value);
    }

    private static Site loadSite(PyFunction fn, PyObject obj, String name, int site) {
        PyType t = obj.type();
        for (Site s = site(fn, site); s != null; s = s.next) {
            if (s.name != name) {
                break;
            }
            if (s.type == t && s.version == t.version() && s.kind != CLASS) {
                return s;
            }
            if (s.kind == CLASS && s.type == obj && s.version == s.type.version()) {
                return s;
            }
        }
        Site s = obj instanceof PyType ? classSite((PyType) obj, t, name) : instanceSite(obj, t, name);
        store(fn, site, s);
        return s;
    }

    private static PyObject fromInstanceDict(Site s, PyObject obj, String name) {
        if (obj instanceof PyInstance && ((PyInstance) obj).dictIfAny() == null) {
            return inlineValue(s, (PyInstance) obj);
        }
        PyDict d = obj.instanceDict();
        if (d == null) {
            return null;
        }
        int e = s.find(d);
        return e < 0 ? null : d.valueAt(e);
    }

    /**
     * The inline value (ADR 0014) of the attribute of INSTANCE entry {@code s}, which is for
     * {@code o}'s type, or null: inline values are the shared keys' first values, so the name's
     * shared position decides (learnt here when the values reach beyond what the site knows).
     */
    private static PyObject inlineValue(Site s, PyInstance o) {
        int n = o.inlineCount();
        if (s.shared == null) {
            return n == 0 ? null : o.inlineGet(s.name);
        }
        if (s.sharedPos < 0 && n > s.absentBelow) {
            s.learn();
        }
        return o.inlineAt(s.sharedPos);
    }

    /** bindDescriptor, with the AttributeError context getattr adds. */
    private static PyObject bind(ThreadState ts, PyObject descr, PyObject obj, PyType owner, String name) {
        try {
            return Attributes.bindDescriptor(ts, descr, obj, owner);
        } catch (PyException e) {
            Attributes.addErrorContext(e, obj == null ? owner : obj, name);
            throw e;
        }
    }

    /** A descriptor whose kind (data or not) and binding are fixed by its Java class. */
    private static boolean builtinKind(PyObject descr) {
        return descr == null || !descr.type().isHeapType() && !(descr instanceof PyType);
    }

    private static Site instanceSite(PyObject obj, PyType t, String name) {
        if (t.lookupSlot(PyType.SLOT_GETATTRIBUTE) != ObjectMethods.Slots.GETATTRIBUTE
                || t.isHeapType() && t.lookupSlot(PyType.SLOT_GETATTR) != null) {
            return new Site(name, t, GENERIC, null);
        }
        return byTypeAttribute(t, name);
    }

    private static Site classSite(PyType cls, PyType meta, String name) {
        if (meta != PyType.TYPE) {
            return new Site(name, meta, GENERIC, null);
        }
        PyObject metaAttr = meta.lookup(name);
        PyObject attr = cls.lookup(name);
        if (attr == null || !builtinKind(attr) || metaAttr != null && Attributes.isDataDescriptor(metaAttr)) {
            return new Site(name, meta, GENERIC, null);
        }
        return new Site(name, cls, CLASS, attr);
    }

    private static Site storeSite(PyObject obj, PyType t, String name) {
        if (obj instanceof PyType
                || t.isHeapType() && t.lookupSlot(PyType.SLOT_SETATTR) != ObjectMethods.Slots.SETATTR) {
            return new Site(name, t, GENERIC, null);
        }
        return byTypeAttribute(t, name);
    }

    /** DATA or INSTANCE by what the type holds under {@code name} (GENERIC for a Python-class descriptor). */
    private static Site byTypeAttribute(PyType t, String name) {
        PyObject descr = t.lookup(name);
        if (!builtinKind(descr)) {
            return new Site(name, t, GENERIC, null);
        }
        return new Site(name, t, descr != null && Attributes.isDataDescriptor(descr) ? DATA : INSTANCE, descr);
    }
}
