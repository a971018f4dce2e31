package org.krait.compiler.symtable;

import java.util.Collections;
import java.util.Map;
import java.util.function.IntFunction;

import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.PySyntaxError;

/**
 * The symbol table of a module: CPython 3.12's {@code struct symtable}, built by the same two
 * passes as Python/symtable.c ({@link SymbolTableBuilder}, then {@link ScopeAnalyzer}), so every
 * block, flag and scope is what {@code symtable.symtable(source, filename, "exec")} reports.
 */
public final class SymbolTable {
    private final Scope top;
    private final Map<Object, Scope> blocks;
    private final FutureFeatures future;

    private SymbolTable(Scope top, Map<Object, Scope> blocks, FutureFeatures future) {
        this.top = top;
        this.blocks = blocks;
        this.future = future;
    }

    /**
     * Builds the table, or throws CPython's SyntaxError for this phase (and future.c's for unknown
     * {@code __future__} features).
     *
     * @param sourceLine 1-based line number to that source line (newline included), for the
     *     error's text; may be null, then errors carry no text
     */
    public static SymbolTable build(Mod.Module module, String filename, IntFunction<String> sourceLine)
            throws PySyntaxError {
        ErrorFactory errors = new ErrorFactory(filename, sourceLine);
        FutureFeatures future = FutureFeatures.of(module, errors);
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, future.annotations());
        Scope top = builder.build(module);
        new ScopeAnalyzer(errors).analyze(top);
        return new SymbolTable(top, Collections.unmodifiableMap(builder.blocks()), future);
    }

    /** The module block, named {@code top}. */
    public Scope top() {
        return top;
    }

    public FutureFeatures future() {
        return future;
    }

    /**
     * The block made for {@code key}, by identity, or null: a FunctionDef, AsyncFunctionDef,
     * ClassDef, Lambda, ListComp/SetComp/DictComp/GeneratorExp (inlined ones too), TypeAlias
     * (its value's block), a TypeVar with a bound (the bound's block), or a generic's
     * {@code typeParams()} list (its type-parameter block), as CPython keys {@code st_blocks}.
     */
    public Scope lookup(Object key) {
        return blocks.get(key);
    }
}
