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
     * The co_filename of the innermost running Python code (its module's file: one generated class
     * per module), or {@code otherwise}.
     */
    public static String currentFilename(String otherwise) {
        Class<?> c = WALKER.walk(s -> s.filter(PythonStack::isGenerated).findFirst()
                .<Class<?>>map(StackWalker.StackFrame::getDeclaringClass).orElse(null));
        if (c == null) {
            return otherwise;
        }
        try {
            return ((CompiledModule) c.getField("INSTANCE").get(null)).moduleCode().filename;
        } catch (ReflectiveOperationException e) {
            return otherwise;
        }
    }

    /**
     * The line of the {@code k}-th innermost running Python frame (0: the innermost), or -1. Each
     * Python frame is one generated method on the JVM stack (each counts one in ThreadState.depth),
     * except that a split code unit's part method runs above its own method (ADR 0004): the line
     * is the part's then.
     */
    public static int lineOfFrame(int k) {
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.filter(PythonStack::isGenerated)
                .collect(Collectors.toList()));
        int seen = 0;
        int partLine = -1;
        for (StackWalker.StackFrame f : frames) {
            if (f.getMethodName().contains("$part")) {
                partLine = f.getLineNumber();
                continue;
            }
            if (seen == k) {
                return partLine > 0 ? partLine : f.getLineNumber();
            }
            seen++;
            partLine = -1;
        }
        return -1;
    }
}
