package org.krait.runtime.builtins;

import java.nio.channels.FileChannel;

import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;

/** A binary file ({@code _io.BufferedReader}/{@code BufferedWriter}). */
final class BinaryFile extends FileObject {
    static final PyType READER = PyType.builtin("BufferedReader", null, 0, null, BinaryFile::define);
    static final PyType WRITER = PyType.builtin("BufferedWriter", null, 0, null, BinaryFile::define);

    BinaryFile(String name, String mode, boolean r, boolean w, boolean a, FileChannel ch) {
        super(r ? READER : WRITER, name, mode, r, w, a, ch);
    }

    private static BinaryFile f(PyObject o) {
        return (BinaryFile) o;
    }

    byte[] readline() {
        checkReadable();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b = readByte(); b >= 0; b = readByte()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    private static void define(TypeBuilder b) {
        b.method("read($self, size=-1, /)", (ts, a) -> {
            long n = FileMethods.sizeArg(a[1]);
            f(a[0]).checkReadable();
            return PyBytes.of(n < 0 ? f(a[0]).readAllBytes() : f(a[0]).readBytes((int) n));
        });
        b.method("readline($self, size=-1, /)", (ts, a) -> PyBytes.of(f(a[0]).readline()));
        b.method("readlines($self, hint=-1, /)", (ts, a) -> {
            PyList l = new PyList();
            for (byte[] s = f(a[0]).readline(); s.length > 0; s = f(a[0]).readline()) {
                l.append(PyBytes.of(s));
            }
            return l;
        });
        b.method("write($self, buffer, /)", (ts, a) -> {
            byte[] data = org.krait.runtime.types.Buffers.bytesLike(a[1]); // bytes, bytearray, memoryview
            f(a[0]).writeBytes(data);
            return PyInt.of(data.length);
        });
        b.method("__iter__($self, /)", (ts, a) -> a[0]);
        b.method("__next__($self, /)", (ts, a) -> {
            byte[] s = f(a[0]).readline();
            if (s.length == 0) {
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION));
            }
            return PyBytes.of(s);
        });
        FileMethods.common(b);
    }
}
