package org.krait.compiler.jvm;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Runs ASM's CheckClassAdapter (bytecode verifier) over a generated class (DESIGN §2). */
public final class ClassVerifier {
    private ClassVerifier() {
    }

    /**
     * Verifies {@code classFile}, resolving the runtime classes it references through {@code loader}.
     *
     * @return null when the class verifies, else the verifier's report
     */
    public static String verify(byte[] classFile, ClassLoader loader) {
        StringWriter report = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(classFile), loader, false, new PrintWriter(report));
        String r = report.toString();
        return r.isEmpty() ? null : r;
    }
}
