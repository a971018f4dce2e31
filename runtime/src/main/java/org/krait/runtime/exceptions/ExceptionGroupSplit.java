package org.krait.runtime.exceptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.ops.Calls;

/**
 * Splitting an exception group (Objects/exceptions.c exceptiongroup_split_recursive): by
 * exception type(s), by a predicate, or, for except*'s re-raise, by the identity of leaf
 * exceptions. Leaves that match go to the match part, the others to the rest; a nested group is
 * split recursively and each non-empty part re-made with {@code derive} (see
 * {@link ExceptionGroupMethods#subset}).
 */
public final class ExceptionGroupSplit {
    private ExceptionGroupSplit() {
    }

    /** The two parts of a split; either may be null (absent). */
    public record Result(PyObject match, PyObject rest) {
        PyObject matchOrNone() {
            return match == null ? PyNone.NONE : match;
        }

        PyObject restOrNone() {
            return rest == null ? PyNone.NONE : rest;
        }
    }

    /** How a leaf (or a whole group) is tested. */
    private interface Matcher {
        boolean matches(ThreadState ts, PyBaseException exc);
    }

    /** split()/subgroup() with get_matcher_type's check of the argument (a function, class or tuple). */
    static Result byMatcher(ThreadState ts, PyExceptionGroup eg, PyObject value, boolean constructRest) {
        Matcher m;
        if (value instanceof PyFunction) { // 3.12 takes only Python functions, not any callable
            m = (t, exc) -> Abstract.isTrue(t, Calls.call(t, value, exc));
        } else if (isExceptionClass(value) || isTupleOfExceptionClasses(value)) {
            m = (t, exc) -> givenExceptionMatches(exc, value);
        } else {
            throw Errors.typeError("expected a function, exception type or tuple of exception types");
        }
        return split(ts, eg, m, constructRest);
    }

    /** exception_group_projection: the part of {@code eg} made of the leaves of the groups in {@code keep}. */
    public static PyObject projection(ThreadState ts, PyExceptionGroup eg, List<PyObject> keep) {
        Set<PyBaseException> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject k : keep) {
            collectLeaves((PyBaseException) k, leaves);
        }
        Result r = split(ts, eg, (t, exc) -> !(exc instanceof PyExceptionGroup) && leaves.contains(exc), false);
        return r.matchOrNone();
    }

    private static void collectLeaves(PyBaseException exc, Set<PyBaseException> out) {
        if (!(exc instanceof PyExceptionGroup)) {
            out.add(exc);
            return;
        }
        for (PyObject e : ((PyExceptionGroup) exc).exceptions.items) {
            collectLeaves((PyBaseException) e, out);
        }
    }

    private static Result split(ThreadState ts, PyBaseException exc, Matcher m, boolean constructRest) {
        if (m.matches(ts, exc)) {
            return new Result(exc, null);
        }
        if (!(exc instanceof PyExceptionGroup)) {
            return new Result(null, constructRest ? exc : null);
        }
        PyExceptionGroup eg = (PyExceptionGroup) exc;
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = constructRest ? new ArrayList<>() : null;
        for (PyObject e : eg.exceptions.items) {
            Result r = split(ts, (PyBaseException) e, m, constructRest);
            if (r.match != null) {
                matched.add(r.match);
            }
            if (r.rest != null) {
                rest.add(r.rest);
            }
        }
        PyObject match = ExceptionGroupMethods.subset(ts, eg, matched);
        return new Result(match, constructRest ? ExceptionGroupMethods.subset(ts, eg, rest) : null);
    }

    /** PyErr_GivenExceptionMatches for an exception instance and a class or (nested) tuple of classes. */
    public static boolean givenExceptionMatches(PyBaseException exc, PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items) {
                if (givenExceptionMatches(exc, t)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof PyType && exc.type().isSubtypeOf((PyType) type);
    }

    /** PyExceptionClass_Check. */
    static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType && ((PyType) o).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
    }

    private static boolean isTupleOfExceptionClasses(PyObject o) {
        if (o.getClass() != PyTuple.class) {
            return false;
        }
        for (PyObject t : ((PyTuple) o).items) {
            if (!isExceptionClass(t)) {
                return false;
            }
        }
        return true;
    }
}
