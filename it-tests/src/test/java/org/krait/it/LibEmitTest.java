package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.compiler.KraitCompiler;
import org.krait.compiler.jvm.ClassVerifier;

/**
 * The whole pipeline over all of CPython 3.12.1's Lib: every file CPython compiles (the files of
 * lib-dis/cpython-3.12.1.tsv) must become a JVM class that passes the verifier — every construct,
 * size and shape the standard library has reaches the emitter and comes out valid. The classes are
 * not run.
 */
class LibEmitTest {
    @Test
    void wholeLibEmitsVerifiedClasses() throws Exception {
        Path lib = Path.of(System.getProperty("krait.cpython.lib", "target/cpython-lib"));
        assumeTrue(Files.isDirectory(lib), "CPython Lib not unpacked at " + lib);
        List<String> files = new ArrayList<>();
        for (String line : resource("/lib-dis/cpython-3.12.1.tsv").split("\n")) {
            if (!line.isEmpty()) {
                files.add(line.split("\t")[0]);
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ClassLoader loader = LibEmitTest.class.getClassLoader();
        files.parallelStream().forEach(rel -> {
            try {
                byte[] cls = KraitCompiler.compileModule(Files.readAllBytes(lib.resolve(rel)), rel, "krait/LibCheck");
                String report = ClassVerifier.verify(cls, loader);
                if (report != null) {
                    problems.add(rel + ": " + report.substring(0, Math.min(400, report.length())));
                }
            } catch (Exception | Error e) {
                problems.add(rel + ": " + e);
            }
        });
        System.out.println("Lib emit: " + (files.size() - problems.size()) + " of " + files.size()
                + " files compile to verified classes");
        assertTrue(problems.isEmpty(), problems.size() + " failed: "
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LibEmitTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
