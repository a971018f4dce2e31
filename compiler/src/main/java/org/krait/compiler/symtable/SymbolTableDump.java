package org.krait.compiler.symtable;

import java.util.ArrayList;
import java.util.List;

/**
 * A canonical text form of a symbol table, identical to what tools/gen-symtable-expectations.py
 * prints from CPython's {@code symtable} module: per block its type, name, line, optimized and
 * nested bits and parameters; per symbol (sorted) its flags, scope and the predicates of
 * {@code symtable.Symbol} ({@code is_referenced} ...); children in order.
 */
public final class SymbolTableDump {
    private SymbolTableDump() {
    }

    public static String dump(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        dump(table.top(), "", out);
        return out.toString();
    }

    private static void dump(Scope s, String indent, StringBuilder out) {
        out.append(indent).append(typeName(s.type())).append(' ').append(s.name())
                .append(" line=").append(s.lineno())
                .append(" optimized=").append(s.type() == BlockType.FUNCTION ? 1 : 0)
                .append(" nested=").append(s.isNested() ? 1 : 0)
                .append(" varnames=").append(String.join(",", s.parameters())).append('\n');
        List<String> names = new ArrayList<>(s.symbols().keySet());
        names.sort(null);
        for (String name : names) {
            int packed = s.symbols().get(name);
            out.append(indent).append("  ").append(name).append(": ")
                    .append(Symbols.flagNames(Symbols.flagsOf(packed))).append(' ')
                    .append(Symbols.scopeName(Symbols.scopeOf(packed)))
                    .append(" [").append(String.join(" ", predicates(s, name, packed))).append("]\n");
        }
        for (Scope child : s.children()) {
            dump(child, indent + "  ", out);
        }
    }

    /** symtable.py's {@code Symbol.is_*} methods, including its "module scope" test by name. */
    private static List<String> predicates(Scope s, String name, int packed) {
        int flags = Symbols.flagsOf(packed);
        int scope = Symbols.scopeOf(packed);
        boolean moduleBound = s.name().equals("top") && (flags & Symbols.DEF_BOUND) != 0;
        boolean namespace = s.children().stream().anyMatch(c -> c.name().equals(name));
        List<String> out = new ArrayList<>();
        addIf(out, "referenced", (flags & Symbols.USE) != 0);
        addIf(out, "imported", (flags & Symbols.DEF_IMPORT) != 0);
        addIf(out, "parameter", (flags & Symbols.DEF_PARAM) != 0);
        addIf(out, "global", scope == Symbols.GLOBAL_IMPLICIT || scope == Symbols.GLOBAL_EXPLICIT || moduleBound);
        addIf(out, "declared_global", scope == Symbols.GLOBAL_EXPLICIT);
        addIf(out, "local", scope == Symbols.LOCAL || scope == Symbols.CELL || moduleBound);
        addIf(out, "annotated", (flags & Symbols.DEF_ANNOT) != 0);
        addIf(out, "free", scope == Symbols.FREE);
        addIf(out, "assigned", (flags & Symbols.DEF_LOCAL) != 0);
        addIf(out, "namespace", namespace);
        addIf(out, "nonlocal", (flags & Symbols.DEF_NONLOCAL) != 0);
        return out;
    }

    private static void addIf(List<String> out, String what, boolean yes) {
        if (yes) {
            out.add(what);
        }
    }

    /** symtable.py's {@code SymbolTable.get_type()}. */
    static String typeName(BlockType type) {
        return switch (type) {
            case MODULE -> "module";
            case FUNCTION -> "function";
            case CLASS -> "class";
            case ANNOTATION -> "annotation";
            case TYPE_VAR_BOUND -> "TypeVar bound";
            case TYPE_ALIAS -> "type alias";
            case TYPE_PARAM -> "type parameter";
        };
    }
}
