package org.krait.runtime.builtins;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;

/** A text file ({@code _io.TextIOWrapper}): UTF-8, universal newlines on read. */
final class TextFile extends FileObject {
    static final PyType TYPE = PyType.builtin("TextIOWrapper", null, 0, null, TextFile::define);

    /** The encoding as open() was given it (reported as is), else the locale's. */
    final String encoding;
    private final java.nio.charset.Charset charset;
    /** open()'s newline: null for universal newlines on read, "" for none, else the line ending written. */
    private final String newline;

    TextFile(String name, String mode, boolean r, boolean w, boolean a, FileChannel ch, String encoding,
            String newline) {
        super(TYPE, name, mode, r, w, a, ch);
        this.encoding = encoding;
        this.charset = charsetFor(encoding);
        this.newline = newline;
    }

    /** The JDK charset for a Python codec name (the common ones; others raise LookupError). */
    static java.nio.charset.Charset charsetFor(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8":
            case "utf8":
                return StandardCharsets.UTF_8;
            case "latin-1":
            case "latin1":
            case "iso-8859-1":
            case "iso8859-1":
                return StandardCharsets.ISO_8859_1;
            case "ascii":
            case "us-ascii":
                return StandardCharsets.US_ASCII;
            case "utf-16":
                return StandardCharsets.UTF_16;
            default:
                try {
                    return java.nio.charset.Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    throw Errors.raise(org.krait.runtime.exceptions.ExceptionTypes.LOOKUP_ERROR,
                            "unknown encoding: " + encoding);
                }
        }
    }

    private String decode(byte[] b) {
        return new String(b, charset);
    }

    void writeText(String s) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        writeBytes(s.getBytes(charset));
    }

    /** One line with universal newlines ("\r\n" and "\r" read as "\n"), "" at end of file. */
    String readline(int limit) {
        checkReadable();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int chars = 0;
        while (limit < 0 || chars < limit) {
            int b = readByte();
            if (b < 0) {
                break;
            }
            if (b == '\r' && newline == null) {
                int next = readByte();
                if (next >= 0 && next != '\n') {
                    unread();
                }
                line.write('\n');
                break;
            }
            line.write(b);
            if ((b & 0xC0) != 0x80) {
                chars++;
            }
            if (b == '\n') {
                break;
            }
        }
        return decode(line.toByteArray());
    }

    private void unread() {
        seek(-1, 1);
    }

    String readAll() {
        String text = decode(readAllBytes());
        return newline == null ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    private static TextFile f(PyObject o) {
        return (TextFile) o;
    }

    private static void define(TypeBuilder b) {
        b.method("read($self, size=-1, /)", (ts, a) -> {
            long n = FileMethods.sizeArg(a[1]);
            if (n < 0) {
                return PyStr.of(f(a[0]).readAll());
            }
            StringBuilder sb = new StringBuilder();
            while (sb.length() < n) {
                String line = f(a[0]).readline((int) (n - sb.length()));
                if (line.isEmpty()) {
                    break;
                }
                sb.append(line);
            }
            return PyStr.of(sb.toString());
        });
        b.method("readline($self, size=-1, /)", (ts, a) -> PyStr.of(f(a[0]).readline((int) FileMethods.sizeArg(a[1]))));
        b.method("readlines($self, hint=-1, /)", (ts, a) -> {
            PyList l = new PyList();
            for (String s = f(a[0]).readline(-1); !s.isEmpty(); s = f(a[0]).readline(-1)) {
                l.append(PyStr.of(s));
            }
            return l;
        });
        b.method("write($self, text, /)", (ts, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Errors.typeError("write() argument must be str, not " + a[1].type().name());
            }
            f(a[0]).writeText(((PyStr) a[1]).value());
            return PyInt.of(((PyStr) a[1]).length());
        });
        b.method("writelines($self, lines, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[1]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                f(a[0]).writeText(Abstract.str(ts, x));
            }
            return PyNone.NONE;
        });
        b.method("__iter__($self, /)", (ts, a) -> {
            f(a[0]).checkOpen();
            return a[0];
        });
        b.method("__next__($self, /)", (ts, a) -> {
            String s = f(a[0]).readline(-1);
            if (s.isEmpty()) {
                throw new org.krait.runtime.exceptions.PyException(new org.krait.runtime.exceptions.PyBaseException(
                        org.krait.runtime.exceptions.ExceptionTypes.STOP_ITERATION));
            }
            return PyStr.of(s);
        });
        FileMethods.common(b);
        b.getter("encoding", o -> PyStr.of(((TextFile) o).encoding));
        b.getter("buffer", o -> PyNone.NONE);
    }
}
