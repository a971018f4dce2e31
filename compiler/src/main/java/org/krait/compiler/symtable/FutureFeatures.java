package org.krait.compiler.symtable;

import java.util.List;
import java.util.Set;

import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;

/**
 * The {@code from __future__ import} features a module turns on (CPython 3.12's Python/future.c),
 * which the symbol table needs for {@code annotations}. Like future.c it also rejects unknown
 * features; the "must occur at the beginning of the file" error belongs to the compiler.
 */
public final class FutureFeatures {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /**
     * CO_FUTURE_* values (Include/cpython/code.h) of the features that still set one: future.c
     * skips the others (division, print_function ...), which are always on now.
     */
    private static final java.util.Map<String, Integer> FLAGS = java.util.Map.of("barry_as_FLUFL", 0x400000,
            "annotations", 0x1000000);

    private final boolean annotations;
    private final boolean barryAsFlufl;
    private final int flags;
    private final Stmt.ImportFrom lastImport;

    private FutureFeatures(boolean annotations, boolean barryAsFlufl, int flags, Stmt.ImportFrom lastImport) {
        this.annotations = annotations;
        this.barryAsFlufl = barryAsFlufl;
        this.flags = flags;
        this.lastImport = lastImport;
    }

    /** The CO_FUTURE_* code flags of the features (future.c's {@code ff_features}), which every code object inherits. */
    public int flags() {
        return flags;
    }

    /**
     * The last leading {@code from __future__ import} (future.c's {@code ff_location}), or null:
     * the compiler rejects any later one with "must occur at the beginning of the file".
     */
    public Stmt.ImportFrom lastImport() {
        return lastImport;
    }

    /** {@code from __future__ import annotations}: annotations are kept as strings (PEP 563). */
    public boolean annotations() {
        return annotations;
    }

    public boolean barryAsFlufl() {
        return barryAsFlufl;
    }

    /** Scans the leading future imports (after an optional docstring), as future.c's future_parse. */
    static FutureFeatures of(Mod.Module module, ErrorFactory errors) {
        boolean annotations = false;
        boolean barry = false;
        int flags = 0;
        Stmt.ImportFrom last = null;
        List<Stmt> body = module.body();
        int i = isDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            // future.c does not look at the import's level: "from .__future__ import x" counts too.
            if (!(body.get(i) instanceof Stmt.ImportFrom from) || !"__future__".equals(from.module())) {
                break;
            }
            last = from;
            for (Alias a : from.names()) {
                flags |= FLAGS.getOrDefault(a.name(), 0);
                switch (a.name()) {
                    case "annotations" -> annotations = true;
                    case "barry_as_FLUFL" -> barry = true;
                    case "braces" -> throw errors.at("not a chance", from.lineno(), from.colOffset(), from.lineno(), -1);
                    default -> {
                        if (!KNOWN.contains(a.name())) {
                            throw errors.at("future feature " + a.name() + " is not defined",
                                    from.lineno(), from.colOffset(), from.lineno(), -1);
                        }
                    }
                }
            }
        }
        return new FutureFeatures(annotations, barry, flags, last);
    }

    private static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }
}
