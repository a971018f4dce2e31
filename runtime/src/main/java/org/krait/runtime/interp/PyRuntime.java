package org.krait.runtime.interp;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide runtime: the only place that knows every interpreter. Holds no Python state
 * of its own besides the immortal objects, which live in static finals of their classes.
 */
public final class PyRuntime {
    private final AtomicInteger nextInterpreterId = new AtomicInteger();

    /** A new interpreter with its own modules, builtins, sys and lock (PEP 684). */
    public Interpreter newInterpreter(InterpreterConfig config) {
        return new Interpreter(this, nextInterpreterId.getAndIncrement(), config);
    }
}
