package org.krait.benchmarks.jmh;

import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The runtime's primitives as compiled Python code does them: each invocation calls one function
 * of {@code primitives.py} that performs its primitive {@value #OPS} times, so a score is the time
 * of one primitive (including its share of the loop; {@code for_range} is the loop alone).
 */
@State(Scope.Thread)
public class PrimitivesBenchmark extends PythonBenchmark {
    /** Operations per call: {@link #LOOPS} iterations of ten unrolled operations. */
    public static final int OPS = 1000;
    static final int LOOPS = OPS / 10;

    /** The function of primitives.py to run. */
    @Param({"attr_load", "method_call", "global_load", "int_add", "dict_get", "dict_set", "list_append",
            "list_index", "str_concat", "str_build", "for_range", "call_positional", "call_keywords", "gen_for"})
    public String primitive;

    private PyFunction function;
    private PyObject[] args;

    @Setup
    public void setup() {
        PythonModule module = loadPrimitives();
        function = (PyFunction) module.global(primitive);
        args = new PyObject[] {PyInt.of(LOOPS)};
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public PyObject run() {
        return function.call(ts, args, null);
    }
}
