package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeParam;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Intrinsic2;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;

/**
 * Function, lambda and class definitions (compile.c {@code compiler_function}, {@code compiler_lambda},
 * {@code compiler_class}), generic ones (PEP 695) wrapped in a function of their type parameters.
 */
final class FunctionCodegen {
    private final Codegen c;

    FunctionCodegen(Codegen c) {
        this.c = c;
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            c.checkForbidden(Codegen.loc(a), a.arg(), ExprContext.Store);
        }
    }

    /** compile.c {@code compiler_default_arguments}: pushes defaults and kw-only defaults, returns MAKE_FUNCTION flags. */
    private int defaultArguments(Location loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                c.exprs.visit(d);
            }
            c.addopI(loc, Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= Opargs.MAKE_FUNCTION_DEFAULTS;
        }
        if (!args.kwonlyargs().isEmpty()) {
            List<Object> keys = new ArrayList<>();
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    keys.add(c.mangle(args.kwonlyargs().get(i).arg()));
                    c.exprs.visit(d);
                }
            }
            if (!keys.isEmpty()) {
                c.loadConst(loc, new ConstTuple(keys));
                c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, keys.size());
                flags |= Opargs.MAKE_FUNCTION_KWDEFAULTS;
            }
        }
        return flags;
    }

    /** compile.c {@code compiler_visit_annotations}: a tuple of name, value pairs, or nothing. */
    private boolean annotations(Location loc, Arguments args, Expr returns) {
        int[] len = {0};
        for (Arg a : args.args()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        for (Arg a : args.posonlyargs()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        if (args.vararg() != null) {
            annotation(args.vararg().arg(), args.vararg().annotation(), len, loc);
        }
        for (Arg a : args.kwonlyargs()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        if (args.kwarg() != null) {
            annotation(args.kwarg().arg(), args.kwarg().annotation(), len, loc);
        }
        annotation("return", returns, len, loc);
        if (len[0] > 0) {
            c.addopI(loc, Opcode.BUILD_TUPLE, len[0]);
            return true;
        }
        return false;
    }

    private void annotation(String id, Expr annotation, int[] len, Location loc) {
        if (annotation == null) {
            return;
        }
        c.loadConst(loc, c.mangle(id));
        if (c.futureAnnotations) {
            c.loadConst(Codegen.loc(annotation), AnnotationUnparser.unparse(annotation));
        } else if (annotation instanceof Expr.Starred st) {
            c.exprs.visit(st.value());
            c.addopI(loc, Opcode.UNPACK_SEQUENCE, 1);
        } else {
            c.exprs.visit(annotation);
        }
        len[0] += 2;
    }

    private int firstLineno(Stmt s, List<Expr> decorators) {
        return decorators.isEmpty() ? s.lineno() : decorators.get(0).lineno();
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            c.addopI(Codegen.loc(decorators.get(i)), Opcode.CALL, 0);
        }
    }

    /** compile.c {@code compiler_function}: a def or async def, generic ones inside their type-parameter scope. */
    void function(Stmt s) {
        boolean isAsync = s instanceof Stmt.AsyncFunctionDef;
        String name;
        Arguments args;
        Expr returns;
        List<Expr> decos;
        List<TypeParam> typeParams;
        if (s instanceof Stmt.AsyncFunctionDef f) {
            name = f.name();
            args = f.args();
            returns = f.returns();
            decos = f.decoratorList();
            typeParams = f.typeParams();
        } else {
            Stmt.FunctionDef f = (Stmt.FunctionDef) s;
            name = f.name();
            args = f.args();
            returns = f.returns();
            decos = f.decoratorList();
            typeParams = f.typeParams();
        }
        checkDebugArgs(args);
        for (Expr d : decos) {
            c.exprs.visit(d);
        }
        int firstlineno = firstLineno(s, decos);
        Location loc = Codegen.loc(s);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // the NULL of the CALL to the type-parameter function
            c.addop(loc, Opcode.PUSH_NULL);
        }
        int flags = defaultArguments(loc, args);
        int typeParamArgs = 0;
        if (generic) {
            typeParamArgs = Integer.bitCount(flags & (Opargs.MAKE_FUNCTION_DEFAULTS | Opargs.MAKE_FUNCTION_KWDEFAULTS));
            if (typeParamArgs == 2) {
                c.addopI(loc, Opcode.SWAP, 2);
            }
            c.enterScope("<generic parameters of " + name + ">", Unit.ScopeType.TYPEPARAMS, typeParams, firstlineno);
            c.typeParams.typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) {
                c.addopI(loc, Opcode.LOAD_FAST, i);
            }
        }
        if (annotations(loc, args, returns)) {
            flags |= Opargs.MAKE_FUNCTION_ANNOTATIONS;
        }
        functionBody(s, isAsync, name, args, flags, firstlineno);
        if (generic) {
            c.addopI(loc, Opcode.SWAP, 2);
            c.addopI(loc, Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_FUNCTION_TYPE_PARAMS.oparg());
            c.u.argcount = typeParamArgs;
            callTypeParamsFunction(loc, typeParamArgs);
        }
        applyDecorators(decos);
        c.nameop(loc, name, ExprContext.Store);
    }

    /** Ends a type-parameter scope and calls its function at once with {@code nargs} arguments below it. */
    void callTypeParamsFunction(Location loc, int nargs) {
        CodeUnit co = c.assemble(false);
        c.exitScope();
        c.makeClosure(loc, co, 0);
        if (nargs > 0) {
            c.addopI(loc, Opcode.SWAP, nargs + 1);
        }
        c.addopI(loc, Opcode.CALL, nargs);
    }

    /** compile.c {@code compiler_function_body}. */
    private void functionBody(Stmt s, boolean isAsync, String name, Arguments args, int flags, int firstlineno) {
        List<Stmt> body = isAsync ? ((Stmt.AsyncFunctionDef) s).body() : ((Stmt.FunctionDef) s).body();
        c.enterScope(name, isAsync ? Unit.ScopeType.ASYNC_FUNCTION : Unit.ScopeType.FUNCTION, s, firstlineno);
        String doc = Codegen.docstring(body);
        c.addConst(doc != null ? doc : PySingleton.None);
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            c.stmts.visit(body.get(i));
        }
        if (c.u.ste.isCoroutine() || c.u.ste.isGenerator()) {
            c.gens.wrapInStopIterationHandler();
        }
        CodeUnit co = c.assemble(true);
        c.exitScope();
        c.makeClosure(Codegen.loc(s), co, flags);
    }

    void lambda(Expr.Lambda e) {
        checkDebugArgs(e.args());
        Location loc = Codegen.loc(e);
        int flags = defaultArguments(loc, e.args());
        c.enterScope("<lambda>", Unit.ScopeType.LAMBDA, e, e.lineno());
        c.addConst(PySingleton.None);
        c.u.argcount = e.args().args().size();
        c.u.posonlyargcount = e.args().posonlyargs().size();
        c.u.kwonlyargcount = e.args().kwonlyargs().size();
        c.exprs.visit(e.body());
        CodeUnit co;
        if (c.u.ste.isGenerator()) {
            // a generator lambda returns what its yield got sent, with no PEP 479 handler
            co = c.assemble(false);
        } else {
            c.addop(new Location(e.lineno(), e.lineno(), 0, 0), Opcode.RETURN_VALUE);
            co = c.assemble(true);
        }
        c.exitScope();
        c.makeClosure(loc, co, flags);
    }

    /** compile.c {@code compiler_class}. */
    void classDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) {
            c.exprs.visit(d);
        }
        int firstlineno = firstLineno(s, s.decoratorList());
        Location loc = Codegen.loc(s);
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            // compile.c sets the enclosing unit's private name here and never restores it
            c.u.privateName = s.name();
            c.addop(loc, Opcode.PUSH_NULL);
            c.enterScope("<generic parameters of " + s.name() + ">", Unit.ScopeType.TYPEPARAMS, s.typeParams(),
                    firstlineno);
            c.typeParams.typeParams(s.typeParams());
            c.nameop(loc, ".type_params", ExprContext.Store);
        }
        classBody(s, firstlineno);
        if (generic) {
            c.nameop(loc, ".type_params", ExprContext.Load);
            c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_SUBSCRIPT_GENERIC.oparg());
            c.nameop(loc, ".generic_base", ExprContext.Store);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, loc.lineno(), loc.colOffset(), loc.endLineno(),
                    loc.endColOffset()));
            c.calls.callHelper(loc, 2, bases, s.keywords());
            callTypeParamsFunction(loc, 0);
        } else {
            c.calls.callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(s.decoratorList());
        c.nameop(loc, s.name(), ExprContext.Store);
    }

    /** compile.c {@code compiler_class_body}: the body function, then PUSH_NULL, LOAD_BUILD_CLASS, it and the name. */
    private void classBody(Stmt.ClassDef s, int firstlineno) {
        c.enterScope(s.name(), Unit.ScopeType.CLASS, s, firstlineno);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        c.u.privateName = s.name();
        c.nameop(loc, "__name__", ExprContext.Load);
        c.nameop(loc, "__module__", ExprContext.Store);
        c.loadConst(loc, c.u.qualname);
        c.nameop(loc, "__qualname__", ExprContext.Store);
        if (!s.typeParams().isEmpty()) {
            c.nameop(loc, ".type_params", ExprContext.Load);
            c.nameop(loc, "__type_params__", ExprContext.Store);
        }
        if (c.u.ste.needsClassdict()) {
            c.addop(loc, Opcode.LOAD_LOCALS);
            c.addopO(loc, Opcode.STORE_DEREF, c.u.cellvars, "__classdict__");
        }
        c.body(loc, s.body());
        if (c.u.ste.needsClassdict()) {
            c.addopI(Location.NONE, Opcode.LOAD_CLOSURE, c.u.cellvars.get("__classdict__"));
            c.nameop(Location.NONE, "__classdictcell__", ExprContext.Store);
        }
        if (c.u.ste.needsClassClosure()) {
            c.addopI(Location.NONE, Opcode.LOAD_CLOSURE, c.u.cellvars.get("__class__"));
            c.addopI(Location.NONE, Opcode.COPY, 1);
            c.nameop(Location.NONE, "__classcell__", ExprContext.Store);
        } else {
            c.loadConst(Location.NONE, PySingleton.None);
        }
        c.addop(Location.NONE, Opcode.RETURN_VALUE);
        CodeUnit co = c.assemble(true);
        c.exitScope();
        loc = Codegen.loc(s);
        c.addop(loc, Opcode.PUSH_NULL);
        c.addop(loc, Opcode.LOAD_BUILD_CLASS);
        c.makeClosure(loc, co, 0);
        c.loadConst(loc, s.name());
    }
}
