package org.krait.compiler.buildtools;

import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.krait.compiler.buildtools.LambdaClassGenerator.Call;
import org.krait.compiler.buildtools.LambdaClassGenerator.Site;
import org.krait.compiler.buildtools.LambdaClassGenerator.Unhandled;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Build step that removes LambdaMetafactory {@code invokedynamic}s from compiled classes.
 *
 * <p>Why: each lambda's first run makes the JDK spin a hidden class with its internal ASM, and
 * C2 then compiles that ASM on our cores; the runtime's ~1300 lambdas cost a Python program
 * 100+ ms of start-up that ordinary classes loaded from the jar do not. So each call site becomes
 * {@code invokestatic Outer$$KLambda$N.create(captured...)} on a class written here (see
 * {@link LambdaClassGenerator}), a nestmate of Outer's nest host so private bodies stay private.
 * The replacement has the indy's exact stack effect, so the method's frames stay valid as they
 * are. Running it again over its own output changes nothing.
 *
 * <p>Usage: {@code LambdaDesugarer DIR...} rewrites every .class under each DIR in place.
 */
public final class LambdaDesugarer {
    static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    static final String MARKER = "$$KLambda$";
    private static final byte[] METAFACTORY_UTF8 = METAFACTORY.getBytes(StandardCharsets.UTF_8);

    /** What one run did: call sites rewritten, classes written, call sites left and why. */
    public static final class Report {
        public int rewritten, lambdaClasses, outerClasses;
        public final Map<String, Integer> left = new TreeMap<>();

