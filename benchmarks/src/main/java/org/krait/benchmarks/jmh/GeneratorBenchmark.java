package org.krait.benchmarks.jmh;

import org.krait.runtime.object.PyIterator;
import org.krait.runtime.object.PyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code next()} of a running generator ({@code counter} in primitives.py, created once in
 * setup). With {@code -prof gc}, {@code gc.alloc.rate.norm} is what a resumption allocates: it
 * should be about 0 B/op, since the generator's only allocation is its frame, made at creation,
 * and the values it yields are cached small ints (issue 4).
 */
@State(Scope.Thread)
public class GeneratorBenchmark extends PythonBenchmark {
    private PyIterator generator;

    @Setup
    public void setup() {
        PythonModule module = loadPrimitives();
        generator = (PyIterator) module.call("counter");
    }

    @Benchmark
    public PyObject next() {
        return generator.next(ts);
    }
}
