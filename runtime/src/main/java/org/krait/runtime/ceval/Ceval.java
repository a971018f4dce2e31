package org.krait.runtime.ceval;

import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyCell;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.CallSites;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.ops.Iteration;
import org.krait.runtime.ops.Subscripts;
import org.krait.runtime.types.Builtin;
import org.krait.runtime.types.DictMethods;
import org.krait.runtime.types.ListMethods;
import org.krait.runtime.types.SetMethods;
import org.krait.runtime.types.TypeMethods;

/**
 * The opcode implementations generated code calls (the ABI between the emitter and the runtime):
 * one static method per opcode that needs more than a single protocol call, named after it.
 */
public final class Ceval {
    private Ceval() {
    }

    // ---- calls ----

    /** CALL of a method loaded with LOAD_ATTR's method bit: {@code selfAndArgs[0]} is self. */
    public static PyObject callMethodWithSelf(ThreadState ts, PyObject method, PyObject[] selfAndArgs,
            String[] kwnames) {
        if (method instanceof PyFunction) {
            return ((PyFunction) method).call(ts, selfAndArgs, kwnames);
        }
        if (method instanceof org.krait.runtime.object.PyMethodDescr) {
            return ((org.krait.runtime.object.PyMethodDescr) method).call(ts, selfAndArgs, kwnames);
        }
        return Calls.call(ts, method, selfAndArgs, kwnames);
    }

    /** CALL: {@code method} null means "callable is {@code selfOrCallable}"; else self is prepended. */
    public static PyObject call(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject[] args,
            String[] kwnames) {
        if (method == null) {
            return Calls.call(ts, selfOrCallable, args, kwnames);
        }
        return Calls.callMethod(ts, method, selfOrCallable, args, kwnames);
    }

    /*
     * CALL 0..3 without keywords: the arguments as Java parameters, so that no array is built here
     * and a Python function of that arity gets none either ({@code method} null as in call).
     */

    public static PyObject call0(ThreadState ts, PyObject method, PyObject selfOrCallable) {
        return CallSites.call0(ts, method, selfOrCallable);
    }

    public static PyObject call1(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a) {
        return CallSites.call1(ts, method, selfOrCallable, a);
    }

    public static PyObject call2(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b) {
        return CallSites.call2(ts, method, selfOrCallable, a, b);
    }

    public static PyObject call3(ThreadState ts, PyObject method, PyObject selfOrCallable, PyObject a, PyObject b,
            PyObject c) {
        return CallSites.call3(ts, method, selfOrCallable, a, b, c);
    }

