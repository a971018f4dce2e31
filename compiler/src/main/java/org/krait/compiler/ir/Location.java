package org.krait.compiler.ir;

import org.krait.compiler.ast.Located;

/**
 * A source range of an instruction, CPython's {@code _PyCompilerSrcLocation}: 1-based lines,
 * 0-based columns in UTF-8 bytes as in the AST. -1 stands for unknown, as in CPython.
 */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    /** No location (CPython's {@code NO_LOCATION}): line-number propagation may fill it in. */
    public static final Location NONE = new Location(-1, -1, -1, -1);

    /** The location of an AST node ({@code LOC(x)}). */
    public static Location of(Located node) {
        return new Location(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
    }

    public boolean isNone() {
        return lineno < 0;
    }

    /** Same range on one line as CPython's {@code LOCATION(lineno, lineno, 0, 0)}-style helpers. */
    public Location withLine(int line) {
        return new Location(line, line, colOffset, endColOffset);
    }

    /** True if this range starts after {@code other} ends (compile.c {@code location_is_after}). */
    public boolean isAfter(Location other) {
        return lineno > other.endLineno || (lineno == other.endLineno && colOffset > other.endColOffset);
    }
}
