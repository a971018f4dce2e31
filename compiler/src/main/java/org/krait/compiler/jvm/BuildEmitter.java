package org.krait.compiler.jvm;

import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opargs;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Building and unpacking containers: BUILD_*, *_APPEND/ADD/EXTEND/UPDATE, UNPACK_*, FORMAT_VALUE. */
final class BuildEmitter implements Opcodes {
    private static final String OBJ = Rt.D_OBJ;
    private static final String TS = Rt.D_TS;

    private BuildEmitter() {
    }

    /** Pushes a new PyObject[] holding slots {@code from..from+n-1}. */
    static void array(FunctionEmitter f, int from, int n) {
        MethodVisitor mv = f.mv;
        Strings.pushInt(mv, n);
        mv.visitTypeInsn(ANEWARRAY, Rt.OBJ);
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            Strings.pushInt(mv, i);
            f.loadSlot(from + i);
            mv.visitInsn(AASTORE);
        }
    }

    static void tuple(FunctionEmitter f, int d, int n) {
        array(f, d - n, n);
        f.mv.visitMethodInsn(INVOKESTATIC, Rt.PKG + "object/PyTuple", "of", "(" + Rt.D_OBJS + ")L" + Rt.PKG
                + "object/PyTuple;", false);
        f.storeSlot(d - n);
    }

    static void list(FunctionEmitter f, int d, int n) {
        MethodVisitor mv = f.mv;
        String list = Rt.PKG + "object/PyList";
        mv.visitTypeInsn(NEW, list);
        mv.visitInsn(DUP);
        array(f, d - n, n);
        mv.visitMethodInsn(INVOKESPECIAL, list, "<init>", "(" + Rt.D_OBJS + ")V", false);
        f.storeSlot(d - n);
    }

    private static void invoke(MethodVisitor mv, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, Rt.CEVAL, name, desc, false);
    }

    static void emit(FunctionEmitter f, Instr in) {
        MethodVisitor mv = f.mv;
        int d = in.depth;
        int n = in.oparg;
        switch (in.opcode) {
            case BUILD_SET:
                f.loadTs();
                array(f, d - n, n);
                invoke(mv, "buildSet", "(" + TS + Rt.D_OBJS + ")" + OBJ);
                f.storeSlot(d - n);
                return;
            case BUILD_MAP:
                f.loadTs();
                array(f, d - 2 * n, 2 * n);
                invoke(mv, "buildMap", "(" + TS + Rt.D_OBJS + ")" + OBJ);
                f.storeSlot(d - 2 * n);
                return;
            case BUILD_CONST_KEY_MAP:
                f.loadTs();
                array(f, d - n - 1, n);
                f.loadSlot(d - 1);
                invoke(mv, "buildConstKeyMap", "(" + TS + Rt.D_OBJS + OBJ + ")" + OBJ);
                f.storeSlot(d - n - 1);
                return;
            case BUILD_STRING:
                array(f, d - n, n);
                invoke(mv, "buildString", "(" + Rt.D_OBJS + ")" + OBJ);
                f.storeSlot(d - n);
                return;
            case LIST_APPEND:
                f.loadSlot(d - 1 - n);
                f.loadSlot(d - 1);
                invoke(mv, "listAppend", "(" + OBJ + OBJ + ")V");
                return;
            case SET_ADD:
                f.loadTs();
                f.loadSlot(d - 1 - n);
                f.loadSlot(d - 1);
                invoke(mv, "setAdd", "(" + TS + OBJ + OBJ + ")V");
                return;
            case MAP_ADD:
                f.loadTs();
                f.loadSlot(d - 2 - n);
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(mv, "mapAdd", "(" + TS + OBJ + OBJ + OBJ + ")V");
                return;
            case LIST_EXTEND:
            case SET_UPDATE:
            case DICT_UPDATE:
                f.loadTs();
                f.loadSlot(d - 1 - n);
                f.loadSlot(d - 1);
                String m = in.opcode.name().equals("LIST_EXTEND") ? "listExtend"
                        : in.opcode.name().equals("SET_UPDATE") ? "setUpdate" : "dictUpdate";
                invoke(mv, m, "(" + TS + OBJ + OBJ + ")V");
                return;
            case DICT_MERGE:
                f.loadTs();
                f.loadSlot(d - 3 - n);
                f.loadSlot(d - 1 - n);
                f.loadSlot(d - 1);
                invoke(mv, "dictMerge", "(" + TS + OBJ + OBJ + OBJ + ")V");
                return;
            case UNPACK_SEQUENCE:
                f.loadTs();
                f.loadSlot(d - 1);
                Strings.pushInt(mv, n);
                invoke(mv, "unpackSequence", "(" + TS + OBJ + "I)" + Rt.D_OBJS);
                spread(f, d - 1, n);
                return;
            case UNPACK_EX: {
                int before = n & 0xFF;
                int after = n >> 8;
                f.loadTs();
                f.loadSlot(d - 1);
                Strings.pushInt(mv, before);
                Strings.pushInt(mv, after);
                invoke(mv, "unpackEx", "(" + TS + OBJ + "II)" + Rt.D_OBJS);
                spread(f, d - 1, before + 1 + after);
                return;
            }
            case FORMAT_VALUE: {
                boolean spec = (n & Opargs.FVS_MASK) == Opargs.FVS_HAVE_SPEC;
                int base = spec ? d - 2 : d - 1;
                f.loadTs();
                f.loadSlot(base);
                if (spec) {
                    f.loadSlot(d - 1);
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                Strings.pushInt(mv, n & Opargs.FVC_MASK);
                invoke(mv, "formatValue", "(" + TS + OBJ + OBJ + "I)" + OBJ);
                f.storeSlot(base);
                return;
            }
            default:
                throw new IllegalStateException(in.opcode.name());
        }
    }

    /** Stores the n items of the array on the JVM stack into slots so that item 0 ends on top. */
    private static void spread(FunctionEmitter f, int base, int n) {
        MethodVisitor mv = f.mv;
        f.mv.visitVarInsn(ASTORE, f.excTmp);
        for (int i = 0; i < n; i++) {
            f.mv.visitVarInsn(ALOAD, f.excTmp);
            Strings.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            f.storeSlot(base + n - 1 - i);
        }
    }
}
