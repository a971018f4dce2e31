package org.krait.runtime.exceptions;

import org.krait.runtime.builtins.TextStream;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;

/**
 * The "Traceback (most recent call last):" block of one exception, as CPython 3.12.1's
 * Python/traceback.c prints it (_PyTraceBack_Print_Indented, tb_printinternal, tb_displayline):
 * only the innermost {@code sys.tracebacklimit} entries (nothing at all when it is 0 or less),
 * each as a File line, the stripped source line and a {@link CaretLine}; after three identical
 * entries in a row (same file, line and function name) the rest collapse into
 * "[Previous line repeated N more times]".
 */
final class TracebackFrames {
    static final String HEADER = "Traceback (most recent call last):\n";
    private static final long DEFAULT_LIMIT = 1000;
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int SOURCE_LINE_INDENT = 4;

    private TracebackFrames() {
    }

    /**
     * Writes {@code header} (with its margin) and the entries, each of their lines after
     * {@code margin}; the "[Previous line repeated ...]" lines get none, as in tb_print_line_repeated.
     */
    static void print(ThreadState ts, PyTraceback tb, TextStream out, String header, String margin) {
        long limit = DEFAULT_LIMIT;
        PyObject limitValue = ts.interp.sysAttr("tracebacklimit");
        if (limitValue instanceof PyInt) {
            PyInt l = (PyInt) limitValue;
            limit = l.fitsLong() ? l.value : l.big.signum() > 0 ? Long.MAX_VALUE : 0;
            if (limit <= 0) {
                return;
            }
        }
        out.write(header);
        long depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            depth++;
        }
        while (tb != null && depth > limit) {
            depth--;
            tb = tb.next;
        }
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        long count = 0;
        for (; tb != null; tb = tb.next) {
            PyCode code = tb.code;
            int lineno = tb.lineno();
            if (lastFile == null || !lastFile.equals(code.filename) || lastLine == -1 || lineno != lastLine
                    || lastName == null || !lastName.equals(code.name)) {
                if (count > RECURSIVE_CUTOFF) {
                    out.write(repeated(count));
                }
                lastFile = code.filename;
                lastLine = lineno;
                lastName = code.name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                String entry = entry(ts, tb);
                out.write(margin.isEmpty() ? entry : entry.replaceAll("(?m)^", margin));
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            out.write(repeated(count));
        }
    }

    private static String repeated(long count) {
        long n = count - RECURSIVE_CUTOFF;
        return "  [Previous line repeated " + n + (n > 1 ? " more times]\n" : " more time]\n");
    }

    /** tb_displayline: the File line, then the source line and its carets when the source is found. */
    static String entry(ThreadState ts, PyTraceback tb) {
        PyCode code = tb.code;
        int lineno = tb.lineno();
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(code.filename).append("\", line ").append(lineno).append(", in ")
                .append(code.name).append('\n');
        String line = ts.interp.sourceCache().line(code.filename, lineno, ts.interp.sysAttr("path"));
        if (line == null) {
            return sb.toString();
        }
        int leading = 0;
        while (leading < line.length() && CaretLine.isWhitespace(line.charAt(leading))) {
            leading++;
        }
        sb.append(" ".repeat(SOURCE_LINE_INDENT)).append(line, leading, line.length()).append('\n');
        int p = tb.position;
        if (p < 0) {
            return sb.toString();
        }
        int startLine = code.lineOf(p);
        int endLine = code.endLineOf(p);
        int startCol = code.colOf(p);
        int endCol = code.endColOf(p);
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) {
            return sb.toString();
        }
        String carets = CaretLine.build(line, startLine, endLine, startCol, endCol);
        if (carets != null) {
            sb.append(carets);
        }
        return sb.toString();
    }
}
