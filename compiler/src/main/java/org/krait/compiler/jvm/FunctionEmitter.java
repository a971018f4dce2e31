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
 * Lowers one code unit to JVM code (ADR 0004). Python locals and every Python stack slot are
 * "virtual registers", so values survive the JVM's emptying of the operand stack at exception
 * handlers. Exception-table entries per (Python handler, source position) lead to small stubs that
 * add the traceback entry and then enter the Python handler or rethrow.
 *
 * <p>Two layouts. Normally the registers are JVM locals of one static method. A code unit too big
 * for one method (DESIGN §2: size limits must never show) is split at basic-block boundaries into
 * part methods of bounded size; its registers then live in a {@code PyObject[]} frame passed to every
 * part, and a driver method runs the parts: a part returns the Python return value, or null after
 * storing in {@code ts.nextBlock} the block to continue at.
 */
final class FunctionEmitter implements Opcodes {
    /** Instructions per part method; with ~20 bytes of JVM code each, parts stay near HotSpot's 8 KB. */
    static final int INSTRS_PER_PART = 400;
    /**
     * Generator bodies are not split yet (ADR 0007); one method stays under the JVM's 64 KB of code
     * up to about this many instructions (beyond HotSpot's 8 KB JIT limit it runs interpreted).
     */
    static final int GENERATOR_INSTRS_MAX = 2400;

    final CodeUnit code;
    final String owner;
    final ConstantTable consts;
    final boolean namespace;
    final int codeIndex;
    private final ClassVisitor cv;
    private final String methodName;
    private final int nparams;
    private final boolean arrayParams;
    final boolean split;
    /** Whether the method being written keeps its registers in the frame array (split parts and drivers). */
    boolean framed;
    /** A generator, coroutine or async generator: written as a creator method plus a resumable body (ADR 0007). */
    final boolean generator;
    /** Generator code: non-null while the resumable body is written. */
    GeneratorEmitter body;

    /** The method being written (changes per part in split mode). */
    MethodVisitor mv;
    /** Normal mode: JVM local of each localsplus slot. */
    final int[] localSlot;
    private int localsMappingLocal = -1;
    /** Normal mode: the JVM local holding the dict locals() returns in this call (created on first use). */
    int snapshotLocal = -1;
    int excTmp;
    /**
     * The JVM int local holding the source position (index into {@link #positions}) of the last
     * instruction that may raise: the handler stubs read it for the traceback entry, so one stub
     * per Python handler serves every position (fewer handler blocks make far smaller methods,
     * which HotSpot compiles faster and can inline).
     */
    int posLocal;
    int stackBase;
    /** Split mode: index of the first stack slot in the frame array, and of the locals mapping. */
    private final int frameStackBase;
    private final int frameMappingIndex;
    final int frameSize;

    private final List<Instr> instrs;
    private final Map<Instr, Label> labels = new IdentityHashMap<>();
    private final Map<BasicBlock, Label> blockLabels = new IdentityHashMap<>();
    private int currentPart;
    Label endLabel;
    /** Distinct source positions of this code, in first-use order: the index space of tracebacks. */
    final List<Location> positions = new ArrayList<>();
    private final Map<Location, Integer> positionIndex = new HashMap<>();

    FunctionEmitter(ClassVisitor cv, String owner, ConstantTable consts, CodeUnit code, String methodName) {
        this.cv = cv;
        this.code = code;
        this.owner = owner;
        this.consts = consts;
        this.methodName = methodName;
        this.codeIndex = consts.codeIndex(code);
        this.namespace = !code.hasFlag(CodeFlags.CO_OPTIMIZED);
        this.instrs = code.instructions();
        this.nparams = parameterCount(code);
        this.arrayParams = !namespace && nparams > Rt.MAX_DIRECT_PARAMS;
        this.generator = code.hasFlag(CodeFlags.CO_GENERATOR) || code.hasFlag(CodeFlags.CO_COROUTINE)
                || code.hasFlag(CodeFlags.CO_ASYNC_GENERATOR);
        this.split = instrs.size() > (generator ? GENERATOR_INSTRS_MAX : INSTRS_PER_PART * 3 / 2);
        this.localSlot = new int[code.localsplusCount()];
        this.frameStackBase = code.localsplusCount();
        this.frameMappingIndex = frameStackBase + code.maxStackDepth + 1;
        this.deferred = new Deferred[code.maxStackDepth + 1];
        // + the locals() snapshot at frameMappingIndex + 1, and for a generator the value sent in
        this.frameSize = frameMappingIndex + (generator ? 3 : 2);
    }

