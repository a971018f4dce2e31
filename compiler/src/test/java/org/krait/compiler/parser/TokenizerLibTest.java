package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of CPython 3.12.1's Lib tokenizes exactly as CPython's {@code tokenize} does.
 * Only a SHA-256 of each file's canonical stream is committed (tools/gen-token-expectations.py
 * lib). The Lib directory comes from system property {@code krait.cpython.lib}; without it the
 * test is skipped. Set {@code krait.tokenizer.dump=DIR} to write our streams for diffing against
 * the script's dump.
 */
class TokenizerLibTest {
    static final String DEFAULT_LIB = "/tmp/cpy/org/bytedeco/cpython/linux-x86_64/lib/python3.12";

    @Test
    void everyLibFileTokenizesLikeCPython() throws IOException, NoSuchAlgorithmException {
        Path lib = Paths.get(System.getProperty("krait.cpython.lib", DEFAULT_LIB));
        assumeTrue(Files.isDirectory(lib), "CPython Lib not found at " + lib
                + " (set -Dkrait.cpython.lib=DIR); skipping the whole-Lib tokenizer test");
        String dump = System.getProperty("krait.tokenizer.dump");
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        long bytes = 0;
        long nanos = 0;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : Files.readAllLines(TokenizerSnippetsTest.RESOURCES.resolve("lib-token-hashes.txt"))) {
            if (line.startsWith("#")) {
                continue;
            }
            int sp = line.lastIndexOf(' ');
            String rel = line.substring(0, sp);
            byte[] src = Files.readAllBytes(lib.resolve(rel));
            bytes += src.length;
            long t0 = System.nanoTime();
            String canonical;
            try {
                canonical = TokenizerSnippetsTest.canonical(Tokenizer.withExtraTokens(src, rel));
            } catch (PySyntaxError e) { // a decoding error, before any token
                canonical = "ERROR " + e.lineno + "\n";
            }
            nanos += System.nanoTime() - t0;
            total++;
            String got = HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
            if (!got.equals(line.substring(sp + 1))) {
                mismatches.add(rel);
            }
            if (dump != null) {
                Path out = Paths.get(dump, rel + ".tokens");
                Files.createDirectories(out.getParent());
                Files.writeString(out, canonical, StandardCharsets.UTF_8);
            }
        }
        System.out.printf("Lib tokenizer: %d/%d files identical to CPython tokenize; %d MB in %d ms%n",
                total - mismatches.size(), total, bytes >> 20, nanos / 1_000_000);
        assertEquals(2231, total);
        assertEquals(List.of(), mismatches);
    }

    /** Parser mode over all of Lib: times it, and counts files it rejects (deliberately bad test data). */
    @Test
    void parserModeOverLibIsFast() throws IOException {
        Path lib = Paths.get(System.getProperty("krait.cpython.lib", DEFAULT_LIB));
        assumeTrue(Files.isDirectory(lib), "CPython Lib not found at " + lib + "; skipping");
        List<Path> files = new ArrayList<>();
        try (var s = Files.walk(lib)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        long t0 = System.nanoTime();
        int tokens = 0;
        List<String> rejected = new ArrayList<>();
        for (Path p : files) {
            try {
                Tokenizer t = new Tokenizer(Files.readAllBytes(p), p.toString());
                while (t.next().type() != TokenType.ENDMARKER) {
                    tokens++;
                }
            } catch (PySyntaxError e) {
                rejected.add(lib.relativize(p) + ": " + e.getMessage());
            }
        }
        System.out.printf("Lib parser-mode tokenizing: %d files, %d tokens in %d ms; rejected: %s%n", files.size(),
                tokens, (System.nanoTime() - t0) / 1_000_000, rejected);
        assertEquals(2231, files.size());
    }
}
