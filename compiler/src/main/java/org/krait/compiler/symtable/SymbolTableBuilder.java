package org.krait.compiler.symtable;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeParam;
import org.krait.compiler.ast.Withitem;

import static org.krait.compiler.symtable.Symbols.DEF_ANNOT;
import static org.krait.compiler.symtable.Symbols.DEF_COMP_ITER;
import static org.krait.compiler.symtable.Symbols.DEF_GLOBAL;
import static org.krait.compiler.symtable.Symbols.DEF_IMPORT;
import static org.krait.compiler.symtable.Symbols.DEF_LOCAL;
import static org.krait.compiler.symtable.Symbols.DEF_NONLOCAL;
import static org.krait.compiler.symtable.Symbols.DEF_PARAM;
import static org.krait.compiler.symtable.Symbols.DEF_TYPE_PARAM;
import static org.krait.compiler.symtable.Symbols.USE;

/**
 * The first pass of Python/symtable.c (3.12): walks the AST, makes a {@link Scope} per block and
 * records raw facts about each name (bound here, used here, parameter, declared global ...).
 * Raises the SyntaxErrors symtable.c raises while walking.
 */
final class SymbolTableBuilder {
    private final ErrorFactory errors;
    private final boolean futureAnnotations;
    private final Map<Object, Scope> blocks = new IdentityHashMap<>();
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Map<String, Integer> global;
    /** The class name that {@code __private} names are mangled with (CPython's {@code st_private}). */
    private String privateName;