    /**
     * CALL 0 of the global {@code super} in a method: CPython's super_init_without_args reads the
     * frame's {@code __class__} cell and first argument; we keep no frames, so the compiler passes them.
     */
    public static PyObject callSuperZeroArg(ThreadState ts, PyObject callable, PyObject classCell, PyObject first) {
        if (callable != Supers.TYPE) {
            return Calls.call(ts, callable, new PyObject[0], null);
        }
        PyObject cls = classCell instanceof PyCell ? ((PyCell) classCell).contents : null;
        if (cls == null) {
            throw Errors.runtimeError("super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType)) {
            throw Errors.runtimeError("super(): __class__ is not a type (" + cls.type().name() + ")");
        }
        PyObject self = first instanceof PyCell ? ((PyCell) first).contents : first;
        if (self == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        return Calls.call(ts, Supers.TYPE, cls, self);
    }

    /**
     * CALL 0 of the global locals/vars/dir in a function. If the callable is the built-in, the
     * function's locals (as locals() would snapshot them) are made available to it.
     */
    public static PyObject callWithLocals(ThreadState ts, PyObject callable, String[] names, PyObject[] values,
            PyObject snapshot) {
        PyObject saved = ts.frameLocalsMapping;
        // as PyFrame_FastToLocals: one dict per call, refreshed from the locals each time
        PyDict d = snapshot instanceof PyDict ? (PyDict) snapshot : new PyDict();
        for (int i = 0; i < names.length; i++) {
            PyObject v = values[i] instanceof PyCell ? ((PyCell) values[i]).contents : values[i];
            if (v != null) {
                d.putStr(names[i], v);
            } else {
                d.removeStr(names[i]);
            }
        }
        ts.frameLocalsMapping = d;
        try {
            return Calls.call(ts, callable, new PyObject[0], null);
        } finally {
            ts.frameLocalsMapping = saved;
            ts.loaded = d;
        }
    }

    /** CALL_FUNCTION_EX: f(*args, **kwargs). */
    public static PyObject callFunctionEx(ThreadState ts, PyObject func, PyObject args, PyObject kwargs) {
        PyObject[] pos = args instanceof PyTuple ? ((PyTuple) args).items : starArgs(ts, func, args);
        if (kwargs == null || kwargs == PyNone.NONE) {
            return Calls.call(ts, func, pos, null);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] all = new PyObject[pos.length + kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[kw.size()];
        int k = 0;
        for (int e = 0; e < kw.entryLimit(); e++) {
            PyObject key = kw.keyAt(e);
            if (key == null) {
                continue;
            }
            if (!(key instanceof PyStr)) {
                throw Errors.typeError("keywords must be strings"); // _PyStack_UnpackDict
            }
            names[k] = ((PyStr) key).value();
            all[pos.length + k++] = kw.valueAt(e);
        }
        return Calls.call(ts, func, all, names);
    }

    private static PyObject[] starArgs(ThreadState ts, PyObject func, PyObject args) {
        if (args instanceof PyList) {
            return ((PyList) args).toArray();
        }
        if (args.type().lookup("__iter__") == null && args.type().lookup("__getitem__") == null) {
            throw Errors.typeError(funcName(ts, func) + " argument after * must be an iterable, not "
                    + args.type().name());
        }
        return TypeMethods.toList(ts, args).toArray(new PyObject[0]);
    }

    /** _PyObject_FunctionStr: "module.qualname()" (no module for builtins), else "X object". */
    static String funcName(ThreadState ts, PyObject func) {
        PyObject q = Attributes.lookupOrNull(ts, func, "__qualname__");
        if (!(q instanceof PyStr)) {
            return func.type().name() + " object";
        }
        PyObject m = Attributes.lookupOrNull(ts, func, "__module__");
        if (m instanceof PyStr && !((PyStr) m).value().equals("builtins")) {
            return ((PyStr) m).value() + "." + ((PyStr) q).value() + "()";
        }
        return ((PyStr) q).value() + "()";
    }

    // ---- attributes ----

    /** CALL_INTRINSIC_1. */
    /** CALL_INTRINSIC_2 ({@code v2} is the deeper operand). */
    public static PyObject intrinsic2(ThreadState ts, int which, PyObject v2, PyObject v1) {
        switch (which) {
            case 1: // INTRINSIC_PREP_RERAISE_STAR
                return ExceptStar.prepReraiseStar(ts, v2, v1);
            case 2: // INTRINSIC_TYPEVAR_WITH_BOUND
            case 3: // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
            case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
                return org.krait.runtime.typing.TypeParams.intrinsic2(ts, which, v2, v1);
            default:
                throw Errors.systemError("intrinsic2 " + which + " is not supported yet");
        }
    }

    public static PyObject intrinsic1(ThreadState ts, int which, PyObject v, PyObject locals) {
        switch (which) {
            case 1: { // INTRINSIC_PRINT (interactive mode): sys.displayhook
                if (v != PyNone.NONE) {
                    ts.interp.builtins.dict.putStr("_", PyNone.NONE);
                    PyObject out = ts.interp.sysAttr("stdout");
                    Calls.call(ts, Attributes.getattr(ts, out, "write"), PyStr.of(Abstract.repr(ts, v) + "\n"));
                    ts.interp.builtins.dict.putStr("_", v);
                }
                return PyNone.NONE;
            }
            case 2: // INTRINSIC_IMPORT_STAR
                Imports.importStar(ts, v, locals);
                return PyNone.NONE;
            case 4: // INTRINSIC_ASYNC_GEN_WRAP
                return new org.krait.runtime.generators.PyAsyncGenerator.Wrapped(v);
            case 7: // INTRINSIC_TYPEVAR
            case 8: // INTRINSIC_PARAMSPEC
            case 9: // INTRINSIC_TYPEVARTUPLE
            case 10: // INTRINSIC_SUBSCRIPT_GENERIC
            case 11: // INTRINSIC_TYPEALIAS
                return org.krait.runtime.typing.TypeParams.intrinsic1(ts, which, v);
            case 5: // INTRINSIC_UNARY_POSITIVE
                return org.krait.runtime.ops.Numbers.positive(ts, v);
            case 6: // INTRINSIC_LIST_TO_TUPLE
                return PyTuple.of(((PyList) v).toArray());
            default:
                throw Errors.systemError("intrinsic " + which + " is not supported yet");
        }
    }

    /** LOAD_SUPER_ATTR: {@code super(cls, self).name}, the global {@code super} checked as CPython does. */
    public static PyObject loadSuperAttr(ThreadState ts, PyObject globalSuper, PyObject cls, PyObject self,
            String name) {
        if (globalSuper != Supers.TYPE) {
            PyObject s = Calls.call(ts, globalSuper, cls, self);
            return Attributes.getattr(ts, s, name);
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + cls.type().name());
        }
        Supers.check((PyType) cls, self);
        return Builtin.superLookup(ts, (PyType) cls, self, name);
    }

    // ---- building ----

    public static PyObject buildSet(ThreadState ts, PyObject[] items) {
        PySet s = new PySet(false);
        for (PyObject o : items) {
            s.add(ts, o);
        }
        return s;
    }

    public static PyObject buildMap(ThreadState ts, PyObject[] keysAndValues) {
        PyDict d = new PyDict(keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.put(ts, keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    public static PyObject buildConstKeyMap(ThreadState ts, PyObject[] values, PyObject keys) {
        PyObject[] k = ((PyTuple) keys).items;
        PyDict d = new PyDict(k.length);
        for (int i = 0; i < k.length; i++) {
            d.put(ts, k[i], values[i]);
        }
        return d;
    }

    public static PyObject buildString(PyObject[] parts) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            PyStr part = (PyStr) parts[i];
            if (!part.isBmp()) {
                return buildStringCodePoints(parts); // a seam may fall between surrogates (ADR 0008)
            }
            texts[i] = part.value();
        }
        return PyStr.ofBmp(String.join("", texts)); // sized once; no piece had a surrogate
    }

    private static PyObject buildStringCodePoints(PyObject[] parts) {
        org.krait.compiler.unicode.CodePointBuilder b = new org.krait.compiler.unicode.CodePointBuilder();
        for (PyObject p : parts) {
            ((PyStr) p).appendTo(b);
        }
        return PyStr.of(b);
    }

    public static PyObject buildSlice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step == null ? PyNone.NONE : step);
    }

    public static void listAppend(PyObject list, PyObject v) {
        ((PyList) list).append(v);
    }

    public static void listExtend(ThreadState ts, PyObject list, PyObject iterable) {
        if (!(iterable instanceof PyList) && !(iterable instanceof PyTuple)
                && iterable.type().lookup("__iter__") == null && iterable.type().lookup("__getitem__") == null) {
            throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
        }
        ListMethods.extend(ts, (PyList) list, iterable);
    }

    public static void setAdd(ThreadState ts, PyObject set, PyObject v) {
        ((PySet) set).add(ts, v);
    }

    public static void setUpdate(ThreadState ts, PyObject set, PyObject iterable) {
        SetMethods.update(ts, (PySet) set, iterable);
    }

    public static void mapAdd(ThreadState ts, PyObject dict, PyObject key, PyObject value) {
        ((PyDict) dict).put(ts, key, value);
    }

    /** DICT_UPDATE: {@code {**m}}. */
    public static void dictUpdate(ThreadState ts, PyObject dict, PyObject other) {
        if (!(other instanceof PyDict) && Attributes.lookupOrNull(ts, other, "keys") == null) {
            throw Errors.typeError("'" + other.type().name() + "' object is not a mapping");
        }
        DictMethods.update(ts, (PyDict) dict, other);
    }

    /** DICT_MERGE: {@code f(**m)}, duplicate keywords rejected. */
    public static void dictMerge(ThreadState ts, PyObject func, PyObject dict, PyObject other) {
        if (!(other instanceof PyDict) && Attributes.lookupOrNull(ts, other, "keys") == null) {
            throw Errors.typeError(funcName(ts, func) + " argument after ** must be a mapping, not "
                    + other.type().name());
        }
        PyDict target = (PyDict) dict;
        PyDict src = other instanceof PyDict ? (PyDict) other : new PyDict();
        if (!(other instanceof PyDict)) {
            DictMethods.update(ts, src, other);
        }
        for (int e = 0; e < src.entryLimit(); e++) {
            PyObject k = src.keyAt(e);
            if (k == null) {
                continue;
            }
            if (k instanceof PyStr && target.containsKey(ts, k)) {
                throw Errors.typeError(funcName(ts, func) + " got multiple values for keyword argument '"
                        + ((PyStr) k).value() + "'");
            }
            target.put(ts, k, src.valueAt(e));
        }
    }

    // ---- unpacking ----

    /** UNPACK_SEQUENCE n: the items in order (the emitter pushes them last-first). */
    public static PyObject[] unpackSequence(ThreadState ts, PyObject seq, int n) {
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).items.length == n) {
            return ((PyTuple) seq).items;
        }
        if (seq.getClass() == PyList.class && ((PyList) seq).size == n) {
            return ((PyList) seq).toArray();
        }
        PyObject it = iterForUnpack(ts, seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject v = Iteration.next(ts, it);
            if (v == null) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            out[i] = v;
        }
        if (Iteration.next(ts, it) != null) {
            // 3.12 does not say how many there were (3.14 does)
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    /** UNPACK_EX: {@code before} items, a list of the rest, {@code after} items. */
    public static PyObject[] unpackEx(ThreadState ts, PyObject seq, int before, int after) {
        PyObject it = iterForUnpack(ts, seq);
        List<PyObject> all = TypeMethods.toList(ts, it);
        if (all.size() < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        PyObject[] out = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) {
            out[i] = all.get(i);
        }
        out[before] = new PyList(all.subList(before, all.size() - after).toArray(new PyObject[0]));
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = all.get(all.size() - after + i);
        }
        return out;
    }

