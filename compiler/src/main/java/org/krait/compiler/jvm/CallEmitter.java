package org.krait.compiler.jvm;

import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Opargs;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** CALL (with KW_NAMES), CALL_FUNCTION_EX, MAKE_FUNCTION and CALL_INTRINSIC_1. */
final class CallEmitter implements Opcodes {
    private static final String OBJ = Rt.D_OBJ;
    private static final String TS = Rt.D_TS;

    private static final org.objectweb.asm.Handle KWNAMES_BOOTSTRAP = new org.objectweb.asm.Handle(H_INVOKESTATIC,
            "org/krait/runtime/ceval/Constants", "kwnames", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/Class;[Ljava/lang/String;)" + Rt.D_STRINGS, false);

    private final FunctionEmitter f;
    private final MethodVisitor mv;
    private ConstTuple pendingKwnames;

    CallEmitter(FunctionEmitter f) {
        this.f = f;
        this.mv = f.mv;
    }

    void kwNames(ConstTuple names) {
        pendingKwnames = names;
    }

    /**
     * {@code super()} with no arguments in a method (CALL 0 right after LOAD_GLOBAL NULL + super, in
     * code with a {@code __class__} cell): passes the cell and the first argument, which CPython's
     * super() finds in the frame.
     */
    void callSuperZeroArg(int d, int classSlot, int firstSlot) {
        int base = d - 2;
        f.loadTs();
        f.loadSlot(base + 1);
        f.loadLocal(classSlot);
        f.loadLocal(firstSlot);
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "callSuperZeroArg", "(" + TS + OBJ + OBJ + OBJ + ")" + OBJ, false);
        f.storeSlot(base);
    }

