package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;

/**
 * Every {@code syntax-errors/NAME.py} must fail to parse with a {@link PySyntaxError} that prints
 * exactly {@code NAME.stderr}, CPython 3.12.1's output for {@code python3.12 NAME.py} (regenerate
 * with {@code tools/gen-syntax-error-expectations.py corpus}).
 *
 * <p>{@code known-failures.txt} is a ratchet: a listed case that fails is reported as skipped, an
 * unlisted case that fails fails the build, and listed cases that now pass are printed so they can
 * be removed. {@code -Dkrait.updateKnownFailures=true} rewrites the list to the current failures.
 */
class SyntaxErrorCorpusTest {
    private static final String KNOWN_FAILURES = "known-failures.txt";
    private static final Set<String> passed = new ConcurrentSkipListSet<>();
    private static final Set<String> failed = new ConcurrentSkipListSet<>();
    private static Set<String> knownFailures = Set.of();
    private static int total;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path dir = corpusDir();
        knownFailures = readKnownFailures(dir.resolve(KNOWN_FAILURES));
        Map<String, String> exitStatus = readExitStatuses(dir.resolve("expectations.tsv"));
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().collect(Collectors.toList());
        }
        total = names.size();
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            assertEquals("1", exitStatus.get(name), name + ": CPython's exit status");
            runCase(dir, name);
        }));
    }

    private static void runCase(Path dir, String name) throws IOException {
        byte[] source = Files.readAllBytes(dir.resolve(name + ".py"));
        String expected = new String(Files.readAllBytes(dir.resolve(name + ".stderr")), StandardCharsets.UTF_8);
        String actual;
        try {
            Parser.parseModule(source, name + ".py");
            actual = "<parsed without error>";
        } catch (PySyntaxError e) {
            actual = e.formatForStderr();
        } catch (RuntimeException | StackOverflowError e) {
            actual = "<" + e + ">";
        }
        if (expected.equals(actual)) {
            passed.add(name);
            return;
        }
        failed.add(name);
        // While rewriting the list every failure is about to become a known one.
        if (knownFailures.contains(name) || Boolean.getBoolean("krait.updateKnownFailures")) {
            Assumptions.abort("known failure (listed in " + KNOWN_FAILURES + "): " + firstLine(actual));
        }
        assertEquals(expected, actual, name + ".py");
        fail("unreachable");
    }

    @AfterAll
    static void summary() throws IOException, URISyntaxException {
        Set<String> nowPassing = new TreeSet<>(knownFailures);
        nowPassing.retainAll(passed);
        System.out.printf("SyntaxErrorCorpusTest: %d of %d cases pass%n", passed.size(), total);
        if (!nowPassing.isEmpty()) {
            System.out.println("Listed in " + KNOWN_FAILURES + " but now passing (remove them, or run with "
                    + "-Dkrait.updateKnownFailures=true): " + nowPassing);
        }
        if (Boolean.getBoolean("krait.updateKnownFailures")) {
            // Write the source copy, not the one under target/, so the change can be committed.
            Path source = Paths.get("src/test/resources/syntax-errors", KNOWN_FAILURES);
            Files.writeString(source, failed.stream().map(n -> n + "\n").collect(Collectors.joining()));
            System.out.println("Rewrote " + source.toAbsolutePath() + " with " + failed.size() + " names");
        }
    }

    private static Path corpusDir() throws URISyntaxException {
        return Paths.get(SyntaxErrorCorpusTest.class.getResource("/syntax-errors").toURI());
    }

    private static Set<String> readKnownFailures(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Set.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }

    private static Map<String, String> readExitStatuses(Path tsv) throws IOException {
        Map<String, String> result = new TreeMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.startsWith("#")) {
                String[] cols = line.split("\t");
                result.put(cols[0], cols[1]);
            }
        }
        return result;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
