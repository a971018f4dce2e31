package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.krait.compiler.codegen.ModuleCompiler;
import org.krait.compiler.dis.Disassembler;
import org.krait.compiler.ir.CodeUnit;

/**
 * Codegen and flowgraph over all of CPython 3.12.1's Lib. Every file CPython compiles must, with
 * us, compile to exactly CPython's code (dis listing plus code-object facts, compared by
 * SHA-256 with lib-dis/cpython-3.12.1.tsv from tools/gen-lib-dis-hashes.py). Any exception (an
 * internal error, a stack-depth inconsistency) fails, and so does an instruction without a stack
 * depth. Files in lib-dis/known-differences.txt may differ (a ratchet); other differences fail.
 */
class LibDisParityTest {
    private static final Pattern FROZENSET = Pattern.compile("frozenset\\(\\{(.*?)\\}\\)");

    @Test
    void wholeLibCompilesLikeCPython() throws Exception {
        Path lib = Path.of(System.getProperty("krait.cpython.lib", "target/cpython-lib"));
        assumeTrue(Files.isDirectory(lib), "CPython Lib not unpacked at " + lib);
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : resource("/lib-dis/cpython-3.12.1.tsv").split("\n")) {
            if (!line.isEmpty()) {
                String[] cols = line.split("\t");
                expected.put(cols[0], cols[1]);
            }
        }
        Set<String> known = new TreeSet<>();
        for (String line : resource("/lib-dis/known-differences.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                known.add(line.strip());
            }
        }
        List<String> unexpected = new ArrayList<>();
        Set<String> differing = new TreeSet<>();
        int identical = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String rel = e.getKey();
            byte[] source = Files.readAllBytes(lib.resolve(rel));
            CodeUnit code;
            try {
                code = ModuleCompiler.compileFile(source, rel);
            } catch (RuntimeException ex) {
                unexpected.add(rel + ": " + ex);
                continue;
            }
            String depthProblem = missingDepth(code);
            if (depthProblem != null) {
                unexpected.add(rel + ": " + depthProblem);
            }
            if (sha256(listing(code)).equals(e.getValue())) {
                identical++;
            } else {
                differing.add(rel);
                if (!known.contains(rel)) {
                    unexpected.add(rel + ": differs from CPython");
                }
            }
        }
        System.out.println("Lib dis parity: identical " + identical + ", differing " + differing.size() + ", failing "
                + (expected.size() - identical - differing.size()) + " of " + expected.size());
        if (Boolean.getBoolean("krait.updateKnownFailures")) {
            Files.writeString(Path.of("src/test/resources/lib-dis/known-differences.txt"),
                    "# Lib files that compile but whose code differs from CPython's (LibDisParityTest ratchet)\n"
                            + String.join("\n", differing) + "\n");
        }
        assertTrue(unexpected.isEmpty(), unexpected.size() + " unexpected: "
                + String.join("\n", unexpected.subList(0, Math.min(40, unexpected.size()))));
    }

    /** The emitter needs a stack depth for every instruction, within co_stacksize; null if all have one. */
    private static String missingDepth(CodeUnit code) {
        for (org.krait.compiler.ir.Instr in : code.instructions()) {
            if (in.depth < 0 || in.depth + in.opcode.maxStackEffect(in.oparg) > code.maxStackDepth) {
                return code.qualname + ": bad depth " + in.depth + " at " + in;
            }
        }
        for (Object c : code.consts()) {
            if (c instanceof CodeUnit nested) {
                String p = missingDepth(nested);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The text tools/gen-lib-dis-hashes.py hashes: the normalized dis listing and a line per code object. */
    static String listing(CodeUnit code) {
        StringBuilder sb = new StringBuilder(normalize(Disassembler.dis(code)));
        summary(code, sb);
        return sb.toString();
    }

    private static String normalize(String text) {
        Matcher m = FROZENSET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] items = m.group(1).split(", ", -1);
            Arrays.sort(items);
            m.appendReplacement(out, Matcher.quoteReplacement("frozenset({" + String.join(", ", items) + "})"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void summary(CodeUnit co, StringBuilder out) {
        out.append(String.join("|", co.name, co.qualname, String.valueOf(co.flags), String.valueOf(co.maxStackDepth),
                String.valueOf(co.argcount), String.valueOf(co.posonlyargcount), String.valueOf(co.kwonlyargcount),
                String.valueOf(co.nlocals()), String.join(",", co.varnames()), String.join(",", co.cellvars()),
                String.join(",", co.freevars()), String.join(",", co.names()), String.valueOf(co.firstlineno),
                String.valueOf(co.consts().size()))).append('\n');
        for (Object c : co.consts()) {
            if (c instanceof CodeUnit nested) {
                summary(nested, out);
            }
        }
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LibDisParityTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
