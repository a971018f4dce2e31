package org.krait.runtime.exceptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The distance and candidate choice of Python/suggestions.c. Expected distances of ASCII names are
 * CPython 3.12.1's {@code traceback._levenshtein_distance(a, b, max)}, the same algorithm over
 * characters; for non-ASCII names the C code counts bytes (checked in the golden program
 * traceback/suggest_name_non_ascii).
 */
class SuggestionsTest {
    private static long distance(String a, String b, long max) {
        return Suggestions.levenshtein(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void distancesMatchCPython() {
        assertEquals(6, distance("kitten", "sitting", 100));
        assertEquals(1, distance("Data", "data", 100));
        assertEquals(2, distance("date", "data", 100));
        assertEquals(2, distance("append", "apend", 100));
        assertEquals(3, distance("ABC", "abc", 100));
        assertEquals(4, distance("abc", "xyz", 3));
        assertEquals(2, distance("a", "", 100));
        assertEquals(8, distance("", "abcd", 1));
        assertEquals(2, distance("x".repeat(41) + "a", "x".repeat(41) + "b", 100));
        assertEquals(101, distance("a".repeat(41), "b".repeat(41), 100));
        assertEquals(2, distance("maximum_valu", "maximum_value", 100));
        assertEquals(2, distance("distanse", "distance", 100));
        assertEquals(5, distance("short", "muchlongername", 4));
    }

    @Test
    void nonAsciiCharactersCostPerByte() {
        assertEquals(6, distance("日本", "日付", 100));
        assertEquals(4, distance("cafe", "café", 100));
    }

    @Test
    void closestCandidateWithinAThirdWins() {
        assertEquals("data", Suggestions.calculate(List.of("date", "data", "dat"), "Data"));
        assertEquals("append", Suggestions.calculate(List.of("add", "append", "extend"), "apend"));
        assertNull(Suggestions.calculate(List.of("len"), "lenght"));
        assertEquals("len", Suggestions.calculate(List.of("len"), "lenn"));
    }

    @Test
    void firstOfEquallyCloseCandidatesWins() {
        assertEquals("dir", Suggestions.calculate(List.of("dir", "dict"), "dic"));
        assertEquals("dict", Suggestions.calculate(List.of("dict", "dir"), "dic"));
    }

    @Test
    void theNameItselfIsNotSuggested() {
        assertNull(Suggestions.calculate(List.of("value"), "value"));
        assertEquals("valu", Suggestions.calculate(List.of("value", "valu"), "value"));
    }

    @Test
    void tooManyCandidatesMeansNoSuggestion() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 749; i++) {
            names.add("name_" + i);
        }
        assertEquals("name_1", Suggestions.calculate(names, "name_1x"));
        names.add("other");
        assertNull(Suggestions.calculate(names, "name_1x"));
    }
}
