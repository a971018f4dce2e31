package org.krait.compiler.jvm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The resumable body of generator, coroutine and async generator code (ADR 0007). Registers are
 * JVM locals as in any function; the body is re-entered through a switch on the frame's resume
 * point. On entry it reloads the Python locals from the frame's register array, and each resume
 * point reloads the value-stack slots live there; at a yield the live stack slots and then (on one
 * shared path) the locals go back to the array. Spill and reload code lies outside every try
 * range, so the JVM verifier sees all registers initialised wherever a handler can be entered.
 *
 * <p>Resume point 0 is RETURN_GENERATOR (the start); point k is the k-th YIELD_VALUE.
 */
final class GeneratorEmitter implements Opcodes {
    static final String FRAME = Rt.PKG + "generators/GeneratorFrame";
    static final String D_FRAME = "L" + FRAME + ";";
    static final String GENERATORS = Rt.PKG + "generators/Generators";
    static final String BODY_DESC = "(" + Rt.D_TS + Rt.D_FUNCTION + D_FRAME + Rt.D_OBJ + ")" + Rt.D_OBJ;
    private static final int GF = 2;
    private static final int SENT = 3;

    private final FunctionEmitter f;
    private final ClassVisitor cv;
    private final String name;
    /** The method being written: the body, or in a split body the current part. */
    private MethodVisitor mv;
    private int regs;
    private int yielded;
    private final Map<Instr, Integer> resumeIds = new java.util.LinkedHashMap<>();
    private final List<Label> reentries = new ArrayList<>();
    private final List<Label> resumed = new ArrayList<>();
    private final List<Integer> liveStack = new ArrayList<>();
    private final Label spillAndReturn = new Label();

    GeneratorEmitter(FunctionEmitter f, ClassVisitor cv, String methodName) {
        this.f = f;
        this.cv = cv;
        this.name = bodyName(methodName);
    }

    static String bodyName(String methodName) {
        return methodName + "$gen";
    }

