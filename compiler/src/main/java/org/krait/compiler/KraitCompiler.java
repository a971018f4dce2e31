package org.krait.compiler;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.Codegen;
import org.krait.compiler.codegen.CompileWarning;
import org.krait.compiler.codegen.ModuleCompiler;
import org.krait.compiler.parser.DeepStack;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.jvm.ModuleEmitter;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.compiler.symtable.SymbolTable;

/** The whole pipeline of DESIGN §2 for one module: source → tokens → AST → symbols → IR → class file. */
public final class KraitCompiler {
    private KraitCompiler() {
    }

    /**
     * Compiles a module to one JVM class named {@code className} (internal form); compile.c's
     * SyntaxWarnings go to {@code warnings} in order.
     *
     * @throws PySyntaxError for any compile-time error, exactly as CPython reports it
     */
    public static byte[] compileModule(byte[] source, String filename, String className,
            Consumer<CompileWarning> warnings) throws PySyntaxError {
        CodeUnit code = ModuleCompiler.compileFile(source, filename, warnings);
        return ModuleEmitter.emit(code, className, sourceFileName(filename));
    }

    public static byte[] compileModule(byte[] source, String filename, String className) throws PySyntaxError {
        return compileModule(source, filename, className, w -> { });
    }

    private static String sourceFileName(String filename) {
        return filename.substring(filename.lastIndexOf('/') + 1);
    }

    /**
     * {@code compile(text, filename, mode)}: decoded source in mode exec or eval, compiled to a class
     * whose module code is the resulting code object.
     */
    public static byte[] compileText(String source, String filename, String mode, String className)
            throws PySyntaxError {
        Mod parsed = Parser.parseText(source, filename, mode.equals("single") ? "exec" : mode);
        // "single" (interactive statements): parsed as a module, compiled with expression values printed
        Mod mod = mode.equals("single") ? new Mod.Interactive(((Mod.Module) parsed).body()) : parsed;
        IntFunction<String> lines = ModuleCompiler.sourceLines(source.getBytes(StandardCharsets.UTF_8));
        Mod.Module asModule = parsed instanceof Mod.Module ? (Mod.Module) parsed
                : new Mod.Module(java.util.List.of(new org.krait.compiler.ast.Stmt.ExprStmt(((Mod.Expression) mod).body(),
                        ((Mod.Expression) mod).body().lineno(), ((Mod.Expression) mod).body().colOffset(),
                        ((Mod.Expression) mod).body().endLineno(), ((Mod.Expression) mod).body().endColOffset())),
                        java.util.List.of());
        SymbolTable st = SymbolTable.build(asModule, filename, lines);
        CodeUnit code = DeepStack.call("krait-codegen", () -> Codegen.compile(mod, filename, st, mode, lines));
        return ModuleEmitter.emit(code, className, sourceFileName(filename));
    }
}
