package org.krait.compiler.flowgraph;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;

/**
 * flowgraph.c {@code resolve_line_numbers} (PEP 626): exit blocks without a line are
 * duplicated so each has one predecessor to take its line from; instructions without a line
 * inherit the previous one; returns get at least some line.
 */
public final class LineNumbers {
    private LineNumbers() {
    }

    public static void resolve(Cfg g, int firstlineno) {
        duplicateExitsWithoutLineno(g);
        propagate(g);
        guaranteeForExits(g, firstlineno);
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        if (!b.exitsScope()) {
            return false;
        }
        for (Instr in : b.instrs) {
            if (in.location.lineno() >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void duplicateExitsWithoutLineno(Cfg g) {
        int nextLabel = g.maxLabel() + 1;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.opcode.isJump()) {
                BasicBlock target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock newTarget = g.copyBlock(target);
                    newTarget.instrs.get(0).location = last.location;
                    last.target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    newTarget.label = nextLabel++;
                    target.next = newTarget;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.isEmpty()) {
                if (isExitWithoutLineno(b.next)) {
                    b.next.instrs.get(0).location = b.last().location;
                }
            }
        }
    }

    private static void propagate(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            Location prev = Location.NONE;
            for (Instr in : b.instrs) {
                if (in.location.lineno() < 0) {
                    in.location = prev;
                } else {
                    prev = in.location;
                }
            }
            if (b.hasFallthrough() && b.next.predecessors == 1) {
                Instr first = b.next.instrs.get(0);
                if (first.location.lineno() < 0) {
                    first.location = prev;
                }
            }
            if (last.opcode.isJump()) {
                BasicBlock target = last.target;
                if (target.predecessors == 1) {
                    Instr first = target.instrs.get(0);
                    if (first.location.lineno() < 0) {
                        first.location = prev;
                    }
                }
            }
        }
    }

    private static void guaranteeForExits(Cfg g, int firstlineno) {
        int lineno = firstlineno;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.location.lineno() < 0) {
                if (last.opcode == org.krait.compiler.ir.Opcode.RETURN_VALUE) {
                    for (Instr in : b.instrs) {
                        Location l = in.location;
                        in.location = new Location(lineno, l.endLineno(), l.colOffset(), l.endColOffset());
                    }
                }
            } else {
                lineno = last.location.lineno();
            }
        }
    }
}
