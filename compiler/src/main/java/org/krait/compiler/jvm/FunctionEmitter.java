package org.krait.compiler.jvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Lowers one code unit to one static JVM method (ADR 0004): Python locals and every Python stack
 * slot become JVM locals ("virtual registers"), so values survive the JVM's emptying of the operand
 * stack at exception handlers. Exception-table entries per (Python handler, source position) lead to
 * small stubs that add the traceback entry and then enter the Python handler or rethrow.
 */
final class FunctionEmitter implements Opcodes {
    final CodeUnit code;
    final String owner;
    final ConstantTable consts;
    final MethodVisitor mv;
    final boolean namespace;
    final int codeIndex;

    /** JVM local of each localsplus slot. */
    final int[] localSlot;
    /** JVM local holding the locals mapping of namespace code, else -1. */
    final int localsMapping;
    final int excTmp;
    final int stackBase;

    private final List<Instr> instrs;
    private final Map<Instr, Label> labels = new IdentityHashMap<>();
    private final Map<BasicBlock, Label> blockLabels = new IdentityHashMap<>();
    private final Label endLabel = new Label();
    /** Distinct source positions of this code, in first-use order: the index space of tracebacks. */
    final List<Location> positions = new ArrayList<>();
    private final Map<Location, Integer> positionIndex = new HashMap<>();

    FunctionEmitter(ClassVisitor cv, String owner, ConstantTable consts, CodeUnit code, String methodName) {
        this.code = code;
        this.owner = owner;
        this.consts = consts;
        this.codeIndex = consts.codeIndex(code);
        this.namespace = !code.hasFlag(CodeFlags.CO_OPTIMIZED);
        this.instrs = code.instructions();
        int nparams = parameterCount(code);
        boolean arrayParams = !namespace && nparams > Rt.MAX_DIRECT_PARAMS;
        String desc = namespace ? Rt.functionDescriptor(1)
                : arrayParams ? "(" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJS + ")" + Rt.D_OBJ
                : Rt.functionDescriptor(nparams);
        this.mv = cv.visitMethod(ACC_STATIC | ACC_PUBLIC, methodName, desc, null, null);
        int next = 2;
        localsMapping = namespace ? next++ : -1;
        localSlot = new int[code.localsplusCount()];
        int arrayLocal = arrayParams ? next++ : -1;
        for (int i = 0; i < localSlot.length; i++) {
            localSlot[i] = !namespace && !arrayParams && i < nparams ? 2 + i : -1;
        }
        if (!namespace && !arrayParams) {
            next = Math.max(next, 2 + nparams);
        }
        for (int i = 0; i < localSlot.length; i++) {
            if (localSlot[i] < 0) {
                localSlot[i] = next++;
            }
        }
        excTmp = next++;
        stackBase = next;
        this.arrayLocal = arrayLocal;
        this.nparams = nparams;
    }

    private final int arrayLocal;
    private final int nparams;

    static int parameterCount(CodeUnit c) {
        return c.argcount + c.kwonlyargcount + (c.hasFlag(CodeFlags.CO_VARARGS) ? 1 : 0)
                + (c.hasFlag(CodeFlags.CO_VARKEYWORDS) ? 1 : 0);
    }

    int position(Location loc) {
        Integer i = positionIndex.get(loc);
        if (i == null) {
            i = positions.size();
            positions.add(loc);
            positionIndex.put(loc, i);
        }
        return i;
    }

    Label label(Instr i) {
        return labels.get(i);
    }

    Label blockLabel(BasicBlock b) {
        Label l = blockLabels.get(b);
        if (l == null) {
            throw new IllegalStateException("jump to a block with no instructions after it: " + b.name());
        }
        return l;
    }

    /** The first instruction executed on entering block {@code b} (skipping empty blocks). */
    Instr firstInstrAt(BasicBlock b) {
        for (BasicBlock x = b; x != null; x = x.next) {
            if (!x.instrs.isEmpty()) {
                return x.instrs.get(0);
            }
        }
        throw new IllegalStateException("no instruction after " + b.name());
    }

    /** The label of the instruction following {@code i} in emission order. */
    Label labelAfter(Instr i) {
        int k = instrs.indexOf(i);
        return k + 1 < instrs.size() ? labels.get(instrs.get(k + 1)) : endLabel;
    }

