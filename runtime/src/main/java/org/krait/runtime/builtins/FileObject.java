package org.krait.runtime.builtins;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;

/**
 * A file opened by {@code open()}: the byte level (FileIO + buffering) that {@link TextFile} and
 * {@link BinaryFile} share. Reads go through an in-memory buffer; writes are buffered until flush
 * or close. UTF-8 is the text encoding (the locale encoding of this machine kind).
 */
abstract class FileObject extends PyObject {
    final String name;
    final String mode;
    private final PyType type;
    private FileChannel channel;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private byte[] readBuf = new byte[0];
    private int readPos;
    private final java.io.ByteArrayOutputStream writeBuf = new java.io.ByteArrayOutputStream();

    FileObject(PyType type, String name, String mode, boolean readable, boolean writable, boolean append,
            FileChannel channel) {
        this.type = type;
        this.name = name;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.channel = channel;
    }

    @Override
    public PyType type() {
        return type;
    }

    boolean closed() {
        return channel == null;
    }

    void checkOpen() {
        if (channel == null) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    void checkReadable() {
        checkOpen();
        if (!readable) {
            throw Errors.raise(unsupported(), "not readable");
        }
    }

    void checkWritable() {
        checkOpen();
        if (!writable) {
            throw Errors.raise(unsupported(), "not writable");
        }
    }

    private static PyType unsupported() {
        return IoErrors.UNSUPPORTED_OPERATION;
    }

    /** Opens the channel for a mode string as io.open validates it. */
    static FileChannel openChannel(String file, Set<OpenOption> opts) {
        try {
            return FileChannel.open(Path.of(file), opts);
        } catch (NoSuchFileException e) {
            throw osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", file);
        } catch (FileAlreadyExistsException e) {
            throw osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", file);
        } catch (AccessDeniedException e) {
            throw osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", file);
        } catch (IOException e) {
            if (java.nio.file.Files.isDirectory(Path.of(file))) {
                throw osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", file);
            }
            throw osError(ExceptionTypes.OS_ERROR, 5, String.valueOf(e.getMessage()), file);
        }
    }

    static PyException osError(PyType t, int errno, String strerror, String file) {
        PyBaseException e = new PyBaseException(t);
        e.args = PyTuple.of(PyInt.of(errno), PyStr.of(strerror));
        e.setAttr("errno", PyInt.of(errno));
        e.setAttr("strerror", PyStr.of(strerror));
        e.setAttr("filename", PyStr.of(file));
        e.setAttr("filename2", org.krait.runtime.object.PyNone.NONE);
        return new PyException(e);
    }

    static Set<OpenOption> options(boolean read, boolean write, boolean append, boolean create, boolean truncate,
            boolean exclusive) {
        Set<OpenOption> o = new HashSet<>();
        if (read) {
            o.add(StandardOpenOption.READ);
        }
        if (write || append) {
            o.add(StandardOpenOption.WRITE);
        }
        if (append) {
            o.add(StandardOpenOption.APPEND);
        }
        if (exclusive) {
            o.add(StandardOpenOption.CREATE_NEW);
        } else if (create) {
            o.add(StandardOpenOption.CREATE);
        }
        if (truncate) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        return o;
    }

    /** All remaining bytes. */
    byte[] readAllBytes() {
        checkReadable();
        flushWrites();
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(readBuf, readPos, readBuf.length - readPos);
            readBuf = new byte[0];
            readPos = 0;
            ByteBuffer b = ByteBuffer.allocate(1 << 16);
            while (channel.read(b) > 0) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    /** The next byte, or -1 at end of file. */
    int readByte() {
        if (readPos >= readBuf.length && !fill()) {
            return -1;
        }
        return readBuf[readPos++] & 0xFF;
    }

    /** Up to n bytes. */
    byte[] readBytes(int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (n > 0) {
            if (readPos >= readBuf.length && !fill()) {
                break;
            }
            int k = Math.min(n, readBuf.length - readPos);
            out.write(readBuf, readPos, k);
            readPos += k;
            n -= k;
        }
        return out.toByteArray();
    }

    private boolean fill() {
        try {
            ByteBuffer b = ByteBuffer.allocate(1 << 16);
            int n = channel.read(b);
            if (n <= 0) {
                return false;
            }
            readBuf = java.util.Arrays.copyOf(b.array(), n);
            readPos = 0;
            return true;
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    void writeBytes(byte[] b) {
        checkWritable();
        writeBuf.write(b, 0, b.length);
        if (writeBuf.size() > (1 << 16)) {
            flushWrites();
        }
    }

    void flushWrites() {
        if (channel == null || writeBuf.size() == 0) {
            return;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(writeBuf.toByteArray());
            while (b.hasRemaining()) {
                channel.write(b);
            }
            writeBuf.reset();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    long tell() {
        checkOpen();
        flushWrites();
        try {
            return channel.position() - (readBuf.length - readPos);
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        flushWrites();
        try {
            long base = whence == 0 ? 0 : whence == 1 ? tell() : channel.size();
            channel.position(base + pos);
            readBuf = new byte[0];
            readPos = 0;
            return base + pos;
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        }
    }

    void close() {
        if (channel == null) {
            return;
        }
        try {
            flushWrites();
            channel.close();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
        } finally {
            channel = null;
        }
    }

    boolean readable() {
        return readable;
    }

    boolean writable() {
        return writable;
    }

    boolean appending() {
        return append;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
