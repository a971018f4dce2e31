package org.krait.runtime.generators;

import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;

/** A coroutine object ({@code async def}): awaitable, driven by send/throw/close (GeneratorMethods). */
public final class PyCoroutine extends PyObject implements Generators.Owner {
    public static final PyType TYPE = PyType.builtin("coroutine", null, 0, null, GeneratorMethods::defineCoroutine);

    final GeneratorFrame frame;

    PyCoroutine(GeneratorFrame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public GeneratorFrame frame() {
        return frame;
    }

    @Override
    public Generators.Kind kind() {
        return Generators.Kind.COROUTINE;
    }
}