    static int parameterCount(CodeUnit c) {
        return c.argcount + c.kwonlyargcount + (c.hasFlag(CodeFlags.CO_VARARGS) ? 1 : 0)
                + (c.hasFlag(CodeFlags.CO_VARKEYWORDS) ? 1 : 0);
    }

    private String descriptor() {
        if (namespace) {
            return Rt.functionDescriptor(1);
        }
        return arrayParams ? "(" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJS + ")" + Rt.D_OBJ : Rt.functionDescriptor(nparams);
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

    void emit() {
        assignLabels();
        if (generator) {
            int start = GeneratorEmitter.bodyStart(instrs);
            emitWhole(instrs.subList(0, start + 1));
            assignLabels(); // the body is another method: it needs labels of its own
            GeneratorEmitter g = new GeneratorEmitter(this, cv, methodName);
            if (split) {
                body = g;
                g.registerResumePoints(instrs.subList(start, instrs.size()));
                emitSplit();
                body = null;
            } else {
                g.emitBody(instrs.subList(start, instrs.size()));
            }
        } else if (split) {
            emitSplit();
        } else {
            emitWhole(instrs);
        }
    }

    /** The JVM method of the function body, or of a generator's creator (the prefix up to RETURN_GENERATOR). */
    String methodName() {
        return methodName;
    }

    /** Writes {@code list} in the instruction order, then the handler stubs its try ranges lead to. */
    void emitCode(List<Instr> list) {
        Map<StubKey, Label> stubs = declareHandlers(list);
        emitInstructions(list);
        mv.visitLabel(endLabel);
        emitStubs(stubs);
    }

    // ---- normal layout ----

    private void emitWhole(List<Instr> list) {
        mv = cv.visitMethod(ACC_STATIC | ACC_PUBLIC, methodName, descriptor(), null, null);
        int next = 2;
        localsMappingLocal = namespace ? next++ : -1;
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
        snapshotLocal = next++;
        excTmp = next++;
        posLocal = next++;
        stackBase = next;
        endLabel = new Label();
        mv.visitCode();
        if (arrayLocal >= 0) {
            for (int i = 0; i < nparams; i++) {
                mv.visitVarInsn(ALOAD, arrayLocal);
                Strings.pushInt(mv, i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, localSlot[i]);
            }
        }
        for (int i = namespace ? 0 : nparams; i < localSlot.length; i++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, localSlot[i]);
        }
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, snapshotLocal);
        clearIteratorSlots();
        initPosition();
        emitCode(list);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    // ---- split layout ----

    /** Split mode: instructions where a part may be entered (block starts and cut points), by entry id. */
    private final Map<Instr, Integer> entryIds = new IdentityHashMap<>();
    private final Map<Instr, Integer> partOfInstr = new IdentityHashMap<>();
    /**
     * Split generator bodies: the entry id of each resume point's re-entry (RETURN_GENERATOR and
     * every YIELD_VALUE), numbered after the ordinary entries so that resume point k is entry
     * {@code resumeEntryBase + k} (the label where it lands is the GeneratorEmitter's).
     */
    final Map<Instr, Integer> resumeEntries = new LinkedHashMap<>();
    int resumeEntryBase;

    /** Split generator bodies: where the driver leaves the value sent in. */
    int sentIndex() {
        return frameMappingIndex + 2;
    }

    /** Split mode: pushes the frame array's element {@code index}. */
    void loadFrameElement(int index) {
        frameIndex(index);
        mv.visitInsn(AALOAD);
    }

