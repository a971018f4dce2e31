package org.krait.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opcode;

/**
 * Turns the SETUP_* and POP_BLOCK pseudo-ops into per-instruction handler information
 * (flowgraph.c {@code mark_except_handlers} and {@code label_exception_targets}): every
 * instruction gets the innermost active handler as {@link Instr#handler}. The pseudo-ops stay
 * until {@link JumpResolver#convertPseudoOps}, since the stack-depth pass needs them.
 */
public final class ExceptionLabels {
    private ExceptionLabels() {
    }

    /** The handler stack at a point (CPython's {@code ExceptStack}: slot 0 is "no handler"). */
    private static final class ExceptStack {
        BasicBlock[] handlers = new BasicBlock[21];
        int depth;

        ExceptStack copy() {
            ExceptStack c = new ExceptStack();
            c.handlers = Arrays.copyOf(handlers, handlers.length);
            c.depth = depth;
            return c;
        }

        BasicBlock top() {
            return handlers[depth];
        }
    }

    public static void run(Cfg g) {
        markExceptHandlers(g);
        labelExceptionTargets(g);
    }

    static void markExceptHandlers(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.opcode.isBlockPush()) {
                    in.target.exceptHandler = true;
                }
            }
        }
    }

    static void labelExceptionTargets(Cfg g) {
        g.clearVisited();
        Map<BasicBlock, ExceptStack> stacks = new IdentityHashMap<>();
        Deque<BasicBlock> todo = new ArrayDeque<>();
        ExceptStack initial = new ExceptStack();
        todo.push(g.entry);
        g.entry.visited = true;
        stacks.put(g.entry, initial);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            ExceptStack stack = stacks.remove(b);
            BasicBlock handler = stack.top();
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                if (in.opcode.isBlockPush()) {
                    if (!in.target.visited) {
                        stacks.put(in.target, stack.copy());
                        todo.push(in.target);
                        in.target.visited = true;
                    }
                    if (in.opcode == Opcode.SETUP_WITH || in.opcode == Opcode.SETUP_CLEANUP) {
                        in.target.preserveLasti = true;
                    }
                    stack.handlers[++stack.depth] = in.target;
                    handler = in.target;
                } else if (in.opcode == Opcode.POP_BLOCK) {
                    handler = stack.handlers[--stack.depth];
                } else if (in.opcode.isJump()) {
                    in.handler = handler;
                    if (!in.target.visited) {
                        if (b.hasFallthrough()) {
                            stacks.put(in.target, stack.copy());
                        } else {
                            stacks.put(in.target, stack);
                            stack = null;
                        }
                        todo.push(in.target);
                        in.target.visited = true;
                    }
                } else {
                    if (in.opcode == Opcode.YIELD_VALUE) {
                        in.oparg = stack.depth;
                    }
                    in.handler = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                stacks.put(b.next, stack);
                todo.push(b.next);
                b.next.visited = true;
            }
        }
    }
}
