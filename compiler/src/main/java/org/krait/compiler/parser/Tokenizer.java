package org.krait.compiler.parser;

import static org.krait.compiler.parser.TokenType.*;

import java.util.function.Consumer;

import org.krait.compiler.unicode.UnicodeDb;

/**
 * Python 3.12's tokenizer, a re-statement of CPython's Parser/tokenizer.c (tok_get_normal_mode,
 * tok_get_fstring_mode) over decoded text.
 *
 * <p>Positions: lines are 1-based, columns 0-based UTF-8 byte offsets into the line, as CPython.
 * In parser mode INDENT, DEDENT and ENDMARKER have column -1 and NEWLINE starts at a comment it
 * follows, exactly as the tokens pegen receives (checked against {@code _tokenize.TokenizerIter}
 * with {@code extra_tokens=False}). In extra-tokens mode they get {@code tokenize}'s positions.
 *
 * <p>In parser mode (the public constructor) newlines are translated to {@code \n} first, as
 * CPython does for source strings; {@link #withExtraTokens} keeps {@code \r\n} like
 * {@code tokenize}, also yields COMMENT and NL, and relaxes the checks {@code tokenize} relaxes
 * (identifier validity, number endings, unmatched brackets).
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    /** One entry of CPython's tokenizer mode stack: the regular mode or one open f-string. */
    private static final class Mode {
        boolean regular = true;
        char quote;
        int quoteSize;
        boolean raw;
        int startIdx;
        int startLine;
        int startLineStart;
        int curlyDepth;
        int exprStartDepth = -1;
        /** CPython's {@code last_expr_end != -1}: the current replacement field's expression ended. */
        boolean exprEnded;
    }

    private final String filename;
    private final boolean extraTokens;
    private final char[] s;
    private final int n;
    private final int implicitNewline;
    /** lineStarts[i] is where line i+1 starts; lineStarts[lineCount] == n. */
    private final int[] lineStarts;
    private final int lineCount;

    private int pos;
    private int lineno = 1;
    private int lineStart;
    private int lineEnd;

    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    private boolean commentNewline;

    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenIdx = new int[MAXLEVEL];
    private final int[] parenLineStart = new int[MAXLEVEL];
    private int level;

    private final Mode[] modes = new Mode[MAXFSTRINGLEVEL];
    private int modeTop;

    private int tokStart;
    private int tokLine;
    private int tokLineStart;

    private int colCacheLineStart = -1;
    private int colCacheIdx;
    private int colCacheBytes;

    private Consumer<PySyntaxError> warnings = w -> { };

    public Tokenizer(byte[] source, String filename) {
        this(SourceDecoder.decode(source, filename), filename, false, true);
    }

    private Tokenizer(String text, String filename, boolean extraTokens, boolean translateNewlines) {
        this.filename = filename;
        this.extraTokens = extraTokens;
        if (text.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0, 0,
                    0, null);
        }
        if (translateNewlines && text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int implicit = -1;
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            implicit = text.length();
            text = text + "\n";
        }
        this.implicitNewline = implicit;
        this.s = text.toCharArray();
        this.n = s.length;
        int count = 0;
        for (char c : s) {
            if (c == '\n') {
                count++;
            }
        }
        if (n == 0) {
            count = 1;
        }
        lineCount = count;
        lineStarts = new int[count + 1];
        int k = 1;
        for (int i = 0; i < n; i++) {
            if (s[i] == '\n' && k <= count) {
                lineStarts[k++] = i + 1;
            }
        }
        lineStarts[count] = n;
        lineEnd = lineStarts[1];
        modes[0] = new Mode();
    }

    /** A tokenizer that also yields COMMENT and NL tokens and keeps {@code \r\n}, like CPython's {@code tokenize}. */
    public static Tokenizer withExtraTokens(byte[] source, String filename) {
        String text = SourceDecoder.decode(source, filename);
        // tokenize decodes strictly, before tokenizing
        String bad = SourceDecoder.firstDecodeError(text);
        if (bad != null) {
            throw new PySyntaxError("SyntaxError", bad, filename, 0, 0, 0, 0, null);
        }
        return new Tokenizer(text, filename, true, false);
    }

    /**
     * Parser mode for a script file, as CPython reads one from disk: besides the string-mode
     * behaviour, undecodable UTF-8 anywhere (even in a comment) fails up front with
     * "Non-UTF-8 code starting with ..." (Parser/tokenizer.c, file mode).
     */
    public static Tokenizer forFile(byte[] source, String filename) {
        String text = SourceDecoder.decode(source, filename);
        for (int i = 0, line = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (SourceDecoder.isEscapedByte(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                        + "encoding declared; see https://peps.python.org/pep-0263/ for details", c - 0xDC00,
                        filename, line);
                throw new PySyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
            }
        }
        return new Tokenizer(text, filename, false, true);
    }

    /** Tokenizes an already decoded source (as {@code exec(str)} does: no coding cookie applies). */
    public static Tokenizer fromString(String source, String filename) {
        return new Tokenizer(source, filename, false, true);
    }

    /** Receives SyntaxWarnings (type "SyntaxWarning"), e.g. "invalid decimal literal" before a keyword. */
    public void setWarningHandler(Consumer<PySyntaxError> handler) {
        this.warnings = handler;
    }

    /** The decoded source line, with its newline (CPython adds one to a last line lacking it). */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        return new String(s, lineStarts[line - 1], lineStarts[line] - lineStarts[line - 1]);
    }

    /**
     * The decoded source text between two positions (lines 1-based, UTF-8 byte columns), e.g.
     * the expression text of an f-string {@code {x = }} debug field: from the end of its '{' to
     * the start of the '!', ':' or '}' that ends it.
     */
    public String sourceBetween(int startLine, int startCol, int endLine, int endCol) {
        int from = lineStarts[startLine - 1] + charIndex(startLine, startCol);
        int to = lineStarts[endLine - 1] + charIndex(endLine, endCol);
        return new String(s, from, to - from);
    }

    private int charIndex(int line, int byteColumn) {
        int ls = lineStarts[line - 1];
        int i = ls;
        while (i < lineStarts[line] && utf8Length(ls, i) < byteColumn) {
            i++;
        }
        return i - ls;
    }

    /** Number of source lines. */
    public int lineCount() {
        return lineCount;
    }

    public int parenLevel() {
        return level;
    }

    /** The innermost unclosed bracket, or null. */
    public Token innermostOpenBracket() {
        if (level == 0) {
            return null;
        }
        int i = level - 1;
        char c = parenstack[i];
        TokenType t = c == '(' ? LPAR : c == '[' ? LSQB : LBRACE;
        int col = byteCol(parenLineStart[i], parenIdx[i]);
        return new Token(t, String.valueOf(c), parenLine[i], col, parenLine[i], col + 1);
    }

    /** The next token. In parser mode never COMMENT or NL. Throws {@link PySyntaxError}. */
    public Token next() {
        Mode cur = modes[modeTop];
        return cur.regular ? normalMode(cur) : fstringMode(cur);
    }

    // ---- reading characters (tok_nextc / tok_backup) ----

    private int nextc() {
        if (pos >= n) {
            return EOF; // like CPython, the line number stays on the last line at end of input
        }
        if (pos >= lineEnd) {
            advanceLine();
        }
        return s[pos++];
    }

    private void advanceLine() {
        lineno++;
        lineStart = lineEnd;
        lineEnd = lineStarts[lineno];
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    private void restoreLine(int line, int start) {
        lineno = line;
        lineStart = start;
        lineEnd = lineStarts[line];
    }

    private void markStart(int idx) {
        tokStart = idx;
        tokLine = lineno;
        tokLineStart = lineStart;
    }

    // ---- columns ----

    /** UTF-8 length of s[from, to); an escaped source byte counts 1. */
    private int utf8Length(int from, int to) {
        int b = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80) {
                b++;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
                b += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                b += SourceDecoder.isEscapedByte(c) ? 1 : 3;
            } else {
                b += 3;
            }
        }
        return b;
    }

    /** Byte column of index idx on the line starting at ls (cached: tokens come left to right). */
    private int byteCol(int ls, int idx) {
        if (ls == colCacheLineStart && idx >= colCacheIdx) {
            colCacheBytes += utf8Length(colCacheIdx, idx);
        } else {
            colCacheLineStart = ls;
            colCacheBytes = utf8Length(ls, idx);
        }
        colCacheIdx = idx;
        return colCacheBytes;
    }

    private int cpCount(int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!(Character.isLowSurrogate(s[i]) && i > from && Character.isHighSurrogate(s[i - 1]))) {
                k++;
            }
        }
        return k;
    }

    // ---- tokens ----

    private Token make(TokenType type, int start, int end) {
        String text = new String(s, start, end - start);
        int col = byteCol(tokLineStart, start);
        return new Token(type, text, tokLine, col, lineno, byteCol(lineStart, end));
    }

    /**
     * NEWLINE or NL. In parser mode, as in CPython, a comment before the newline was skipped
     * inside the same call, so NEWLINE starts at the comment and its string is the comment's text
     * (else ""); it ends after the newline. In extra-tokens mode the string is the newline itself
     * ("" for the newline CPython adds to an unterminated last line).
     */
    private Token makeNewline(TokenType type) {
        String text;
        if (extraTokens) {
            text = tokStart == implicitNewline ? "" : new String(s, tokStart, pos - tokStart);
        } else {
            text = new String(s, tokStart, pos - 1 - tokStart);
        }
        int col = byteCol(tokLineStart, tokStart);
        return new Token(type, text, tokLine, col, lineno, byteCol(lineStart, pos));
    }

    /**
     * Parser-mode INDENT, DEDENT and ENDMARKER: CPython gives them no text and column -1 on the
     * current line (line 0 for an empty source).
     */
    private Token noColumn(TokenType type) {
        int line = n == 0 ? 0 : lineno;
        return new Token(type, "", line, -1, line, -1);
    }

    /** ENDMARKER and DEDENTs at end of input: on the line after the last, column 0 (as tokenize). */
    private Token trailing(TokenType type) {
        int line = n == 0 ? 1 : lineno + 1;
        return new Token(type, "", line, 0, line, 0);
    }

    // ---- errors ----

    /** CPython's _syntaxerror_range with default columns: the offset is the cursor's. */
    private PySyntaxError syntaxError(String msg) {
        int off = cpCount(lineStart, pos);
        return syntaxErrorRange(msg, off, off);
    }

    private PySyntaxError syntaxErrorRange(String msg, int offset, int endOffset) {
        int e = lineStart;
        while (e < n && s[e] != '\n') {
            e++;
        }
        String text = new String(s, lineStart, e - lineStart);
        return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, endOffset, text);
    }

    /** Errors the parser raises from a tokenizer state code at a known byte column (pegen's tokenizer_error). */
    private PySyntaxError knownLocation(String type, String msg, int byteColumn) {
        int i = lineStart;
        int b = 0;
        while (i < lineEnd && b < byteColumn) {
            b += utf8Length(i, i + 1);
            i++;
        }
        return new PySyntaxError(type, msg, filename, lineno, cpCount(lineStart, i) + 1, lineno, 0,
                lineText(lineno));
    }

    /** Errors the parser raises at the tokenizer's cursor (E_DEDENT, E_EOF). */
    private PySyntaxError atCursor(String type, String msg) {
        return new PySyntaxError(type, msg, filename, lineno, cpCount(lineStart, pos), lineno, -1, lineText(lineno));
    }

    private PySyntaxError neverClosed() {
        int i = level - 1;
        int line = parenLine[i];
        int offset = cpCount(parenLineStart[i], parenIdx[i]) + 1;
        String text = lineText(line);
        if (line < lineno) {
            // pegen takes earlier lines from its line buffers, without the newline
            text = text.substring(0, text.length() - 1);
        }
        return new PySyntaxError("SyntaxError", "'" + parenstack[i] + "' was never closed", filename, line, offset,
                line, 0, text);
    }

    private PySyntaxError eofError() {
        if (level > 0) {
            return neverClosed();
        }
        return atCursor("SyntaxError", "unexpected EOF while parsing");
    }

    private void warn(String msg) {
        int off = cpCount(lineStart, pos);
        PySyntaxError w = syntaxErrorRange(msg, off, off);
        warnings.accept(new PySyntaxError("SyntaxWarning", msg, filename, w.lineno, w.offset, w.endLineno,
                w.endOffset, w.text));
    }

    // ---- the regular mode ----

    private Token normalMode(Mode cur) {
        nextline:
        for (;;) {
            boolean blankline = false;
            if (atbol) {
                atbol = false;
                blankline = indentation();
            }
            markStart(pos);
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    if (!extraTokens) {
                        return noColumn(DEDENT);
                    }
                    if (pos >= n) {
                        return trailing(DEDENT);
                    }
                    return make(DEDENT, pos, pos);
                }
                pendin--;
                return extraTokens ? make(INDENT, lineStart, pos) : noColumn(INDENT);
            }
            for (;;) { // CPython's "again:" label
                int c;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                markStart(c == EOF ? pos : pos - 1);

                if (c == '#') {
                    while (c != EOF && c != '\n' && c != '\r') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        backup(c);
                        commentNewline = blankline;
                        return make(COMMENT, tokStart, pos);
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw neverClosed();
                    }
                    return extraTokens ? trailing(ENDMARKER) : noColumn(ENDMARKER);
                }
                if (isPotentialIdentifierStart(c)) {
                    return nameOrString(c);
                }
                if (c == '\r') {
                    c = nextc();
                }
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        if (extraTokens) {
                            commentNewline = false;
                            return makeNewline(NL);
                        }
                        continue nextline;
                    }
                    if (commentNewline && extraTokens) {
                        commentNewline = false;
                        return makeNewline(NL);
                    }
                    return makeNewline(NEWLINE);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(ELLIPSIS, tokStart, pos);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(DOT, tokStart, pos);
                }
                if (isDigit(c)) {
                    return number(c);
                }
                if (c == '\'' || c == '"') {
                    return string(c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                return operator(cur, c);
            }
        }
    }

    /** Measures a new line's indentation and queues INDENT/DEDENTs; true for a blank or comment-only line. */
    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        int c;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // the first backslash-continued whitespace run decides the indentation
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n' || c == '\r') {
            return true;
        }
        if (level != 0) {
            return false;
        }
        if (contLineCol != 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
        if (col == indstack[indent]) {
            if (altcol != altindstack[indent]) {
                throw tabError();
            }
        } else if (col > indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                pos = lineEnd;
                throw knownLocation("IndentationError", "too many levels of indentation", 0);
            }
            if (altcol <= altindstack[indent]) {
                throw tabError();
            }
            pendin++;
            indstack[++indent] = col;
            altindstack[indent] = altcol;
        } else {
            while (indent > 0 && col < indstack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indstack[indent]) {
                pos = lineEnd;
                throw atCursor("IndentationError", "unindent does not match any outer indentation level");
            }
            if (altcol != altindstack[indent]) {
                throw tabError();
            }
        }
        return false;
    }

    private PySyntaxError tabError() {
        return knownLocation("TabError", "inconsistent use of tabs and spaces in indentation", 0);
    }

    /** After a backslash: requires a newline, and something after it. */
    private void continuationLine() {
        int c = nextc();
        if (c == '\r') {
            c = nextc();
        }
        if (c != '\n') {
            int col = utf8Length(lineStart, pos) - 1;
            throw knownLocation("SyntaxError", "unexpected character after line continuation character", col);
        }
        c = nextc();
        if (c == EOF) {
            pos = n;
            throw eofError();
        }
        backup(c);
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A NAME, or a string / f-string whose prefix letters start here. */
    private Token nameOrString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return sawF ? fstringStart(c) : string(c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii && !extraTokens) {
            verifyIdentifier();
        }
        return make(NAME, tokStart, pos);
    }

    /** PEP 3131 check of s[tokStart, pos), worded as CPython's verify_identifier. */
    private void verifyIdentifier() {
        int i = tokStart;
        boolean first = true;
        while (i < pos) {
            int cp = Character.codePointAt(s, i, pos);
            if (SourceDecoder.isEscapedByte((char) cp)) {
                throw identifierDecodeError();
            }
            boolean ok = first ? UnicodeDb.isXidStart(cp) : UnicodeDb.isXidContinue(cp);
            if (!ok) {
                pos = i + Character.charCount(cp);
                String msg = UnicodeDb.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                throw syntaxError(msg);
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    /** Undecodable bytes in a name: CPython raises the UnicodeDecodeError as "(unicode error) ...". */
    private PySyntaxError identifierDecodeError() {
        byte[] raw = SourceDecoder.toSourceBytes(new String(s), tokStart, pos);
        String msg = "(unicode error) " + SourceDecoder.utf8Error(raw);
        byte[] line = SourceDecoder.toSourceBytes(new String(s), lineStart, lineEnd);
        String text = SourceDecoder.decodeReplacing(line);
        return new PySyntaxError("SyntaxError", msg, filename, lineno, cpCount(lineStart, pos), lineno, -1, text);
    }

    // ---- numbers ----

    private Token number(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = radixDigits(8, "octal");
            } else if (c == 'b' || c == 'B') {
                c = radixDigits(2, "binary");
            } else {
                boolean nonzero = false;
                for (;;) { // maybe old-style octal; '0' and '0_0' are fine
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fraction(nextc());
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero && !extraTokens) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", tokStart + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return make(NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == '.') {
            return fraction(nextc());
        }
        return afterFraction(c);
    }

    private int radixDigits(int radix, String kind) {
        int c = nextc();
        int top = '0' + radix;
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= top) {
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw syntaxError("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (c >= '0' && c < top);
        } while (c == '_');
        if (isDigit(c)) {
            throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEndOfNumber(c, kind);
        return c;
    }

    /** c is the character after the '.'. */
    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return afterFraction(c);
    }

    private Token afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(NUMBER, tokStart, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(NUMBER, tokStart, pos);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(NUMBER, tokStart, pos);
    }

    /** Digits with single underscores between them; returns the first character after. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number directly followed by a name: an error, except before the keywords that may follow
     * a number in valid code ("1if x else y"), which only warn.
     */
    private void verifyEndOfNumber(int c, String kind) {
        if (extraTokens) {
            return;
        }
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            backup(c);
            warn("invalid " + kind + " literal");
            nextc();
        } else if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String test) {
        int k = 0;
        for (;;) {
            int c = nextc();
            boolean res = false;
            if (k == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(k)) {
                k++;
                continue;
            }
            backup(c);
            while (k > 0) {
                backup(test.charAt(--k));
            }
            return res;
        }
    }

    // ---- strings ----

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || quoteSize == 1 && c == '\n') {
                int detected = lineno;
                // report from the string's first character
                restoreLine(tokLine, tokLineStart);
                pos = tokStart + 1;
                if (modeTop > 0) {
                    Mode m = modes[modeTop];
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw syntaxError("f-string: expecting '}'");
                    }
                }
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(STRING, tokStart, pos);
    }

    // ---- f-strings (PEP 701) ----

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int after = nextc();
        if (after == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(after);
            }
        }
        if (after != quote) {
            backup(after);
        }
        if (modeTop + 1 >= MAXFSTRINGLEVEL) {
            throw syntaxError("too many nested f-strings");
        }
        Mode m = new Mode();
        modes[++modeTop] = m;
        m.regular = false;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.startIdx = tokStart;
        m.startLine = tokLine;
        m.startLineStart = tokLineStart;
        char p0 = Character.toLowerCase(s[tokStart]);
        m.raw = p0 == 'r' || Character.toLowerCase(s[tokStart + 1]) == 'r';
        return make(FSTRING_START, tokStart, pos);
    }

    private Token fstringMode(Mode cur) {
        if (pos >= lineEnd && pos < n) {
            advanceLine();
        }
        markStart(pos);
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                enterExpression(cur);
                return normalMode(cur);
            }
        } else {
            backup(startChar);
        }
        boolean atEnd = true;
        for (int i = 0; i < cur.quoteSize; i++) {
            int q = nextc();
            if (q != cur.quote) {
                backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            cur.exprEnded = false;
            modeTop--;
            return make(FSTRING_END, tokStart, pos);
        }
        return fstringMiddle(cur);
    }

    private void enterExpression(Mode cur) {
        cur.exprStartDepth++;
        if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
            throw syntaxError("f-string: expressions nested too deeply");
        }
        cur.regular = true;
    }

    private Token fstringMiddle(Mode cur) {
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != cur.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = cur.exprEnded && cur.exprStartDepth >= 0;
            if (c == EOF || cur.quoteSize == 1 && c == '\n') {
                if (inFormatSpec && c == '\n') {
                    // a format spec ends at the end of a single-quoted f-string's line
                    backup(c);
                    cur.regular = true;
                    return make(FSTRING_MIDDLE, tokStart, pos);
                }
                int detected = lineno;
                restoreLine(cur.startLine, cur.startLineStart);
                pos = cur.startIdx + 1;
                if (cur.quoteSize == 3) {
                    throw syntaxError(
                            "unterminated triple-quoted f-string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated f-string literal (detected at line " + detected + ")");
            }
            if (c == cur.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    enterExpression(cur);
                    return make(FSTRING_MIDDLE, tokStart, pos);
                }
                return make(FSTRING_MIDDLE, tokStart, pos - 1); // "{{" stands for one brace
            } else if (c == '}') {
                if (unicodeEscape) {
                    return make(FSTRING_MIDDLE, tokStart, pos);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec) {
                    return make(FSTRING_MIDDLE, tokStart, pos - 1);
                }
                backup(peek);
                backup(c);
                cur.regular = true;
                return make(FSTRING_MIDDLE, tokStart, pos);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '\r') {
                    peek = nextc();
                }
                if (peek == '{' || peek == '}') {
                    if (!cur.raw) {
                        warn("invalid escape sequence '\\" + (char) peek + "'");
                    }
                    backup(peek);
                    continue;
                }
                if (!cur.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        // leave the closing quotes for FSTRING_END
        pos -= cur.quoteSize;
        return make(FSTRING_MIDDLE, tokStart, pos);
    }

    // ---- operators and brackets ----

    private Token operator(Mode cur, int c) {
        boolean inFstring = modeTop > 0;
        if ((c == ':' || c == '}' || c == '!' || c == '{') && inFstring && cur.exprStartDepth >= 0) {
            // curly_bracket_depth is only incremented below for '{', so adjust to find depth 0
            int cursor = cur.curlyDepth - (c != '{' ? 1 : 0);
            if (cursor == 0) {
                if (c == '{') {
                    cur.exprEnded = false;
                } else {
                    cur.exprEnded = true;
                }
            }
            if (c == ':' && cursor == cur.exprStartDepth) {
                cur.regular = false; // the format spec follows
                return make(COLON, tokStart, pos);
            }
        }
        int c2 = nextc();
        TokenType two = Operators.twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = Operators.threeChars(c, c2, c3);
            if (three != null) {
                two = three;
            } else {
                backup(c3);
            }
            return make(two, tokStart, pos);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLine[level] = lineno;
                parenIdx[level] = tokStart;
                parenLineStart[level] = lineStart;
                level++;
                if (inFstring) {
                    cur.curlyDepth++;
                }
            }
            case ')', ']', '}' -> {
                if (inFstring && cur.curlyDepth == 0 && c == '}') {
                    throw syntaxError("f-string: single '}' is not allowed");
                }
                if (!extraTokens && level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                if (level > 0) {
                    level--;
                    char opening = parenstack[level];
                    if (!extraTokens && !(opening == '(' && c == ')' || opening == '[' && c == ']'
                            || opening == '{' && c == '}')) {
                        if (inFstring && opening == '{' && cur.curlyDepth - 1 == cur.exprStartDepth) {
                            throw syntaxError("f-string: unmatched '" + (char) c + "'");
                        }
                        if (parenLine[level] != lineno) {
                            throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                                    + "parenthesis '" + opening + "' on line " + parenLine[level]);
                        }
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                                + "parenthesis '" + opening + "'");
                    }
                }
                if (inFstring) {
                    cur.curlyDepth--;
                    if (c == '}' && cur.curlyDepth == cur.exprStartDepth) {
                        cur.exprStartDepth--;
                        cur.regular = false;
                    }
                }
            }
            default -> {
            }
        }
        if (!UnicodeDb.isPrintable(c)) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        return make(Operators.oneChar(c), tokStart, pos);
    }
}
