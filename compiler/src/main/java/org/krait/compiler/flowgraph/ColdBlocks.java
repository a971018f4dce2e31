package org.krait.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * flowgraph.c {@code push_cold_blocks_to_end}: blocks reachable only through exception
 * handlers are moved after all others, with explicit jumps where a cold block fell through to
 * a warm one.
 */
final class ColdBlocks {
    private ColdBlocks() {
    }

    static void pushToEnd(Cfg g) {
        BasicBlock entry = g.entry;
        if (entry.next == null) {
            return;
        }
        markCold(g);
        int nextLabel = g.maxLabel() + 1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock explicitJump = g.newBlock();
                if (b.next.label < 0) {
                    b.next.label = nextLabel++;
                }
                Instr jump = new Instr(Opcode.JUMP, b.next.label, b.next, Location.NONE);
                explicitJump.add(jump);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                b.next = explicitJump;
            }
        }
        BasicBlock coldBlocks = null;
        BasicBlock coldTail = null;
        BasicBlock b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            BasicBlock end = b.next;
            while (end.next != null && end.next.cold) {
                end = end.next;
            }
            if (coldBlocks == null) {
                coldBlocks = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldBlocks;
        if (coldBlocks != null) {
            CfgOptimizer.removeRedundantJumps(g);
        }
    }

    private static void markWarm(Cfg g) {
        g.clearVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough() && !next.visited) {
                stack.push(next);
                next.visited = true;
            }
            for (Instr in : b.instrs) {
                if (in.opcode.isJump() && !in.target.visited) {
                    stack.push(in.target);
                    in.target.visited = true;
                }
            }
        }
    }

    private static void markCold(Cfg g) {
        markWarm(g);
        g.clearVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.cold = true;
            BasicBlock next = b.next;
            if (next != null && b.hasFallthrough() && !next.warm && !next.visited) {
                stack.push(next);
                next.visited = true;
            }
            for (Instr in : b.instrs) {
                if (in.opcode.isJump()) {
                    BasicBlock target = in.target;
                    if (!target.warm && !target.visited) {
                        stack.push(target);
                        target.visited = true;
                    }
                }
            }
        }
    }
}
