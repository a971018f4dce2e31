package org.krait.compiler.codegen;

import org.krait.compiler.ast.Node;

/**
 * The one place that rejects constructs codegen does not handle yet (generators, async,
 * generator expressions, match, except*, PEP 695 generics and type aliases: issue 4).
 */
final class Unsupported {
    private Unsupported() {
    }

    static UnsupportedOperationException of(String what) {
        return new UnsupportedOperationException(what + " not supported yet");
    }

    static UnsupportedOperationException construct(Node node) {
        String name = node.getClass().getSimpleName();
        return of(name.equals("ExprStmt") ? "Expr" : name);
    }
}
