package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.Withitem;

/** The statement rules of CPython 3.12's grammar (simple and compound statements, blocks). */
abstract class StatementRules extends PatternRules {
    static final int M_SIMPLE_STMT = 30, M_BLOCK = 31;

    StatementRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** Parameters of def and lambda, in {@link ParameterRules}. */
    abstract org.krait.compiler.ast.Arguments params();

    abstract List<org.krait.compiler.ast.TypeParam> typeParams();

    // ------------------------------------------------------------ statement lists

    final List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            List<Stmt> s = statement();
            if (s == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(s);
        }
        return out;
    }

    private List<Stmt> statement() {
        Stmt c = compoundStmt();
        if (c != null) {
            return List.of(c);
        }
        return simpleStmts();
    }

    final List<Stmt> simpleStmts() {
        int m = mark;
        Stmt a = simpleStmt();
        if (a == null) {
            return null;
        }
        if (!check(TokenType.SEMI) && expect(TokenType.NEWLINE) != null) {
            return List.of(a);
        }
        mark = m;
        List<Stmt> out = gather(TokenType.SEMI, this::simpleStmt);
        if (out.isEmpty()) {
            mark = m;
            return null;
        }
        expect(TokenType.SEMI);
        if (expect(TokenType.NEWLINE) == null) {
            mark = m;
            return null;
        }
        return out;
    }

    private Stmt simpleStmt() {
        int m = mark;
        Object r = memoGet(M_SIMPLE_STMT);
        if (r != null) {
            return r == FAIL ? null : (Stmt) r;
        }
        Stmt s = simpleStmtUncached();
        if (s == null) {
            mark = m;
        }
        memoPut(M_SIMPLE_STMT, m, s);
        return s;
    }

    private Stmt simpleStmtUncached() {
        int m = mark;
        Stmt s = assignment();
        if (s != null) {
            return s;
        }
        mark = m;
        if (isKeyword("type")) {
            s = typeAlias();
            if (s != null) {
                return s;
            }
            mark = m;
        }
        Expr e = starExpressions();
        if (e != null) {
            return new Stmt.ExprStmt(e, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        Token t = peek();
        if (t.type() != TokenType.NAME) {
            return null;
        }
        switch (t.string()) {
            case "return": {
                mark++;
                Expr a = starExpressions();
                return new Stmt.Return(a, lineAt(m), colAt(m), endLine(), endCol());
            }
            case "import":
            case "from":
                return importStmt();
            case "raise":
                return raiseStmt();
            case "pass":
                mark++;
                return new Stmt.Pass(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case "del":
                return delStmt();
            case "yield": {
                Expr y = yieldExpr();
                return y == null ? null : new Stmt.ExprStmt(y, lineAt(m), colAt(m), endLine(), endCol());
            }
            case "assert":
                return assertStmt();
            case "break":
                mark++;
                return new Stmt.Break(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case "continue":
                mark++;
                return new Stmt.Continue(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case "global":
            case "nonlocal":
                return globalOrNonlocal(t.string().equals("global"));
            default:
                return null;
        }
    }

    private Stmt compoundStmt() {
        Token t = peek();
        if (t.type() == TokenType.AT) {
            int m = mark;
            Stmt s = functionDef();
            if (s != null) {
                return s;
            }
            mark = m;
            return classDef();
        }
        if (t.type() != TokenType.NAME) {
            return null;
        }
        int m = mark;
        switch (t.string()) {
            case "def":
                return functionDef();
            case "if":
                return ifStmt();
            case "class":
                return classDef();
            case "with":
                return withStmt();
            case "for":
                return forStmt();
            case "try":
                return tryStmt();
            case "while":
                return whileStmt();
            case "async": {
                Stmt s = functionDef();
                if (s == null) {
                    mark = m;
                    s = withStmt();
                }
                if (s == null) {
                    mark = m;
                    s = forStmt();
                }
                return s;
            }
            case "match":
                return matchStmt();
            default:
                return null;
        }
    }

    // ------------------------------------------------------------ simple statements

    private Stmt assignment() {
        int m = mark;
        // NAME ':' expression ['=' annotated_rhs]
        Token n = nameToken();
        if (n != null && expect(TokenType.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = annotatedRhsAfterEqual();
                Expr target = new Expr.Name(identifier(n.string()), ExprContext.Store, n.lineno(), n.colOffset(),
                        n.endLineno(), n.endColOffset());
                return new Stmt.AnnAssign(target, b, c, 1, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr a = null;
        if (expect(TokenType.LPAR) != null) {
            Expr b = singleTarget();
            if (b != null && expect(TokenType.RPAR) != null) {
                a = b;
            } else {
                mark = m;
            }
        }
        if (a == null) {
            a = singleSubscriptAttributeTarget();
        }
        if (a != null && expect(TokenType.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = annotatedRhsAfterEqual();
                return new Stmt.AnnAssign(a, b, c, 0, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = new ArrayList<>();
        while (true) {
            int before = mark;
            Expr z = starTargets();
            if (z == null || expect(TokenType.EQUAL) == null) {
                mark = before;
                break;
            }
            targets.add(z);
        }
        if (!targets.isEmpty()) {
            Expr b = annotatedRhs();
            if (b != null && !check(TokenType.EQUAL)) {
                return new Stmt.Assign(targets, b, null, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr t = singleTarget();
        if (t != null) {
            Operator op = augassign();
            if (op != null) {
                Expr c = annotatedRhs();
                if (c != null) {
                    return new Stmt.AugAssign(t, op, c, lineAt(m), colAt(m), endLine(), endCol());
                }
                mark = m;
                return null; // cut
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidAssignment();
            mark = m;
        }
        return null;
    }

    private Expr annotatedRhsAfterEqual() {
        int before = mark;
        if (expect(TokenType.EQUAL) != null) {
            Expr d = annotatedRhs();
            if (d != null) {
                return d;
            }
        }
        mark = before;
        return null;
    }

    final Expr annotatedRhs() {
        Expr y = yieldExpr();
        return y != null ? y : starExpressions();
    }

    final Operator augassign() {
        Operator op = switch (peekType()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    private Stmt typeAlias() {
        int m = mark;
        softKeyword("type");
        Token n = nameToken();
        if (n == null) {
            return null;
        }
        List<org.krait.compiler.ast.TypeParam> t = null;
        if (check(TokenType.LSQB)) {
            t = typeParams();
        }
        if (expect(TokenType.EQUAL) == null) {
            return null;
        }
        Expr b = expression();
        if (b == null) {
            return null;
        }
        Expr name = new Expr.Name(identifier(n.string()), ExprContext.Store, n.lineno(), n.colOffset(), n.endLineno(),
                n.endColOffset());
        return new Stmt.TypeAlias(name, t == null ? List.of() : t, b, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Stmt raiseStmt() {
        int m = mark;
        keyword("raise");
        Expr a = expression();
        if (a != null) {
            int afterA = mark;
            if (keyword("from") != null) {
                Expr b = expression();
                if (b != null) {
                    return new Stmt.Raise(a, b, lineAt(m), colAt(m), endLine(), endCol());
                }
            }
            mark = afterA;
            return new Stmt.Raise(a, null, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m + 1;
        return new Stmt.Raise(null, null, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Stmt delStmt() {
        int m = mark;
        keyword("del");
        List<Expr> a = delTargets();
        if (a != null && (check(TokenType.SEMI) || check(TokenType.NEWLINE))) {
            return new Stmt.Delete(a, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        if (callInvalidRules) {
            invalidDelStmt();
            mark = m;
        }
        return null;
    }

    private Stmt assertStmt() {
        int m = mark;
        keyword("assert");
        Expr a = expression();
        if (a == null) {
            mark = m;
            return null;
        }
        Expr b = null;
        int afterA = mark;
        if (expect(TokenType.COMMA) != null) {
            b = expression();
            if (b == null) {
                mark = afterA;
            }
        }
        return new Stmt.Assert(a, b, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Stmt globalOrNonlocal(boolean global) {
        int m = mark;
        mark++;
        List<String> names = new ArrayList<>();
        while (true) {
            Token n = nameToken();
            if (n == null) {
                if (!names.isEmpty()) {
                    mark--;
                }
                break;
            }
            names.add(identifier(n.string()));
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        if (names.isEmpty()) {
            mark = m;
            return null;
        }
        return global ? new Stmt.Global(names, lineAt(m), colAt(m), endLine(), endCol())
                : new Stmt.Nonlocal(names, lineAt(m), colAt(m), endLine(), endCol());
    }

    // ------------------------------------------------------------ imports

    private Stmt importStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidImport();
            mark = m;
        }
        if (keyword("import") != null) {
            List<Alias> names = dottedAsNames();
            if (names != null) {
                return new Stmt.Import(names, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = m;
            return null;
        }
        if (keyword("from") == null) {
            return null;
        }
        int level = 0;
        while (true) {
            if (expect(TokenType.DOT) != null) {
                level++;
            } else if (expect(TokenType.ELLIPSIS) != null) {
                level += 3;
            } else {
                break;
            }
        }
        int beforeName = mark;
        String module = dottedName();
        if (module != null && keyword("import") != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(module, c, level, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = beforeName;
        if (level > 0 && keyword("import") != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(null, c, level, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private List<Alias> importFromTargets() {
        int m = mark;
        if (expect(TokenType.LPAR) != null) {
            List<Alias> a = importFromAsNames();
            if (a != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null) {
                    return a;
                }
            }
            mark = m;
        }
        List<Alias> a = importFromAsNames();
        if (a != null && !check(TokenType.COMMA)) {
            return a;
        }
        mark = m;
        Token star = expect(TokenType.STAR);
        if (star != null) {
            return List.of(new Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(), star.endColOffset()));
        }
        if (callInvalidRules) {
            invalidImportFromTargets();
            mark = m;
        }
        return null;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> out = new ArrayList<>();
        while (true) {
            int m = mark;
            Token n = nameToken();
            if (n == null) {
                if (!out.isEmpty()) {
                    mark--;
                }
                break;
            }
            String as = asName();
            out.add(new Alias(identifier(n.string()), as, lineAt(m), colAt(m), endLine(), endCol()));
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private String asName() {
        int before = mark;
        if (keyword("as") != null) {
            Token z = nameToken();
            if (z != null) {
                return identifier(z.string());
            }
        }
        mark = before;
        return null;
    }

    private List<Alias> dottedAsNames() {
        List<Alias> out = new ArrayList<>();
        while (true) {
            int m = mark;
            String n = dottedName();
            if (n == null) {
                if (!out.isEmpty()) {
                    mark--;
                }
                break;
            }
            String as = asName();
            out.add(new Alias(n, as, lineAt(m), colAt(m), endLine(), endCol()));
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        return out.isEmpty() ? null : out;
    }

    final String dottedName() {
        Token n = nameToken();
        if (n == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(identifier(n.string()));
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
            sb.append('.').append(identifier(b.string()));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------ blocks and definitions

    final List<Stmt> block() {
        int m = mark;
        Object r = memoGet(M_BLOCK);
        if (r != null) {
            @SuppressWarnings("unchecked")
            List<Stmt> cached = r == FAIL ? null : (List<Stmt>) r;
            return cached;
        }
        List<Stmt> b = blockUncached();
        memoPut(M_BLOCK, m, b);
        return b;
    }

    private List<Stmt> blockUncached() {
        int m = mark;
        if (expect(TokenType.NEWLINE) != null && expect(TokenType.INDENT) != null) {
            List<Stmt> a = statements();
            if (a != null && expect(TokenType.DEDENT) != null) {
                return a;
            }
        }
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s != null) {
            return s;
        }
        mark = m;
        if (callInvalidRules) {
            if (expect(TokenType.NEWLINE) != null && !check(TokenType.INDENT)) {
                throw indentationError("expected an indented block");
            }
            mark = m;
        }
        return null;
    }

    private List<Expr> decorators() {
        List<Expr> out = null;
        while (true) {
            int before = mark;
            if (expect(TokenType.AT) == null) {
                break;
            }
            Expr f = namedExpression();
            if (f == null || expect(TokenType.NEWLINE) == null) {
                mark = before;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(f);
        }
        return out;
    }

    private Stmt classDef() {
        int m = mark;
        List<Expr> decorators = decorators();
        if (decorators == null && check(TokenType.AT)) {
            return null;
        }
        Stmt.ClassDef c = classDefRaw();
        if (c == null) {
            mark = m;
            return null;
        }
        if (decorators == null) {
            return c;
        }
        return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), decorators, c.typeParams(),
                c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
    }

    private Stmt.ClassDef classDefRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidClassDefRaw();
            mark = m;
        }
        if (keyword("class") == null) {
            return null;
        }
        Token a = nameToken();
        if (a == null) {
            mark = m;
            return null;
        }
        List<org.krait.compiler.ast.TypeParam> t = check(TokenType.LSQB) ? typeParams() : null;
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        int beforeArgs = mark;
        if (expect(TokenType.LPAR) != null) {
            Expr.Call z = arguments();
            if (expect(TokenType.RPAR) != null) {
                if (z != null) {
                    bases = z.args();
                    keywords = z.keywords();
                }
            } else {
                mark = beforeArgs;
            }
        }
        if (expect(TokenType.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> c = block();
        if (c == null) {
            mark = m;
            return null;
        }
        return new Stmt.ClassDef(identifier(a.string()), bases, keywords, c, List.of(), t == null ? List.of() : t,
                lineAt(m), colAt(m), endLine(), endCol());
    }

    private Stmt functionDef() {
        int m = mark;
        List<Expr> decorators = decorators();
        if (decorators == null && check(TokenType.AT)) {
            return null;
        }
        Stmt f = functionDefRaw();
        if (f == null) {
            mark = m;
            return null;
        }
        if (decorators == null) {
            return f;
        }
        if (f instanceof Stmt.FunctionDef d) {
            return new Stmt.FunctionDef(d.name(), d.args(), d.body(), decorators, d.returns(), d.typeComment(),
                    d.typeParams(), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
        }
        Stmt.AsyncFunctionDef d = (Stmt.AsyncFunctionDef) f;
        return new Stmt.AsyncFunctionDef(d.name(), d.args(), d.body(), decorators, d.returns(), d.typeComment(),
                d.typeParams(), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
    }

    private Stmt functionDefRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = m;
        }
        boolean isAsync = keyword("async") != null;
        if (keyword("def") == null) {
            mark = m;
            return null;
        }
        Token n = nameToken();
        if (n == null) {
            mark = m;
            return null;
        }
        List<org.krait.compiler.ast.TypeParam> t = check(TokenType.LSQB) ? typeParams() : null;
        forcedToken(TokenType.LPAR);
        org.krait.compiler.ast.Arguments params = params();
        if (expect(TokenType.RPAR) == null) {
            mark = m;
            return null;
        }
        Expr returns = null;
        int beforeArrow = mark;
        if (expect(TokenType.RARROW) != null) {
            returns = expression();
            if (returns == null) {
                mark = beforeArrow;
            }
        }
        forcedToken(TokenType.COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        if (params == null) {
            params = emptyArguments();
        }
        String name = identifier(n.string());
        List<org.krait.compiler.ast.TypeParam> tp = t == null ? List.of() : t;
        if (isAsync) {
            return new Stmt.AsyncFunctionDef(name, params, b, List.of(), returns, null, tp, lineAt(m), colAt(m),
                    endLine(), endCol());
        }
        return new Stmt.FunctionDef(name, params, b, List.of(), returns, null, tp, lineAt(m), colAt(m), endLine(),
                endCol());
    }

    /** pegen's &&token: the token must be there, else "expected 'x'" at the token found. */
    final Token forcedToken(TokenType type) {
        Token t = expect(type);
        if (t == null) {
            throw errorKnownLocation(peek(), "expected '" + type.text + "'");
        }
        return t;
    }

    // ------------------------------------------------------------ if / while / for / with / try

    private Stmt ifStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidIfStmt("if");
            mark = m;
        }
        return ifOrElif("if");
    }

    private Stmt ifOrElif(String kw) {
        int m = mark;
        if (keyword(kw) == null) {
            return null;
        }
        Expr a = namedExpression();
        if (a == null || expect(TokenType.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        int afterBlock = mark;
        if (isKeyword("elif")) {
            if (callInvalidRules) {
                invalidIfStmt("elif");
                mark = afterBlock;
            }
            Stmt c = ifOrElif("elif");
            if (c != null) {
                return new Stmt.If(a, b, List.of(c), lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = afterBlock;
        }
        List<Stmt> c = elseBlock();
        return new Stmt.If(a, b, c == null ? List.of() : c, lineAt(m), colAt(m), endLine(), endCol());
    }

    private List<Stmt> elseBlock() {
        int m = mark;
        if (callInvalidRules) {
            invalidBlockAfter("else", false);
            mark = m;
        }
        if (keyword("else") == null) {
            return null;
        }
        forcedToken(TokenType.COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
        }
        return b;
    }

    private Stmt whileStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidIfStmt("while");
            mark = m;
        }
        keyword("while");
        Expr a = namedExpression();
        if (a == null || expect(TokenType.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        List<Stmt> c = elseBlock();
        return new Stmt.While(a, b, c == null ? List.of() : c, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Stmt forStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = m;
        }
        boolean isAsync = keyword("async") != null;
        if (keyword("for") != null) {
            Expr t = starTargets();
            if (t != null && keyword("in") != null) {
                Expr ex = starExpressions();
                if (ex == null || expect(TokenType.COLON) == null) {
                    mark = m;
                    return null; // cut
                }
                List<Stmt> b = block();
                if (b == null) {
                    mark = m;
                    return null;
                }
                List<Stmt> el = elseBlock();
                List<Stmt> orelse = el == null ? List.of() : el;
                if (isAsync) {
                    return new Stmt.AsyncFor(t, ex, b, orelse, null, lineAt(m), colAt(m), endLine(), endCol());
                }
                return new Stmt.For(t, ex, b, orelse, null, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    private Stmt withStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = m;
        }
        boolean isAsync = keyword("async") != null;
        if (keyword("with") == null) {
            mark = m;
            return null;
        }
        int afterWith = mark;
        if (expect(TokenType.LPAR) != null) {
            List<Withitem> items = withItems();
            if (items != null) {
                expect(TokenType.COMMA);
                if (expect(TokenType.RPAR) != null && expect(TokenType.COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return withNode(isAsync, items, b, m);
                    }
                }
            }
            mark = afterWith;
        }
        List<Withitem> items = withItems();
        if (items != null && expect(TokenType.COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return withNode(isAsync, items, b, m);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidWithStmt();
            mark = m;
        }
        return null;
    }

    private Stmt withNode(boolean isAsync, List<Withitem> items, List<Stmt> b, int m) {
        if (isAsync) {
            return new Stmt.AsyncWith(items, b, null, lineAt(m), colAt(m), endLine(), endCol());
        }
        return new Stmt.With(items, b, null, lineAt(m), colAt(m), endLine(), endCol());
    }

    private List<Withitem> withItems() {
        List<Withitem> out = gather(TokenType.COMMA, this::withItem);
        return out.isEmpty() ? null : out;
    }

    private Withitem withItem() {
        int m = mark;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        int afterE = mark;
        if (keyword("as") != null) {
            Expr t = starTarget();
            if (t != null) {
                TokenType next = peekType();
                if (next == TokenType.COMMA || next == TokenType.RPAR || next == TokenType.COLON) {
                    return new Withitem(e, t);
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidWithItem();
            mark = m;
        }
        mark = afterE;
        return new Withitem(e, null);
    }

    private Stmt tryStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = m;
        }
        keyword("try");
        forcedToken(TokenType.COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        int afterBody = mark;
        List<Stmt> f = finallyBlock();
        if (f != null) {
            return new Stmt.Try(b, List.of(), List.of(), f, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = afterBody;
        for (boolean star : new boolean[] {false, true}) {
            List<ExceptHandler> handlers = new ArrayList<>();
            while (true) {
                ExceptHandler h = exceptBlock(star);
                if (h == null) {
                    break;
                }
                handlers.add(h);
            }
            if (!handlers.isEmpty()) {
                List<Stmt> el = elseBlock();
                List<Stmt> fin = finallyBlock();
                List<Stmt> orelse = el == null ? List.of() : el;
                List<Stmt> finalbody = fin == null ? List.of() : fin;
                if (star) {
                    return new Stmt.TryStar(b, handlers, orelse, finalbody, lineAt(m), colAt(m), endLine(), endCol());
                }
                return new Stmt.Try(b, handlers, orelse, finalbody, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = afterBody;
        }
        mark = m;
        return null;
    }

    /** except_block / except_star_block, for the invalid_* rules. */
    final boolean exceptBlockForInvalid(boolean star) {
        return exceptBlock(star) != null;
    }

    private ExceptHandler exceptBlock(boolean star) {
        int m = mark;
        if (callInvalidRules) {
            invalidExceptStmtIndent(star);
            mark = m;
        }
        if (keyword("except") == null) {
            return null;
        }
        if (star && expect(TokenType.STAR) == null) {
            mark = m;
            return null;
        }
        Expr e = expression();
        if (e != null) {
            String name = null;
            int afterE = mark;
            if (keyword("as") != null) {
                Token z = nameToken();
                if (z != null) {
                    name = identifier(z.string());
                } else {
                    mark = afterE;
                }
            }
            if (expect(TokenType.COLON) != null) {
                List<Stmt> b = block();
                if (b != null) {
                    return new ExceptHandler(e, name, b, lineAt(m), colAt(m), endLine(), endCol());
                }
            }
        } else if (!star && expect(TokenType.COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return new ExceptHandler(null, null, b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = m;
        }
        return null;
    }

    private List<Stmt> finallyBlock() {
        int m = mark;
        if (callInvalidRules) {
            invalidBlockAfter("finally", false);
            mark = m;
        }
        if (keyword("finally") == null) {
            return null;
        }
        forcedToken(TokenType.COLON);
        List<Stmt> a = block();
        if (a == null) {
            mark = m;
        }
        return a;
    }

    // ------------------------------------------------------------ invalid_* hooks

    abstract void invalidAssignment();

    abstract void invalidDelStmt();

    abstract void invalidImport();

    abstract void invalidImportFromTargets();

    abstract void invalidClassDefRaw();

    abstract void invalidDefRaw();

    /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
    abstract void invalidIfStmt(String kw);

    /** invalid_else_stmt / invalid_finally_stmt. */
    abstract void invalidBlockAfter(String kw, boolean unused);

    abstract void invalidForStmt();

    abstract void invalidWithStmtIndent();

    abstract void invalidWithStmt();

    abstract void invalidWithItem();

    abstract void invalidTryStmt();

    abstract void invalidExceptStmtIndent(boolean star);

    abstract void invalidExceptStmt();
}