        public int leftTotal() {
            return left.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            return "rewrote " + rewritten + " lambda call sites in " + outerClasses + " classes ("
                    + lambdaClasses + " lambda classes); left " + leftTotal() + (left.isEmpty() ? "" : " " + left);
        }
    }

    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            System.out.println("LambdaDesugarer " + dir + ": " + desugar(Path.of(dir)));
        }
    }

    /** Rewrites the classes under {@code root} in place. */
    public static Report desugar(Path root) throws IOException {
        return new LambdaDesugarer(root).run();
    }

    private final Path root;
    private final Report report = new Report();
    /** Classes to write back, by internal name (rewritten callers and nest hosts). */
    private final Map<String, ClassNode> changed = new LinkedHashMap<>();
    /** Nest host → lambda classes to add to its NestMembers. */
    private final Map<String, List<String>> newMembers = new HashMap<>();

    private LambdaDesugarer(Path root) {
        this.root = root;
    }

    private Report run() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        List<Path> generated = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().contains(MARKER)) {
                generated.add(file);
            } else {
                byte[] bytes = Files.readAllBytes(file);
                if (indexOf(bytes, METAFACTORY_UTF8) >= 0) {
                    rewriteCallSites(read(bytes));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : newMembers.entrySet()) {
            ClassNode host = changed.get(e.getKey());
            if (host == null) {
                host = read(Files.readAllBytes(classFile(e.getKey())));
                changed.put(host.name, host);
            }
            if (host.nestMembers == null) {
                host.nestMembers = new ArrayList<>();
            }
            for (String member : e.getValue()) {
                if (!host.nestMembers.contains(member)) {
                    host.nestMembers.add(member);
                }
            }
        }
        for (ClassNode node : changed.values()) {
            ClassWriter cw = new ClassWriter(0); // no reader: the unused bootstrap entries go
            node.accept(cw);
            Files.write(classFile(node.name), cw.toByteArray());
        }
        deleteOrphans(generated);
        return report;
    }

    /**
     * Replaces the metafactory indys of {@code outer} and writes their classes. Lambda classes left
     * by an earlier run for this (recompiled) class are deleted first: their numbering is redone.
     */
    private void rewriteCallSites(ClassNode outer) throws IOException {
        String host = outer.nestHostClass != null ? outer.nestHostClass : outer.name;
        String unusable = !Files.exists(classFile(host)) ? "nest host not in the directory"
                : (outer.version & 0xFFFF) < V11 ? "class file older than Java 11 (no nestmates)" : null;
        if (unusable != null) {
            countLambdaSites(outer, unusable);
            return;
        }
        if (countLambdaSites(outer, null) == 0) {
            return;
        }
        deleteLambdaClassesOf(outer.name);
        Map<String, String> classBySite = new HashMap<>();
        for (MethodNode method : outer.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (!isLambdaSite(insn)) {
                    continue;
                }
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                try {
                    Site site = Site.decode(indy.name, indy.desc, indy.bsm, indy.bsmArgs);
                    Call call = callFor(outer, site.impl());
                    // identical sites (a method reference used twice) share one class
                    String key = indy.name + indy.desc + site;
                    String lambda = classBySite.get(key);
                    if (lambda == null) {
                        lambda = outer.name + MARKER + classBySite.size();
                        byte[] bytes = LambdaClassGenerator.generate(outer.version, lambda, host, site, call);
                        Files.write(classFile(lambda), bytes);
                        classBySite.put(key, lambda);
                        newMembers.computeIfAbsent(host, h -> new ArrayList<>()).add(lambda);
                        report.lambdaClasses++;
                    }
                    method.instructions.set(indy, new MethodInsnNode(INVOKESTATIC, lambda, "create", indy.desc, false));
                    report.rewritten++;
                } catch (Unhandled e) {
                    report.left.merge(e.getMessage(), 1, Integer::sum);
                }
            }
        }
        if (!classBySite.isEmpty()) {
            changed.put(outer.name, outer);
            report.outerClasses++;
        }
    }

    /**
     * The instruction that calls {@code impl} from a nestmate. javac before 11 referred to private
     * bodies with {@code REF_invokeSpecial}: a private method of the same class becomes a nestmate
     * call; any other invokespecial ({@code super::m}) can only run in its own class, so it stays.
     */
    private static Call callFor(ClassNode outer, Handle impl) throws Unhandled {
        return switch (impl.getTag()) {
            case H_INVOKESTATIC -> new Call(INVOKESTATIC, impl.isInterface());
            case H_INVOKEVIRTUAL -> new Call(INVOKEVIRTUAL, false);
            case H_INVOKEINTERFACE -> new Call(INVOKEINTERFACE, true);
            case H_NEWINVOKESPECIAL -> new Call(INVOKESPECIAL, false);
            case H_INVOKESPECIAL -> {
                if (!impl.getOwner().equals(outer.name) || !isPrivateMethod(outer, impl)) {
                    throw new Unhandled("invokespecial of a non-private method");
                }
                yield impl.isInterface() ? new Call(INVOKEINTERFACE, true) : new Call(INVOKEVIRTUAL, false);
            }
            default -> throw new Unhandled("method handle kind " + impl.getTag());
        };
    }

    private static boolean isPrivateMethod(ClassNode owner, Handle impl) {
        for (MethodNode m : owner.methods) {
            if (m.name.equals(impl.getName()) && m.desc.equals(impl.getDesc())) {
                return (m.access & ACC_PRIVATE) != 0;
            }
        }
        return false;
    }

    private static boolean isLambdaSite(AbstractInsnNode insn) {
        return insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(METAFACTORY);
    }

    /** How many metafactory call sites {@code outer} has; counted as left for {@code reason} if given. */
    private int countLambdaSites(ClassNode outer, String reason) {
        int n = 0;
        for (MethodNode method : outer.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                n += isLambdaSite(insn) ? 1 : 0;
            }
        }
        if (reason != null && n > 0) {
            report.left.merge(reason, n, Integer::sum);
        }
        return n;
    }

    private void deleteLambdaClassesOf(String outer) throws IOException {
        Path dir = classFile(outer).getParent();
        String prefix = classFile(outer).getFileName().toString().replace(".class", MARKER);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Deletes lambda classes of earlier runs that nothing calls any more (their outer class was
     * recompiled without lambdas, or removed), so they do not end up in the jar.
     */
    private void deleteOrphans(List<Path> generated) throws IOException {
        for (Path file : generated) {
            if (!Files.exists(file)) {
                continue; // replaced during this run
            }
            String name = file.getFileName().toString();
            Path outer = file.resolveSibling(name.substring(0, name.indexOf(MARKER)) + ".class");
            String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            byte[] ref = utf8Constant(path.substring(0, path.length() - ".class".length()));
            if (!Files.exists(outer) || indexOf(Files.readAllBytes(outer), ref) < 0) {
                Files.delete(file);
            }
        }
    }

    private Path classFile(String internalName) {
        return root.resolve(internalName + ".class");
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    /** A CONSTANT_Utf8 entry's bytes (length first, so "X$1" does not match "X$10"). */
    private static byte[] utf8Constant(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[text.length + 2];
        entry[0] = (byte) (text.length >> 8);
        entry[1] = (byte) text.length;
        System.arraycopy(text, 0, entry, 2, text.length);
        return entry;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