    /** Index of RETURN_GENERATOR, which ends the creator's prefix (MAKE_CELL, COPY_FREE_VARS). */
    static int bodyStart(List<Instr> instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            if (instrs.get(i).opcode == Opcode.RETURN_GENERATOR) {
                return i;
            }
        }
        throw new IllegalStateException("generator code without RETURN_GENERATOR");
    }

    /** Registers in a frame: localsplus, then one per value-stack slot. */
    static int frameSize(FunctionEmitter f) {
        return f.code.localsplusCount() + f.code.maxStackDepth;
    }

    /** Numbers the resume points of the body: RETURN_GENERATOR is 0, then each YIELD_VALUE in order. */
    void registerResumePoints(List<Instr> list) {
        for (Instr in : list) {
            if (in.opcode == Opcode.RETURN_GENERATOR || in.opcode == Opcode.YIELD_VALUE) {
                resumeIds.put(in, reentries.size());
                reentries.add(new Label());
                resumed.add(new Label());
                liveStack.add(in.opcode == Opcode.YIELD_VALUE ? in.depth - 1 : 0);
            }
        }
    }

    /** Where execution lands inside resume-point instruction {@code in} when the body is resumed there. */
    Label resumeLabel(Instr in) {
        return resumed.get(resumeIds.get(in));
    }

    /** The resume-point instructions in resume-point order. */
    java.util.Collection<Instr> resumeOrder() {
        return resumeIds.keySet();
    }

    void emitBody(List<Instr> list) {
        registerResumePoints(list);
        mv = cv.visitMethod(ACC_STATIC | ACC_PUBLIC, name, BODY_DESC, null, null);
        f.mv = mv;
        f.body = this;
        int nlocals = f.code.localsplusCount();
        for (int i = 0; i < nlocals; i++) {
            f.localSlot[i] = 4 + i;
        }
        regs = 4 + nlocals;
        yielded = regs + 1;
        f.snapshotLocal = yielded + 1;
        f.excTmp = yielded + 2;
        f.posLocal = yielded + 3;
        f.stackBase = yielded + 4;
        f.endLabel = new Label();
        mv.visitCode();
        mv.visitVarInsn(ALOAD, GF);
        mv.visitFieldInsn(GETFIELD, FRAME, "registers", Rt.D_OBJS);
        mv.visitVarInsn(ASTORE, regs);
        for (int i = 0; i < nlocals; i++) {
            loadRegister(i);
            mv.visitVarInsn(ASTORE, f.localSlot[i]);
        }
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, yielded);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, f.snapshotLocal);
        f.clearIteratorSlots();
        f.initPosition();
        mv.visitVarInsn(ALOAD, GF);
        mv.visitFieldInsn(GETFIELD, FRAME, "resumePoint", "I");
        Label bad = new Label();
        mv.visitTableSwitchInsn(0, reentries.size() - 1, bad, reentries.toArray(new Label[0]));
        f.emitCode(list);
        emitReentries();
        emitSpillAndReturn();
        mv.visitLabel(bad);
        Strings.throwNew(mv, "java/lang/IllegalStateException");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        f.body = null;
    }

    private void loadRegister(int index) {
        mv.visitVarInsn(ALOAD, regs);
        Strings.pushInt(mv, index);
        mv.visitInsn(AALOAD);
    }

    /** Re-entry k: reload the stack slots live at resume point k, then continue inside its instruction. */
    private void emitReentries() {
        int nlocals = f.code.localsplusCount();
        for (int k = 0; k < reentries.size(); k++) {
            mv.visitLabel(reentries.get(k));
            for (int j = 0; j < liveStack.get(k); j++) {
                loadRegister(nlocals + j);
                f.storeSlot(j);
            }
            mv.visitJumpInsn(GOTO, resumed.get(k));
        }
    }

    /** The shared end of every yield: the locals go back to the frame and the yielded value is returned. */
    private void emitSpillAndReturn() {
        mv.visitLabel(spillAndReturn);
        for (int i = 0; i < f.code.localsplusCount(); i++) {
            mv.visitVarInsn(ALOAD, regs);
            Strings.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, f.localSlot[i]);
            mv.visitInsn(AASTORE);
        }
        mv.visitVarInsn(ALOAD, yielded);
        mv.visitInsn(ARETURN);
    }

    /** Pushes the running generator's frame: a parameter of the body, and of a split body's parts. */
    private void loadGf() {
        if (f.framed) {
            f.loadPartGeneratorFrame();
        } else {
            mv.visitVarInsn(ALOAD, GF);
        }
    }

    /**
     * Where a resumption of {@code in} lands: the body method was entered afresh, so the position
     * a throw() raised here must report is recorded again.
     */
    private void landAt(Instr in) {
        mv.visitLabel(resumed.get(resumeIds.get(in)));
        f.recordPosition(in);
    }

    /** RETURN_GENERATOR in the body: resume point 0, where a throw() before the first next() lands. */
    void start(Instr in) {
        mv = f.mv;
        landAt(in);
        raiseThrown();
    }

    /**
     * YIELD_VALUE at depth d: save stack slots below the value, record the resume point, its
     * position and the receiver of a delegating yield ({@code yield from}/{@code await}: the next
     * instruction is RESUME 2 or 3), and leave through the shared spill path. On resumption the
     * sent value replaces the yielded one, or the thrown exception is raised here.
     */
    void yieldValue(Instr in, Instr next) {
        mv = f.mv;
        int k = resumeIds.get(in);
        int d = in.depth;
        int nlocals = f.code.localsplusCount();
        if (!f.framed) {
            for (int j = 0; j < d - 1; j++) {
                mv.visitVarInsn(ALOAD, regs);
                Strings.pushInt(mv, nlocals + j);
                f.loadSlot(j);
                mv.visitInsn(AASTORE);
            }
        }
        loadGf();
        Strings.pushInt(mv, k);
        mv.visitFieldInsn(PUTFIELD, FRAME, "resumePoint", "I");
        loadGf();
        Strings.pushInt(mv, f.position(in.location == null ? Location.NONE : in.location));
        mv.visitFieldInsn(PUTFIELD, FRAME, "position", "I");
        loadGf();
        boolean delegating = next != null && next.opcode == Opcode.RESUME && next.oparg >= 2;
        if (delegating) {
            f.loadSlot(d - 2);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitFieldInsn(PUTFIELD, FRAME, "delegate", Rt.D_OBJ);
        f.loadSlot(d - 1);
        if (f.framed) {
            mv.visitInsn(ARETURN); // registers are in the frame already; the driver returns the value
        } else {
            mv.visitVarInsn(ASTORE, yielded);
            mv.visitJumpInsn(GOTO, spillAndReturn);
        }
        landAt(in);
        if (f.framed) {
            f.loadFrameElement(f.sentIndex());
        } else {
            mv.visitVarInsn(ALOAD, SENT);
        }
        f.storeSlot(d - 1);
        raiseThrown();
    }

    private void raiseThrown() {
        Label none = new Label();
        loadGf();
        mv.visitFieldInsn(GETFIELD, FRAME, "thrown", "L" + Rt.BASE_EXC + ";");
        mv.visitJumpInsn(IFNULL, none);
        loadGf();
        mv.visitMethodInsn(INVOKESTATIC, FRAME, "raiseThrown", "(" + D_FRAME + ")L" + Rt.EXC + ";", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(none);
    }

    /** RETURN_VALUE/RETURN_CONST in the body: the frame is finished (the value is on the JVM stack). */
    void markReturned() {
        mv = f.mv;
        loadGf();
        mv.visitInsn(ICONST_M1);
        mv.visitFieldInsn(PUTFIELD, FRAME, "resumePoint", "I");
    }

    /**
     * RETURN_GENERATOR in the creator: a frame holding the locals so far (the arguments and cells)
     * and the object that owns it, returned to the caller.
     */
    static void create(FunctionEmitter f, Instr in) {
        MethodVisitor mv = f.mv;
        mv.visitTypeInsn(NEW, FRAME);
        mv.visitInsn(DUP);
        f.loadFunction();
        Strings.pushInt(mv, f.split ? f.frameSize : frameSize(f));
        mv.visitMethodInsn(INVOKESPECIAL, FRAME, "<init>", "(" + Rt.D_FUNCTION + "I)V", false);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, FRAME, "registers", Rt.D_OBJS);
        for (int i = 0; i < f.code.localsplusCount(); i++) {
            mv.visitInsn(DUP);
            Strings.pushInt(mv, i);
            f.loadLocal(i);
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(POP);
        mv.visitInsn(DUP);
        Strings.pushInt(mv, f.position(in.location == null ? Location.NONE : in.location));
        mv.visitFieldInsn(PUTFIELD, FRAME, "position", "I");
        mv.visitMethodInsn(INVOKESTATIC, GENERATORS, "create", "(" + D_FRAME + ")" + Rt.D_OBJ, false);
        mv.visitInsn(ARETURN);
    }
}
