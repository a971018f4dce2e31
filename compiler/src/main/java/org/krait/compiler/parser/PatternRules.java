package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.UnaryOpKind;

/** The match statement and its patterns (CPython 3.12 grammar, PEP 634). */
abstract class PatternRules extends ExpressionRules {
    static final int M_CLOSED_PATTERN = 20, M_STAR_PATTERN = 21;

    PatternRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    abstract List<Stmt> block();

    final Stmt matchStmt() {
        int m = mark;
        if (softKeyword("match") != null) {
            Expr subject = subjectExpr();
            if (subject != null && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                    && expect(TokenType.INDENT) != null) {
                List<MatchCase> cases = new ArrayList<>();
                while (true) {
                    MatchCase c = caseBlock();
                    if (c == null) {
                        break;
                    }
                    cases.add(c);
                }
                if (!cases.isEmpty() && expect(TokenType.DEDENT) != null) {
                    return new Stmt.Match(subject, cases, lineAt(m), colAt(m), endLine(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidMatchStmt();
            mark = m;
        }
        return null;
    }

    final Expr subjectExpr() {
        int m = mark;
        Expr value = starNamedExpression();
        if (value != null && expect(TokenType.COMMA) != null) {
            List<Expr> elts = new ArrayList<>();
            elts.add(value);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
            return new Expr.Tuple(elts, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        return namedExpression();
    }

    private MatchCase caseBlock() {
        int m = mark;
        if (callInvalidRules) {
            invalidCaseBlock();
            mark = m;
        }
        if (softKeyword("case") == null) {
            return null;
        }
        Pattern p = patterns();
        if (p != null) {
            Expr guard = guard();
            if (expect(TokenType.COLON) != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return new MatchCase(p, guard, body);
                }
            }
        }
        mark = m;
        return null;
    }

    final Expr guard() {
        int m = mark;
        if (keyword("if") != null) {
            Expr g = namedExpression();
            if (g != null) {
                return g;
            }
        }
        mark = m;
        return null;
    }

    final Pattern patterns() {
        int m = mark;
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            return new Pattern.MatchSequence(seq, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        return pattern();
    }

    final Pattern pattern() {
        int m = mark;
        Pattern p = asPattern();
        if (p != null) {
            return p;
        }
        mark = m;
        return orPattern();
    }

    private Pattern asPattern() {
        int m = mark;
        Pattern p = orPattern();
        if (p != null && keyword("as") != null) {
            Expr target = patternCaptureTarget();
            if (target != null) {
                return new Pattern.MatchAs(p, ((Expr.Name) target).id(), lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidAsPattern();
            mark = m;
        }
        return null;
    }

    private Pattern orPattern() {
        int m = mark;
        List<Pattern> alts = gather(TokenType.VBAR, this::closedPattern);
        if (alts.isEmpty()) {
            return null;
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        return new Pattern.MatchOr(alts, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Pattern closedPattern() {
        int m = mark;
        Object r = memoGet(M_CLOSED_PATTERN);
        if (r != null) {
            return r == FAIL ? null : (Pattern) r;
        }
        enter();
        Pattern p;
        try {
            p = literalPattern();
            if (p == null) {
                mark = m;
                p = capturePattern();
            }
            if (p == null) {
                mark = m;
                p = wildcardPattern();
            }
            if (p == null) {
                mark = m;
                p = valuePattern();
            }
            if (p == null) {
                mark = m;
                p = groupPattern();
            }
            if (p == null) {
                mark = m;
                p = sequencePattern();
            }
            if (p == null) {
                mark = m;
                p = mappingPattern();
            }
            if (p == null) {
                mark = m;
                p = classPattern();
            }
            if (p == null) {
                mark = m;
            }
        } finally {
            depth--;
        }
        memoPut(M_CLOSED_PATTERN, m, p);
        return p;
    }

    private Pattern literalPattern() {
        int m = mark;
        Expr v = signedNumber();
        if (v != null && !check(TokenType.PLUS) && !check(TokenType.MINUS)) {
            return new Pattern.MatchValue(v, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        v = complexNumber();
        if (v != null) {
            return new Pattern.MatchValue(v, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        if (check(TokenType.STRING) || check(TokenType.FSTRING_START)) {
            v = strings();
            if (v != null) {
                return new Pattern.MatchValue(v, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = m;
        }
        Token t = peek();
        Object singleton = singletonValue(t);
        if (singleton != null) {
            mark++;
            return new Pattern.MatchSingleton(singleton, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        return null;
    }

    private static Object singletonValue(Token t) {
        if (t.type() != TokenType.NAME) {
            return null;
        }
        return switch (t.string()) {
            case "None" -> PySingleton.None;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** literal_expr: mapping pattern keys. */
    private Expr literalExpr() {
        int m = mark;
        Expr v = signedNumber();
        if (v != null && !check(TokenType.PLUS) && !check(TokenType.MINUS)) {
            return v;
        }
        mark = m;
        v = complexNumber();
        if (v != null) {
            return v;
        }
        mark = m;
        if (check(TokenType.STRING) || check(TokenType.FSTRING_START)) {
            v = strings();
            if (v != null) {
                return v;
            }
            mark = m;
        }
        Token t = peek();
        Object singleton = singletonValue(t);
        if (singleton != null) {
            mark++;
            return constant(singleton, t);
        }
        return null;
    }

    private Expr complexNumber() {
        int m = mark;
        Expr real = signedRealNumber();
        if (real == null) {
            return null;
        }
        Operator op = expect(TokenType.PLUS) != null ? Operator.Add
                : expect(TokenType.MINUS) != null ? Operator.Sub : null;
        if (op != null) {
            Expr imag = imaginaryNumber();
            if (imag != null) {
                return new Expr.BinOp(real, op, imag, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr signedNumber() {
        int m = mark;
        Token t = expect(TokenType.NUMBER);
        if (t != null) {
            return numberConstant(t);
        }
        if (expect(TokenType.MINUS) != null) {
            t = expect(TokenType.NUMBER);
            if (t != null) {
                return new Expr.UnaryOp(UnaryOpKind.USub, numberConstant(t), lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr numberConstant(Token t) {
        return new Expr.Constant(numberValue(t), null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private Expr signedRealNumber() {
        int m = mark;
        Expr r = realNumber();
        if (r != null) {
            return r;
        }
        if (expect(TokenType.MINUS) != null) {
            r = realNumber();
            if (r != null) {
                return new Expr.UnaryOp(UnaryOpKind.USub, r, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr realNumber() {
        Token t = expect(TokenType.NUMBER);
        if (t == null) {
            return null;
        }
        Expr.Constant c = (Expr.Constant) numberConstant(t);
        if (c.value() instanceof org.krait.compiler.ast.ComplexValue) {
            throw errorKnownLocation(c, "real number required in complex literal");
        }
        return c;
    }

    private Expr imaginaryNumber() {
        Token t = expect(TokenType.NUMBER);
        if (t == null) {
            return null;
        }
        Expr.Constant c = (Expr.Constant) numberConstant(t);
        if (!(c.value() instanceof org.krait.compiler.ast.ComplexValue)) {
            throw errorKnownLocation(c, "imaginary number required in complex literal");
        }
        return c;
    }

    private Pattern capturePattern() {
        int m = mark;
        Expr target = patternCaptureTarget();
        if (target == null) {
            return null;
        }
        return new Pattern.MatchAs(null, ((Expr.Name) target).id(), lineAt(m), colAt(m), endLine(), endCol());
    }

    final Expr patternCaptureTarget() {
        int m = mark;
        Token t = peek();
        if (t.type() == TokenType.NAME && t.string().equals("_")) {
            return null;
        }
        Expr.Name n = name();
        if (n == null) {
            return null;
        }
        TokenType next = peekType();
        if (next == TokenType.DOT || next == TokenType.LPAR || next == TokenType.EQUAL) {
            mark = m;
            return null;
        }
        return setContext(n, ExprContext.Store);
    }

    private Pattern wildcardPattern() {
        Token t = softKeyword("_");
        if (t == null) {
            return null;
        }
        return new Pattern.MatchAs(null, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private Pattern valuePattern() {
        int m = mark;
        Expr a = attr();
        if (a == null) {
            return null;
        }
        TokenType next = peekType();
        if (next == TokenType.DOT || next == TokenType.LPAR || next == TokenType.EQUAL) {
            mark = m;
            return null;
        }
        return new Pattern.MatchValue(a, lineAt(m), colAt(m), endLine(), endCol());
    }

    /** attr: name_or_attr '.' NAME (at least one dot). */
    private Expr attr() {
        int m = mark;
        Expr a = name();
        if (a == null) {
            return null;
        }
        boolean dotted = false;
        while (true) {
            int before = mark;
            if (expect(TokenType.DOT) == null) {
                break;
            }
            Token b = nameToken();
            if (b == null) {
                mark = before;
                break;
            }
            a = new Expr.Attribute(a, identifier(b.string()), ExprContext.Load, lineAt(m), colAt(m), endLine(),
                    endCol());
            dotted = true;
        }
        if (!dotted) {
            mark = m;
            return null;
        }
        return a;
    }

    private Expr nameOrAttr() {
        int m = mark;
        Expr a = attr();
        if (a != null) {
            return a;
        }
        mark = m;
        return name();
    }

    private Pattern groupPattern() {
        int m = mark;
        if (expect(TokenType.LPAR) != null) {
            Pattern p = pattern();
            if (p != null && expect(TokenType.RPAR) != null) {
                return p;
            }
        }
        mark = m;
        return null;
    }

    private Pattern sequencePattern() {
        int m = mark;
        if (expect(TokenType.LSQB) != null) {
            List<Pattern> ps = maybeSequencePattern();
            if (expect(TokenType.RSQB) != null) {
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = m;
            return null;
        }
        if (expect(TokenType.LPAR) != null) {
            List<Pattern> ps = openSequencePattern();
            if (expect(TokenType.RPAR) != null) {
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private List<Pattern> openSequencePattern() {
        int m = mark;
        Pattern p = maybeStarPattern();
        if (p == null || expect(TokenType.COMMA) == null) {
            mark = m;
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(p);
        List<Pattern> rest = maybeSequencePattern();
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    private List<Pattern> maybeSequencePattern() {
        List<Pattern> out = gather(TokenType.COMMA, this::maybeStarPattern);
        if (out.isEmpty()) {
            return null;
        }
        expect(TokenType.COMMA);
        return out;
    }

    private Pattern maybeStarPattern() {
        Pattern p = starPattern();
        return p != null ? p : pattern();
    }

    private Pattern starPattern() {
        int m = mark;
        Object r = memoGet(M_STAR_PATTERN);
        if (r != null) {
            return r == FAIL ? null : (Pattern) r;
        }
        Pattern p = null;
        if (expect(TokenType.STAR) != null) {
            Expr target = patternCaptureTarget();
            if (target != null) {
                p = new Pattern.MatchStar(((Expr.Name) target).id(), lineAt(m), colAt(m), endLine(), endCol());
            } else if (wildcardPattern() != null) {
                p = new Pattern.MatchStar(null, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        if (p == null) {
            mark = m;
        }
        memoPut(M_STAR_PATTERN, m, p);
        return p;
    }

    private Pattern mappingPattern() {
        int m = mark;
        if (expect(TokenType.LBRACE) == null) {
            return null;
        }
        if (expect(TokenType.RBRACE) != null) {
            return new Pattern.MatchMapping(List.of(), List.of(), null, lineAt(m), colAt(m), endLine(), endCol());
        }
        int afterBrace = mark;
        String rest = doubleStarPattern();
        if (rest != null) {
            expect(TokenType.COMMA);
            if (expect(TokenType.RBRACE) != null) {
                return new Pattern.MatchMapping(List.of(), List.of(), rest, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = afterBrace;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        if (itemsPattern(keys, values)) {
            int afterItems = mark;
            if (expect(TokenType.COMMA) != null) {
                rest = doubleStarPattern();
                if (rest != null) {
                    expect(TokenType.COMMA);
                    if (expect(TokenType.RBRACE) != null) {
                        return new Pattern.MatchMapping(keys, values, rest, lineAt(m), colAt(m), endLine(), endCol());
                    }
                }
            }
            mark = afterItems;
            expect(TokenType.COMMA);
            if (expect(TokenType.RBRACE) != null) {
                return new Pattern.MatchMapping(keys, values, null, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidMappingPattern();
            mark = m;
        }
        return null;
    }

    /** items_pattern: ','.key_value_pattern+ */
    final boolean itemsPattern(List<Expr> keys, List<Pattern> values) {
        boolean any = false;
        while (true) {
            int before = mark;
            Expr key = literalExpr();
            if (key == null) {
                mark = before;
                key = attr();
            }
            Pattern p = null;
            if (key != null && expect(TokenType.COLON) != null) {
                p = pattern();
            }
            if (p == null) {
                mark = before;
                if (any) {
                    mark--;
                }
                break;
            }
            keys.add(key);
            values.add(p);
            any = true;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        return any;
    }

    final String doubleStarPattern() {
        int m = mark;
        if (expect(TokenType.DOUBLESTAR) != null) {
            Expr target = patternCaptureTarget();
            if (target != null) {
                return ((Expr.Name) target).id();
            }
        }
        mark = m;
        return null;
    }

    private Pattern classPattern() {
        int m = mark;
        Expr cls = nameOrAttr();
        if (cls == null || expect(TokenType.LPAR) == null) {
            mark = m;
            return null;
        }
        int afterParen = mark;
        if (expect(TokenType.RPAR) != null) {
            return new Pattern.MatchClass(cls, List.of(), List.of(), List.of(), lineAt(m), colAt(m), endLine(), endCol());
        }
        List<Pattern> positional = positionalPatterns();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (positional != null) {
            int afterPos = mark;
            if (expect(TokenType.COMMA) != null && keywordPatterns(kwdAttrs, kwdPatterns)) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, lineAt(m), colAt(m),
                            endLine(), endCol());
                }
            }
            mark = afterPos;
            kwdAttrs.clear();
            kwdPatterns.clear();
            expect(TokenType.COMMA);
            if (expect(TokenType.RPAR) != null) {
                return new Pattern.MatchClass(cls, positional, List.of(), List.of(), lineAt(m), colAt(m), endLine(),
                        endCol());
            }
        }
        mark = afterParen;
        if (keywordPatterns(kwdAttrs, kwdPatterns)) {
            expect(TokenType.COMMA);
            if (expect(TokenType.RPAR) != null) {
                return new Pattern.MatchClass(cls, List.of(), kwdAttrs, kwdPatterns, lineAt(m), colAt(m), endLine(),
                        endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidClassPattern();
            mark = m;
        }
        return null;
    }

    final List<Pattern> positionalPatterns() {
        List<Pattern> out = gather(TokenType.COMMA, this::pattern);
        return out.isEmpty() ? null : out;
    }

    final boolean keywordPatterns(List<String> attrs, List<Pattern> patterns) {
        boolean any = false;
        while (true) {
            int before = mark;
            Token n = nameToken();
            Pattern p = null;
            if (n != null && expect(TokenType.EQUAL) != null) {
                p = pattern();
            }
            if (p == null) {
                mark = before;
                if (any) {
                    mark--;
                }
                break;
            }
            attrs.add(identifier(n.string()));
            patterns.add(p);
            any = true;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        return any;
    }

    /** or_pattern, for the invalid_* rules. */
    final boolean orPatternForInvalid() {
        return orPattern() != null;
    }

    /** name_or_attr, for the invalid_* rules. */
    final boolean nameOrAttrForInvalid() {
        return nameOrAttr() != null;
    }

    abstract void invalidMatchStmt();

    abstract void invalidCaseBlock();

    abstract void invalidAsPattern();

    abstract void invalidMappingPattern();

    abstract void invalidClassPattern();
}
