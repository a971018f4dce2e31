package org.krait.compiler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.Codegen;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.jvm.ModuleEmitter;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.compiler.symtable.SymbolTable;

/** The whole pipeline of DESIGN §2 for one module: source → tokens → AST → symbols → IR → class file. */
public final class KraitCompiler {
    private KraitCompiler() {
    }

    /** The IR of a module, after the flowgraph passes (what {@code krait dis} prints). */
    public static CodeUnit compileToIr(byte[] source, String filename) throws PySyntaxError {
        Mod.Module module = Parser.parseModule(source, filename);
        IntFunction<String> lines = sourceLines(source);
        SymbolTable st = SymbolTable.build(module, filename, lines);
        return Codegen.compile(module, filename, st, "exec", lines);
    }

    /**
     * Compiles a module to one JVM class named {@code className} (internal form).
     *
     * @throws PySyntaxError for any compile-time error, exactly as CPython reports it
     */
    public static byte[] compileModule(byte[] source, String filename, String className) throws PySyntaxError {
        CodeUnit code = compileToIr(source, filename);
        String sourceFile = filename.substring(filename.lastIndexOf('/') + 1);
        return ModuleEmitter.emit(code, className, sourceFile);
    }

    /**
     * {@code compile(text, filename, mode)}: decoded source in mode exec or eval, compiled to a class
     * whose module code is the resulting code object.
     */
    public static byte[] compileText(String source, String filename, String mode, String className)
            throws PySyntaxError {
        Mod mod = Parser.parseText(source, filename, mode);
        IntFunction<String> lines = sourceLines(source.getBytes(StandardCharsets.UTF_8));
        Mod.Module asModule = mod instanceof Mod.Module ? (Mod.Module) mod
                : new Mod.Module(java.util.List.of(new org.krait.compiler.ast.Stmt.ExprStmt(((Mod.Expression) mod).body(),
                        ((Mod.Expression) mod).body().lineno(), ((Mod.Expression) mod).body().colOffset(),
                        ((Mod.Expression) mod).body().endLineno(), ((Mod.Expression) mod).body().endColOffset())),
                        java.util.List.of());
        SymbolTable st = SymbolTable.build(asModule, filename, lines);
        CodeUnit code = Codegen.compile(mod, filename, st, mode, lines);
        String sourceFile = filename.substring(filename.lastIndexOf('/') + 1);
        return ModuleEmitter.emit(code, className, sourceFile);
    }

    /** 1-based line number to that source line (newline included), for SyntaxError texts. */
    public static IntFunction<String> sourceLines(byte[] source) {
        String text = new String(source, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }
}
