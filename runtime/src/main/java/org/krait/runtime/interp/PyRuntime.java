package org.krait.runtime.interp;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide runtime: the only place that knows every interpreter. Holds no Python state
 * of its own besides the immortal objects, which live in static finals of their classes.
 */
public final class PyRuntime {
    private final AtomicInteger nextInterpreterId = new AtomicInteger();
    private final AtomicInteger nextClassId = new AtomicInteger();
    private final CodeLoader loader = new CodeLoader(PyRuntime.class.getClassLoader());

    /** The loader of compiled modules, shared by all interpreters. */
    public CodeLoader loader() {
        return loader;
    }

    /** A fresh internal class name for a module compiled at run time. */
    public String newClassName(String moduleName) {
        String safe = moduleName.replaceAll("[^A-Za-z0-9_]", "_");
        return "krait/run/" + safe + "$" + nextClassId.getAndIncrement();
    }

    /** A new interpreter with its own modules, builtins, sys and lock (PEP 684). */
    public Interpreter newInterpreter(InterpreterConfig config) {
        return new Interpreter(this, nextInterpreterId.getAndIncrement(), config);
    }
}
