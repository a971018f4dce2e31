package org.krait.compiler.codegen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.UnaryOpKind;
import org.krait.compiler.ir.Bytes;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.ConstValues;
import org.krait.compiler.unicode.CodePointBuilder;
import org.krait.compiler.unicode.WideStr;

/**
 * Python's arithmetic on constants, for the AST optimizer (Python/ast_opt.c {@code fold_binop},
 * {@code fold_unaryop}, {@code fold_subscr}) with its size limits ({@code safe_multiply},
 * {@code safe_power}, {@code safe_lshift}, {@code safe_mod}). Returns null where CPython's
 * operation would raise or the limits forbid folding: the expression is then left as it is.
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    private ConstantFolder() {
    }

    private static boolean isInt(Object v) {
        return v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger toInt(Object v) {
        return v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) v;
    }

    private static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double || v instanceof ComplexValue;
    }

    /** int to float as Python does it (correctly rounded); null if too large (OverflowError). */
    private static Double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = toInt(v);
        if (i.bitLength() <= 53) {
            return (double) i.longValue();
        }
        double d = new BigDecimal(i).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    static Object unary(UnaryOpKind op, Object v) {
        switch (op) {
            case Not:
                return !ConstValues.isTrue(v);
            case Invert:
                return isInt(v) ? toInt(v).not() : null;
            case UAdd:
                if (isInt(v)) {
                    return toInt(v);
                }
                return v instanceof Double || v instanceof ComplexValue ? v : null;
            case USub:
                if (isInt(v)) {
                    return toInt(v).negate();
                } else if (v instanceof Double d) {
                    return -d;
                } else if (v instanceof ComplexValue c) {
                    return new ComplexValue(-c.real(), -c.imag());
                }
                return null;
            default:
                return null;
        }
    }

    static Object binary(Operator op, Object l, Object r) {
        switch (op) {
            case Add:
                return add(l, r);
            case Sub:
                return numeric(op, l, r);
            case Mult:
                return safeMultiply(l, r);
            case Div:
            case FloorDiv:
                return numeric(op, l, r);
            case Mod:
                return isStr(l) || l instanceof Bytes ? null : numeric(op, l, r);
            case Pow:
                if (isInt(l) && isInt(r) && toInt(l).signum() != 0 && toInt(r).signum() > 0) {
                    long wbits = toInt(r).bitLength() > 63 ? -1 : toInt(r).longValue();
                    if (wbits < 0 || toInt(l).bitLength() > MAX_INT_SIZE / wbits) {
                        return null;
                    }
                }
                return numeric(op, l, r);
            case LShift:
                if (isInt(l) && isInt(r) && toInt(l).signum() != 0 && toInt(r).signum() != 0) {
                    BigInteger w = toInt(r);
                    if (w.signum() < 0 || w.bitLength() > 63) {
                        return null;
                    }
                    long wbits = w.longValue();
                    if (wbits > MAX_INT_SIZE || toInt(l).bitLength() > MAX_INT_SIZE - wbits) {
                        return null;
                    }
                }
                return bitwise(op, l, r);
            case RShift:
            case BitOr:
            case BitXor:
            case BitAnd:
                return bitwise(op, l, r);
            default:
                return null;
        }
    }

    private static Object add(Object l, Object r) {
        if (isStr(l) && isStr(r)) {
            return CodePointBuilder.concat(l, r); // "\ud83d" + "\ude00" stays two code points
        }
        if (l instanceof Bytes a && r instanceof Bytes b) {
            byte[] x = a.toArray();
            byte[] y = b.toArray();
            byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return new Bytes(out);
        }
        if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new ConstTuple(items);
        }
        return numeric(Operator.Add, l, r);
    }

    private static long length(Object v) {
        if (v instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (v instanceof WideStr w) {
            return w.length();
        } else if (v instanceof Bytes b) {
            return b.length();
        } else if (v instanceof ConstTuple t) {
            return t.size();
        } else if (v instanceof ConstFrozenset f) {
            return f.items().size();
        }
        return -1;
    }

    /** ast_opt.c {@code check_complexity}: items in nested tuples and frozensets, against a limit. */
    private static long checkComplexity(Object obj, long limit) {
        if (obj instanceof ConstTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = checkComplexity(t.get(i), limit);
            }
        } else if (obj instanceof ConstFrozenset f) {
            limit -= f.items().size();
            for (int i = 0; limit >= 0 && i < f.items().size(); i++) {
                limit = checkComplexity(f.items().get(i), limit);
            }
        }
        return limit;
    }

    private static Object safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            if (toInt(v).signum() != 0 && toInt(w).signum() != 0
                    && toInt(v).bitLength() + toInt(w).bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return toInt(v).multiply(toInt(w));
        }
        if (isInt(v) && (isStr(w) || w instanceof Bytes || w instanceof ConstTuple)) {
            long size = length(w);
            BigInteger bn = toInt(v);
            long n = bn.bitLength() > 62 ? (bn.signum() < 0 ? -1 : Long.MAX_VALUE) : bn.longValue();
            if (size != 0) {
                long limit = w instanceof ConstTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
                if (n < 0 || n > limit / size) {
                    return null;
                }
                if (w instanceof ConstTuple && n != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) {
                    return null;
                }
            }
            return repeat(w, Math.max(n, 0));
        }
        if (isInt(w) && (isStr(v) || v instanceof Bytes || v instanceof ConstTuple)) {
            return safeMultiply(w, v);
        }
        return numeric(Operator.Mult, v, w);
    }

    private static Object repeat(Object seq, long n) {
        if (length(seq) == 0) {
            return seq; // () * 2**40 folds at once: nothing to copy however large n is
        }
        if (isStr(seq)) {
            CodePointBuilder b = new CodePointBuilder();
            for (long i = 0; i < n; i++) {
                b.appendValue(seq); // the seam may fall between a high and a low surrogate
            }
            return b.value();
        } else if (seq instanceof Bytes b) {
            byte[] x = b.toArray();
            byte[] out = new byte[(int) (x.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, 0, out, i * x.length, x.length);
            }
            return new Bytes(out);
        }
        ConstTuple t = (ConstTuple) seq;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.addAll(t.items());
        }
        return new ConstTuple(items);
    }

    private static Object bitwise(Operator op, Object l, Object r) {
        if (!isInt(l) || !isInt(r)) {
            return null;
        }
        if (l instanceof Boolean a && r instanceof Boolean b) {
            switch (op) {
                case BitAnd:
                    return a & b;
                case BitOr:
                    return a | b;
                case BitXor:
                    return a ^ b;
                default:
                    break;
            }
        }
        BigInteger a = toInt(l);
        BigInteger b = toInt(r);
        switch (op) {
            case BitAnd:
                return a.and(b);
            case BitOr:
                return a.or(b);
            case BitXor:
                return a.xor(b);
            case LShift:
                return b.signum() < 0 || b.bitLength() > 31 ? null : a.shiftLeft(b.intValue());
            case RShift:
                if (b.signum() < 0) {
                    return null;
                }
                return b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue());
            default:
                return null;
        }
    }

    private static Object numeric(Operator op, Object l, Object r) {
        if (!isNumber(l) || !isNumber(r)) {
            return null;
        }
        if (l instanceof ComplexValue || r instanceof ComplexValue) {
            return ComplexArithmetic.binary(op, toComplex(l), toComplex(r));
        }
        if (isInt(l) && isInt(r)) {
            return intOp(op, toInt(l), toInt(r));
        }
        Double a = toFloat(l);
        Double b = toFloat(r);
        if (a == null || b == null) {
            return null;
        }
        return FloatArithmetic.binary(op, a, b);
    }

    private static ComplexValue toComplex(Object v) {
        if (v instanceof ComplexValue c) {
            return c;
        }
        Double d = toFloat(v);
        return d == null ? null : new ComplexValue(d, 0.0);
    }

    private static Object intOp(Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add:
                return a.add(b);
            case Sub:
                return a.subtract(b);
            case Mult:
                return a.multiply(b);
            case FloorDiv:
                return b.signum() == 0 ? null : floorDiv(a, b);
            case Mod:
                return b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
            case Div:
                if (b.signum() == 0) {
                    return null;
                }
                if (a.abs().compareTo(TWO_53) <= 0 && b.abs().compareTo(TWO_53) <= 0) {
                    return a.doubleValue() / b.doubleValue();
                }
                double q = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
                return Double.isInfinite(q) ? null : q;
            case Pow:
                if (b.signum() < 0) {
                    Double fa = toFloat(a);
                    Double fb = toFloat(b);
                    return fa == null || fb == null ? null : FloatArithmetic.binary(Operator.Pow, fa, fb);
                }
                if (b.bitLength() > 31) {
                    return a.abs().compareTo(BigInteger.ONE) <= 0 ? a.pow(b.testBit(0) ? 1 : 2) : null;
                }
                return a.pow(b.intValue());
            default:
                return null;
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** ast_opt.c {@code fold_subscr}: indexing a constant str, bytes or tuple with an int. */
    static Object subscript(Object container, Object index) {
        if (!isInt(index)) {
            return null;
        }
        BigInteger bi = toInt(index);
        long len = length(container);
        if (len < 0 || container instanceof ConstFrozenset) {
            return null;
        }
        if (bi.bitLength() > 62) {
            return null;
        }
        long i = bi.longValue();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            return null;
        }
        if (container instanceof String s) {
            int cp = s.codePointAt(s.offsetByCodePoints(0, (int) i));
            return new String(Character.toChars(cp));
        } else if (container instanceof WideStr w) {
            return new String(Character.toChars(w.codePointAt((int) i)));
        } else if (container instanceof Bytes b) {
            return BigInteger.valueOf(b.get((int) i) & 0xFF);
        }
        return ((ConstTuple) container).get((int) i);
    }

    /** A str constant: a String, or a WideStr (ADR 0008). */
    static boolean isStr(Object v) {
        return v instanceof String || v instanceof WideStr;
    }

    static boolean isNone(Object v) {
        return v == PySingleton.None;
    }
}
