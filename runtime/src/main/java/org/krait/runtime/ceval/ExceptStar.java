package org.krait.runtime.ceval;

import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionGroupSplit;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyExceptionGroup;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyList;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;

/**
 * The opcodes of {@code try: ... except* T: ...} (Python/bytecodes.c CHECK_EG_MATCH and
 * CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR; Python/ceval.c exception_group_match,
 * check_except_star_type_valid; Objects/exceptions.c _PyExc_PrepReraiseStar).
 */
public final class ExceptStar {
    private ExceptStar() {
    }

    /**
     * CHECK_EG_MATCH: [exc, match_type] -> [rest, match]. Returns the part of {@code exc} matching
     * {@code matchType} (None when nothing does; a bare exception that matches is wrapped in a new
     * {@code ExceptionGroup('', ...)}), leaves the rest (or None) in {@code ts.loaded}, and makes a
     * non-None match the handled exception.
     */
    public static PyObject checkEgMatch(ThreadState ts, PyObject exc, PyObject matchType) {
        checkExceptStarTypeValid(matchType);
        PyObject match;
        PyObject rest;
        if (exc == PyNone.NONE) {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        } else {
            PyBaseException e = (PyBaseException) exc;
            if (ExceptionGroupSplit.givenExceptionMatches(e, matchType)) {
                match = e instanceof PyExceptionGroup ? e
                        : PyExceptionGroup.create(ts, "", PyTuple.of(e));
                rest = PyNone.NONE;
            } else if (e instanceof PyExceptionGroup) {
                PyObject pair = org.krait.runtime.ops.Calls.call(ts,
                        org.krait.runtime.ops.Attributes.getattr(ts, e, "split"), matchType);
                PyTuple t = (PyTuple) pair;
                match = t.get(0);
                rest = t.get(1);
            } else {
                match = PyNone.NONE;
                rest = e;
            }
        }
        if (match != PyNone.NONE) {
            ts.handled = (PyBaseException) match;
        }
        ts.loaded = rest;
        return match;
    }

    /** check_except_star_type_valid: except* takes exception classes, but never groups. */
    private static void checkExceptStarTypeValid(PyObject right) {
        Exceptions.checkExceptTypeValid(right);
        boolean group = false;
        if (right instanceof PyTuple) {
            for (PyObject t : ((PyTuple) right).items) {
                if (((PyType) t).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                    group = true;
                    break;
                }
            }
        } else {
            group = ((PyType) right).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        }
        if (group) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * INTRINSIC_PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what a try/except* raises at its end,
     * given the caught {@code orig} and the list of exceptions its clauses raised or re-raised
     * (None entries for clauses that finished). Re-raised parts keep orig's nesting; newly raised
     * exceptions become siblings in a new {@code ExceptionGroup('', ...)}. None if nothing is left.
     */
    public static PyObject prepReraiseStar(ThreadState ts, PyObject orig, PyObject excsList) {
        PyList excs = (PyList) excsList;
        if (excs.size == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyExceptionGroup)) {
            // a bare exception was caught and wrapped: only one clause ran, so one exception at most
            return excs.get(0);
        }
        PyBaseException o = (PyBaseException) orig;
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (int i = 0; i < excs.size; i++) {
            PyObject e = excs.get(i);
            if (e == PyNone.NONE) {
                continue;
            }
            PyBaseException x = (PyBaseException) e;
            boolean same = x.traceback == o.traceback && x.cause == o.cause && x.context == o.context;
            (same ? reraised : raised).add(e);
        }
        PyObject reraisedGroup = ExceptionGroupSplit.projection(ts, (PyExceptionGroup) orig, reraised);
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != PyNone.NONE) {
            raised.add(reraisedGroup);
        }
        if (raised.size() > 1) {
            return PyExceptionGroup.create(ts, "",
                    new PyList(raised.toArray(new PyObject[0])));
        }
        return raised.get(0);
    }
}
