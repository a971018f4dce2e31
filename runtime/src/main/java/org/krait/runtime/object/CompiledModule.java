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

    /*
     * Fixed-arity dispatchers: run function {@code index}, whose code has simpleArity n, with its n
     * parameters as Java arguments, so that a call allocates no argument array. Generated classes
     * override them with a switch over their functions of that arity; these defaults are for
     * modules that have none.
     */

    public PyObject call0(int index, ThreadState ts, PyFunction fn) {
        return call(index, ts, fn, new PyObject[0]);
    }

    public PyObject call1(int index, ThreadState ts, PyFunction fn, PyObject a) {
        return call(index, ts, fn, new PyObject[] {a});
    }

    public PyObject call2(int index, ThreadState ts, PyFunction fn, PyObject a, PyObject b) {
        return call(index, ts, fn, new PyObject[] {a, b});
    }

    public PyObject call3(int index, ThreadState ts, PyFunction fn, PyObject a, PyObject b, PyObject c) {
        return call(index, ts, fn, new PyObject[] {a, b, c});
    }

    public PyObject call4(int index, ThreadState ts, PyFunction fn, PyObject a, PyObject b, PyObject c,
            PyObject d) {
        return call(index, ts, fn, new PyObject[] {a, b, c, d});
    }

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
