package org.krait.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code krait dis}: output as CPython 3.12.1's dis.dis (expected text made with it), errors and usage. */
class MainDisTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void disassemblesAFile() throws IOException {
        Path f = dir.resolve("m.py");
        Files.writeString(f, "def f(x):\n    return x + 1\n");
        String[] r = run("dis", f.toString());
        // python3.12 -c 'import dis; dis.dis(compile(open("m.py").read(), "m.py", "exec"))', address as 0x0
        String want = "  0           0 RESUME                   0\n\n"
                + "  1           2 LOAD_CONST               0 (<code object f at 0x0, file \"" + f + "\", line 1>)\n"
                + "              4 MAKE_FUNCTION            0\n"
                + "              6 STORE_NAME               0 (f)\n"
                + "              8 RETURN_CONST             1 (None)\n\n"
                + "Disassembly of <code object f at 0x0, file \"" + f + "\", line 1>:\n"
                + "  1           0 RESUME                   0\n\n"
                + "  2           2 LOAD_FAST                0 (x)\n"
                + "              4 LOAD_CONST               1 (1)\n"
                + "              6 BINARY_OP                0 (+)\n"
                + "             10 RETURN_VALUE\n";
        assertEquals("0", r[0], r[2]);
        assertEquals(want, r[1]);
    }

    @Test
    void compileErrorsPrintLikeCPython() throws IOException {
        Path f = dir.resolve("e.py");
        Files.writeString(f, "break\n");
        String[] r = run("dis", f.toString());
        assertEquals("1", r[0]);
        assertEquals("  File \"" + f + "\", line 1\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n", r[2]);
    }

    @Test
    void usage() {
        String[] r = run("dis");
        assertEquals("2", r[0]);
        assertEquals("usage: krait dis FILE.py|-\n", r[2]);
    }
}
