package org.krait.runtime.types;

import java.util.Arrays;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySlice;
import org.krait.runtime.ops.Abstract;

/** Item and slice assignment and deletion on lists (list_ass_subscript). */
public final class ListSlices {
    private ListSlices() {
    }

    /** PySequence_Fast(v, message): the items, with {@code message} as the TypeError of a non-iterable. */
    private static PyObject[] sequenceFast(ThreadState ts, PyObject v, String message) {
        if (v.getClass() == PyList.class) {
            return ((PyList) v).toArray();
        }
        if (v.getClass() == org.krait.runtime.object.PyTuple.class) {
            return ((org.krait.runtime.object.PyTuple) v).items.clone();
        }
        PyObject it;
        try {
            it = org.krait.runtime.ops.Iteration.iter(ts, v);
        } catch (org.krait.runtime.exceptions.PyException e) {
            if (e.value.matches(org.krait.runtime.exceptions.ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError(message);
            }
            throw e;
        }
        return TypeMethods.toList(ts, it).toArray(new PyObject[0]);
    }

    public static void setitem(ThreadState ts, PyList self, PyObject key, PyObject value) {
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.size);
            PyObject[] src = value == self ? self.toArray()
                    : sequenceFast(ts, value, r.step == 1 ? "can only assign an iterable"
                            : "must assign iterable to extended slice");
            if (r.step == 1) {
                int start = r.start;
                int stop = Math.max(start, r.stop);
                replace(self, start, stop, src);
                return;
            }
            if (src.length != r.length) {
                throw Errors.valueError("attempt to assign sequence of size " + src.length
                        + " to extended slice of size " + r.length);
            }
            for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                self.items[j] = src[i];
            }
            return;
        }
        int i = index(ts, self, key, "list assignment index out of range");
        self.items[i] = value;
    }

    static void delitem(ThreadState ts, PyList self, PyObject key) {
        if (key instanceof PySlice) {
            SliceMethods.Bounds r = SliceMethods.bounds(ts, (PySlice) key, self.size);
            if (r.step == 1) {
                replace(self, r.start, Math.max(r.start, r.stop), new PyObject[0]);
                return;
            }
            boolean[] drop = new boolean[self.size];
            for (int i = 0, j = r.start; i < r.length; i++, j += r.step) {
                drop[j] = true;
            }
            int w = 0;
            for (int i = 0; i < self.size; i++) {
                if (!drop[i]) {
                    self.items[w++] = self.items[i];
                }
            }
            Arrays.fill(self.items, w, self.size, null);
            self.size = w;
            return;
        }
        int i = index(ts, self, key, "list assignment index out of range");
        ListMethods.removeAt(self, i);
    }

    private static int index(ThreadState ts, PyList self, PyObject key, String message) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        PyInt idx = Abstract.index(ts, key);
        long i = Sequences.itemIndex(idx);
        if (i < 0) {
            i += self.size;
        }
        if (i < 0 || i >= self.size) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    /**
     * self[start:stop] = src, in place as list_ass_slice does: the tail moves by the difference
     * in length (src is never self's array: callers pass a copy).
     */
    private static void replace(PyList self, int start, int stop, PyObject[] src) {
        // clamped again, as list_ass_slice does: making src may have run code that shrank the list
        start = Math.min(start, self.size);
        stop = Math.min(Math.max(stop, start), self.size);
        int tail = self.size - stop;
        int newSize = start + src.length + tail;
        if (newSize > self.items.length) {
            self.grow(newSize);
        }
        PyObject[] items = self.items;
        if (start + src.length != stop) {
            System.arraycopy(items, stop, items, start + src.length, tail);
        }
        System.arraycopy(src, 0, items, start, src.length);
        if (newSize < self.size) {
            Arrays.fill(items, newSize, self.size, null); // no stale references past the end
        }
        self.size = newSize;
    }
}
