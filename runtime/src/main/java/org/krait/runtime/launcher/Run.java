package org.krait.runtime.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.krait.runtime.interp.Interpreter;
import org.krait.runtime.interp.InterpreterConfig;
import org.krait.runtime.interp.MainRunner;
import org.krait.runtime.interp.PyRuntime;

/** {@code krait run FILE ARGS} and {@code krait -c CODE ARGS}. */
final class Run {
    private Run() {
    }

    static int file(String file, String[] argv, PrintStream err) {
        byte[] source;
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            source = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            err.print("krait: can't open file '" + path + "': [Errno 2] No such file or directory\n");
            return 2;
        } catch (IOException e) {
            err.print("krait: can't open file '" + path + "': " + e.getMessage() + "\n");
            return 2;
        }
        return MainRunner.runSource(newInterpreter(argv), source, path.toString());
    }

    static int command(String code, String[] argv) {
        String[] args = argv.clone();
        args[0] = "-c";
        return MainRunner.runSource(newInterpreter(args), code.getBytes(StandardCharsets.UTF_8), "<string>");
    }

    private static Interpreter newInterpreter(String[] argv) {
        List<String> a = new ArrayList<>(List.of(argv));
        return new PyRuntime().newInterpreter(InterpreterConfig.ofSystem(a));
    }
}
