package org.krait.runtime.object;

/**
 * A Python value. Every value that generated code handles is a {@code PyObject}; see ADR 0003.
 * Built-in data classes return their immortal type from {@link #type()}; instances of user
 * classes carry theirs.
 */
public abstract class PyObject {

    /** {@code type(self)}. */
    public abstract PyType type();

    /** The instance {@code __dict__}, or null when this object has none. */
    public PyDict instanceDict() {
        return null;
    }
}
