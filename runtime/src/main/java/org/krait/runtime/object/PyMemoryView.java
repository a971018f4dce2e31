package org.krait.runtime.object;

/**
 * Python {@code memoryview} over a bytes or bytearray object, format 'B' only: the items
 * {@code start, start + step, ...} ({@code length} of them) of the underlying object's bytes
 * (Objects/memoryobject.c, one-dimensional case). Reads and writes go to the object itself, so
 * changes through a view are seen in the bytearray and the other way round.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", null, 0, null,
            org.krait.runtime.types.MemoryViewMethods::define);

    /** The exporting object: a PyBytes or a PyByteArray. */
    public final PyObject obj;
    public final int start;
    public final int step;
    public final int length;
    /** The item format: 'B' (unsigned byte) or 'c' (1-byte bytes), as cast() chose. */
    public final char format;
    /** The format as given to cast() ("@B" stays "@B"). */
    public String formatText;
    public boolean released;
    /** Made by toreadonly(): read-only even over a bytearray. */
    public boolean forceReadonly;

    public PyMemoryView(PyObject obj, int start, int step, int length, char format) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
        this.formatText = String.valueOf(format);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean readonly() {
        return forceReadonly || !(obj instanceof PyByteArray);
    }

    /** The exporter's current storage (a bytearray may have reallocated since the view was made). */
    public byte[] storage() {
        return obj instanceof PyByteArray ? ((PyByteArray) obj).value : ((PyBytes) obj).value;
    }

    /** The viewed bytes as a new array. */
    public byte[] toArray() {
        byte[] src = storage();
        byte[] out = new byte[length];
        for (int i = 0, j = start; i < length; i++, j += step) {
            out[i] = src[j];
        }
        return out;
    }
}
