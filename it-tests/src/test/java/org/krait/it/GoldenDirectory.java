package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.krait.runtime.interp.PyRuntime;

/**
 * The golden programs of one area ({@code golden/<area>/NAME.py}) as one dynamic test each, run
 * through {@code MainRunner.runSource} in a fresh interpreter with captured streams and compared
 * byte for byte with CPython 3.12.1's stdout, stderr and exit status. Unlike the corpus-wide
 * {@link GoldenCorpusTest}, an area run this way has no known-failures list: every program must pass.
 */
final class GoldenDirectory {
    private GoldenDirectory() {
    }

    static List<DynamicTest> tests(String area) throws IOException {
        Path dir = GoldenCorpusTest.ROOT.resolve(area);
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(programs::add);
        }
        PyRuntime runtime = new PyRuntime();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : programs) {
            tests.add(DynamicTest.dynamicTest(GoldenCorpusTest.name(p), () -> {
                GoldenCorpusTest.Outcome got = GoldenCorpusTest.run(runtime, p);
                assertNull(GoldenCorpusTest.compare(GoldenCorpusTest.expected(p), got), GoldenCorpusTest.name(p));
            }));
        }
        return tests;
    }
}
