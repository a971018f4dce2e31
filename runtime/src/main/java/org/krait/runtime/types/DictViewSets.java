package org.krait.runtime.types;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyNotImplemented;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Iteration;

/**
 * The set behaviour of {@code dict_keys} and {@code dict_items} (Objects/dictobject.c
 * dictviews_*): operators build a new set, comparisons and {@code isdisjoint} test membership.
 * The reflected methods call the same functions with the operands in their written order, as the
 * C slots receive them.
 */
final class DictViewSets {
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private DictViewSets() {
    }

    static void define(TypeBuilder b) {
        b.method("__sub__($self, value, /)", (ts, a) -> sub(ts, a[0], a[1]));
        b.method("__rsub__($self, value, /)", (ts, a) -> sub(ts, a[1], a[0]));
        b.method("__and__($self, value, /)", (ts, a) -> intersect(ts, a[0], a[1]));
        b.method("__rand__($self, value, /)", (ts, a) -> intersect(ts, a[1], a[0]));
        b.method("__or__($self, value, /)", (ts, a) -> or(ts, a[0], a[1]));
        b.method("__ror__($self, value, /)", (ts, a) -> or(ts, a[1], a[0]));
        b.method("__xor__($self, value, /)", (ts, a) -> xor(ts, a[0], a[1]));
        b.method("__rxor__($self, value, /)", (ts, a) -> xor(ts, a[1], a[0]));
        for (int i = 0; i < CMP_NAMES.length; i++) {
            int op = i;
            b.method(CMP_NAMES[i] + "($self, value, /)", (ts, a) -> compare(ts, a[0], a[1], op));
        }
        b.method("isdisjoint($self, other, /)", (ts, a) -> PyBool.of(isDisjoint(ts, a[0], a[1])));
        b.attr("__hash__", PyNone.NONE);
    }

    /** PyDictViewSet_Check: a keys or items view. */
    static boolean isViewSet(PyObject o) {
        return o instanceof DictViews.View && ((DictViews.View) o).kind != DictViews.VALUES;
    }

    /** dictviews_to_set: a new set of the operand's items; a keys view of an exact dict reads the dict. */
    private static PySet toSet(ThreadState ts, PyObject o) {
        PyObject source = o;
        if (o instanceof DictViews.View && ((DictViews.View) o).kind == DictViews.KEYS
                && ((DictViews.View) o).dict.getClass() == PyDict.class) {
            source = ((DictViews.View) o).dict;
        }
        PySet r = new PySet(false);
        SetOps.update(ts, r, source);
        return r;
    }

    private static PyObject sub(ThreadState ts, PyObject self, PyObject other) {
        PySet r = toSet(ts, self);
        SetOps.differenceUpdate(ts, r, other);
        return r;
    }

    private static PyObject or(ThreadState ts, PyObject self, PyObject other) {
        PySet r = toSet(ts, self);
        SetOps.update(ts, r, other);
        return r;
    }

    private static PyObject xor(ThreadState ts, PyObject self, PyObject other) {
        if (isItems(self) && isItems(other)) {
            return itemsXor(ts, ((DictViews.View) self).dict, ((DictViews.View) other).dict);
        }
        PySet r = toSet(ts, self);
        SetOps.symmetricDifferenceUpdate(ts, r, other);
        return r;
    }

    private static boolean isItems(PyObject o) {
        return o instanceof DictViews.View && ((DictViews.View) o).kind == DictViews.ITEMS;
    }

    /** dictitems_xor: pairs of d2 not equal in d1, then the pairs left in a copy of d1. */
    private static PyObject itemsXor(ThreadState ts, PyDict d1, PyDict d2) {
        PyDict temp = d1.copy();
        PySet result = new PySet(false);
        for (int e = 0; e < d2.entryLimit(); e++) {
            PyObject key = d2.keyAt(e);
            if (key == null) {
                continue;
            }
            PyObject val2 = d2.valueAt(e);
            PyObject val1 = temp.get(ts, key);
            if (val1 != null && Abstract.richCompareBool(ts, val1, val2, Abstract.EQ)) {
                temp.remove(ts, key);
            } else {
                result.add(ts, PyTuple.of(key, val2));
            }
        }
        SetOps.update(ts, result, new DictViews.View(temp, DictViews.ITEMS));
        return result;
    }

    /** _PyDictView_Intersect. */
    private static PyObject intersect(ThreadState ts, PyObject self, PyObject other) {
        if (!isViewSet(self)) {
            PyObject t = self;
            self = other;
            other = t;
        }
        int lenSelf = ((DictViews.View) self).dict.size();
        if (other.getClass() == PySet.class && !((PySet) other).frozen && lenSelf <= ((PySet) other).size()) {
            return SetOps.intersectionMulti(ts, (PySet) other, new PyObject[] {self});
        }
        if (isViewSet(other) && ((DictViews.View) other).dict.size() > lenSelf) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PySet result = new PySet(false);
        PyObject it = Iteration.iter(ts, other);
        for (PyObject key = Iteration.next(ts, it); key != null; key = Iteration.next(ts, it)) {
            if (DictViews.viewContains(ts, (DictViews.View) self, key)) {
                result.add(ts, key);
            }
        }
        return result;
    }

    /** dictview_richcompare. */
    private static PyObject compare(ThreadState ts, PyObject self, PyObject other, int op) {
        if (!(other instanceof PySet) && !isViewSet(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int lenSelf = Abstract.len(ts, self);
        int lenOther = Abstract.len(ts, other);
        boolean ok = false;
        switch (op) {
            case Abstract.EQ:
            case Abstract.NE:
                ok = lenSelf == lenOther && allContainedIn(ts, self, other);
                if (op == Abstract.NE) {
                    ok = !ok;
                }
                break;
            case Abstract.LT:
                ok = lenSelf < lenOther && allContainedIn(ts, self, other);
                break;
            case Abstract.LE:
                ok = lenSelf <= lenOther && allContainedIn(ts, self, other);
                break;
            case Abstract.GT:
                ok = lenSelf > lenOther && allContainedIn(ts, other, self);
                break;
            default:
                ok = lenSelf >= lenOther && allContainedIn(ts, other, self);
                break;
        }
        return PyBool.of(ok);
    }

    private static boolean allContainedIn(ThreadState ts, PyObject self, PyObject other) {
        PyObject it = Iteration.iter(ts, self);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            if (!Abstract.contains(ts, other, x)) {
                return false;
            }
        }
        return true;
    }

    /** dictviews_isdisjoint: iterates the shorter operand when both are sets or views. */
    private static boolean isDisjoint(ThreadState ts, PyObject self, PyObject other) {
        if (self == other) {
            return ((DictViews.View) self).dict.size() == 0;
        }
        if (other instanceof PySet || isViewSet(other)) {
            if (Abstract.len(ts, other) > ((DictViews.View) self).dict.size()) {
                PyObject t = self;
                self = other;
                other = t;
            }
        }
        PyObject it = Iteration.iter(ts, other);
        for (PyObject x = Iteration.next(ts, it); x != null; x = Iteration.next(ts, it)) {
            if (Abstract.contains(ts, self, x)) {
                return false;
            }
        }
        return true;
    }
}
