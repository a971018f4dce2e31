package org.krait.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.parser.PySyntaxError;

/**
 * The SyntaxErrors compile.c raises (after parsing and the symbol table) against CPython 3.12.1:
 * codegen/errors.expected.txt, made by tools/gen-compile-error-expectations.py from
 * codegen/errors.py.txt, gives type, message, line, offsets and text of each.
 */
class CompileErrorTest {
    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        Map<String, String> sources = CodegenTest.sections(CodegenTest.read("/codegen/errors.py.txt"));
        sources.put("star_unpack_too_many", starUnpackTooMany());
        Map<String, String> expected = CodegenTest.sections(CodegenTest.read("/codegen/errors.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String got;
            try {
                ModuleCompiler.compileFile(e.getValue().getBytes(StandardCharsets.UTF_8), "case.py");
                got = "no error";
            } catch (PySyntaxError err) {
                String text = err.text == null ? "" : err.text.replaceAll("\n$", "");
                got = String.join("|", err.type, err.msg, String.valueOf(err.lineno), String.valueOf(err.offset),
                        String.valueOf(err.endLineno), String.valueOf(err.endOffset), text);
            }
            assertEquals(expected.get(e.getKey()).strip(), got);
        }));
    }

    /** As the generator makes it: 300 names before the starred one. */
    private static String starUnpackTooMany() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add("a" + i);
        }
        return String.join(", ", names) + ", *rest = x\n";
    }
}
