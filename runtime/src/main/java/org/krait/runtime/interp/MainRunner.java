package org.krait.runtime.interp;

import org.krait.compiler.KraitCompiler;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.exceptions.TracebackPrinter;
import org.krait.runtime.object.CompiledModule;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ceval.Ceval;

/**
 * Runs a program as {@code python3.12 FILE} does (Modules/main.c, Python/pythonrun.c): the module
 * as {@code __main__}, an uncaught exception printed with its traceback, SystemExit turned into
 * the exit status. Python code runs on a thread with a large stack so that deep recursion reaches
 * the recursion limit long before the JVM's stack ends.
 */
public final class MainRunner {
    private static final long STACK_SIZE = 1L << 30;

    private MainRunner() {
    }

    /** Compiles and runs {@code source} as the main module; returns the process exit status. */
    public static int runSource(Interpreter interp, byte[] source, String filename) {
        CompiledModule module;
        try {
            String cls = interp.runtime().newClassName("__main__");
            java.util.function.IntFunction<String> lines = org.krait.compiler.codegen.ModuleCompiler.sourceLines(source);
            module = interp.runtime().loader().load(cls, KraitCompiler.compileModule(source, filename, cls,
                    w -> interp.stderr.write(formatWarning(w, lines))));
        } catch (PySyntaxError e) {
            interp.stdout.flush();
            interp.stderr.write(e.formatForStderr());
            interp.stderr.flush();
            return 1;
        } catch (UnsupportedOperationException e) {
            interp.stderr.write("krait: " + e.getMessage() + "\n");
            interp.stderr.flush();
            return 1;
        } catch (RuntimeException e) {
            // a compiler bug: say so in one line, never with a Java stack trace
            interp.stderr.write("krait: internal compiler error: " + e + "\n");
            interp.stderr.flush();
            return 1;
        }
        return runModule(interp, module, filename);
    }

    /** A compile-time SyntaxWarning as warnings.formatwarning shows it: location, message, source line. */
    static String formatWarning(org.krait.compiler.codegen.CompileWarning w, java.util.function.IntFunction<String> lines) {
        String text = w.filename() + ":" + w.lineno() + ": SyntaxWarning: " + w.message() + "\n";
        String line = lines.apply(w.lineno());
        if (line != null && !line.isBlank()) {
            text += "  " + line.strip() + "\n";
        }
        return text;
    }

    /** Runs an already compiled module as {@code __main__}; returns the process exit status. */
    public static int runModule(Interpreter interp, CompiledModule module, String filename) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = runOnThisThread(interp, module, filename), "python-main",
                STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return status[0];
    }

    static int runOnThisThread(Interpreter interp, CompiledModule module, String filename) {
        ThreadState ts = interp.newThreadState();
        PyDict globals = interp.newModuleDict("__main__");
        globals.putStr("__file__", PyStr.of(filename));
        globals.putStr("__cached__", PyNone.NONE);
        interp.modules.putStr("__main__", new PyModule("__main__", globals));
        int status;
        try {
            PyFunction body = Ceval.moduleFunction(ts, module.moduleCode(), globals);
            body.runBody(ts, globals);
            status = 0;
        } catch (PyException e) {
            status = handleUncaught(ts, e.value);
        } catch (StackOverflowError e) {
            status = handleUncaught(ts, org.krait.runtime.exceptions.Errors.create(ExceptionTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded"));
        } catch (RuntimeException e) {
            status = handleUncaught(ts, org.krait.runtime.exceptions.Errors.create(ExceptionTypes.SYSTEM_ERROR,
                    "internal error: " + e));
        }
        try {
            interp.stdout.flush();
        } catch (PyException e) {
            status = status == 0 ? 120 : status;
        }
        interp.stderr.flush();
        return status;
    }

    /** What the interpreter does with an exception that reaches the top (PyErr_PrintEx). */
    static int handleUncaught(ThreadState ts, PyBaseException exc) {
        Interpreter interp = ts.interp;
        if (exc.matches(ExceptionTypes.SYSTEM_EXIT)) {
            return exitStatus(ts, exc);
        }
        try {
            interp.stdout.flush();
        } catch (PyException ignored) {
            // as CPython: a failing flush does not hide the original error
        }
        TracebackPrinter.print(ts, exc, interp.stderr);
        interp.stderr.flush();
        return 1;
    }

    /** SystemExit: None → 0, an int → that status, anything else printed to stderr → 1. */
    static int exitStatus(ThreadState ts, PyBaseException exc) {
        PyObject code = exc.attr("code");
        if (code == null) {
            code = exc.args.size() == 0 ? PyNone.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt) {
            PyInt i = (PyInt) code;
            return i.fitsLong() ? (int) i.value : -1;
        }
        ts.interp.stdout.flush();
        ts.interp.stderr.write(Abstract.str(ts, code) + "\n");
        ts.interp.stderr.flush();
        return 1;
    }
}
