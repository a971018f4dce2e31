package org.krait.runtime.object;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.exceptions.Errors;

/**
 * The Python signature of a built-in function or method, written once as text in the style of
 * Argument Clinic's {@code __text_signature__}, e.g. {@code "split($self, /, sep=None, maxsplit=-1)"}
 * or {@code "print(*args, sep=' ', end='\n', file=None, flush=False)"}. {@link #bind} turns a
 * vectorcall into one array, parameter by parameter (self first, {@code *args} as a tuple,
 * {@code **kwargs} as a dict, each at its place in the text), raising CPython's TypeError texts. A default written {@code ?}
 * means "optional, no default": the slot is null when not given.
 */
public final class ArgSpec {
    final String name;
    /** The name argument-count errors use: the type's name for __init__ and __new__ ("list expected ..."). */
    String errorName;
    final boolean hasSelf;
    final String[] names;          // self excluded
    final PyObject[] defaults;     // per name: null = required, OPTIONAL = may be absent
    final int posOnly;             // parameters before '/'
    final int positional;          // positional-capable parameters (before '*' / '*args')
    final boolean varargs;
    final boolean varkw;
    /** The argument count (self included) that bind passes through unchanged: all given positionally; else -1. */
    private final int exactPositional;
    /** "list.append" for a method of list, else the bare name: METH_NOARGS/METH_O errors use it. */
    String qualname;
    /** Arguments parsed by PyArg_ParseTuple (METH_VARARGS): its "takes at least 1 argument" texts. */
    boolean parseTuple;
    /** For a slot wrapper that checks the count itself: the prefix of its error text (see SlotWrappers). */
    String slotCountPrefix;

    static final PyObject OPTIONAL = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private ArgSpec(String name, boolean hasSelf, String[] names, PyObject[] defaults, int posOnly, int positional,
            boolean varargs, boolean varkw) {
        this.name = name;
        this.hasSelf = hasSelf;
        this.names = names;
        this.defaults = defaults;
        this.posOnly = posOnly;
        this.positional = positional;
        this.varargs = varargs;
        this.varkw = varkw;
        this.exactPositional = !varargs && !varkw && (posOnly == names.length || positional == names.length)
                ? names.length + (hasSelf ? 1 : 0) : -1;
        this.qualname = name;
        this.errorName = name;
        int min = 0;
        for (int i = 0; i < names.length; i++) {
            if (defaults[i] == null) {
                min = i + 1;
            }
        }
        this.minPositional = min <= positional ? min : Integer.MAX_VALUE;
        this.simplePositional = !varargs && !varkw;
    }

    /**
     * For {@link #bind}'s positional fast path: how many positional arguments give every required
     * parameter (MAX_VALUE when one is keyword-only), and whether there is no *args or **kwargs.
     */
    private final int minPositional;
    private final boolean simplePositional;

    /** Marks this as a method of {@code typeName} (for CPython's qualified error messages). */
    ArgSpec ownedBy(String typeName) {
        qualname = typeName + "." + name;
        if (name.equals("__init__") || name.equals("__new__")) {
            errorName = typeName;
        }
        return this;
    }

    /** Marks a METH_VARARGS function whose argument-count errors are PyArg_ParseTuple's. */
    ArgSpec parseTupleStyle() {
        parseTuple = true;
        return this;
    }

    /** PyArg_ParseTuple's "count() takes at least 1 argument (0 given)". */
    private RuntimeException parseTupleCount(int given) {
        int h = hidden();
        int min = required() - h;
        int max = positional - h;
        given -= h;
        String qual = min == max ? "exactly" : given < min ? "at least" : "at most";
        int n = given < min ? min : max;
        return Errors.typeError(errorName + "() takes " + qual + " " + n + " argument" + (n == 1 ? "" : "s") + " ("
                + given + " given)");
    }

