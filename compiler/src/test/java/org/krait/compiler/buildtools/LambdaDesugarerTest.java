package org.krait.compiler.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.krait.compiler.buildtools.samples.LambdaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Desugars the classes of the {@code samples} package (as javac compiled them for this test) in a
 * temporary directory, loads them in a fresh class loader and checks that they compute the same
 * exact results as before, through ordinary verified nestmate classes and no invokedynamic.
 */
class LambdaDesugarerTest {
    private static final String SAMPLES = "org/krait/compiler/buildtools/samples/";

    private static final List<String> EXPECTED = List.of(
            "non-capturing constant same=true",
            "captured primitives 3/1099511627776/2.5",
            "int operator 12",
            "unbound virtual 4",
            "bound virtual abcdef",
            "static, boxed result 42",
            "unbox argument, box result 7",
            "int result widened to long 123",
            "Integer argument unboxed to long 42",
            "Character unboxed and widened 130",
            "box to Object Integer",
            "interface method, widened 3",
            "interface unbound 2",
            "long result discarded 2",
            "static interface method -1",
            "constructor built",
            "private method sam-secret-s",
            "captures this sam via this sam-secret-t",
            "nested 15",
            "inner sam greets you",
            "interface default GREETER static abab",
            "lambda in lambda inner 8",
            "bridge bridged bridged",
            "metafactory bridge both both",
            "marker ran",
            "marker true",
            "ClassCastException for a wrong argument");

    @TempDir
    Path dir;

    @Test
    void desugaredSamplesComputeTheSameResults() throws Exception {
        copySamples(dir);
        assertEquals(EXPECTED, runSamples(dir), "as javac compiled them");

        LambdaDesugarer.Report report = LambdaDesugarer.desugar(dir);
        assertEquals(33, report.rewritten);
        assertEquals(33, report.lambdaClasses);
        assertEquals(Map.of("serializable lambda", 2), report.left);

        assertEquals(EXPECTED, runSamples(dir), "desugared");
        assertEquals(List.of(), lambdaSites(dir, "LambdaSamples"));
        assertEquals(List.of("SerializableSample.run", "SerializableSample.$deserializeLambda$"),
                lambdaSites(dir, "SerializableSample"));
        assertEquals("", verify(dir));
    }

    @Test
    void lambdaObjectsAreOrdinaryNestmateClasses() throws Exception {
        copySamples(dir);
        LambdaDesugarer.desugar(dir);
        try (URLClassLoader loader = loaderFor(dir)) {
            Class<?> samples = loader.loadClass(LambdaSamples.class.getName());
            samples.getMethod("run").invoke(null);
            @SuppressWarnings("unchecked")
            List<Object> lambdas = (List<Object>) samples.getField("LAMBDAS").get(null);
            assertEquals(35, lambdas.size());
            for (Object lambda : lambdas) {
                Class<?> c = lambda.getClass();
                assertFalse(c.isHidden(), c.getName());
                assertTrue(c.getName().contains("$$KLambda$"), c.getName());
                assertTrue(c.isNestmateOf(samples), c.getName());
                assertEquals(samples.getPackage(), c.getPackage());
            }
            // lambdas of a nested class: named after it, in the nest of the top-level class
            List<String> nested = lambdas.stream().map(l -> l.getClass().getName())
                    .filter(n -> n.contains("$Nested$$")).sorted().toList();
            String prefix = SAMPLES.replace('/', '.') + "LambdaSamples$Nested$$KLambda$";
            assertEquals(List.of(prefix + "0", prefix + "1"), nested);
            for (String name : nested) {
                assertEquals(samples, loader.loadClass(name).getNestHost());
            }
        }
    }

