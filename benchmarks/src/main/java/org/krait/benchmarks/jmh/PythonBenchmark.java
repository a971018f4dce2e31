package org.krait.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.krait.runtime.interp.ThreadState;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks share: time per operation in ns, a short default run (one fork, 4 + 5
 * iterations of 1 s; override with JMH's -f, -wi, -i, -w, -r), and primitives.py loaded in its
 * own interpreter per benchmark thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class PythonBenchmark {
    /** The thread state of the interpreter that loaded primitives.py, on this benchmark thread. */
    protected ThreadState ts;

    /** Compiles and runs primitives.py in a new interpreter; call from {@code @Setup}. */
    protected PythonModule loadPrimitives() {
        PythonModule module = PythonModule.load("primitives");
        ts = module.threadState();
        return module;
    }
}
