package org.krait.runtime.text;

import static org.krait.runtime.text.CaseFile.lng;
import static org.krait.runtime.text.CaseFile.str;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/** Every str method against the results CPython 3.12.1 gave (str-cases.jsonl). */
class StrOpsTest {
    @Test
    void strMethodsMatchCPython() throws IOException {
        int n = CaseFile.run("str-cases.jsonl", StrOpsTest::apply);
        assertTrue(n > 40000, "cases read: " + n);
    }

    @SuppressWarnings("unchecked")
    private static Object apply(String op, List<Object> a) {
        String s = str(a.get(0));
        boolean bmp = a.get(0) instanceof String && CodePoints.isBmp(s);
        switch (op) {
            case "lower": return StrOps.lower(s);
            case "upper": return StrOps.upper(s);
            case "casefold": return StrOps.casefold(s);
            case "swapcase": return StrOps.swapcase(s);
            case "title": return StrOps.title(s);
            case "capitalize": return StrOps.capitalize(s);
            case "isalnum": return StrOps.isalnum(s);
            case "isalpha": return StrOps.isalpha(s);
            case "isascii": return StrOps.isascii(s);
            case "isdecimal": return StrOps.isdecimal(s);
            case "isdigit": return StrOps.isdigit(s);
            case "isidentifier": return StrOps.isidentifier(s);
            case "islower": return StrOps.islower(s);
            case "isnumeric": return StrOps.isnumeric(s);
            case "isprintable": return StrOps.isprintable(s);
            case "isspace": return StrOps.isspace(s);
            case "istitle": return StrOps.istitle(s);
            case "isupper": return StrOps.isupper(s);
            case "repr": return StrOps.repr(s);
            case "ascii": return StrOps.ascii(s);
            case "len": return StrOps.length(s, bmp);
            case "splitlines": return StrOps.splitlines(s, (Boolean) a.get(1));
            case "strip": return StrOps.strip(s, str(a.get(1)));
            case "lstrip": return StrOps.lstrip(s, str(a.get(1)));
            case "rstrip": return StrOps.rstrip(s, str(a.get(1)));
            case "split": return StrOps.split(s, str(a.get(1)), lng(a.get(2), -1));
            case "rsplit": return StrOps.rsplit(s, str(a.get(1)), lng(a.get(2), -1));
            case "partition": return StrOps.partition(s, str(a.get(1)));
            case "rpartition": return StrOps.rpartition(s, str(a.get(1)));
            case "expandtabs": return StrOps.expandtabs(s, (int) lng(a.get(1), 8));
            case "center": return StrOps.center(s, bmp, lng(a.get(1), 0), str(a.get(2)));
            case "ljust": return StrOps.ljust(s, bmp, lng(a.get(1), 0), str(a.get(2)));
            case "rjust": return StrOps.rjust(s, bmp, lng(a.get(1), 0), str(a.get(2)));
            case "zfill": return StrOps.zfill(s, bmp, lng(a.get(1), 0));
            case "slice":
                return StrOps.slice(s, bmp, (int) lng(a.get(1), 0), (int) lng(a.get(2), 0), (int) lng(a.get(3), 0));
            case "getitem": {
                int i = (int) lng(a.get(1), 0);
                String ch = StrOps.charAtIndex(s, bmp, i);
                return ch.codePointAt(0) == StrOps.codePointAtIndex(s, bmp, i) ? ch : "codePointAtIndex differs";
            }
            case "find": return StrOps.find(s, bmp, str(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "rfind": return StrOps.rfind(s, bmp, str(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "index": return StrOps.index(s, bmp, str(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "rindex":
                return StrOps.rindex(s, bmp, str(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "count": return StrOps.count(s, bmp, str(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "startswith":
                return StrOps.startswith(s, bmp, affixes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "endswith":
                return StrOps.endswith(s, bmp, affixes(a.get(1)), lng(a.get(2), 0), lng(a.get(3), StrOps.END));
            case "removeprefix": return StrOps.removeprefix(s, str(a.get(1)));
            case "removesuffix": return StrOps.removesuffix(s, str(a.get(1)));
            case "replace": return StrOps.replace(s, str(a.get(1)), str(a.get(2)), lng(a.get(3), -1));
            case "compare": return (long) Integer.signum(StrOps.compare(s, str(a.get(1))));
            case "join": return StrOps.join(s, ((List<?>) a.get(1)).toArray(new String[0]));
            case "translate": return StrOps.translate(s, table((List<Object>) a.get(1)));
            case "maketrans": {
                Map<Integer, Integer> m = StrOps.maketrans(s, str(a.get(1)), str(a.get(2)));
                List<Object> pairs = new java.util.ArrayList<>();
                m.forEach((k, v) -> pairs.add(java.util.Arrays.asList((long) k, v == null ? null : (long) v)));
                return pairs;
            }
            case "maketransKey": return StrOps.maketransKey(s);
            default: throw new IllegalArgumentException("unknown operation " + op);
        }
    }

    private static String[] affixes(Object arg) {
        if (arg instanceof String) {
            return new String[] {(String) arg};
        }
        return ((List<?>) arg).toArray(new String[0]);
    }

    /** A translate table as the object model would wrap a dict: int values via translateCodePoint. */
    private static IntFunction<String> table(List<Object> pairs) {
        Map<Long, Object> m = new HashMap<>();
        for (Object p : pairs) {
            List<?> kv = (List<?>) p;
            m.put((Long) kv.get(0), kv.get(1));
        }
        return cp -> {
            if (!m.containsKey((long) cp)) {
                return null;
            }
            Object v = m.get((long) cp);
            if (v == null) {
                return "";
            }
            return v instanceof String ? (String) v : StrOps.translateCodePoint((Long) v);
        };
    }
}
