package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.InterpreterConfig;
import org.krait.runtime.interp.MainRunner;
import org.krait.runtime.interp.PyRuntime;

/** JVM limits (64 KB methods, 65,535 constant-pool entries) never show to Python programs (DESIGN §2). */
class SizeLimitsTest {

    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interp = new PyRuntime().newInterpreter(new InterpreterConfig(new ByteArrayInputStream(new byte[0]),
                out, err, List.of("big.py")));
        int status = MainRunner.runSource(interp, source.getBytes(StandardCharsets.UTF_8), "/big.py");
        return status + "|" + out.toString(StandardCharsets.UTF_8) + "|" + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void moduleOf20000Lines() {
        String src = IntStream.range(0, 20000).mapToObj(i -> "x" + i + " = " + i).collect(Collectors.joining("\n"))
                + "\nprint(x0 + x19999, len([k for k in globals() if k.startswith('x')]))\n";
        assertEquals("0|19999 20000\n|", run(src));
    }

    @Test
    void functionOf5000Statements() {
        String body = IntStream.range(0, 5000).mapToObj(i -> "    a" + (i % 50) + " = a" + ((i + 49) % 50) + " + " + i)
                .collect(Collectors.joining("\n"));
        String init = IntStream.range(0, 50).mapToObj(i -> "    a" + i + " = 0").collect(Collectors.joining("\n"));
        String src = "def f():\n" + init + "\n" + body + "\n    return a49\nprint(f())\n";
        assertEquals("0|" + expectedChain() + "\n|", run(src));
    }

    /** The value a49 ends with: each statement adds i to the previous variable's value. */
    private static long expectedChain() {
        long[] a = new long[50];
        for (int i = 0; i < 5000; i++) {
            a[i % 50] = a[(i + 49) % 50] + i;
        }
        return a[49];
    }

    @Test
    void listLiteralOf100000Elements() {
        String src = "x = [" + IntStream.range(0, 100000).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                + "]\nprint(len(x), sum(x), x[-1])\n";
        assertEquals("0|100000 4999950000 99999\n|", run(src));
    }

    @Test
    void oneMegabyteStringLiteral() {
        String src = "s = '" + "abcdefghij".repeat(100000) + "'\nprint(len(s), s[-3:], s[:2])\n";
        assertEquals("0|1000000 hij ab\n|", run(src));
    }

    /** A table of 300 rows of 300 numbers (chardet's jpcntx.py has one): one folded constant of 90,300 values. */
    @Test
    void nestedTupleTable() {
        String row = "(" + IntStream.range(0, 300).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
        String src = "t = (" + IntStream.range(0, 300).mapToObj(i -> row).collect(Collectors.joining(",\n"))
                + ")\nprint(len(t), len(t[0]), sum(map(sum, t)))\n";
        assertEquals("0|300 300 13455000\n|", run(src));
    }

    /** Many medium constant tuples: the class initialiser is split by their total size. */
    @Test
    void manyMediumTuples() {
        String src = IntStream.range(0, 400).mapToObj(i -> "def f" + i + "(): return ("
                + IntStream.range(0, 300).mapToObj(j -> Integer.toString(i + j)).collect(Collectors.joining(", "))
                + ")").collect(Collectors.joining("\n")) + "\nprint(sum(f399()), len(f0()))\n";
        assertEquals("0|164550 300\n|", run(src));
    }

    /** A generator of 3,000 statements: its body is split into parts too, and still resumes at each yield. */
    @Test
    void generatorOf3000Statements() {
        String body = IntStream.range(0, 3000).mapToObj(i -> i % 500 == 499 ? "    sent = yield x\n    x += sent"
                : "    x = x + " + (i % 7)).collect(Collectors.joining("\n"));
        String src = "def g():\n    x = 0\n" + body + "\n    return x\n"
                + "it = g()\nout = [next(it)]\ntry:\n    while True:\n        out.append(it.send(1))\n"
                + "except StopIteration as e:\n    out.append(e.value)\nprint(out)\n";
        // what CPython 3.12.1 prints
        assertEquals("0|[1492, 2991, 4489, 5986, 7489, 8984, 8985]\n|", run(src));
    }
}
