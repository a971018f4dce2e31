package org.krait.runtime.builtins;

import org.krait.compiler.KraitCompiler;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.runtime.ceval.Ceval;
import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.exceptions.ExceptionTypes;
import org.krait.runtime.exceptions.PyBaseException;
import org.krait.runtime.exceptions.PyException;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.CompiledModule;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyDict;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyModule;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;

/** compile, exec and eval: the compiler is part of the runtime, so code made at run time is compiled too. */
final class ExecFunctions {
    private ExecFunctions() {
    }

    static void define(PyModule m) {
        m.def("compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                (ts, a) -> {
                    String mode = ObjectFunctions.name(a[2], "compile");
                    if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                        throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
                    }
                    return compile(ts, a[0], filenameArg(a[1]), mode);
                });
        m.def("exec(source, /, globals=None, locals=None, *, closure=None)", (ts, a) -> {
            run(ts, a[0], a[1], a[2], "exec");
            return PyNone.NONE;
        });
        m.def("eval(source, /, globals=None, locals=None)", (ts, a) -> run(ts, a[0], a[1], a[2], "eval"));
    }

    private static String filenameArg(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        if (o instanceof PyBytes) {
            return new String(((PyBytes) o).value, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name());
    }

    static PyCode compile(ThreadState ts, PyObject source, String filename, String mode) {
        String text;
        if (source instanceof PyStr) {
            text = ((PyStr) source).value();
        } else if (source instanceof PyBytes) {
            text = new String(((PyBytes) source).value, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        String cls = ts.interp.runtime().newClassName("compiled");
        byte[] classFile;
        try {
            classFile = KraitCompiler.compileText(text, filename, mode, cls);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
        CompiledModule module = ts.interp.runtime().loader().load(cls, classFile);
        return module.moduleCode();
    }

    /** A compile-time error as the Python SyntaxError (or subclass) instance. */
    static PyException syntaxError(PySyntaxError e) {
        PyBaseException exc = new PyBaseException(e.type.equals("IndentationError") ? ExceptionTypes.INDENTATION_ERROR
                : e.type.equals("TabError") ? ExceptionTypes.TAB_ERROR : ExceptionTypes.SYNTAX_ERROR);
        PyObject text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyTuple details = PyTuple.of(PyStr.of(e.filename), intOrNone(e.lineno), intOrNone(e.offset), text,
                intOrNone(e.endLineno), intOrNone(e.endOffset));
        PyTuple args = PyTuple.of(PyStr.of(e.msg), details);
        exc.args = args;
        exc.setAttr("msg", PyStr.of(e.msg));
        exc.setAttr("filename", PyStr.of(e.filename));
        exc.setAttr("lineno", intOrNone(e.lineno));
        exc.setAttr("offset", intOrNone(e.offset));
        exc.setAttr("text", text);
        exc.setAttr("end_lineno", intOrNone(e.endLineno));
        exc.setAttr("end_offset", intOrNone(e.endOffset));
        exc.setAttr("print_file_and_line", PyNone.NONE);
        return new PyException(exc);
    }

    private static PyObject intOrNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    private static PyObject run(ThreadState ts, PyObject source, PyObject globals, PyObject locals, String mode) {
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(mode + "() globals must be a dict, not " + globals.type().name());
        }
        PyDict g = globals == PyNone.NONE ? ts.frameGlobals() : (PyDict) globals;
        PyObject l = locals != PyNone.NONE ? locals : globals != PyNone.NONE ? g : ts.frameLocalsOr(g);
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", ts.interp.builtins);
        }
        PyCode code;
        if (source instanceof PyCode) {
            code = (PyCode) source;
        } else {
            if (!(source instanceof PyStr) && !(source instanceof PyBytes)) {
                throw Errors.typeError(mode + "() arg 1 must be a string, bytes or code object");
            }
            PyObject src = source;
            if (mode.equals("eval") && source instanceof PyStr) {
                src = PyStr.of(((PyStr) source).value().replaceFirst("^[ \\t]+", ""));
            }
            code = compile(ts, src, "<string>", mode);
        }
        PyFunction f = Ceval.moduleFunction(ts, code, g);
        return f.runBody(ts, l);
    }
}
