package org.krait.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.InstrSequence;
import org.krait.compiler.ir.Location;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.symtable.SymbolTable;

/**
 * Codegen alone, before any flowgraph pass, against CPython 3.12.1's code generator
 * ({@code _testinternalcapi.compiler_codegen}): codegen/snippets.expected.txt, made by
 * tools/gen-codegen-expectations.py, lists each instruction with its oparg (jump targets as
 * symbolic labels) and full source location.
 */
class CodegenTest {
    @TestFactory
    Stream<DynamicTest> sequencesMatchCPython() throws IOException {
        Map<String, String> sources = sections(read("/codegen/snippets.py.txt"));
        Map<String, String> expected = sections(read("/codegen/snippets.expected.txt"));
        assertEquals(expected.keySet(), sources.keySet());
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] src = e.getValue().getBytes(StandardCharsets.UTF_8);
            Mod.Module module = Parser.parseModule(src, "snippet.py");
            SymbolTable st = SymbolTable.build(module, "snippet.py", null);
            InstrSequence seq = Codegen.codegenOnly(module, "snippet.py", st, "exec", null);
            assertEquals(expected.get(e.getKey()), listing(seq));
        }));
    }

    /** The format of tools/gen-codegen-expectations.py. */
    static String listing(InstrSequence seq) {
        List<Instr> instrs = seq.instrs();
        Set<Integer> targets = new TreeSet<>();
        for (Instr in : instrs) {
            if (in.opcode.hasTarget()) {
                targets.add(seq.labelTarget(in.oparg));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            if (targets.contains(i)) {
                sb.append('L').append(i).append(":\n");
            }
            sb.append("  ").append(in.opcode.name());
            if (in.opcode.hasTarget()) {
                sb.append(" L").append(seq.labelTarget(in.oparg));
            } else if (in.opcode.hasArg()) {
                sb.append(' ').append(in.oparg);
            }
            Location l = in.location;
            sb.append(' ').append(l.lineno()).append(':').append(l.colOffset()).append('-').append(l.endLineno())
                    .append(':').append(l.endColOffset()).append('\n');
        }
        return sb.toString();
    }

    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder cur = null;
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, cur.toString());
                }
                name = line.substring(4).strip();
                cur = new StringBuilder();
            } else if (name != null) {
                cur.append(line);
            }
        }
        if (name != null) {
            out.put(name, cur.toString());
        }
        return out;
    }

    static String read(String resource) throws IOException {
        try (InputStream in = CodegenTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
