package org.krait.runtime.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.jar.Manifest;

import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.InterpreterConfig;
import org.krait.runtime.interp.MainRunner;
import org.krait.runtime.interp.PyRuntime;
import org.krait.runtime.object.CompiledModule;

/** Main class of jars made by {@code krait compile}: runs the compiled main module like python3.12 would. */
public final class JarMain {
    private JarMain() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        java.util.OptionalInt relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        runHere(args);
    }

    private static void runHere(String[] args) throws IOException, ReflectiveOperationException {
        Manifest mf;
        try (InputStream in = JarMain.class.getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            mf = new Manifest(in);
        }
        String moduleClass = mf.getMainAttributes().getValue(Packager.MAIN_MODULE);
        String file = mf.getMainAttributes().getValue(Packager.MAIN_FILE);
        CompiledModule module = (CompiledModule) Class.forName(moduleClass).getField("INSTANCE").get(null);
        String script = file.substring(file.lastIndexOf('/') + 1);
        List<String> argv = new java.util.ArrayList<>();
        argv.add(script);
        argv.addAll(List.of(args));
        Interpreter interp = new PyRuntime().newInterpreter(InterpreterConfig.ofSystem(argv));
        System.exit(MainRunner.runModule(interp, module, file));
    }
}