    /** CALL 0 of locals/vars/dir in a function: passes the locals' names and current values. */
    void callWithLocals(int d, java.util.List<String> names) {
        int base = d - 2;
        f.loadTs();
        f.loadSlot(base + 1);
        Strings.pushInt(mv, names.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < names.size(); i++) {
            mv.visitInsn(DUP);
            Strings.pushInt(mv, i);
            mv.visitLdcInsn(names.get(i));
            mv.visitInsn(AASTORE);
        }
        Strings.pushInt(mv, names.size());
        mv.visitTypeInsn(ANEWARRAY, Rt.OBJ);
        for (int i = 0; i < names.size(); i++) {
            mv.visitInsn(DUP);
            Strings.pushInt(mv, i);
            f.loadLocal(i);
            mv.visitInsn(AASTORE);
        }
        f.loadSnapshot();
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "callWithLocals",
                "(" + TS + OBJ + Rt.D_STRINGS + Rt.D_OBJS + OBJ + ")" + OBJ, false);
        f.storeSlot(base);
        // the snapshot dict comes back in ts.loaded: locals() returns the same dict on every call
        f.loadTs();
        mv.visitFieldInsn(GETFIELD, Rt.TS, "loaded", OBJ);
        f.storeSnapshot();
    }

    /**
     * CALL argc: [method or NULL, self or callable, args...] -> [result]. Two paths, so that a method
     * call passes [self, args...] as one array the callee can bind without copying.
     */
    /**
     * The common case of a fixed-arity CALL, tested here rather than inside Ceval.callN: the
     * callable (or, with a method loaded, the method) is a Python function, called through
     * PyFunction.callN directly. The instanceof at each site has that site's own type profile,
     * and the small callN gets inlined here, where Ceval.callN (shared by every site, with all
     * kinds of callables behind it) is compiled too big for HotSpot to inline (ADR 0004).
     * Falls through to the general call when the test fails; jumps to {@code done} with the
     * result otherwise.
     */
    private void directPythonCall(int base, int argc, boolean noSelf, org.objectweb.asm.Label done) {
        org.objectweb.asm.Label general = new org.objectweb.asm.Label();
        org.objectweb.asm.Label method = new org.objectweb.asm.Label();
        org.objectweb.asm.Label notPython = new org.objectweb.asm.Label();
        if (!noSelf) {
            f.loadSlot(base);
            mv.visitJumpInsn(IFNONNULL, method);
        }
        emitDirect(base + 1, base + 2, argc, notPython, done);
        mv.visitLabel(notPython);
        emitBuiltinFunction(base + 1, argc, general, done);
        if (!noSelf) {
            mv.visitLabel(method);
            emitDirect(base, base + 1, argc + 1, general, done);
        }
        mv.visitLabel(general);
    }

    private static final String BUILTIN_FUNCTION = Rt.PKG + "object/PyBuiltinFunction";
    private static final String ARG_SPEC = Rt.PKG + "object/ArgSpec";
    private static final String BUILTIN_BODY = Rt.PKG + "object/BuiltinBody";

    /**
     * A built-in function ({@code len(x)}, {@code isinstance(o, t)}): its Java body is called right
     * here, so this call site has its own receiver profile and HotSpot can inline that one body
     * (behind PyBuiltinFunction.call all bodies share one megamorphic call). One bound to a self
     * it passes on (a bound built-in method) takes the general call. Built-in methods found by
     * LOAD_ATTR's method form take Ceval.callN: there Calls.callMethod runs list.append and
     * dict.get directly and builds the others' arguments without binding, which measured faster
     * than their bodies called here.
     */
    private void emitBuiltinFunction(int callee, int n, org.objectweb.asm.Label general,
            org.objectweb.asm.Label done) {
        org.objectweb.asm.Label bound = new org.objectweb.asm.Label();
        f.loadSlot(callee);
        mv.visitTypeInsn(INSTANCEOF, BUILTIN_FUNCTION);
        mv.visitJumpInsn(IFEQ, general);
        f.loadSlot(callee);
        mv.visitTypeInsn(CHECKCAST, BUILTIN_FUNCTION);
        mv.visitMethodInsn(INVOKEVIRTUAL, BUILTIN_FUNCTION, "unboundBody", "()L" + BUILTIN_BODY + ";", false);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, bound);
        callBody(callee, BUILTIN_FUNCTION, callee + 1, n, done);
        mv.visitLabel(bound);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, general);
    }

    /**
     * With a BuiltinBody on the JVM stack: calls it with slots {@code first..first+n-1} bound by
     * the ArgSpec {@code spec} of slot {@code callee} (an {@code owner}), then jumps to done.
     */
    private void callBody(int callee, String owner, int first, int n, org.objectweb.asm.Label done) {
        f.loadTs();
        f.loadSlot(callee);
        mv.visitTypeInsn(CHECKCAST, owner);
        mv.visitFieldInsn(GETFIELD, owner, "spec", "L" + ARG_SPEC + ";");
        BuildEmitter.array(f, first, n);
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKEVIRTUAL, ARG_SPEC, "bind", "(" + Rt.D_OBJS + Rt.D_STRINGS + ")" + Rt.D_OBJS, false);
        mv.visitMethodInsn(INVOKEINTERFACE, BUILTIN_BODY, "call", "(" + TS + Rt.D_OBJS + ")" + OBJ, true);
        mv.visitJumpInsn(GOTO, done);
    }

    /** If slot {@code callee} holds a PyFunction: calls it with slots {@code first..first+n-1}, then jumps to done. */
    private void emitDirect(int callee, int first, int n, org.objectweb.asm.Label general,
            org.objectweb.asm.Label done) {
        f.loadSlot(callee);
        mv.visitTypeInsn(INSTANCEOF, Rt.FUNCTION);
        mv.visitJumpInsn(IFEQ, general);
        f.loadSlot(callee);
        mv.visitTypeInsn(CHECKCAST, Rt.FUNCTION);
        f.loadTs();
        for (int slot = first; slot < first + n; slot++) {
            f.loadSlot(slot);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, Rt.FUNCTION, "call" + n, "(" + TS + OBJ.repeat(n) + ")" + OBJ, false);
        mv.visitJumpInsn(GOTO, done);
    }

    void call(int d, int argc, boolean forLoop) {
        int base = d - argc - 2;
        org.objectweb.asm.Label function = new org.objectweb.asm.Label();
        org.objectweb.asm.Label done = new org.objectweb.asm.Label();
        ConstTuple kwnames = pendingKwnames;
        pendingKwnames = null;
        // A call of a name or an expression (PUSH_NULL, LOAD_GLOBAL's NULL still deferred here)
        // has no self: its code needs neither the method path nor the test that picks it.
        boolean noSelf = f.isDeferredNull(base);
        if (forLoop) {
            // the callee, kept for markLoopOwned (excTmp is free outside handler stubs)
            org.objectweb.asm.Label got = new org.objectweb.asm.Label();
            if (!noSelf) {
                f.loadSlot(base);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, got);
                mv.visitInsn(POP);
            }
            f.loadSlot(base + 1);
            mv.visitLabel(got);
            mv.visitVarInsn(ASTORE, f.excTmp);
        }
        if (kwnames == null && argc < Rt.MAX_FIXED_ARITY) {
            directPythonCall(base, argc, noSelf, done);
            // no argument array: Ceval.callN passes the arguments on as Java parameters
            f.loadTs();
            for (int slot = base; slot < base + 2 + argc; slot++) {
                f.loadSlot(slot);
            }
            mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "call" + argc, "(" + TS + OBJ.repeat(argc + 2) + ")" + OBJ,
                    false);
        } else {
            if (!noSelf) {
                f.loadSlot(base);
                mv.visitJumpInsn(IFNULL, function);
                f.loadTs();
                f.loadSlot(base);
                BuildEmitter.array(f, base + 1, argc + 1);
                pushKwnames(kwnames);
                mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "callMethodWithSelf", "(" + TS + OBJ + Rt.D_OBJS
                        + Rt.D_STRINGS + ")" + OBJ, false);
                mv.visitJumpInsn(GOTO, done);
            }
            mv.visitLabel(function);
            f.loadTs();
            mv.visitInsn(ACONST_NULL);
            f.loadSlot(base + 1);
            BuildEmitter.array(f, base + 2, argc);
            pushKwnames(kwnames);
            mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "call", "(" + TS + OBJ + OBJ + Rt.D_OBJS + Rt.D_STRINGS + ")" + OBJ,
                    false);
        }
        mv.visitLabel(done);
        f.storeSlot(base);
        if (forLoop) {
            f.loadSlot(base);
            mv.visitVarInsn(ALOAD, f.excTmp);
            mv.visitMethodInsn(INVOKESTATIC, GeneratorEmitter.GENERATORS, "markLoopOwned", "(" + OBJ + OBJ + ")V",
                    false);
        }
    }

    /** The keyword names as one String[] per call site: a dynamic constant, built on first use only. */
    private void pushKwnames(ConstTuple kwnames) {
        if (kwnames != null) {
            Object[] names = new Object[kwnames.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = kwnames.get(i);
            }
            mv.visitLdcInsn(new org.objectweb.asm.ConstantDynamic("kwnames", Rt.D_STRINGS, KWNAMES_BOOTSTRAP, names));
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    /** CALL_FUNCTION_EX: [NULL, func, args, kwargs?] -> [result]. */
    void callFunctionEx(int d, int flags) {
        boolean kw = (flags & Opargs.CALL_FUNCTION_EX_KWARGS) != 0;
        int base = d - (kw ? 4 : 3);
        f.loadTs();
        f.loadSlot(base + 1);
        f.loadSlot(base + 2);
        if (kw) {
            f.loadSlot(base + 3);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "callFunctionEx", "(" + TS + OBJ + OBJ + OBJ + ")" + OBJ, false);
        f.storeSlot(base);
    }

    /** MAKE_FUNCTION flags: [defaults?, kwdefaults?, annotations?, closure?, code] -> [function]. */
    void makeFunction(int d, int flags) {
        int n = Integer.bitCount(flags & 0xF);
        int base = d - 1 - n;
        int slot = base;
        int defaults = (flags & Opargs.MAKE_FUNCTION_DEFAULTS) != 0 ? slot++ : -1;
        int kwdefaults = (flags & Opargs.MAKE_FUNCTION_KWDEFAULTS) != 0 ? slot++ : -1;
        int annotations = (flags & Opargs.MAKE_FUNCTION_ANNOTATIONS) != 0 ? slot++ : -1;
        int closure = (flags & Opargs.MAKE_FUNCTION_CLOSURE) != 0 ? slot++ : -1;
        f.loadTs();
        f.loadFunction();
        f.loadSlot(d - 1);
        for (int s : new int[] {defaults, kwdefaults, annotations, closure}) {
            if (s < 0) {
                mv.visitInsn(ACONST_NULL);
            } else {
                f.loadSlot(s);
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "makeFunction",
                "(" + TS + Rt.D_FUNCTION + OBJ + OBJ + OBJ + OBJ + OBJ + ")" + OBJ, false);
        f.storeSlot(base);
    }

    void intrinsic1(int d, int which) {
        f.loadTs();
        Strings.pushInt(mv, which);
        f.loadSlot(d - 1);
        if (f.namespace) {
            f.loadLocalsMapping();
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, "intrinsic1", "(" + TS + "I" + OBJ + OBJ + ")" + OBJ, false);
        f.storeSlot(d - 1);
    }
}
