package org.krait.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * compile.c's SyntaxWarnings against CPython 3.12.1: codegen/warnings.expected.txt, made by
 * tools/gen-compile-warning-expectations.py, lists line and message of each warning per snippet.
 */
class CompileWarningTest {
    @TestFactory
    Stream<DynamicTest> warningsMatchCPython() throws IOException {
        Map<String, String> sources = CodegenTest.sections(CodegenTest.read("/codegen/warnings.py.txt"));
        Map<String, String> expected = CodegenTest.sections(CodegenTest.read("/codegen/warnings.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            StringBuilder got = new StringBuilder();
            ModuleCompiler.compileFile(e.getValue().getBytes(StandardCharsets.UTF_8), "case.py",
                    w -> got.append(w.lineno()).append('|').append(w.message()).append('\n'));
            assertEquals(expected.get(e.getKey()), got.toString());
        }));
    }
}
