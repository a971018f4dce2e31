package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.Expr;

/**
 * ast_opt.c's {@code optimize_format}: {@code "..%s..%r.." % (a, b)} with only simple {@code %s},
 * {@code %r}, {@code %a} units (optional width and precision) becomes an f-string. Literal parts
 * and format specs get no position, as in CPython.
 */
final class PercentFormat {
    private static final int MAXDIGITS = 3;

    private PercentFormat() {
    }

    /** The JoinedStr, or null to leave the expression as it is. */
    static Expr optimize(Expr.BinOp node, String fmt, List<Expr> elts) {
        int[] cps = fmt.codePoints().toArray();
        int[] pos = {0};
        int cnt = 0;
        List<Expr> seq = new ArrayList<>();
        while (true) {
            Expr lit = literal(cps, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Expr e = format(cps, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return null;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(seq, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private static Expr noPosConstant(String s) {
        return new Expr.Constant(s, null, -1, -1, -1, -1);
    }

    private static Expr literal(int[] cps, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        StringBuilder sb = new StringBuilder();
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                sb.appendCodePoint(cps[pos]);
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                sb.append('%');
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        return pos == start ? null : noPosConstant(sb.toString());
    }

    /** {@code simple_format_arg_parse} and {@code parse_format}. */
    private static Expr format(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int len = cps.length;
        boolean ljust = false;
        int width = -1;
        int prec = -1;
        int ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= len) {
                        return null;
                    }
                    ch = cps[pos++];
                    if (++digits >= MAXDIGITS) {
                        return null;
                    }
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.length() == 0 ? null : noPosConstant(spec.toString());
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.colOffset(), arg.endLineno(),
                arg.endColOffset());
    }
}
