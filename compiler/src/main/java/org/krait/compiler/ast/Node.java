package org.krait.compiler.ast;

/**
 * Every AST node. The node classes mirror CPython 3.12's {@code ast} module exactly: one record
 * per node class, components in CPython's {@code _fields} order followed by its
 * {@code _attributes}; see {@link AstDump} for how names map back to Python's.
 */
public interface Node {
}
