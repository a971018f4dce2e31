package org.krait.compiler.buildtools.samples;

import java.io.Serializable;
import java.util.function.Supplier;

/** A serializable lambda: LambdaDesugarer must leave it to the JDK. */
public class SerializableSample {
    public static String run() {
        Supplier<String> s = (Supplier<String> & Serializable) () -> "serializable";
        return s.get();
    }
}
