package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Located;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.parser.PySyntaxError;

/**
 * Deeply nested and very long inputs: CPython's limits (200 nested parentheses, 100 indentation
 * levels) must give its errors, and everything under the limits — including a 100,000-term sum,
 * which a naively recursive parser would overflow on — must parse without StackOverflowError.
 * Expected values come from {@code tools/gen-syntax-error-expectations.py deep} (CPython 3.12.1).
 */
class DeepNestingTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Not assertThrows: that would also swallow the "parser not implemented" abort. */
    private static PySyntaxError syntaxErrorOf(String source) {
        try {
            ParserFuzzTest.parseOrSkip(bytes(source), "deep.py");
        } catch (PySyntaxError e) {
            return e;
        }
        return fail("expected a SyntaxError");
    }

    private static Stmt.Assign onlyAssign(Mod.Module module) {
        assertEquals(1, module.body().size());
        return (Stmt.Assign) module.body().get(0);
    }

    private static void assertPosition(Located node, int lineno, int col, int endLineno, int endCol) {
        assertEquals(List.of(lineno, col, endLineno, endCol),
                List.of(node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset()), () -> node.getClass().getSimpleName() + " at " + node.lineno() + ":" + node.colOffset());
    }

    @Test
    void thousandNestedParenthesesAreTooMany() {
        String source = "(".repeat(1000) + "1" + ")".repeat(1000) + "\n";
        PySyntaxError e = syntaxErrorOf(source);
        // CPython stops at the 201st '(' (MAXLEVEL is 200 in Parser/tokenizer.h).
        assertEquals(List.of("SyntaxError", "too many nested parentheses", 1, 201, 1, 201),
                List.of(e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset));
        assertEquals("  File \"deep.py\", line 1\n    " + source + "    " + " ".repeat(200) + "^\n"
                + "SyntaxError: too many nested parentheses\n", e.formatForStderr());
    }

    @Test
    void twoHundredNestedIfsAreTooManyIndentationLevels() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            source.append(" ".repeat(i)).append("if x:\n");
        }
        source.append(" ".repeat(200)).append("pass\n");
        PySyntaxError e = syntaxErrorOf(source.toString());
        // The 101st indentation level (MAXINDENT is 100) is refused, on line 101.
        assertEquals(List.of("IndentationError", "too many levels of indentation", 101, 1),
                List.of(e.type, e.msg, e.lineno, e.offset));
        assertEquals("  File \"deep.py\", line 101\n    if x:\nIndentationError: too many levels of indentation\n",
                e.formatForStderr());
    }

    @Test
    void ninetyNineNestedIfsParse() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            source.append(" ".repeat(i)).append("if x:\n");
        }
        source.append(" ".repeat(99)).append("pass\n");
        Mod.Module module = ParserFuzzTest.parseOrSkip(bytes(source.toString()), "deep.py");
        Stmt stmt = module.body().get(0);
        assertPosition((Located) stmt, 1, 0, 100, 103);
        int depth = 0;
        while (stmt instanceof Stmt.If ifStmt) {
            depth++;
            stmt = ifStmt.body().get(0);
        }
        assertEquals(99, depth);
        assertTrue(stmt instanceof Stmt.Pass, stmt.toString());
        assertPosition((Located) stmt, 100, 99, 100, 103);
    }

    @Test
    void twoHundredNestedParenthesesParse() {
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(
                bytes("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n"), "deep.py"));
        assertPosition(assign, 1, 0, 1, 405);
        Expr.Constant one = (Expr.Constant) assign.value();
        assertEquals("1", String.valueOf(one.value()));
        assertPosition(one, 1, 204, 1, 205);
    }

    @Test
    void hundredNestedParenthesesParse() {
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(
                bytes("x = " + "(".repeat(100) + "1" + ")".repeat(100) + "\n"), "deep.py"));
        assertPosition(assign, 1, 0, 1, 205);
        assertPosition(assign.value(), 1, 104, 1, 105);
    }

    @Test
    void hundredNestedListsParse() {
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(
                bytes("x = " + "[".repeat(100) + "]".repeat(100) + "\n"), "deep.py"));
        Expr expr = assign.value();
        assertPosition(expr, 1, 4, 1, 204);
        int depth = 1;
        while (!((Expr.List) expr).elts().isEmpty()) {
            depth++;
            expr = ((Expr.List) expr).elts().get(0);
        }
        assertEquals(100, depth);
        assertPosition(expr, 1, 103, 1, 105);
    }

    @Test
    void hundredNestedCallsParse() {
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(
                bytes("x = " + "f(".repeat(100) + ")".repeat(100) + "\n"), "deep.py"));
        Expr expr = assign.value();
        assertPosition(expr, 1, 4, 1, 304);
        int depth = 1;
        while (!((Expr.Call) expr).args().isEmpty()) {
            depth++;
            expr = ((Expr.Call) expr).args().get(0);
        }
        assertEquals(100, depth);
        assertPosition(expr, 1, 202, 1, 205);
        assertPosition(((Expr.Call) expr).func(), 1, 202, 1, 203);
    }

    @Test
    void unaryMinusesParse() {
        // CPython's limit is its parser stack (MAXSTACK 6000): 10,000 minuses give
        // "MemoryError: Parser stack overflowed - Python source too complex to parse"; 1,000 parse.
        for (int minuses : new int[] {100, 1000}) {
            checkUnaryMinuses(minuses);
        }
    }

    private static void checkUnaryMinuses(int minuses) {
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(bytes("x = " + "-".repeat(minuses) + "1\n"), "deep.py"));
        Expr expr = assign.value();
        assertPosition(expr, 1, 4, 1, minuses + 5);
        int depth = 0;
        while (expr instanceof Expr.UnaryOp unary) {
            depth++;
            expr = unary.operand();
        }
        assertEquals(minuses, depth);
        assertPosition(expr, 1, minuses + 4, 1, minuses + 5);
    }

    /**
     * CPython's parser accepts this (its left-recursive rules loop rather than recurse), though
     * ast.parse then refuses to build Python objects that deep and `python3.12` fails later with
     * "RecursionError: maximum recursion depth exceeded during compilation". The positions below
     * follow the pattern ast.parse gives for 1,000 terms: term k ends at 4 + k + 3 * (k - 1).
     */
    @Test
    void hundredThousandTermSumParsesWithoutStackOverflow() {
        int terms = 100_000;
        StringBuilder source = new StringBuilder("x = 1");
        for (int i = 1; i < terms; i++) {
            source.append(" + 1");
        }
        source.append('\n');
        Stmt.Assign assign = onlyAssign(ParserFuzzTest.parseOrSkip(bytes(source.toString()), "deep.py"));
        assertPosition(assign, 1, 0, 1, 400_001);
        Expr expr = assign.value();
        int depth = 0;
        while (expr instanceof Expr.BinOp binOp) {
            int covered = terms - depth;
            assertPosition(binOp, 1, 4, 1, 4 + covered + 3 * (covered - 1));
            assertPosition(binOp.right(), 1, 4 + covered + 3 * (covered - 1) - 1, 1, 4 + covered + 3 * (covered - 1));
            depth++;
            expr = binOp.left();
        }
        assertEquals(terms - 1, depth);
        assertPosition(expr, 1, 4, 1, 5);
    }
}
