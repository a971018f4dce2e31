package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.krait.runtime.launcher.Packager;

/**
 * {@code krait compile} + {@code java -jar}: the golden programs of golden/jar-sample.txt compiled to
 * runnable jars and run as separate processes on JDK 17 and JDK 25, each output compared with CPython's.
 * Programs still in the corpus's known failures are skipped (they fail in-process too).
 */
class JarSampleTest {
    static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @Test
    void sampleRunsAsJarsOnJdk17And25() throws Exception {
        List<String> names = Files.readAllLines(GoldenCorpusTest.ROOT.resolve("jar-sample.txt"));
        Set<String> known = GoldenCorpusTest.knownFailures();
        List<String> javas = new ArrayList<>();
        javas.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Files.isExecutable(JDK25)) {
            javas.add(JDK25.toString());
        }
        Path work = Files.createTempDirectory("krait-jars");
        List<String> problems = new ArrayList<>();
        int ran = 0;
        for (String raw : names) {
            String name = raw.strip();
            // an entry is area/name, or a name in core/
            String qualified = name.contains("/") ? name : "core/" + name;
            if (name.isEmpty() || name.startsWith("#") || known.contains(qualified)) {
                continue;
            }
            Path program = GoldenCorpusTest.ROOT.resolve(qualified + ".py");
            Path jar = work.resolve(qualified.replace('/', '_') + ".jar");
            Packager.compileToJar(program, jar);
            GoldenCorpusTest.Outcome want = GoldenCorpusTest.expected(program);
            for (String java : javas) {
                GoldenCorpusTest.Outcome got = runJar(java, jar, program, work);
                String problem = GoldenCorpusTest.compare(want, got);
                if (problem != null) {
                    problems.add(name + " on " + java + ": " + problem);
                }
                ran++;
            }
        }
        System.out.println("jar sample: " + (ran - problems.size()) + " / " + ran + " runs byte-identical on "
                + javas);
        assertTrue(javas.size() == 2 || !Files.exists(JDK25), "JDK 25 expected at " + JDK25);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static GoldenCorpusTest.Outcome runJar(String java, Path jar, Path program, Path work) throws Exception {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Path in = GoldenCorpusTest.sibling(program, ".in");
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(Files.exists(in) ? in.toFile() : new File("/dev/null"));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new GoldenCorpusTest.Outcome("", "timed out", -1);
        }
        GoldenCorpusTest.deleteTempFiles(program);
        String dir = program.toAbsolutePath().normalize().getParent() + "/";
        return new GoldenCorpusTest.Outcome(Files.readString(out, StandardCharsets.UTF_8).replace(dir, "{dir}/"),
                Files.readString(err, StandardCharsets.UTF_8).replace(dir, "{dir}/"), p.exitValue());
    }
}
