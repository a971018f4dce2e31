package org.krait.runtime.generators;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;

/**
 * A generator object. It is a built-in iterator, so FOR_ITER resumes it directly and its end costs
 * no StopIteration; {@code __next__}, {@code send}, {@code throw} and {@code close} are in
 * {@link GeneratorMethods}.
 */
public final class PyGenerator extends PyIterator implements Generators.Owner {
    public static final PyType TYPE = PyType.builtin("generator", null, 0, null, GeneratorMethods::defineGenerator);

    final GeneratorFrame frame;
    /**
     * Created by the call whose result a {@code for} loop iterates, so the loop holds the only
     * reference: when the loop is left early the generator is closed, as CPython's reference
     * counting would finalise it there (ADR 0007).
     */
    boolean loopOwned;
    /** What the code returned, until {@link #exhausted} reports it (the next StopIteration is plain). */
    private PyObject returned;

    PyGenerator(GeneratorFrame frame) {
        super(TYPE);
        this.frame = frame;
    }

    @Override
    public GeneratorFrame frame() {
        return frame;
    }

    @Override
    public Generators.Kind kind() {
        return Generators.Kind.GENERATOR;
    }

    /** gen_iternext: the next value, or null when the code returns (its value is dropped). */
    @Override
    public PyObject next(ThreadState ts) {
        PyObject r = Generators.sendEx(ts, frame, Generators.Kind.GENERATOR, null, null, false);
        if (frame.completed()) {
            returned = r;
            return null;
        }
        return r;
    }

    @Override
    public org.krait.runtime.exceptions.PyException exhausted() {
        PyObject r = returned;
        returned = null;
        return Generators.stopIteration(r);
    }
}
