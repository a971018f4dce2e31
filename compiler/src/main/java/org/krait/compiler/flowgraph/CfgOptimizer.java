package org.krait.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.ConstValues;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * flowgraph.c's {@code optimize_cfg} and {@code remove_unused_consts}: empty-block
 * elimination, inlining of small exit blocks, peephole rewrites of each block (constant
 * conditions, tuple folding, jump threading, SWAP optimisation), redundant NOP/pair removal,
 * dead-code elimination and redundant-jump removal. {@code consts} is the unit's constant list,
 * which tuple folding may extend.
 */
public final class CfgOptimizer {
    /** Maximum size of an exit block that is copied into its predecessors (MAX_COPY_SIZE). */
    private static final int MAX_COPY_SIZE = 4;

    private CfgOptimizer() {
    }

    public static void optimize(Cfg g, List<Object> consts) {
        eliminateEmptyBasicBlocks(g);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            inlineSmallExitBlocks(b);
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            optimizeBasicBlock(b, consts);
        }
        removeRedundantNopsAndPairs(g);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            inlineSmallExitBlocks(b);
        }
        markReachable(g);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
        eliminateEmptyBasicBlocks(g);
        removeRedundantJumps(g);
    }

    /** Drops empty blocks from the chain and retargets jumps to the next non-empty block. */
    public static void eliminateEmptyBasicBlocks(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            while (next != null && next.isEmpty()) {
                next = next.next;
            }
            b.next = next;
        }
        while (g.entry != null && g.entry.isEmpty()) {
            g.entry = g.entry.next;
        }
        int nextLabel = g.maxLabel() + 1;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.opcode.hasTarget()) {
                    BasicBlock target = in.target;
                    while (target.isEmpty()) {
                        target = target.next;
                    }
                    if (in.target != target) {
                        if (target.label < 0) {
                            target.label = nextLabel++;
                        }
                        in.target = target;
                        in.oparg = target.label;
                    }
                }
            }
        }
    }

    /** An unconditional jump to a small block that returns or raises is replaced by a copy of it. */
    static void inlineSmallExitBlocks(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || !last.opcode.isUnconditionalJump()) {
            return;
        }
        BasicBlock target = last.target;
        if (target.exitsScope() && target.instrs.size() <= MAX_COPY_SIZE) {
            last.setNop();
            for (Instr in : new ArrayList<>(target.instrs)) {
                bb.add(in.copy());
            }
        }
    }

    /** flowgraph.c {@code optimize_basic_block}. */
    static void optimizeBasicBlock(BasicBlock bb, List<Object> consts) {
        List<Instr> instrs = bb.instrs;
        Instr target = null;
        Opcode opcode = null;
        int oparg = 0;
        for (int i = 0; i < instrs.size(); i++) {
            Instr inst = instrs.get(i);
            boolean isCopyOfLoadConst = opcode == Opcode.LOAD_CONST && inst.opcode == Opcode.COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                target = opcode.hasTarget() ? inst.target.instrs.get(0) : null;
            }
            Opcode nextop = i + 1 < instrs.size() ? instrs.get(i + 1).opcode : null;
            switch (opcode) {
                case LOAD_CONST -> {
                    if (nextop == Opcode.POP_JUMP_IF_FALSE || nextop == Opcode.POP_JUMP_IF_TRUE) {
                        boolean isTrue = ConstValues.isTrue(consts.get(oparg));
                        inst.setNop();
                        boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE;
                        Instr jump = instrs.get(i + 1);
                        if (isTrue == jumpIfTrue) {
                            jump.opcode = Opcode.JUMP;
                        } else {
                            jump.setNop();
                        }
                    } else if (nextop == Opcode.IS_OP) {
                        Opcode jumpOp = i + 2 < instrs.size() ? instrs.get(i + 2).opcode : null;
                        if (consts.get(oparg) == PySingleton.None
                                && (jumpOp == Opcode.POP_JUMP_IF_FALSE || jumpOp == Opcode.POP_JUMP_IF_TRUE)) {
                            int nextarg = instrs.get(i + 1).oparg & 0xFF;
                            inst.setNop();
                            instrs.get(i + 1).setNop();
                            boolean invert = (nextarg ^ (jumpOp == Opcode.POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                            instrs.get(i + 2).opcode = invert ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE;
                        }
                    } else if (nextop == Opcode.RETURN_VALUE) {
                        inst.setNop();
                        instrs.get(++i).set(Opcode.RETURN_CONST, oparg);
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == Opcode.UNPACK_SEQUENCE && oparg == instrs.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setNop();
                            instrs.get(i + 1).setNop();
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.setNop();
                            instrs.get(i + 1).opcode = Opcode.SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(instrs, i - oparg, oparg, consts);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target.opcode == Opcode.JUMP && jumpThread(inst, target, inst.opcode)) {
                        i--;
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.setNop();
                    } else {
                        i = Swaps.swaptimize(bb, i);
                        Swaps.applyStaticSwaps(bb, i);
                    }
                }
                case PUSH_NULL -> {
                    if (nextop == Opcode.LOAD_GLOBAL && (instrs.get(i + 1).oparg & 1) == 0) {
                        inst.setNop();
                        instrs.get(i + 1).oparg |= 1;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Redirects {@code inst} past a jump to a jump, unless that changes which line runs. */
    static boolean jumpThread(Instr inst, Instr target, Opcode opcode) {
        if ((inst.location.lineno() == target.location.lineno() || target.location.lineno() == -1)
                && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    /** LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n becomes LOAD_CONST (c1, ..., cn). */
    private static void foldTupleOnConstants(List<Instr> instrs, int start, int n, List<Object> consts) {
        for (int i = 0; i < n; i++) {
            if (instrs.get(start + i).opcode != Opcode.LOAD_CONST) {
                return;
            }
        }
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(consts.get(instrs.get(start + i).oparg));
        }
        ConstTuple folded = new ConstTuple(items);
        int index = consts.indexOf(folded);
        if (index < 0) {
            index = consts.size();
            consts.add(folded);
        }
        for (int i = 0; i < n; i++) {
            instrs.get(start + i).setNop();
        }
        instrs.get(start + n).set(Opcode.LOAD_CONST, index);
    }

    /** flowgraph.c {@code remove_redundant_nops}: NOPs that carry no line of their own. */
    static int removeRedundantNops(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        int size = in.size();
        for (int src = 0; src < size; src++) {
            Instr cur = in.get(src);
            int lineno = cur.location.lineno();
            if (cur.opcode == Opcode.NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < size - 1) {
                    int nextLineno = in.get(src + 1).location.lineno();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        in.get(src + 1).location = cur.location;
                        continue;
                    }
                } else {
                    BasicBlock next = bb.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null) {
                        Location nextLoc = Location.NONE;
                        for (Instr x : next.instrs) {
                            if (x.opcode == Opcode.NOP && x.location.lineno() == -1) {
                                continue;
                            }
                            nextLoc = x.location;
                            break;
                        }
                        if (lineno == nextLoc.lineno()) {
                            continue;
                        }
                    }
                }
            }
            in.set(dest++, cur);
            prevLineno = lineno;
        }
        int removed = size - dest;
        in.subList(dest, size).clear();
        return removed;
    }

    /** Removes NOPs and the pairs LOAD_CONST/POP_TOP and COPY 1/POP_TOP, until nothing changes. */
    static void removeRedundantNopsAndPairs(Cfg g) {
        boolean done = false;
        while (!done) {
            done = true;
            Instr prev;
            Instr instr = null;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) {
                    instr = null;
                }
                for (Instr cur : b.instrs) {
                    prev = instr;
                    instr = cur;
                    if (cur.opcode == Opcode.POP_TOP && prev != null
                            && (prev.opcode == Opcode.LOAD_CONST || (prev.opcode == Opcode.COPY && prev.oparg == 1))) {
                        prev.setNop();
                        cur.setNop();
                        done = false;
                    }
                }
                if ((instr != null && instr.opcode.isJump()) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    /** flowgraph.c {@code mark_reachable}: counts predecessors; unreachable blocks keep 0. */
    static void markReachable(Cfg g) {
        g.clearVisited();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.predecessors = 0;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        g.entry.predecessors = 1;
        stack.push(g.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = true;
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (in.opcode.isJump() || in.opcode.isBlockPush()) {
                    if (!in.target.visited) {
                        stack.push(in.target);
                    }
                    in.target.predecessors++;
                }
            }
        }
    }

    /** An unconditional jump to the next block becomes a NOP. */
    public static void removeRedundantJumps(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.opcode.isUnconditionalJump()) {
                if (last.target == null) {
                    throw new IllegalStateException("jump with NULL target");
                }
                if (last.target == b.next) {
                    last.setNop();
                }
            }
        }
    }

    /** flowgraph.c {@code remove_unused_consts}: drops constants no instruction loads; the first always stays. */
    public static void removeUnusedConsts(Cfg g, List<Object> consts) {
        int n = consts.size();
        if (n == 0) {
            return;
        }
        int[] indexMap = new int[n];
        java.util.Arrays.fill(indexMap, -1);
        indexMap[0] = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (hasConst(in.opcode)) {
                    indexMap[in.oparg] = in.oparg;
                }
            }
        }
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (indexMap[i] != -1) {
                indexMap[used++] = indexMap[i];
            }
        }
        if (used == n) {
            return;
        }
        int[] reverse = new int[n];
        java.util.Arrays.fill(reverse, -1);
        List<Object> kept = new ArrayList<>(used);
        for (int i = 0; i < used; i++) {
            kept.add(consts.get(indexMap[i]));
            reverse[indexMap[i]] = i;
        }
        consts.clear();
        consts.addAll(kept);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (hasConst(in.opcode)) {
                    in.oparg = reverse[in.oparg];
                }
            }
        }
    }

    /** CPython's HAS_CONST: the ops whose oparg indexes co_consts. */
    static boolean hasConst(Opcode op) {
        return op == Opcode.LOAD_CONST || op == Opcode.RETURN_CONST || op == Opcode.KW_NAMES;
    }
}
