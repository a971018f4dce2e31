package org.krait.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.unicode.CodePointBuilder;

/**
 * String literals, implicit concatenation and PEP 701 f-strings, after CPython 3.12's
 * Parser/action_helpers.c (_PyPegen_concatenate_strings, _PyPegen_joined_str,
 * _PyPegen_formatted_value), and number literals.
 */
abstract class StringRules extends ParameterRules {

    /** Where invalid-escape SyntaxWarnings go (null: dropped), each literal reported once. */
    private java.util.function.Consumer<PySyntaxError> warningSink;
    private final java.util.Set<Long> warned = new java.util.HashSet<>();

    void setWarningSink(java.util.function.Consumer<PySyntaxError> sink) {
        warningSink = sink;
    }

    /** A warnings consumer for a literal at {@code line}/{@code col}, deduplicated across backtracking. */
    private java.util.function.Consumer<String> warningsAt(int line, int col) {
        return msg -> {
            if (warningSink != null && warned.add(((long) line << 32) | col | ((long) msg.hashCode() << 48))) {
                warningSink.accept(new PySyntaxError("SyntaxWarning", msg, filename, line, col + 1, line, col + 1,
                        null));
            }
        };
    }

    StringRules(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    @Override
    final Object numberValue(Token t) {
        return NumberLiterals.parse(t.string());
    }

    /** strings (memo): (fstring | string)+, concatenated. */
    @Override
    final Expr strings() {
        int m = mark;
        Object r = memoGet(M_STRINGS);
        if (r != null) {
            return r == FAIL ? null : (Expr) r;
        }
        List<Expr> parts = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.STRING) {
                mark++;
                parts.add(constantFromString(t));
            } else if (t.type() == TokenType.FSTRING_START) {
                Expr f = fstring();
                if (f == null) {
                    break;
                }
                parts.add(f);
            } else {
                break;
            }
        }
        Expr e = parts.isEmpty() ? null : concatenate(parts, lineAt(m), colAt(m), endLine(), endCol());
        if (e == null) {
            mark = m;
        }
        memoPut(M_STRINGS, m, e);
        return e;
    }

    private Expr constantFromString(Token t) {
        Object value;
        try {
            value = StringLiterals.decode(t.string(), warningsAt(t.lineno(), t.colOffset()));
        } catch (StringLiterals.DecodeError e) {
            throw stringError(t, e.getMessage());
        }
        String kind = t.string().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private PySyntaxError stringError(Token t, String msg) {
        if (msg.startsWith("bytes can only contain")) {
            return errorKnownLocation(t, msg);
        }
        return error(msg);
    }

    /** _PyPegen_concatenate_strings. */
    final Expr concatenate(List<Expr> strings, int lineno, int col, int endLineno, int endCol) {
        boolean fstringFound = false;
        boolean unicodeFound = false;
        boolean bytesFound = false;
        for (Expr e : strings) {
            if (e instanceof Expr.Constant c) {
                if (c.value() instanceof byte[]) {
                    bytesFound = true;
                } else {
                    unicodeFound = true;
                }
            } else {
                fstringFound = true;
            }
        }
        if ((unicodeFound || fstringFound) && bytesFound) {
            throw error("cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr e : strings) {
                byte[] b = (byte[]) ((Expr.Constant) e).value();
                out.write(b, 0, b.length);
            }
            return new Expr.Constant(out.toByteArray(), ((Expr.Constant) strings.get(0)).kind(), lineno, col,
                    endLineno, endCol);
        }
        if (!fstringFound && strings.size() == 1) {
            return strings.get(0);
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr e : strings) {
            if (e instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(e);
            }
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr elem = flat.get(i);
            if (elem instanceof Expr.Constant first) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Expr.Constant) {
                    CodePointBuilder sb = new CodePointBuilder();
                    Expr.Constant lastElem = first;
                    int j = i;
                    for (; j < flat.size() && flat.get(j) instanceof Expr.Constant c; j++) {
                        sb.appendValue(c.value());
                        lastElem = c;
                    }
                    i = j - 1;
                    elem = new Expr.Constant(sb.value(), first.kind(), first.lineno(), first.colOffset(),
                            lastElem.endLineno(), lastElem.endColOffset());
                }
                if (fstringFound && "".equals(((Expr.Constant) elem).value())) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstringFound) {
            return values.get(0);
        }
        return new Expr.JoinedStr(values, lineno, col, endLineno, endCol);
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END. */
    private Expr fstring() {
        int m = mark;
        Token start = expect(TokenType.FSTRING_START);
        List<Expr> raw = new ArrayList<>();
        while (true) {
            Expr part = fstringMiddle();
            if (part == null) {
                break;
            }
            raw.add(part);
        }
        Token end = expect(TokenType.FSTRING_END);
        if (end == null) {
            mark = m;
            return null;
        }
        return joinedStr(start, raw, end);
    }

    private Expr fstringMiddle() {
        Expr f = fstringReplacementField();
        if (f != null) {
            return f;
        }
        Token t = expect(TokenType.FSTRING_MIDDLE);
        if (t == null) {
            return null;
        }
        return new Expr.Constant(t.string(), null, t.lineno(), t.colOffset(), t.endLineno(), middleEnd(t));
    }

    /**
     * A literal part that ends in an escaped brace ({@code {{} or {@code }}}) ends, in CPython's
     * AST, after the second brace, which the token itself leaves out.
     */
    private int middleEnd(Token t) {
        String s = t.string();
        char last = s.isEmpty() ? 0 : s.charAt(s.length() - 1);
        if (last == '{' || last == '}') {
            String next = tokenizer.sourceBetween(t.endLineno(), t.endColOffset(), t.endLineno(),
                    t.endColOffset() + 1);
            if (next.length() == 1 && next.charAt(0) == last) {
                return t.endColOffset() + 1;
            }
        }
        return t.endColOffset();
    }

    /** _PyPegen_joined_str: flattens nested JoinedStrs and decodes the literal parts. */
    private Expr joinedStr(Token start, List<Expr> raw, Token end) {
        boolean isRaw = start.string().indexOf('r') >= 0 || start.string().indexOf('R') >= 0;
        List<Expr> flat = new ArrayList<>();
        for (Expr e : raw) {
            if (e instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(e);
            }
        }
        List<Expr> out = new ArrayList<>();
        for (Expr item : flat) {
            if (item instanceof Expr.Constant c) {
                item = decodeFstringPart(isRaw, c);
                if ("".equals(((Expr.Constant) item).value())) {
                    continue;
                }
            }
            out.add(item);
        }
        return new Expr.JoinedStr(out, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
    }

    private Expr.Constant decodeFstringPart(boolean isRaw, Expr.Constant c) {
        String s = (String) c.value();
        Object value;
        try {
            value = isRaw || s.indexOf('\\') < 0 ? s : StringLiterals.decodeFstringMiddle(s, false,
                    warningsAt(c.lineno(), c.colOffset()));
        } catch (StringLiterals.DecodeError e) {
            throw error(e.getMessage());
        }
        return new Expr.Constant(value, null, c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
    }

    /** fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [conversion] [format_spec] '}'. */
    private Expr fstringReplacementField() {
        int m = mark;
        Token lbrace = expect(TokenType.LBRACE);
        if (lbrace == null) {
            return null;
        }
        Expr a = annotatedRhs();
        if (a != null) {
            Token debug = expect(TokenType.EQUAL);
            int beforeConv = mark;
            Token convToken = null;
            Expr.Name conv = null;
            Token bang = expect(TokenType.EXCLAMATION);
            if (bang != null) {
                Expr.Name n = name();
                if (n != null) {
                    if (bang.lineno() != n.lineno() || bang.endColOffset() != n.colOffset()) {
                        throw errorRange(bang, n,
                                "f-string: conversion type must come right after the exclamanation mark");
                    }
                    convToken = bang;
                    conv = n;
                } else {
                    mark = beforeConv;
                }
            }
            int beforeSpec = mark;
            Token colon = null;
            Expr spec = null;
            Token c = expect(TokenType.COLON);
            if (c != null) {
                colon = c;
                spec = fullFormatSpec(c);
            } else {
                mark = beforeSpec;
            }
            Token rbrace = expect(TokenType.RBRACE);
            if (rbrace != null) {
                return formattedValue(a, lbrace, debug, convToken, conv, colon, spec, rbrace, m);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidReplacementField();
            mark = m;
        }
        return null;
    }

    /** fstring_full_format_spec: ':' fstring_format_spec*. */
    private Expr fullFormatSpec(Token colon) {
        int m = mark - 1;
        List<Expr> spec = new ArrayList<>();
        while (true) {
            Token t = expect(TokenType.FSTRING_MIDDLE);
            if (t != null) {
                Object value;
                try {
                    value = t.string().indexOf('\\') < 0 ? t.string() : StringLiterals.decodeFstringMiddle(t.string(), false,
                            warningsAt(t.lineno(), t.colOffset()));
                } catch (StringLiterals.DecodeError e) {
                    throw error(e.getMessage());
                }
                spec.add(new Expr.Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
                continue;
            }
            Expr f = fstringReplacementField();
            if (f == null) {
                break;
            }
            spec.add(f);
        }
        // CPython 3.12.1 keeps the parts as they are, empty constants included, but an empty spec
        // ({x:}) is an empty JoinedStr.
        if (spec.stream().allMatch(e -> e instanceof Expr.Constant c && "".equals(c.value()))) {
            spec = List.of();
        }
        return new Expr.JoinedStr(spec, lineAt(m), colAt(m), endLine(), endCol());
    }

    /** _PyPegen_formatted_value, including the `=` self-documenting text. */
    private Expr formattedValue(Expr value, Token lbrace, Token debug, Token convToken, Expr.Name conv, Token colon,
            Expr spec, Token rbrace, int m) {
        int conversion = -1;
        if (conv != null) {
            String id = conv.id();
            char first = id.charAt(0);
            if (id.length() > 1 || !(first == 's' || first == 'r' || first == 'a')) {
                throw errorKnownLocation(conv, "f-string: invalid conversion character " + pyRepr(id)
                        + ": expected 's', 'r', or 'a'");
            }
            conversion = first;
        } else if (debug != null && spec == null) {
            conversion = 'r';
        }
        int lineno = lineAt(m);
        int col = colAt(m);
        int endLineno = endLine();
        int endCol = endCol();
        Expr fv = new Expr.FormattedValue(value, conversion, spec, lineno, col, endLineno, endCol);
        if (debug == null) {
            return fv;
        }
        int debugEndLine;
        int debugEndOffset;
        Token textEnd;
        if (conv != null) {
            debugEndLine = conv.lineno();
            debugEndOffset = conv.colOffset();
            textEnd = convToken;
        } else if (spec != null) {
            debugEndLine = spec.lineno();
            debugEndOffset = spec.colOffset() + 1;
            textEnd = colon;
        } else {
            debugEndLine = endLineno;
            debugEndOffset = endCol;
            textEnd = rbrace;
        }
        String text = withoutComments(sourceBetween(lbrace, textEnd));
        Expr debugText = new Expr.Constant(text, null, lineno, col + 1, debugEndLine, debugEndOffset - 1);
        return new Expr.JoinedStr(List.of(debugText, fv), lineno, col, debugEndLine, debugEndOffset);
    }

    /** The source text after token {@code a} and before token {@code b} (the f-string `=` debug text). */
    private String sourceBetween(Token a, Token b) {
        return tokenizer.sourceBetween(a.endLineno(), a.endColOffset(), b.lineno(), b.colOffset());
    }

    /**
     * The debug text without its comments, as CPython 3.12.1's tokenizer leaves them out of an
     * f-string's expression buffer: from each '#' to the line end, even inside a string literal
     * ({@code f"{x = # c\n}"} documents itself as {@code "x = \n"}, {@code f"{'#' = }"} as {@code "'"}).
     */
    static String withoutComments(String text) {
        return text.indexOf('#') < 0 ? text : text.replaceAll("#[^\\r\\n]*", "");
    }

    /** Python's repr() of a str, enough for identifiers in error messages. */
    static String pyRepr(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
    }

    abstract void invalidReplacementField();

    static Expr nameLoad(Token t) {
        return new Expr.Name(identifier(t.string()), ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }
}
