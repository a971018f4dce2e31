package org.krait.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;

/**
 * Mutation fuzzing of the parser: valid seed programs (fuzz-seeds/, our own files) get tokens and
 * bytes deleted, duplicated, swapped and inserted. Every case must end in a Module or a
 * PySyntaxError whose display works; any other Throwable (StackOverflowError included) or a case
 * running longer than 5 s fails, naming the case. Reproducible: case i uses Random(SEED, i) only.
 * {@code -Dkrait.fuzz.cases=N} changes the count, {@code -Dkrait.fuzz.case=I} runs one case.
 */
class ParserFuzzTest {
    static final long SEED = 0x6B72616974L;
    private static final int DEFAULT_CASES = 20_000;
    private static final long TIMEOUT_SECONDS = 5;

    /** Rough Python tokens; whitespace, newlines and comments are tokens too, so layout mutates. */
    private static final Pattern TOKEN = Pattern.compile("[ \\t\\f]+|\\r?\\n|#[^\\r\\n]*"
            + "|[\\p{L}_][\\p{L}\\p{N}_]*|\\d[\\w.]*|'[^'\\r\\n]*'|\"[^\"\\r\\n]*\""
            + "|\\*\\*=?|//=?|->|:=|<<=?|>>=?|\\.\\.\\.|[-+*/%@&|^=!<>]=|.", Pattern.DOTALL);

    /** Fragments worth inserting: brackets, quotes, indentation, keywords, odd characters. */
    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", ":=", "*",
        "**", "->", "@", "\\", "\n", "\r\n", "\r", "    ", "\t", "\f", "'", "\"", "'''", "\"\"\"", "f'{", "f\"",
        "}", "{}", "!r", "#", "lambda", "def", "class", "if", "elif", "else", "for", "in", "while", "try",
        "except", "finally", "with", "as", "async", "await", "yield", "return", "del", "import", "from",
        "global", "nonlocal", "match", "case", "type", "_", "None", "True", "...", "0x", "1e", "0o", "1_",
        "07", "1j", "b'", "rb'", "\u00e9", "\u20ac", "\u00a0", "\u200b", "\0"};

    /** Parses one source. */
    static Mod.Module parseOrSkip(byte[] source, String filename) {
        return Parser.parseModule(source, filename);
    }

    @Test
    void mutatedProgramsParseOrRaiseSyntaxError() throws Exception {
        List<byte[]> seeds = loadSeeds();
        int cases = Integer.getInteger("krait.fuzz.cases", DEFAULT_CASES);
        String only = System.getProperty("krait.fuzz.case");
        int first = only == null ? 0 : Integer.parseInt(only);
        int last = only == null ? cases : first + 1;
        ExecutorService worker = newWorker();
        int syntaxErrors = 0;
        try {
            for (int i = first; i < last; i++) {
                byte[] input = makeCase(seeds, i);
                Future<Mod.Module> result = worker.submit(() -> parseAndDisplay(input));
                try {
                    if (result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) == null) {
                        fail(describe(i, input, "parseModule returned null"));
                    }
                } catch (TimeoutException e) {
                    result.cancel(true);
                    worker.shutdownNow();
                    fail(describe(i, input, "took longer than " + TIMEOUT_SECONDS + " s"));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof TestAbortedException aborted) {
                        throw aborted;
                    }
                    if (!(cause instanceof PySyntaxError)) {
                        throw new AssertionError(describe(i, input, "threw " + cause), cause);
                    }
                    syntaxErrors++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("ParserFuzzTest: %d cases, %d SyntaxErrors, %d parsed%n", last - first, syntaxErrors,
                last - first - syntaxErrors);
    }

    private static Mod.Module parseAndDisplay(byte[] input) {
        try {
            return parseOrSkip(input, "fuzz.py");
        } catch (PySyntaxError e) {
            e.formatForStderr(); // the display must cope with whatever the parser reports
            throw e;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parser-fuzz");
            t.setDaemon(true); // a case stuck in a loop must not keep the JVM alive
            return t;
        });
    }

    private static List<byte[]> loadSeeds() throws IOException, URISyntaxException {
        Path dir = Paths.get(ParserFuzzTest.class.getResource("/fuzz-seeds").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
            List<byte[]> seeds = new ArrayList<>();
            for (Path p : sorted) {
                seeds.add(Files.readAllBytes(p));
            }
            return seeds;
        }
    }

    /** Case {@code index}: one seed with one to three mutations, from its own Random. */
    static byte[] makeCase(List<byte[]> seeds, int index) {
        Random rnd = new Random(SEED * 1_000_003L + index);
        byte[] bytes = seeds.get(rnd.nextInt(seeds.size()));
        int mutations = 1 + rnd.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            bytes = rnd.nextInt(4) == 0 ? mutateBytes(bytes, rnd) : mutateTokens(bytes, rnd);
        }
        return bytes;
    }

    private static byte[] mutateTokens(byte[] bytes, Random rnd) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            tokens.add("");
        }
        int i = rnd.nextInt(tokens.size());
        switch (rnd.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(i));
            case 2 -> swap(tokens, i, rnd.nextInt(tokens.size()));
            case 3 -> swap(tokens, i, Math.min(tokens.size() - 1, i + 1));
            default -> tokens.add(i, INSERTS[rnd.nextInt(INSERTS.length)]);
        }
        return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutateBytes(byte[] bytes, Random rnd) {
        if (bytes.length == 0) {
            return new byte[] {(byte) rnd.nextInt(256)};
        }
        int i = rnd.nextInt(bytes.length);
        byte[] out;
        switch (rnd.nextInt(4)) {
            case 0 -> {
                out = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, out, 0, i);
                System.arraycopy(bytes, i + 1, out, i, bytes.length - i - 1);
            }
            case 1 -> {
                out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, i + 1);
                System.arraycopy(bytes, i, out, i + 1, bytes.length - i);
            }
            case 2 -> {
                out = bytes.clone();
                int j = rnd.nextInt(bytes.length);
                out[i] = bytes[j];
                out[j] = bytes[i];
            }
            default -> {
                out = bytes.clone();
                out[i] = (byte) rnd.nextInt(256);
            }
        }
        return out;
    }

    private static <T> void swap(List<T> list, int i, int j) {
        T t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
    }

    private static String describe(int index, byte[] input, String problem) {
        return "fuzz case " + index + " (seed " + SEED + ", rerun with -Dkrait.fuzz.case=" + index + "): " + problem
                + "\ninput: " + pythonBytesRepr(input);
    }

    /** The input as a Python bytes literal, so it can be pasted into python3.12 to compare. */
    static String pythonBytesRepr(byte[] bytes) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append('\'').toString();
    }
}
