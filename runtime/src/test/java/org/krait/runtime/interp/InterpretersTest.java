package org.krait.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Several interpreters in one JVM: separate modules, builtins, sys and classes, running in parallel. */
class InterpretersTest {

    private static final String PROGRAM = String.join("\n",
            "import sys",
            "class Counter:",
            "    count = 0",
            "sys.marker = sys.argv[0]",
            "for i in range(200000):",
            "    Counter.count += 1",
            "import builtins",
            "builtins.shared_name = sys.argv[0]",
            "print(sys.argv[0], sys.marker, Counter.count, shared_name, 'sys' in sys.modules)",
            "");

    @Test
    void twoInterpretersRunInParallelWithSeparateState() throws Exception {
        PyRuntime runtime = new PyRuntime();
        ByteArrayOutputStream out1 = new ByteArrayOutputStream();
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        Interpreter a = runtime.newInterpreter(config(out1, "first"));
        Interpreter b = runtime.newInterpreter(config(out2, "second"));
        int[] status = new int[2];
        Thread t1 = new Thread(() -> status[0] = MainRunner.runSource(a, bytes(PROGRAM), "/a.py"));
        Thread t2 = new Thread(() -> status[1] = MainRunner.runSource(b, bytes(PROGRAM), "/b.py"));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        assertEquals(0, status[0]);
        assertEquals(0, status[1]);
        assertEquals("first first 200000 first True\n", out1.toString(StandardCharsets.UTF_8));
        assertEquals("second second 200000 second True\n", out2.toString(StandardCharsets.UTF_8));
        // nothing one interpreter did is visible in the other
        assertEquals(null, a.builtins.dict.getStr("missing"));
        assertEquals("first", a.builtins.dict.getStr("shared_name").toString());
        assertEquals("second", b.builtins.dict.getStr("shared_name").toString());
    }

    private static InterpreterConfig config(ByteArrayOutputStream out, String argv0) {
        return new InterpreterConfig(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(),
                List.of(argv0));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
