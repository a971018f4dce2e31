package org.krait.compiler.jvm;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter whose frame computation never loads classes (DESIGN §2): generated code only merges
 * values of PyObject subtypes, so the common superclass is PyObject, else Object.
 */
final class PyClassWriter extends ClassWriter {
    PyClassWriter() {
        super(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        if (Rt.isPyObject(a) && Rt.isPyObject(b)) {
            return Rt.OBJ;
        }
        return "java/lang/Object";
    }
}
