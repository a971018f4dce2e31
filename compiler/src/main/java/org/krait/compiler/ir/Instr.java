package org.krait.compiler.ir;

/**
 * One IR instruction: CPython's {@code cfg_instr}. Codegen fills opcode, oparg, target and
 * location; the flowgraph passes may rewrite them and fill in the exception handler
 * ({@code i_except}) and the stack depth before the instruction. Mutable on purpose, like the
 * C struct the passes edit in place.
 */
public final class Instr {
    public Opcode opcode;
    /**
     * The argument; 0 for ops without one. In an instruction sequence (before the CFG is built)
     * a jump's or SETUP_*'s oparg is its target label, as in CPython; afterwards the target
     * block is the truth, see {@link #target}, and final jumps carry CPython's relative oparg.
     */
    public int oparg;
    /** Jump target or (SETUP_*) handler block, else null. */
    public BasicBlock target;
    public Location location;
    /**
     * The innermost exception handler active at this instruction after the
     * exception-labelling pass (flowgraph.c {@code i_except}), or null when an exception leaves the frame.
     */
    public BasicBlock handler;
    /** Stack depth before this instruction, set by the stack-depth pass; -1 before it ran. */
    public int depth = -1;
    /** Offset in code units in the final code (dis offsets are twice this), -1 before assembly. */
    public int offset = -1;
    /**
     * A POP_TOP that drops a {@code for} loop's iterator when the loop is left early (break,
     * return): a generator the loop owns is closed there (ADR 0007). Not part of CPython's code.
     */
    public boolean releasesIterator;

    public Instr(Opcode opcode, int oparg, BasicBlock target, Location location) {
        this.opcode = opcode;
        this.oparg = opcode.hasArg() || opcode.hasTarget() ? oparg : 0;
        this.target = target;
        this.location = location;
    }

    public Instr(Opcode opcode, int oparg, Location location) {
        this(opcode, oparg, null, location);
    }

    public Instr(Opcode opcode, Location location) {
        this(opcode, 0, null, location);
    }

    public Instr copy() {
        Instr c = new Instr(opcode, oparg, target, location);
        c.handler = handler;
        c.depth = depth;
        c.offset = offset;
        c.releasesIterator = releasesIterator;
        return c;
    }

    /** Replace this instruction by {@code op} in place (CPython's {@code INSTR_SET_OP1}). */
    public void set(Opcode op, int arg) {
        opcode = op;
        oparg = op.hasArg() || op.hasTarget() ? arg : 0;
        if (!op.hasTarget()) {
            target = null;
        }
    }

    /** Turn into a NOP, keeping the location (CPython's {@code INSTR_SET_OP0(i, NOP)}). */
    public void setNop() {
        set(Opcode.NOP, 0);
    }

    /**
     * The stack depth the exception handler unwinds to before pushing its values: the depth in
     * the exception table, {@code handler.startDepth - 1 - (lasti ? 1 : 0)} as assemble.c writes it.
     */
    public int handlerDepth() {
        if (handler == null) {
            return -1;
        }
        return handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    }

    /** Whether the handler also receives the offset of the raising instruction (the table's "lasti"). */
    public boolean handlerLasti() {
        return handler != null && handler.preserveLasti;
    }

    /** Code units this instruction takes in final code: EXTENDED_ARG prefixes, itself, its caches. */
    public int sizeInCodeUnits() {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extended + 1 + opcode.cacheEntries();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(opcode.name());
        if (target != null) {
            sb.append(" to ").append(target.name());
        } else if (opcode.hasArg()) {
            sb.append(' ').append(oparg);
        }
        return sb.toString();
    }
}
