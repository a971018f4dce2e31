package org.krait.runtime.object;

import org.krait.runtime.interp.ThreadState;

/**
 * Base of every generated module class. The class is shared by all interpreters and holds only
 * constants (its code objects, constant values); {@link #call} is the dispatcher that runs code
 * object {@code index} with the bound arguments (ADR 0004).
 */
public abstract class CompiledModule {

    /**
     * Runs function {@code index} of this module. For a function body {@code args} are its bound
     * parameters in co_varnames order; for module and class bodies {@code args[0]} is the locals mapping.
     */
    public abstract PyObject call(int index, ThreadState ts, PyFunction fn, PyObject[] args);

    /**
     * Re-enters the body of generator, coroutine or async generator code {@code index} at
     * {@code gf}'s resume point with {@code sent} as the value of the suspended expression (ADR 0007).
     */
    public PyObject resume(int index, ThreadState ts, PyFunction fn,
            org.krait.runtime.generators.GeneratorFrame gf, PyObject sent) {
        throw new IllegalStateException("code " + index + " is not a generator");
    }

    /** The code object of the module body. */
    public abstract PyCode moduleCode();
}
