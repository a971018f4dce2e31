package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ir.InstrSequence;

import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.Symbols;

/**
 * The compiler state of one code object being generated: compile.c's {@code compiler_unit} with
 * its {@code _PyCompile_CodeUnitMetadata}. The name tables map names to their index in the
 * order CPython's dicts give them.
 */
final class Unit {
    /** compile.c's COMPILER_SCOPE_*. */
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    final Scope ste;
    final ScopeType scopeType;
    final String name;
    String qualname;
    /** The class name private names are mangled with, or null. */
    String privateName;
    final int firstlineno;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;

    final InstrSequence seq = new InstrSequence();
    final Constants consts = new Constants();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Names that are fast locals only inside an inlined comprehension: true while inside, false after. */
    final Map<String, Boolean> fasthidden = new LinkedHashMap<>();
    /** Scopes replaced while compiling an inlined comprehension (compile.c edits ste_symbols in place). */
    final Map<String, Integer> symbolOverrides = new HashMap<>();

    final List<FBlock> fblocks = new ArrayList<>();
    int inInlinedComp;

    Unit(Scope ste, ScopeType scopeType, String name, int firstlineno) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.name = name;
        this.firstlineno = firstlineno;
        for (String p : ste.parameters()) {
            add(varnames, p);
        }
        for (String c : ste.cellvars()) {
            add(cellvars, c);
        }
        int offset = cellvars.size();
        for (String f : ste.freevars()) {
            freevars.put(f, offset++);
        }
    }

    /** compile.c {@code dict_add_o}: the index of {@code key}, adding it at the end if new. */
    static int add(Map<String, Integer> dict, String key) {
        Integer v = dict.get(key);
        if (v == null) {
            v = dict.size();
            dict.put(key, v);
        }
        return v;
    }

    /** The packed symbol value of {@code name} as compile.c sees it (inlined-comprehension overrides first). */
    int symbol(String name) {
        Integer o = symbolOverrides.get(name);
        if (o != null) {
            return o;
        }
        return ste.symbols().getOrDefault(name, 0);
    }

    /** {@code _PyST_GetScope}. */
    int scope(String name) {
        return Symbols.scopeOf(symbol(name));
    }

    boolean isFunctionLike() {
        return ste.type().isFunctionLike();
    }
}
