package org.krait.compiler.ast;

/** CPython's {@code TypeIgnore} (only produced with type comments enabled). */
public record TypeIgnore(int lineno, String tag) implements Node {
}
