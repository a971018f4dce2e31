package org.krait.compiler.ir;

import java.util.Arrays;


/** A {@code bytes} constant: an immutable byte array with value equality, as a constant-table key. */
public final class Bytes {
    private final byte[] value;

    public Bytes(byte[] value) {
        this.value = value.clone();
    }

    /** A copy of the bytes. */
    public byte[] toArray() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    public byte get(int i) {
        return value[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** Python's repr, e.g. {@code b'ab\n'}. */
    @Override
    public String toString() {
        return org.krait.compiler.unicode.StringRepr.bytes(value);
    }
}
