package org.krait.compiler.parser;

import org.krait.compiler.ast.Mod;

/** Python 3.12's parser: source bytes to {@link Mod.Module}, or a {@link PySyntaxError}. */
public final class Parser {
    private Parser() {
    }

    /** Parses a whole file, as {@code ast.parse(source_bytes, filename)} does. */
    public static Mod.Module parseModule(byte[] source, String filename) {
        throw new UnsupportedOperationException("TODO");
    }
}
