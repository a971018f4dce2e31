package org.krait.runtime.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.LibraryErrors;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.PyWideStr;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.object.WideText;
import org.krait.runtime.text.Codecs;
import org.krait.runtime.text.TextError;
import org.krait.runtime.text.WideEncoder;

/**
 * A text stream over a Java byte stream, UTF-8 encoded: what {@code sys.stdout}, {@code sys.stderr}
 * and {@code sys.stdin} are ({@code _io.TextIOWrapper} in CPython). Output is buffered and written
 * through on flush, on newline for line-buffered streams (stderr), and at interpreter exit.
 */
public final class TextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", null, 0, null, TextStream::define);

    private final String name;
    private final OutputStream out;
    private final BufferedReader in;
    private final boolean lineBuffered;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    private TextStream(String name, OutputStream out, BufferedReader in, boolean lineBuffered) {
        this.name = name;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    public static TextStream writer(String name, OutputStream out, boolean lineBuffered) {
        return new TextStream(name, out, null, lineBuffered);
    }

    public static TextStream reader(String name, InputStream in) {
        return new TextStream(name, null, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), false);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        if (out == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not writable");
        }
        pending.append(s);
        if (pending.length() > 8192 || lineBuffered && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    /**
     * Raises CPython's UnicodeEncodeError for a str with lone surrogates written to a strict UTF-8
     * stream (stdout); stderr's backslashreplace never fails. Wide strs (ADR 0008) are checked on
     * their code points, so a separated pair is not taken for an astral character.
     */
    public void checkEncodable(PyStr s) {
        if (name.equals("<stderr>") || !WideText.hasLoneSurrogate(s)) {
            return;
        }
        try {
            if (s instanceof PyWideStr w) {
                WideEncoder.encode(w.text(), "utf-8", "strict");
            } else {
                Codecs.encode(s.value(), "utf-8", "strict");
            }
        } catch (TextError e) {
            throw LibraryErrors.text(e);
        }
    }

    public void flush() {
        if (out == null || pending.length() == 0) {
            return;
        }
        try {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, e.getMessage());
        } finally {
            pending.setLength(0);
        }
    }

    /** One line including its newline, or "" at end of input. */
    public String readline() {
        if (in == null) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    public String read() {
        StringBuilder sb = new StringBuilder();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            sb.append(line);
        }
        return sb.toString();
    }

    private static void define(TypeBuilder b) {
        b.method("write($self, s, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("write() argument must be str, not " + a[1].type().name());
            }
            PyStr text = (PyStr) a[1];
            if (!text.isBmp()) {
                ((TextStream) a[0]).checkEncodable(text);
            }
            ((TextStream) a[0]).write(text.value());
            return PyInt.of(((PyStr) a[1]).length());
        });
        b.method("flush($self, /)", (ts, a) -> {
            ((TextStream) a[0]).flush();
            return PyNone.NONE;
        });
        b.method("readline($self, size=-1, /)", (ts, a) -> PyStr.of(((TextStream) a[0]).readline()));
        b.method("read($self, size=-1, /)", (ts, a) -> PyStr.of(((TextStream) a[0]).read()));
        b.method("isatty($self, /)", (ts, a) -> PyBool.FALSE);
        b.method("__iter__($self, /)", (ts, a) -> a[0]);
        b.method("__next__($self, /)", (ts, a) -> {
            String line = ((TextStream) a[0]).readline();
            if (line.isEmpty()) {
                throw new org.krait.runtime.exceptions.PyException(new org.krait.runtime.exceptions.PyBaseException(
                        org.krait.runtime.exceptions.ExceptionTypes.STOP_ITERATION));
            }
            return PyStr.of(line);
        });
        b.method("readlines($self, hint=-1, /)", (ts, a) -> {
            org.krait.runtime.object.PyList l = new org.krait.runtime.object.PyList();
            for (String line = ((TextStream) a[0]).readline(); !line.isEmpty(); line = ((TextStream) a[0]).readline()) {
                l.append(PyStr.of(line));
            }
            return l;
        });
        b.method("writable($self, /)", (ts, a) -> PyBool.of(((TextStream) a[0]).out != null));
        b.method("readable($self, /)", (ts, a) -> PyBool.of(((TextStream) a[0]).in != null));
        b.getter("name", o -> PyStr.of(((TextStream) o).name));
        b.getter("encoding", o -> PyStr.of("utf-8"));
        b.getter("closed", o -> PyBool.of(((TextStream) o).closed));
    }
}
