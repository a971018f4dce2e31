package org.krait.compiler.jvm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ir.Bytes;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.unicode.WideStr;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The constants of a module class: each distinct constant value becomes one {@code static final
 * PyObject} field, created once in the class initialiser (constants are immortal and shared by
 * every interpreter, DESIGN §3). Code objects are constants too and get their own fields.
 */
final class ConstantTable implements Opcodes {
    private final String owner;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<CodeUnit, Integer> codeIndex = new IdentityHashMap<>();
    private final List<Object> values = new ArrayList<>();
    private final List<CodeUnit> codes = new ArrayList<>();

    ConstantTable(String owner) {
        this.owner = owner;
    }

    /** Registers every code unit reachable from {@code module}, module first, in a stable order. */
    void addCodes(CodeUnit unit) {
        if (codeIndex.containsKey(unit)) {
            return;
        }
        codeIndex.put(unit, codes.size());
        codes.add(unit);
        for (Object c : unit.consts()) {
            if (c instanceof CodeUnit) {
                addCodes((CodeUnit) c);
            }
        }
    }

    List<CodeUnit> codes() {
        return codes;
    }

    int codeIndex(CodeUnit unit) {
        return codeIndex.get(unit);
    }

    static String codeField(int index) {
        return "CODE" + index;
    }

    /** Emits code pushing constant {@code v} (a PyObject). */
    void load(MethodVisitor mv, Object v) {
        if (v instanceof PySingleton) {
            if (v == PySingleton.None) {
                mv.visitFieldInsn(GETSTATIC, Rt.NONE, "NONE", "L" + Rt.NONE + ";");
            } else {
                mv.visitFieldInsn(GETSTATIC, Rt.PKG + "object/PyEllipsis", "ELLIPSIS",
                        "L" + Rt.PKG + "object/PyEllipsis;");
            }
            return;
        }
        if (v instanceof Boolean) {
            mv.visitFieldInsn(GETSTATIC, Rt.BOOL, (Boolean) v ? "TRUE" : "FALSE", "L" + Rt.BOOL + ";");
            return;
        }
        if (v instanceof CodeUnit) {
            mv.visitFieldInsn(GETSTATIC, owner, codeField(codeIndex((CodeUnit) v)), Rt.D_CODE);
            return;
        }
        int i = index(v);
        mv.visitFieldInsn(GETSTATIC, owner, "K", Rt.D_OBJS);
        Strings.pushInt(mv, i);
        mv.visitInsn(AALOAD);
    }

    /**
     * The slot of constant {@code v} in the class's constant array, registering it (and its items) on
     * first use. One array rather than a field per constant keeps the class's constant pool small.
     */
    int index(Object v) {
        String key = key(v);
        Integer i = byKey.get(key);
        if (i == null) {
            if (v instanceof ConstTuple && !isBig(v)) {
                for (Object item : ((ConstTuple) v).items()) {
                    register(item);
                }
            } else if (v instanceof ConstFrozenset) {
                for (Object item : ((ConstFrozenset) v).items()) {
                    register(item);
                }
            }
            i = values.size();
            values.add(v);
            byKey.put(key, i);
        }
        return i;
    }

    private void register(Object v) {
        if (!(v instanceof PySingleton) && !(v instanceof Boolean) && !(v instanceof CodeUnit)) {
            index(v);
        }
    }

    /** Distinguishes 1, 1.0, True and '1' as CPython's constant merging does. */
    private static String key(Object v) {
        if (v instanceof ConstTuple) {
            StringBuilder sb = new StringBuilder("t(");
            for (Object o : ((ConstTuple) v).items()) {
                sb.append(key(o)).append(',');
            }
            return sb.append(')').toString();
        }
        if (v instanceof ConstFrozenset) {
            StringBuilder sb = new StringBuilder("fs(");
            for (Object o : ((ConstFrozenset) v).items()) {
                sb.append(key(o)).append(',');
            }
            return sb.append(')').toString();
        }
        if (v instanceof Double) {
            return "d" + Double.doubleToRawLongBits((Double) v);
        }
        if (v instanceof ComplexValue) {
            ComplexValue c = (ComplexValue) v;
            return "c" + Double.doubleToRawLongBits(c.real()) + "," + Double.doubleToRawLongBits(c.imag());
        }
        if (v instanceof CodeUnit) {
            return "code@" + System.identityHashCode(v);
        }
        return v.getClass().getSimpleName() + ":" + v;
    }

