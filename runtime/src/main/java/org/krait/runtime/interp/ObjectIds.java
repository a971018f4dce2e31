package org.krait.runtime.interp;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code id()} for one interpreter: a number unique among the objects alive at the same time, as
 * CPython's addresses are (identityHashCode is not unique). Objects get one on their first id() or
 * default repr, held weakly, so the table never keeps an object alive; ids are never reused.
 * Hashing does not use this table: the default hash stays identityHashCode-based and free.
 */
public final class ObjectIds {
    /** Ids look like CPython addresses: 16-byte aligned, in the range of a 64-bit heap. */
    private static final long FIRST = 0x7f3a_0000_1000L;
    private static final long STEP = 16;

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Map<Object, Long> ids = new HashMap<>();
    private long next = FIRST;

    /** A weakly held object, equal to another key holding the same object. */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object mine = get();
            return mine != null && (other instanceof Key ? ((Key) other).get() == mine
                    : other instanceof Probe && ((Probe) other).o == mine);
        }
    }

    /** A lookup key that holds its object strongly, for the duration of one lookup. */
    private static final class Probe {
        final Object o;

        Probe(Object o) {
            this.o = o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).get() == o;
        }
    }

    public synchronized long id(Object o) {
        for (Object dead; (dead = queue.poll()) != null;) {
            ids.remove(dead);
        }
        Long known = ids.get(new Probe(o));
        if (known != null) {
            return known;
        }
        long id = next;
        next += STEP;
        ids.put(new Key(o, queue), id);
        return id;
    }
}
