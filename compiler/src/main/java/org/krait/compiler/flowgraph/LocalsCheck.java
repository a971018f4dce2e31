package org.krait.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opcode;

/**
 * flowgraph.c {@code add_checks_for_loads_of_uninitialized_variables}: LOAD_FAST becomes
 * LOAD_FAST_CHECK where the local may be unbound (and so UnboundLocalError possible). The
 * first 64 locals are tracked across blocks with a bit mask, the rest per block only.
 */
final class LocalsCheck {
    private LocalsCheck() {
    }

    static void run(Cfg g, int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            fastScanManyLocals(g, nlocals);
            nlocals = 64;
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = false;
            b.unsafeLocalsMask = 0;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        maybePush(g.entry, startMask, stack);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            scanBlock(b, stack);
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scanBlock(b, stack);
        }
    }

    private static void maybePush(BasicBlock b, long unsafeMask, Deque<BasicBlock> stack) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scanBlock(BasicBlock b, Deque<BasicBlock> stack) {
        long unsafe = b.unsafeLocalsMask;
        for (Instr in : b.instrs) {
            if (in.handler != null) {
                maybePush(in.handler, unsafe, stack);
            }
            if (in.oparg >= 64) {
                continue;
            }
            long bit = 1L << in.oparg;
            switch (in.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) {
                        in.opcode = Opcode.LOAD_FAST_CHECK;
                    }
                    unsafe &= ~bit;
                }
                default -> {
                }
            }
        }
        if (b.next != null && b.hasFallthrough()) {
            maybePush(b.next, unsafe, stack);
        }
        Instr last = b.last();
        if (last != null && last.opcode.isJump()) {
            maybePush(last.target, unsafe, stack);
        }
    }

    private static void fastScanManyLocals(Cfg g, int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (Instr in : b.instrs) {
                int arg = in.oparg;
                if (arg < 64) {
                    continue;
                }
                switch (in.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) {
                            in.opcode = Opcode.LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
