package org.krait.compiler.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A compiled code object as data: what CPython's {@code PyCodeObject} holds, with the code as
 * the final basic blocks (passes done, pseudo-ops resolved, jumps and handlers as block
 * references, every instruction's stack depth known) instead of bytes.
 *
 * <p>Locals are CPython 3.11+'s "localsplus" array: LOAD_FAST/STORE_FAST and the *_DEREF ops
 * all index it; {@link #varnames()}, {@link #cellvars()} and {@link #freevars()} are derived
 * from the kinds as {@code co_varnames}, {@code co_cellvars}, {@code co_freevars} are.
 *
 * <p>Constants are Java values: {@link org.krait.compiler.ast.PySingleton} (None, Ellipsis),
 * {@link Boolean}, {@link java.math.BigInteger}, {@link Double},
 * {@link org.krait.compiler.ast.ComplexValue}, {@link String}, {@link Bytes},
 * {@link ConstTuple}, {@link ConstFrozenset} and nested {@link CodeUnit}s (code objects of
 * functions, lambdas, classes and comprehensions are constants, as in CPython).
 */
public final class CodeUnit {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    /** {@code co_flags}: {@link CodeFlags} CO_* bits. */
    public final int flags;
    /** {@code co_argcount}: positional parameters, positional-only ones included. */
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    private final List<String> localsplusNames;
    private final int[] localsplusKinds;
    private final List<String> names;
    private final List<Object> consts;
    private final List<BasicBlock> blocks;
    /** {@code co_stacksize}. */
    public final int maxStackDepth;

    public CodeUnit(String name, String qualname, String filename, int firstlineno, int flags, int argcount,
            int posonlyargcount, int kwonlyargcount, List<String> localsplusNames, int[] localsplusKinds,
            List<String> names, List<Object> consts, List<BasicBlock> blocks, int maxStackDepth) {
        if (localsplusNames.size() != localsplusKinds.length) {
            throw new IllegalArgumentException("localsplus names and kinds differ in length");
        }
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.flags = flags;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.localsplusNames = List.copyOf(localsplusNames);
        this.localsplusKinds = localsplusKinds.clone();
        this.names = List.copyOf(names);
        this.consts = Collections.unmodifiableList(new ArrayList<>(consts));
        this.blocks = List.copyOf(blocks);
        this.maxStackDepth = maxStackDepth;
    }

    /** Names of the localsplus slots, the index space of *_FAST and *_DEREF opargs. */
    public List<String> localsplusNames() {
        return localsplusNames;
    }

    /** {@link CodeFlags} CO_FAST_* bits of localsplus slot {@code i}. */
    public int localsplusKind(int i) {
        return localsplusKinds[i];
    }

    public int localsplusCount() {
        return localsplusKinds.length;
    }

    /** {@code co_varnames}: the slots that are locals (arguments first). */
    public List<String> varnames() {
        return slotsOfKind(CodeFlags.CO_FAST_LOCAL);
    }

    /** {@code co_cellvars}. */
    public List<String> cellvars() {
        return slotsOfKind(CodeFlags.CO_FAST_CELL);
    }

    /** {@code co_freevars}: the last slots, filled from the function's closure by COPY_FREE_VARS. */
    public List<String> freevars() {
        return slotsOfKind(CodeFlags.CO_FAST_FREE);
    }

    /** {@code co_nlocals}. */
    public int nlocals() {
        return varnames().size();
    }

    private List<String> slotsOfKind(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusKinds.length; i++) {
            if ((localsplusKinds[i] & kind) != 0) {
                out.add(localsplusNames.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code co_names}: attribute, global and import names (opargs of NAME-kind ops). */
    public List<String> names() {
        return names;
    }

    /** {@code co_consts}. */
    public List<Object> consts() {
        return consts;
    }

    /**
     * The docstring as a function object takes it: {@code co_consts[0]} when that is a str
     * (Objects/funcobject.c). Function and lambda code always has it or None first, as compile.c
     * adds it first; module and class docstrings are stored to {@code __doc__} by their code instead.
     */
    public String docstring() {
        return !consts.isEmpty() && consts.get(0) instanceof String s ? s : null;
    }

    /** The blocks in emission order; the first is the entry. */
    public List<BasicBlock> blocks() {
        return blocks;
    }

    /**
     * Every instruction in emission order, as the emitter and the disassembler iterate them. Each
     * has its {@link Instr#depth} (stack depth before it), {@link Instr#offset}, jump
     * {@link Instr#target} and exception {@link Instr#handler} with
     * {@link Instr#handlerDepth()} and {@link Instr#handlerLasti()}.
     */
    public List<Instr> instructions() {
        List<Instr> out = new ArrayList<>();
        for (BasicBlock b : blocks) {
            out.addAll(b.instrs);
        }
        return Collections.unmodifiableList(out);
    }

    /** One exception table entry: offsets in code units, {@code end} exclusive (assemble.c's entries). */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    /**
     * The exception table as assemble.c {@code assemble_exception_table} makes it: maximal runs of
     * consecutive instructions with the same handler block.
     */
    public List<ExceptionEntry> exceptionTable() {
        List<ExceptionEntry> out = new ArrayList<>();
        BasicBlock handler = null;
        Instr first = null;
        int start = -1;
        int ioffset = 0;
        for (Instr in : instructions()) {
            if (in.handler != handler) {
                if (handler != null) {
                    out.add(new ExceptionEntry(start, ioffset, handler.offset, first.handlerDepth(), first.handlerLasti()));
                }
                start = ioffset;
                handler = in.handler;
                first = in;
            }
            ioffset += in.sizeInCodeUnits();
        }
        if (handler != null) {
            out.add(new ExceptionEntry(start, ioffset, handler.offset, first.handlerDepth(), first.handlerLasti()));
        }
        return out;
    }

    /**
     * CPython's code object equality (Objects/codeobject.c {@code code_richcompare}): name,
     * argument counts, flags, first line, code, constants, names, localsplus names, positions
     * and exception table. The qualname and filename do not count.
     */
    public boolean sameCode(CodeUnit o) {
        if (!name.equals(o.name) || argcount != o.argcount || posonlyargcount != o.posonlyargcount
                || kwonlyargcount != o.kwonlyargcount || flags != o.flags || firstlineno != o.firstlineno
                || !names.equals(o.names) || !localsplusNames.equals(o.localsplusNames)
                || consts.size() != o.consts.size() || !exceptionTable().equals(o.exceptionTable())) {
            return false;
        }
        for (int i = 0; i < consts.size(); i++) {
            Object a = consts.get(i);
            Object b = o.consts.get(i);
            boolean same = a instanceof CodeUnit ca ? b instanceof CodeUnit cb && ca.sameCode(cb) : a.equals(b);
            if (!same) {
                return false;
            }
        }
        List<Instr> mine = instructions();
        List<Instr> theirs = o.instructions();
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            Instr x = mine.get(i);
            Instr y = theirs.get(i);
            if (x.opcode != y.opcode || x.oparg != y.oparg || !x.location.equals(y.location)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
