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
import org.krait.runtime.types.TypeMethods;

/**
 * Prints an uncaught exception exactly as CPython 3.12.1's PyErr_Display does (Python/pythonrun.c
 * print_exception_recursive, print_exception, print_exception_file_and_line,
 * print_exception_message, print_exception_suggestions, print_exception_notes): the chain of
 * causes and contexts oldest first, each with its traceback ({@link TracebackFrames}), the
 * SyntaxError location display, the "module.Qualname: message" line with any suggestion, and the
 * {@code __notes__}. Output goes to the stream piece by piece, as CPython writes it. Where CPython
 * clears an error raised by Python code it calls (str(), repr(), attribute lookups), any Java
 * exception is caught too: the display of an error must not fail with a Java stack trace.
 */
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";

    private TracebackPrinter() {
    }

    public static void print(ThreadState ts, PyBaseException exc, TextStream out) {
        // print_exception_recursive walks __cause__ (or, unless suppressed, __context__) before
        // printing; done here as a loop so that a long chain cannot exhaust the Java stack.
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyBaseException> chain = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (PyBaseException v = exc; v != null;) {
            seen.add(v);
            chain.add(v);
            PyBaseException next = null;
            if (v.cause != null) {
                if (!seen.contains(v.cause)) {
                    next = v.cause;
                    separators.add(CAUSE_MESSAGE);
                }
            } else if (!v.suppressContext && v.context != null && !seen.contains(v.context)) {
                next = v.context;
                separators.add(CONTEXT_MESSAGE);
            }
            v = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            printException(ts, chain.get(i), out);
            if (i > 0) {
                out.write(separators.get(i - 1));
            }
        }
    }

    /** print_exception: traceback, SyntaxError location, message line, suggestions, notes. */
    static void printException(ThreadState ts, PyBaseException exc, TextStream out) {
        if (exc.traceback != null) {
            TracebackFrames.print(ts, exc.traceback, out);
        }
        PyObject notes = lookup(ts, exc, "__notes__");
        PyObject value = exc;
        SyntaxLocation location = syntaxErrorLocation(ts, exc);
        if (location != null) {
            out.write(location.lines());
            value = location.msg();
        }
        out.write(messageLine(ts, exc, value));
        if (value == exc) {
            String suggestion = Suggestions.offer(ts, exc);
            if (suggestion != null) {
                out.write(suggestion);
            }
        }
        out.write("\n");
        if (notes != null) {
            printNotes(ts, notes, out);
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
     * print_exception_notes: each note's str() split into lines (ends kept), then a newline; a
     * {@code __notes__} that is not a sequence (or is a str or bytes) prints as its repr.
     */
    static void printNotes(ThreadState ts, PyObject notes, TextStream out) {
        if (!isSequence(notes) || notes instanceof PyStr || notes instanceof PyBytes) {
            String r;
            try {
                r = Abstract.repr(ts, notes);
            } catch (RuntimeException e) {
                r = "<__notes__ repr() failed>";
            }
            out.write(r + "\n");
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
                note = "<note str() failed>";
            }
            out.write(note);
            out.write("\n");
        }
    }

    /** PySequence_Check: a type with sequence item access, which dicts lack. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }
}
