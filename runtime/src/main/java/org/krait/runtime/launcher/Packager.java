package org.krait.runtime.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import org.krait.compiler.KraitCompiler;
import org.krait.compiler.parser.PySyntaxError;

/**
 * {@code krait compile FILE.py -o APP.jar}: a runnable jar holding the compiled module, the runtime,
 * the compiler (exec/eval/compile need it at run time) and ASM — no Python source. The library the
 * Maven plugin and the CLI share.
 */
public final class Packager {
    /** Manifest attribute naming the compiled main module class. */
    static final String MAIN_MODULE = "Krait-Main-Module";
    /** Manifest attribute with the source path tracebacks show (python3.12 shows the absolute path). */
    static final String MAIN_FILE = "Krait-Main-File";

    private Packager() {
    }

    /** Compiles {@code source} and writes {@code jar}; throws PySyntaxError for bad source. */
    public static void compileToJar(Path source, Path jar) throws IOException {
        Path abs = source.toAbsolutePath().normalize();
        byte[] src = Files.readAllBytes(abs);
        String cls = "krait/app/__main__";
        byte[] classFile = KraitCompiler.compileModule(src, abs.toString(), cls);
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, JarMain.class.getName());
        a.putValue(MAIN_MODULE, cls.replace('/', '.'));
        a.putValue(MAIN_FILE, abs.toString());
        Set<String> seen = new HashSet<>();
        Path dir = jar.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir); // -o out/app.jar makes out/, as a user would expect
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            seen.add("META-INF/MANIFEST.MF");
            put(out, seen, cls + ".class", classFile);
            for (Class<?> c : new Class<?>[] {Packager.class, KraitCompiler.class, org.objectweb.asm.Opcodes.class}) {
                copyCodeSource(c, out, seen);
            }
        }
    }

    private static void put(JarOutputStream out, Set<String> seen, String name, byte[] data) throws IOException {
        if (!seen.add(name)) {
            return;
        }
        JarEntry e = new JarEntry(name);
        if (name.endsWith(".class")) {
            // Stored, not deflated: the JVM then reads a class without inflating it, which is part
            // of every program's startup (a few hundred classes); the jar is about twice as big.
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
        }
        out.putNextEntry(e);
        out.write(data);
        out.closeEntry();
    }

    /** Copies the classes and resources of the jar or directory {@code c} was loaded from. */
    private static void copyCodeSource(Class<?> c, JarOutputStream out, Set<String> seen) throws IOException {
        Path where;
        try {
            where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = where.relativize(p).toString().replace('\\', '/');
                    if (!name.startsWith("META-INF/")) {
                        put(out, seen, name, Files.readAllBytes(p));
                    }
                }
            }
            return;
        }
        try (InputStream in = Files.newInputStream(where); JarInputStream jin = new JarInputStream(in)) {
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("META-INF/") || name.equals("module-info.class")) {
                    continue;
                }
                put(out, seen, name, jin.readAllBytes());
            }
        }
    }

    static void writeAll(OutputStream out, byte[] b) throws IOException {
        out.write(b);
    }

    static PySyntaxError none() {
        return null;
    }
}
