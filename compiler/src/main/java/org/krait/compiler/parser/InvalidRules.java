package org.krait.compiler.parser;

import java.util.List;

import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;

/**
 * CPython 3.12's invalid_* rules: tried only in the second pass, each either matches and throws
 * the specific {@link PySyntaxError}, or returns without effect (the caller restores the mark).
 */
abstract class InvalidRules extends StringRules {
    private static final int M_INVALID_NAMED = 13;

    InvalidRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ------------------------------------------------------------ expressions

    @Override
    final void invalidExpression() {
        int m = mark;
        // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
        Token t0 = peek();
        boolean nameString = t0.type() == TokenType.NAME && !KEYWORDS.contains(t0.string())
                && (checkAt(1, TokenType.STRING) || checkAt(1, TokenType.FSTRING_START));
        if (!nameString && !isSoftKeywordToken(t0)) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null) {
                    boolean legacy = isLegacyPrint(a);
                    if (!legacy && levelAt(mark - 1) != 0) {
                        throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
            }
        }
        mark = m;
        // disjunction 'if' disjunction !('else' | ':')
        Expr a = disjunction();
        if (a != null && keyword("if") != null) {
            Expr b = disjunction();
            if (b != null && !isKeyword("else") && !check(TokenType.COLON)) {
                throw errorRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = m;
        // 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field)
        Token lambda = keyword("lambda");
        if (lambda != null) {
            lambdaParams();
            Token colon = expect(TokenType.COLON);
            if (colon != null && (check(TokenType.FSTRING_MIDDLE) || check(TokenType.LBRACE))) {
                throw errorRange(lambda, colon, "f-string: lambda expressions are not allowed without parentheses");
            }
        }
        mark = m;
    }

    private static boolean isLegacyPrint(Expr a) {
        return a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    @Override
    final void invalidLegacyExpression() {
        int m = mark;
        Expr.Name a = name();
        if (a != null && !check(TokenType.LPAR)) {
            Expr b = starExpressions();
            if (b != null && isLegacyPrint(a)) {
                throw errorRange(a, b, "Missing parentheses in call to '" + a.id() + "'. Did you mean " + a.id()
                        + "(...)?");
            }
        }
        mark = m;
    }

    @Override
    final void invalidNamedExpression() {
        int m = mark;
        Object r = memoGet(M_INVALID_NAMED);
        if (r != null) {
            mark = m;
            return;
        }
        try {
            invalidNamedExpressionUncached();
        } finally {
            mark = m;
        }
        memoPut(M_INVALID_NAMED, m, null);
        mark = m;
    }

    private void invalidNamedExpressionUncached() {
        int m = mark;
        Expr a = expression();
        if (a != null && expect(TokenType.COLONEQUAL) != null && expression() != null) {
            throw errorKnownLocation(a, "cannot use assignment expressions with " + exprName(a));
        }
        mark = m;
        Expr.Name n = name();
        if (n != null && expect(TokenType.EQUAL) != null) {
            Expr b = bitwiseOr();
            if (b != null && !check(TokenType.EQUAL) && !check(TokenType.COLONEQUAL)) {
                throw errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
        if (!startsWithDisplayOrSingleton()) {
            mark = m;
            Expr x = bitwiseOr();
            if (x != null && expect(TokenType.EQUAL) != null && bitwiseOr() != null && !check(TokenType.EQUAL)
                    && !check(TokenType.COLONEQUAL)) {
                throw errorKnownLocation(x, "cannot assign to " + exprName(x)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark = m;
    }

    /** The lookahead !(list|tuple|genexp|'True'|'None'|'False'). */
    private boolean startsWithDisplayOrSingleton() {
        int m = mark;
        Token t = peek();
        if (t.type() == TokenType.NAME && (t.string().equals("True") || t.string().equals("None")
                || t.string().equals("False"))) {
            return true;
        }
        if (t.type() == TokenType.LSQB || t.type() == TokenType.LPAR) {
            Expr e = atom();
            boolean display = e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp;
            mark = m;
            if (display) {
                // the atom parsed as one of these exact rules only if it is not a parenthesised group
                return !(t.type() == TokenType.LPAR && !(e instanceof Expr.Tuple) && !(e instanceof Expr.GeneratorExp));
            }
        }
        mark = m;
        return false;
    }

    @Override
    final void invalidGroup() {
        int m = mark;
        expect(TokenType.LPAR);
        Expr a = starredExpression();
        if (a != null && expect(TokenType.RPAR) != null) {
            throw errorKnownLocation(a, "cannot use starred expression here");
        }
        mark = m + 1;
        Token ds = expect(TokenType.DOUBLESTAR);
        if (ds != null && expression() != null && expect(TokenType.RPAR) != null) {
            throw errorKnownLocation(ds, "cannot use double starred expression here");
        }
        mark = m;
    }

    @Override
    final void invalidDoubleStarredKvpairs() {
        int m = mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        List<Expr> keys = new java.util.ArrayList<>();
        List<Expr> values = new java.util.ArrayList<>();
        while (true) {
            int before = mark;
            if (!doubleStarredKvpairOne(keys, values)) {
                mark = before;
                break;
            }
            if (expect(TokenType.COMMA) == null) {
                mark = before;
                break;
            }
            int afterComma = mark;
            invalidKvpair();
            mark = afterComma;
        }
        mark = m;
        Expr e = expression();
        if (e != null && expect(TokenType.COLON) != null) {
            Token star = expect(TokenType.STAR);
            if (star != null && bitwiseOr() != null) {
                throw errorStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = m;
        e = expression();
        if (e != null) {
            Token colon = expect(TokenType.COLON);
            if (colon != null && (check(TokenType.RBRACE) || check(TokenType.COMMA))) {
                throw errorKnownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    private boolean doubleStarredKvpairOne(List<Expr> keys, List<Expr> values) {
        int m = mark;
        if (expect(TokenType.DOUBLESTAR) != null && bitwiseOr() != null) {
            return true;
        }
        mark = m;
        Expr a = expression();
        if (a != null && expect(TokenType.COLON) != null && expression() != null) {
            return true;
        }
        mark = m;
        return false;
    }

    private void invalidKvpair() {
        int m = mark;
        Expr a = expression();
        if (a != null && !check(TokenType.COLON)) {
            throw errorKnownLocation("SyntaxError", a.lineno(), a.endColOffset(), a.endLineno(), -1,
                    "':' expected after dictionary key");
        }
        mark = m;
        a = expression();
        if (a != null && expect(TokenType.COLON) != null) {
            Token star = expect(TokenType.STAR);
            if (star != null && bitwiseOr() != null) {
                throw errorStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = m;
        a = expression();
        if (a != null) {
            Token colon = expect(TokenType.COLON);
            if (colon != null && (check(TokenType.RBRACE) || check(TokenType.COMMA))) {
                throw errorKnownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    @Override
    final void invalidForIfClause() {
        int m = mark;
        keyword("async");
        if (keyword("for") != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                while (true) {
                    int before = mark;
                    if (expect(TokenType.COMMA) == null || bitwiseOr() == null) {
                        mark = before;
                        break;
                    }
                }
                expect(TokenType.COMMA);
                if (!isKeyword("in")) {
                    throw error("'in' expected after for-loop variables");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidForTarget() {
        int m = mark;
        keyword("async");
        if (keyword("for") != null) {
            Expr a = starExpressions();
            if (a != null) {
                raiseInvalidTarget(TargetKind.FOR, a);
            }
        }
        mark = m;
    }

    enum TargetKind { STAR, DEL, FOR }

    /** pegen's RAISE_SYNTAX_ERROR_INVALID_TARGET. */
    final void raiseInvalidTarget(TargetKind kind, Expr e) {
        Expr invalid = invalidTarget(e, kind);
        if (invalid != null) {
            String verb = kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ";
            throw errorKnownLocation(invalid, verb + exprName(invalid));
        }
    }

    /** pegen's _PyPegen_get_invalid_target. */
    static Expr invalidTarget(Expr e, TargetKind kind) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.List l) {
            return firstInvalid(l.elts(), kind);
        } else if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elts(), kind);
        } else if (e instanceof Expr.Starred s) {
            return kind == TargetKind.DEL ? e : invalidTarget(s.value(), kind);
        } else if (e instanceof Expr.Compare c) {
            if (kind == TargetKind.FOR) {
                return c.ops().get(0) == CmpOp.In ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, TargetKind kind) {
        for (Expr x : elts) {
            Expr child = invalidTarget(x, kind);
            if (child != null) {
                return child;
            }
        }
        return null;
    }

    @Override
    final void invalidComprehension() {
        int m = mark;
        TokenType open = peekType();
        if (open == TokenType.LSQB || open == TokenType.LPAR || open == TokenType.LBRACE) {
            mark++;
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw errorKnownLocation(a, "iterable unpacking cannot be used in comprehension");
            }
        }
        mark = m;
        if (open == TokenType.LSQB || open == TokenType.LBRACE) {
            mark++;
            Expr a = starNamedExpression();
            if (a != null && expect(TokenType.COMMA) != null) {
                int afterComma = mark;
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw errorRange(a, b.get(b.size() - 1),
                            "did you forget parentheses around the comprehension target?");
                }
                mark = afterComma;
                Token comma = last();
                if (forIfClauses() != null) {
                    throw errorRange(a, comma, "did you forget parentheses around the comprehension target?");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidDictComprehension() {
        int m = mark;
        if (expect(TokenType.LBRACE) != null) {
            Token a = expect(TokenType.DOUBLESTAR);
            if (a != null && bitwiseOr() != null && forIfClauses() != null && expect(TokenType.RBRACE) != null) {
                throw errorKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        mark = m;
    }

    @Override
    final void invalidArguments() {
        int m = mark;
        // a=args ',' '*'
        Expr.Call a = args();
        if (a != null && expect(TokenType.COMMA) != null && expect(TokenType.STAR) != null) {
            throw errorKnownLocation(last(), "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = m;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && expect(TokenType.COMMA) != null) {
                throw errorRange(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        mark = m;
        // a=NAME b='=' expression for_if_clauses
        Token n = nameToken();
        if (n != null) {
            Token eq = expect(TokenType.EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw errorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // (args ',')? a=NAME b='=' &(',' | ')')
        int start = mark;
        if (args() == null || expect(TokenType.COMMA) == null) {
            mark = start;
        }
        n = nameToken();
        if (n != null) {
            Token eq = expect(TokenType.EQUAL);
            if (eq != null && (check(TokenType.COMMA) || check(TokenType.RPAR))) {
                throw errorRange(n, eq, "expected argument value expression");
            }
        }
        mark = m;
        // a=args b=for_if_clauses
        a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                nonparenGenexpInCall(a, b);
            }
        }
        mark = m;
        // args ',' a=expression b=for_if_clauses
        if (args() != null && expect(TokenType.COMMA) != null) {
            Expr x = expression();
            if (x != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw errorRange(x, lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        // a=args ',' args
        a = args();
        if (a != null && expect(TokenType.COMMA) != null && args() != null) {
            argumentsParsingError(a);
        }
        mark = m;
    }

    private static Expr lastComprehensionItem(List<Comprehension> b) {
        Comprehension c = b.get(b.size() - 1);
        if (!c.ifs().isEmpty()) {
            return c.ifs().get(c.ifs().size() - 1);
        }
        return c.iter();
    }

    /** pegen's _PyPegen_nonparen_genexp_in_call. */
    private void nonparenGenexpInCall(Expr.Call args, List<Comprehension> comps) {
        int len = args.args().size();
        if (len <= 1) {
            return;
        }
        Expr lastArg = args.args().get(len - 1);
        throw errorRange(lastArg, lastComprehensionItem(comps), "Generator expression must be parenthesized");
    }

    /** pegen's _PyPegen_arguments_parsing_error. */
    private void argumentsParsingError(Expr.Call a) {
        boolean keywordUnpacking = false;
        for (org.krait.compiler.ast.Keyword k : a.keywords()) {
            if (k.arg() == null) {
                keywordUnpacking = true;
            }
        }
        throw error(keywordUnpacking ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
    }

    @Override
    final void invalidKwarg() {
        int m = mark;
        Token t = peek();
        if (t.type() == TokenType.NAME && (t.string().equals("True") || t.string().equals("False")
                || t.string().equals("None"))) {
            mark++;
            Token eq = expect(TokenType.EQUAL);
            if (eq != null) {
                throw errorRange(t, eq, "cannot assign to " + t.string());
            }
        }
        mark = m;
        Token n = nameToken();
        if (n != null) {
            Token eq = expect(TokenType.EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw errorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        boolean nameEq = nameToken() != null && check(TokenType.EQUAL);
        mark = m;
        if (!nameEq) {
            Expr a = expression();
            if (a != null) {
                Token eq = expect(TokenType.EQUAL);
                if (eq != null) {
                    throw errorRange(a, eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
            }
        }
        mark = m;
        Token ds = expect(TokenType.DOUBLESTAR);
        if (ds != null && expression() != null && expect(TokenType.EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                throw errorRange(ds, b, "cannot assign to keyword argument unpacking");
            }
        }
        mark = m;
    }

    @Override
    final void invalidStarredExpression() {
        int m = mark;
        Token star = expect(TokenType.STAR);
        if (star != null && expression() != null && expect(TokenType.EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                throw errorRange(star, b, "cannot assign to iterable argument unpacking");
            }
        }
        mark = m;
    }

    @Override
    final void invalidReplacementField() {
        int m = mark;
        expect(TokenType.LBRACE);
        Token t = peek();
        switch (t.type()) {
            case EQUAL, EXCLAMATION, COLON, RBRACE ->
                    throw errorKnownLocation(t, "f-string: valid expression required before '" + t.string() + "'");
            default -> { }
        }
        int afterBrace = mark;
        if (annotatedRhs() == null) {
            mark = afterBrace;
            throw errorOnNextToken("f-string: expecting a valid expression after '{'");
        }
        if (!check(TokenType.EQUAL) && !check(TokenType.EXCLAMATION) && !check(TokenType.COLON)
                && !check(TokenType.RBRACE)) {
            throw errorOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
        }
        int afterExpr = mark;
        if (expect(TokenType.EQUAL) != null && !check(TokenType.EXCLAMATION) && !check(TokenType.COLON)
                && !check(TokenType.RBRACE)) {
            throw errorOnNextToken("f-string: expecting '!', or ':', or '}'");
        }
        mark = afterExpr;
        expect(TokenType.EQUAL);
        int beforeBang = mark;
        if (expect(TokenType.EXCLAMATION) != null) {
            if (check(TokenType.COLON) || check(TokenType.RBRACE)) {
                throw errorOnNextToken("f-string: missing conversion character");
            }
            if (!checkName()) {
                throw errorOnNextToken("f-string: invalid conversion character");
            }
        }
        mark = beforeBang;
        if (expect(TokenType.EXCLAMATION) != null && nameToken() == null) {
            mark = beforeBang;
        }
        if (!check(TokenType.COLON) && !check(TokenType.RBRACE)) {
            throw errorOnNextToken("f-string: expecting ':' or '}'");
        }
        if (expect(TokenType.COLON) != null) {
            while (expect(TokenType.FSTRING_MIDDLE) != null || fstringReplacementFieldQuiet()) {
                // consume the format spec
            }
            if (!check(TokenType.RBRACE)) {
                throw errorOnNextToken("f-string: expecting '}', or format specs");
            }
        }
        if (!check(TokenType.RBRACE)) {
            throw errorOnNextToken("f-string: expecting '}'");
        }
        mark = m;
    }

    private boolean fstringReplacementFieldQuiet() {
        return false;
    }

    // ------------------------------------------------------------ statements

    @Override
    final void invalidAssignment() {
        int m = mark;
        // invalid_ann_assign_target ':' expression
        Expr a = invalidAnnAssignTarget();
        if (a != null && expect(TokenType.COLON) != null && expression() != null) {
            throw errorKnownLocation(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        mark = m;
        // star_named_expression ',' star_named_expressions* ':' expression
        a = starNamedExpression();
        if (a != null && expect(TokenType.COMMA) != null) {
            while (starNamedExpressions() != null) {
                // repeat
            }
            if (expect(TokenType.COLON) != null && expression() != null) {
                throw errorKnownLocation(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = m;
        a = expression();
        if (a != null && expect(TokenType.COLON) != null && expression() != null) {
            throw errorKnownLocation(a, "illegal target for annotation");
        }
        mark = m;
        // (star_targets '=')* star_expressions '='
        skipStarTargetsEquals();
        a = starExpressions();
        if (a != null && expect(TokenType.EQUAL) != null) {
            raiseInvalidTarget(TargetKind.STAR, a);
        }
        mark = m;
        skipStarTargetsEquals();
        a = yieldExpr();
        if (a != null && expect(TokenType.EQUAL) != null) {
            throw errorKnownLocation(a, "assignment to yield expression not possible");
        }
        mark = m;
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw errorKnownLocation(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
        }
        mark = m;
    }

    private void skipStarTargetsEquals() {
        while (true) {
            int before = mark;
            if (starTargets() == null || expect(TokenType.EQUAL) == null) {
                mark = before;
                return;
            }
        }
    }

    private Expr invalidAnnAssignTarget() {
        int m = mark;
        TokenType t = peekType();
        if (t == TokenType.LSQB || t == TokenType.LPAR) {
            Expr e = atom();
            if (e instanceof Expr.List || e instanceof Expr.Tuple) {
                return e;
            }
            mark = m;
        }
        if (expect(TokenType.LPAR) != null) {
            Expr a = invalidAnnAssignTarget();
            if (a != null && expect(TokenType.RPAR) != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    @Override
    final void invalidDelStmt() {
        int m = mark;
        keyword("del");
        Expr a = starExpressions();
        if (a != null) {
            raiseInvalidTarget(TargetKind.DEL, a);
        }
        mark = m;
    }

    @Override
    final void invalidImport() {
        int m = mark;
        Token a = keyword("import");
        if (a != null) {
            boolean any = false;
            while (dottedName() != null) {
                any = true;
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
            }
            if (any && keyword("from") != null && dottedName() != null) {
                throw errorStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
            }
        }
        mark = m;
    }

    @Override
    final void invalidImportFromTargets() {
        int m = mark;
        boolean any = false;
        while (nameToken() != null) {
            any = true;
            int before = mark;
            if (keyword("as") != null && nameToken() == null) {
                mark = before;
            }
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            if (check(TokenType.NEWLINE)) {
                break;
            }
        }
        if (any && last().type() == TokenType.COMMA && check(TokenType.NEWLINE)) {
            mark++;
            throw error("trailing comma not allowed without surrounding parentheses");
        }
        mark = m;
    }

    @Override
    final void invalidClassDefRaw() {
        int m = mark;
        Token a = keyword("class");
        if (a != null && nameToken() != null) {
            if (check(TokenType.LSQB)) {
                typeParams();
            }
            int beforeArgs = mark;
            if (expect(TokenType.LPAR) != null) {
                arguments();
                if (expect(TokenType.RPAR) == null) {
                    mark = beforeArgs;
                }
            }
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after class definition on line " + a.lineno());
            }
        }
        mark = m;
    }

    @Override
    final void invalidDefRaw() {
        int m = mark;
        keyword("async");
        Token a = keyword("def");
        if (a != null && nameToken() != null) {
            if (check(TokenType.LSQB)) {
                typeParams();
            }
            if (expect(TokenType.LPAR) != null) {
                params();
                if (expect(TokenType.RPAR) != null) {
                    int beforeArrow = mark;
                    if (expect(TokenType.RARROW) == null || expression() == null) {
                        mark = beforeArrow;
                    }
                    if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                            && !check(TokenType.INDENT)) {
                        throw indentationError("expected an indented block after function definition on line "
                                + a.lineno());
                    }
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidIfStmt(String kw) {
        int m = mark;
        Token a = keyword(kw);
        if (a != null && namedExpression() != null) {
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after '" + kw + "' statement on line "
                        + a.lineno());
            }
        }
        mark = m;
    }

    @Override
    final void invalidBlockAfter(String kw, boolean unused) {
        int m = mark;
        Token a = keyword(kw);
        if (a != null && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                && !check(TokenType.INDENT)) {
            throw indentationError("expected an indented block after '" + kw + "' statement on line " + a.lineno());
        }
        mark = m;
    }

    @Override
    final void invalidForStmt() {
        int m = mark;
        keyword("async");
        Token a = keyword("for");
        if (a != null && starTargets() != null && keyword("in") != null && starExpressions() != null) {
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'for' statement on line " + a.lineno());
            }
        }
        mark = m;
    }

    /** ','.(expression ['as' star_target])+ (or expressions inside parentheses). */
    private boolean withItemsLoose(boolean parenthesised) {
        boolean any = false;
        while (true) {
            int before = mark;
            Expr e = parenthesised ? expressions() : expression();
            if (e == null) {
                mark = before;
                if (any) {
                    mark--;
                }
                break;
            }
            int afterE = mark;
            if (keyword("as") == null || starTarget() == null) {
                mark = afterE;
            }
            any = true;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        return any;
    }

    @Override
    final void invalidWithStmtIndent() {
        int m = mark;
        keyword("async");
        Token a = keyword("with");
        if (a != null) {
            int afterWith = mark;
            if (withItemsLoose(false) && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                    && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'with' statement on line " + a.lineno());
            }
            mark = afterWith;
            if (expect(TokenType.LPAR) != null && withItemsLoose(true)) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.COLON) != null
                        && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    throw indentationError("expected an indented block after 'with' statement on line "
                            + a.lineno());
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidWithStmt() {
        int m = mark;
        keyword("async");
        if (keyword("with") != null) {
            int afterWith = mark;
            if (withItemsLoose(false) && expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            mark = afterWith;
            if (expect(TokenType.LPAR) != null && withItemsLoose(true)) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.NEWLINE) != null) {
                    throw error("expected ':'");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidWithItem() {
        int m = mark;
        if (expression() != null && keyword("as") != null) {
            Expr a = expression();
            if (a != null && (check(TokenType.COMMA) || check(TokenType.RPAR) || check(TokenType.COLON))) {
                raiseInvalidTarget(TargetKind.STAR, a);
            }
        }
        mark = m;
    }

    @Override
    final void invalidTryStmt() {
        int m = mark;
        Token a = keyword("try");
        if (a != null && expect(TokenType.COLON) != null) {
            int afterColon = mark;
            if (expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'try' statement on line " + a.lineno());
            }
            mark = afterColon;
            if (block() != null && !isKeyword("except") && !isKeyword("finally")) {
                throw errorKnownLocation(peek(), "expected 'except' or 'finally' block");
            }
            for (boolean starFirst : new boolean[] {false, true}) {
                mark = afterColon;
                while (block() != null) {
                    // block*
                }
                int handlers = 0;
                while (exceptBlockForInvalid(starFirst)) {
                    handlers++;
                }
                if (handlers == 0) {
                    continue;
                }
                Token ex = keyword("except");
                if (ex == null) {
                    continue;
                }
                if (!starFirst) {
                    Token star = expect(TokenType.STAR);
                    if (star != null && expression() != null) {
                        skipAsName();
                        if (expect(TokenType.COLON) != null) {
                            throw errorRange(ex, star, "cannot have both 'except' and 'except*' on the same 'try'");
                        }
                    }
                } else if (!check(TokenType.STAR)) {
                    int beforeExpr = mark;
                    if (expression() != null) {
                        skipAsName();
                    } else {
                        mark = beforeExpr;
                    }
                    if (expect(TokenType.COLON) != null) {
                        throw errorKnownLocation(ex, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = m;
    }

    private void skipAsName() {
        int before = mark;
        if (keyword("as") == null || nameToken() == null) {
            mark = before;
        }
    }

    @Override
    final void invalidExceptStmtIndent(boolean star) {
        int m = mark;
        Token a = keyword("except");
        if (a != null) {
            if (star && expect(TokenType.STAR) == null) {
                mark = m;
                return;
            }
            int afterKw = mark;
            if (expression() != null) {
                int beforeAs = mark;
                if (keyword("as") == null || nameToken() == null) {
                    mark = beforeAs;
                }
                if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                    throw indentationError("expected an indented block after '" + (star ? "except*" : "except")
                            + "' statement on line " + a.lineno());
                }
            }
            mark = afterKw;
            if (!star && expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null
                    && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'except' statement on line " + a.lineno());
            }
        }
        mark = m;
    }

    @Override
    final void invalidExceptStmt() {
        int m = mark;
        if (keyword("except") != null) {
            expect(TokenType.STAR);
            int afterKw = mark;
            Expr a = expression();
            if (a != null && expect(TokenType.COMMA) != null && expressions() != null) {
                int beforeAs = mark;
                if (keyword("as") == null || nameToken() == null) {
                    mark = beforeAs;
                }
                if (expect(TokenType.COLON) != null) {
                    throw errorStartingFrom(a, "multiple exception types must be parenthesized");
                }
            }
            mark = afterKw;
            if (expression() != null) {
                int beforeAs = mark;
                if (keyword("as") == null || nameToken() == null) {
                    mark = beforeAs;
                }
                if (expect(TokenType.NEWLINE) != null) {
                    throw error("expected ':'");
                }
            }
            mark = afterKw;
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
        }
        mark = m;
        if (keyword("except") != null && expect(TokenType.STAR) != null
                && (check(TokenType.NEWLINE) || check(TokenType.COLON))) {
            mark++;
            throw error("expected one or more exception types");
        }
        mark = m;
    }

    @Override
    final void invalidMatchStmt() {
        int m = mark;
        Token a = softKeyword("match");
        if (a != null && subjectExpr() != null) {
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'match' statement on line " + a.lineno());
            }
        }
        mark = m;
    }

    @Override
    final void invalidCaseBlock() {
        int m = mark;
        Token a = softKeyword("case");
        if (a != null && patterns() != null) {
            guard();
            if (expect(TokenType.NEWLINE) != null) {
                throw error("expected ':'");
            }
            if (expect(TokenType.COLON) != null && expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block after 'case' statement on line " + a.lineno());
            }
        }
        mark = m;
    }

    @Override
    final void invalidAsPattern() {
        int m = mark;
        if (orPatternForInvalid() && keyword("as") != null) {
            Token t = peek();
            if (t.type() == TokenType.NAME && t.string().equals("_")) {
                throw errorKnownLocation(t, "cannot use '_' as a target");
            }
            if (!checkName()) {
                Expr a = expression();
                if (a != null) {
                    throw errorKnownLocation(a, "invalid pattern target");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidClassPattern() {
        int m = mark;
        if (nameOrAttrForInvalid() && expect(TokenType.LPAR) != null) {
            // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
            int start = mark;
            if (positionalPatterns() == null || expect(TokenType.COMMA) == null) {
                mark = start;
            }
            if (keywordPatterns(new java.util.ArrayList<>(), new java.util.ArrayList<>())
                    && expect(TokenType.COMMA) != null) {
                List<org.krait.compiler.ast.Pattern> a = positionalPatterns();
                if (a != null) {
                    throw errorRange(a.get(0), a.get(a.size() - 1), "positional patterns follow keyword patterns");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidMappingPattern() {
        // CPython 3.12 has no invalid_mapping_pattern rule.
    }

    // ------------------------------------------------------------ parameters

    @Override
    final void invalidParameters(boolean lambda) {
        int m = mark;
        Token slash = expect(TokenType.SLASH);
        if (slash != null && expect(TokenType.COMMA) != null) {
            throw errorKnownLocation(slash, "at least one argument must precede /");
        }
        mark = m;
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if (slashNoDefault(lambda) != null || restore(m) && slashWithDefault(lambda, new java.util.ArrayList<>()) != null) {
            paramsMaybeDefault(lambda);
            Token a = expect(TokenType.SLASH);
            if (a != null) {
                throw errorKnownLocation(a, "/ may appear only once");
            }
        }
        mark = m;
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        if (slashNoDefault(lambda) == null) {
            mark = m;
        }
        paramsNoDefault(lambda);
        int beforeHelper = mark;
        boolean helper = slashWithDefault(lambda, new java.util.ArrayList<>()) != null;
        if (!helper) {
            mark = beforeHelper;
            helper = !paramsWithDefault(lambda).isEmpty();
        }
        if (helper) {
            org.krait.compiler.ast.Arg a = paramNoDefault(lambda);
            if (a != null) {
                throw errorKnownLocation(a, "parameter without a default follows parameter with a default");
            }
        }
        mark = m;
        // param_no_default* '(' param_no_default+ ','? ')'
        paramsNoDefault(lambda);
        Token lpar = expect(TokenType.LPAR);
        if (lpar != null) {
            boolean any = false;
            if (lambda) {
                while (nameToken() != null) {
                    any = true;
                    if (expect(TokenType.COMMA) == null) {
                        break;
                    }
                }
            } else {
                any = !paramsNoDefault(lambda).isEmpty();
            }
            if (any) {
                expect(TokenType.COMMA);
                Token rpar = expect(TokenType.RPAR);
                if (rpar != null) {
                    throw errorRange(lpar, rpar, lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        mark = m;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        if (slashNoDefault(lambda) == null) {
            mark = m;
            if (slashWithDefault(lambda, new java.util.ArrayList<>()) == null) {
                mark = m;
            }
        }
        paramsMaybeDefault(lambda);
        if (expect(TokenType.STAR) != null && (expect(TokenType.COMMA) != null || paramNoDefault(lambda) != null)) {
            paramsMaybeDefault(lambda);
            Token a = expect(TokenType.SLASH);
            if (a != null) {
                throw errorKnownLocation(a, "/ must be ahead of *");
            }
        }
        mark = m;
        // param_maybe_default+ '/' '*'
        if (!paramsMaybeDefault(lambda).isEmpty() && expect(TokenType.SLASH) != null) {
            Token a = expect(TokenType.STAR);
            if (a != null) {
                throw errorKnownLocation(a, "expected comma between / and *");
            }
        }
        mark = m;
    }

    private boolean restore(int m) {
        mark = m;
        return true;
    }

    @Override
    final void invalidStarEtc(boolean lambda) {
        int m = mark;
        TokenType closer = lambda ? TokenType.COLON : TokenType.RPAR;
        Token a = expect(TokenType.STAR);
        if (a != null) {
            int afterStar = mark;
            if (check(closer) || expect(TokenType.COMMA) != null && (check(closer) || check(TokenType.DOUBLESTAR))) {
                if (lambda) {
                    mark++;
                    throw error("named arguments must follow bare *");
                }
                throw errorKnownLocation(a, "named arguments must follow bare *");
            }
            mark = afterStar;
            if (param(lambda) != null) {
                Token eq = expect(TokenType.EQUAL);
                if (eq != null) {
                    throw errorKnownLocation(eq, "var-positional argument cannot have default value");
                }
            }
            mark = afterStar;
            if (paramNoDefault(lambda) != null || expect(TokenType.COMMA) != null) {
                paramsMaybeDefault(lambda);
                Token second = expect(TokenType.STAR);
                if (second != null && (paramNoDefault(lambda) != null || expect(TokenType.COMMA) != null)) {
                    throw errorKnownLocation(second, "* argument may appear only once");
                }
            }
        }
        mark = m;
    }

    @Override
    final void invalidKwds(boolean lambda) {
        int m = mark;
        if (expect(TokenType.DOUBLESTAR) != null && param(lambda) != null) {
            int afterParam = mark;
            Token eq = expect(TokenType.EQUAL);
            if (eq != null) {
                throw errorKnownLocation(eq, "var-keyword argument cannot have default value");
            }
            if (expect(TokenType.COMMA) != null) {
                org.krait.compiler.ast.Arg a = param(lambda);
                if (a != null) {
                    throw errorKnownLocation(a, "arguments cannot follow var-keyword argument");
                }
                Token t = peek();
                if (t.type() == TokenType.STAR || t.type() == TokenType.DOUBLESTAR || t.type() == TokenType.SLASH) {
                    throw errorKnownLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
            mark = afterParam;
        }
        mark = m;
    }
}
