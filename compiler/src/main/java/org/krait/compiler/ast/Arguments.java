package org.krait.compiler.ast;

import java.util.List;

/** CPython's {@code arguments}: a function's parameter list. {@code kwDefaults} holds {@code null}s. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
}
