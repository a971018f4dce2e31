package org.krait.compiler.ast;

/** CPython's {@code alias}: one name of an import. */
public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset)
        implements Located {
}
