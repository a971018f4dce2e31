package org.krait.runtime.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.krait.runtime.interp.PyRuntime;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The build desugars every lambda of the runtime into an ordinary class (LambdaDesugarer at
 * process-classes), because hidden lambda classes spun at start-up cost every Python program
 * 100+ ms; string concatenation is compiled without invokedynamic for the same reason. This
 * fails if a lambda the tool could not handle, or a concatenation site, is left in the classes.
 */
class DesugaredLambdasTest {
    /**
     * Bootstraps that spin classes with the JDK's internal ASM on a call site's first run. (Records'
     * ObjectMethods sites remain; they run only when a record's equals/hashCode/toString is called.)
     */
    private static final Set<String> SPINNING_BOOTSTRAPS =
            Set.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory");

    @Test
    void noClassSpinningCallSiteIsLeft() throws Exception {
        Path classes = Path.of(PyRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), classes + " should be the module's build output");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        List<String> left = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int lambdaClasses = 0;
        ClassLoader loader = PyRuntime.class.getClassLoader();
        for (Path file : files) {
            left.addAll(lambdaSites(file));
            String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
            int marker = name.indexOf("$$KLambda$");
            if (marker < 0) {
                continue;
            }
            lambdaClasses++;
            // a nestmate of its outer class's nest (else its calls of private bodies would fail)
            Class<?> lambda = Class.forName(name, false, loader);
            Class<?> outer = Class.forName(name.substring(0, marker), false, loader);
            if (lambda.getNestHost() == lambda || lambda.getNestHost() != outer.getNestHost()) {
                problems.add(name + ": nest host " + lambda.getNestHost().getName());
            }
            StringWriter verifier = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(Files.readAllBytes(file)), loader, false,
                    new PrintWriter(verifier));
            if (!verifier.toString().isEmpty()) {
                problems.add(name + ": " + verifier);
            }
        }
        assertEquals(List.of(), left);
        assertEquals(List.of(), problems);
        assertTrue(lambdaClasses > 0, "no desugared lambda classes under " + classes);
    }

    /** "class.method bootstrap" for each class-spinning invokedynamic in {@code file}. */
    private static List<String> lambdaSites(Path file) throws IOException {
        List<String> sites = new ArrayList<>();
        ClassReader reader = new ClassReader(Files.readAllBytes(file));
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                        if (SPINNING_BOOTSTRAPS.contains(bsm.getOwner())) {
                            sites.add(reader.getClassName() + "." + name + " " + bsm.getName());
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return sites;
    }
}
