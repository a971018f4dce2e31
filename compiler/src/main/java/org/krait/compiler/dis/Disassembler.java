package org.krait.compiler.dis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ast.ConstantRepr;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ir.BinaryOperator;
import org.krait.compiler.ir.Bytes;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.ComparisonOperator;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Intrinsic2;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;
import org.krait.compiler.unicode.WideStr;

/**
 * Prints a code unit as CPython 3.12's {@code dis.dis(code)} does (Lib/dis.py): line column,
 * {@code >>} on jump and handler targets, offsets counting inline caches, argument reprs, the
 * exception table, then the nested code objects. Documented difference: code objects are shown
 * at address {@code 0x0}, so the output is deterministic; frozenset constants list their items
 * in source order, where CPython shows its set order.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {
    }

    public static String dis(CodeUnit code) {
        StringBuilder out = new StringBuilder();
        recursive(code, out);
        return out.toString();
    }

    private static void recursive(CodeUnit code, StringBuilder out) {
        disassemble(code, out);
        for (Object c : code.consts()) {
            if (c instanceof CodeUnit nested) {
                out.append('\n');
                out.append("Disassembly of ").append(codeRepr(nested)).append(":\n");
                recursive(nested, out);
            }
        }
    }

    /** One printed instruction: EXTENDED_ARG prefixes are instructions of their own, as in the bytes. */
    private record Line(int offset, Opcode op, Integer arg, String argrepr, int lineno) {}

    private static void disassemble(CodeUnit code, StringBuilder out) {
        List<Line> lines = new ArrayList<>();
        Set<Integer> labels = new HashSet<>();
        for (Instr in : code.instructions()) {
            int offset = in.offset * 2;
            int lineno = in.location.lineno();
            int ext = (in.oparg > 0xFFFFFF ? 1 : 0) + (in.oparg > 0xFFFF ? 1 : 0) + (in.oparg > 0xFF ? 1 : 0);
            for (int k = ext; k > 0; k--) {
                lines.add(new Line(offset, Opcode.EXTENDED_ARG, in.oparg >>> (8 * k), "", lineno));
                offset += 2;
            }
            Integer arg = in.opcode.hasArg() ? in.oparg : null;
            String argrepr = argrepr(code, in);
            if (in.opcode.isJump()) {
                labels.add(in.target.offset * 2);
            }
            lines.add(new Line(offset, in.opcode, arg, argrepr, lineno));
        }
        List<CodeUnit.ExceptionEntry> table = code.exceptionTable();
        for (CodeUnit.ExceptionEntry e : table) {
            labels.add(e.target() * 2);
        }
        Integer lastLine = null;
        Integer maxLine = null;
        List<Integer> starts = new ArrayList<>();
        for (Line l : lines) {
            Integer start = null;
            if (l.lineno >= 0 && (lastLine == null || l.lineno != lastLine)) {
                lastLine = l.lineno;
                start = l.lineno;
                maxLine = maxLine == null ? start : Math.max(maxLine, start);
            }
            starts.add(start);
        }
        int linenoWidth = maxLine == null ? 0 : maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
        int maxOffset = 2 * totalSize(code) - 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Integer start = starts.get(i);
            if (linenoWidth > 0 && start != null && l.offset > 0) {
                out.append('\n');
            }
            StringBuilder f = new StringBuilder();
            if (linenoWidth > 0) {
                f.append(start != null ? pad(String.valueOf(start), linenoWidth) : " ".repeat(linenoWidth)).append(' ');
            }
            f.append("   ").append(' ');
            f.append(labels.contains(l.offset) ? ">>" : "  ").append(' ');
            f.append(pad(String.valueOf(l.offset), offsetWidth)).append(' ');
            f.append(padRight(l.op.name(), OPNAME_WIDTH));
            if (l.arg != null) {
                f.append(' ').append(pad(String.valueOf(l.arg), OPARG_WIDTH));
                if (!l.argrepr.isEmpty()) {
                    f.append(" (").append(l.argrepr).append(')');
                }
            }
            out.append(stripTrailing(f.toString())).append('\n');
        }
        if (!table.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (CodeUnit.ExceptionEntry e : table) {
                out.append("  ").append(e.start() * 2).append(" to ").append(e.end() * 2 - 2).append(" -> ")
                        .append(e.target() * 2).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static int totalSize(CodeUnit code) {
        int n = 0;
        for (Instr in : code.instructions()) {
            n += in.sizeInCodeUnits();
        }
        return n;
    }

    private static String argrepr(CodeUnit code, Instr in) {
        int arg = in.oparg;
        Opcode op = in.opcode;
        switch (op.argKind()) {
            case CONST:
                return repr(code.consts().get(arg));
            case NAME:
                if (op == Opcode.LOAD_GLOBAL) {
                    return ((arg & 1) != 0 ? "NULL + " : "") + code.names().get(arg >> 1);
                } else if (op == Opcode.LOAD_ATTR) {
                    return ((arg & 1) != 0 ? "NULL|self + " : "") + code.names().get(arg >> 1);
                } else if (op == Opcode.LOAD_SUPER_ATTR) {
                    return ((arg & 1) != 0 ? "NULL|self + " : "") + code.names().get(arg >> 2);
                }
                return code.names().get(arg);
            case JUMP:
                return "to " + in.target.offset * 2;
            case LOCAL:
            case FREE:
                return code.localsplusNames().get(arg);
            case COMPARE:
                return ComparisonOperator.of(arg).symbol;
            case BINARY_OP:
                return BinaryOperator.of(arg).symbol;
            case INTRINSIC_1:
                return Intrinsic1.of(arg).name();
            case INTRINSIC_2:
                return Intrinsic2.of(arg).name();
            default:
                break;
        }
        if (op == Opcode.FORMAT_VALUE) {
            String[] conv = {"", "str", "repr", "ascii"};
            String r = conv[arg & Opargs.FVC_MASK];
            if ((arg & Opargs.FVS_HAVE_SPEC) != 0) {
                r = r.isEmpty() ? "with format" : r + ", with format";
            }
            return r;
        }
        if (op == Opcode.MAKE_FUNCTION) {
            String[] flags = {"defaults", "kwdefaults", "annotations", "closure"};
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < flags.length; i++) {
                if ((arg & (1 << i)) != 0) {
                    parts.add(flags[i]);
                }
            }
            return String.join(", ", parts);
        }
        return "";
    }

    /** Python's repr of a constant. */
    public static String repr(Object v) {
        if (v instanceof CodeUnit c) {
            return codeRepr(c);
        } else if (v instanceof ConstTuple t) {
            List<String> parts = new ArrayList<>();
            for (Object x : t.items()) {
                parts.add(repr(x));
            }
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        } else if (v instanceof ConstFrozenset f) {
            if (f.items().isEmpty()) {
                return "frozenset()";
            }
            List<String> parts = new ArrayList<>();
            for (Object x : f.items()) {
                parts.add(repr(x));
            }
            return "frozenset({" + String.join(", ", parts) + "})";
        } else if (v instanceof Bytes b) {
            return b.toString();
        } else if (v == PySingleton.None || v == PySingleton.Ellipsis || v instanceof Boolean || v instanceof BigInteger
                || v instanceof Double || v instanceof ComplexValue || v instanceof String || v instanceof WideStr
                || v instanceof byte[]) {
            return ConstantRepr.repr(v);
        }
        return String.valueOf(v);
    }

    static String codeRepr(CodeUnit c) {
        return "<code object " + c.name + " at 0x0, file \"" + c.filename + "\", line " + c.firstlineno + ">";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
