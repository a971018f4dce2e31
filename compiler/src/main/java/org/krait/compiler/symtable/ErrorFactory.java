package org.krait.compiler.symtable;

import java.util.function.IntFunction;

import org.krait.compiler.ast.Located;
import org.krait.compiler.parser.PySyntaxError;

/**
 * Makes the SyntaxErrors of this phase and of the compiler (compile.c's {@code compiler_error}) the way symtable.c's {@code PyErr_RangedSyntaxLocationObject}
 * does: offsets are the AST's UTF-8 byte columns plus one (CPython does not convert them to
 * characters here), and the text is the source line, as CPython reads it back from the file.
 */
public final class ErrorFactory {
    private final String filename;
    private final IntFunction<String> sourceLine;

    public ErrorFactory(String filename, IntFunction<String> sourceLine) {
        this.filename = filename;
        this.sourceLine = sourceLine;
    }

    public PySyntaxError at(String msg, Located node) {
        return at(msg, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    public PySyntaxError at(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, endLineno,
                endColOffset < 0 ? -1 : endColOffset + 1, sourceLine == null ? null : sourceLine.apply(lineno));
    }
}
