package org.krait.compiler.ast;

/**
 * A node with source positions (CPython's {@code _attributes}): 1-based lines, 0-based columns
 * counted in UTF-8 bytes, as CPython computes them.
 */
public interface Located extends Node {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
