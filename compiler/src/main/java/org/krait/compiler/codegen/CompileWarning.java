package org.krait.compiler.codegen;

/**
 * A SyntaxWarning compile.c issues ({@code compiler_warn}): CPython reports it through the
 * warnings module as {@code SyntaxWarning(message)} at {@code filename:lineno}.
 */
public record CompileWarning(String message, String filename, int lineno) {
}