    @Test
    void secondRunChangesNothingAndDropsOrphans() throws Exception {
        copySamples(dir);
        LambdaDesugarer.desugar(dir);
        Map<Path, byte[]> before = contents(dir);
        Path orphan = dir.resolve(SAMPLES + "LambdaSamples$$KLambda$99.class");
        Files.copy(dir.resolve(SAMPLES + "LambdaSamples$$KLambda$0.class"), orphan);

        LambdaDesugarer.Report again = LambdaDesugarer.desugar(dir);
        assertEquals(0, again.rewritten);
        assertEquals(0, again.lambdaClasses);
        assertFalse(Files.exists(orphan));
        Map<Path, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(p), after.get(p)), p.toString());
        }
    }

    /** Older javac called private bodies through REF_invokeSpecial; those become nestmate calls too. */
    @Test
    void invokeSpecialHandlesOfPrivateMethods() throws Exception {
        copySamples(dir);
        int changed = 0;
        for (Path p : classFiles(dir)) {
            byte[] bytes = toInvokeSpecial(Files.readAllBytes(p));
            if (bytes != null) {
                Files.write(p, bytes);
                changed++;
            }
        }
        assertEquals(4, changed);
        assertEquals(EXPECTED, runSamples(dir), "with invokespecial handles");
        LambdaDesugarer.Report report = LambdaDesugarer.desugar(dir);
        assertEquals(33, report.rewritten);
        assertEquals(EXPECTED, runSamples(dir), "desugared");
        assertEquals("", verify(dir));
    }

    private static void copySamples(Path to) throws Exception {
        Path classes = Path.of(LambdaSamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path from = classes.resolve(SAMPLES);
        Files.createDirectories(to.resolve(SAMPLES));
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.toList()) {
                Files.copy(p, to.resolve(SAMPLES).resolve(p.getFileName().toString()));
            }
        }
    }

    /** Only the JDK is shared with this loader: the samples are always the copies under {@code dir}. */
    private static URLClassLoader loaderFor(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static List<String> runSamples(Path dir) throws Exception {
        try (URLClassLoader loader = loaderFor(dir)) {
            List<String> out = new ArrayList<>((List<String>) loader.loadClass(LambdaSamples.class.getName())
                    .getMethod("run").invoke(null));
            Object serializable = loader.loadClass(SAMPLES.replace('/', '.') + "SerializableSample")
                    .getMethod("run").invoke(null);
            assertEquals("serializable", serializable);
            return out;
        }
    }

    /** "Class.method" for every LambdaMetafactory invokedynamic in the classes named {@code prefix}*. */
    private static List<String> lambdaSites(Path dir, String prefix) throws IOException {
        List<String> sites = new ArrayList<>();
        for (Path p : classFiles(dir)) {
            String file = p.getFileName().toString();
            if (!file.startsWith(prefix)) {
                continue;
            }
            new ClassReader(Files.readAllBytes(p)).accept(new ClassVisitor(ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    return new MethodVisitor(ASM9) {
                        @Override
                        public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                            if (bsm.getOwner().equals(LambdaDesugarer.METAFACTORY)) {
                                sites.add(file.replace(".class", "") + "." + name);
                            }
                        }
                    };
                }
            }, 0);
        }
        return sites;
    }

    /** CheckClassAdapter's data-flow verification of every class; "" when all pass. */
    private static String verify(Path dir) throws IOException {
        StringWriter problems = new StringWriter();
        try (URLClassLoader loader = loaderFor(dir)) {
            for (Path p : classFiles(dir)) {
                StringWriter one = new StringWriter();
                CheckClassAdapter.verify(new ClassReader(Files.readAllBytes(p)), loader, false, new PrintWriter(one));
                if (!one.toString().isEmpty()) {
                    problems.append(p.getFileName().toString()).append(": ").append(one.toString());
                }
            }
        }
        return problems.toString();
    }

    /** The class with private lambda bodies' handles turned into REF_invokeSpecial, or null if none. */
    private static byte[] toInvokeSpecial(byte[] bytes) {
        ClassWriter cw = new ClassWriter(0);
        boolean[] changed = {false};
        new ClassReader(bytes).accept(new ClassVisitor(ASM9, cw) {
            String owner;

            @Override
            public void visit(int version, int access, String name, String sig, String sup, String[] itfs) {
                owner = name;
                super.visit(version, access, name, sig, sup, itfs);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(ASM9, super.visitMethod(access, name, desc, sig, ex)) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                        if (bsm.getOwner().equals(LambdaDesugarer.METAFACTORY) && args[1] instanceof Handle h
                                && h.getOwner().equals(owner)
                                && (h.getTag() == H_INVOKEVIRTUAL || h.getTag() == H_INVOKEINTERFACE)) {
                            args = args.clone();
                            args[1] = new Handle(H_INVOKESPECIAL, h.getOwner(), h.getName(), h.getDesc(), h.isInterface());
                            changed[0] = true;
                        }
                        super.visitInvokeDynamicInsn(n, d, bsm, args);
                    }
                };
            }
        }, 0);
        return changed[0] ? cw.toByteArray() : null;
    }

    private static List<Path> classFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> map = new TreeMap<>();
        for (Path p : classFiles(dir)) {
            map.put(p, Files.readAllBytes(p));
        }
        return map;
    }
}
