package org.krait.compiler.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Codegen's output for one code unit: a flat instruction list with symbolic labels, as
 * compile.c's {@code instr_sequence}. Jumps and SETUP_* carry their target label in the oparg;
 * {@link org.krait.compiler.flowgraph.Cfg#of} turns the sequence into basic blocks.
 */
public final class InstrSequence {
    private final List<Instr> instrs = new ArrayList<>();
    /** label id to the index of the instruction it marks; -1 while unused. */
    private int[] labelMap = new int[16];
    private int nextLabel;

    public InstrSequence() {
        Arrays.fill(labelMap, -1);
    }

    /** A fresh label ({@code NEW_JUMP_TARGET_LABEL}); ids start at 1 as in CPython. */
    public int newLabel() {
        return ++nextLabel;
    }

    /** The label marks the next instruction added ({@code USE_LABEL}). */
    public void useLabel(int label) {
        if (label >= labelMap.length) {
            int old = labelMap.length;
            labelMap = Arrays.copyOf(labelMap, Math.max(label + 1, old * 2));
            Arrays.fill(labelMap, old, labelMap.length, -1);
        }
        labelMap[label] = instrs.size();
    }

    public void add(Opcode op, int oparg, Location loc) {
        instrs.add(new Instr(op, oparg, loc));
    }

    /** Inserts at {@code pos}, moving labels at or after it (compile.c {@code instr_sequence_insert_instruction}). */
    public void insert(int pos, Opcode op, int oparg, Location loc) {
        instrs.add(pos, new Instr(op, oparg, loc));
        for (int i = 0; i < labelMap.length; i++) {
            if (labelMap[i] >= pos) {
                labelMap[i]++;
            }
        }
    }

    public List<Instr> instrs() {
        return instrs;
    }

    public int size() {
        return instrs.size();
    }

    /** The instruction index a label marks, or -1. */
    public int labelTarget(int label) {
        return label < labelMap.length ? labelMap[label] : -1;
    }

    /** Highest label id that may be in use. */
    public int maxLabel() {
        return Math.min(nextLabel, labelMap.length - 1);
    }
}