    private static PyObject iterForUnpack(ThreadState ts, PyObject seq) {
        PyType t = seq.type();
        if (!(seq instanceof org.krait.runtime.object.PyIterator) && t.lookup("__iter__") == null
                && t.lookup("__getitem__") == null) {
            throw Errors.typeError("cannot unpack non-iterable " + t.name() + " object");
        }
        return Iteration.iter(ts, seq);
    }

    // ---- functions ----

    /** MAKE_FUNCTION: the code object plus what the flags put on the stack (null when absent). */
    public static PyObject makeFunction(ThreadState ts, PyFunction current, PyObject code, PyObject defaults,
            PyObject kwdefaults, PyObject annotations, PyObject closure) {
        PyCell[] cells = null;
        if (closure != null) {
            PyObject[] items = ((PyTuple) closure).items;
            cells = new PyCell[items.length];
            for (int i = 0; i < items.length; i++) {
                cells[i] = (PyCell) items[i];
            }
        }
        PyCode c = (PyCode) code;
        PyFunction f = new PyFunction(c, current.globals, current.builtins, cells);
        f.doc = c.docstring == null ? PyNone.NONE : PyStr.of(c.docstring);
        if (defaults != null) {
            f.defaults = (PyTuple) defaults;
        }
        if (kwdefaults != null) {
            f.kwdefaults = (PyDict) kwdefaults;
        }
        if (annotations != null) {
            PyDict ann = annotations instanceof PyDict ? (PyDict) annotations : new PyDict();
            if (annotations instanceof PyTuple) {
                PyObject[] kv = ((PyTuple) annotations).items;
                for (int i = 0; i + 1 < kv.length; i += 2) {
                    ann.put(ts, kv[i], kv[i + 1]);
                }
            }
            f.annotations = ann;
        }
        return f;
    }

