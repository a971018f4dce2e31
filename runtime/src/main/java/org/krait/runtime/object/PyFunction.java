package org.krait.runtime.object;

import org.krait.runtime.ceval.Frames;

import org.krait.runtime.types.FunctionMethods;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.interp.ThreadState;

/**
 * A Python function: a code object plus what it runs with — its globals, builtins, defaults and
 * closure. Belongs to one interpreter (its globals do).
 */
public final class PyFunction extends PyObject {
    private static final PyObject[] NO_ARGS = new PyObject[0];
    public static final PyType TYPE = PyType.builtin("function", null, 0, null, FunctionMethods::defineFunction);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public PyObject doc = PyNone.NONE;
    public PyObject module = PyNone.NONE;
    public PyObject annotations;
    /** {@code __type_params__} (PEP 695), set by SET_FUNCTION_TYPE_PARAMS; null means (). */
    public PyObject typeParams;
    private PyDict dict;
    /**
     * LOAD_GLOBAL caches of this function, per site: globals version, builtins version, and the entry
     * (≥ 0 in globals, else -2 - entry in builtins). Per function, so per interpreter (DESIGN §3).
     */
    public int[] globalCache;
    /** LOAD_ATTR/STORE_ATTR caches of this function, per site (see ceval.AttributeSites); per interpreter too. */
    public Object[] attrSites;
    /** Number of {@link #globals} in the interpreter's GlobalsTable, once this function has run (else 0). */
    private int globalsId;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        this.closure = closure;
        PyObject m = globals.getStr("__name__");
        if (m != null) {
            module = m;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The number ThreadState records while this function's code runs (ADR 0011). */
    public int globalsId(ThreadState ts) {
        int id = globalsId;
        if (id == 0) {
            id = globalsId = ts.interp.globalsTable.idOf(globals);
        }
        return id;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Runs a module or class body with {@code locals} as its namespace. */
    public PyObject runBody(ThreadState ts, PyObject locals) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        // module and class bodies are frames too and count towards the recursion limit
        Frames.enter(ts, this, locals);
        try {
            PyObject r = code.module.call(code.index, ts, this, new PyObject[] {locals});
            Frames.leave(ts, savedGlobals, savedLocals);
            return r;
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    /** Vectorcall: binds the arguments as CPython's initialize_locals does, then runs the body. */
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        PyObject[] bound = bind(args, kwnames);
        return runBound(ts, code, bound);
    }

    /*
     * Calls with 0 to 4 positional arguments and no keywords (CALL of small arity, Calls.call
     * overloads): when the code takes exactly that many parameters and nothing else, nothing is
     * bound and no argument array is made (ADR 0004).
     */

    public PyObject call0(ThreadState ts) {
        PyCode co = code;
        if (co.simpleArity == 0) {
            return run0(ts, co);
        }
        return call(ts, NO_ARGS, null);
    }

    public PyObject call1(ThreadState ts, PyObject a) {
        PyCode co = code;
        if (co.simpleArity == 1) {
            return run1(ts, co, a);
        }
        return call(ts, new PyObject[] {a}, null);
    }

    public PyObject call2(ThreadState ts, PyObject a, PyObject b) {
        PyCode co = code;
        if (co.simpleArity == 2) {
            return run2(ts, co, a, b);
        }
        return call(ts, new PyObject[] {a, b}, null);
    }

    public PyObject call3(ThreadState ts, PyObject a, PyObject b, PyObject c) {
        PyCode co = code;
        if (co.simpleArity == 3) {
            return run3(ts, co, a, b, c);
        }
        return call(ts, new PyObject[] {a, b, c}, null);
    }

    public PyObject call4(ThreadState ts, PyObject a, PyObject b, PyObject c, PyObject d) {
        PyCode co = code;
        if (co.simpleArity == 4) {
            return run4(ts, co, a, b, c, d);
        }
        return call(ts, new PyObject[] {a, b, c, d}, null);
    }

    /*
     * Running the body of {@code co} as a new frame: counts depth against the recursion limit and
     * makes this the frame function (globals(), warnings) for the duration; arguments 0..4 go
     * through the module's fixed-arity dispatcher, a bound array through its general one. One
     * method per arity, not one with an arity switch: each is inlined at every Python call site,
     * and HotSpot counts all of an inlined method's bytecode, folded-away cases included, against
     * the compilation's inlining budget (DesiredMethodLimit, ADR 0016).
     */

    private PyObject run0(ThreadState ts, PyCode co) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call0(co.index, ts, this));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    private PyObject run1(ThreadState ts, PyCode co, PyObject a) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call1(co.index, ts, this, a));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    private PyObject run2(ThreadState ts, PyCode co, PyObject a, PyObject b) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call2(co.index, ts, this, a, b));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    private PyObject run3(ThreadState ts, PyCode co, PyObject a, PyObject b, PyObject c) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call3(co.index, ts, this, a, b, c));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    private PyObject run4(ThreadState ts, PyCode co, PyObject a, PyObject b, PyObject c, PyObject d) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call4(co.index, ts, this, a, b, c, d));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    private PyObject runBound(ThreadState ts, PyCode co, PyObject[] bound) {
        int savedGlobals = ts.frameGlobalsId;
        PyObject savedLocals = ts.frameLocalsMapping;
        Frames.enter(ts, this);
        try {
            return Frames.leave(ts, savedGlobals, savedLocals, co.module.call(co.index, ts, this, bound));
        } catch (Throwable t) {
            throw Frames.rethrow(Frames.fail(ts, savedGlobals, savedLocals, t));
        }
    }

    PyObject[] bind(PyObject[] args, String[] kwnames) {
        PyCode co = code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean hasVarargs = (co.flags & PyCode.CO_VARARGS) != 0;
        boolean hasVarkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && co.kwonlyargcount == 0) {
            return args; // the common exact-arity call binds nothing
        }
        PyObject[] out = new PyObject[co.parameterCount()];
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            out[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, out, 0, n);
        if (hasVarargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) {
                System.arraycopy(args, argcount, rest, 0, rest.length);
            }
            out[total] = PyTuple.of(rest);
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            PyObject value = args[npos + k];
            int idx = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (co.varnames[j].equals(key)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.putStr(key, value);
                    continue;
                }
                for (int j = 0; j < co.posonlyargcount; j++) {
                    if (co.varnames[j].equals(key)) {
                        if (posOnlyAsKw == null) {
                            posOnlyAsKw = new ArrayList<>();
                        }
                        posOnlyAsKw.add(key);
                    }
                }
                if (posOnlyAsKw != null) {
                    continue;
                }
                throw Errors.typeError(qualname + "() got an unexpected keyword argument '" + key + "'");
            }
            if (out[idx] != null) {
                throw Errors.typeError(qualname + "() got multiple values for argument '" + key + "'");
            }
            out[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        if (npos > argcount && !hasVarargs) {
            throw tooManyPositional(npos, out);
        }
        // defaults for missing positional parameters
        int ndef = defaults == null ? 0 : defaults.items.length;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (out[i] == null) {
                int d = i - (argcount - ndef);
                if (d >= 0) {
                    out[i] = defaults.items[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(missing, "positional");
        }
        for (int i = argcount; i < total; i++) {
            if (out[i] == null) {
                PyObject d = kwdefaults == null ? null : kwdefaults.getStr(co.varnames[i]);
                if (d != null) {
                    out[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(missing, "keyword-only");
        }
        return out;
    }

    private RuntimeException missingArgs(List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }

    private RuntimeException tooManyPositional(int given, PyObject[] out) {
        PyCode co = code;
        int argcount = co.argcount;
        int ndef = defaults == null ? 0 : defaults.items.length;
        int kwGiven = 0;
        for (int i = argcount; i < argcount + co.kwonlyargcount; i++) {
            if (out[i] != null) {
                kwGiven++;
            }
        }
        String takes = ndef > 0 ? "from " + (argcount - ndef) + " to " + argcount : String.valueOf(argcount);
        boolean plural = ndef > 0 || argcount != 1;
        String kwPart = "";
        if (kwGiven > 0) {
            kwPart = " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument"
                    + (kwGiven == 1 ? "" : "s") + ")";
        }
        String givenText = kwGiven > 0 ? given + kwPart + " were given"
                : given + (given == 1 ? " was given" : " were given");
        return Errors.typeError(qualname + "() takes " + takes + " positional argument" + (plural ? "s" : "")
                + " but " + givenText);
    }
}
