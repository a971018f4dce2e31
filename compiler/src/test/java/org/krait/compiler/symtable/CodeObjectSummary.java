package org.krait.compiler.symtable;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.Stmt;

/**
 * What compile.c takes from each block for its code object, in the line format of
 * tools/gen-symtable-expectations.py's code.expected.txt: name, first line, the
 * generator/coroutine/varargs flags (compute_code_flags), parameters, co_cellvars, co_freevars.
 * Blocks with no code object of their own (inlined comprehensions) are not listed, as in CPython.
 */
final class CodeObjectSummary {
    private CodeObjectSummary() {
    }

    static List<String> lines(SymbolTable table) {
        List<String> out = new ArrayList<>();
        walk(table.top(), out);
        out.sort(null);
        return out;
    }

    private static void walk(Scope s, List<String> out) {
        out.add(codeName(s) + " line=" + firstLine(s) + " flags=" + flags(s)
                + " params=" + String.join(",", params(s))
                + " cellvars=" + String.join(",", assembledCellvars(s))
                + " freevars=" + String.join(",", s.freevars()));
        for (Scope child : s.children()) {
            walk(child, out);
        }
    }

    /**
     * co_cellvars after compile.c's compute_localsplus_info: cells that are also fast locals
     * keep their co_varnames slot and so come first. Parameters are the first fast locals; the
     * inlined comprehension variables are approximated here by symbol order (codegen order).
     */
    private static List<String> assembledCellvars(Scope s) {
        List<String> cells = s.cellvars();
        List<String> out = new ArrayList<>();
        if (s.type().isFunctionLike()) {
            for (String p : s.parameters()) {
                if (cells.contains(p)) {
                    out.add(p);
                }
            }
            for (String name : s.symbols().keySet()) {
                if ((s.flags(name) & Symbols.DEF_COMP_CELL) != 0 && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        for (String c : cells) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * symtable.c always gives a generic function's type-param block ".defaults" (and maybe
     * ".kwdefaults"), but compile.c's argcount there counts only the defaults tuples it really
     * passes, taking that many names from the front.
     */
    private static List<String> params(Scope s) {
        if (s.type() != BlockType.TYPE_PARAM) {
            return s.parameters();
        }
        Object owner = s.children().get(s.children().size() - 1).key();
        org.krait.compiler.ast.Arguments args = owner instanceof Stmt.FunctionDef f ? f.args()
                : owner instanceof Stmt.AsyncFunctionDef f ? f.args() : null;
        int n = 0;
        if (args != null) {
            n += args.defaults().isEmpty() ? 0 : 1;
            n += args.kwDefaults().stream().anyMatch(d -> d != null) ? 1 : 0;
        }
        return s.parameters().subList(0, n);
    }

    private static String codeName(Scope s) {
        return switch (s.type()) {
            case MODULE -> "<module>";
            case TYPE_PARAM -> "<generic parameters of " + s.name() + ">";
            case FUNCTION -> s.key() instanceof Expr.Lambda ? "<lambda>"
                    : s.key() instanceof Expr.GeneratorExp ? "<genexpr>" : s.name();
            default -> s.name();
        };
    }

    /** co_firstlineno: a decorated definition (and its type-param block) starts at its first decorator. */
    private static int firstLine(Scope s) {
        if (s.type() == BlockType.MODULE) {
            return 1;
        }
        Object owner = s.key();
        if (s.type() == BlockType.TYPE_PARAM) {
            owner = s.children().get(s.children().size() - 1).key();
        }
        List<Expr> decorators = owner instanceof Stmt.FunctionDef f ? f.decoratorList()
                : owner instanceof Stmt.AsyncFunctionDef f ? f.decoratorList()
                : owner instanceof Stmt.ClassDef c ? c.decoratorList() : List.of();
        return decorators.isEmpty() ? ((Located) owner).lineno() : decorators.get(0).lineno();
    }

    private static String flags(Scope s) {
        List<String> out = new ArrayList<>();
        if (s.type().isFunctionLike()) {
            if (s.hasVarargs()) {
                out.add("varargs");
            }
            if (s.hasVarkeywords()) {
                out.add("varkeywords");
            }
            if (s.isGenerator() && !s.isCoroutine()) {
                out.add("generator");
            }
            if (!s.isGenerator() && s.isCoroutine()) {
                out.add("coroutine");
            }
            if (s.isGenerator() && s.isCoroutine()) {
                out.add("async_generator");
            }
        }
        return String.join(",", out);
    }
}
