package org.krait.compiler.ast;

import java.util.List;

/** CPython's {@code stmt}. Optional fields are {@code null} when absent. */
public sealed interface Stmt extends Located {
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, List<TypeParam> typeParams,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, List<TypeParam> typeParams,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, List<TypeParam> typeParams,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Return(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Delete(List<Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Assign(List<Expr> targets, Expr value, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record TypeAlias(Expr name, List<TypeParam> typeParams, Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AugAssign(Expr target, Operator op, Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AnnAssign(Expr target, Expr annotation, Expr value, int simple,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record With(List<Withitem> items, List<Stmt> body, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record AsyncWith(List<Withitem> items, List<Stmt> body, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Match(Expr subject, List<MatchCase> cases,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Raise(Expr exc, Expr cause, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Assert(Expr test, Expr msg, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Import(List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    /** {@code level} is always set by the parser (0 for absolute imports). */
    record ImportFrom(String module, List<Alias> names, Integer level,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Global(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Nonlocal(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    /** An expression statement: CPython's {@code Expr} statement node, renamed so it does not hide {@link org.krait.compiler.ast.Expr}. */
    record ExprStmt(Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {}
}
