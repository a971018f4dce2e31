package org.krait.runtime.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.krait.compiler.ast.AstDump;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.ModuleCompiler;
import org.krait.compiler.dis.Disassembler;
import org.krait.compiler.parser.DeepStack;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;

/** The {@code krait} command. Subcommands: ast, dis (run, compile, -c and -m come with later issues). */
public final class Main {
    static final String VERSION = "Krait 0.1.0 (Python 3.12.1)";
    static final String USAGE = "usage: krait [--version] [--help] <command> [args]\n"
            + "commands:\n"
            + "  run FILE.py [ARGS]   compile in memory and run, like python3.12 FILE.py\n"
            + "  -c CODE [ARGS]       run CODE as the main module\n"
            + "  compile FILE.py -o APP.jar   a runnable jar: java -jar APP.jar ARGS\n"
            + "  ast FILE.py|-        print the AST as ast.dump(ast.parse(src), include_attributes=True)\n"
            + "  dis FILE.py|-        print the compiled code as dis.dis(compile(src, FILE, 'exec'))\n";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    private static PrintStream utf8(PrintStream p) {
        return new PrintStream(p, false, StandardCharsets.UTF_8);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return 2;
            }
            switch (args[0]) {
                case "--version":
                    out.print(VERSION + "\n");
                    return 0;
                case "--help":
                case "-h":
                    out.print(USAGE);
                    return 0;
                case "run":
                    if (args.length < 2) {
                        err.print("usage: krait run FILE.py [ARGS]\n");
                        return 2;
                    }
                    return Run.file(args[1], java.util.Arrays.copyOfRange(args, 1, args.length), err);
                case "-c":
                    if (args.length < 2) {
                        err.print("Argument expected for the -c option\n" + USAGE);
                        return 2;
                    }
                    return Run.command(args[1], java.util.Arrays.copyOfRange(args, 1, args.length));
                case "compile":
                    return compile(args, err);
                case "ast":
                    if (args.length != 2) {
                        err.print("usage: krait ast FILE.py|-\n");
                        return 2;
                    }
                    return ast(args[1], out, err);
                case "dis":
                    if (args.length != 2) {
                        err.print("usage: krait dis FILE.py|-\n");
                        return 2;
                    }
                    return dis(args[1], out, err);
                default:
                    err.print("krait: unknown option or command '" + args[0] + "'\n" + USAGE);
                    return 2;
            }
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The bytes of FILE, or of stdin for "-"; null after printing CPython's "can't open file" error. */
    private static byte[] readSource(String file, PrintStream err) {
        try {
            return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.print("krait: can't open file '" + file + "': [Errno 2] No such file or directory\n");
        } catch (IOException e) {
            err.print("krait: can't open file '" + file + "': " + e.getMessage() + "\n");
        }
        return null;
    }

    private static int dis(String file, PrintStream out, PrintStream err) {
        byte[] source = readSource(file, err);
        if (source == null) {
            return 2;
        }
        String filename = file.equals("-") ? "<stdin>" : file;
        try {
            out.print(Disassembler.dis(ModuleCompiler.compileFile(source, filename)));
            return 0;
        } catch (PySyntaxError e) {
            err.print(e.formatForStderr());
            return 1;
        } catch (UnsupportedOperationException e) {
            err.print("krait: " + e.getMessage() + "\n");
            return 1;
        }
    }

    private static int compile(String[] args, PrintStream err) {
        if (args.length != 4 || !args[2].equals("-o")) {
            err.print("usage: krait compile FILE.py -o APP.jar\n");
            return 2;
        }
        try {
            Packager.compileToJar(Path.of(args[1]), Path.of(args[3]));
            return 0;
        } catch (NoSuchFileException e) {
            err.print("krait: can't open file '" + args[1] + "': [Errno 2] No such file or directory\n");
            return 2;
        } catch (PySyntaxError e) {
            err.print(e.formatForStderr());
            return 1;
        } catch (UnsupportedOperationException e) {
            err.print("krait: " + e.getMessage() + "\n");
            return 1;
        } catch (IOException e) {
            err.print("krait: " + e.getMessage() + "\n");
            return 1;
        }
    }

    private static int ast(String file, PrintStream out, PrintStream err) {
        byte[] source = readSource(file, err);
        if (source == null) {
            return 2;
        }
        String filename = file.equals("-") ? "<stdin>" : file;
        try {
            Mod.Module module = Parser.parseModule(source, filename);
            // deep trees need a deep stack for the dump, as for the parse
            out.print(DeepStack.call("krait-ast-dump", () -> AstDump.dump(module)) + "\n");
            return 0;
        } catch (PySyntaxError e) {
            err.print(e.formatForStderr());
            return 1;
        }
    }
}
