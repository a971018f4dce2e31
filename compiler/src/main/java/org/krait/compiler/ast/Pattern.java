package org.krait.compiler.ast;

import java.util.List;

/** CPython's {@code pattern} (the {@code match} statement). */
public sealed interface Pattern extends Located {
    record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    /** {@code value} is {@link PySingleton#None} or a {@link Boolean}. */
    record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchSequence(List<Pattern> patterns,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchAs(Pattern pattern, String name,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}

    record MatchOr(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {}
}