    /** The module body's own function: module code run with the module's globals. */
    public static PyFunction moduleFunction(ThreadState ts, PyCode code, PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        PyDict builtins = b instanceof PyDict ? (PyDict) b
                : b instanceof org.krait.runtime.object.PyModule ? ((org.krait.runtime.object.PyModule) b).dict
                : ts.interp.builtins.dict;
        return new PyFunction(code, globals, builtins, null);
    }

    public static PyObject loadBuildClass(ThreadState ts, PyFunction fn) {
        PyObject bc = fn.builtins.getStr("__build_class__");
        if (bc == null) {
            throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.NAME_ERROR, "__build_class__ not found");
        }
        return bc;
    }

    public static void setupAnnotations(ThreadState ts, PyObject locals) {
        if (locals instanceof PyDict) {
            if (((PyDict) locals).getStr("__annotations__") == null) {
                ((PyDict) locals).putStr("__annotations__", new PyDict());
            }
        } else {
            try {
                Subscripts.getitem(ts, locals, PyStr.of("__annotations__"));
            } catch (org.krait.runtime.exceptions.PyException e) {
                if (!e.value.matches(org.krait.runtime.exceptions.ExceptionTypes.KEY_ERROR)) {
                    throw e;
                }
                Subscripts.setitem(ts, locals, PyStr.of("__annotations__"), new PyDict());
            }
        }
    }

    // ---- operators ----

    public static PyObject isOp(PyObject a, PyObject b, int invert) {
        return PyBool.of((a == b) != (invert != 0));
    }

    public static PyObject containsOp(ThreadState ts, PyObject item, PyObject container, int invert) {
        return PyBool.of(Abstract.contains(ts, container, item) != (invert != 0));
    }

    public static PyObject binarySlice(ThreadState ts, PyObject container, PyObject start, PyObject stop) {
        return Subscripts.slice(ts, container, start, stop);
    }

    public static void storeSlice(ThreadState ts, PyObject value, PyObject container, PyObject start, PyObject stop) {
        Subscripts.setitem(ts, container, new PySlice(start, stop, PyNone.NONE), value);
    }

    public static PyObject getLen(ThreadState ts, PyObject o) {
        return org.krait.runtime.object.PyInt.of(Abstract.len(ts, o));
    }

    /** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(value, spec). */
    public static PyObject formatValue(ThreadState ts, PyObject value, PyObject spec, int conversion) {
        switch (conversion) {
            case 1:
                value = Abstract.strObject(ts, value);
                break;
            case 2:
                value = PyStr.of(Abstract.repr(ts, value));
                break;
            case 3:
                value = PyStr.of(org.krait.runtime.builtins.Formats.ascii(Abstract.repr(ts, value)));
                break;
            default:
                break;
        }
        if (spec == null && value.getClass() == PyStr.class) {
            return value;
        }
        return org.krait.runtime.types.StrFormat.formatObject(ts, value, spec == null ? PyStr.EMPTY : (PyStr) spec);
    }
}
