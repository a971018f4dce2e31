package org.krait.runtime.exceptions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.krait.runtime.builtins.CoreFunctions;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Abstract;

/**
 * "Did you mean: 'x'?" after the message of an uncaught NameError, AttributeError or ImportError
 * (CPython 3.12.1 Python/suggestions.c, _Py_Offer_Suggestions). Only those exact types get
 * suggestions, not subclasses. Candidates are ranked by a Levenshtein distance over UTF-8 bytes in
 * which a case flip costs 1 and any other edit 2; a candidate must need at most about a third of
 * the characters changed, and the first best one wins (builtins are met in CPython's order).
 *
 * <p>For NameError CPython searches the failing frame's variable names, then its globals, then its
 * builtins. A traceback entry here has only the code object, so the variable names are the code's
 * {@code co_varnames}, the globals are those of {@code sys.modules['__main__']} (right whenever
 * the failing code belongs to the main script) and the builtins are the interpreter's. The check
 * "inside a method whose {@code self} has that attribute" ("Did you mean: 'self.x'?") needs the
 * frame's local values, which are not kept, so it is not made.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** What to print right after the message (". Did you mean: 'x'?"), or null. Never raises. */
    static String offer(ThreadState ts, PyBaseException exc) {
        try {
            if (exc.type() == ExceptionTypes.ATTRIBUTE_ERROR) {
                return forAttributeError(ts, exc);
            }
            if (exc.type() == ExceptionTypes.NAME_ERROR) {
                return forNameError(ts, exc);
            }
            if (exc.type() == ExceptionTypes.IMPORT_ERROR) {
                return forImportError(ts, exc);
            }
        } catch (RuntimeException e) {
            // as print_exception_suggestions: an error while looking is cleared, nothing printed
            // (Java failures of runtime code included: a suggestion is never worth a crash)
        }
        return null;
    }

    private static String didYouMean(ThreadState ts, String suggestion) {
        return ". Did you mean: " + Abstract.repr(ts, PyStr.of(suggestion)) + "?";
    }

    /** An attribute holding an exact str (PyUnicode_CheckExact), or null. */
    private static String exactStr(PyBaseException exc, String attr) {
        PyObject v = exc.attr(attr);
        return v != null && v.type() == PyStr.TYPE ? ((PyStr) v).value() : null;
    }

    private static String forAttributeError(ThreadState ts, PyBaseException exc) {
        String name = exactStr(exc, "name");
        PyObject obj = exc.attr("obj");
        if (name == null || obj == null) {
            return null;
        }
        String s = calculate(strings(CoreFunctions.dir(ts, obj)), name);
        return s == null ? null : didYouMean(ts, s);
    }

    private static String forImportError(ThreadState ts, PyBaseException exc) {
        String modName = exactStr(exc, "name");
        String name = exactStr(exc, "name_from");
        if (modName == null || name == null) {
            return null;
        }
        PyObject mod = ts.interp.modules.getStr(modName);
        if (mod == null) {
            return null;
        }
        String s = calculate(strings(CoreFunctions.dir(ts, mod)), name);
        return s == null ? null : didYouMean(ts, s);
    }

    private static String forNameError(ThreadState ts, PyBaseException exc) {
        String name = exactStr(exc, "name");
        if (name == null || exc.traceback == null) {
            return null;
        }
        PyTraceback tb = exc.traceback;
        while (tb.next != null) {
            tb = tb.next;
        }
        String suggestion = calculate(java.util.Arrays.asList(tb.code.varnames), name);
        if (suggestion == null) {
            PyObject main = ts.interp.modules.getStr("__main__");
            if (main instanceof PyModule) {
                suggestion = calculate(keys(((PyModule) main).dict), name);
            }
        }
        if (suggestion == null) {
            suggestion = calculate(inCPythonOrder(keys(ts.interp.builtins.dict)), name);
        }
        boolean stdlibModule = SuggestionTables.STDLIB_MODULE_NAMES.contains(name);
        String quoted = Abstract.repr(ts, PyStr.of(name));
        if (!stdlibModule) {
            return suggestion == null ? null : didYouMean(ts, suggestion);
        }
        if (suggestion == null) {
            return ". Did you forget to import " + quoted + "?";
        }
        return didYouMean(ts, suggestion) + " Or did you forget to import " + quoted + "?";
    }

    /** The str items of a list; a non-str item makes the C code give up, so null then. */
    private static List<String> strings(PyList list) {
        List<String> out = new ArrayList<>(list.size);
        for (int i = 0; i < list.size; i++) {
            if (!(list.get(i) instanceof PyStr)) {
                return null;
            }
            out.add(((PyStr) list.get(i)).value());
        }
        return out;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>(d.size());
        for (int e = 0; e < d.entryLimit(); e++) {
            PyObject k = d.keyAt(e);
            if (k == null) {
                continue;
            }
            if (!(k instanceof PyStr)) {
                return null;
            }
            out.add(((PyStr) k).value());
        }
        return out;
    }

    /**
     * The builtins' names in the order CPython's builtins dict holds them (which decides between
     * equally close names), then any others in their own order.
     */
    private static List<String> inCPythonOrder(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<String> present = new HashSet<>(names);
        List<String> out = new ArrayList<>(names.size());
        for (String n : SuggestionTables.BUILTINS_ORDER) {
            if (present.remove(n)) {
                out.add(n);
            }
        }
        for (String n : names) {
            if (present.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** calculate_suggestions: the closest candidate within reach, the first of equals winning, or null. */
    public static String calculate(List<String> candidates, String name) {
        if (candidates == null || candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long bestDistance = Long.MAX_VALUE;
        String best = null;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue; // a missing attribute that dir() lists is not worth suggesting (GH-88821)
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            if (maxDistance < 0) {
                continue;
            }
            long distance = levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * levenshtein_distance of suggestions.c over bytes: common prefix and suffix trimmed, one row of
     * the matrix kept, giving up with {@code maxCost + 1} as soon as every entry of a row exceeds it.
     */
    public static long levenshtein(byte[] a, byte[] b, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a.length;
        int bSize = b.length;
        while (aSize > 0 && bSize > 0 && a[aStart] == b[bStart]) {
            aStart++;
            aSize--;
            bStart++;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a[aStart + aSize - 1] == b[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) { // prefer the shorter buffer
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tn = aSize;
            aSize = bSize;
            bSize = tn;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1; // a match is impossible
        }
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp; // cost from b[:0] to a[:i+1]
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            long distance = result = (long) bIndex * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                long substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1; // everything in this row is too expensive
            }
        }
        return result;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST; // not the same, not a case flip
        }
        if (a == b) {
            return 0;
        }
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }
}
