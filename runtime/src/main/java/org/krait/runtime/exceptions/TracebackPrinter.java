package org.krait.runtime.exceptions;

import org.krait.runtime.builtins.TextStream;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.ops.Abstract;
import org.krait.runtime.types.TypeMethods;

/** Prints an uncaught exception as CPython's PyErr_Display does (Python/pythonrun.c, traceback.c). */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    public static void print(ThreadState ts, PyBaseException exc, TextStream out) {
        StringBuilder sb = new StringBuilder();
        if (exc.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
                sb.append("  File \"").append(tb.code.filename).append("\", line ").append(tb.lineno())
                        .append(", in ").append(tb.code.name).append('\n');
            }
        }
        String module = TypeMethods.moduleName(exc.type());
        String name = module == null || module.equals("builtins") || module.equals("__main__")
                ? exc.type().qualname() : module + "." + exc.type().qualname();
        String msg = Abstract.str(ts, exc);
        sb.append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
        out.write(sb.toString());
    }
}
