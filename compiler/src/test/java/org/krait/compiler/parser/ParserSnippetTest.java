package org.krait.compiler.parser;

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
import org.krait.compiler.ast.AstDump;

/**
 * Each snippet of parser/snippets.py.txt parses to exactly the ast.dump CPython 3.12.1 prints
 * (parser/snippets.expected.txt, made by tools/gen-parser-expectations.py).
 */
class ParserSnippetTest {
    @TestFactory
    Stream<DynamicTest> snippetsMatchCPython() throws IOException {
        Map<String, String> sources = sections(read("/parser/snippets.py.txt"));
        Map<String, String> expected = sections(read("/parser/snippets.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String name = e.getKey();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                byte[] src = e.getValue().getBytes(StandardCharsets.UTF_8);
                String dump = AstDump.dump(Parser.parseModule(src, "<snippet>"));
                assertEquals(expected.get(name).strip(), dump);
            }));
        }
        return tests.stream();
    }

    static String read(String resource) throws IOException {
        try (InputStream in = ParserSnippetTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits "### name" sections, keeping each body's text exactly. */
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
