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
        List<String> parserMismatches = new ArrayList<>();
        int total = 0;
        long bytes = 0;
        long extraNanos = 0;
        long parserNanos = 0;
        int parserTokens = 0;
        for (String line : Files.readAllLines(TokenizerSnippetsTest.RESOURCES.resolve("lib-token-hashes.txt"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ");
            String rel = f[0];
            byte[] src = Files.readAllBytes(lib.resolve(rel));
            bytes += src.length;
            total++;

            long t0 = System.nanoTime();
            String canonical;
            try {
                canonical = TokenizerSnippetsTest.canonical(Tokenizer.withExtraTokens(src, rel));
            } catch (PySyntaxError e) { // a decoding error, before any token
                canonical = "ERROR " + e.lineno + "\n";
            }
            extraNanos += System.nanoTime() - t0;
            if (!sha256(canonical).equals(f[1])) {
                mismatches.add(rel);
            }

            t0 = System.nanoTime();
            parserTokens += countParserTokens(src, rel);
            parserNanos += System.nanoTime() - t0;
            String parserCanonical;
            try {
                Tokenizer t = new Tokenizer(src, rel);
                // the generator decodes strictly first; CPython itself fails later, in a literal
                parserCanonical = SourceDecoder.firstDecodeError(SourceDecoder.decode(src, rel)) != null
                        ? "ERROR 0\n" : TokenizerSnippetsTest.parserCanonical(t);
            } catch (PySyntaxError e) {
                parserCanonical = "ERROR " + e.lineno + "\n";
            }
            if (!sha256(parserCanonical).equals(f[2])) {
                parserMismatches.add(rel);
            }
            if (dump != null) {
                Path out = Paths.get(dump, rel + ".tokens");
                Files.createDirectories(out.getParent());
                Files.writeString(out, canonical, StandardCharsets.UTF_8);
                Files.writeString(Paths.get(dump, rel + ".ptokens"), parserCanonical, StandardCharsets.UTF_8);
            }
        }
        System.out.printf("Lib tokenizer: %d/%d files identical to CPython tokenize (extra tokens), %d/%d identical"
                + " to the tokens pegen receives; %d MB, parser mode %d tokens in %d ms, extra mode + canonical"
                + " text in %d ms%n", total - mismatches.size(), total, total - parserMismatches.size(), total,
                bytes >> 20, parserTokens, parserNanos / 1_000_000, extraNanos / 1_000_000);
        assertEquals(2231, total);
        assertEquals(List.of(), mismatches);
        assertEquals(List.of(), parserMismatches);
    }

    private static int countParserTokens(byte[] src, String name) {
        int k = 0;
        try {
            Tokenizer t = new Tokenizer(src, name);
            while (t.next().type() != TokenType.ENDMARKER) {
                k++;
            }
        } catch (PySyntaxError e) {
            // counted up to the error
        }
        return k;
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
