package org.krait.compiler.parser;

import java.util.function.Supplier;

/**
 * Runs a compiler phase on a thread with a 1 GiB stack reservation (virtual memory, committed
 * only as used): the parser and the code generator recurse as deeply as the source nests, and
 * deep nesting must end in a SyntaxError, never a StackOverflowError.
 */
public final class DeepStack {
    private static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    /** The value of {@code work}, computed on a deep-stack thread; its exceptions are rethrown here. */
    public static <T> T call(String threadName, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, threadName, STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in " + threadName, e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
