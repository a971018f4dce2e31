package org.krait.compiler.codegen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.krait.compiler.ast.Mod;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.parser.DeepStack;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.parser.PySyntaxError;
import org.krait.compiler.symtable.SymbolTable;

/**
 * Source file to code object: parse, symbol table, codegen and flowgraph, as
 * {@code compile(source, filename, "exec")}. Codegen runs on a {@link DeepStack} thread, like
 * the parser, since it recurses as deeply as the AST.
 */
public final class ModuleCompiler {
    private ModuleCompiler() {
    }

    public static CodeUnit compileFile(byte[] source, String filename) throws PySyntaxError {
        return compileFile(source, filename, w -> { });
    }

    /** As {@link #compileFile(byte[], String)}, reporting compile.c's SyntaxWarnings in order. */
    public static CodeUnit compileFile(byte[] source, String filename, Consumer<CompileWarning> warnings)
            throws PySyntaxError {
        Mod.Module module = Parser.parseModule(source, filename,
                w -> warnings.accept(new CompileWarning(w.msg, filename, w.lineno)));
        IntFunction<String> lines = sourceLines(source);
        SymbolTable st = SymbolTable.build(module, filename, lines);
        return DeepStack.call("krait-codegen", () -> Codegen.compile(module, filename, st, "exec", lines, warnings));
    }

    /**
     * The lines of the source (newline kept), 1-based, as CPython reads a line back for a
     * SyntaxError (Python/errors.c {@code err_programtext}): it reads 999-byte chunks and keeps
     * the last chunk of a longer line.
     */
    public static IntFunction<String> sourceLines(byte[] source) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < source.length) {
            lines.add(new int[] {start, source.length});
        }
        return n -> {
            if (n < 1 || n > lines.size()) {
                return null;
            }
            int[] l = lines.get(n - 1);
            int from = l[0];
            while (l[1] - from > CHUNK) {
                from += CHUNK;
            }
            return new String(source, from, l[1] - from, StandardCharsets.UTF_8);
        };
    }

    /** err_programtext's buffer holds 1000 bytes, the last for the NUL. */
    private static final int CHUNK = 999;
}
