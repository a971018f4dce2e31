package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeParam;
import org.krait.compiler.ast.UnaryOpKind;
import org.krait.compiler.ast.Withitem;
import org.krait.compiler.ir.Bytes;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;

/**
 * CPython 3.12's AST optimizer (Python/ast_opt.c) where it changes the code: constant folding
 * of unary and binary operations, subscripts and tuples of constants, {@code __debug__},
 * {@code not} over a single is/in comparison, and list/set displays iterated or tested with
 * {@code in} turned into tuples and frozensets. The AST is immutable, so changed nodes are
 * rebuilt; {@code originals} maps each rebuilt scope node (functions, classes, lambdas,
 * comprehensions) to the node the symbol table was built from. Bytes constants become
 * {@link Bytes}.
 */
final class AstOptimizer {
    private final Map<Object, Object> originals;
    private final boolean futureAnnotations;

    AstOptimizer(Map<Object, Object> originals, boolean futureAnnotations) {
        this.originals = originals;
        this.futureAnnotations = futureAnnotations;
    }

    private <T> T keep(T optimized, Object original) {
        if (optimized != original) {
            originals.put(optimized, originals.getOrDefault(original, original));
        }
        return optimized;
    }

    Mod mod(Mod m) {
        if (m instanceof Mod.Module mod) {
            return new Mod.Module(body(mod.body()), mod.typeIgnores());
        } else if (m instanceof Mod.Interactive i) {
            return new Mod.Interactive(stmts(i.body()));
        } else if (m instanceof Mod.Expression e) {
            return new Mod.Expression(expr(e.body()));
        }
        return m;
    }

    /** ast_opt.c {@code astfold_body}: a string that folding made first must not become a docstring. */
    private List<Stmt> body(List<Stmt> body) {
        boolean hadDocstring = Codegen.docstring(body) != null;
        List<Stmt> out = stmts(body);
        if (!hadDocstring && Codegen.docstring(out) != null) {
            Stmt.ExprStmt st = (Stmt.ExprStmt) out.get(0);
            Expr joined = new Expr.JoinedStr(List.of(st.value()), st.lineno(), st.colOffset(), st.endLineno(),
                    st.endColOffset());
            out.set(0, new Stmt.ExprStmt(joined, st.lineno(), st.colOffset(), st.endLineno(), st.endColOffset()));
        }
        return out;
    }

