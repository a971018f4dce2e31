package org.krait.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.krait.compiler.KraitCompiler;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.runtime.ceval.Ceval;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.exceptions.TracebackPrinter;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.InterpreterConfig;
import org.krait.runtime.interp.PyRuntime;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.CompiledModule;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.ops.Calls;

/**
 * A Python module compiled in memory by Krait, as {@code krait run} compiles one, and executed in
 * a fresh interpreter on the calling thread: what a benchmark's {@code @Setup} builds so that the
 * measured code is compiled Python calling the runtime's primitives.
 */
public final class PythonModule {
    private final ThreadState ts;
    private final PyDict globals;

    private PythonModule(ThreadState ts, PyDict globals) {
        this.ts = ts;
        this.globals = globals;
    }

    /** Compiles and runs the module {@code NAME.py} found next to this class, named {@code NAME}. */
    public static PythonModule load(String name) {
        String file = name + ".py";
        try (InputStream in = PythonModule.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + file + " next to " + PythonModule.class);
            }
            return run(name, in.readAllBytes(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code source} and runs its body as module {@code name} in a new interpreter. */
    public static PythonModule run(String name, byte[] source, String filename) {
        Interpreter interp = new PyRuntime().newInterpreter(new InterpreterConfig(InputStream.nullInputStream(),
                System.out, System.err, List.of(filename)));
        CompiledModule module;
        try {
            String cls = interp.runtime().newClassName(name);
            module = interp.runtime().loader().load(cls, KraitCompiler.compileModule(source, filename, cls));
        } catch (PySyntaxError e) {
            throw new IllegalArgumentException(e.formatForStderr(), e);
        }
        ThreadState ts = interp.newThreadState();
        PyDict globals = interp.newModuleDict(name);
        interp.modules.putStr(name, new PyModule(name, globals));
        guard(ts, () -> Ceval.moduleFunction(ts, module.moduleCode(), globals).runBody(ts, globals));
        return new PythonModule(ts, globals);
    }

    /** The thread state to run this module's code with: only on the thread that loaded it. */
    public ThreadState threadState() {
        return ts;
    }

    /** The module-level name {@code name} (a function, a class, a value). */
    public PyObject global(String name) {
        PyObject v = globals.getStr(name);
        if (v == null) {
            throw new IllegalArgumentException("module has no global '" + name + "'");
        }
        return v;
    }

    /** Calls the module-level callable {@code name} with positional arguments. */
    public PyObject call(String name, PyObject... args) {
        PyObject f = global(name);
        return guard(ts, () -> Calls.call(ts, f, args, null));
    }

    /** Runs Python code; an uncaught Python exception prints its traceback and fails the setup. */
    private static PyObject guard(ThreadState ts, java.util.function.Supplier<PyObject> code) {
        try {
            return code.get();
        } catch (PyException e) {
            TracebackPrinter.print(ts, e.value, ts.interp.stderr);
            ts.interp.stderr.flush();
            throw new IllegalStateException("Python code raised " + e.value.type().name(), e);
        }
    }
}
