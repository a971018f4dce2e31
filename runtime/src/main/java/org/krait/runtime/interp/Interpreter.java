package org.krait.runtime.interp;

import org.krait.runtime.builtins.BuiltinsModule;
import org.krait.runtime.builtins.SysModule;
import org.krait.runtime.builtins.TextStream;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;

/**
 * One Python interpreter (PEP 684): its own {@code sys.modules}, {@code builtins}, {@code sys},
 * streams and recursion limit. Nothing here is reachable from another interpreter.
 */
public final class Interpreter {
    private final PyRuntime runtime;
    private final int id;
    public final PyDict modules = new PyDict();
    public final PyModule builtins;
    public final PyModule sys;
    public final TextStream stdout;
    public final TextStream stderr;
    public final TextStream stdin;
    private int recursionLimit = 1000;
    /** Source lines shown in tracebacks (CPython re-reads the file; one cache per interpreter here). */
    private final org.krait.runtime.exceptions.SourceCache sourceCache = new org.krait.runtime.exceptions.SourceCache();
    /** sys.get_int_max_str_digits(): the limit of decimal int/str conversions (0: none). */
    private int intMaxStrDigits = org.krait.runtime.numeric.IntText.DEFAULT_MAX_STR_DIGITS;
    /** Heap subclasses of built-in types made in this interpreter, for __subclasses__ (weakly held). */
    private final java.util.IdentityHashMap<org.krait.runtime.object.PyType,
            java.util.List<java.lang.ref.WeakReference<org.krait.runtime.object.PyType>>> builtinSubclasses =
                    new java.util.IdentityHashMap<>();

    /** id() of this interpreter's objects. */
    public final ObjectIds ids = new ObjectIds();
    /** Numbers of the dicts used as globals, for ThreadState.frameGlobalsId. */
    public final GlobalsTable globalsTable = new GlobalsTable();
    /** Warnings shown once per location ("default" action): module, text, category and line. */
    private final java.util.Set<java.util.List<Object>> warningsShown = new java.util.HashSet<>();

    Interpreter(PyRuntime runtime, int id, InterpreterConfig config) {
        this.runtime = runtime;
        this.id = id;
        this.stdout = TextStream.writer("<stdout>", config.stdout(), false);
        this.stderr = TextStream.writer("<stderr>", config.stderr(), true);
        this.stdin = TextStream.reader("<stdin>", config.stdin());
        this.builtins = BuiltinsModule.create(this);
        this.sys = SysModule.create(this, config.argv());
        modules.putStr("builtins", builtins);
        modules.putStr("sys", sys);
    }

    public int id() {
        return id;
    }

    public PyRuntime runtime() {
        return runtime;
    }

    /** A thread state for the calling Java thread to run Python code in this interpreter. */
    public ThreadState newThreadState() {
        return new ThreadState(this);
    }

    /** True the first time a warning is issued at this location (warnings.py's registry). */
    public synchronized boolean warningOnce(String module, String text, String category, int lineno) {
        return warningsShown.add(java.util.List.of(module, text, category, lineno));
    }

    public org.krait.runtime.exceptions.SourceCache sourceCache() {
        return sourceCache;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        intMaxStrDigits = digits;
    }

    /** {@code sys.<name>} as currently bound (programs may rebind sys.stdout), or null. */
    public PyObject sysAttr(String name) {
        return sys.dict.getStr(name);
    }

    /**
     * The Java-implemented module {@code name}, created and registered in {@code sys.modules} on first
     * import, or null if there is none.
     */
    public PyModule javaModule(String name) {
        java.util.function.Function<Interpreter, PyModule> factory = org.krait.runtime.builtins.JavaModules.factory(name);
        if (factory == null) {
            return null;
        }
        PyModule m = factory.apply(this);
        modules.putStr(name, m);
        return m;
    }

    /** Records that heap class {@code child} directly subclasses {@code base}. */
    public void registerSubclass(org.krait.runtime.object.PyType base, org.krait.runtime.object.PyType child) {
        if (base.isHeapType()) {
            base.addHeapChild(child);
        } else {
            builtinSubclasses.computeIfAbsent(base, k -> new java.util.ArrayList<>())
                    .add(new java.lang.ref.WeakReference<>(child));
        }
    }

    /** {@code base.__subclasses__()} as seen from this interpreter. */
    public java.util.List<org.krait.runtime.object.PyType> subclassesOf(org.krait.runtime.object.PyType base) {
        java.util.List<org.krait.runtime.object.PyType> out = new java.util.ArrayList<>();
        if (base.isHeapType()) {
            out.addAll(base.heapChildren());
            return out;
        }
        out.addAll(base.builtinChildren());
        for (java.lang.ref.WeakReference<org.krait.runtime.object.PyType> r
                : builtinSubclasses.getOrDefault(base, java.util.List.of())) {
            if (r.get() != null) {
                out.add(r.get());
            }
        }
        return out;
    }

    /** A fresh {@code __main__}-style module namespace with {@code __builtins__} set. */
    public PyDict newModuleDict(String name) {
        PyDict d = new PyDict();
        d.putStr("__name__", PyStr.of(name));
        d.putStr("__builtins__", builtins);
        return d;
    }
}
