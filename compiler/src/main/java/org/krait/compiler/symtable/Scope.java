package org.krait.compiler.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table: CPython 3.12's {@code PySTEntryObject}. Built by
 * {@link SymbolTableBuilder} (raw flags) and completed by {@link ScopeAnalyzer} (final scopes);
 * read-only for everyone else.
 */
public final class Scope {
    /** Which comprehension a block is ({@code _Py_comprehension_ty}), or NONE. */
    public enum ComprehensionKind { NONE, LIST, DICT, SET, GENERATOR }

    /** A {@code global}/{@code nonlocal} name and where it was declared, for error positions. */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    final String name;
    final BlockType type;
    final Object key;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    /** name (mangled) to packed value; insertion order is CPython's, see {@link #symbols()}. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();

    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean compInlined;
    boolean compIterTarget;
    boolean canSeeClassScope;
    int compIterExpr;
    ComprehensionKind comprehension = ComprehensionKind.NONE;

    Scope(String name, BlockType type, Object key, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public String name() {
        return name;
    }

    public BlockType type() {
        return type;
    }

    /** The AST node (or type-parameter list) this block was made for; the module for the top block. */
    public Object key() {
        return key;
    }

    public int lineno() {
        return lineno;
    }

    public int colOffset() {
        return colOffset;
    }

    /**
     * Every name of the block with its packed value ({@link Symbols}): flags plus final scope.
     * Order is CPython's insertion order, except that names a block only passes through as free
     * variables of its children come in discovery order where CPython uses set (hash) order.
     */
    public Map<String, Integer> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The flag bits of {@code name}, 0 if the block does not know it. */
    public int flags(String name) {
        return Symbols.flagsOf(symbols.getOrDefault(name, 0));
    }

    /** The final scope of {@code name} ({@link Symbols#LOCAL} ...), 0 if the block does not know it. */
    public int scope(String name) {
        return Symbols.scopeOf(symbols.getOrDefault(name, 0));
    }

    /**
     * Child blocks in source order, as CPython's {@code ste_children} after analysis: an inlined
     * comprehension is replaced by its own children (find it with {@link SymbolTable#lookup}).
     */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** CPython's {@code ste_varnames}: the parameters in order (implicit ones like {@code .0}, {@code .defaults} included). */
    public List<String> parameters() {
        return Collections.unmodifiableList(varnames);
    }

    /**
     * The cell variables as compile.c's {@code compiler_enter_scope} collects them
     * ({@code u_cellvars}): names whose scope is CELL or that inlined comprehensions need as cells,
     * sorted; then {@code __class__} and {@code __classdict__} when a class must provide them.
     * The final {@code co_cellvars} order is made at assembly: cells that are also fast locals
     * (parameters, inlined comprehension variables) come first, in {@code co_varnames} order.
     */
    public List<String> cellvars() {
        List<String> out = sortedNames(CELL_OR_COMP_CELL);
        if (needsClassClosure) {
            out.add("__class__");
        }
        if (needsClassdict) {
            out.add("__classdict__");
        }
        return out;
    }

    /** {@code co_freevars}: FREE names and a class's names that its methods see as free, sorted. */
    public List<String> freevars() {
        return sortedNames(FREE_OR_FREE_CLASS);
    }

    private static final int CELL_OR_COMP_CELL = 0;
    private static final int FREE_OR_FREE_CLASS = 1;

    private List<String> sortedNames(int which) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int scope = Symbols.scopeOf(e.getValue());
            int flags = Symbols.flagsOf(e.getValue());
            boolean take = which == CELL_OR_COMP_CELL
                    ? scope == Symbols.CELL || (flags & Symbols.DEF_COMP_CELL) != 0
                    : scope == Symbols.FREE || (flags & Symbols.DEF_FREE_CLASS) != 0;
            if (take) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Nested inside a function-like block (CPython's {@code ste_nested}). */
    public boolean isNested() {
        return nested;
    }

    /** Contains {@code yield} (or is a generator expression). */
    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def}, or contains {@code await}/{@code async for} (CPython's {@code ste_coroutine}). */
    public boolean isCoroutine() {
        return coroutine;
    }

    public ComprehensionKind comprehension() {
        return comprehension;
    }

    /** A list/set/dict comprehension that PEP 709 inlines into its parent block. */
    public boolean compInlined() {
        return compInlined;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Has a {@code return} with a value. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** Has free variables of its own. */
    public boolean hasFree() {
        return free;
    }

    /** Some block inside it has free variables. */
    public boolean hasChildFree() {
        return childFree;
    }

    /** A class whose methods use {@code __class__} (or {@code super}): it must make that cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class with annotation scopes that read the class namespace through {@code __classdict__}. */
    public boolean needsClassdict() {
        return needsClassdict;
    }

    /** An annotation scope directly inside a class, which may read that class's names. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
