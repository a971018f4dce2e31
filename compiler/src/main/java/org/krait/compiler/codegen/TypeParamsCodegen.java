package org.krait.compiler.codegen;

import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeParam;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Intrinsic2;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * PEP 695 (compile.c {@code compiler_type_params}, {@code compiler_typealias}): type parameters
 * are made by intrinsics inside the generic's type-parameter scope; bounds and alias values
 * are compiled as functions evaluated lazily by the runtime.
 */
final class TypeParamsCodegen {
    private final Codegen c;

    TypeParamsCodegen(Codegen c) {
        this.c = c;
    }

    /** Makes each type parameter, binds it, and leaves a tuple of all of them. */
    void typeParams(List<TypeParam> typeParams) {
        for (TypeParam tp : typeParams) {
            Location loc = Codegen.loc(tp);
            String name;
            if (tp instanceof TypeParam.TypeVar tv) {
                name = tv.name();
                c.loadConst(loc, name);
                Expr bound = tv.bound();
                if (bound != null) {
                    c.enterScope(name, Unit.ScopeType.TYPEPARAMS, tv, bound.lineno());
                    c.exprs.visit(bound);
                    c.addop(loc, Opcode.RETURN_VALUE);
                    CodeUnit co = c.assemble(true);
                    c.exitScope();
                    c.makeClosure(loc, co, 0);
                    Intrinsic2 make = bound instanceof Expr.Tuple ? Intrinsic2.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                            : Intrinsic2.INTRINSIC_TYPEVAR_WITH_BOUND;
                    c.addopI(loc, Opcode.CALL_INTRINSIC_2, make.oparg());
                } else {
                    c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVAR.oparg());
                }
            } else if (tp instanceof TypeParam.TypeVarTuple tvt) {
                name = tvt.name();
                c.loadConst(loc, name);
                c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVARTUPLE.oparg());
            } else {
                name = ((TypeParam.ParamSpec) tp).name();
                c.loadConst(loc, name);
                c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PARAMSPEC.oparg());
            }
            c.addopI(loc, Opcode.COPY, 1);
            c.nameop(loc, name, ExprContext.Store);
        }
        c.addopI(Codegen.loc(typeParams.get(0)), Opcode.BUILD_TUPLE, typeParams.size());
    }

    /** compile.c {@code compiler_typealias}: {@code type X[T] = value}. */
    void typeAlias(Stmt.TypeAlias s) {
        Location loc = Codegen.loc(s);
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            c.addop(loc, Opcode.PUSH_NULL);
            c.enterScope("<generic parameters of " + name + ">", Unit.ScopeType.TYPEPARAMS, s.typeParams(),
                    loc.lineno());
            c.loadConst(loc, name);
            typeParams(s.typeParams());
        } else {
            c.loadConst(loc, name);
            c.loadConst(loc, PySingleton.None);
        }
        aliasBody(s, name, loc);
        if (generic) {
            c.functions.callTypeParamsFunction(loc, 0);
        }
        c.nameop(loc, name, ExprContext.Store);
    }

    /** compile.c {@code compiler_typealias_body}: the value as a function, then the TypeAliasType. */
    private void aliasBody(Stmt.TypeAlias s, String name, Location loc) {
        c.enterScope(name, Unit.ScopeType.FUNCTION, s, loc.lineno());
        // None first, so the function has no docstring
        c.addConst(PySingleton.None);
        c.exprs.visit(s.value());
        c.addop(loc, Opcode.RETURN_VALUE);
        CodeUnit co = c.assemble(false);
        c.exitScope();
        c.makeClosure(loc, co, 0);
        c.addopI(loc, Opcode.BUILD_TUPLE, 3);
        c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEALIAS.oparg());
    }
}
