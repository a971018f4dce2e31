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

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
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

    /** A fresh {@code __main__}-style module namespace with {@code __builtins__} set. */
    public PyDict newModuleDict(String name) {
        PyDict d = new PyDict();
        d.putStr("__name__", PyStr.of(name));
        d.putStr("__builtins__", builtins);
        return d;
    }
}
