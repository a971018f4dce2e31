package org.krait.compiler.codegen;

import org.krait.compiler.ast.Expr;

/**
 * Annotations as strings under {@code from __future__ import annotations} (PEP 563), which
 * CPython makes with Python/ast_unparse.c. Not written yet: such modules are rejected.
 */
final class AnnotationUnparser {
    private AnnotationUnparser() {
    }

    static String unparse(Expr annotation) {
        throw Unsupported.of("from __future__ import annotations");
    }
}