    private void emitSplit() {
        framed = true;
        chooseEntries();
        if (body != null) {
            resumeEntryBase = entryIds.size();
            int k = 0;
            for (Instr in : body.resumeOrder()) {
                resumeEntries.put(in, resumeEntryBase + k++);
            }
        }
        List<List<Instr>> parts = partition();
        for (int p = 0; p < parts.size(); p++) {
            for (Instr in : parts.get(p)) {
                partOfInstr.put(in, p);
            }
        }
        emitDriver();
        for (int p = 0; p < parts.size(); p++) {
            List<Instr> part = parts.get(p);
            Instr after = p + 1 < parts.size() ? parts.get(p + 1).get(0) : null;
            emitPart(p, part, after);
        }
    }

    /**
     * Every block start, plus cut points inside long blocks (straight-line code can be one huge
     * block). A cut never falls right after KW_NAMES or LOAD_GLOBAL, whose CALL reads them.
     */
    private void chooseEntries() {
        for (BasicBlock b : code.blocks()) {
            int sinceEntry = 0;
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                Instr prev = i > 0 ? b.instrs.get(i - 1) : null;
                boolean cut = sinceEntry >= INSTRS_PER_PART / 2 && prev != null
                        && prev.opcode != org.krait.compiler.ir.Opcode.KW_NAMES
                        && prev.opcode != org.krait.compiler.ir.Opcode.LOAD_GLOBAL;
                if (i == 0 || cut) {
                    entryIds.put(in, entryIds.size());
                    sinceEntry = 0;
                }
                sinceEntry++;
            }
        }
    }

    /** Consecutive instructions, up to about INSTRS_PER_PART each, each part starting at an entry. */
    private List<List<Instr>> partition() {
        List<List<Instr>> parts = new ArrayList<>();
        List<Instr> current = new ArrayList<>();
        for (Instr in : instrs) {
            if (current.size() >= INSTRS_PER_PART && entryIds.containsKey(in)) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(in);
        }
        parts.add(current);
        return parts;
    }

    private String partName(int p) {
        return methodName + "$part" + p;
    }

    private static final String PART_DESC = "(" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJS + "I)" + Rt.D_OBJ;
    /** A split generator body's parts take its GeneratorFrame where other parts take the function. */
    private static final String GENERATOR_PART_DESC = "(" + Rt.D_TS + GeneratorEmitter.D_FRAME + Rt.D_OBJS + "I)"
            + Rt.D_OBJ;

    private String partDesc() {
        return generator ? GENERATOR_PART_DESC : PART_DESC;
    }

    /** The method with the function's own signature: makes the frame and runs parts until a return. */
    private void emitDriver() {
        boolean resumable = generator;
        mv = cv.visitMethod(ACC_STATIC | ACC_PUBLIC, resumable ? GeneratorEmitter.bodyName(methodName) : methodName,
                resumable ? GeneratorEmitter.BODY_DESC : descriptor(), null, null);
        mv.visitCode();
        int frame = resumable ? 4 : namespace ? 3 : arrayParams ? 3 : 2 + nparams;
        int entry = frame + 1;
        if (resumable) {
            // the frame is the generator's registers; the sent value waits in its last slot
            mv.visitVarInsn(ALOAD, 2);
            mv.visitFieldInsn(GETFIELD, GeneratorEmitter.FRAME, "registers", Rt.D_OBJS);
            mv.visitVarInsn(ASTORE, frame);
            mv.visitVarInsn(ALOAD, frame);
            Strings.pushInt(mv, sentIndex());
            mv.visitVarInsn(ALOAD, 3);
            mv.visitInsn(AASTORE);
        } else {
            Strings.pushInt(mv, frameSize);
            mv.visitTypeInsn(ANEWARRAY, Rt.OBJ);
            mv.visitVarInsn(ASTORE, frame);
        }
        if (resumable) {
            // nothing to copy: the creator filled the registers
        } else if (namespace) {
            mv.visitVarInsn(ALOAD, frame);
            Strings.pushInt(mv, frameMappingIndex);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitInsn(AASTORE);
        } else if (arrayParams) {
            mv.visitVarInsn(ALOAD, 2);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ALOAD, frame);
            mv.visitInsn(ICONST_0);
            Strings.pushInt(mv, nparams);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "arraycopy",
                    "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
        } else {
            for (int i = 0; i < nparams; i++) {
                mv.visitVarInsn(ALOAD, frame);
                Strings.pushInt(mv, i);
                mv.visitVarInsn(ALOAD, 2 + i);
                mv.visitInsn(AASTORE);
            }
        }
        if (resumable) {
            mv.visitVarInsn(ALOAD, 2);
            mv.visitFieldInsn(GETFIELD, GeneratorEmitter.FRAME, "resumePoint", "I");
            Strings.pushInt(mv, resumeEntryBase);
            mv.visitInsn(IADD);
        } else {
            Strings.pushInt(mv, entryIds.get(instrs.get(0)));
        }
        mv.visitVarInsn(ISTORE, entry);
        Label loop = new Label();
        mv.visitLabel(loop);
        Label[] cases = new Label[entryIds.size() + resumeEntries.size()];
        Map<Integer, Label> partLabels = new LinkedHashMap<>();
        for (Map.Entry<Instr, Integer> e : entryIds.entrySet()) {
            cases[e.getValue()] = partLabels.computeIfAbsent(partOfInstr.get(e.getKey()), k -> new Label());
        }
        for (Map.Entry<Instr, Integer> e : resumeEntries.entrySet()) {
            cases[e.getValue()] = partLabels.computeIfAbsent(partOfInstr.get(e.getKey()), k -> new Label());
        }
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, entry);
        mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
        Label gotResult = new Label();
        for (Map.Entry<Integer, Label> e : partLabels.entrySet()) {
            mv.visitLabel(e.getValue());
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, resumable ? 2 : 1); // a generator body's GeneratorFrame, else the function
            mv.visitVarInsn(ALOAD, frame);
            mv.visitVarInsn(ILOAD, entry);
            mv.visitMethodInsn(INVOKESTATIC, owner, partName(e.getKey()), partDesc(), false);
            mv.visitJumpInsn(GOTO, gotResult);
        }
        mv.visitLabel(dflt);
        throwIllegalState();
        mv.visitLabel(gotResult);
        mv.visitInsn(DUP);
        Label next = new Label();
        mv.visitJumpInsn(IFNULL, next);
        mv.visitInsn(ARETURN);
        mv.visitLabel(next);
        mv.visitInsn(POP);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, Rt.TS, "nextBlock", "I");
        mv.visitVarInsn(ISTORE, entry);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void throwIllegalState() {
        Strings.throwNew(mv, "java/lang/IllegalStateException");
    }

    private void emitPart(int p, List<Instr> part, Instr after) {
        currentPart = p;
        mv = cv.visitMethod(ACC_STATIC | ACC_PRIVATE, partName(p), partDesc(), null, null);
        excTmp = 4;
        posLocal = 6; // after the scratch local 5 of store()
        endLabel = new Label();
        Map<StubKey, Label> stubs = declareHandlers(part);
        mv.visitCode();
        initPosition();
        List<Integer> keys = new ArrayList<>();
        List<Label> targets = new ArrayList<>();
        for (Instr in : part) {
            Integer id = entryIds.get(in);
            if (id != null) {
                keys.add(id);
                targets.add(labels.get(in));
            }
            Integer resume = resumeEntries.get(in);
            if (resume != null) {
                keys.add(resume);
                targets.add(body.resumeLabel(in));
            }
        }
        // the JVM wants lookupswitch keys ascending; resume entries come after the ordinary ones
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(keys::get));
        int[] sortedKeys = new int[order.length];
        Label[] sortedTargets = new Label[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedKeys[i] = keys.get(order[i]);
            sortedTargets[i] = targets.get(order[i]);
        }
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, 3);
        mv.visitLookupSwitchInsn(dflt, sortedKeys, sortedTargets);
        mv.visitLabel(dflt);
        throwIllegalState();
        emitInstructions(part);
        mv.visitLabel(endLabel);
        // falling off the last instruction continues in the next part
        if (after != null) {
            leaveTo(after);
        } else {
            throwIllegalState();
        }
        emitStubs(stubs);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Ends the current part, continuing at entry instruction {@code target} (in whatever part holds it). */
    private void leaveTo(Instr target) {
        mv.visitVarInsn(ALOAD, 0);
        Strings.pushInt(mv, entryIds.get(target));
        mv.visitFieldInsn(PUTFIELD, Rt.TS, "nextBlock", "I");
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ARETURN);
    }

    /** The first instruction executed on entering block {@code b} (jumps to empty blocks continue on). */
    private Instr resolve(BasicBlock b) {
        for (BasicBlock x = b; x != null; x = x.next) {
            if (!x.instrs.isEmpty()) {
                return x.instrs.get(0);
            }
        }
        throw new IllegalStateException("no instruction after " + b.name());
    }

    // ---- shared ----

    /** Instructions where control may arrive from elsewhere than the previous one (block starts). */
    private final java.util.Set<Instr> blockStarts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private void assignLabels() {
        labels.clear();
        blockLabels.clear();
        blockStarts.clear();
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
                    blockStarts.add(in);
                }
            }
            for (BasicBlock p : pending) {
                blockLabels.put(p, first);
            }
            pending.clear();
        }
    }

    private void emitInstructions(List<Instr> list) {
        InstrEmitter ops = new InstrEmitter(this);
        int line = -1;
        int recorded = -1;
        for (int i = 0; i < list.size(); i++) {
            Instr in = list.get(i);
            ops.next = i + 1 < list.size() ? list.get(i + 1) : null;
            if (blockStarts.contains(in) || entryIds.containsKey(in)) {
                materializeAll(); // the fall-through path; jumps here materialised before jumping
            }
            Label l = labels.get(in);
            mv.visitLabel(l);
            int lineno = in.location == null ? -1 : in.location.lineno();
            if (lineno > 0 && lineno != line) {
                mv.visitLineNumber(lineno, l);
                line = lineno;
            }
            if (blockStarts.contains(in) || entryIds.containsKey(in)) {
                recorded = -1; // control may come from elsewhere, with another position recorded
            }
            if (in.target != null || in.opcode == org.krait.compiler.ir.Opcode.YIELD_VALUE
                    || in.opcode == org.krait.compiler.ir.Opcode.RETURN_GENERATOR) {
                materializeAll();
            } else if (in.handler != null) {
                materializeBelow(in.handlerDepth());
            }
            if (mayRaise(in)) {
                int p = position(in.location == null ? Location.NONE : in.location);
                if (p != recorded) {
                    recordPosition(in);
                    recorded = p;
                }
            }
            Instr jump = ops.next;
            if (fusesWithJump(in, jump)) {
                ops.compareJump(in, jump);
                mv.visitLabel(labels.get(jump)); // nothing jumps here (not a block start)
                clearPopped(in);
                in = jump;
                i++;
            } else {
                ops.emit(in);
            }
            if (in.opcode == org.krait.compiler.ir.Opcode.YIELD_VALUE) {
                recorded = -1; // resumption re-enters right after it
            }
            clearPopped(in);
        }
        materializeAll(); // falling off the end continues elsewhere (split parts)
    }

    /** The slots {@code in} popped are dead: forget what they were deferred to. */
    private void clearPopped(Instr in) {
        int after = Math.max(0, in.depth + in.opcode.stackEffect(in.oparg, false));
        for (int k = after; k < deferred.length; k++) {
            deferred[k] = null;
        }
    }

    /**
     * Whether COMPARE_OP {@code in} and the POP_JUMP_IF_FALSE/TRUE {@code jump} after it are
     * emitted as one compare-and-branch (InstrEmitter.compareJump): nothing else jumps to the
     * POP_JUMP_IF, which raises (a result's {@code __bool__}) into the same handler. Not in a
     * split code unit, whose jumps may leave the part.
     */
    private boolean fusesWithJump(Instr in, Instr jump) {
        return !framed && in.opcode == org.krait.compiler.ir.Opcode.COMPARE_OP && jump != null
                && (jump.opcode == org.krait.compiler.ir.Opcode.POP_JUMP_IF_FALSE
                        || jump.opcode == org.krait.compiler.ir.Opcode.POP_JUMP_IF_TRUE)
                && !blockStarts.contains(jump) && !entryIds.containsKey(jump) && jump.handler == in.handler;
    }

    /** Records {@code in}'s source position in the position local. */
    void recordPosition(Instr in) {
        Strings.pushInt(mv, position(in.location == null ? Location.NONE : in.location));
        mv.visitVarInsn(ISTORE, posLocal);
    }

    /** Sets the position local before any handler can read it (the verifier wants it assigned). */
    void initPosition() {
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, posLocal);
    }

    /** Whether {@code in} can raise, so that a traceback needs its position (CPython's 3.12 opcodes). */
    static boolean mayRaise(Instr in) {
        switch (in.opcode) {
            case LOAD_CONST:
            case LOAD_FAST:
            case STORE_FAST:
            case LOAD_FAST_AND_CLEAR:
            case PUSH_NULL:
            case COPY:
            case SWAP:
            case JUMP:
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
            case JUMP_NO_INTERRUPT:
            case JUMP_BACKWARD_NO_INTERRUPT:
            case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE:
            case RETURN_VALUE:
            case RETURN_CONST:
                return false;
            default:
                return !emitsNothing(in);
        }
    }

    /** Key of an exception-table run: the Python handler (null: leave the frame); the position is in posLocal. */
    static final class StubKey {
        final BasicBlock handler;
        final int depth;
        final boolean lasti;

        StubKey(BasicBlock handler, int depth, boolean lasti) {
            this.handler = handler;
            this.depth = depth;
            this.lasti = lasti;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StubKey && ((StubKey) o).handler == handler;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(handler);
        }
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

    private Map<StubKey, Label> declareHandlers(List<Instr> list) {
        Map<StubKey, Label> stubs = new LinkedHashMap<>();
        StubKey runKey = null;
        Label runStart = null;
        for (Instr in : list) {
            if (emitsNothing(in) || in.opcode == org.krait.compiler.ir.Opcode.LOAD_FAST
                    || in.opcode == org.krait.compiler.ir.Opcode.LOAD_CONST) {
                // an empty try range is illegal in a class file, and deferred pushes emit no code;
                // none of them can raise, so whichever range covers them is right
                continue;
            }
            StubKey key = new StubKey(in.handler, in.handlerDepth(), in.handlerLasti());
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

    /**
     * The handler stubs: each adds this frame's traceback entry (unless the exception is being
     * re-raised), then either rethrows or puts [lasti,] exc at the handler's depth and jumps to it.
     */
    private void emitStubs(Map<StubKey, Label> stubs) {
        for (Map.Entry<StubKey, Label> e : stubs.entrySet()) {
            StubKey key = e.getKey();
            mv.visitLabel(e.getValue());
            mv.visitVarInsn(ASTORE, excTmp);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, excTmp);
            mv.visitFieldInsn(GETSTATIC, owner, ConstantTable.codeField(codeIndex), Rt.D_CODE);
            mv.visitVarInsn(ILOAD, posLocal);
            mv.visitMethodInsn(INVOKESTATIC, Rt.EXCEPTIONS, "unwind",
                    "(" + Rt.D_TS + "L" + Rt.EXC + ";" + Rt.D_CODE + "I)" + Rt.D_OBJ, false);
            releaseIteratorsAbove(key.handler == null ? 0 : key.depth);
            if (key.handler == null) {
                mv.visitInsn(POP);
                mv.visitVarInsn(ALOAD, excTmp);
                mv.visitInsn(ATHROW);
                continue;
            }
            int depth = key.depth;
            if (key.lasti) {
                mv.visitVarInsn(ILOAD, posLocal);
                mv.visitInsn(I2L);
                mv.visitMethodInsn(INVOKESTATIC, Rt.CONSTANTS, "integer", "(J)" + Rt.D_OBJ, false);
                storeSlot(depth);
                depth++;
            }
            storeSlot(depth);
            jumpTo(key.handler);
        }
    }

    // ---- register access and control flow, for the instruction emitters ----

    private void frameIndex(int index) {
        mv.visitVarInsn(ALOAD, 2);
        Strings.pushInt(mv, index);
    }

    /*
     * Deferred pushes. LOAD_FAST and LOAD_CONST do not copy their value into the stack slot's
     * register: the slot remembers where the value is, and whoever pops it loads from there. A
     * deferred slot is written to its register ("materialised") wherever its register must hold
     * the value: before control can arrive from or leave for another place (block starts, jumps,
     * the end of a split part, yields), before a local it reads is overwritten, and, for slots a
     * Python handler keeps, before an instruction that can raise into that handler. This halves
     * the JVM code of straight-line expressions, which the interpreter and C1 run during warm-up.
     */

    /** What a deferred stack slot holds: a local's current value, a constant, or the NULL of a call. */
    private static final class Deferred {
        /** {@link #local} of a deferred NULL (PUSH_NULL, LOAD_GLOBAL's NULL). */
        static final int NULL = -2;

        final int local;
        final Object constant;

        Deferred(int local, Object constant) {
            this.local = local;
            this.constant = constant;
        }
    }

    private final Deferred[] deferred;

    /** LOAD_FAST into stack slot {@code depthIndex}, deferred. */
    void deferLocal(int depthIndex, int local) {
        deferred[depthIndex] = new Deferred(local, null);
    }

    /** LOAD_CONST into stack slot {@code depthIndex}, deferred. */
    void deferConstant(int depthIndex, Object constant) {
        deferred[depthIndex] = new Deferred(-1, constant);
    }

    /** PUSH_NULL into stack slot {@code depthIndex}, deferred: a CALL above it then knows there is no self. */
    void deferNull(int depthIndex) {
        deferred[depthIndex] = new Deferred(Deferred.NULL, null);
    }

    /** Whether stack slot {@code depthIndex} is known, here, to hold the NULL a CALL takes for "no self". */
    boolean isDeferredNull(int depthIndex) {
        return deferred[depthIndex] != null && deferred[depthIndex].local == Deferred.NULL;
    }

    private void pushDeferred(Deferred x) {
        if (x.local == Deferred.NULL) {
            mv.visitInsn(ACONST_NULL);
        } else if (x.local >= 0) {
            loadLocal(x.local);
        } else {
            consts.load(mv, x.constant);
        }
    }

    /** Writes deferred slot {@code i} to its register. */
    private void materialize(int i) {
        Deferred x = deferred[i];
        deferred[i] = null;
        pushDeferred(x);
        storeSlot(i);
    }

    /** Writes the deferred slots below {@code depth} to their registers. */
    void materializeBelow(int depth) {
        for (int i = 0; i < Math.min(depth, deferred.length); i++) {
            if (deferred[i] != null) {
                materialize(i);
            }
        }
    }

    void materializeAll() {
        materializeBelow(deferred.length);
    }

    /** Before local {@code i} changes: the slots that read it get its old value. */
    private void materializeReadersOf(int i) {
        for (int k = 0; k < deferred.length; k++) {
            if (deferred[k] != null && deferred[k].local == i) {
                materialize(k);
            }
        }
    }

    /** Pushes Python stack slot {@code depthIndex}. */
    void loadSlot(int depthIndex) {
        Deferred x = deferred[depthIndex];
        if (x != null) {
            pushDeferred(x);
            return;
        }
        if (framed) {
            frameIndex(frameStackBase + depthIndex);
            mv.visitInsn(AALOAD);
        } else {
            mv.visitVarInsn(ALOAD, stackBase + depthIndex);
        }
    }

    /** Pops the JVM stack top into Python stack slot {@code depthIndex}. */
    void storeSlot(int depthIndex) {
        deferred[depthIndex] = null;
        if (framed) {
            store(frameStackBase + depthIndex);
        } else {
            mv.visitVarInsn(ASTORE, stackBase + depthIndex);
        }
    }

    /** Split mode: a part's local 5 is the scratch for putting the JVM stack top into the frame. */
    private void store(int frameIndex) {
        mv.visitVarInsn(ASTORE, 5);
        frameIndex(frameIndex);
        mv.visitVarInsn(ALOAD, 5);
        mv.visitInsn(AASTORE);
    }

    /** Pushes localsplus slot {@code i} (a value, a cell, or null when unbound). */
    void loadLocal(int i) {
        if (framed) {
            frameIndex(i);
            mv.visitInsn(AALOAD);
        } else {
            mv.visitVarInsn(ALOAD, localSlot[i]);
        }
    }

    void storeLocal(int i) {
        materializeReadersOf(i);
        if (framed) {
            store(i);
        } else {
            mv.visitVarInsn(ASTORE, localSlot[i]);
        }
    }

    /** Pushes the locals mapping of namespace code. */
    void loadLocalsMapping() {
        if (framed) {
            frameIndex(frameMappingIndex);
            mv.visitInsn(AALOAD);
        } else {
            mv.visitVarInsn(ALOAD, localsMappingLocal);
        }
    }

    /** Pushes the locals() snapshot dict of this call, or null before the first locals(). */
    void loadSnapshot() {
        if (framed) {
            frameIndex(frameMappingIndex + 1);
            mv.visitInsn(AALOAD);
        } else {
            mv.visitVarInsn(ALOAD, snapshotLocal);
        }
    }

    void storeSnapshot() {
        if (framed) {
            store(frameMappingIndex + 1);
        } else {
            mv.visitVarInsn(ASTORE, snapshotLocal);
        }
    }

    void jumpTo(BasicBlock target) {
        if (framed && partOfInstr.get(resolve(target)) != currentPart) {
            leaveTo(resolve(target));
        } else {
            mv.visitJumpInsn(GOTO, blockLabels.get(target));
        }
    }

    /** A conditional jump ({@code opcode} consumes the JVM stack operands as IFEQ etc. do). */
    void jumpIf(int opcode, BasicBlock target) {
        if (framed && partOfInstr.get(resolve(target)) != currentPart) {
            Label skip = new Label();
            mv.visitJumpInsn(invert(opcode), skip);
            leaveTo(resolve(target));
            mv.visitLabel(skip);
        } else {
            mv.visitJumpInsn(opcode, blockLabels.get(target));
        }
    }

    private static int invert(int opcode) {
        switch (opcode) {
            case IFEQ:
                return IFNE;
            case IFNE:
                return IFEQ;
            case IF_ACMPEQ:
                return IF_ACMPNE;
            case IF_ACMPNE:
                return IF_ACMPEQ;
            default:
                throw new IllegalArgumentException("jump opcode " + opcode);
        }
    }

    /** Stack slots that hold a {@code for} loop's iterator somewhere in this code (FOR_ITER's operand). */
    private java.util.BitSet iteratorSlots;

    private java.util.BitSet iteratorSlots() {
        if (iteratorSlots == null) {
            iteratorSlots = new java.util.BitSet();
            for (Instr in : instrs) {
                if (in.opcode == org.krait.compiler.ir.Opcode.FOR_ITER && in.depth > 0) {
                    iteratorSlots.set(in.depth - 1);
                }
            }
        }
        return iteratorSlots;
    }

    /** Normal layout: iterator slots start out null, so handler stubs may read them anywhere. */
    void clearIteratorSlots() {
        for (int k = iteratorSlots().nextSetBit(0); k >= 0; k = iteratorSlots().nextSetBit(k + 1)) {
            mv.visitInsn(ACONST_NULL);
            storeSlot(k);
        }
    }

    /** Closes the generator in stack slot {@code slot} if a for loop owns it (ADR 0007). */
    void releaseIterator(int slot) {
        loadTs();
        loadSlot(slot);
        mv.visitMethodInsn(INVOKESTATIC, GeneratorEmitter.GENERATORS, "release", "(" + Rt.D_TS + Rt.D_OBJ + ")V", false);
    }

    /** An exception discards the stack above {@code depth}: the for-loop iterators there are released. */
    private void releaseIteratorsAbove(int depth) {
        for (int k = iteratorSlots().nextSetBit(Math.max(depth, 0)); k >= 0; k = iteratorSlots().nextSetBit(k + 1)) {
            releaseIterator(k);
        }
    }

    /** LOAD_GLOBAL sites of this code unit, numbered in order: each has a cache slot in the function. */
    private int globalSites;

    int nextGlobalSite() {
        return globalSites++;
    }

    /** LOAD_ATTR/STORE_ATTR sites of this code unit, numbered in order: each has a cache slot in the function. */
    private int attrSites;

    int nextAttrSite() {
        return attrSites++;
    }

    void loadTs() {
        mv.visitVarInsn(ALOAD, 0);
    }

    void loadFunction() {
        mv.visitVarInsn(ALOAD, 1);
        if (framed && generator) {
            mv.visitFieldInsn(GETFIELD, GeneratorEmitter.FRAME, "function", Rt.D_FUNCTION);
        }
    }

    /** In a split generator body's part: pushes its GeneratorFrame (the parameter in the function's place). */
    void loadPartGeneratorFrame() {
        mv.visitVarInsn(ALOAD, 1);
    }
}
