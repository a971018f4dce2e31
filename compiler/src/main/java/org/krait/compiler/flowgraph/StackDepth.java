package org.krait.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.Instr;

/**
 * Stack depths (flowgraph.c {@code _PyCfg_Stackdepth}): the depth at every block entry and
 * before every instruction, and the maximum. Unlike CPython, which only asserts in debug
 * builds, a block reached with two different depths is an internal error here: the JVM
 * emitter relies on one depth per instruction.
 */
public final class StackDepth {
    private StackDepth() {
    }

    /** Computes {@link BasicBlock#startDepth} and {@link Instr#depth}; returns {@code co_stacksize}. */
    public static int compute(Cfg g, int codeFlags) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        boolean generator = (codeFlags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE
                | CodeFlags.CO_ASYNC_GENERATOR)) != 0;
        push(stack, g.entry, generator ? 1 : 0);
        int maxdepth = 0;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr in : b.instrs) {
                in.depth = depth;
                int newDepth = depth + in.opcode.stackEffect(in.oparg, false);
                check(newDepth >= 0, in, depth);
                maxdepth = Math.max(maxdepth, newDepth);
                if (in.opcode.hasTarget()) {
                    int targetDepth = depth + in.opcode.stackEffect(in.oparg, true);
                    check(targetDepth >= 0, in, depth);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, in.target, targetDepth);
                }
                depth = newDepth;
                if (in.opcode.isUnconditionalJump() || in.opcode.isScopeExit()) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.startDepth == Integer.MIN_VALUE) {
                b.startDepth = -1;
            }
        }
        return maxdepth;
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth != Integer.MIN_VALUE && b.startDepth != depth) {
            throw new IllegalStateException("stack depth " + depth + " differs from " + b.startDepth
                    + " at the start of block " + b.name() + " " + b.instrs);
        }
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    private static void check(boolean ok, Instr in, int depth) {
        if (!ok) {
            throw new IllegalStateException("negative stack depth after " + in + " at depth " + depth);
        }
    }
}
