package org.krait.compiler.jvm;

import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opcode;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** raise, re-raise, handler entry and exit (exc_info), except and except* matching and the with-statement ops. */
final class ExceptionEmitter implements Opcodes {
    private static final String OBJ = Rt.D_OBJ;
    private static final String TS = Rt.D_TS;
    private static final String EXC = "L" + Rt.EXC + ";";
    private static final String EXCEPT_STAR = Rt.PKG + "ceval/ExceptStar";

    private final FunctionEmitter f;
    private final MethodVisitor mv;

    ExceptionEmitter(FunctionEmitter f) {
        this.f = f;
        this.mv = f.mv;
    }

    private void invoke(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, Rt.EXCEPTIONS, name, desc, false);
    }

    /** Calls {@code owner.name(ts, second from top, top)}, leaving its result on the JVM stack. */
    private void binary(String owner, String name, int d) {
        f.loadTs();
        f.loadSlot(d - 2);
        f.loadSlot(d - 1);
        mv.visitMethodInsn(INVOKESTATIC, owner, name, "(" + TS + OBJ + OBJ + ")" + OBJ, false);
    }

    /** Pushes {@code ts.loaded}, the second result of a runtime call for opcodes that push two values. */
    private void loadLoaded() {
        f.loadTs();
        mv.visitFieldInsn(GETFIELD, Rt.TS, "loaded", OBJ);
    }

    void emit(Instr in) {
        int d = in.depth;
        int arg = in.oparg;
        switch (in.opcode) {
            case LOAD_ASSERTION_ERROR:
                mv.visitFieldInsn(GETSTATIC, Rt.EXCEPTION_TYPES, "ASSERTION_ERROR", "L" + Rt.TYPE + ";");
                f.storeSlot(d);
                return;
            case RAISE_VARARGS:
                f.loadTs();
                if (arg == 0) {
                    invoke("reraiseActive", "(" + TS + ")" + EXC);
                } else {
                    f.loadSlot(d - arg);
                    if (arg == 2) {
                        f.loadSlot(d - 1);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    invoke("raise", "(" + TS + OBJ + OBJ + ")" + EXC);
                }
                mv.visitInsn(ATHROW);
                return;
            case RERAISE:
                f.loadSlot(d - 1);
                invoke("reraise", "(" + OBJ + ")" + EXC);
                mv.visitInsn(ATHROW);
                return;
            case PUSH_EXC_INFO:
                // [exc] -> [previously handled, exc]
                f.loadTs();
                f.loadSlot(d - 1);
                invoke("pushExcInfo", "(" + TS + OBJ + ")" + OBJ);
                f.loadSlot(d - 1);
                f.storeSlot(d);
                f.storeSlot(d - 1);
                return;
            case POP_EXCEPT:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke("popExcept", "(" + TS + OBJ + ")V");
                return;
            case CHECK_EXC_MATCH:
                binary(Rt.EXCEPTIONS, "checkExcMatch", d);
                f.storeSlot(d - 1);
                return;
            case CHECK_EG_MATCH:
                // [exc, match_type] -> [rest, match]; the rest comes back in ts.loaded
                binary(EXCEPT_STAR, "checkEgMatch", d);
                f.storeSlot(d - 1);
                loadLoaded();
                f.storeSlot(d - 2);
                return;
            case BEFORE_WITH:
            case BEFORE_ASYNC_WITH:
                // [mgr] -> [bound __exit__, result of __enter__()]; __exit__ comes back in ts.loaded
                f.loadTs();
                f.loadSlot(d - 1);
                if (in.opcode == Opcode.BEFORE_WITH) {
                    invoke("beforeWith", "(" + TS + OBJ + ")" + OBJ);
                } else {
                    mv.visitMethodInsn(INVOKESTATIC, Rt.PKG + "generators/Awaits", "beforeAsyncWith",
                            "(" + TS + OBJ + ")" + OBJ, false);
                }
                f.storeSlot(d);
                loadLoaded();
                f.storeSlot(d - 1);
                return;
            case WITH_EXCEPT_START:
                // [exit_func, lasti, prev_exc, exc] -> [..., exit_func(type(exc), exc, tb)]
                f.loadTs();
                f.loadSlot(d - 4);
                f.loadSlot(d - 1);
                invoke("withExceptStart", "(" + TS + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d);
                return;
            default:
                throw new IllegalStateException(in.opcode.name());
        }
    }
}
