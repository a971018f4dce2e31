package org.krait.runtime.generators;

import org.krait.runtime.object.PyObject;

/** A coroutine or async generator: the object that owns a suspended frame and drives it. */
abstract class FrameOwner extends PyObject implements Generators.Owner {
    final GeneratorFrame frame;

    FrameOwner(GeneratorFrame frame) {
        this.frame = frame;
    }

    @Override
    public final GeneratorFrame frame() {
        return frame;
    }
}