    /** The argument checks of a slot wrapper (wrapper_call, check_num_args, PyArg_UnpackTuple). */
    private void checkSlotCount(int given, int nkw) {
        if (nkw > 0) {
            throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        int min = required();
        int max = positional;
        if (given < min || given > max) {
            String qual = min == max ? "" : given < min ? "at least " : "at most ";
            int n = given < min ? min : max;
            throw Errors.typeError(slotCountPrefix + "expected " + qual + n + " argument" + (n == 1 ? "" : "s")
                    + ", got " + given);
        }
    }

    /** METH_O shape: exactly one required positional-only parameter. */
    private boolean singleArg() {
        return names.length == 1 && posOnly == 1 && defaults[0] == null && !varargs && !varkw;
    }

    public String name() {
        return name;
    }

    public static ArgSpec parse(String text) {
        int open = text.indexOf('(');
        String fname = text.substring(0, open).intern(); // names in dicts: identity hits in attribute sites
        String body = text.substring(open + 1, text.lastIndexOf(')')).trim();
        List<String> names = new ArrayList<>();
        List<PyObject> defaults = new ArrayList<>();
        boolean self = false;
        int posOnly = 0;
        int positional = -1;
        boolean varargs = false;
        boolean varkw = false;
        if (!body.isEmpty()) {
            for (String raw : splitParams(body)) {
                String p = raw.trim();
                if (p.equals("$self") || p.equals("$type") || p.equals("$module")) {
                    self = true;
                } else if (p.equals("/")) {
                    posOnly = names.size();
                } else if (p.equals("*")) {
                    positional = names.size();
                } else if (p.startsWith("**")) {
                    varkw = true;
                } else if (p.startsWith("*")) {
                    positional = names.size();
                    varargs = true;
                } else {
                    int eq = p.indexOf('=');
                    names.add(eq < 0 ? p : p.substring(0, eq));
                    defaults.add(eq < 0 ? null : literal(p.substring(eq + 1)));
                }
            }
        }
        if (positional < 0) {
            positional = names.size();
        }
        return new ArgSpec(fname, self, names.toArray(new String[0]), defaults.toArray(new PyObject[0]),
                posOnly, positional, varargs, varkw);
    }

    private static List<String> splitParams(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private static PyObject literal(String s) {
        switch (s) {
            case "?":
                return OPTIONAL;
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            default:
                if (s.startsWith("'")) {
                    return PyStr.of(s.substring(1, s.length() - 1).replace("\\n", "\n"));
                }
                return PyInt.of(Long.parseLong(s));
        }
    }

    /** Slots of the bound array: self (if any), each parameter, then *args and **kwargs. */
    public int slots() {
        return (hasSelf ? 1 : 0) + names.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /**
     * For a call of self (if any) and {@code npos} positional arguments that binds without checks
     * (no *args or **kwargs, every required parameter among them): the bound array with the
     * defaults of the parameters not given filled in, for the caller to store self and the
     * arguments into. Null when the call needs {@link #bind}.
     */
    public PyObject[] positionalFrame(int npos) {
        if (!simplePositional || npos < minPositional || npos > positional) {
            return null;
        }
        int off = hasSelf ? 1 : 0;
        PyObject[] out = new PyObject[off + names.length];
        for (int i = npos; i < names.length; i++) {
            PyObject d = defaults[i];
            out[off + i] = d == OPTIONAL ? null : d;
        }
        return out;
    }

    /**
     * Binds {@code args} (positional, then the values of {@code kwnames}) to the parameters. For a
     * method, {@code args[0]} is self.
     */
    public PyObject[] bind(PyObject[] args, String[] kwnames) {
        // every parameter given positionally: nothing to bind (the common case of built-in
        // methods). Kept apart from the general binding so that this test inlines at call sites.
        if (kwnames == null && args.length == exactPositional) {
            return args;
        }
        return bindGeneral(args, kwnames);
    }

    private PyObject[] bindGeneral(PyObject[] args, String[] kwnames) {
        if (kwnames == null) {
            PyObject[] out = positionalFrame(args.length - (hasSelf ? 1 : 0));
            if (out != null) {
                System.arraycopy(args, 0, out, 0, args.length);
                return out;
            }
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int off = hasSelf ? 1 : 0;
        int npos = args.length - nkw - off;
        PyObject[] out = new PyObject[slots()];
        if (hasSelf) {
            out[0] = args[0];
        }
        int n = names.length;
        if (slotCountPrefix != null) {
            checkSlotCount(npos, nkw);
        }
        if (!varargs && !varkw && !parseTuple && posOnly < n && npos + nkw > n) {
            // _PyArg_UnpackKeywords checks the total first: "split() takes at most 2 arguments (3 given)"
            int h = hidden();
            throw Errors.typeError(errorName + "() takes at most " + (n - h) + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (n - h == 1 ? "" : "s") + " (" + (npos + nkw - h) + " given)");
        }
        if (npos > positional && !varargs) {
            throw tooManyPositional(npos);
        }
        if (posOnly < n && npos < Math.min(posOnly, required())) {
            // Argument Clinic with keyword parameters too (_PyArg_UnpackKeywords) checks this first
            int minPosOnly = Math.min(posOnly, required());
            throw Errors.typeError(name + "() takes " + (minPosOnly < positional ? "at least" : "exactly") + " "
                    + minPosOnly + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + npos + " given)");
        }
        int take = Math.min(npos, positional);
        System.arraycopy(args, off, out, off, take);
        if (varargs) {
            PyObject[] rest = new PyObject[npos - take];
            System.arraycopy(args, off + take, rest, 0, rest.length);
            out[off + n] = PyTuple.of(rest);
        }
        PyDict kw = null;
        if (varkw) {
            kw = new PyDict();
            out[out.length - 1] = kw;
        }
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            PyObject value = args[args.length - nkw + k];
            int idx = indexOf(key);
            if (idx < 0 || idx < posOnly) {
                if (kw != null) {
                    kw.putStr(key, value);
                    continue;
                }
                if (nkw > 0 && positional == n && posOnly == n) {
                    throw Errors.typeError((errorName.equals(name) ? qualname : errorName)
                            + "() takes no keyword arguments");
                }
                throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + errorName + "()");
            }
            if (out[off + idx] != null) {
                throw Errors.typeError("argument for " + name + "() given by name ('" + key + "') and position ("
                        + (idx + 1) + ")");
            }
            out[off + idx] = value;
        }
        for (int i = 0; i < n; i++) {
            if (out[off + i] == null) {
                PyObject d = defaults[i];
                if (d == null) {
                    throw missing(i, npos);
                }
                out[off + i] = d == OPTIONAL ? null : d;
            }
        }
        if (varargs && positional < n) {
            // move *args to its place in the text: after the positional parameters
            PyObject rest = out[off + n];
            System.arraycopy(out, off + positional, out, off + positional + 1, n - positional);
            out[off + positional] = rest;
        }
        return out;
    }

    private int indexOf(String key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int required() {
        int r = 0;
        for (int i = 0; i < positional; i++) {
            if (defaults[i] == null) {
                r++;
            }
        }
        return r;
    }

    /** The leading parameters the caller did not write: the class argument of __new__. */
    private int hidden() {
        return name.equals("__new__") && names.length > 0 && names[0].equals("type") ? 1 : 0;
    }

    private RuntimeException tooManyPositional(int given) {
        if (parseTuple) {
            return parseTupleCount(given);
        }
        int h = hidden();
        int req = required() - h;
        int max = positional - h;
        given -= h;
        if (positional == 0) {
            if (names.length > 0) {
                return Errors.typeError(name + "() takes no positional arguments");
            }
            return Errors.typeError(qualname + "() takes no arguments (" + given + " given)");
        }
        if (singleArg()) {
            return Errors.typeError(qualname + "() takes exactly one argument (" + given + " given)");
        }
        String qual = req == max ? "exactly" : "at most";
        if (posOnly == names.length) {
            return Errors.typeError(errorName + " expected " + (req == max ? "" : "at most ") + max
                    + " argument" + (max == 1 ? "" : "s") + ", got " + given);
        }
        // getargs.c says "positional" only when there are keyword-only parameters too
        return Errors.typeError(errorName + "() takes " + qual + " " + max + (positional < names.length
                ? " positional" : "") + " argument" + (max == 1 ? "" : "s") + " (" + given + " given)");
    }

    private RuntimeException missing(int i, int given) {
        if (parseTuple) {
            return parseTupleCount(given);
        }
        int h = hidden();
        if (i < posOnly) {
            int req = required() - h;
            if (singleArg()) {
                return Errors.typeError(qualname + "() takes exactly one argument (0 given)");
            }
            return Errors.typeError(errorName + " expected " + (req == positional - h ? "" : "at least ") + req
                    + " argument" + (req == 1 ? "" : "s") + ", got " + (given - h));
        }
        return Errors.typeError(errorName + "() missing required argument '" + names[i] + "' (pos " + (i + 1 - h)
                + ")");
    }
}
