package org.krait.compiler.ast;

/** Prints a tree as {@code ast.dump(node, include_attributes=True)} does in CPython 3.12. */
public final class AstDump {
    private AstDump() {
    }

    public static String dump(Node node) {
        throw new UnsupportedOperationException("TODO");
    }
}
