package org.krait.runtime.exceptions;

import org.krait.runtime.builtins.TextStream;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.ops.Abstract;

/** sys.unraisablehook's default output: an error no caller can receive (a finaliser's). */
public final class Unraisable {
    private Unraisable() {
    }

    /** {@code Exception ignored in: <repr of obj>} and the traceback, on the interpreter's stderr. */
    public static void print(ThreadState ts, PyBaseException exc, PyObject obj) {
        TextStream err = ts.interp.stderr;
        String where;
        try {
            where = Abstract.repr(ts, obj);
        } catch (PyException e) {
            where = "<object repr() failed>";
        }
        err.write("Exception ignored in: " + where + "\n");
        // write_unraisable_exc_file prints the traceback and the exception, not its chain
        TracebackPrinter.printException(ts, exc, err);
    }
}
