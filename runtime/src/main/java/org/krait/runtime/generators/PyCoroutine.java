package org.krait.runtime.generators;

import org.krait.runtime.object.PyType;

/** A coroutine object ({@code async def}): awaitable, driven by send/throw/close (GeneratorMethods). */
public final class PyCoroutine extends FrameOwner {
    public static final PyType TYPE = PyType.builtin("coroutine", null, 0, null, GeneratorMethods::defineCoroutine);

    PyCoroutine(GeneratorFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Generators.Kind kind() {
        return Generators.Kind.COROUTINE;
    }
}
