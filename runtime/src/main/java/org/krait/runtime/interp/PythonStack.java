package org.krait.runtime.interp;

import java.util.List;
import java.util.stream.Collectors;

import org.krait.runtime.object.CompiledModule;

/**
 * The current source lines of running Python code, read from the JVM stack on demand: generated
 * methods carry Python line numbers in their LineNumberTable (ADR 0004: frames on demand). Used
 * where CPython would read a frame's {@code f_lineno}: warnings and a running generator's
 * {@code gi_frame}. Costs a stack walk, so never on a hot path.
 */
public final class PythonStack {
    private PythonStack() {
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static boolean isGenerated(StackWalker.StackFrame f) {
        return CompiledModule.class.isAssignableFrom(f.getDeclaringClass()) && f.getLineNumber() > 0;
    }

    /** The line the innermost running Python code is at, or -1. */
    public static int currentLine() {
        return WALKER.walk(s -> s.filter(PythonStack::isGenerated).findFirst().map(StackWalker.StackFrame::getLineNumber)
                .orElse(-1));
    }

    /**
     * The line of the {@code k}-th innermost running generator body (generator, coroutine or async
     * generator; their body methods end in {@code $gen}), or -1.
     */
    public static int generatorLine(int k) {
        List<Integer> lines = WALKER.walk(s -> s.filter(f -> isGenerated(f) && f.getMethodName().endsWith("$gen"))
                .limit(k + 1L).map(StackWalker.StackFrame::getLineNumber).collect(Collectors.toList()));
        return lines.size() > k ? lines.get(k) : -1;
    }
}
