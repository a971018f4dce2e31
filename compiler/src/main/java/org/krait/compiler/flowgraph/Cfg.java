package org.krait.compiler.flowgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.InstrSequence;
import org.krait.compiler.ir.Opcode;

/**
 * A control flow graph: the blocks of one code unit linked in emission order from
 * {@link #entry} (CPython's {@code cfg_builder}). Blocks are made from an instruction sequence
 * as Python/flowgraph.c's builder does: a label starts a block, and so does the instruction
 * after a jump or a scope exit.
 */
public final class Cfg {
    public BasicBlock entry;
    private final List<BasicBlock> allocated = new ArrayList<>();
    private BasicBlock current;
    private int currentLabel = -1;

    private Cfg() {
        entry = current = newBlock();
    }

    public BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(allocated.size());
        allocated.add(b);
        return b;
    }

    /** The blocks in emission order. */
    public List<BasicBlock> blocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            out.add(b);
        }
        return out;
    }

    /** compile.c {@code instr_sequence_to_cfg}, then {@code translate_jump_labels_to_targets}. */
    public static Cfg of(InstrSequence seq) {
        Cfg g = new Cfg();
        List<Instr> instrs = seq.instrs();
        int[] offset2lbl = new int[instrs.size()];
        Arrays.fill(offset2lbl, -1);
        for (int lbl = 0; lbl <= seq.maxLabel(); lbl++) {
            int offset = seq.labelTarget(lbl);
            if (offset >= 0 && offset < instrs.size()) {
                offset2lbl[offset] = lbl;
            }
        }
        for (int i = 0; i < instrs.size(); i++) {
            if (offset2lbl[i] >= 0) {
                g.currentLabel = offset2lbl[i];
                g.maybeStartNewBlock();
            }
            Instr in = instrs.get(i);
            int oparg = in.oparg;
            if (in.opcode.hasTarget()) {
                int offset = seq.labelTarget(oparg);
                if (offset < 0 || offset >= instrs.size()) {
                    throw new IllegalStateException("jump to unplaced label " + oparg);
                }
                oparg = offset2lbl[offset];
            }
            g.maybeStartNewBlock();
            Instr copy = new Instr(in.opcode, oparg, in.location);
            copy.releasesIterator = in.releasesIterator;
            g.current.add(copy);
        }
        g.translateLabels();
        return g;
    }

    /** True if {@code op} must be the last instruction of its block (IS_TERMINATOR_OPCODE: any jump, or a scope exit). */
    static boolean endsBlock(Opcode op) {
        return op.isJump() || op.isScopeExit();
    }

    private void maybeStartNewBlock() {
        Instr last = current.last();
        boolean terminated = false;
        if (last != null && endsBlock(last.opcode)) {
            terminated = true;
        } else if (currentLabel >= 0) {
            if (last != null || current.label >= 0) {
                terminated = true;
            } else {
                current.label = currentLabel;
                currentLabel = -1;
            }
        }
        if (terminated) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private void translateLabels() {
        int max = maxLabel();
        BasicBlock[] label2block = new BasicBlock[max + 1];
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.label >= 0) {
                label2block[b.label] = b;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.opcode.hasTarget()) {
                    in.target = label2block[in.oparg];
                    if (in.target == null) {
                        throw new IllegalStateException("no block for label " + in.oparg);
                    }
                }
            }
        }
    }

    /** flowgraph.c {@code get_max_label}. */
    public int maxLabel() {
        int lbl = -1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            lbl = Math.max(lbl, b.label);
        }
        return lbl;
    }

    /** Clears the visited flags of all blocks (CPython's {@code make_cfg_traversal_stack} does this). */
    void clearVisited() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
    }

    /** A block copy for inlining exits; only blocks without fallthrough may be copied. */
    BasicBlock copyBlock(BasicBlock block) {
        BasicBlock result = newBlock();
        for (Instr in : block.instrs) {
            result.add(in.copy());
        }
        return result;
    }
}
