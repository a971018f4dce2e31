package org.krait.compiler.symtable;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.krait.compiler.symtable.Symbols.CELL;
import static org.krait.compiler.symtable.Symbols.DEF_BOUND;
import static org.krait.compiler.symtable.Symbols.DEF_COMP_CELL;
import static org.krait.compiler.symtable.Symbols.DEF_FREE_CLASS;
import static org.krait.compiler.symtable.Symbols.DEF_GLOBAL;
import static org.krait.compiler.symtable.Symbols.DEF_NONLOCAL;
import static org.krait.compiler.symtable.Symbols.DEF_PARAM;
import static org.krait.compiler.symtable.Symbols.DEF_TYPE_PARAM;
import static org.krait.compiler.symtable.Symbols.FREE;
import static org.krait.compiler.symtable.Symbols.GLOBAL_EXPLICIT;
import static org.krait.compiler.symtable.Symbols.GLOBAL_IMPLICIT;
import static org.krait.compiler.symtable.Symbols.LOCAL;
import static org.krait.compiler.symtable.Symbols.SCOPE_OFFSET;

/**
 * The second pass of Python/symtable.c (3.12, {@code symtable_analyze}): decides the final scope
 * of every name, top-down with the names each block can see, bottom-up with the free names its
 * children need; makes cells, inlines list/set/dict comprehensions (PEP 709).
 *
 * <p>The name sets mirror CPython's: {@code bound} = names bound in enclosing function-like
 * blocks (null for the module), {@code free} = names free in children (output), {@code global} =
 * names declared global further out, {@code typeParams} = type parameters visible here. Each
 * child works on copies (analyze_child_block), which matters: a child's free set starts as a copy
 * of its siblings' accumulated free names.
 */
final class ScopeAnalyzer {
    private final ErrorFactory errors;

    ScopeAnalyzer(ErrorFactory errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's own names are invisible to nested blocks: pass down only what it received.
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.type.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope child : ste.children) {
            Scope newClassEntry = null;
            if (child.canSeeClassScope) {
                if (ste.type == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inlineComp = child.comprehension != Scope.ComprehensionKind.NONE && !child.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, child, scopes, childFree, inlinedCells);
                child.compInlined = true;
            }
            newFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }

        // Splice the children of inlined comprehensions into our children, in place.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope child = ste.children.get(i);
            if (child.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, child.children);
            }
        }

        if (ste.type.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == BlockType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.type == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams, Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // An annotation scope in a class reads the class namespace first, then globals: a name the
        // class binds (or declares global) must not resolve to an outer function's binding.
        if (classEntry != null) {
            int classFlags = Symbols.flagsOf(classEntry.symbols.getOrDefault(name, 0));
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    private static boolean isFreeInAnyChild(Scope entry, String name) {
        for (Scope child : entry.children) {
            if (child.scope(name) == FREE) {
                return true;
            }
        }
        return false;
    }

    /** PEP 709: the comprehension's names become names of the enclosing block. */
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
            Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String name = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit ".0"
            }
            int scope = Symbols.scopeOf(compFlags);
            int onlyFlags = Symbols.flagsOf(compFlags);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(name);
            }
            Integer existing = ste.symbols.get(name);
            if (existing == null) {
                ste.symbols.put(name, onlyFlags);
                scopes.put(name, scope);
            } else if ((existing & DEF_BOUND) != 0) {
                // A name free in the comprehension and bound here is simply local now, unless a
                // child of the comprehension needs it as a cell, or this is a class block.
                if (!isFreeInAnyChild(comp, name) && ste.type != BlockType.CLASS) {
                    compFree.remove(name);
                }
            }
        }
    }

    /** A local that some child needs becomes a cell (and is no longer free further out). */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
            Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            e.setValue(flags | scopes.get(e.getKey()) << SCOPE_OFFSET);
        }
        // Free names of children that pass through this block.
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // A method's free variable with the same name as a class-level name.
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
