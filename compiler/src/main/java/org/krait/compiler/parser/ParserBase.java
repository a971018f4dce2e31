package org.krait.compiler.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.PySingleton;

/**
 * The machinery under the grammar rules, after CPython's Parser/pegen.c: a token buffer filled on
 * demand with backtracking by {@link #mark}, memoisation for the rules CPython memoises, keyword
 * classification, node positions, and the error-raising helpers whose locations follow pegen's.
 */
abstract class ParserBase {
    /** Hard keywords of Python 3.12 (Lib/keyword.py kwlist). */
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** Marks "position not known, use the tokenizer's current one" (pegen's CURRENT_POS). */
    static final int CURRENT_POS = -5;

    final Tokenizer tokenizer;
    final String filename;
    private final List<Token> tokens = new ArrayList<>();
    /** Bracket nesting level at each token, as the C tokenizer records it (pegen's token->level). */
    private int[] levels = new int[256];
    private Memo[] memos = new Memo[256];
    private int level;

    /** Index of the next token to consume. */
    int mark;
    /** True in the second pass, where the invalid_* rules run (pegen's call_invalid_rules). */
    boolean callInvalidRules;
    /** Recursion depth of expression rules, bounded like pegen's MAXSTACK. */
    int depth;

    ParserBase(Tokenizer tokenizer, String filename) {
        this.tokenizer = tokenizer;
        this.filename = filename;
    }

    // ---------------------------------------------------------------- tokens

    /** The token at index {@code i}, tokenizing up to it if needed. */
    final Token tokenAt(int i) {
        while (i >= tokens.size()) {
            fill();
        }
        return tokens.get(i);
    }

    private void fill() {
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.type() == TokenType.ENDMARKER || last.type() == TokenType.ERRORTOKEN) {
                tokens.add(last); // the tokenizer is done: repeat the final token
                recordLevel(tokens.size() - 1);
                return;
            }
        }
        Token t = tokenFromTokenizer();
        switch (t.type()) {
            case LPAR, LSQB, LBRACE -> level++;
            case RPAR, RSQB, RBRACE -> level = Math.max(0, level - 1);
            default -> { }
        }
        tokens.add(t);
        recordLevel(tokens.size() - 1);
    }

    /** Reads one token; the parser overrides it to note tokenizer failures. */
    Token tokenFromTokenizer() {
        return tokenizer.next();
    }

    private void recordLevel(int i) {
        if (i >= levels.length) {
            levels = java.util.Arrays.copyOf(levels, levels.length * 2);
            memos = java.util.Arrays.copyOf(memos, memos.length * 2);
        }
        levels[i] = level;
    }

    /** How many tokens have been read from the tokenizer (pegen's p->fill). */
    final int fillCount() {
        return tokens.size();
    }

    final Token lastFilled() {
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    }

    final int levelAt(int i) {
        return levels[i];
    }

    final Token peek() {
        return tokenAt(mark);
    }

    final TokenType peekType() {
        return tokenAt(mark).type();
    }

    /** The last consumed token (pegen's p->tokens[p->mark - 1]), for end positions. */
    final Token last() {
        return tokens.get(mark - 1);
    }

    final Token expect(TokenType type) {
        Token t = tokenAt(mark);
        if (t.type() == type) {
            mark++;
            return t;
        }
        return null;
    }

    final boolean check(TokenType type) {
        return tokenAt(mark).type() == type;
    }

    final boolean checkAt(int offset, TokenType type) {
        return tokenAt(mark + offset).type() == type;
    }

    /** Consumes a hard keyword. */
    final Token keyword(String kw) {
        Token t = tokenAt(mark);
        if (t.type() == TokenType.NAME && t.string().equals(kw)) {
            mark++;
            return t;
        }
        return null;
    }

    final boolean isKeyword(String kw) {
        Token t = tokenAt(mark);
        return t.type() == TokenType.NAME && t.string().equals(kw);
    }

    /** Soft keywords ("match", "case", "_", "type") are NAME tokens matched by text. */
    final Token softKeyword(String kw) {
        return keyword(kw);
    }

    final boolean isSoftKeywordToken(Token t) {
        if (t.type() != TokenType.NAME) {
            return false;
        }
        // pegen's _PyPegen_soft_keyword_token compares with strncmp over the token's length, so
        // any prefix of a soft keyword ("c", "ma", "ty", ...) counts as one.
        String s = t.string();
        return "match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s) || "type".startsWith(s);
    }

    /** A NAME that is not a hard keyword. */
    final Token nameToken() {
        Token t = tokenAt(mark);
        if (t.type() == TokenType.NAME && !KEYWORDS.contains(t.string())) {
            mark++;
            return t;
        }
        return null;
    }

    final boolean checkName() {
        Token t = tokenAt(mark);
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.string());
    }

    /** A NAME as an expression in Load context (pegen's _PyPegen_name_token). */
    final Expr.Name name() {
        Token t = nameToken();
        if (t == null) {
            return null;
        }
        return new Expr.Name(identifier(t.string()), ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /** Identifiers are NFKC-normalised (PEP 3131), as pegen's _PyPegen_new_identifier does. */
    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /**
     * pegen's gather {@code sep.elem+}: elements separated by {@code sep}, stopping before a
     * separator that no element follows. Returns the (possibly empty) list; the mark ends after
     * the last element.
     */
    final <T> List<T> gather(TokenType sep, java.util.function.Supplier<T> elem) {
        List<T> out = new ArrayList<>();
        int afterLast = mark;
        while (true) {
            T e = elem.get();
            if (e == null) {
                mark = afterLast;
                return out;
            }
            out.add(e);
            afterLast = mark;
            if (expect(sep) == null) {
                return out;
            }
        }
    }

    // ---------------------------------------------------------------- memo

    private static final class Memo {
        final int rule;
        final Object result;
        final int end;
        final Memo next;

        Memo(int rule, Object result, int end, Memo next) {
            this.rule = rule;
            this.result = result;
            this.end = end;
            this.next = next;
        }
    }

    /** Sentinel for a memoised failure. */
    static final Object FAIL = new Object();

    /** Returns the memoised result of {@code rule} at the current mark (and moves past it), or null if none. */
    final Object memoGet(int rule) {
        tokenAt(mark);
        for (Memo m = memos[mark]; m != null; m = m.next) {
            if (m.rule == rule) {
                mark = m.end;
                return m.result;
            }
        }
        return null;
    }

    final void memoPut(int rule, int start, Object result) {
        memos[start] = new Memo(rule, result == null ? FAIL : result, mark, memos[start]);
    }

    /** Forgets every memo and rewinds, for the second pass (pegen's reset_parser_state_for_error_pass). */
    final void resetForSecondPass() {
        java.util.Arrays.fill(memos, null);
        mark = 0;
        depth = 0;
        callInvalidRules = true;
    }

    // ---------------------------------------------------------------- positions

    /** Start line of the token at {@code m}. */
    final int lineAt(int m) {
        return tokenAt(m).lineno();
    }

    final int colAt(int m) {
        return tokenAt(m).colOffset();
    }

    final int endLine() {
        return lastNonWhitespace().endLineno();
    }

    final int endCol() {
        return lastNonWhitespace().endColOffset();
    }

    /** pegen's _PyPegen_get_last_nonnwhitespace_token: node ends skip NEWLINE, INDENT, DEDENT. */
    private Token lastNonWhitespace() {
        for (int i = mark - 1; i > 0; i--) {
            TokenType t = tokens.get(i).type();
            if (t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT
                    && t != TokenType.ENDMARKER) {
                return tokens.get(i);
            }
        }
        return tokens.get(0);
    }

    /** pegen's _PyPegen_set_expr_context: a copy of a target with its context set recursively. */
    static Expr setContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(setContext(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(setContext(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        }
        return e;
    }

    private static List<Expr> setContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(setContext(x, ctx));
        }
        return out;
    }

    // ---------------------------------------------------------------- errors

    /** pegen's RAISE_ERROR_KNOWN_LOCATION; columns are 0-based byte offsets or CURRENT_POS. */
    final PySyntaxError errorAt(String type, int lineno, int col, int endLineno, int endCol, String msg) {
        int colB = col == CURRENT_POS ? CURRENT_POS : col + 1;
        int endColB = endCol == CURRENT_POS ? CURRENT_POS : endCol + 1;
        return errorKnownLocation(type, lineno, colB, endLineno, endColB, msg);
    }

    /** pegen's _PyPegen_raise_error_known_location: 1-based byte columns, turned into characters. */
    final PySyntaxError errorKnownLocation(String type, int lineno, int col, int endLineno, int endCol, String msg) {
        Token cur = lastFilled();
        if (endLineno == CURRENT_POS) {
            endLineno = cur == null ? lineno : cur.endLineno();
        }
        if (endCol == CURRENT_POS) {
            endCol = cur == null ? 0 : cur.endColOffset();
        }
        // With bytes input (a file), CPython reports grammar-error columns as 1-based UTF-8 byte
        // offsets, unconverted (see docs/syntax-errors.md); the display code copes with that.
        String text = lineno > 0 ? safeLine(lineno) : null;
        int colChars = col;
        int endColChars = endCol;
        return new PySyntaxError(type, msg, filename, lineno, colChars, endLineno, endColChars, text);
    }

    private String safeLine(int lineno) {
        try {
            return tokenizer.lineText(lineno);
        } catch (RuntimeException e) {
            return null;
        }
    }

    final PySyntaxError errorKnownLocation(Located a, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset(), msg);
    }

    final PySyntaxError errorKnownLocation(Token a, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset(), msg);
    }

    final PySyntaxError errorKnownRange(int line, int col, int endLine, int endCol, String msg) {
        return errorAt("SyntaxError", line, col, endLine, endCol, msg);
    }

    final PySyntaxError errorRange(Located a, Located b, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), msg);
    }

    final PySyntaxError errorRange(Token a, Located b, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), msg);
    }

    final PySyntaxError errorRange(Located a, Token b, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), msg);
    }

    final PySyntaxError errorRange(Token a, Token b, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), msg);
    }

    final PySyntaxError errorStartingFrom(Located a, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), CURRENT_POS, CURRENT_POS, msg);
    }

    final PySyntaxError errorStartingFrom(Token a, String msg) {
        return errorAt("SyntaxError", a.lineno(), a.colOffset(), CURRENT_POS, CURRENT_POS, msg);
    }

    /** pegen's RAISE_SYNTAX_ERROR: located at the last token read from the tokenizer. */
    final PySyntaxError error(String msg) {
        return errorOnToken("SyntaxError", lastFilled(), msg);
    }

    final PySyntaxError indentationError(String msg) {
        return errorOnToken("IndentationError", lastFilled(), msg);
    }

    /** pegen's RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: located at the token at the mark. */
    final PySyntaxError errorOnNextToken(String msg) {
        return errorOnToken("SyntaxError", tokenAt(mark), msg);
    }

    final PySyntaxError errorOnToken(String type, Token t, String msg) {
        if (t == null) {
            return errorKnownLocation(type, 0, 0, 0, -1, msg);
        }
        return errorKnownLocation(type, t.lineno(), t.colOffset() + 1, t.endLineno(), t.endColOffset() + 1, msg);
    }

    private static final java.util.Map<String, String> EXPR_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("Attribute", "attribute"), java.util.Map.entry("Subscript", "subscript"),
            java.util.Map.entry("Starred", "starred"), java.util.Map.entry("Name", "name"),
            java.util.Map.entry("List", "list"), java.util.Map.entry("Tuple", "tuple"),
            java.util.Map.entry("Lambda", "lambda"), java.util.Map.entry("Call", "function call"),
            java.util.Map.entry("BoolOp", "expression"), java.util.Map.entry("BinOp", "expression"),
            java.util.Map.entry("UnaryOp", "expression"), java.util.Map.entry("GeneratorExp", "generator expression"),
            java.util.Map.entry("Yield", "yield expression"), java.util.Map.entry("YieldFrom", "yield expression"),
            java.util.Map.entry("Await", "await expression"), java.util.Map.entry("ListComp", "list comprehension"),
            java.util.Map.entry("SetComp", "set comprehension"), java.util.Map.entry("DictComp", "dict comprehension"),
            java.util.Map.entry("Dict", "dict literal"), java.util.Map.entry("Set", "set display"),
            java.util.Map.entry("JoinedStr", "f-string expression"),
            java.util.Map.entry("FormattedValue", "f-string expression"),
            java.util.Map.entry("Compare", "comparison"), java.util.Map.entry("IfExp", "conditional expression"),
            java.util.Map.entry("NamedExpr", "named expression"), java.util.Map.entry("Slice", "slice"));

    /** pegen's _PyPegen_get_expr_name: how error messages name an expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == PySingleton.None) {
                return "None";
            } else if (v == PySingleton.Ellipsis) {
                return "ellipsis";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            }
            return "literal";
        }
        return EXPR_NAMES.get(e.getClass().getSimpleName());
    }
}