    int size() {
        return values.size();
    }

    /** Tuples longer than this are encoded in one string (100,000-element literals). */
    static final int ITEMS_PER_METHOD = 2000;

    /**
     * Emits the initialisation of constants {@code from..to-1} (callers chunk it to bound method size).
     */
    void emitInit(MethodVisitor mv, int from, int to) {
        for (int i = from; i < to; i++) {
            Object v = values.get(i);
            mv.visitFieldInsn(GETSTATIC, owner, "K", Rt.D_OBJS);
            Strings.pushInt(mv, i);
            if (isBig(v)) {
                emitBigTuple(mv, ((ConstTuple) v).items());
            } else {
                emitValue(mv, v);
            }
            mv.visitInsn(AASTORE);
        }
    }

    private static boolean isBig(Object v) {
        return v instanceof ConstTuple && nodes(v) > ITEMS_PER_METHOD && encodable(v);
    }

    /** Values in a constant, nested tuples' items included (what its initialisation code grows with). */
    private static int nodes(Object v) {
        if (v instanceof ConstTuple) {
            int n = 1;
            for (Object o : ((ConstTuple) v).items()) {
                n += nodes(o);
                if (n > ITEMS_PER_METHOD) {
                    return n; // big enough: no need to count the rest
                }
            }
            return n;
        }
        return 1;
    }

    /** About how much initialisation code constant {@code i} needs, in values (a big tuple is one string). */
    int weight(int i) {
        Object v = values.get(i);
        return isBig(v) ? 1 : nodes(v);
    }

    private static boolean encodable(Object v) {
        if (v instanceof ConstTuple) {
            for (Object o : ((ConstTuple) v).items()) {
                if (!encodable(o)) {
                    return false;
                }
            }
            return true;
        }
        return v instanceof PySingleton || v instanceof Boolean || v instanceof BigInteger || v instanceof Double
                || v instanceof String || v instanceof WideStr || v instanceof Bytes || v instanceof ComplexValue;
    }

    /**
     * A huge tuple (e.g. a 100,000-element list literal, which CPython folds to a constant tuple):
     * one compact string decoded at class initialisation, since a field or a constant-pool entry per
     * item would exceed the class-file limits. Format read by Constants.decode.
     */
    private void emitBigTuple(MethodVisitor mv, List<Object> items) {
        StringBuilder sb = new StringBuilder();
        encode(new ConstTuple(items), sb);
        Strings.push(mv, sb.toString());
        mv.visitMethodInsn(INVOKESTATIC, Rt.CONSTANTS, "decode", "(" + Rt.D_STRING + ")" + Rt.D_OBJ, false);
    }

    private static void encode(Object v, StringBuilder sb) {
        if (v == PySingleton.None) {
            sb.append('N');
        } else if (v == PySingleton.Ellipsis) {
            sb.append('E');
        } else if (v instanceof Boolean) {
            sb.append((Boolean) v ? 'T' : 'F');
        } else if (v instanceof BigInteger) {
            sb.append('i').append(((BigInteger) v).toString(36)).append(';');
        } else if (v instanceof Double) {
            sb.append('f').append(Long.toHexString(Double.doubleToRawLongBits((Double) v))).append(';');
        } else if (v instanceof ComplexValue) {
            ComplexValue c = (ComplexValue) v;
            sb.append('c').append(Long.toHexString(Double.doubleToRawLongBits(c.real()))).append(';')
                    .append(Long.toHexString(Double.doubleToRawLongBits(c.imag()))).append(';');
        } else if (v instanceof String) {
            String str = (String) v;
            sb.append('s').append(str.length()).append(':').append(str);
        } else if (v instanceof WideStr w) {
            String pairs = w.toCharPairs();
            sb.append('w').append(pairs.length()).append(':').append(pairs);
        } else if (v instanceof Bytes) {
            byte[] b = ((Bytes) v).toArray();
            sb.append('b').append(b.length).append(':');
            for (byte x : b) {
                sb.append((char) (x & 0xFF));
            }
        } else {
            List<Object> items = ((ConstTuple) v).items();
            sb.append('(').append(items.size()).append(':');
            for (Object o : items) {
                encode(o, sb);
            }
        }
    }

