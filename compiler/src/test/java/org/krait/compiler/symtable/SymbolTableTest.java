package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;

/**
 * The symbol table of each snippet of symtable/snippets.py.txt against CPython 3.12.1, all made
 * by tools/gen-symtable-expectations.py: the tables or SyntaxError of the symtable module
 * (snippets.expected.txt), and the code-object facts compile() took from them (code.expected.txt).
 * Every check runs twice: on the AST from our parser ("parser/...") and on CPython's own AST of
 * the snippet (snippets.ast.txt, "cpython-ast/..."), which tests this phase on its own.
 */
class SymbolTableTest {
    /** Snippet errors that CPython's compile() raises after the symbol table. */
    private static final List<String> COMPILER_ERRORS =
            List.of("compile error: from __future__ imports must occur at the beginning of the file");

    private final Map<String, String> sources = sections(read("/symtable/snippets.py.txt"));
    private final Map<String, String> cpythonAsts = sections(read("/symtable/snippets.ast.txt"));

    SymbolTableTest() throws IOException {
    }

    @TestFactory
    Stream<DynamicTest> tablesMatchCPython() throws IOException {
        Map<String, String> expected = sections(read("/symtable/snippets.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        return forEachSnippet((name, module) -> assertEquals(expected.get(name), dump(module, sources.get(name))));
    }

    @TestFactory
    Stream<DynamicTest> codeObjectsMatchCPython() throws IOException {
        Map<String, String> expected = sections(read("/symtable/code.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        return forEachSnippet((name, module) -> {
            String want = expected.get(name);
            if (COMPILER_ERRORS.stream().anyMatch(want::contains)) {
                return; // raised by the later compiler phase, not by the symbol table
            }
            assertEquals(want, codeSummary(module));
        });
    }

    /** Every block is found again by its key, as the compiler will look it up. */
    @TestFactory
    Stream<DynamicTest> lookupFindsEveryBlock() {
        return forEachSnippet((name, module) -> {
            if (!name.startsWith("err_")) {
                SymbolTable table = SymbolTable.build(module, "<snippet>", null);
                assertLookup(table, table.top());
            }
        });
    }

    private interface Check {
        void run(String name, Mod.Module module);
    }

    private Stream<DynamicTest> forEachSnippet(Check check) {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, BiFunction<String, String, Mod.Module>> frontends = new LinkedHashMap<>();
        frontends.put("parser", (name, source) -> parse(source));
        frontends.put("cpython-ast", (name, source) -> CPythonAstReader.read(cpythonAsts.get(name)));
        for (Map.Entry<String, BiFunction<String, String, Mod.Module>> f : frontends.entrySet()) {
            for (Map.Entry<String, String> e : sources.entrySet()) {
                String name = e.getKey();
                tests.add(DynamicTest.dynamicTest(f.getKey() + "/" + name,
                        () -> check.run(name, f.getValue().apply(name, e.getValue()))));
            }
        }
        return tests.stream();
    }

    private static void assertLookup(SymbolTable table, Scope s) {
        assertSame(s, table.lookup(s.key()));
        for (Scope child : s.children()) {
            assertLookup(table, child);
        }
    }

    static String codeSummary(Mod.Module module) {
        try {
            return String.join("\n", CodeObjectSummary.lines(SymbolTable.build(module, "<snippet>", null))) + "\n";
        } catch (PySyntaxError err) {
            return "compile error: " + err.msg + "\n";
        }
    }

    /** The table dump, or "SyntaxError: msg @ line:offset-end_line:end_offset" as the generator writes it. */
    static String dump(Mod.Module module, String source) {
        String[] lines = source.split("(?<=\n)");
        try {
            return SymbolTableDump.dump(SymbolTable.build(module, "<snippet>", n -> lines[n - 1]));
        } catch (PySyntaxError err) {
            assertEquals(lines[err.lineno - 1], err.text);
            return "SyntaxError: " + err.msg + " @ " + err.lineno + ":" + err.offset + "-" + err.endLineno + ":"
                    + (err.endOffset < 0 ? "None" : err.endOffset) + "\n";
        }
    }

    /** Parses a snippet with our parser. */
    static Mod.Module parse(String source) {
        return Parser.parseModule(source.getBytes(StandardCharsets.UTF_8), "<snippet>");
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
