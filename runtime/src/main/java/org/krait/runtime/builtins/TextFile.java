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

    TextFile(String name, String mode, boolean r, boolean w, boolean a, FileChannel ch) {
        super(TYPE, name, mode, r, w, a, ch);
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
            if (b == '\r') {
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
        return utf8(line.toByteArray());
    }

    private void unread() {
        seek(-1, 1);
    }

    String readAll() {
        return utf8(readAllBytes()).replace("\r\n", "\n").replace('\r', '\n');
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
            f(a[0]).writeBytes(((PyStr) a[1]).value.getBytes(StandardCharsets.UTF_8));
            return PyInt.of(((PyStr) a[1]).length());
        });
        b.method("writelines($self, lines, /)", (ts, a) -> {
            PyObject it = Iteration.iter(ts, a[1]);
            for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
                f(a[0]).writeBytes(Abstract.str(ts, x).getBytes(StandardCharsets.UTF_8));
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
        b.getter("encoding", o -> PyStr.of("UTF-8"));
        b.getter("buffer", o -> PyNone.NONE);
    }
}
