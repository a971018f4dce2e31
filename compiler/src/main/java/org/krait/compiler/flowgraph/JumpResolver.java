package org.krait.compiler.flowgraph;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opcode;

/**
 * The last steps before code is final: pseudo-op conversion (flowgraph.c
 * {@code _PyCfg_ConvertPseudoOps}) and jump resolution ({@code normalize_jumps},
 * {@code resolve_jump_offsets}): JUMP becomes JUMP_FORWARD or JUMP_BACKWARD, backward
 * conditional jumps are inverted around a JUMP_BACKWARD, and every instruction gets its offset.
 */
public final class JumpResolver {
    private JumpResolver() {
    }

    /** SETUP_* and POP_BLOCK become NOPs (then removed where they carry no line), STORE_FAST_MAYBE_NULL a STORE_FAST. */
    public static void convertPseudoOps(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.opcode.isBlockPush() || in.opcode == Opcode.POP_BLOCK) {
                    in.setNop();
                } else if (in.opcode == Opcode.STORE_FAST_MAYBE_NULL) {
                    in.opcode = Opcode.STORE_FAST;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            CfgOptimizer.removeRedundantNops(b);
        }
    }

    public static void resolve(Cfg g) {
        normalizeJumps(g);
        resolveOffsets(g);
    }

    private static void normalizeJumps(Cfg g) {
        g.clearVisited();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = true;
            normalizeJumpsInBlock(g, b);
        }
    }

    private static void normalizeJumpsInBlock(Cfg g, BasicBlock b) {
        Instr last = b.last();
        if (last == null || !last.opcode.isJump()) {
            return;
        }
        boolean forward = !last.target.visited;
        switch (last.opcode) {
            case JUMP -> {
                last.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                return;
            }
            case JUMP_NO_INTERRUPT -> {
                last.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                return;
            }
            default -> {
            }
        }
        Opcode reversed = switch (last.opcode) {
            case POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
            case POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
            case POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
            case POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
            default -> null;
        };
        if (forward) {
            return;
        }
        // conditional jump T backwards: reversed jump over an unconditional backward jump to T
        BasicBlock target = last.target;
        BasicBlock backwardsJump = g.newBlock();
        Instr jump = new Instr(Opcode.JUMP, target.label, target, last.location);
        // the stack-depth pass ran before this block existed: it starts with the fallthrough depth
        jump.depth = last.depth + last.opcode.stackEffect(last.oparg, false);
        backwardsJump.startDepth = jump.depth;
        backwardsJump.add(jump);
        last.opcode = reversed;
        last.target = b.next;
        backwardsJump.cold = b.cold;
        backwardsJump.next = b.next;
        b.next = backwardsJump;
    }

    /** Block and instruction offsets in code units, and the relative opargs of jumps (with EXTENDED_ARG sizes). */
    private static void resolveOffsets(Cfg g) {
        boolean again;
        do {
            int total = 0;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr in : b.instrs) {
                    total += in.sizeInCodeUnits();
                }
            }
            again = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                int pos = b.offset;
                for (Instr in : b.instrs) {
                    in.offset = pos;
                    int size = in.sizeInCodeUnits();
                    pos += size;
                    if (in.opcode.isJump()) {
                        int targetOffset = in.target.offset;
                        in.oparg = targetOffset < pos ? pos - targetOffset : targetOffset - pos;
                        if (in.sizeInCodeUnits() != size) {
                            again = true;
                        }
                    }
                }
            }
        } while (again);
    }
}
