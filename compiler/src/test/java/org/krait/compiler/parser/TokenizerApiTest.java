package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser-facing API: exact tokens, columns in UTF-8 bytes, bracket state, lines, warnings. */
class TokenizerApiTest {
    private static List<Token> all(Tokenizer t) {
        List<Token> out = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            out.add(tok);
        } while (tok.type() != TokenType.ENDMARKER);
        return out;
    }

    private static Tokenizer of(String src) {
        return new Tokenizer(src.getBytes(StandardCharsets.UTF_8), "t.py");
    }

    @Test
    void columnsAreUtf8Bytes() {
        List<Token> toks = all(of("x = 'é𝄞'; yé = 1\n"));
        assertEquals(new Token(TokenType.STRING, "'é𝄞'", 1, 4, 1, 12), toks.get(2));
        assertEquals(new Token(TokenType.SEMI, ";", 1, 12, 1, 13), toks.get(3));
        assertEquals(new Token(TokenType.NAME, "yé", 1, 14, 1, 17), toks.get(4));
    }

    @Test
    void latin1SourceColumnsAreUtf8BytesToo() {
        byte[] src = "# coding: latin-1\nx = '\u00e9'; y\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Token> toks = all(new Tokenizer(src, "t.py"));
        assertEquals(new Token(TokenType.STRING, "'é'", 2, 4, 2, 8), toks.get(2));
        assertEquals(new Token(TokenType.NAME, "y", 2, 10, 2, 11), toks.get(4));
    }

    @Test
    void parserModeStream() {
        List<Token> toks = all(of("if x:  # c\n    y\n\n# z\nz"));
        assertEquals(List.of(
                new Token(TokenType.NAME, "if", 1, 0, 1, 2),
                new Token(TokenType.NAME, "x", 1, 3, 1, 4),
                new Token(TokenType.COLON, ":", 1, 4, 1, 5),
                new Token(TokenType.NEWLINE, "# c", 1, 7, 1, 11),
                new Token(TokenType.INDENT, "", 2, -1, 2, -1),
                new Token(TokenType.NAME, "y", 2, 4, 2, 5),
                new Token(TokenType.NEWLINE, "", 2, 5, 2, 6),
                new Token(TokenType.DEDENT, "", 5, -1, 5, -1),
                new Token(TokenType.NAME, "z", 5, 0, 5, 1),
                new Token(TokenType.NEWLINE, "", 5, 1, 5, 2),
                new Token(TokenType.ENDMARKER, "", 5, -1, 5, -1)), toks);
    }

    @Test
    void newlinesAreTranslatedInParserMode() {
        List<Token> toks = all(of("s = '''a\r\nb\rc'''\r\n"));
        assertEquals(new Token(TokenType.STRING, "'''a\nb\nc'''", 1, 4, 3, 4), toks.get(2));
    }

    @Test
    void linesIncludeTheirNewlineAndTheAddedOne() {
        Tokenizer t = of("a\r\nbé");
        assertEquals("a\n", t.lineText(1));
        assertEquals("bé\n", t.lineText(2));
        assertEquals("", t.lineText(3));
    }

    @Test
    void bracketState() {
        Tokenizer t = of("f(a, [b,\n c");
        assertNull(t.innermostOpenBracket());
        t.next(); // f
        t.next(); // (
        assertEquals(1, t.parenLevel());
        assertEquals(new Token(TokenType.LPAR, "(", 1, 1, 1, 2), t.innermostOpenBracket());
        t.next(); // a
        t.next(); // ,
        t.next(); // [
        assertEquals(2, t.parenLevel());
        assertEquals(new Token(TokenType.LSQB, "[", 1, 5, 1, 6), t.innermostOpenBracket());
    }

    @Test
    void fromStringIgnoresTheCookie() {
        Tokenizer t = Tokenizer.fromString("# coding: latin-1\nx = 'é'\n", "<string>");
        List<Token> toks = all(t);
        assertEquals(new Token(TokenType.STRING, "'é'", 2, 4, 2, 8), toks.get(2));
    }

    @Test
    void warnings() {
        List<String> got = new ArrayList<>();
        Tokenizer t = of("x = 1if y else 2\nf'\\{z}'\n");
        t.setWarningHandler(w -> got.add(w.type + " " + w.lineno + " " + w.msg));
        all(t);
        assertEquals(List.of("SyntaxWarning 1 invalid decimal literal",
                "SyntaxWarning 2 invalid escape sequence '\\{'"), got);
    }

    @Test
    void fstringTokens() {
        List<Token> toks = all(of("f'a{{b{x!r:>{w}}'\n"));
        List<String> got = new ArrayList<>();
        for (Token tok : toks) {
            got.add(tok.type() + ":" + tok.string());
        }
        assertEquals(List.of("FSTRING_START:f'", "FSTRING_MIDDLE:a{", "FSTRING_MIDDLE:b", "LBRACE:{", "NAME:x",
                "EXCLAMATION:!", "NAME:r", "COLON::", "FSTRING_MIDDLE:>", "LBRACE:{", "NAME:w", "RBRACE:}",
                "FSTRING_MIDDLE:", "RBRACE:}", "FSTRING_END:'", "NEWLINE:", "ENDMARKER:"), got);
    }

    @Test
    void fileModeRejectsNonUtf8Anywhere() {
        // python3.12 /tmp/bad.py, where bad.py holds b'x = 1\n# \xff\n'
        byte[] src = {'x', ' ', '=', ' ', '1', '\n', '#', ' ', (byte) 0xff, '\n'};
        PySyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(PySyntaxError.class,
                () -> Tokenizer.forFile(src, "/tmp/bad.py"));
        assertEquals("Non-UTF-8 code starting with '\\xff' in file /tmp/bad.py on line 2, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
        // compile() (string mode) accepts the same bytes: comments are never decoded
        assertEquals(5, all(new Tokenizer(src, "t.py")).size());
    }

    @Test
    void sourceBetweenGivesDebugExpressionText() {
        Tokenizer t = of("f'{é =\n !r}'\n");
        List<Token> toks = all(t);
        Token lbrace = toks.get(1);
        Token bang = toks.get(4);
        assertEquals(TokenType.EXCLAMATION, bang.type());
        assertEquals("é =\n ", t.sourceBetween(lbrace.endLineno(), lbrace.endColOffset(), bang.lineno(),
                bang.colOffset()));
    }
}
