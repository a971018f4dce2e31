package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.krait.compiler.flowgraph.Cfg;
import org.krait.compiler.flowgraph.Flowgraph;
import org.krait.compiler.flowgraph.JumpResolver;
import org.krait.compiler.flowgraph.StackDepth;
import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * From a unit's instruction sequence to its {@link CodeUnit}: compile.c's
 * {@code optimize_and_assemble_code_unit} — the flowgraph passes, the localsplus layout
 * ({@code prepare_localsplus}: MAKE_CELL/COPY_FREE_VARS prefix, cell and free indexes into
 * localsplus), stack depth, pseudo-op conversion and jump resolution.
 */
final class Assembler {
    private Assembler() {
    }

    static CodeUnit assemble(Unit u, String filename, int codeFlags) {
        List<Object> consts = new ArrayList<>(u.consts.list());
        Cfg g = Cfg.of(u.seq);
        int nparams = u.ste.parameters().size();
        int nlocals = u.varnames.size();
        Flowgraph.optimizeCodeUnit(g, consts, nlocals, nparams, u.firstlineno);
        int nlocalsplus = prepareLocalsplus(u, g, codeFlags);
        int maxdepth = StackDepth.compute(g, codeFlags);
        JumpResolver.convertPseudoOps(g);
        JumpResolver.resolve(g);

        String[] names = new String[nlocalsplus];
        int[] kinds = new int[nlocalsplus];
        localsplusInfo(u, names, kinds);
        return new CodeUnit(u.name, u.qualname != null ? u.qualname : u.name, filename, u.firstlineno, codeFlags,
                u.posonlyargcount + u.argcount, u.posonlyargcount,
                u.kwonlyargcount, List.of(names), kinds, new ArrayList<>(u.names.keySet()), consts, g.blocks(),
                maxdepth);
    }

    /** compile.c {@code build_cellfixedoffsets}: cell/free index to localsplus index (arg cells share the arg's slot). */
    private static int[] cellFixedOffsets(Unit u) {
        int nlocals = u.varnames.size();
        int n = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[n];
        for (int i = 0; i < n; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(e.getKey());
            if (varindex != null) {
                fixed[e.getValue()] = varindex;
            }
        }
        return fixed;
    }

    private static int prepareLocalsplus(Unit u, Cfg g, int codeFlags) {
        int nlocals = u.varnames.size();
        int ncellvars = u.cellvars.size();
        int nfreevars = u.freevars.size();
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        int[] fixed = cellFixedOffsets(u);
        insertPrefixInstructions(u, g.entry, fixed, nfreevars, codeFlags);
        return nlocalsplus - fixCellOffsets(u, g, fixed);
    }

    /** compile.c {@code insert_prefix_instructions}: RETURN_GENERATOR, MAKE_CELLs, COPY_FREE_VARS. */
    private static void insertPrefixInstructions(Unit u, BasicBlock entry, int[] fixed, int nfreevars, int codeFlags) {
        if ((codeFlags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, new Instr(Opcode.RETURN_GENERATOR,
                    new Location(u.firstlineno, u.firstlineno, -1, -1)));
            entry.instrs.add(1, new Instr(Opcode.POP_TOP, Location.NONE));
        }
        int ncellvars = u.cellvars.size();
        if (ncellvars > 0) {
            int nvars = ncellvars + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            int used = 0;
            for (int i = 0; used < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                entry.instrs.add(used, new Instr(Opcode.MAKE_CELL, oldindex, Location.NONE));
                used++;
            }
        }
        if (nfreevars > 0) {
            entry.instrs.add(0, new Instr(Opcode.COPY_FREE_VARS, nfreevars, Location.NONE));
        }
    }

    /** compile.c {@code fix_cell_offsets}: returns how many cells share an argument's slot. */
    private static int fixCellOffsets(Unit u, Cfg g, int[] fixed) {
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= numdropped;
            } else {
                numdropped++;
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                switch (in.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                        in.oparg = fixed[in.oparg];
                    default -> {
                    }
                }
            }
        }
        return numdropped;
    }

    /** assemble.c {@code compute_localsplus_info}: names and CO_FAST_* kinds of the localsplus slots. */
    private static void localsplusInfo(Unit u, String[] names, int[] kinds) {
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            int kind = CodeFlags.CO_FAST_LOCAL;
            if (u.fasthidden.containsKey(e.getKey())) {
                kind |= CodeFlags.CO_FAST_HIDDEN;
            }
            if (u.cellvars.containsKey(e.getKey())) {
                kind |= CodeFlags.CO_FAST_CELL;
            }
            names[e.getValue()] = e.getKey();
            kinds[e.getValue()] = kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                numdropped++;
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = CodeFlags.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = CodeFlags.CO_FAST_FREE;
        }
    }
}