    private void emitValue(MethodVisitor mv, Object v) {
        String c = Rt.CONSTANTS;
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            if (b.bitLength() < 16) {
                Strings.pushInt(mv, b.intValue()); // no constant-pool entry, unlike a long
                mv.visitInsn(I2L);
                mv.visitMethodInsn(INVOKESTATIC, c, "integer", "(J)" + Rt.D_OBJ, false);
            } else if (b.bitLength() < 64) {
                mv.visitLdcInsn(b.longValue());
                mv.visitMethodInsn(INVOKESTATIC, c, "integer", "(J)" + Rt.D_OBJ, false);
            } else {
                Strings.push(mv, b.toString(16));
                mv.visitMethodInsn(INVOKESTATIC, c, "bigInteger", "(" + Rt.D_STRING + ")" + Rt.D_OBJ, false);
            }
        } else if (v instanceof Double) {
            mv.visitLdcInsn(v);
            mv.visitMethodInsn(INVOKESTATIC, c, "floating", "(D)" + Rt.D_OBJ, false);
        } else if (v instanceof ComplexValue) {
            mv.visitLdcInsn(((ComplexValue) v).real());
            mv.visitLdcInsn(((ComplexValue) v).imag());
            mv.visitMethodInsn(INVOKESTATIC, c, "complex", "(DD)" + Rt.D_OBJ, false);
        } else if (v instanceof String) {
            Strings.push(mv, (String) v);
            mv.visitMethodInsn(INVOKESTATIC, c, "str", "(" + Rt.D_STRING + ")" + Rt.D_OBJ, false);
        } else if (v instanceof WideStr w) {
            Strings.push(mv, w.toCharPairs());
            mv.visitMethodInsn(INVOKESTATIC, c, "wideStr", "(" + Rt.D_STRING + ")" + Rt.D_OBJ, false);
        } else if (v instanceof Bytes) {
            byte[] b = ((Bytes) v).toArray();
            char[] chars = new char[b.length];
            for (int k = 0; k < b.length; k++) {
                chars[k] = (char) (b[k] & 0xFF);
            }
            Strings.push(mv, new String(chars));
            mv.visitMethodInsn(INVOKESTATIC, c, "bytes", "(" + Rt.D_STRING + ")" + Rt.D_OBJ, false);
        } else if (v instanceof ConstTuple || v instanceof ConstFrozenset) {
            List<Object> items = v instanceof ConstTuple ? ((ConstTuple) v).items() : ((ConstFrozenset) v).items();
            Strings.pushInt(mv, items.size());
            mv.visitTypeInsn(ANEWARRAY, Rt.OBJ);
            for (int k = 0; k < items.size(); k++) {
                mv.visitInsn(DUP);
                Strings.pushInt(mv, k);
                load(mv, items.get(k));
                mv.visitInsn(AASTORE);
            }
            mv.visitMethodInsn(INVOKESTATIC, c, v instanceof ConstTuple ? "tuple" : "frozenset",
                    "(" + Rt.D_OBJS + ")" + Rt.D_OBJ, false);
        } else {
            throw new IllegalStateException("unknown constant " + v.getClass());
        }
    }
}