    SymbolTableBuilder(ErrorFactory errors, boolean futureAnnotations) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
    }

    Map<Object, Scope> blocks() {
        return blocks;
    }

    Scope build(Mod.Module module) {
        enterBlock("top", BlockType.MODULE, module, 0, 0, 0, 0);
        Scope top = cur;
        visitStmts(module.body());
        exitBlock();
        return top;
    }

    // ---- blocks -------------------------------------------------------------------------------

    private void enterBlock(String name, BlockType type, Object key, int lineno, int col, int endLineno, int endCol) {
        Scope ste = new Scope(name, type, key, lineno, col, endLineno, endCol);
        Scope prev = cur;
        ste.nested = prev != null && (prev.nested || prev.type.isFunctionLike());
        blocks.put(key, ste);
        stack.add(ste);
        // bpo-37757: no assignment expressions anywhere inside a comprehension's iterable.
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        // Annotation blocks only swallow names (annotations become strings), so they hang nowhere.
        if (type == BlockType.ANNOTATION) {
            return;
        }
        if (type == BlockType.MODULE) {
            global = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    private void enterBlock(String name, BlockType type, Object key, Located at) {
        enterBlock(name, type, key, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- recording names ----------------------------------------------------------------------

    private void addDef(String name, int flag, Located at) {
        addDef(name, flag, cur, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    /** symtable_add_def_helper: merge {@code flag} into the symbol's flags in {@code ste}. */
    private void addDef(String name, int flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = Mangling.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw errors.at("duplicate argument '" + name + "' in function definition", lineno, col, endLineno, endCol);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw errors.at("duplicate type parameter '" + name + "'", lineno, col, endLineno, endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // An iteration variable of a comprehension: it must not clash with a walrus target.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, col, endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.symbols.getOrDefault(Mangling.mangle(privateName, name), 0);
    }

    private void recordDirective(String name, int lineno, int col, int endLineno, int endCol) {
        cur.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), lineno, col, endLineno, endCol));
    }

    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass, Located at) {
        BlockType currentType = cur.type;
        enterBlock(name, BlockType.TYPE_PARAM, key, at);
        if (currentType == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, at);
        }
        if (isClass) {
            // Set when the type params tuple is made, used when the bases are built.
            addDef(".type_params", DEF_LOCAL, at);
            addDef(".type_params", USE, at);
            // CPython never restores this: names after a generic class stay mangled with its name.
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, at);
            addDef(".generic_base", USE, at);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, at);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, at);
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            visitClass(c);
        } else if (s instanceof Stmt.TypeAlias t) {
            visitTypeAlias(t);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                visitExpr(r.value());
                cur.returnsValue = true;
            }
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            visitWithItems(w.items());
            visitStmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            visitWithItems(w.items());
            visitStmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            visitExpr(m.subject());
            for (MatchCase c : m.cases()) {
                visitPattern(c.pattern());
                if (c.guard() != null) {
                    visitExpr(c.guard());
                }
                visitStmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
                if (r.cause() != null) {
                    visitExpr(r.cause());
                }
            }
        } else if (s instanceof Stmt.Try t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) {
                visitExpr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            visitAliases(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            visitAliases(i.names());
        } else if (s instanceof Stmt.Global g) {
            visitDeclaration(g, g.names(), true);
        } else if (s instanceof Stmt.Nonlocal n) {
            visitDeclaration(n, n.names(), false);
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExpr(e.value());
        } else if (!(s instanceof Stmt.Pass || s instanceof Stmt.Break || s instanceof Stmt.Continue)) {
            throw new IllegalArgumentException("unknown statement " + s.getClass().getSimpleName());
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprsWithNull(args.kwDefaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython 3.12.1's parser always gives a (possibly empty) defaults sequence, so a
            // generic function's type-param block always has ".defaults".
            enterTypeParamBlock(name, typeParams, true, hasKwOnlyDefaults(args), false, s);
            visitTypeParams(typeParams);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, BlockType.FUNCTION, s, s);
        if (isAsync) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwOnlyDefaults(Arguments args) {
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            if (args.kwDefaults().get(i) != null) {
                return true;
            }
        }
        return false;
    }

    private void visitClass(Stmt.ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c);
        visitExprs(c.decoratorList());
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c.typeParams(), false, false, true, c);
            visitTypeParams(c.typeParams());
        }
        visitExprs(c.bases());
        for (Keyword k : c.keywords()) {
            visitExpr(k.value());
        }
        enterBlock(c.name(), BlockType.CLASS, c, c);
        String saved = privateName;
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, c);
            addDef(".type_params", USE, c);
        }
        visitStmts(c.body());
        privateName = saved;
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitTypeAlias(Stmt.TypeAlias t) {
        visitExpr(t.name());
        String name = ((Expr.Name) t.name()).id();
        boolean inClass = cur.type == BlockType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t.typeParams(), false, false, false, t);
            visitTypeParams(t.typeParams());
        }
        enterBlock(name, BlockType.TYPE_ALIAS, t, t);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, t.value());
        }
        visitExpr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = lookup(n.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && a.simple() != 0) {
                String what = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at("annotated name '" + n.id() + "' can't be " + what, a);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void visitWithItems(List<Withitem> items) {
        for (Withitem w : items) {
            visitExpr(w.contextExpr());
            if (w.optionalVars() != null) {
                visitExpr(w.optionalVars());
            }
        }
    }

    private void visitAliases(List<Alias> aliases) {
        for (Alias a : aliases) {
            String name = a.asname() == null ? a.name() : a.asname();
            if (!name.equals("*")) {
                // "import a.b.c" binds "a".
                int dot = name.indexOf('.');
                addDef(dot < 0 ? name : name.substring(0, dot), DEF_IMPORT, a);
            } else if (cur.type != BlockType.MODULE) {
                throw errors.at("import * only allowed at module level", a);
            }
        }
    }

    /** A {@code global} or {@code nonlocal} statement. */
    private void visitDeclaration(Stmt s, List<String> names, boolean isGlobal) {
        String kind = isGlobal ? "global" : "nonlocal";
        for (String name : names) {
            int old = lookup(name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((old & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((old & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw errors.at(msg, s);
            }
            addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
    }

    // ---- parameters and annotations -----------------------------------------------------------

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, arg);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    /** A function's parameter and return annotations, evaluated in the enclosing block. */
    private void visitAnnotations(Stmt def, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, def, def);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            if (tp instanceof TypeParam.TypeVar tv) {
                addDef(tv.name(), DEF_TYPE_PARAM | DEF_LOCAL, tv);
                if (tv.bound() != null) {
                    boolean inClass = cur.canSeeClassScope;
                    enterBlock(tv.name(), BlockType.TYPE_VAR_BOUND, tv, tv);
                    cur.canSeeClassScope = inClass;
                    if (inClass) {
                        addDef("__classdict__", USE, tv.bound());
                    }
                    visitExpr(tv.bound());
                    exitBlock();
                }
            } else if (tp instanceof TypeParam.TypeVarTuple tvt) {
                addDef(tvt.name(), DEF_TYPE_PARAM | DEF_LOCAL, tvt);
            } else if (tp instanceof TypeParam.ParamSpec ps) {
                addDef(ps.name(), DEF_TYPE_PARAM | DEF_LOCAL, ps);
            }
        }
    }

    // ---- patterns -----------------------------------------------------------------------------

    private void visitPatterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            visitPattern(p);
        }
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visitExpr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            visitPatterns(s.patterns());
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                addDef(s.name(), DEF_LOCAL, s);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            visitExprs(m.keys());
            visitPatterns(m.patterns());
            if (m.rest() != null) {
                addDef(m.rest(), DEF_LOCAL, m);
            }
        } else if (p instanceof Pattern.MatchClass c) {
            visitExpr(c.cls());
            visitPatterns(c.patterns());
            visitPatterns(c.kwdPatterns());
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                visitPattern(a.pattern());
            }
            if (a.name() != null) {
                addDef(a.name(), DEF_LOCAL, a);
            }
        } else if (p instanceof Pattern.MatchOr o) {
            visitPatterns(o.patterns());
        }
        // MatchSingleton binds and uses nothing.
    }

    // ---- expressions --------------------------------------------------------------------------

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    private void visitExprsWithNull(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitExpr(Expr e) {
        if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
            // super() implicitly reads the __class__ cell.
            if (n.ctx() == ExprContext.Load && cur.type.isFunctionLike() && n.id().equals("super")) {
                addDef("__class__", USE, n);
            }
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Tuple t) {
            visitExprs(t.elts());
        } else if (e instanceof Expr.List l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.NamedExpr n) {
            raiseIfAnnotationBlock("named expression", n);
            visitNamedExpr(n);
        } else if (e instanceof Expr.Lambda l) {
            visitLambda(l);
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            visitExprsWithNull(d.keys());
            visitExprs(d.values());
        } else if (e instanceof Expr.Set s) {
            visitExprs(s.elts());
        } else if (e instanceof Expr.GeneratorExp g) {
            visitComprehension(g, "genexpr", Scope.ComprehensionKind.GENERATOR, g.generators(), g.elt(), null);
        } else if (e instanceof Expr.ListComp l) {
            visitComprehension(l, "listcomp", Scope.ComprehensionKind.LIST, l.generators(), l.elt(), null);
        } else if (e instanceof Expr.SetComp s) {
            visitComprehension(s, "setcomp", Scope.ComprehensionKind.SET, s.generators(), s.elt(), null);
        } else if (e instanceof Expr.DictComp d) {
            visitComprehension(d, "dictcomp", Scope.ComprehensionKind.DICT, d.generators(), d.key(), d.value());
        } else if (e instanceof Expr.Yield y) {
            raiseIfAnnotationBlock("yield expression", y);
            if (y.value() != null) {
                visitExpr(y.value());
            }
            markYield(y);
        } else if (e instanceof Expr.YieldFrom y) {
            raiseIfAnnotationBlock("yield expression", y);
            visitExpr(y.value());
            markYield(y);
        } else if (e instanceof Expr.Await a) {
            raiseIfAnnotationBlock("await expression", a);
            visitExpr(a.value());
            cur.coroutine = true;
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) {
                visitExpr(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                visitExpr(s.lower());
            }
            if (s.upper() != null) {
                visitExpr(s.upper());
            }
            if (s.step() != null) {
                visitExpr(s.step());
            }
        } else {
            throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
        }
    }

    private void markYield(Expr e) {
        cur.generator = true;
        if (cur.comprehension != Scope.ComprehensionKind.NONE) {
            String what = switch (cur.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw errors.at("'yield' inside " + what, e);
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String where = switch (cur.type) {
            case ANNOTATION -> "an annotation";
            case TYPE_VAR_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAM -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw errors.at(what + " cannot be used within " + where, e);
        }
    }

    private void visitLambda(Expr.Lambda l) {
        if (cur.canSeeClassScope) {
            throw errors.at("Cannot use lambda in annotation scope within class scope", l); // gh-109118
        }
        visitExprs(l.args().defaults());
        visitExprsWithNull(l.args().kwDefaults());
        enterBlock("lambda", BlockType.FUNCTION, l, l);
        visitArguments(l.args());
        visitExpr(l.body());
        exitBlock();
    }

    private void visitComprehension(Expr e, String scopeName, Scope.ComprehensionKind kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        if (cur.canSeeClassScope) {
            throw errors.at("Cannot use comprehension in annotation scope within class scope", e); // gh-109118
        }
        boolean isGenerator = kind == Scope.ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing block.
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, e);
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        // ... and handed in as the implicit parameter ".0".
        addDef(".0", DEF_PARAM, cur, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(c.iter());
            cur.compIterExpr--;
            visitExprs(c.ifs());
            if (c.isAsync() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitNamedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension != Scope.ComprehensionKind.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /** PEP 572: a walrus in a comprehension binds in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            int inScope = ste.symbols.getOrDefault(name, 0);
            if (ste.comprehension != Scope.ComprehensionKind.NONE) {
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                }
                continue;
            }
            if (ste.type == BlockType.FUNCTION) {
                addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                recordDirective(name, target.lineno(), target.colOffset(), target.endLineno(), target.endColOffset());
                addDef(name, DEF_LOCAL, ste, target.lineno(), target.colOffset(), target.endLineno(),
                        target.endColOffset());
                return;
            }
            if (ste.type == BlockType.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                recordDirective(name, target.lineno(), target.colOffset(), target.endLineno(), target.endColOffset());
                addDef(name, DEF_GLOBAL, ste, target.lineno(), target.colOffset(), target.endLineno(),
                        target.endColOffset());
                return;
            }
            String where = switch (ste.type) {
                case CLASS -> "in a class body";
                case TYPE_PARAM -> "within the definition of a generic";
                case TYPE_ALIAS -> "in a type alias";
                case TYPE_VAR_BOUND -> "in a TypeVar bound";
                default -> null;
            };
            if (where != null) {
                throw errors.at("assignment expression within a comprehension cannot be used " + where, target);
            }
        }
        throw new IllegalStateException("no block for the assignment expression target " + name);
    }
}
