package org.krait.compiler.parser;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, as in
 * CPython's tokenizer and AST. {@code string} is the token's source text, except for
 * {@code FSTRING_MIDDLE}, whose string is the literal text with doubled braces collapsed.
 */
public record Token(TokenType type, String string, int lineno, int colOffset, int endLineno, int endColOffset) {
    public boolean is(TokenType t) {
        return type == t;
    }

    @Override
    public String toString() {
        return type + " " + string + " " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
