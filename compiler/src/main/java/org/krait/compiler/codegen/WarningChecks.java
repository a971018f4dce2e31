package org.krait.compiler.codegen;

import java.math.BigInteger;

import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ir.Bytes;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Location;

/**
 * compile.c's SyntaxWarning checks: {@code check_compare}, {@code check_caller},
 * {@code check_subscripter}, {@code check_index} and the always-true assert, with CPython's
 * messages and the type names of {@code infer_type}.
 */
final class WarningChecks {
    private final Codegen c;

    WarningChecks(Codegen c) {
        this.c = c;
    }

    /** compile.c {@code infer_type}'s {@code tp_name}, or null when the type is not known statically. */
    static String inferType(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.List || e instanceof Expr.ListComp) {
            return "list";
        } else if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        } else if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator";
        } else if (e instanceof Expr.Lambda) {
            return "function";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        } else if (e instanceof Expr.Constant k) {
            return constantType(k.value());
        }
        return null;
    }

    private static String constantType(Object v) {
        if (v == PySingleton.None) {
            return "NoneType";
        } else if (v == PySingleton.Ellipsis) {
            return "ellipsis";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof ComplexValue) {
            return "complex";
        } else if (ConstantFolder.isStr(v)) {
            return "str";
        } else if (v instanceof Bytes || v instanceof byte[]) {
            return "bytes";
        } else if (v instanceof ConstTuple) {
            return "tuple";
        } else if (v instanceof ConstFrozenset) {
            return "frozenset";
        }
        return "object";
    }

    private static boolean isArg(Expr e) {
        if (!(e instanceof Expr.Constant k)) {
            return true;
        }
        Object v = k.value();
        return v == PySingleton.None || v == PySingleton.Ellipsis || v instanceof Boolean;
    }

    /** compile.c {@code check_compare}: {@code is} with a literal. */
    void compare(Expr.Compare e) {
        boolean left = isArg(e.left());
        Expr leftExpr = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOp op = e.ops().get(i);
            Expr rightExpr = e.comparators().get(i);
            boolean right = isArg(rightExpr);
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!right || !left)) {
                Expr literal = !left ? leftExpr : rightExpr;
                String msg = op == CmpOp.Is
                        ? "\"is\" with '" + inferType(literal) + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + inferType(literal) + "' literal. Did you mean \"!=\"?";
                c.warn(Codegen.loc(e), msg);
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** compile.c {@code check_caller}: calling a display or a literal. */
    void caller(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.Tuple || e instanceof Expr.List
                || e instanceof Expr.ListComp || e instanceof Expr.Dict || e instanceof Expr.DictComp
                || e instanceof Expr.Set || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            c.warn(Codegen.loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** compile.c {@code check_subscripter} and {@code check_index}, for a subscript load. */
    void subscript(Expr.Subscript s) {
        Expr e = s.value();
        boolean warn;
        if (e instanceof Expr.Constant k) {
            Object v = k.value();
            warn = v == PySingleton.None || v == PySingleton.Ellipsis || v instanceof BigInteger || v instanceof Boolean
                    || v instanceof Double || v instanceof ComplexValue || v instanceof ConstFrozenset;
        } else {
            warn = e instanceof Expr.Set || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                    || e instanceof Expr.Lambda;
        }
        if (warn) {
            c.warn(Codegen.loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String indexType = inferType(s.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        if (e instanceof Expr.Constant k) {
            Object v = k.value();
            warn = ConstantFolder.isStr(v) || v instanceof Bytes || v instanceof byte[] || v instanceof ConstTuple;
        } else {
            warn = e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.ListComp
                    || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue;
        }
        if (warn) {
            c.warn(Codegen.loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    /** compile.c {@code compiler_assert}: a non-empty tuple is always true. */
    void assertion(Stmt.Assert s) {
        Expr t = s.test();
        if ((t instanceof Expr.Tuple tu && !tu.elts().isEmpty())
                || (t instanceof Expr.Constant k && k.value() instanceof ConstTuple ct && ct.size() > 0)) {
            c.warn(Location.of(s), "assertion is always true, perhaps remove parentheses?");
        }
    }
}
