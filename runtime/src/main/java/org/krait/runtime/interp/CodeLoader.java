package org.krait.runtime.interp;

import java.util.concurrent.ConcurrentHashMap;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.object.CompiledModule;

/**
 * Defines generated module classes in the JVM. One loader per runtime: compiled classes hold only
 * constants, so every interpreter shares them (DESIGN §3).
 */
public final class CodeLoader extends ClassLoader {
    /** -Dkrait.verify=true: every generated class goes through CheckClassAdapter first (tests set it). */
    private static final boolean VERIFY = Boolean.getBoolean("krait.verify");

    private final ConcurrentHashMap<String, byte[]> pending = new ConcurrentHashMap<>();

    static {
        registerAsParallelCapable();
    }

    public CodeLoader(ClassLoader parent) {
        super(parent);
    }

    /** Defines (or finds) the module class and returns its instance. */
    public CompiledModule load(String internalName, byte[] classFile) {
        String name = internalName.replace('/', '.');
        if (VERIFY) {
            String problem = org.krait.compiler.jvm.ClassVerifier.verify(classFile, getParent());
            if (problem != null) {
                throw new IllegalStateException("generated class " + name + " does not verify:\n" + problem);
            }
        }
        pending.put(name, classFile);
        try {
            Class<?> c = loadClass(name);
            return (CompiledModule) c.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException e) {
            throw Errors.systemError("cannot load compiled module " + name + ": " + e);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = pending.remove(name);
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }
}
