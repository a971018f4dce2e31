package org.krait.compiler.parser;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.BoolOpKind;
import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.UnaryOpKind;

/**
 * The expression rules of CPython 3.12's Grammar/python.gram, one method per rule, in the
 * grammar's order of alternatives. Left-recursive rules are loops. Each method returns null when
 * its rule does not match, leaving {@link #mark} where it started.
 */
abstract class ExpressionRules extends ParserBase {
    static final int M_EXPRESSION = 1, M_STAR_EXPRESSION = 2, M_DISJUNCTION = 3, M_CONJUNCTION = 4, M_INVERSION = 5,
            M_FACTOR = 6, M_AWAIT_PRIMARY = 7, M_STRINGS = 8, M_ARGUMENTS = 9, M_STAR_TARGET = 10,
            M_TARGET_WITH_STAR_ATOM = 11, M_DEL_TARGET = 12, M_BITWISE_OR = 14,
            M_T_PRIMARY = 15, M_PRIMARY = 16;

    ExpressionRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** Lambda parameters live with the function parameters, in the statement rules. */
    abstract org.krait.compiler.ast.Arguments lambdaParams();

    /** f-strings and string concatenation. */
    abstract Expr strings();

    // ------------------------------------------------------------ expressions

    final Expr expressions() {
        int m = mark;
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (check(TokenType.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            while (true) {
                int before = mark;
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
                Expr b = expression();
                if (b == null) {
                    mark = before;
                    break;
                }
                elts.add(b);
            }
            expect(TokenType.COMMA);
            return new Expr.Tuple(elts, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
        }
        return a;
    }

    final Expr expression() {
        int m = mark;
        Object r = memoGet(M_EXPRESSION);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = expressionUncached();
        memoPut(M_EXPRESSION, m, e);
        return e;
    }

    private Expr expressionUncached() {
        int m = mark;
        if (callInvalidRules) {
            invalidExpression();
            mark = m;
            invalidLegacyExpression();
            mark = m;
        }
        Expr a = disjunction();
        if (a != null) {
            int afterA = mark;
            if (keyword("if") != null) {
                Expr b = disjunction();
                if (b != null && keyword("else") != null) {
                    Expr c = expression();
                    if (c != null) {
                        return new Expr.IfExp(b, a, c, lineAt(m), colAt(m), endLine(), endCol());
                    }
                }
            }
            mark = afterA;
            return a;
        }
        mark = m;
        return lambdef();
    }

    /** expression_without_invalid: the expression rule with the invalid_ rules switched off. */
    final Expr expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        int m = mark;
        try {
            Expr a = disjunction();
            if (a != null) {
                int afterA = mark;
                if (keyword("if") != null) {
                    Expr b = disjunction();
                    if (b != null && keyword("else") != null) {
                        Expr c = expression();
                        if (c != null) {
                            return new Expr.IfExp(b, a, c, lineAt(m), colAt(m), endLine(), endCol());
                        }
                    }
                }
                mark = afterA;
                return a;
            }
            mark = m;
            return lambdef();
        } finally {
            callInvalidRules = saved;
        }
    }

    final Expr yieldExpr() {
        int m = mark;
        if (keyword("yield") == null) {
            return null;
        }
        if (keyword("from") != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.YieldFrom(a, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = m + 1;
        }
        Expr a = starExpressions();
        return new Expr.Yield(a, lineAt(m), colAt(m), endLine(), endCol());
    }

    final Expr starExpressions() {
        int m = mark;
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (check(TokenType.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            while (true) {
                int before = mark;
                if (expect(TokenType.COMMA) == null) {
                    break;
                }
                Expr b = starExpression();
                if (b == null) {
                    mark = before;
                    break;
                }
                elts.add(b);
            }
            expect(TokenType.COMMA);
            return new Expr.Tuple(elts, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
        }
        return a;
    }

    final Expr starExpression() {
        int m = mark;
        Object r = memoGet(M_STAR_EXPRESSION);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = null;
        if (expect(TokenType.STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                e = new Expr.Starred(a, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
            } else {
                mark = m;
            }
        }
        if (e == null) {
            e = expression();
        }
        memoPut(M_STAR_EXPRESSION, m, e);
        return e;
    }

    final List<Expr> starNamedExpressions() {
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int before = mark;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            Expr b = starNamedExpression();
            if (b == null) {
                mark = before;
                break;
            }
            out.add(b);
        }
        expect(TokenType.COMMA);
        return out;
    }

    final Expr starNamedExpression() {
        int m = mark;
        if (expect(TokenType.STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new Expr.Starred(a, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = m;
        }
        return namedExpression();
    }

    final Expr assignmentExpression() {
        int m = mark;
        Token n = nameToken();
        if (n == null || expect(TokenType.COLONEQUAL) == null) {
            mark = m;
            return null;
        }
        Expr b = expression();
        if (b == null) {
            mark = m;
            return null;
        }
        Expr target = new Expr.Name(identifier(n.string()), ExprContext.Store, n.lineno(), n.colOffset(),
                n.endLineno(), n.endColOffset());
        return new Expr.NamedExpr(target, b, lineAt(m), colAt(m), endLine(), endCol());
    }

    final Expr namedExpression() {
        int m = mark;
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = m;
        }
        Expr e = expression();
        if (e != null && !check(TokenType.COLONEQUAL)) {
            return e;
        }
        mark = m;
        return null;
    }

    final Expr disjunction() {
        return boolOp(M_DISJUNCTION, "or", BoolOpKind.Or);
    }

    final Expr conjunction() {
        return boolOp(M_CONJUNCTION, "and", BoolOpKind.And);
    }

    private Expr boolOp(int rule, String kw, BoolOpKind kind) {
        int m = mark;
        Object r = memoGet(rule);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr a = kind == BoolOpKind.Or ? conjunction() : inversion();
        if (a != null && isKeyword(kw)) {
            List<Expr> values = new ArrayList<>();
            values.add(a);
            while (true) {
                int before = mark;
                if (keyword(kw) == null) {
                    break;
                }
                Expr b = kind == BoolOpKind.Or ? conjunction() : inversion();
                if (b == null) {
                    mark = before;
                    break;
                }
                values.add(b);
            }
            if (values.size() > 1) {
                a = new Expr.BoolOp(kind, values, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        memoPut(rule, m, a);
        return a;
    }

    final Expr inversion() {
        int m = mark;
        Object r = memoGet(M_INVERSION);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = null;
        if (keyword("not") != null) {
            enter();
            Expr a = inversion();
            depth--;
            if (a != null) {
                e = new Expr.UnaryOp(UnaryOpKind.Not, a, lineAt(m), colAt(m), endLine(), endCol());
            } else {
                mark = m;
            }
        }
        if (e == null) {
            e = comparison();
        }
        memoPut(M_INVERSION, m, e);
        return e;
    }

    /** Bounds recursion through unary operators and nested brackets, as pegen's MAXSTACK does. */
    final void enter() {
        if (++depth > 4000) {
            throw new ParserTooDeep();
        }
    }

    /** Thrown when nesting exceeds what we parse: reported like CPython's "too complex" MemoryError path. */
    static final class ParserTooDeep extends RuntimeException {
        ParserTooDeep() {
            super(null, null, false, false);
        }
    }

    final Expr comparison() {
        int m = mark;
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int before = mark;
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            Expr b = bitwiseOr();
            if (b == null) {
                mark = before;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        return new Expr.Compare(a, ops, comparators, lineAt(m), colAt(m), endLine(), endCol());
    }

    private CmpOp compareOp() {
        Token t = peek();
        switch (t.type()) {
            case EQEQUAL: mark++; return CmpOp.Eq;
            case NOTEQUAL:
                // "<>" is only accepted with `from __future__ import barry_as_FLUFL`
                if (!t.string().equals("!=")) {
                    return null;
                }
                mark++;
                return CmpOp.NotEq;
            case LESSEQUAL: mark++; return CmpOp.LtE;
            case LESS: mark++; return CmpOp.Lt;
            case GREATEREQUAL: mark++; return CmpOp.GtE;
            case GREATER: mark++; return CmpOp.Gt;
            case NAME:
                switch (t.string()) {
                    case "not":
                        if (tokenAt(mark + 1).type() == TokenType.NAME && tokenAt(mark + 1).string().equals("in")) {
                            mark += 2;
                            return CmpOp.NotIn;
                        }
                        return null;
                    case "in": mark++; return CmpOp.In;
                    case "is":
                        mark++;
                        if (keyword("not") != null) {
                            return CmpOp.IsNot;
                        }
                        return CmpOp.Is;
                    default: return null;
                }
            default:
                return null;
        }
    }

    final Expr bitwiseOr() {
        int m = mark;
        Object r = memoGet(M_BITWISE_OR);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = binary(0);
        memoPut(M_BITWISE_OR, m, e);
        return e;
    }

    /**
     * The left-recursive binary-operator rules as one loop per precedence level:
     * 0 bitwise_or, 1 bitwise_xor, 2 bitwise_and, 3 shift_expr, 4 sum, 5 term; then factor.
     */
    private Expr binary(int level) {
        int m = mark;
        Expr a = level == 5 ? factor() : binary(level + 1);
        if (a == null) {
            return null;
        }
        while (true) {
            int before = mark;
            Operator op = binaryOp(level);
            if (op == null) {
                return a;
            }
            Expr b = level == 5 ? factor() : binary(level + 1);
            if (b == null) {
                mark = before;
                return a;
            }
            a = new Expr.BinOp(a, op, b, lineAt(m), colAt(m), endLine(), endCol());
        }
    }

    private Operator binaryOp(int level) {
        TokenType t = peekType();
        Operator op = switch (level) {
            case 0 -> t == TokenType.VBAR ? Operator.BitOr : null;
            case 1 -> t == TokenType.CIRCUMFLEX ? Operator.BitXor : null;
            case 2 -> t == TokenType.AMPER ? Operator.BitAnd : null;
            case 3 -> t == TokenType.LEFTSHIFT ? Operator.LShift : t == TokenType.RIGHTSHIFT ? Operator.RShift : null;
            case 4 -> t == TokenType.PLUS ? Operator.Add : t == TokenType.MINUS ? Operator.Sub : null;
            default -> switch (t) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    final Expr factor() {
        int m = mark;
        Object r = memoGet(M_FACTOR);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = null;
        UnaryOpKind op = switch (peekType()) {
            case PLUS -> UnaryOpKind.UAdd;
            case MINUS -> UnaryOpKind.USub;
            case TILDE -> UnaryOpKind.Invert;
            default -> null;
        };
        if (op != null) {
            mark++;
            enter();
            Expr a = factor();
            depth--;
            if (a != null) {
                e = new Expr.UnaryOp(op, a, lineAt(m), colAt(m), endLine(), endCol());
            } else {
                mark = m;
            }
        }
        if (e == null) {
            e = power();
        }
        memoPut(M_FACTOR, m, e);
        return e;
    }

    private Expr power() {
        int m = mark;
        Expr a = awaitPrimary();
        if (a == null) {
            return null;
        }
        int afterA = mark;
        if (expect(TokenType.DOUBLESTAR) != null) {
            enter();
            Expr b = factor();
            depth--;
            if (b != null) {
                return new Expr.BinOp(a, Operator.Pow, b, lineAt(m), colAt(m), endLine(), endCol());
            }
            mark = afterA;
        }
        return a;
    }

    private Expr awaitPrimary() {
        int m = mark;
        Object r = memoGet(M_AWAIT_PRIMARY);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = null;
        if (keyword("await") != null) {
            Expr a = primary();
            if (a != null) {
                e = new Expr.Await(a, lineAt(m), colAt(m), endLine(), endCol());
            } else {
                mark = m;
            }
        }
        if (e == null) {
            e = primary();
        }
        memoPut(M_AWAIT_PRIMARY, m, e);
        return e;
    }

    final Expr primary() {
        int m = mark;
        Object r = memoGet(M_PRIMARY);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr a = atom();
        if (a != null) {
            while (true) {
                Expr next = primarySuffix(a, m, ExprContext.Load);
                if (next == null) {
                    break;
                }
                a = next;
            }
        }
        memoPut(M_PRIMARY, m, a);
        return a;
    }

    /** One `.name`, genexp call, `(args)` call or `[slices]` after {@code a} (primary's left recursion). */
    final Expr primarySuffix(Expr a, int m, ExprContext ctx) {
        int before = mark;
        switch (peekType()) {
            case DOT: {
                mark++;
                Token b = nameToken();
                if (b != null) {
                    return new Expr.Attribute(a, identifier(b.string()), ctx, lineAt(m), colAt(m), endLine(), endCol());
                }
                break;
            }
            case LPAR: {
                Expr g = genexp();
                if (g != null) {
                    return new Expr.Call(a, List.of(g), List.of(), lineAt(m), colAt(m), endLine(), endCol());
                }
                mark = before + 1;
                Expr.Call args = arguments();
                if (expect(TokenType.RPAR) != null) {
                    return new Expr.Call(a, args == null ? List.of() : args.args(),
                            args == null ? List.of() : args.keywords(), lineAt(m), colAt(m), endLine(), endCol());
                }
                break;
            }
            case LSQB: {
                mark++;
                Expr s = slices();
                if (s != null && expect(TokenType.RSQB) != null) {
                    return new Expr.Subscript(a, s, ctx, lineAt(m), colAt(m), endLine(), endCol());
                }
                break;
            }
            default:
                break;
        }
        mark = before;
        return null;
    }

    final Expr slices() {
        int m = mark;
        Expr a = slice();
        if (a != null && !check(TokenType.COMMA)) {
            return a;
        }
        mark = m;
        List<Expr> elts = new ArrayList<>();
        while (true) {
            int before = mark;
            Expr e = slice();
            if (e == null) {
                e = starredExpression();
            }
            if (e == null) {
                mark = before;
                if (!elts.isEmpty()) {
                    mark--; // give back the separator
                }
                break;
            }
            elts.add(e);
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        if (elts.isEmpty()) {
            mark = m;
            return null;
        }
        expect(TokenType.COMMA);
        return new Expr.Tuple(elts, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Expr slice() {
        int m = mark;
        Expr a = expression();
        if (expect(TokenType.COLON) != null) {
            Expr b = expression();
            Expr c = null;
            int beforeC = mark;
            if (expect(TokenType.COLON) != null) {
                c = expression();
            } else {
                mark = beforeC;
            }
            return new Expr.Slice(a, b, c, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        return namedExpression();
    }

    final Expr atom() {
        Token t = peek();
        int m = mark;
        switch (t.type()) {
            case NAME:
                switch (t.string()) {
                    case "True": mark++; return constant(Boolean.TRUE, t);
                    case "False": mark++; return constant(Boolean.FALSE, t);
                    case "None": mark++; return constant(PySingleton.None, t);
                    default: return name();
                }
            case STRING:
            case FSTRING_START:
                return strings();
            case NUMBER:
                mark++;
                return new Expr.Constant(numberValue(t), null, t.lineno(), t.colOffset(), t.endLineno(),
                        t.endColOffset());
            case LPAR: {
                enter();
                try {
                    Expr e = tuple();
                    if (e == null) {
                        e = group();
                    }
                    if (e == null) {
                        e = genexp();
                    }
                    return e;
                } finally {
                    depth--;
                }
            }
            case LSQB: {
                enter();
                try {
                    Expr e = list();
                    return e != null ? e : listcomp();
                } finally {
                    depth--;
                }
            }
            case LBRACE: {
                enter();
                try {
                    Expr e = dict();
                    if (e == null) {
                        e = set();
                    }
                    if (e == null) {
                        e = dictcomp();
                    }
                    if (e == null) {
                        e = setcomp();
                    }
                    return e;
                } finally {
                    depth--;
                }
            }
            case ELLIPSIS:
                mark++;
                return constant(PySingleton.Ellipsis, t);
            default:
                mark = m;
                return null;
        }
    }

    static Expr.Constant constant(Object value, Token t) {
        return new Expr.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    abstract Object numberValue(Token t);

    private Expr group() {
        int m = mark;
        if (expect(TokenType.LPAR) == null) {
            return null;
        }
        Expr a = yieldExpr();
        if (a == null) {
            a = namedExpression();
        }
        if (a != null && expect(TokenType.RPAR) != null) {
            return a;
        }
        mark = m;
        if (callInvalidRules) {
            invalidGroup();
            mark = m;
        }
        return null;
    }

    final Expr lambdef() {
        int m = mark;
        if (keyword("lambda") == null) {
            return null;
        }
        org.krait.compiler.ast.Arguments a = lambdaParams();
        if (expect(TokenType.COLON) == null) {
            mark = m;
            return null;
        }
        Expr b = expression();
        if (b == null) {
            mark = m;
            return null;
        }
        if (a == null) {
            a = emptyArguments();
        }
        return new Expr.Lambda(a, b, lineAt(m), colAt(m), endLine(), endCol());
    }

    static org.krait.compiler.ast.Arguments emptyArguments() {
        return new org.krait.compiler.ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // ------------------------------------------------------------ displays

    private Expr list() {
        int m = mark;
        expect(TokenType.LSQB);
        List<Expr> a = starNamedExpressions();
        if (expect(TokenType.RSQB) == null) {
            mark = m;
            return null;
        }
        return new Expr.List(a == null ? List.of() : a, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Expr tuple() {
        int m = mark;
        expect(TokenType.LPAR);
        List<Expr> elts = List.of();
        int inner = mark;
        Expr y = starNamedExpression();
        if (y != null && expect(TokenType.COMMA) != null) {
            elts = new ArrayList<>();
            elts.add(y);
            List<Expr> z = starNamedExpressions();
            if (z != null) {
                elts.addAll(z);
            }
        } else {
            mark = inner;
        }
        if (expect(TokenType.RPAR) == null) {
            mark = m;
            return null;
        }
        return new Expr.Tuple(elts, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Expr set() {
        int m = mark;
        expect(TokenType.LBRACE);
        List<Expr> a = starNamedExpressions();
        if (a == null || expect(TokenType.RBRACE) == null) {
            mark = m;
            return null;
        }
        return new Expr.Set(a, lineAt(m), colAt(m), endLine(), endCol());
    }

    private Expr dict() {
        int m = mark;
        expect(TokenType.LBRACE);
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        doubleStarredKvpairs(keys, values);
        if (expect(TokenType.RBRACE) != null) {
            return new Expr.Dict(keys, values, lineAt(m), colAt(m), endLine(), endCol());
        }
        mark = m;
        if (callInvalidRules) {
            expect(TokenType.LBRACE);
            invalidDoubleStarredKvpairs();
            mark = m;
        }
        return null;
    }

    /** double_starred_kvpairs: appends to keys/values; returns false if none matched. */
    private boolean doubleStarredKvpairs(List<Expr> keys, List<Expr> values) {
        boolean any = false;
        while (true) {
            int before = mark;
            if (!doubleStarredKvpair(keys, values)) {
                mark = before;
                if (any) {
                    mark--; // the separating comma is not ours
                }
                break;
            }
            any = true;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        if (any) {
            expect(TokenType.COMMA);
        }
        return any;
    }

    private boolean doubleStarredKvpair(List<Expr> keys, List<Expr> values) {
        int m = mark;
        if (expect(TokenType.DOUBLESTAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                keys.add(null);
                values.add(a);
                return true;
            }
            mark = m;
        }
        Expr[] kv = kvpair();
        if (kv == null) {
            return false;
        }
        keys.add(kv[0]);
        values.add(kv[1]);
        return true;
    }

    private Expr[] kvpair() {
        int m = mark;
        Expr a = expression();
        if (a == null || expect(TokenType.COLON) == null) {
            mark = m;
            return null;
        }
        Expr b = expression();
        if (b == null) {
            mark = m;
            return null;
        }
        return new Expr[] {a, b};
    }

    // ------------------------------------------------------------ comprehensions

    final List<Comprehension> forIfClauses() {
        List<Comprehension> out = null;
        while (true) {
            Comprehension c = forIfClause();
            if (c == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(c);
        }
        return out;
    }

    private Comprehension forIfClause() {
        int m = mark;
        int isAsync = 0;
        if (keyword("async") != null) {
            isAsync = 1;
        }
        if (keyword("for") != null) {
            Expr target = starTargets();
            if (target != null && keyword("in") != null) {
                // cut: past 'in', no other alternative is tried
                Expr iter = disjunction();
                if (iter == null) {
                    mark = m;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int before = mark;
                    if (keyword("if") == null) {
                        break;
                    }
                    Expr z = disjunction();
                    if (z == null) {
                        mark = before;
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(target, iter, ifs, isAsync);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForIfClause();
            mark = m;
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    /** for_if_clauses, where a comprehension needs at least one clause. */
    final List<Comprehension> forIfClausesCut() {
        return forIfClauses();
    }

    private Expr listcomp() {
        int m = mark;
        expect(TokenType.LSQB);
        Expr a = namedOrStarredElt();
        if (a != null) {
            List<Comprehension> b = forIfClausesCut();
            if (b != null && expect(TokenType.RSQB) != null) {
                return new Expr.ListComp(a, b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    /** In 3.12, list/set comprehension elements are named expressions (star_named_expression minus '*'). */
    private Expr namedOrStarredElt() {
        return namedExpression();
    }

    private Expr setcomp() {
        int m = mark;
        expect(TokenType.LBRACE);
        Expr a = namedOrStarredElt();
        if (a != null) {
            List<Comprehension> b = forIfClausesCut();
            if (b != null && expect(TokenType.RBRACE) != null) {
                return new Expr.SetComp(a, b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    final Expr genexp() {
        int m = mark;
        if (expect(TokenType.LPAR) == null) {
            return null;
        }
        Expr a = assignmentExpression();
        if (a == null) {
            int before = mark;
            a = expression();
            if (a != null && check(TokenType.COLONEQUAL)) {
                a = null;
                mark = before;
            }
        }
        if (a != null) {
            List<Comprehension> b = forIfClausesCut();
            if (b != null && expect(TokenType.RPAR) != null) {
                return new Expr.GeneratorExp(a, b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    private Expr dictcomp() {
        int m = mark;
        expect(TokenType.LBRACE);
        Expr[] kv = kvpair();
        if (kv != null) {
            List<Comprehension> b = forIfClausesCut();
            if (b != null && expect(TokenType.RBRACE) != null) {
                return new Expr.DictComp(kv[0], kv[1], b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidDictComprehension();
            mark = m;
        }
        return null;
    }

    // ------------------------------------------------------------ call arguments

    /** arguments: returns a Call holding args and keywords (as pegen does), or null. */
    final Expr.Call arguments() {
        int m = mark;
        Object r = memoGet(M_ARGUMENTS);
        if (r != null) {
            return r == FAIL ? null : (Expr.Call) r;
        }
        Expr.Call a = args();
        if (a != null) {
            expect(TokenType.COMMA);
            if (!check(TokenType.RPAR)) {
                a = null;
            }
        }
        if (a == null) {
            mark = m;
            if (callInvalidRules) {
                invalidArguments();
                mark = m;
            }
        }
        memoPut(M_ARGUMENTS, m, a);
        return a;
    }

    /** A positional argument: starred_expression | (assignment_expression | expression !':=') !'='. */
    private Expr positionalArg() {
        int m = mark;
        Expr e = starredExpression();
        if (e != null) {
            return e;
        }
        e = assignmentExpression();
        if (e == null) {
            e = expression();
            if (e != null && check(TokenType.COLONEQUAL)) {
                e = null;
            }
        }
        if (e != null && !check(TokenType.EQUAL)) {
            return e;
        }
        mark = m;
        return null;
    }

    final Expr.Call args() {
        int m = mark;
        List<Expr> positional = new ArrayList<>();
        while (true) {
            int before = mark;
            Expr e = positionalArg();
            if (e == null) {
                mark = before;
                if (!positional.isEmpty()) {
                    mark--; // the comma before is not ours
                }
                break;
            }
            positional.add(e);
            if (expect(TokenType.COMMA) == null) {
                break;
            }
        }
        if (!positional.isEmpty()) {
            int beforeKw = mark;
            List<Object> kw = null;
            if (expect(TokenType.COMMA) != null) {
                kw = kwargs();
                if (kw == null) {
                    mark = beforeKw;
                }
            }
            List<Expr> allArgs = new ArrayList<>(positional);
            List<Keyword> keywords = new ArrayList<>();
            if (kw != null) {
                splitKwargs(kw, allArgs, keywords);
            }
            return dummyCall(allArgs, keywords, m);
        }
        mark = m;
        List<Object> kw = kwargs();
        if (kw == null) {
            return null;
        }
        List<Expr> allArgs = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        splitKwargs(kw, allArgs, keywords);
        return dummyCall(allArgs, keywords, m);
    }

    private Expr.Call dummyCall(List<Expr> args, List<Keyword> keywords, int m) {
        Expr dummy = new Expr.Name("", ExprContext.Load, 1, 0, 1, 0);
        return new Expr.Call(dummy, args, keywords, lineAt(m), colAt(m), endLine(), endCol());
    }

    private static void splitKwargs(List<Object> kw, List<Expr> args, List<Keyword> keywords) {
        for (Object o : kw) {
            if (o instanceof Keyword k) {
                keywords.add(k);
            } else {
                args.add((Expr) o);
            }
        }
    }

    /** kwargs: a list of Keyword (keyword args, **x) and Expr (starred args), in order. */
    final List<Object> kwargs() {
        int m = mark;
        List<Object> a = separated(true);
        if (a != null) {
            int afterA = mark;
            if (expect(TokenType.COMMA) != null) {
                List<Object> b = separated(false);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = afterA;
            return a;
        }
        mark = m;
        return separated(false);
    }

    /** ','.kwarg_or_starred+ (starred=true) or ','.kwarg_or_double_starred+ (starred=false). */
    private List<Object> separated(boolean starred) {
        List<Object> out = gather(TokenType.COMMA, () -> starred ? kwargOrStarred() : kwargOrDoubleStarred());
        return out.isEmpty() ? null : out;
    }

    final Expr starredExpression() {
        int m = mark;
        if (callInvalidRules) {
            invalidStarredExpression();
            mark = m;
        }
        if (expect(TokenType.STAR) != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.Starred(a, ExprContext.Load, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Object kwargOrStarred() {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Keyword k = namedKeyword();
        if (k != null) {
            return k;
        }
        return starredExpression();
    }

    private Object kwargOrDoubleStarred() {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Keyword k = namedKeyword();
        if (k != null) {
            return k;
        }
        if (expect(TokenType.DOUBLESTAR) != null) {
            Expr a = expression();
            if (a != null) {
                return new Keyword(null, a, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Keyword namedKeyword() {
        int m = mark;
        Token n = nameToken();
        if (n != null && expect(TokenType.EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                return new Keyword(identifier(n.string()), b, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    // ------------------------------------------------------------ targets

    final Expr starTargets() {
        int m = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!check(TokenType.COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int before = mark;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            Expr b = starTarget();
            if (b == null) {
                mark = before;
                break;
            }
            elts.add(b);
        }
        expect(TokenType.COMMA);
        return new Expr.Tuple(elts, ExprContext.Store, lineAt(m), colAt(m), endLine(), endCol());
    }

    private List<Expr> starTargetsListSeq() {
        List<Expr> out = gather(TokenType.COMMA, this::starTarget);
        if (out.isEmpty()) {
            return null;
        }
        expect(TokenType.COMMA);
        return out;
    }

    private List<Expr> starTargetsTupleSeq() {
        int m = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int before = mark;
            if (expect(TokenType.COMMA) == null) {
                break;
            }
            Expr b = starTarget();
            if (b == null) {
                mark = before;
                break;
            }
            out.add(b);
        }
        if (out.size() > 1) {
            expect(TokenType.COMMA);
            return out;
        }
        if (expect(TokenType.COMMA) != null) {
            return out;
        }
        mark = m;
        return null;
    }

    final Expr starTarget() {
        int m = mark;
        Object r = memoGet(M_STAR_TARGET);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = null;
        if (expect(TokenType.STAR) != null) {
            if (!check(TokenType.STAR)) {
                enter();
                Expr a = starTarget();
                depth--;
                if (a != null) {
                    e = new Expr.Starred(setContext(a, ExprContext.Store), ExprContext.Store, lineAt(m), colAt(m),
                            endLine(), endCol());
                }
            }
            if (e == null) {
                mark = m;
            }
        } else {
            e = targetWithStarAtom();
        }
        memoPut(M_STAR_TARGET, m, e);
        return e;
    }

    private Expr targetWithStarAtom() {
        int m = mark;
        Object r = memoGet(M_TARGET_WITH_STAR_ATOM);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = subscriptAttributeTarget(ExprContext.Store);
        if (e == null) {
            e = starAtom();
        }
        memoPut(M_TARGET_WITH_STAR_ATOM, m, e);
        return e;
    }

    private Expr starAtom() {
        int m = mark;
        Expr.Name n = name();
        if (n != null) {
            return setContext(n, ExprContext.Store);
        }
        if (expect(TokenType.LPAR) != null) {
            enter();
            try {
                Expr a = targetWithStarAtom();
                if (a != null && expect(TokenType.RPAR) != null) {
                    return setContext(a, ExprContext.Store);
                }
                mark = m + 1;
                List<Expr> seq = starTargetsTupleSeq();
                if (expect(TokenType.RPAR) != null) {
                    return new Expr.Tuple(seq == null ? List.of() : seq, ExprContext.Store, lineAt(m), colAt(m),
                            endLine(), endCol());
                }
            } finally {
                depth--;
            }
        } else if (expect(TokenType.LSQB) != null) {
            enter();
            try {
                List<Expr> seq = starTargetsListSeq();
                if (expect(TokenType.RSQB) != null) {
                    return new Expr.List(seq == null ? List.of() : seq, ExprContext.Store, lineAt(m), colAt(m),
                            endLine(), endCol());
                }
            } finally {
                depth--;
            }
        }
        mark = m;
        return null;
    }

    final Expr singleTarget() {
        int m = mark;
        Expr e = singleSubscriptAttributeTarget();
        if (e != null) {
            return e;
        }
        Expr.Name n = name();
        if (n != null) {
            return setContext(n, ExprContext.Store);
        }
        if (expect(TokenType.LPAR) != null) {
            Expr a = singleTarget();
            if (a != null && expect(TokenType.RPAR) != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    final Expr singleSubscriptAttributeTarget() {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in the given context. */
    final Expr subscriptAttributeTarget(ExprContext ctx) {
        int m = mark;
        Expr a = tPrimary();
        if (a == null) {
            return null;
        }
        int afterA = mark;
        if (expect(TokenType.DOT) != null) {
            Token b = nameToken();
            if (b != null && !tLookahead()) {
                return new Expr.Attribute(a, identifier(b.string()), ctx, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = afterA;
        if (expect(TokenType.LSQB) != null) {
            Expr s = slices();
            if (s != null && expect(TokenType.RSQB) != null && !tLookahead()) {
                return new Expr.Subscript(a, s, ctx, lineAt(m), colAt(m), endLine(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private boolean tLookahead() {
        TokenType t = peekType();
        return t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.DOT;
    }

    /** t_primary: the longest primary chain that is still followed by '(' '[' or '.'. */
    final Expr tPrimary() {
        int m = mark;
        Object r = memoGet(M_T_PRIMARY);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr a = atom();
        if (a != null && !tLookahead()) {
            a = null;
        }
        if (a != null) {
            while (true) {
                int before = mark;
                Expr next = primarySuffix(a, m, ExprContext.Load);
                if (next == null) {
                    break;
                }
                if (!tLookahead()) {
                    mark = before;
                    break;
                }
                a = next;
            }
        } else {
            mark = m;
        }
        memoPut(M_T_PRIMARY, m, a);
        return a;
    }

    final List<Expr> delTargets() {
        List<Expr> out = gather(TokenType.COMMA, this::delTarget);
        if (out.isEmpty()) {
            return null;
        }
        expect(TokenType.COMMA);
        return out;
    }

    private Expr delTarget() {
        int m = mark;
        Object r = memoGet(M_DEL_TARGET);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        Expr e = subscriptAttributeTarget(ExprContext.Del);
        if (e == null) {
            e = delTAtom();
        }
        memoPut(M_DEL_TARGET, m, e);
        return e;
    }

    private Expr delTAtom() {
        int m = mark;
        Expr.Name n = name();
        if (n != null) {
            return setContext(n, ExprContext.Del);
        }
        if (expect(TokenType.LPAR) != null) {
            Expr a = delTarget();
            if (a != null && expect(TokenType.RPAR) != null) {
                return setContext(a, ExprContext.Del);
            }
            mark = m + 1;
            List<Expr> seq = delTargets();
            if (expect(TokenType.RPAR) != null) {
                return new Expr.Tuple(seq == null ? List.of() : seq, ExprContext.Del, lineAt(m), colAt(m), endLine(),
                        endCol());
            }
        } else if (expect(TokenType.LSQB) != null) {
            List<Expr> seq = delTargets();
            if (expect(TokenType.RSQB) != null) {
                return new Expr.List(seq == null ? List.of() : seq, ExprContext.Del, lineAt(m), colAt(m), endLine(),
                        endCol());
            }
        }
        mark = m;
        return null;
    }

    // ------------------------------------------------------------ invalid_* hooks (see InvalidRules)

    abstract void invalidExpression();

    abstract void invalidLegacyExpression();

    abstract void invalidNamedExpression();

    abstract void invalidGroup();

    abstract void invalidDoubleStarredKvpairs();

    abstract void invalidForIfClause();

    abstract void invalidForTarget();

    abstract void invalidComprehension();

    abstract void invalidDictComprehension();

    abstract void invalidArguments();

    abstract void invalidKwarg();

    abstract void invalidStarredExpression();

}
