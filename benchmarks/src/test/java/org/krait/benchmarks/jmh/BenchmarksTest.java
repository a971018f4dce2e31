package org.krait.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.ops.Abstract;
import org.openjdk.jmh.annotations.Param;

/**
 * The JMH benchmarks' setup and bodies, run once each (not timed): every benchmarked Python
 * function computes what CPython 3.12.1 computes for it (primitives.py's __main__ prints those).
 */
class BenchmarksTest {

    private static Map<String, String> expectedResults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("attr_load", "4");
        m.put("method_call", "3");
        m.put("global_load", "7");
        m.put("int_add", "4000");
        m.put("dict_get", "9");
        StringBuilder dict = new StringBuilder("{");
        for (int k = 0; k < 10; k++) {
            dict.append(k == 0 ? "" : ", ").append("'k").append(k).append("': 99");
        }
        m.put("dict_set", dict.append('}').toString());
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            list.append(i == 0 ? "" : ", ").append(i / 10);
        }
        m.put("list_append", list.append(']').toString());
        m.put("list_index", "9");
        m.put("str_concat", "'eggsspam'");
        m.put("str_build", "'" + "abcdefghij".repeat(100) + "'");
        m.put("for_range", "999");
        m.put("call_positional", "1");
        m.put("call_keywords", "1");
        m.put("gen_for", "999");
        return m;
    }

    @Test
    void everyPrimitiveBenchmarkComputesWhatCPythonDoes() throws Exception {
        Map<String, String> expected = expectedResults();
        String[] params = PrimitivesBenchmark.class.getField("primitive").getAnnotation(Param.class).value();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(Arrays.asList(params)),
                "each benchmarked primitive has an expected result");
        ThreadState ts = PythonModule.load("primitives").threadState();
        for (String primitive : params) {
            PrimitivesBenchmark b = new PrimitivesBenchmark();
            b.primitive = primitive;
            b.setup();
            PyObject result = b.run();
            assertEquals(expected.get(primitive), Abstract.repr(ts, result), primitive);
        }
    }

    @Test
    void generatorBenchmarkCountsModulo128WithCachedInts() {
        GeneratorBenchmark b = new GeneratorBenchmark();
        b.setup();
        for (int n = 0; n < 300; n++) {
            assertSame(PyInt.of(n & 127), b.next(), "next() number " + n);
        }
    }

    @Test
    void generatorResumptionAllocatesNothing() {
        // the property GeneratorBenchmark shows with -prof gc, checked here without timing anything
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        GeneratorBenchmark b = new GeneratorBenchmark();
        b.setup();
        long id = Thread.currentThread().getId();
        int calls = 200_000;
        for (int n = 0; n < calls; n++) {
            b.next();
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int n = 0; n < calls; n++) {
            b.next();
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < calls / 100, allocated + " bytes allocated by " + calls + " next() calls");
    }
}
