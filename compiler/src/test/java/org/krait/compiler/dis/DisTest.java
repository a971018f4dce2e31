package org.krait.compiler.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.codegen.ModuleCompiler;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Instr;

/**
 * {@code krait dis} against CPython 3.12.1: each dis/NAME.py compiled and disassembled must
 * print exactly dis/NAME.dis, which tools/gen-dis-expectations.py made with
 * {@code dis.dis(compile(...))} (code addresses shown as 0x0). Cases in {@link #KNOWN_DIFFERENCES}
 * are checked to still differ, so the list cannot go stale.
 */
class DisTest {
    /** Case name to the reason our listing differs from CPython's. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @TestFactory
    Stream<DynamicTest> listingsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Path.of(DisTest.class.getResource("/dis").toURI());
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir)) {
            cases = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(cases.size() >= 40, "at least 40 cases");
        return cases.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String name = py.getFileName().toString();
            String want = Files.readString(dir.resolve(name.replace(".py", ".dis")), StandardCharsets.UTF_8);
            CodeUnit code = ModuleCompiler.compileFile(Files.readAllBytes(py), name);
            assertDepthsKnown(code);
            String got = Disassembler.dis(code);
            String key = name.substring(0, name.length() - 3);
            if (KNOWN_DIFFERENCES.containsKey(key)) {
                assertNotEquals(want, got, key + " is listed as a known difference but now matches");
            } else {
                assertEquals(want, got, name);
            }
        }));
    }

    /** The emitter needs every instruction's stack depth, including blocks added after the depth pass. */
    private static void assertDepthsKnown(CodeUnit code) {
        for (Instr in : code.instructions()) {
            assertTrue(in.depth >= 0, code.name + ": no depth for " + in);
            assertTrue(in.depth + in.opcode.maxStackEffect(in.oparg) <= code.maxStackDepth, code.name + ": " + in);
        }
        for (Object c : code.consts()) {
            if (c instanceof CodeUnit nested) {
                assertDepthsKnown(nested);
            }
        }
    }
}
