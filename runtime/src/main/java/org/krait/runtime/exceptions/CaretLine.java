package org.krait.runtime.exceptions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.parser.Parser;
import org.krait.runtime.text.EastAsianWidth;

/**
 * The line of carets under a traceback's source line, as CPython 3.12.1's Python/traceback.c draws
 * it (tb_displayline, extract_anchors_from_line, print_error_location_carets):
 *
 * <pre>
 *    return a + b * 2
 *           ~~^~~~~~~      a BinOp: '~' for the operands, '^' for the operator
 *    x["k"]
 *    ~^^^^^      a Subscript: '~' for the value, '^' for the brackets
 *    f(x)
 *    ^^^^        anything else
 * </pre>
 *
 * Columns arrive as UTF-8 byte offsets; carets are lined up by display width (East Asian wide
 * characters take two columns). No caret line is drawn when plain carets would cover the whole
 * stripped line. The C code's mixing of byte and character offsets is kept where it shows.
 */
public final class CaretLine {
    private CaretLine() {
    }

    /**
     * The caret line (with its newline) for {@code line} — the source line as read, without its
     * newline and before its indentation is stripped — or null when none is shown. Positions are
     * the instruction's (start line, end line, start and end column in UTF-8 bytes, all known).
     */
    public static String build(String line, int startLine, int endLine, int startColByte, int endColByte) {
        int[] cps = line.codePoints().toArray();
        int leading = 0;
        while (leading < cps.length && isWhitespace(cps[leading])) {
            leading++;
        }
        int truncation = leading - 4;
        int startOffset = byteToCharOffset(line, startColByte);
        int endOffset = byteToCharOffset(line, endColByte);
        int[] anchors = null;
        if (startLine == endLine) {
            anchors = anchorsInLine(line, cps, startOffset, endOffset);
        } else {
            // A multi-line range: highlight to the last non-blank character of this line. (The C
            // code indexes the UTF-8 bytes with the length in characters.)
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            int i = cps.length;
            while (--i >= 0) {
                if (!isWhitespace(utf8[i])) {
                    break;
                }
            }
            endOffset = i + 1;
        }
        // Elide the indicators if the primary characters would span the whole stripped line.
        int strippedLength = cps.length - leading;
        if (endOffset - startOffset == strippedLength && anchors == null) {
            return null;
        }
        int dpStart = displayWidth(cps, startOffset);
        int dpEnd = displayWidth(cps, endOffset);
        int dpLeftEnd = anchors == null ? -1 : displayWidth(cps, anchors[0]);
        int dpRightStart = anchors == null ? -1 : displayWidth(cps, anchors[1]);
        char primary = anchors == null ? '^' : '~';
        StringBuilder sb = new StringBuilder();
        for (int offset = truncation + 1; offset <= dpEnd; offset++) {
            if (offset <= dpStart) {
                sb.append(' ');
            } else if (anchors != null && dpLeftEnd < offset && offset <= dpRightStart) {
                sb.append('^');
            } else {
                sb.append(primary);
            }
        }
        return sb.append('\n').toString();
    }

    /** ' ', '\t' and '\f': what traceback.c strips and skips (IS_WHITESPACE). */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * _PyPegen_byte_offset_to_character_offset: how many characters the first {@code byteOffset}
     * UTF-8 bytes of {@code s} decode to with errors="replace" (a cut sequence counts as one). An
     * offset past the end is clamped to one past it, which counts the C string's NUL as a character.
     */
    public static int byteToCharOffset(String s, int byteOffset) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int extra = 0;
        if (byteOffset > b.length) {
            byteOffset = b.length;
            extra = 1;
        }
        int chars = 0;
        for (int i = 0; i < byteOffset; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars + extra;
    }

    /**
     * _PyPegen_calculate_display_width: the columns the first {@code offset} characters take on a
     * terminal; an all-ASCII prefix answers {@code offset} itself, unclamped, as the C code does.
     */
    static int displayWidth(int[] cps, int offset) {
        int n = Math.max(0, Math.min(offset, cps.length));
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = cps[i] < 0x80;
        }
        if (ascii) {
            return offset;
        }
        int width = 0;
        for (int i = 0; i < n; i++) {
            width += EastAsianWidth.isWide(cps[i]) ? 2 : 1;
        }
        return width;
    }

    /**
     * extract_anchors_from_line: parses the highlighted segment alone; if it is one expression
     * statement holding a BinOp or a Subscript, returns the character offsets in the line of the
     * secondary ('^') range {left end, right start}, else null (also when it does not parse).
     */
    static int[] anchorsInLine(String line, int[] cps, int startOffset, int endOffset) {
        int from = Math.max(0, Math.min(startOffset, cps.length));
        int to = Math.max(from, Math.min(endOffset, cps.length));
        String segment = new String(cps, from, to - from);
        int[] inSegment = anchorsInSegment(segment);
        if (inSegment == null) {
            return null;
        }
        return new int[] {byteToCharOffset(segment, inSegment[0]) + startOffset,
            byteToCharOffset(segment, inSegment[1]) + startOffset};
    }

    /** The anchors as UTF-8 byte offsets into {@code segment}, or null (extract_anchors_from_expr). */
    public static int[] anchorsInSegment(String segment) {
        Mod module;
        try {
            module = Parser.parseText(segment, "<string>", "exec");
        } catch (RuntimeException e) {
            return null; // a segment that does not parse on its own just gets plain carets
        }
        List<Stmt> body = ((Mod.Module) module).body();
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt)) {
            return null;
        }
        Expr expr = ((Stmt.ExprStmt) body.get(0)).value();
        byte[] s = segment.getBytes(StandardCharsets.UTF_8);
        if (expr instanceof Expr.BinOp) {
            return binOpAnchors(s, (Expr.BinOp) expr);
        }
        if (expr instanceof Expr.Subscript) {
            return subscriptAnchors(s, (Expr.Subscript) expr);
        }
        return null;
    }

    /** The operator: the first non-blank byte after the left operand that is not a closing ')'. */
    private static int[] binOpAnchors(byte[] s, Expr.BinOp binOp) {
        int left = -1;
        int right = -1;
        int rightStart = binOp.right().colOffset();
        for (int i = binOp.left().endColOffset(); i < rightStart; i++) {
            if (isWhitespace(s[i])) {
                continue;
            }
            left = i;
            right = i + 1;
            // a two-character operator (e.g. //)
            if (i + 1 < rightStart && !isWhitespace(s[i + 1])) {
                right++;
            }
            // keep going past the ')' of a parenthesized left operand
            if (i + 1 < rightStart && s[i] == ')') {
                continue;
            }
            break;
        }
        return left < 0 ? null : new int[] {left, right};
    }

    /** The brackets and what is between them: from the first '[' after the value to the ']' after the slice. */
    private static int[] subscriptAnchors(byte[] s, Expr.Subscript sub) {
        int left = sub.value().endColOffset();
        int right = sub.slice().endColOffset() + 1;
        while (left < s.length && s[left] != '[') {
            left++;
        }
        while (right < s.length && s[right] != ']') {
            right++;
        }
        if (right < s.length) {
            right++;
        }
        return new int[] {left, right};
    }
}
