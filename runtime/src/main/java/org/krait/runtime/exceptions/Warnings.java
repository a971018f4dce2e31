package org.krait.runtime.exceptions;

import org.krait.runtime.interp.PythonStack;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyType;
import org.krait.runtime.ops.Attributes;
import org.krait.runtime.ops.Calls;

/**
 * Warnings raised by the runtime, with the warnings module's default filters (Lib/warnings.py,
 * non-debug build): DeprecationWarning only when triggered by {@code __main__};
 * PendingDeprecationWarning, ImportWarning and ResourceWarning ignored; everything else shown once
 * per location. The location is the Python code calling the runtime (stacklevel 1).
 */
public final class Warnings {
    private Warnings() {
    }

    public static void warn(ThreadState ts, PyType category, String message) {
        org.krait.runtime.object.PyDict globals = ts.frameGlobalsIfAny();
        PyObject moduleName = globals == null ? null : globals.getStr("__name__");
        String module = moduleName instanceof PyStr ? ((PyStr) moduleName).value() : "sys";
        if (category.isSubtypeOf(ExceptionTypes.DEPRECATION_WARNING) && !module.equals("__main__")
                || category.isSubtypeOf(ExceptionTypes.PENDING_DEPRECATION_WARNING)
                || category.isSubtypeOf(ExceptionTypes.IMPORT_WARNING)
                || category.isSubtypeOf(ExceptionTypes.RESOURCE_WARNING)) {
            return;
        }
        int lineno = PythonStack.currentLine();
        String filename = globals == null ? "sys" : PythonStack.currentFilename("sys");
        if (!ts.interp.warningOnce(module, message, category.name(), lineno)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": ").append(category.name()).append(": ")
                .append(message).append('\n');
        String line = lineno > 0 ? ts.interp.sourceCache().line(filename, lineno, ts.interp.sysAttr("path")) : null;
        if (line != null && !line.strip().isEmpty()) {
            text.append("  ").append(line.strip()).append('\n');
        }
        PyObject err = ts.interp.sysAttr("stderr");
        Calls.call(ts, Attributes.getattr(ts, err, "write"), PyStr.of(text.toString()));
    }
}
