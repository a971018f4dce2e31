package org.krait.compiler.flowgraph;

import java.util.List;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opcode;

/** flowgraph.c's SWAP optimisations: {@code swaptimize} and {@code apply_static_swaps}. */
final class Swaps {
    private static final int VISITED = -1;

    private Swaps() {
    }

    /**
     * Replaces the run of SWAPs and NOPs starting at {@code ix} by an optimal one with the same
     * effect; returns the index of the run's last instruction.
     */
    static int swaptimize(BasicBlock block, int ix) {
        List<Instr> instrs = block.instrs;
        int depth = instrs.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = instrs.size() - ix;
        while (++len < limit) {
            Instr in = instrs.get(ix + len);
            if (in.opcode == Opcode.SWAP) {
                depth = Math.max(depth, in.oparg);
                more = true;
            } else if (in.opcode != Opcode.NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr in = instrs.get(ix + i);
            if (in.opcode == Opcode.SWAP) {
                int top = stack[0];
                stack[0] = stack[in.oparg - 1];
                stack[in.oparg - 1] = top;
            }
        }
        // Rebuild the run from its end: each cycle of the permutation becomes SWAPs with the top.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    instrs.get(ix + current--).set(Opcode.SWAP, j + 1);
                }
                if (stack[j] == VISITED) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (0 <= current) {
            instrs.get(ix + current--).setNop();
        }
        return ix + len - 1;
    }

    /** Ops that may be reordered with a SWAP: they touch only the top of the stack and cannot raise. */
    private static boolean swappable(Opcode op) {
        return op == Opcode.STORE_FAST || op == Opcode.STORE_FAST_MAYBE_NULL || op == Opcode.POP_TOP;
    }

    private static int storesTo(Instr in) {
        return in.opcode == Opcode.STORE_FAST || in.opcode == Opcode.STORE_FAST_MAYBE_NULL ? in.oparg : -1;
    }

    private static int nextSwappableInstruction(BasicBlock block, int i, int lineno) {
        List<Instr> instrs = block.instrs;
        while (++i < instrs.size()) {
            Instr in = instrs.get(i);
            if (0 <= lineno && in.location.lineno() != lineno) {
                return -1;
            }
            if (in.opcode == Opcode.NOP) {
                continue;
            }
            if (swappable(in.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** Applies SWAPs at compile time by swapping the instructions that consume the values, where safe. */
    static void applyStaticSwaps(BasicBlock block, int i) {
        List<Instr> instrs = block.instrs;
        for (; 0 <= i; i--) {
            Instr swap = instrs.get(i);
            if (swap.opcode != Opcode.SWAP) {
                if (swap.opcode == Opcode.NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = instrs.get(j).location.lineno();
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(instrs.get(j));
            int storeK = storesTo(instrs.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(instrs.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.setNop();
            Instr temp = instrs.get(j);
            instrs.set(j, instrs.get(k));
            instrs.set(k, temp);
        }
    }
}
