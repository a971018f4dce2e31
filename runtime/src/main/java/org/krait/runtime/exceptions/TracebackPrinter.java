package org.krait.runtime.exceptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.krait.compiler.parser.PySyntaxError;
import org.krait.runtime.builtins.TextStream;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Subscripts;
import org.krait.runtime.text.StrOps;
import org.krait.runtime.types.TypeMethods;

/**
 * Prints an uncaught exception exactly as CPython 3.12.1's PyErr_Display does (Python/pythonrun.c
 * print_exception_recursive, print_chained, print_exception_group, print_exception,
 * print_exception_file_and_line, print_exception_message, print_exception_suggestions,
 * print_exception_notes): the chain of causes and contexts oldest first, each with its traceback
 * ({@link TracebackFrames}), the SyntaxError location display, the "module.Qualname: message" line
 * with any suggestion, and the {@code __notes__}; an exception group as its own block followed by
 * each sub-exception in a numbered frame, indented one level per nesting, up to 15 sub-exceptions
 * and 10 levels. Output goes to the stream piece by piece, as CPython writes it. Where CPython
 * clears an error raised by Python code it calls (str(), repr(), attribute lookups), any Java
 * exception is caught too: the display of an error must not fail with a Java stack trace.
 */
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "The above exception was the direct cause of the following exception:\n";
    private static final String CONTEXT_MESSAGE =
            "During handling of the above exception, another exception occurred:\n";
    private static final String GROUP_HEADER = "Exception Group Traceback (most recent call last):\n";
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private TracebackPrinter() {
    }

    /** pythonrun.c's exception_print_context: where output goes and how deep in groups it is. */
    private static final class Context {
        final ThreadState ts;
        final TextStream out;
        /** Exceptions already printed or queued by a chain: each chained exception prints once. */
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int groupDepth;
        /** Whether the innermost group still owes its closing "+----" line. */
        boolean needClose;

        Context(ThreadState ts, TextStream out) {
            this.ts = ts;
            this.out = out;
        }

        /** EXC_INDENT spaces, then EXC_MARGIN ("| " inside a group). */
        String margin() {
            return groupDepth == 0 ? "" : " ".repeat(2 * groupDepth) + "| ";
        }

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        void write(String s) {
            out.write(s);
        }
    }

    public static void print(ThreadState ts, PyBaseException exc, TextStream out) {
        printRecursive(new Context(ts, out), exc);
    }

    /**
     * print_exception_recursive: the chained exceptions (walked here as a loop, so that a long
     * chain cannot exhaust the Java stack), each followed by its separator, then the exception.
     */
    private static void printRecursive(Context ctx, PyBaseException exc) {
        List<PyBaseException> chain = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (PyBaseException v = exc; v != null;) {
            ctx.seen.add(v);
            chain.add(v);
            PyBaseException next = null;
            if (v.cause != null) {
                if (!ctx.seen.contains(v.cause)) {
                    next = v.cause;
                    separators.add(CAUSE_MESSAGE);
                }
            } else if (!v.suppressContext && v.context != null && !ctx.seen.contains(v.context)) {
                next = v.context;
                separators.add(CONTEXT_MESSAGE);
            }
            v = next;
        }
        // print_chained keeps the enclosing group's need_close across each chained exception
        boolean needClose = ctx.needClose;
        for (int i = chain.size() - 1; i >= 0; i--) {
            ctx.needClose = needClose;
            PyBaseException v = chain.get(i);
            if (v instanceof PyExceptionGroup) {
                printGroup(ctx, (PyExceptionGroup) v);
            } else {
                printException(ctx, v);
            }
            if (i > 0) {
                String margin = ctx.margin();
                ctx.write(margin + "\n" + margin + separators.get(i - 1) + margin + "\n");
            }
        }
    }

    /** print_exception_group: the group itself, then each sub-exception in a numbered frame. */
    private static void printGroup(Context ctx, PyExceptionGroup group) {
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.write(ctx.margin() + "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        if (ctx.groupDepth == 0) {
            ctx.groupDepth++;
        }
        printException(ctx, group);
        PyObject[] excs = group.exceptions == null ? new PyObject[0] : group.exceptions.items;
        int n = Math.min(excs.length, MAX_GROUP_WIDTH + 1);
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true; // a nested group printed last may close this frame itself
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            ctx.write(ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : i + 1)
                    + " ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                printRecursive(ctx, (PyBaseException) excs[i]);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                ctx.write(ctx.margin() + "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && ctx.needClose) {
                ctx.write(ctx.indent() + "+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (ctx.groupDepth == 1) {
            ctx.groupDepth--;
        }
    }

    /** One exception alone (no chain, no group members), as sys.unraisablehook's default prints it. */
    static void printException(ThreadState ts, PyBaseException exc, TextStream out) {
        printException(new Context(ts, out), exc);
    }

    /** print_exception: traceback, SyntaxError location, message line, suggestions, notes. */
    private static void printException(Context ctx, PyBaseException exc) {
        ThreadState ts = ctx.ts;
        if (exc.traceback != null) {
            String header = TracebackFrames.HEADER;
            String headerMargin = ctx.margin();
            if (exc instanceof PyExceptionGroup) {
                header = GROUP_HEADER;
                if (ctx.groupDepth == 1) {
                    headerMargin = ctx.indent() + "+ ";
                }
            }
            TracebackFrames.print(ts, exc.traceback, ctx.out, headerMargin + header, ctx.margin());
        }
        PyObject notes = lookup(ts, exc, "__notes__");
        PyObject value = exc;
        SyntaxLocation location = syntaxErrorLocation(ts, exc);
        if (location != null) {
            // only the File line gets the margin: print_error_text writes the rest bare
            ctx.write(ctx.margin() + location.lines());
            value = location.msg();
        }
        // a message of several lines is written as it is: only its first line gets the margin
        ctx.write(ctx.margin() + messageLine(ts, exc, value));
        if (value == exc) {
            String suggestion = Suggestions.offer(ts, exc);
            if (suggestion != null) {
                ctx.write(suggestion);
            }
        }
        ctx.write("\n");
        if (notes != null) {
            printNotes(ctx, notes);
        }
    }

    /** An attribute, or null when getting it raises (_PyObject_LookupAttr with the error cleared). */
    private static PyObject lookup(ThreadState ts, PyObject obj, String name) {
        try {
            return Attributes.getattr(ts, obj, name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * "module.Qualname: str(value)" without the newline: no module for builtins and __main__,
     * no colon when str() is empty, {@code <exception str() failed>} when it raises, and nothing
     * after the name when a SyntaxError's msg is None.
     */
    static String messageLine(ThreadState ts, PyBaseException exc, PyObject value) {
        StringBuilder sb = new StringBuilder();
        String module = TypeMethods.moduleName(exc.type());
        if (module == null) {
            sb.append("<unknown>.");
        } else if (!module.equals("builtins") && !module.equals("__main__")) {
            sb.append(module).append('.');
        }
        sb.append(exc.type().qualname());
        if (value == PyNone.NONE) {
            return sb.toString();
        }
        String s;
        try {
            s = Abstract.str(ts, value);
        } catch (RuntimeException e) {
            return sb.append(": <exception str() failed>").toString();
        }
        if (!s.isEmpty()) {
            sb.append(": ");
        }
        return sb.append(s).toString();
    }

    /** The lines print_exception_file_and_line writes, and the msg printed in place of the exception. */
    record SyntaxLocation(String lines, PyObject msg) {
    }

    /**
     * print_exception_file_and_line: for an object with a {@code print_file_and_line} attribute (a
     * SyntaxError) whose attributes parse_syntax_error can read, the "  File ..., line N" line with
     * the offending text and its carets; else null, and the exception prints as any other.
     */
    static SyntaxLocation syntaxErrorLocation(ThreadState ts, PyBaseException exc) {
        if (lookup(ts, exc, "print_file_and_line") == null) {
            return null;
        }
        try {
            PyObject msg = Attributes.getattr(ts, exc, "msg");
            PyObject file = Attributes.getattr(ts, exc, "filename");
            String filename = file == PyNone.NONE ? "<string>" : Abstract.str(ts, file);
            Long lineno = asSsize(Attributes.getattr(ts, exc, "lineno"));
            if (lineno == null) {
                return null;
            }
            PyObject off = Attributes.getattr(ts, exc, "offset");
            Long offset = off == PyNone.NONE ? Long.valueOf(-1) : asSsize(off);
            if (offset == null) {
                return null;
            }
            long endLineno = lineno;
            long endOffset = -1;
            if (exc.type() == ExceptionTypes.SYNTAX_ERROR) {
                PyObject v = lookup(ts, exc, "end_lineno");
                Long n = v == null || v == PyNone.NONE ? lineno : asSsize(v);
                v = lookup(ts, exc, "end_offset");
                Long o = v == null || v == PyNone.NONE ? Long.valueOf(-1) : asSsize(v);
                if (n == null || o == null) {
                    return null;
                }
                endLineno = n;
                endOffset = o;
            }
            PyObject text = Attributes.getattr(ts, exc, "text");
            StringBuilder sb = new StringBuilder();
            PySyntaxError.appendFileAndLine(sb, filename, lineno, text instanceof PyStr ? ((PyStr) text).value() : null,
                    offset, endLineno, endOffset);
            return new SyntaxLocation(sb.toString(), msg);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** PyLong_AsSsize_t: the value of an int (bool included), or null for anything else. */
    private static Long asSsize(PyObject v) {
        if (!(v instanceof PyInt) || !((PyInt) v).fitsLong()) {
            return null;
        }
        return ((PyInt) v).value;
    }

    /**
     * print_exception_notes: each note's str() split into lines (ends kept), each line after the
     * margin, then a newline; a {@code __notes__} that is not a sequence (or is a str or bytes)
     * prints as its repr.
     */
    private static void printNotes(Context ctx, PyObject notes) {
        ThreadState ts = ctx.ts;
        if (!isSequence(notes) || notes instanceof PyStr || notes instanceof PyBytes) {
            String r;
            try {
                r = Abstract.repr(ts, notes);
            } catch (RuntimeException e) {
                r = "<__notes__ repr() failed>";
            }
            ctx.write(ctx.margin() + r + "\n");
            return;
        }
        int n;
        try {
            n = Abstract.len(ts, notes);
        } catch (RuntimeException e) {
            return;
        }
        for (int i = 0; i < n; i++) {
            String note;
            try {
                note = Abstract.str(ts, Subscripts.getitem(ts, notes, PyInt.of(i)));
            } catch (RuntimeException e) {
                ctx.write("<note str() failed>\n");
                continue;
            }
            for (String line : StrOps.splitlines(note, true)) {
                ctx.write(ctx.margin() + line);
            }
            ctx.write("\n");
        }
    }

    /** PySequence_Check: a type with sequence item access, which dicts lack. */
    static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }
}
