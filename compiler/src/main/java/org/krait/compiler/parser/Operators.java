package org.krait.compiler.parser;

import static org.krait.compiler.parser.TokenType.*;

/**
 * Operator tokens by their characters, as CPython's generated Parser/token.c
 * (_PyToken_OneChar/TwoChars/ThreeChars). An unknown character is OP; "<>" is NOTEQUAL (the
 * parser accepts it only under "barry_as_FLUFL").
 */
final class Operators {
    private Operators() {
    }

    static TokenType oneChar(int c) {
        switch (c) {
            case '%': return PERCENT;
            case '&': return AMPER;
            case '(': return LPAR;
            case ')': return RPAR;
            case '*': return STAR;
            case '+': return PLUS;
            case ',': return COMMA;
            case '-': return MINUS;
            case '.': return DOT;
            case '/': return SLASH;
            case ':': return COLON;
            case ';': return SEMI;
            case '<': return LESS;
            case '=': return EQUAL;
            case '>': return GREATER;
            case '@': return AT;
            case '[': return LSQB;
            case ']': return RSQB;
            case '^': return CIRCUMFLEX;
            case '{': return LBRACE;
            case '|': return VBAR;
            case '}': return RBRACE;
            case '~': return TILDE;
            case '!': return EXCLAMATION;
            default: return OP;
        }
    }

    static TokenType twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? NOTEQUAL : null;
            case '%': return c2 == '=' ? PERCENTEQUAL : null;
            case '&': return c2 == '=' ? AMPEREQUAL : null;
            case '*': return c2 == '*' ? DOUBLESTAR : c2 == '=' ? STAREQUAL : null;
            case '+': return c2 == '=' ? PLUSEQUAL : null;
            case '-': return c2 == '=' ? MINEQUAL : c2 == '>' ? RARROW : null;
            case '/': return c2 == '/' ? DOUBLESLASH : c2 == '=' ? SLASHEQUAL : null;
            case ':': return c2 == '=' ? COLONEQUAL : null;
            case '<': return c2 == '<' ? LEFTSHIFT : c2 == '=' ? LESSEQUAL : c2 == '>' ? NOTEQUAL : null;
            case '=': return c2 == '=' ? EQEQUAL : null;
            case '>': return c2 == '=' ? GREATEREQUAL : c2 == '>' ? RIGHTSHIFT : null;
            case '@': return c2 == '=' ? ATEQUAL : null;
            case '^': return c2 == '=' ? CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? VBAREQUAL : null;
            default: return null;
        }
    }

    static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
