package org.krait.compiler.codegen;

import java.util.List;

import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ConstantRepr;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.PySingleton;

/**
 * Annotations as strings under {@code from __future__ import annotations} (PEP 563): the
 * expression printed back as Python/ast_unparse.c does ({@code _PyAST_ExprAsUnicode}), with
 * its precedence-driven parentheses, so that {@code __annotations__} hold CPython's strings.
 */
final class AnnotationUnparser {
    // ast_unparse.c precedence levels
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_BOR = 6;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AnnotationUnparser() {
    }

    static String unparse(Expr annotation) {
        return asString(annotation, PR_TEST);
    }

    private static String asString(Expr e, int level) {
        AnnotationUnparser u = new AnnotationUnparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void exprs(List<Expr> es, int level) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(es.get(i), level);
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp b) {
            boolean and = b.op() == org.krait.compiler.ast.BoolOpKind.And;
            int pr = and ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) {
                    out.append(and ? " and " : " or ");
                }
                expr(b.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.BinOp b) {
            String op;
            int pr;
            switch (b.op()) {
                case Add -> { op = " + "; pr = PR_ARITH; }
                case Sub -> { op = " - "; pr = PR_ARITH; }
                case Mult -> { op = " * "; pr = PR_TERM; }
                case MatMult -> { op = " @ "; pr = PR_TERM; }
                case Div -> { op = " / "; pr = PR_TERM; }
                case Mod -> { op = " % "; pr = PR_TERM; }
                case LShift -> { op = " << "; pr = PR_SHIFT; }
                case RShift -> { op = " >> "; pr = PR_SHIFT; }
                case BitOr -> { op = " | "; pr = PR_BOR; }
                case BitXor -> { op = " ^ "; pr = PR_BXOR; }
                case BitAnd -> { op = " & "; pr = PR_BAND; }
                case FloorDiv -> { op = " // "; pr = PR_TERM; }
                default -> { op = " ** "; pr = PR_POWER; }
            }
            int rassoc = pr == PR_POWER ? 1 : 0;
            open(level > pr);
            expr(b.left(), pr + rassoc);
            out.append(op);
            expr(b.right(), pr + 1 - rassoc);
            close(level > pr);
        } else if (e instanceof Expr.UnaryOp u) {
            String op;
            int pr;
            switch (u.op()) {
                case Invert -> { op = "~"; pr = PR_FACTOR; }
                case Not -> { op = "not "; pr = PR_NOT; }
                case UAdd -> { op = "+"; pr = PR_FACTOR; }
                default -> { op = "-"; pr = PR_FACTOR; }
            }
            open(level > pr);
            out.append(op);
            expr(u.operand(), pr);
            close(level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(level > PR_TEST);
            int positional = l.args().args().size() + l.args().posonlyargs().size();
            out.append(positional > 0 ? "lambda " : "lambda");
            args(l.args());
            out.append(": ");
            expr(l.body(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(level > PR_TEST);
            expr(i.body(), PR_TEST + 1);
            out.append(" if ");
            expr(i.test(), PR_TEST + 1);
            out.append(" else ");
            expr(i.orelse(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.Dict d) {
            out.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                Expr k = d.keys().get(i);
                if (k != null) {
                    expr(k, PR_TEST);
                    out.append(": ");
                    expr(d.values().get(i), PR_TEST);
                } else {
                    out.append("**");
                    expr(d.values().get(i), PR_BOR);
                }
            }
            out.append('}');
        } else if (e instanceof Expr.Set s) {
            out.append('{');
            exprs(s.elts(), PR_TEST);
            out.append('}');
        } else if (e instanceof Expr.ListComp c) {
            out.append('[');
            expr(c.elt(), PR_TEST);
            comprehensions(c.generators());
            out.append(']');
        } else if (e instanceof Expr.SetComp c) {
            out.append('{');
            expr(c.elt(), PR_TEST);
            comprehensions(c.generators());
            out.append('}');
        } else if (e instanceof Expr.DictComp c) {
            out.append('{');
            expr(c.key(), PR_TEST);
            out.append(": ");
            expr(c.value(), PR_TEST);
            comprehensions(c.generators());
            out.append('}');
        } else if (e instanceof Expr.GeneratorExp g) {
            genexp(g);
        } else if (e instanceof Expr.Await a) {
            open(level > PR_AWAIT);
            out.append("await ");
            expr(a.value(), PR_ATOM);
            close(level > PR_AWAIT);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() == null) {
                out.append("(yield)");
            } else {
                out.append("(yield ");
                expr(y.value(), PR_TEST);
                out.append(')');
            }
        } else if (e instanceof Expr.YieldFrom y) {
            out.append("(yield from ");
            expr(y.value(), PR_TEST);
            out.append(')');
        } else if (e instanceof Expr.Compare c) {
            open(level > PR_CMP);
            expr(c.left(), PR_CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(cmpop(c.ops().get(i)));
                expr(c.comparators().get(i), PR_CMP + 1);
            }
            close(level > PR_CMP);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Constant k) {
            constant(k);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j, false);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), PR_ATOM);
            boolean intValue = a.value() instanceof Expr.Constant k && k.value() instanceof java.math.BigInteger;
            out.append(intValue ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            int sliceLevel = PR_TUPLE;
            if (s.slice() instanceof Expr.Tuple t && t.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                sliceLevel++;
            }
            expr(s.value(), PR_ATOM);
            out.append('[');
            expr(s.slice(), sliceLevel);
            out.append(']');
        } else if (e instanceof Expr.Starred s) {
            out.append('*');
            expr(s.value(), PR_BOR);
        } else if (e instanceof Expr.Name n) {
            out.append(n.id());
        } else if (e instanceof Expr.List l) {
            out.append('[');
            exprs(l.elts(), PR_TEST);
            out.append(']');
        } else if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                out.append("()");
                return;
            }
            open(level > PR_TUPLE);
            exprs(t.elts(), PR_TEST);
            if (t.elts().size() == 1) {
                out.append(',');
            }
            close(level > PR_TUPLE);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower(), PR_TEST);
            }
            out.append(':');
            if (s.upper() != null) {
                expr(s.upper(), PR_TEST);
            }
            if (s.step() != null) {
                out.append(':');
                expr(s.step(), PR_TEST);
            }
        } else if (e instanceof Expr.NamedExpr n) {
            open(level > PR_TUPLE);
            expr(n.target(), PR_ATOM);
            out.append(" := ");
            expr(n.value(), PR_ATOM);
            close(level > PR_TUPLE);
        }
    }

    private static String cmpop(CmpOp op) {
        return switch (op) {
            case Eq -> " == ";
            case NotEq -> " != ";
            case Lt -> " < ";
            case LtE -> " <= ";
            case Gt -> " > ";
            case GtE -> " >= ";
            case Is -> " is ";
            case IsNot -> " is not ";
            case In -> " in ";
            case NotIn -> " not in ";
        };
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            out.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            out.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    private void genexp(Expr.GeneratorExp g) {
        out.append('(');
        expr(g.elt(), PR_TEST);
        comprehensions(g.generators());
        out.append(')');
    }

    private void call(Expr.Call c) {
        expr(c.func(), PR_ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            genexp(g);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (k.arg() == null) {
                out.append("**");
            } else {
                out.append(k.arg()).append('=');
            }
            expr(k.value(), PR_TEST);
        }
        out.append(')');
    }

    private void arg(Arg a) {
        out.append(a.arg());
        if (a.annotation() != null) {
            out.append(": ");
            expr(a.annotation(), PR_TEST);
        }
    }

    /** ast_unparse.c {@code append_ast_args}. */
    private void args(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int argCount = args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < posonly + argCount; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int di = i - posonly - argCount + defaults;
            if (di >= 0) {
                out.append('=');
                expr(args.defaults().get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                out.append(", /");
            }
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (args.vararg() != null) {
                arg(args.vararg());
            }
        }
        int kwCount = args.kwonlyargs().size();
        int kwDefaults = args.kwDefaults().size();
        for (int i = 0; i < kwCount; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(args.kwonlyargs().get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kwDefaults().get(di) != null) {
                out.append('=');
                expr(args.kwDefaults().get(di), PR_TEST);
            }
        }
        if (args.kwarg() != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**");
            arg(args.kwarg());
        }
    }

    private void constant(Expr.Constant k) {
        Object v = k.value();
        if (v == PySingleton.Ellipsis) {
            out.append("...");
            return;
        }
        if ("u".equals(k.kind())) {
            out.append('u');
        }
        String repr = ConstantRepr.repr(v);
        if ((v instanceof Double d && Double.isInfinite(d)) || v instanceof ComplexValue) {
            repr = repr.replace("inf", "1e309");
        }
        out.append(repr);
    }

    /** ast_unparse.c {@code append_joinedstr}: an f-string literal, or the body of a format spec. */
    private void joinedStr(Expr.JoinedStr j, boolean isFormatSpec) {
        AnnotationUnparser body = new AnnotationUnparser();
        for (Expr v : j.values()) {
            body.fstringElement(v, isFormatSpec);
        }
        if (isFormatSpec) {
            out.append(body.out);
        } else {
            out.append('f').append(org.krait.compiler.unicode.StringRepr.str(body.out.toString()));
        }
    }

    private void fstringElement(Expr e, boolean isFormatSpec) {
        if (e instanceof Expr.Constant k && k.value() instanceof String s) {
            out.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j, isFormatSpec);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        String inner = asString(f.value(), PR_TEST + 1);
        out.append(inner.startsWith("{") ? "{ " : "{").append(inner);
        if (f.conversion() > 0) {
            out.append('!').appendCodePoint(f.conversion());
        }
        if (f.formatSpec() != null) {
            out.append(':');
            fstringElement(f.formatSpec(), true);
        }
        out.append('}');
    }
}
