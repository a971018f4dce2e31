package org.krait.compiler.parser;

/** Python 3.12's tokenizer (CPython Parser/tokenizer.c), in the mode the parser uses. */
public final class Tokenizer {
    public Tokenizer(byte[] source, String filename) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The decoded source line {@code lineno}, with its newline. */
    public String lineText(int lineno) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The next token; never returns COMMENT or NL. Throws {@link PySyntaxError}. */
    public Token next() {
        throw new UnsupportedOperationException("TODO");
    }
}
