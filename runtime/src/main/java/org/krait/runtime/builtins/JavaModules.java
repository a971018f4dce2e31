package org.krait.runtime.builtins;

import java.util.Map;
import java.util.function.Function;

import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.modules.MathModule;
import org.krait.runtime.modules.TimeModule;
import org.krait.runtime.object.PyModule;

/**
 * The modules written in Java, by name: each factory makes a fresh module for one interpreter
 * (module state lives in the module object, never in statics — DESIGN §4).
 */
public final class JavaModules {
    private static final Map<String, Function<Interpreter, PyModule>> FACTORIES = Map.of(
            "math", MathModule::create,
            "time", TimeModule::create);

    private JavaModules() {
    }

    public static Function<Interpreter, PyModule> factory(String name) {
        return FACTORIES.get(name);
    }
}