    void emit() {
        assignLabels();
        Map<StubKey, Label> stubs = declareHandlers();
        mv.visitCode();
        prologue();
        InstrEmitter ops = new InstrEmitter(this);
        int line = -1;
        for (Instr in : instrs) {
            Label l = labels.get(in);
            mv.visitLabel(l);
            int lineno = in.location == null ? -1 : in.location.lineno();
            if (lineno > 0 && lineno != line) {
                mv.visitLineNumber(lineno, l);
                line = lineno;
            }
            ops.emit(in);
        }
        mv.visitLabel(endLabel);
        // falling off the end cannot happen: Python code always ends in a return or raise
        for (Map.Entry<StubKey, Label> e : stubs.entrySet()) {
            emitStub(e.getKey(), e.getValue());
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void assignLabels() {
        List<BasicBlock> pending = new ArrayList<>();
        for (BasicBlock b : code.blocks()) {
            pending.add(b);
            if (b.instrs.isEmpty()) {
                continue;
            }
            Label first = null;
            for (Instr in : b.instrs) {
                Label l = new Label();
                labels.put(in, l);
                if (first == null) {
                    first = l;
                }
            }
            for (BasicBlock p : pending) {
                blockLabels.put(p, first);
            }
            pending.clear();
        }
    }

    /** Key of an exception-table run: the Python handler (null: leave the frame) and the position. */
    static final class StubKey {
        final BasicBlock handler;
        final int position;
        final int depth;
        final boolean lasti;

        StubKey(BasicBlock handler, int position, int depth, boolean lasti) {
            this.handler = handler;
            this.position = position;
            this.depth = depth;
            this.lasti = lasti;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StubKey && ((StubKey) o).handler == handler && ((StubKey) o).position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(handler), position);
        }
    }

    private Map<StubKey, Label> declareHandlers() {
        Map<StubKey, Label> stubs = new LinkedHashMap<>();
        StubKey runKey = null;
        Label runStart = null;
        for (Instr in : instrs) {
            if (emitsNothing(in)) {
                continue; // an empty try range is illegal in a class file
            }
            Location loc = in.location == null ? Location.NONE : in.location;
            StubKey key = new StubKey(in.handler, position(loc), in.handlerDepth(), in.handlerLasti());
            if (!key.equals(runKey)) {
                if (runKey != null) {
                    mv.visitTryCatchBlock(runStart, labels.get(in), stubs.get(runKey), Rt.EXC);
                }
                runKey = key;
                runStart = labels.get(in);
                stubs.computeIfAbsent(key, k -> new Label());
            }
        }
        if (runKey != null) {
            mv.visitTryCatchBlock(runStart, endLabel, stubs.get(runKey), Rt.EXC);
        }
        return stubs;
    }

    static boolean emitsNothing(Instr in) {
        switch (in.opcode) {
            case NOP:
            case RESUME:
            case EXTENDED_ARG:
            case CACHE:
            case END_FOR:
            case POP_TOP:
            case KW_NAMES:
                return true;
            default:
                return false;
        }
    }

    private void prologue() {
        if (arrayLocal >= 0) {
            for (int i = 0; i < nparams; i++) {
                mv.visitVarInsn(ALOAD, arrayLocal);
                Strings.pushInt(mv, i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, localSlot[i]);
            }
        }
        int firstUnset = namespace ? 0 : nparams;
        for (int i = firstUnset; i < localSlot.length; i++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, localSlot[i]);
        }
    }

    /**
     * The handler stub: adds this frame's traceback entry (unless the exception is being re-raised),
     * then either rethrows or puts [lasti,] exc at the handler's depth and jumps to the handler.
     */
    private void emitStub(StubKey key, Label stub) {
        mv.visitLabel(stub);
        mv.visitVarInsn(ASTORE, excTmp);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, excTmp);
        mv.visitFieldInsn(GETSTATIC, owner, ConstantTable.codeField(codeIndex), Rt.D_CODE);
        Strings.pushInt(mv, key.position);
        mv.visitMethodInsn(INVOKESTATIC, Rt.EXCEPTIONS, "unwind",
                "(" + Rt.D_TS + "L" + Rt.EXC + ";" + Rt.D_CODE + "I)" + Rt.D_OBJ, false);
        if (key.handler == null) {
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, excTmp);
            mv.visitInsn(ATHROW);
            return;
        }
        int depth = key.depth;
        if (key.lasti) {
            Strings.pushInt(mv, key.position);
            mv.visitInsn(I2L);
            mv.visitMethodInsn(INVOKESTATIC, Rt.CONSTANTS, "integer", "(J)" + Rt.D_OBJ, false);
            mv.visitVarInsn(ASTORE, stackBase + depth);
            depth++;
        }
        mv.visitVarInsn(ASTORE, stackBase + depth);
        mv.visitJumpInsn(GOTO, blockLabel(key.handler));
    }

    // ---- helpers for InstrEmitter ----

    void loadSlot(int depthIndex) {
        mv.visitVarInsn(ALOAD, stackBase + depthIndex);
    }

    void storeSlot(int depthIndex) {
        mv.visitVarInsn(ASTORE, stackBase + depthIndex);
    }

    void loadTs() {
        mv.visitVarInsn(ALOAD, 0);
    }

    void loadFunction() {
        mv.visitVarInsn(ALOAD, 1);
    }
}
