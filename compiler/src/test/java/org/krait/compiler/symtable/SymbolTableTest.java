package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;

/**
 * Each snippet of symtable/snippets.py.txt gets exactly the tables (or the SyntaxError) that
 * CPython 3.12.1's symtable module reports (symtable/snippets.expected.txt, made by
 * tools/gen-symtable-expectations.py).
 */
class SymbolTableTest {
    @TestFactory
    Stream<DynamicTest> snippetsMatchCPython() throws IOException {
        Map<String, String> sources = sections(read("/symtable/snippets.py.txt"));
        Map<String, String> expected = sections(read("/symtable/snippets.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String name = e.getKey();
            tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected.get(name), dump(e.getValue()))));
        }
        return tests.stream();
    }

    /** The table dump, or "SyntaxError: msg @ line:offset-end_line:end_offset" as the generator writes it. */
    static String dump(String source) {
        Mod.Module module = Parser.parseModule(source.getBytes(StandardCharsets.UTF_8), "<snippet>");
        String[] lines = source.split("(?<=\n)");
        try {
            return SymbolTableDump.dump(SymbolTable.build(module, "<snippet>", n -> lines[n - 1]));
        } catch (PySyntaxError err) {
            return "SyntaxError: " + err.msg + " @ " + err.lineno + ":" + err.offset + "-" + err.endLineno + ":"
                    + (err.endOffset < 0 ? "None" : err.endOffset) + "\n";
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = SymbolTableTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits "### name" sections, keeping each body's text exactly; lines before the first are comments. */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line);
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }
}
