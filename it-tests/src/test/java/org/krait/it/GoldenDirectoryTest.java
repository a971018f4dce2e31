package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.runtime.interp.PyRuntime;

/**
 * Golden directories that must match CPython completely: one test per {@code NAME.py} of the
 * directory, each run in a fresh interpreter through {@code MainRunner.runSource} and compared
 * byte for byte with the committed {@code .out}/{@code .err}/{@code .exit} (no known-failures
 * ratchet, unlike {@link GoldenCorpusTest}, which runs the whole corpus). A directory joins by
 * adding a one-line {@code @TestFactory} below.
 */
class GoldenDirectoryTest {
    /** One dynamic test per program of {@code golden/<name>}. */
    static Stream<DynamicTest> directory(String name) throws IOException {
        Path dir = GoldenCorpusTest.ROOT.resolve(name);
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        PyRuntime runtime = new PyRuntime();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            GoldenCorpusTest.Outcome got = GoldenCorpusTest.run(runtime, p);
            assertNull(GoldenCorpusTest.compare(GoldenCorpusTest.expected(p), got), GoldenCorpusTest.name(p));
        }));
    }

    /** Sets, ranges, the iterator builtins, list/tuple/dict methods, sum/min/max/sorted, hashing. */
    @TestFactory
    Stream<DynamicTest> containers() throws IOException {
        return directory("containers");
    }
}
