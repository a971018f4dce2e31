package org.krait.compiler.jvm;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Pushing strings and ints of any size: a class-file string constant holds at most 65535 UTF-8 bytes. */
final class Strings implements Opcodes {
    /** Chunk length in chars; each char takes at most 3 bytes of modified UTF-8. */
    private static final int CHUNK = 20000;

    private Strings() {
    }

    static void push(MethodVisitor mv, String s) {
        if (s.length() <= CHUNK) {
            mv.visitLdcInsn(s);
            return;
        }
        int n = (s.length() + CHUNK - 1) / CHUNK;
        mv.visitLdcInsn("");
        pushInt(mv, n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            int end = Math.min(s.length(), (i + 1) * CHUNK);
            int start = i * CHUNK;
            // modified UTF-8 encodes each char alone, so a chunk may end between surrogates
            mv.visitLdcInsn(s.substring(start, end));
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/String", "join",
                "(Ljava/lang/CharSequence;[Ljava/lang/CharSequence;)Ljava/lang/String;", false);
    }

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Throws a new {@code java/lang/<exceptionClass>}: the unreachable default of a generated switch. */
    static void throwNew(MethodVisitor mv, String exceptionClass) {
        mv.visitTypeInsn(NEW, exceptionClass);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, exceptionClass, "<init>", "()V", false);
        mv.visitInsn(ATHROW);
    }
}
