package org.krait.runtime.interp;

import org.krait.runtime.exceptions.PyBaseException;

/**
 * The state of one thread running Python code in one interpreter: passed explicitly as the first
 * argument of every generated method and runtime entry that can run Python code (ADR 0004).
 */
public final class ThreadState {
    public final Interpreter interp;
    /** Python call depth, checked against the interpreter's recursion limit. */
    public int depth;
    /** The exception being handled ({@code sys.exc_info()}), or null: CPython's exc_info stack top. */
    public PyBaseException handled;
    /** Nesting of repr() calls, for the recursion check of Py_EnterRecursiveCall. */
    public int reprDepth;
    /** Second result of opcodes that push two values (LOAD_ATTR's method form, BEFORE_WITH). */
    public org.krait.runtime.object.PyObject loaded;
    /** LOAD_ATTR's method form: whether AttributeSites.loadMethod returned a method (self is the object) or the attribute. */
    public boolean methodFound;
    /** Where a split code unit continues: set by a part method before it returns null (ADR 0004). */
    public int nextBlock;

    /**
     * The globals of the running code (its number in the interpreter's GlobalsTable, 0 for none: an
     * int, so that calls write no reference into this long-lived object, ADR 0011), and the locals
     * mapping when that code is a module or class body: the only frame data kept eagerly.
     */
    public int frameGlobalsId;
    public org.krait.runtime.object.PyObject frameLocalsMapping;

    /** The generator, coroutine or async generator whose code is running on this thread, or null. */
    public org.krait.runtime.generators.GeneratorFrame runningGenerator;
    /** sys.set_asyncgen_hooks: called with each async generator on its first iteration / kept for finalisation. */
    public org.krait.runtime.object.PyObject asyncGenFirstiter;
    public org.krait.runtime.object.PyObject asyncGenFinalizer;
    /** SEND's second result: true when the receiver returned (its value is the result) rather than yielded. */
    public boolean sendReturned;

    private java.util.IdentityHashMap<org.krait.runtime.object.PyObject, Boolean> reprActive;

    ThreadState(Interpreter interp) {
        this.interp = interp;
    }

    /** Containers whose repr is being computed on this thread (Py_ReprEnter's list). */
    public java.util.IdentityHashMap<org.krait.runtime.object.PyObject, Boolean> reprActive() {
        if (reprActive == null) {
            reprActive = new java.util.IdentityHashMap<>();
        }
        return reprActive;
    }

    /**
     * The exception being handled, as {@code sys.exc_info()} sees it: this frame's, or walking out
     * through the code that resumed the running generators (CPython's _PyErr_GetTopmostException).
     */
    public PyBaseException topmostHandled() {
        if (handled != null) {
            return handled;
        }
        for (org.krait.runtime.generators.GeneratorFrame g = runningGenerator; g != null; g = g.outer) {
            if (g.outerHandled != null) {
                return g.outerHandled;
            }
        }
        return null;
    }

    /** The globals of the running code, or null when no Python code is running. */
    public org.krait.runtime.object.PyDict frameGlobalsIfAny() {
        return interp.globalsTable.get(frameGlobalsId);
    }

    /** {@code globals()} of the running code. */
    public org.krait.runtime.object.PyDict frameGlobals() {
        org.krait.runtime.object.PyDict g = interp.globalsTable.get(frameGlobalsId);
        return g == null ? new org.krait.runtime.object.PyDict() : g;
    }

    /** {@code locals()} of the running code: its namespace for module and class bodies. */
    public org.krait.runtime.object.PyObject frameLocals() {
        if (frameLocalsMapping != null) {
            return frameLocalsMapping;
        }
        return new org.krait.runtime.object.PyDict();
    }

    /** The locals mapping of running namespace code, else a new dict (function locals are not kept). */
    public org.krait.runtime.object.PyObject frameLocalsOr(org.krait.runtime.object.PyDict fallback) {
        return frameLocalsMapping != null ? frameLocalsMapping : new org.krait.runtime.object.PyDict();
    }
}