    private List<Stmt> stmts(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            out.add(stmt(s));
        }
        return out;
    }

    private List<Expr> exprs(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(e == null ? null : expr(e));
        }
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private Expr annotation(Expr e) {
        return futureAnnotations ? e : opt(e);
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(args(a.posonlyargs()), args(a.args()), arg(a.vararg()), args(a.kwonlyargs()),
                exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private List<Arg> args(List<Arg> as) {
        List<Arg> out = new ArrayList<>(as.size());
        for (Arg a : as) {
            out.add(arg(a));
        }
        return out;
    }

    private Arg arg(Arg a) {
        if (a == null) {
            return null;
        }
        return new Arg(a.arg(), annotation(a.annotation()), a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(),
                a.endColOffset());
    }

    private List<Keyword> keywords(List<Keyword> ks) {
        List<Keyword> out = new ArrayList<>(ks.size());
        for (Keyword k : ks) {
            out.add(new Keyword(k.arg(), expr(k.value()), k.lineno(), k.colOffset(), k.endLineno(), k.endColOffset()));
        }
        return out;
    }

    private List<Comprehension> comprehensions(List<Comprehension> gens) {
        List<Comprehension> out = new ArrayList<>(gens.size());
        for (Comprehension g : gens) {
            Expr target = expr(g.target());
            Expr iter = foldIter(expr(g.iter()));
            out.add(new Comprehension(target, iter, exprs(g.ifs()), g.isAsync()));
        }
        return out;
    }

    Stmt stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            List<TypeParam> tps = typeParams(f.typeParams());
            Arguments args = arguments(f.args());
            List<Stmt> body = body(f.body());
            List<Expr> decos = exprs(f.decoratorList());
            return keep(new Stmt.FunctionDef(f.name(), args, body, decos, annotation(f.returns()), f.typeComment(),
                    tps, f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset()), f);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            List<TypeParam> tps = typeParams(f.typeParams());
            Arguments args = arguments(f.args());
            List<Stmt> body = body(f.body());
            List<Expr> decos = exprs(f.decoratorList());
            return keep(new Stmt.AsyncFunctionDef(f.name(), args, body, decos, annotation(f.returns()),
                    f.typeComment(), tps, f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset()), f);
        } else if (s instanceof Stmt.ClassDef k) {
            List<TypeParam> tps = typeParams(k.typeParams());
            List<Expr> bases = exprs(k.bases());
            List<Keyword> kws = keywords(k.keywords());
            List<Stmt> body = body(k.body());
            return keep(new Stmt.ClassDef(k.name(), bases, kws, body, exprs(k.decoratorList()), tps,
                    k.lineno(), k.colOffset(), k.endLineno(), k.endColOffset()), k);
        } else if (s instanceof Stmt.TypeAlias t) {
            Expr name = expr(t.name());
            List<TypeParam> tps = typeParams(t.typeParams());
            return keep(new Stmt.TypeAlias(name, tps, expr(t.value()), t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset()), t);
        } else if (s instanceof Stmt.Return r) {
            return new Stmt.Return(opt(r.value()), r.lineno(), r.colOffset(), r.endLineno(), r.endColOffset());
        } else if (s instanceof Stmt.Delete d) {
            return new Stmt.Delete(exprs(d.targets()), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
        } else if (s instanceof Stmt.Assign a) {
            List<Expr> targets = exprs(a.targets());
            return new Stmt.Assign(targets, expr(a.value()), a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (s instanceof Stmt.AugAssign a) {
            Expr target = expr(a.target());
            return new Stmt.AugAssign(target, a.op(), expr(a.value()), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (s instanceof Stmt.AnnAssign a) {
            Expr target = expr(a.target());
            Expr ann = annotation(a.annotation());
            return new Stmt.AnnAssign(target, ann, opt(a.value()), a.simple(), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (s instanceof Stmt.For f) {
            Expr target = expr(f.target());
            Expr iter = expr(f.iter());
            List<Stmt> body = stmts(f.body());
            List<Stmt> orelse = stmts(f.orelse());
            return new Stmt.For(target, foldIter(iter), body, orelse, f.typeComment(), f.lineno(), f.colOffset(),
                    f.endLineno(), f.endColOffset());
        } else if (s instanceof Stmt.While w) {
            Expr test = expr(w.test());
            return new Stmt.While(test, stmts(w.body()), stmts(w.orelse()), w.lineno(), w.colOffset(), w.endLineno(),
                    w.endColOffset());
        } else if (s instanceof Stmt.If i) {
            Expr test = expr(i.test());
            return new Stmt.If(test, stmts(i.body()), stmts(i.orelse()), i.lineno(), i.colOffset(), i.endLineno(),
                    i.endColOffset());
        } else if (s instanceof Stmt.AsyncFor f) {
            Expr target = expr(f.target());
            Expr iter = expr(f.iter());
            List<Stmt> body = stmts(f.body());
            return new Stmt.AsyncFor(target, iter, body, stmts(f.orelse()), f.typeComment(), f.lineno(),
                    f.colOffset(), f.endLineno(), f.endColOffset());
        } else if (s instanceof Stmt.With w) {
            return new Stmt.With(withitems(w.items()), stmts(w.body()), w.typeComment(), w.lineno(), w.colOffset(),
                    w.endLineno(), w.endColOffset());
        } else if (s instanceof Stmt.AsyncWith w) {
            return new Stmt.AsyncWith(withitems(w.items()), stmts(w.body()), w.typeComment(), w.lineno(),
                    w.colOffset(), w.endLineno(), w.endColOffset());
        } else if (s instanceof Stmt.Match m) {
            Expr subject = expr(m.subject());
            List<MatchCase> cases = new ArrayList<>();
            for (MatchCase mc : m.cases()) {
                Pattern p = pattern(mc.pattern());
                Expr guard = opt(mc.guard());
                cases.add(new MatchCase(p, guard, stmts(mc.body())));
            }
            return new Stmt.Match(subject, cases, m.lineno(), m.colOffset(), m.endLineno(), m.endColOffset());
        } else if (s instanceof Stmt.Raise r) {
            Expr exc = opt(r.exc());
            return new Stmt.Raise(exc, opt(r.cause()), r.lineno(), r.colOffset(), r.endLineno(), r.endColOffset());
        } else if (s instanceof Stmt.Try t) {
            List<Stmt> body = stmts(t.body());
            List<ExceptHandler> handlers = handlers(t.handlers());
            List<Stmt> orelse = stmts(t.orelse());
            return new Stmt.Try(body, handlers, orelse, stmts(t.finalbody()), t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
        } else if (s instanceof Stmt.TryStar t) {
            List<Stmt> body = stmts(t.body());
            List<ExceptHandler> handlers = handlers(t.handlers());
            List<Stmt> orelse = stmts(t.orelse());
            return new Stmt.TryStar(body, handlers, orelse, stmts(t.finalbody()), t.lineno(), t.colOffset(),
                    t.endLineno(), t.endColOffset());
        } else if (s instanceof Stmt.Assert a) {
            Expr test = expr(a.test());
            return new Stmt.Assert(test, opt(a.msg()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
        } else if (s instanceof Stmt.ExprStmt e) {
            return new Stmt.ExprStmt(expr(e.value()), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
        }
        // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold.
        return s;
    }

    private List<Withitem> withitems(List<Withitem> items) {
        List<Withitem> out = new ArrayList<>();
        for (Withitem it : items) {
            out.add(new Withitem(expr(it.contextExpr()), opt(it.optionalVars())));
        }
        return out;
    }

    private List<ExceptHandler> handlers(List<ExceptHandler> hs) {
        List<ExceptHandler> out = new ArrayList<>();
        for (ExceptHandler h : hs) {
            Expr type = opt(h.type());
            out.add(new ExceptHandler(type, h.name(), stmts(h.body()), h.lineno(), h.colOffset(), h.endLineno(),
                    h.endColOffset()));
        }
        return out;
    }

    /** ast_opt.c {@code astfold_type_param}: TypeVar bounds are folded; the list keeps its symbol-table block. */
    private List<TypeParam> typeParams(List<TypeParam> tps) {
        if (tps.isEmpty()) {
            return tps;
        }
        List<TypeParam> out = new ArrayList<>(tps.size());
        for (TypeParam tp : tps) {
            if (tp instanceof TypeParam.TypeVar tv && tv.bound() != null) {
                out.add(keep(new TypeParam.TypeVar(tv.name(), expr(tv.bound()), tv.lineno(), tv.colOffset(),
                        tv.endLineno(), tv.endColOffset()), tv));
            } else {
                out.add(tp);
            }
        }
        return keep(out, tps);
    }

    /** ast_opt.c {@code astfold_pattern}: values, mapping keys and class names are folded. */
    private Pattern pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            return new Pattern.MatchValue(expr(v.value()), v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
        } else if (p instanceof Pattern.MatchSequence sq) {
            return new Pattern.MatchSequence(patterns(sq.patterns()), sq.lineno(), sq.colOffset(), sq.endLineno(),
                    sq.endColOffset());
        } else if (p instanceof Pattern.MatchMapping m) {
            List<Expr> keys = exprs(m.keys());
            return new Pattern.MatchMapping(keys, patterns(m.patterns()), m.rest(), m.lineno(), m.colOffset(),
                    m.endLineno(), m.endColOffset());
        } else if (p instanceof Pattern.MatchClass k) {
            Expr cls = expr(k.cls());
            List<Pattern> pats = patterns(k.patterns());
            return new Pattern.MatchClass(cls, pats, k.kwdAttrs(), patterns(k.kwdPatterns()), k.lineno(),
                    k.colOffset(), k.endLineno(), k.endColOffset());
        } else if (p instanceof Pattern.MatchAs a && a.pattern() != null) {
            return new Pattern.MatchAs(pattern(a.pattern()), a.name(), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (p instanceof Pattern.MatchOr o) {
            return new Pattern.MatchOr(patterns(o.patterns()), o.lineno(), o.colOffset(), o.endLineno(),
                    o.endColOffset());
        }
        return p;
    }

    private List<Pattern> patterns(List<Pattern> ps) {
        List<Pattern> out = new ArrayList<>(ps.size());
        for (Pattern p : ps) {
            out.add(pattern(p));
        }
        return out;
    }

    Expr expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            return new Expr.BoolOp(b.op(), exprs(b.values()), b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset());
        } else if (e instanceof Expr.BinOp b) {
            Expr left = expr(b.left());
            Expr right = expr(b.right());
            if (b.op() == Operator.Mod && left instanceof Expr.Constant l && l.value() instanceof String fmt
                    && right instanceof Expr.Tuple t && t.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
                Expr.BinOp folded = new Expr.BinOp(left, b.op(), right, b.lineno(), b.colOffset(), b.endLineno(),
                        b.endColOffset());
                Expr joined = PercentFormat.optimize(folded, fmt, t.elts());
                return joined != null ? joined : folded;
            }
            if (left instanceof Expr.Constant l && right instanceof Expr.Constant r) {
                Object v = ConstantFolder.binary(b.op(), l.value(), r.value());
                if (v != null) {
                    return constant(v, e);
                }
            }
            return new Expr.BinOp(left, b.op(), right, b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset());
        } else if (e instanceof Expr.UnaryOp u) {
            Expr operand = expr(u.operand());
            if (operand instanceof Expr.Constant k) {
                Object v = ConstantFolder.unary(u.op(), k.value());
                if (v != null) {
                    return constant(v, e);
                }
            } else if (u.op() == UnaryOpKind.Not && operand instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                CmpOp inverted = switch (cmp.ops().get(0)) {
                    case Is -> CmpOp.IsNot;
                    case IsNot -> CmpOp.Is;
                    case In -> CmpOp.NotIn;
                    case NotIn -> CmpOp.In;
                    default -> null;
                };
                if (inverted != null) {
                    // CPython copies the comparison node over the unary one, positions included
                    return new Expr.Compare(cmp.left(), List.of(inverted), cmp.comparators(), cmp.lineno(),
                            cmp.colOffset(), cmp.endLineno(), cmp.endColOffset());
                }
            }
            return new Expr.UnaryOp(u.op(), operand, u.lineno(), u.colOffset(), u.endLineno(), u.endColOffset());
        } else if (e instanceof Expr.Lambda l) {
            Arguments args = arguments(l.args());
            return keep(new Expr.Lambda(args, expr(l.body()), l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset()), l);
        } else if (e instanceof Expr.IfExp i) {
            Expr test = expr(i.test());
            Expr body = expr(i.body());
            return new Expr.IfExp(test, body, expr(i.orelse()), i.lineno(), i.colOffset(), i.endLineno(),
                    i.endColOffset());
        } else if (e instanceof Expr.Dict d) {
            List<Expr> keys = exprs(d.keys());
            return new Expr.Dict(keys, exprs(d.values()), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
        } else if (e instanceof Expr.Set s) {
            return new Expr.Set(exprs(s.elts()), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        } else if (e instanceof Expr.ListComp l) {
            Expr elt = expr(l.elt());
            return keep(new Expr.ListComp(elt, comprehensions(l.generators()), l.lineno(), l.colOffset(),
                    l.endLineno(), l.endColOffset()), l);
        } else if (e instanceof Expr.SetComp s) {
            Expr elt = expr(s.elt());
            return keep(new Expr.SetComp(elt, comprehensions(s.generators()), s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset()), s);
        } else if (e instanceof Expr.DictComp d) {
            Expr key = expr(d.key());
            Expr value = expr(d.value());
            return keep(new Expr.DictComp(key, value, comprehensions(d.generators()), d.lineno(), d.colOffset(),
                    d.endLineno(), d.endColOffset()), d);
        } else if (e instanceof Expr.Compare c) {
            Expr left = expr(c.left());
            List<Expr> comparators = exprs(c.comparators());
            int last = c.ops().size() - 1;
            CmpOp op = c.ops().get(last);
            if (op == CmpOp.In || op == CmpOp.NotIn) {
                comparators.set(last, foldIter(comparators.get(last)));
            }
            return new Expr.Compare(left, c.ops(), comparators, c.lineno(), c.colOffset(), c.endLineno(),
                    c.endColOffset());
        } else if (e instanceof Expr.Call c) {
            Expr func = expr(c.func());
            List<Expr> args = exprs(c.args());
            return new Expr.Call(func, args, keywords(c.keywords()), c.lineno(), c.colOffset(), c.endLineno(),
                    c.endColOffset());
        } else if (e instanceof Expr.FormattedValue f) {
            Expr value = expr(f.value());
            return new Expr.FormattedValue(value, f.conversion(), opt(f.formatSpec()), f.lineno(), f.colOffset(),
                    f.endLineno(), f.endColOffset());
        } else if (e instanceof Expr.JoinedStr j) {
            return new Expr.JoinedStr(exprs(j.values()), j.lineno(), j.colOffset(), j.endLineno(), j.endColOffset());
        } else if (e instanceof Expr.Constant k) {
            return k.value() instanceof byte[] b ? constant(new Bytes(b), k) : k;
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
        } else if (e instanceof Expr.Subscript s) {
            Expr value = expr(s.value());
            Expr slice = expr(s.slice());
            if (s.ctx() == ExprContext.Load && value instanceof Expr.Constant v && slice instanceof Expr.Constant i) {
                Object folded = ConstantFolder.subscript(v.value(), i.value());
                if (folded != null) {
                    return constant(folded, e);
                }
            }
            return new Expr.Subscript(value, slice, s.ctx(), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(expr(s.value()), s.ctx(), s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        } else if (e instanceof Expr.Slice s) {
            Expr lower = opt(s.lower());
            Expr upper = opt(s.upper());
            return new Expr.Slice(lower, upper, opt(s.step()), s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(exprs(l.elts()), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        } else if (e instanceof Expr.Tuple t) {
            List<Expr> elts = exprs(t.elts());
            if (t.ctx() == ExprContext.Load) {
                ConstTuple folded = constTuple(elts);
                if (folded != null) {
                    return constant(folded, e);
                }
            }
            return new Expr.Tuple(elts, t.ctx(), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        } else if (e instanceof Expr.Name n) {
            if (n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
                return constant(Boolean.TRUE, e);
            }
            return n;
        } else if (e instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.target(), expr(n.value()), n.lineno(), n.colOffset(), n.endLineno(),
                    n.endColOffset());
        } else if (e instanceof Expr.GeneratorExp g) {
            Expr elt = expr(g.elt());
            return keep(new Expr.GeneratorExp(elt, comprehensions(g.generators()), g.lineno(), g.colOffset(),
                    g.endLineno(), g.endColOffset()), g);
        } else if (e instanceof Expr.Await a) {
            return new Expr.Await(expr(a.value()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
        } else if (e instanceof Expr.Yield y) {
            return new Expr.Yield(opt(y.value()), y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset());
        } else if (e instanceof Expr.YieldFrom y) {
            return new Expr.YieldFrom(expr(y.value()), y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset());
        }
        return e;
    }

    private static Expr constant(Object value, Expr at) {
        return new Expr.Constant(value, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private static ConstTuple constTuple(List<Expr> elts) {
        List<Object> values = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant k)) {
                return null;
            }
            values.add(k.value());
        }
        return new ConstTuple(values);
    }

    /** ast_opt.c {@code fold_iter}: a list display becomes a tuple, constant ones a constant; sets of constants a frozenset. */
    private static Expr foldIter(Expr arg) {
        if (arg instanceof Expr.List l) {
            for (Expr x : l.elts()) {
                if (x instanceof Expr.Starred) {
                    return arg;
                }
            }
            ConstTuple folded = constTuple(l.elts());
            if (folded != null) {
                return constant(folded, arg);
            }
            return new Expr.Tuple(l.elts(), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        } else if (arg instanceof Expr.Set s) {
            ConstTuple folded = constTuple(s.elts());
            if (folded != null) {
                return constant(new ConstFrozenset(folded.items()), arg);
            }
        }
        return arg;
    }
}
