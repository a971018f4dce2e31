package org.krait.compiler.parser;

import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;

/**
 * Python 3.12's parser: source bytes to {@link Mod.Module}, or a {@link PySyntaxError}.
 *
 * <p>As CPython's pegen (Parser/pegen.c _PyPegen_run_parser): a first pass with the plain
 * grammar; if it fails, a second pass from the start with the invalid_* rules switched on, which
 * may raise a specific error; otherwise a generic "invalid syntax" at the farthest token the
 * first pass reached. Tokenizer errors found in the rest of the file take precedence.
 */
public final class Parser extends InvalidRules {
    private boolean tokenizerFailed;

    private Parser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** Parses a whole file, as {@code ast.parse(source_bytes, filename)} does. */
    public static Mod.Module parseModule(byte[] source, String filename) {
        return parseModule(source, filename, null);
    }

    /** As {@link #parseModule(byte[], String)}, reporting SyntaxWarnings (type "SyntaxWarning") in order. */
    public static Mod.Module parseModule(byte[] source, String filename,
            java.util.function.Consumer<PySyntaxError> warnings) {
        return (Mod.Module) parse(() -> new Tokenizer(source, filename), filename, "exec", warnings);
    }

    /**
     * Parses already-decoded source text (as {@code compile(str, filename, mode)} does) in mode
     * {@code exec} (a Module) or {@code eval} (an Expression).
     */
    public static Mod parseText(String source, String filename, String mode) {
        return parse(() -> Tokenizer.fromString(source, filename), filename, mode, null);
    }

    private static Mod parse(java.util.function.Supplier<Tokenizer> tokenizer, String filename, String mode,
            java.util.function.Consumer<PySyntaxError> warnings) {
        return DeepStack.call("krait-parser", () -> {
            Tokenizer tok = tokenizer.get();
            if (warnings != null) {
                tok.setWarningHandler(warnings);
            }
            Parser p = new Parser(tok, filename);
            p.setWarningSink(warnings);
            return mode.equals("eval") ? p.runEval() : p.run();
        });
    }

    private Mod.Module run() {
        return twoPasses(this::fileRule);
    }

    /** eval: expressions NEWLINE* ENDMARKER. */
    private Mod.Expression runEval() {
        return twoPasses(this::evalRule);
    }

    /**
     * pegen's driver: a first pass with the plain rules; if it fails, a second pass with the
     * invalid_* rules enabled to find the precise error, else the generic "invalid syntax".
     */
    private <T> T twoPasses(java.util.function.Supplier<T> rule) {
        T m;
        try {
            m = rule.get();
        } catch (PySyntaxError e) {
            throw tokenizerFailed ? e : preferTokenizerError(e);
        } catch (ParserTooDeep e) {
            throw tooDeep();
        }
        if (m != null) {
            return m;
        }
        Token lastToken = lastFilled();
        resetForSecondPass();
        try {
            rule.get();
        } catch (PySyntaxError e) {
            throw tokenizerFailed ? e : preferTokenizerError(e);
        } catch (ParserTooDeep e) {
            throw tooDeep();
        }
        throw preferTokenizerError(genericError(lastToken));
    }

    private Mod.Expression evalRule() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (expect(TokenType.NEWLINE) != null) {
            // trailing newlines are allowed
        }
        if (expect(TokenType.ENDMARKER) == null) {
            return null;
        }
        return new Mod.Expression(e);
    }

    private PySyntaxError tooDeep() {
        Token t = lastFilled();
        return errorKnownLocation("SyntaxError", t.lineno(), t.colOffset() + 1, t.endLineno(), t.endColOffset() + 1,
                "too many nested parentheses");
    }

    @Override
    Token tokenFromTokenizer() {
        try {
            return tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
    }

    /** file: [statements] ENDMARKER */
    private Mod.Module fileRule() {
        List<Stmt> body = statements();
        if (expect(TokenType.ENDMARKER) == null) {
            return null;
        }
        return new Mod.Module(body == null ? List.of() : body, List.of());
    }

    /** pegen's _PyPegen_set_syntax_error for a parse that failed without a specific message. */
    private PySyntaxError genericError(Token last) {
        if (last == null) {
            return error("error at start before reading any input");
        }
        if (last.type() == TokenType.ERRORTOKEN || last.type() == TokenType.ENDMARKER && tokenizer.parenLevel() > 0) {
            if (tokenizer.parenLevel() > 0) {
                return unclosedBracket();
            }
            return error("unexpected EOF while parsing");
        }
        if (last.type() == TokenType.INDENT) {
            return errorOnToken("IndentationError", last, "unexpected indent");
        }
        if (last.type() == TokenType.DEDENT) {
            return errorOnToken("IndentationError", last, "unexpected unindent");
        }
        return errorAt("SyntaxError", last.lineno(), last.colOffset(), last.endLineno(), last.endColOffset(),
                "invalid syntax");
    }

    private PySyntaxError unclosedBracket() {
        Token open = tokenizer.innermostOpenBracket();
        return errorAt("SyntaxError", open.lineno(), open.colOffset(), open.lineno(), -1,
                "'" + open.string() + "' was never closed");
    }

    /**
     * pegen's _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error later in the
     * file replaces the parser's error; so does a bracket left open on a line before the error.
     */
    private PySyntaxError preferTokenizerError(PySyntaxError parserError) {
        // pegen compares with the line of the last token read, not of the error
        Token last = lastFilled();
        int errorLine = last != null ? last.lineno() : parserError.lineno;
        try {
            while (true) {
                Token t = last != null && (last.type() == TokenType.ENDMARKER || last.type() == TokenType.ERRORTOKEN)
                        ? last : tokenizer.next();
                if (t.type() == TokenType.ENDMARKER || t.type() == TokenType.ERRORTOKEN) {
                    if (tokenizer.parenLevel() > 0) {
                        Token open = tokenizer.innermostOpenBracket();
                        if (open != null && errorLine > open.lineno()) {
                            return unclosedBracket();
                        }
                    }
                    return parserError;
                }
            }
        } catch (PySyntaxError e) {
            if (e.msg.endsWith("was never closed") && errorLine <= e.lineno) {
                return parserError; // an unclosed bracket only wins when it opened on an earlier line
            }
            return e;
        }
    }
}
