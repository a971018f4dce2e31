package org.krait.compiler.ast;


/** CPython's {@code expr}. Optional fields are {@code null} when absent. */
public sealed interface Expr extends Located {
    record BoolOp(BoolOpKind op, java.util.List<Expr> values,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record UnaryOp(UnaryOpKind op, Expr operand,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    /** {@code keys} holds {@code null} for each {@code **mapping} entry, as CPython's does. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record ListComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record SetComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    /** {@code conversion} is -1 (none) or the code point of {@code s}, {@code r} or {@code a}. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    /**
     * {@code value} is a {@link PySingleton}, {@link Boolean}, {@link java.math.BigInteger} (every
     * int), {@link Double}, {@link ComplexValue}, {@link String} or {@code byte[]}; {@code kind} is
     * {@code "u"} for u-prefixed strings, else {@code null}.
     */
    record Constant(Object value, String kind,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Attribute(Expr value, String attr, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Subscript(Expr value, Expr slice, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Starred(Expr value, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record List(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Tuple(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}

    record Slice(Expr lower, Expr upper, Expr step,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {}
}
