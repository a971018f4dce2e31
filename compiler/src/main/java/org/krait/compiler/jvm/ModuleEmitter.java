package org.krait.compiler.jvm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Location;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits one JVM class for one Python module (DESIGN §2): every code object of the module becomes a
 * static method named by its qualified name, plus a dispatcher ({@code call}) and a class
 * initialiser that creates the module's constants and code objects. The class holds nothing but
 * constants, so every interpreter can share it.
 */
public final class ModuleEmitter implements Opcodes {
    /** Constants initialised per helper method, so the class initialiser stays small. */
    private static final int CONSTANTS_PER_METHOD = 300;

    private final String className;
    private final ClassWriter cw = new PyClassWriter();
    private final ConstantTable consts;
    private final List<String> methodNames = new ArrayList<>();
    private final List<List<Location>> positions = new ArrayList<>();

    private ModuleEmitter(String className) {
        this.className = className;
        this.consts = new ConstantTable(className);
    }

    /**
     * Compiles {@code module} (the code unit of a module body) to class {@code className}
     * (internal form, e.g. {@code krait/m/hello}).
     */
    public static byte[] emit(CodeUnit module, String className, String sourceFile) {
        return new ModuleEmitter(className).run(module, sourceFile);
    }

    private byte[] run(CodeUnit module, String sourceFile) {
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, Rt.COMPILED_MODULE, null);
        cw.visitSource(sourceFile, null);
        consts.addCodes(module);
        List<CodeUnit> codes = consts.codes();
        Set<String> used = new HashSet<>();
        for (CodeUnit c : codes) {
            methodNames.add(uniqueName(methodName(c.qualname != null ? c.qualname : c.name), used));
        }
        for (int i = 0; i < codes.size(); i++) {
            FunctionEmitter fe = new FunctionEmitter(cw, className, consts, codes.get(i), methodNames.get(i));
            fe.emit();
            positions.add(fe.positions);
        }
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "INSTANCE", "L" + className + ";", null, null).visitEnd();
        for (int i = 0; i < codes.size(); i++) {
            // not final: they are set by helper methods of <clinit>, which the JVM forbids for finals
            cw.visitField(ACC_STATIC, ConstantTable.codeField(i), Rt.D_CODE, null, null).visitEnd();
        }
        cw.visitField(ACC_STATIC | ACC_FINAL, "K", Rt.D_OBJS, null, null).visitEnd();
        constructor();
        classInit(codes);
        dispatcher(codes);
        for (int arity = 0; arity <= Rt.MAX_FIXED_ARITY; arity++) {
            fixedArityDispatcher(codes, arity);
        }
        resumeDispatcher(codes);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "moduleCode", "()" + Rt.D_CODE, null, null);
        mv.visitCode();
        mv.visitFieldInsn(GETSTATIC, className, ConstantTable.codeField(0), Rt.D_CODE);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * A JVM method name that reads as the Python qualified name: the characters the JVM forbids in
     * names ({@code . ; [ / < >}) become look-alikes, so profilers show {@code A․f․‹locals›․g}.
     */
    static String methodName(String qualname) {
        StringBuilder sb = new StringBuilder();
        for (char c : qualname.toCharArray()) {
            switch (c) {
                case '.':
                    sb.append('\u2024');
                    break;
                case '<':
                    sb.append('\u2039');
                    break;
                case '>':
                    sb.append('\u203A');
                    break;
                case ';':
                case '[':
                case '/':
                    sb.append('_');
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "$" + k;
        }
        return name;
    }

    private void constructor() {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, Rt.COMPILED_MODULE, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void classInit(List<CodeUnit> codes) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, className);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, className, "<init>", "()V", false);
        mv.visitFieldInsn(PUTSTATIC, className, "INSTANCE", "L" + className + ";");
        for (int i = 0; i < codes.size(); i += CONSTANTS_PER_METHOD) {
            String helper = "$codes" + (i / CONSTANTS_PER_METHOD);
            emitCodeInit(helper, codes, i, Math.min(codes.size(), i + CONSTANTS_PER_METHOD));
            mv.visitMethodInsn(INVOKESTATIC, className, helper, "()V", false);
        }
        Strings.pushInt(mv, consts.size());
        mv.visitTypeInsn(ANEWARRAY, Rt.OBJ);
        mv.visitFieldInsn(PUTSTATIC, className, "K", Rt.D_OBJS);
        // helpers of bounded size: at most CONSTANTS_PER_METHOD constants and about
        // ConstantTable.ITEMS_PER_METHOD values (nested tuples count by their items)
        int helpers = 0;
        for (int i = 0; i < consts.size();) {
            int end = i;
            int weight = 0;
            while (end < consts.size() && end - i < CONSTANTS_PER_METHOD
                    && (end == i || weight + consts.weight(end) <= ConstantTable.ITEMS_PER_METHOD)) {
                weight += consts.weight(end);
                end++;
            }
            String helper = "$constants" + helpers++;
            MethodVisitor h = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, helper, "()V", null, null);
            h.visitCode();
            consts.emitInit(h, i, end);
            h.visitInsn(RETURN);
            h.visitMaxs(0, 0);
            h.visitEnd();
            mv.visitMethodInsn(INVOKESTATIC, className, helper, "()V", false);
            i = end;
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void emitCodeInit(String helper, List<CodeUnit> codes, int from, int to) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, helper, "()V", null, null);
        mv.visitCode();
        for (int i = from; i < to; i++) {
            CodeUnit c = codes.get(i);
            mv.visitFieldInsn(GETSTATIC, className, "INSTANCE", "L" + className + ";");
            Strings.pushInt(mv, i);
            mv.visitLdcInsn(c.name);
            mv.visitLdcInsn(c.qualname != null ? c.qualname : c.name);
            mv.visitLdcInsn(c.filename);
            Strings.pushInt(mv, c.firstlineno);
            Strings.pushInt(mv, c.argcount);
            Strings.pushInt(mv, c.posonlyargcount);
            Strings.pushInt(mv, c.kwonlyargcount);
            Strings.pushInt(mv, c.flags);
            Strings.push(mv, String.join("\0", c.varnames()));
            Strings.push(mv, String.join("\0", c.cellvars()));
            Strings.push(mv, String.join("\0", c.freevars()));
            Strings.push(mv, packPositions(positions.get(i)));
            String doc = c.hasFlag(CodeFlags.CO_OPTIMIZED) ? c.docstring() : null;
            if (doc == null) {
                mv.visitInsn(ACONST_NULL);
            } else {
                Strings.push(mv, doc);
            }
            mv.visitMethodInsn(INVOKESTATIC, Rt.CONSTANTS, "code", "(L" + Rt.COMPILED_MODULE + ";I"
                    + Rt.D_STRING + Rt.D_STRING + Rt.D_STRING + "IIIII" + Rt.D_STRING + Rt.D_STRING + Rt.D_STRING
                    + Rt.D_STRING + Rt.D_STRING + ")" + Rt.D_CODE, false);
            mv.visitFieldInsn(PUTSTATIC, className, ConstantTable.codeField(i), Rt.D_CODE);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Four ints per position, each int as two chars (high half first); -1 for unknown parts. */
    static String packPositions(List<Location> locs) {
        StringBuilder sb = new StringBuilder(locs.size() * 8);
        for (Location l : locs) {
            for (int v : new int[] {l.lineno(), l.endLineno(), l.colOffset(), l.endColOffset()}) {
                sb.append((char) (v >>> 16)).append((char) (v & 0xFFFF));
            }
        }
        return sb.toString();
    }

    /** {@code resume}: re-enters the body of generator code {@code index} (ADR 0007); absent without generators. */
    private void resumeDispatcher(List<CodeUnit> codes) {
        List<Integer> generators = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).hasFlag(CodeFlags.CO_GENERATOR) || codes.get(i).hasFlag(CodeFlags.CO_COROUTINE)
                    || codes.get(i).hasFlag(CodeFlags.CO_ASYNC_GENERATOR)) {
                generators.add(i);
            }
        }
        if (generators.isEmpty()) {
            return;
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "resume", "(I" + Rt.D_TS + Rt.D_FUNCTION
                + GeneratorEmitter.D_FRAME + Rt.D_OBJ + ")" + Rt.D_OBJ, null, null);
        mv.visitCode();
        Label dflt = new Label();
        int[] keys = new int[generators.size()];
        Label[] cases = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = generators.get(k);
            cases[k] = new Label();
        }
        mv.visitVarInsn(ILOAD, 1);
        mv.visitLookupSwitchInsn(dflt, keys, cases);
        for (int k = 0; k < keys.length; k++) {
            mv.visitLabel(cases[k]);
            for (int local = 2; local <= 5; local++) {
                mv.visitVarInsn(ALOAD, local);
            }
            mv.visitMethodInsn(INVOKESTATIC, className, GeneratorEmitter.bodyName(methodNames.get(keys[k])),
                    GeneratorEmitter.BODY_DESC, false);
            mv.visitInsn(ARETURN);
        }
        // not padded like the call dispatchers: measured, a generator's resume path is faster with
        // the body inlined into it (its callers reach it through Generators.send, not inlined anyway)
        mv.visitLabel(dflt);
        Strings.throwNew(mv, "java/lang/IllegalArgumentException");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void dispatcher(List<CodeUnit> codes) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", "(I" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJS + ")"
                + Rt.D_OBJ, null, null);
        mv.visitCode();
        Label dflt = new Label();
        Label[] cases = new Label[codes.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = new Label();
        }
        mv.visitVarInsn(ILOAD, 1);
        mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
        for (int i = 0; i < cases.length; i++) {
            CodeUnit c = codes.get(i);
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitVarInsn(ALOAD, 3);
            boolean namespace = !c.hasFlag(CodeFlags.CO_OPTIMIZED);
            int n = namespace ? 1 : FunctionEmitter.parameterCount(c);
            String desc;
            if (!namespace && n > Rt.MAX_DIRECT_PARAMS) {
                mv.visitVarInsn(ALOAD, 4);
                desc = "(" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJS + ")" + Rt.D_OBJ;
            } else {
                for (int k = 0; k < n; k++) {
                    mv.visitVarInsn(ALOAD, 4);
                    Strings.pushInt(mv, k);
                    mv.visitInsn(AALOAD);
                }
                desc = Rt.functionDescriptor(n);
            }
            mv.visitMethodInsn(INVOKESTATIC, className, methodNames.get(i), desc, false);
            mv.visitInsn(ARETURN);
        }
        endDispatcher(mv, dflt);
    }

    /** A lookupswitch on the code index (the first parameter) over {@code keys}; returns the case labels. */
    private static Label[] switchOnIndex(MethodVisitor mv, int[] keys, Label dflt) {
        Label[] cases = new Label[keys.length];
        for (int k = 0; k < cases.length; k++) {
            cases[k] = new Label();
        }
        mv.visitVarInsn(ILOAD, 1);
        mv.visitLookupSwitchInsn(dflt, keys, cases);
        return cases;
    }

    /** Whether code {@code c} takes exactly its positional parameters, at most MAX_FIXED_ARITY (PyCode.simpleArity). */
    private static boolean simpleArity(CodeUnit c) {
        return c.hasFlag(CodeFlags.CO_OPTIMIZED) && !c.hasFlag(CodeFlags.CO_VARARGS)
                && !c.hasFlag(CodeFlags.CO_VARKEYWORDS) && c.kwonlyargcount == 0 && c.argcount <= Rt.MAX_FIXED_ARITY;
    }

    /**
     * {@code callN}: the dispatcher for functions taking exactly {@code arity} positional parameters
     * and nothing else (PyCode.simpleArity), their arguments passed as Java parameters. Not emitted
     * when the module has none: CompiledModule's default then packs an array for {@code call}.
     */
    private void fixedArityDispatcher(List<CodeUnit> codes, int arity) {
        List<Integer> keys = new java.util.ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            CodeUnit c = codes.get(i);
            if (simpleArity(c) && c.argcount == arity) {
                keys.add(i);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String desc = "(I" + Rt.D_TS + Rt.D_FUNCTION + Rt.D_OBJ.repeat(arity) + ")" + Rt.D_OBJ;
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call" + arity, desc, null, null);
        mv.visitCode();
        Label dflt = new Label();
        int[] keyArray = keys.stream().mapToInt(Integer::intValue).toArray();
        Label[] cases = switchOnIndex(mv, keyArray, dflt);
        for (int k = 0; k < cases.length; k++) {
            mv.visitLabel(cases[k]);
            for (int local = 2; local < 4 + arity; local++) {
                mv.visitVarInsn(ALOAD, local);
            }
            mv.visitMethodInsn(INVOKESTATIC, className, methodNames.get(keyArray[k]), Rt.functionDescriptor(arity),
                    false);
            mv.visitInsn(ARETURN);
        }
        endDispatcher(mv, dflt);
    }

    /** Bytecode length past which HotSpot's C2 never inlines a method (its FreqInlineSize, 325). */
    private static final int NEVER_INLINED = 400;

    /**
     * Ends a dispatcher: its default case throws, then unreachable padding makes the method longer
     * than C2 ever inlines. A call dispatcher inlined into PyFunction's call path
     * pulls the hot Python bodies of the whole module in with it; that path's compiled code then
     * grows past the size HotSpot refuses to inline anywhere (InlineSmallCode), and every Python
     * call pays for calls that could have been inlined. Kept out, the path stays small and is
     * inlined into each call site, and the dispatcher (with the bodies it inlines) is one call.
     */
    private static void endDispatcher(MethodVisitor mv, Label dflt) {
        mv.visitLabel(dflt);
        Strings.throwNew(mv, "java/lang/IllegalArgumentException");
        for (int i = 0; i < NEVER_INLINED; i++) {
            mv.visitInsn(NOP);
        }
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
