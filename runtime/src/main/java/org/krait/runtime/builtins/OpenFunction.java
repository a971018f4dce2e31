package org.krait.runtime.builtins;

import java.nio.channels.FileChannel;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;

/** {@code open()}: mode parsing and validation as io.open, then a TextFile or BinaryFile. */
final class OpenFunction {
    private OpenFunction() {
    }

    static void define(PyModule m) {
        m.def("open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
                (ts, a) -> {
                    PyObject f = open(a[0], a[1], a[3], a[4], a[5]);
                    return f;
                });
    }

    static PyObject open(PyObject fileArg, PyObject modeArg, PyObject encoding, PyObject errors, PyObject newline) {
        if (!(fileArg instanceof PyStr)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + fileArg.type().name());
        }
        if (!(modeArg instanceof PyStr)) {
            throw Errors.typeError("open() argument 'mode' must be str, not " + modeArg.type().name());
        }
        String file = ((PyStr) fileArg).value();
        String mode = ((PyStr) modeArg).value();
        boolean r = false;
        boolean w = false;
        boolean a = false;
        boolean x = false;
        boolean plus = false;
        boolean bin = false;
        boolean text = false;
        for (char c : mode.toCharArray()) {
            boolean dup;
            switch (c) {
                case 'r':
                    dup = r;
                    r = true;
                    break;
                case 'w':
                    dup = w;
                    w = true;
                    break;
                case 'a':
                    dup = a;
                    a = true;
                    break;
                case 'x':
                    dup = x;
                    x = true;
                    break;
                case '+':
                    dup = plus;
                    plus = true;
                    break;
                case 'b':
                    dup = bin;
                    bin = true;
                    break;
                case 't':
                    dup = text;
                    text = true;
                    break;
                default:
                    throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            if (dup) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        if (bin && text) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (kinds != 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (bin && encoding != org.krait.runtime.object.PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (bin && errors != org.krait.runtime.object.PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (bin && newline != org.krait.runtime.object.PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        boolean readable = r || plus;
        boolean writable = w || a || x || plus;
        FileChannel ch = FileObject.openChannel(file, FileObject.options(readable, writable, a, w || a || x, w, x));
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(file))) {
            throw FileObject.osError(org.krait.runtime.exceptions.ExceptionTypes.IS_A_DIRECTORY_ERROR, 21,
                    "Is a directory", file);
        }
        String enc = encoding instanceof PyStr ? ((PyStr) encoding).value() : "UTF-8";
        return bin ? new BinaryFile(file, mode, readable, writable, a, ch) : new TextFile(file, mode, readable,
                writable, a, ch, enc, newline instanceof PyStr ? ((PyStr) newline).value() : null);
    }
}
