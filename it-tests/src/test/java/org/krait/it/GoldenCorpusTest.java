package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.InterpreterConfig;
import org.krait.runtime.interp.MainRunner;
import org.krait.runtime.interp.PyRuntime;

/**
 * The golden corpus: every {@code golden/<area>/NAME.py} runs in a fresh interpreter and must print
 * exactly CPython 3.12.1's stdout and stderr and exit with its status. Programs run two at a time,
 * each in its own interpreter of one shared runtime, so the corpus also checks that interpreters
 * are isolated while running in parallel (DESIGN §3). {@code golden/known-failures.txt} is a ratchet:
 * a program not listed there that fails, fails the build. {@code -Dkrait.goldenArea=traceback}
 * runs only the programs of one area (a subdirectory of golden/).
 */
class GoldenCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final Path KNOWN = ROOT.resolve("known-failures.txt");

    /** What one run printed. */
    record Outcome(String out, String err, int status) {
    }

    /** The area to run alone ({@code -Dkrait.goldenArea=NAME}), or null for the whole corpus. */
    static String area() {
        String a = System.getProperty("krait.goldenArea", "");
        return a.isBlank() ? null : a.strip();
    }

    static boolean inArea(String name) {
        String area = area();
        return area == null || name.startsWith(area + "/");
    }

    static List<Path> programs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".py") && inArea(name(p))).sorted().forEach(out::add);
        }
        return out;
    }

    static String name(Path program) {
        return ROOT.relativize(program).toString().replace(".py", "");
    }

    static Outcome run(PyRuntime runtime, Path program) throws IOException {
        Path abs = program.toAbsolutePath().normalize();
        Path in = sibling(program, ".in");
        InputStream stdin = Files.exists(in) ? Files.newInputStream(in) : new ByteArrayInputStream(new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interp = runtime.newInterpreter(new InterpreterConfig(stdin, out, err,
                List.of(program.getFileName().toString())));
        int status = MainRunner.runSource(interp, Files.readAllBytes(abs), abs.toString());
        deleteTempFiles(program);
        String dir = abs.getParent().toString() + "/";
        return new Outcome(out.toString(StandardCharsets.UTF_8).replace(dir, "{dir}/"),
                err.toString(StandardCharsets.UTF_8).replace(dir, "{dir}/"), status);
    }

    /** Programs that use open() write NAME*.tmp in the working directory (see golden/core/README.md). */
    static void deleteTempFiles(Path program) throws IOException {
        String stem = program.getFileName().toString().replace(".py", "");
        try (Stream<Path> s = Files.list(Path.of("."))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(stem) && n.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static Path sibling(Path program, String ext) {
        String n = program.getFileName().toString();
        return program.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    static Outcome expected(Path program) throws IOException {
        return new Outcome(Files.readString(sibling(program, ".out")), Files.readString(sibling(program, ".err")),
                Integer.parseInt(Files.readString(sibling(program, ".exit")).strip()));
    }

    /** Null when the outcome matches, else the first difference. */
    static String compare(Outcome want, Outcome got) {
        if (!want.out().equals(got.out())) {
            String[] errLines = got.err().strip().split("\n");
            return "stdout differs:\n" + diff(want.out(), got.out()) + "\n  stderr: " + errLines[errLines.length - 1];
        }
        if (!want.err().equals(got.err())) {
            return "stderr differs:\n" + diff(want.err(), got.err());
        }
        if (want.status() != got.status()) {
            return "exit status " + got.status() + ", expected " + want.status();
        }
        return null;
    }

    private static String diff(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "  line " + (i + 1) + "\n  want: " + x + "\n  got:  " + y;
            }
        }
        return "  (trailing difference)";
    }

    static Set<String> knownFailures() throws IOException {
        Set<String> s = new TreeSet<>();
        if (Files.exists(KNOWN)) {
            for (String line : Files.readAllLines(KNOWN)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    s.add(line.strip());
                }
            }
        }
        return s;
    }

    @Test
    void corpusMatchesCPython() throws Exception {
        List<Path> programs = programs();
        PyRuntime runtime = new PyRuntime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Path p : programs) {
            futures.add(pool.submit(() -> run(runtime, p)));
        }
        Set<String> known = knownFailures();
        List<String> failing = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Path p = programs.get(i);
            String n = name(p);
            String problem;
            try {
                Outcome got = futures.get(i).get(30, TimeUnit.SECONDS);
                if (got.err().contains("does not verify")) {
                    unverified.add(n);
                }
                problem = compare(expected(p), got);
            } catch (TimeoutException e) {
                problem = "timed out";
            } catch (Exception e) {
                problem = "crashed: " + e;
            }
            if (problem != null) {
                report.add("== " + n + ": " + problem);
                failing.add(n);
                if (!known.contains(n)) {
                    unexpected.add(n + ": " + problem);
                }
            }
        }
        pool.shutdownNow();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/golden-failures.txt"), String.join("\n", report) + "\n");
        int passed = programs.size() - failing.size();
        System.out.println("golden corpus: " + passed + " / " + programs.size() + " byte-identical");
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeIf(n -> !inArea(n));
        fixed.removeAll(failing);
        if (!fixed.isEmpty()) {
            System.out.println("now passing (remove from known-failures.txt): " + fixed);
        }
        // every class generated while running the corpus passed CheckClassAdapter (krait.verify=true)
        assertTrue(unverified.isEmpty(), "generated classes fail verification in: " + unverified);
        if (Boolean.getBoolean("krait.updateKnownFailures")) {
            known.removeIf(GoldenCorpusTest::inArea); // entries of areas not run are kept
            failing.addAll(known);
            Collections.sort(failing);
            Files.writeString(KNOWN, "# golden programs that do not yet match CPython (GoldenCorpusTest ratchet)\n"
                    + String.join("\n", failing) + (failing.isEmpty() ? "" : "\n"));
            return;
        }
        assertTrue(unexpected.isEmpty(), unexpected.size() + " golden programs regressed:\n"
                + String.join("\n", unexpected.subList(0, Math.min(20, unexpected.size()))));
    }
}
