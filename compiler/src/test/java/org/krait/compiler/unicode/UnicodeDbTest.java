package org.krait.compiler.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;

class UnicodeDbTest {
    /**
     * Every property of every code point, written as tools/gen-unicode-db.py writes its digest
     * lines from CPython 3.12.1's answers, must hash to the committed digest.
     */
    @Test
    void allCodePointsMatchCPythonDigest() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder line = new StringBuilder(128);
        for (int cp = 0; cp <= UnicodeDb.MAX_CODE_POINT; cp++) {
            line.setLength(0);
            line.append(Integer.toHexString(cp)).append(';').append(UnicodeDb.categoryName(cp)).append(';');
            boolean[] flags = {UnicodeDb.isPrintable(cp), UnicodeDb.isSpace(cp), UnicodeDb.isAlpha(cp),
                UnicodeDb.isDecimal(cp), UnicodeDb.isDigit(cp), UnicodeDb.isNumeric(cp), UnicodeDb.isLower(cp),
                UnicodeDb.isUpper(cp), UnicodeDb.isTitle(cp), UnicodeDb.isCased(cp), UnicodeDb.isCaseIgnorable(cp),
                UnicodeDb.isXidStart(cp), UnicodeDb.isXidContinue(cp), UnicodeDb.isLineBreak(cp)};
            for (boolean f : flags) {
                line.append(f ? '1' : '0');
            }
            line.append(';').append(UnicodeDb.decimal(cp)).append(';').append(UnicodeDb.digit(cp)).append(';');
            double num = UnicodeDb.numeric(cp);
            line.append(Double.isNaN(num) ? "-" : String.format("%016x", Double.doubleToRawLongBits(num)));
            String[] maps = {UnicodeDb.lower(cp), UnicodeDb.upper(cp), UnicodeDb.title(cp), UnicodeDb.folded(cp)};
            for (int i = 0; i < maps.length; i++) {
                line.append(';');
                int[] cps = maps[i].codePoints().toArray();
                for (int k = 0; k < cps.length; k++) {
                    line.append(k == 0 ? "" : " ").append(Integer.toHexString(cps[k]));
                }
            }
            line.append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : sha.digest()) {
            hex.append(String.format("%02x", b));
        }
        assertEquals(expectedDigest(), hex.toString());
    }

    private static String expectedDigest() throws IOException {
        try (InputStream in = UnicodeDbTest.class.getResourceAsStream("/unicode/unicode-db.sha256")) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (String l : text.split("\n")) {
                if (!l.startsWith("#") && !l.isBlank()) {
                    return l.strip();
                }
            }
        }
        throw new IllegalStateException("no digest");
    }

    @Test
    void unicode15AndSpecialCasing() {
        assertEquals("15.0.0", UnicodeDb.unicodeVersion());
        assertEquals("SS", UnicodeDb.upper(0xDF));
        assertEquals("\u02BCN", UnicodeDb.upper(0x149));
        assertEquals("i\u0307", UnicodeDb.lower(0x130));
        assertEquals("ss", UnicodeDb.folded(0xDF));
        assertEquals("\u01C5", UnicodeDb.title(0x1C4));
        assertEquals("So", UnicodeDb.categoryName(0x1FAE8)); // SHAKING FACE, new in Unicode 15.0
        assertTrue(UnicodeDb.isPrintable(0x1FAE8));
        assertEquals("Lo", UnicodeDb.categoryName(0x11F04)); // KAWI LETTER A, new in 15.0
        assertTrue(UnicodeDb.isTitle(0x1C5));
        assertTrue(UnicodeDb.isCaseIgnorable('\''));
        assertFalse(UnicodeDb.isPrintable(0xD800));
        assertEquals(-0.5, UnicodeDb.numeric(0x0F33));
        assertEquals(7, UnicodeDb.decimal(0x0667));
        assertEquals(-1, UnicodeDb.decimal(0xB2));
        assertEquals(2, UnicodeDb.digit(0xB2));
        assertEquals("Cn", UnicodeDb.categoryName(0x110000));
    }
}
