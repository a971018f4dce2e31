package org.krait.runtime.interp;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;

import org.krait.runtime.object.PyDict;

/**
 * Small numbers for the dicts that serve as some function's globals in one interpreter, so that
 * {@link ThreadState} can record the running frame's globals as an {@code int} (ADR 0011). Every
 * call and generator resume records them; storing a reference into the long-lived ThreadState
 * there would cost a G1 post-write barrier with a StoreLoad fence each time, an int store costs
 * nothing. Dicts are held weakly and the number of a collected dict is given out again: no frame
 * can still be running with it, since a function keeps its globals alive.
 */
public final class GlobalsTable {
    private static final class Entry extends WeakReference<PyDict> {
        final int id;

        Entry(PyDict d, int id, ReferenceQueue<PyDict> q) {
            super(d, q);
            this.id = id;
        }
    }

    private final ReferenceQueue<PyDict> queue = new ReferenceQueue<>();
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    /** Entry i holds the dict numbered i; 0 is never given out (it means "no frame"). */
    private volatile Entry[] entries = new Entry[16];
    private int next = 1;

    /** The number of {@code d}, given to it on first use. */
    public synchronized int idOf(PyDict d) {
        int id = d.globalsId();
        if (id != 0) {
            return id;
        }
        for (Entry e; (e = (Entry) queue.poll()) != null;) {
            free.add(e.id);
        }
        Integer reused = free.poll();
        id = reused != null ? reused : next++;
        Entry[] a = entries;
        if (id >= a.length) {
            a = java.util.Arrays.copyOf(a, a.length * 2);
        }
        a[id] = new Entry(d, id, queue);
        entries = a;
        d.setGlobalsId(id);
        return id;
    }

    /** The dict numbered {@code id}, or null (0, or a number never given out). */
    public PyDict get(int id) {
        Entry[] a = entries;
        Entry e = id > 0 && id < a.length ? a[id] : null;
        return e == null ? null : e.get();
    }
}
