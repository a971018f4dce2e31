package org.krait.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: CPython's {@code basicblock} of Python/flowgraph.c. Instructions run in order;
 * only the last may jump. {@code next} is the block that follows in emission order, reached by
 * fallthrough unless the last instruction is a terminator.
 */
public final class BasicBlock {
    /** Unique within a code unit, in allocation order; names the block in tests and dumps. */
    public final int id;
    /** CPython's {@code b_label}: the jump-target label of the block, or -1 if it has none. */
    public int label = -1;
    public final List<Instr> instrs = new ArrayList<>();
    /** The next block in emission order (CPython's {@code b_next}), or null for the last. */
    public BasicBlock next;
    /** Stack depth at entry, set by the stack-depth pass; -1 if unreachable or not computed. */
    public int startDepth = -1;
    /** Target of an exception edge (CPython's {@code b_except_handler}). */
    public boolean exceptHandler;
    /** A handler that also receives lasti, from SETUP_CLEANUP/SETUP_WITH ({@code b_preserve_lasti}). */
    public boolean preserveLasti;
    /** Only reached through exceptions; moved to the end of the code ({@code b_cold}). */
    public boolean cold;
    /** Scratch flags for passes ({@code b_visited}, {@code b_warm}). */
    public boolean visited;
    public boolean warm;
    /** Locals that may be unbound at entry, bit per local (CPython's {@code b_unsafe_locals_mask}). */
    public long unsafeLocalsMask;
    /** Number of predecessors, computed by passes that need it. */
    public int predecessors;
    /** Offset of the first instruction in code units, set at assembly. */
    public int offset = -1;

    public BasicBlock(int id) {
        this.id = id;
    }

    /** A name for dumps: {@code L<id>}. */
    public String name() {
        return "L" + id;
    }

    public boolean isEmpty() {
        return instrs.isEmpty();
    }

    /** The last instruction, or null if empty. */
    public Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    public void add(Instr i) {
        instrs.add(i);
    }

    /** Control may continue to {@link #next} after the last instruction (BB_HAS_FALLTHROUGH). */
    public boolean hasFallthrough() {
        Instr last = last();
        return last == null || !last.opcode.isTerminator();
    }

    /** Ends in a scope exit: return or raise (flowgraph.c {@code basicblock_exits_scope}). */
    public boolean exitsScope() {
        Instr last = last();
        return last != null && last.opcode.isScopeExit();
    }

    @Override
    public String toString() {
        return name() + instrs;
    }
}
