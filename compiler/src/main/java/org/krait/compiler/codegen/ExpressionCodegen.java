package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.krait.compiler.ast.BoolOpKind;
import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.UnaryOpKind;
import org.krait.compiler.ir.BinaryOperator;
import org.krait.compiler.ir.ComparisonOperator;
import org.krait.compiler.ir.ConstFrozenset;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Intrinsic1;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opargs;
import org.krait.compiler.ir.Opcode;

/** Expressions: compile.c's {@code compiler_visit_expr1} and its helpers (displays, comparisons, targets). */
final class ExpressionCodegen {
    /** compile.c STACK_USE_GUIDELINE: displays and calls longer than this are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    private final Codegen c;

    ExpressionCodegen(Codegen c) {
        this.c = c;
    }

    void visit(Expr e) {
        Location loc = Codegen.loc(e);
        if (e instanceof Expr.NamedExpr n) {
            visit(n.value());
            c.addopI(loc, Opcode.COPY, 1);
            visit(n.target());
        } else if (e instanceof Expr.BoolOp b) {
            boolOp(b);
        } else if (e instanceof Expr.BinOp b) {
            visit(b.left());
            visit(b.right());
            c.addopI(loc, Opcode.BINARY_OP, binaryOperator(b.op(), false).oparg());
        } else if (e instanceof Expr.UnaryOp un) {
            visit(un.operand());
            if (un.op() == UnaryOpKind.UAdd) {
                c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_UNARY_POSITIVE.oparg());
            } else {
                c.addop(loc, un.op() == UnaryOpKind.Invert ? Opcode.UNARY_INVERT
                        : un.op() == UnaryOpKind.Not ? Opcode.UNARY_NOT : Opcode.UNARY_NEGATIVE);
            }
        } else if (e instanceof Expr.Lambda l) {
            c.functions.lambda(l);
        } else if (e instanceof Expr.IfExp i) {
            int end = c.newLabel();
            int next = c.newLabel();
            jumpIf(loc, i.test(), next, false);
            visit(i.body());
            c.addopJ(Location.NONE, Opcode.JUMP, end);
            c.useLabel(next);
            visit(i.orelse());
            c.useLabel(end);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Set s) {
            starunpack(loc, s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            c.comps.comprehension(e);
        } else if (e instanceof Expr.Compare cmp) {
            compare(cmp);
        } else if (e instanceof Expr.Call call) {
            c.calls.call(call);
        } else if (e instanceof Expr.Constant k) {
            c.loadConst(loc, k.value());
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Attribute a) {
            attribute(a);
        } else if (e instanceof Expr.Subscript s) {
            subscript(s);
        } else if (e instanceof Expr.Starred s) {
            throw c.error(loc, s.ctx() == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
        } else if (e instanceof Expr.Slice s) {
            int n = slice(s);
            c.addopI(loc, Opcode.BUILD_SLICE, n);
        } else if (e instanceof Expr.Name n) {
            c.nameop(loc, n.id(), n.ctx());
        } else if (e instanceof Expr.List l) {
            sequence(loc, l.elts(), l.ctx(), false);
        } else if (e instanceof Expr.Tuple t) {
            sequence(loc, t.elts(), t.ctx(), true);
        } else if (e instanceof Expr.Yield y) {
            c.gens.yieldExpr(y);
        } else if (e instanceof Expr.YieldFrom y) {
            c.gens.yieldFrom(y);
        } else if (e instanceof Expr.Await a) {
            c.gens.await(a);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    static BinaryOperator binaryOperator(Operator op, boolean inplace) {
        BinaryOperator b = switch (op) {
            case Add -> BinaryOperator.NB_ADD;
            case Sub -> BinaryOperator.NB_SUBTRACT;
            case Mult -> BinaryOperator.NB_MULTIPLY;
            case MatMult -> BinaryOperator.NB_MATRIX_MULTIPLY;
            case Div -> BinaryOperator.NB_TRUE_DIVIDE;
            case Mod -> BinaryOperator.NB_REMAINDER;
            case Pow -> BinaryOperator.NB_POWER;
            case LShift -> BinaryOperator.NB_LSHIFT;
            case RShift -> BinaryOperator.NB_RSHIFT;
            case BitOr -> BinaryOperator.NB_OR;
            case BitXor -> BinaryOperator.NB_XOR;
            case BitAnd -> BinaryOperator.NB_AND;
            case FloorDiv -> BinaryOperator.NB_FLOOR_DIVIDE;
        };
        return inplace ? b.inplace() : b;
    }

    /** compile.c {@code compiler_addcompare}. */
    void addCompare(Location loc, CmpOp op) {
        switch (op) {
            case Is -> c.addopI(loc, Opcode.IS_OP, 0);
            case IsNot -> c.addopI(loc, Opcode.IS_OP, 1);
            case In -> c.addopI(loc, Opcode.CONTAINS_OP, 0);
            case NotIn -> c.addopI(loc, Opcode.CONTAINS_OP, 1);
            default -> {
                ComparisonOperator cmp = switch (op) {
                    case Eq -> ComparisonOperator.EQ;
                    case NotEq -> ComparisonOperator.NE;
                    case Lt -> ComparisonOperator.LT;
                    case LtE -> ComparisonOperator.LE;
                    case Gt -> ComparisonOperator.GT;
                    default -> ComparisonOperator.GE;
                };
                c.addopI(loc, Opcode.COMPARE_OP, cmp.oparg());
            }
        }
    }

    /** compile.c {@code compiler_jump_if}: jump to {@code next} if {@code e} is {@code cond}. */
    void jumpIf(Location loc, Expr e, int next, boolean cond) {
        if (e instanceof Expr.UnaryOp un && un.op() == UnaryOpKind.Not) {
            jumpIf(loc, un.operand(), next, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            List<Expr> s = b.values();
            int n = s.size() - 1;
            boolean cond2 = b.op() == BoolOpKind.Or;
            int next2 = next;
            if (cond2 != cond) {
                next2 = c.newLabel();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(loc, s.get(i), next2, cond2);
            }
            jumpIf(loc, s.get(n), next, cond);
            if (next2 != next) {
                c.useLabel(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp i) {
            int end = c.newLabel();
            int next2 = c.newLabel();
            jumpIf(loc, i.test(), next2, false);
            jumpIf(loc, i.body(), next, cond);
            c.addopJ(Location.NONE, Opcode.JUMP, end);
            c.useLabel(next2);
            jumpIf(loc, i.orelse(), next, cond);
            c.useLabel(end);
            return;
        }
        if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            c.checks.compare(cmp);
            Location eloc = Codegen.loc(e);
            int n = cmp.ops().size() - 1;
            int cleanup = c.newLabel();
            visit(cmp.left());
            for (int i = 0; i < n; i++) {
                visit(cmp.comparators().get(i));
                c.addopI(eloc, Opcode.SWAP, 2);
                c.addopI(eloc, Opcode.COPY, 2);
                addCompare(eloc, cmp.ops().get(i));
                c.addopJ(eloc, Opcode.POP_JUMP_IF_FALSE, cleanup);
            }
            visit(cmp.comparators().get(n));
            addCompare(eloc, cmp.ops().get(n));
            c.addopJ(eloc, cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
            int end = c.newLabel();
            c.addopJ(Location.NONE, Opcode.JUMP, end);
            c.useLabel(cleanup);
            c.addop(eloc, Opcode.POP_TOP);
            if (!cond) {
                c.addopJ(Location.NONE, Opcode.JUMP, next);
            }
            c.useLabel(end);
            return;
        }
        visit(e);
        c.addopJ(Codegen.loc(e), cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
    }

    private void boolOp(Expr.BoolOp e) {
        Location loc = Codegen.loc(e);
        Opcode jump = e.op() == BoolOpKind.And ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
        int end = c.newLabel();
        List<Expr> s = e.values();
        int n = s.size() - 1;
        for (int i = 0; i < n; i++) {
            visit(s.get(i));
            c.addopI(loc, Opcode.COPY, 1);
            c.addopJ(loc, jump, end);
            c.addop(loc, Opcode.POP_TOP);
        }
        visit(s.get(n));
        c.useLabel(end);
    }

    private void compare(Expr.Compare e) {
        Location loc = Codegen.loc(e);
        c.checks.compare(e);
        visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visit(e.comparators().get(0));
            addCompare(loc, e.ops().get(0));
            return;
        }
        int cleanup = c.newLabel();
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            c.addopI(loc, Opcode.SWAP, 2);
            c.addopI(loc, Opcode.COPY, 2);
            addCompare(loc, e.ops().get(i));
            c.addopI(loc, Opcode.COPY, 1);
            c.addopJ(loc, Opcode.POP_JUMP_IF_FALSE, cleanup);
            c.addop(loc, Opcode.POP_TOP);
        }
        visit(e.comparators().get(n));
        addCompare(loc, e.ops().get(n));
        int end = c.newLabel();
        c.addopJ(Location.NONE, Opcode.JUMP, end);
        c.useLabel(cleanup);
        c.addopI(loc, Opcode.SWAP, 2);
        c.addop(loc, Opcode.POP_TOP);
        c.useLabel(end);
    }

    static boolean allConstant(List<Expr> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(seq.get(i) instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    /**
     * compile.c {@code starunpack_helper}: builds a list, set or tuple from elements that may
     * be starred, folding all-constant displays of more than two elements into one constant.
     */
    void starunpack(Location loc, List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts, 0, n)) {
            List<Object> values = new ArrayList<>(n);
            for (Expr x : elts) {
                values.add(((Expr.Constant) x).value());
            }
            if (tuple && pushed == 0) {
                c.loadConst(loc, new ConstTuple(values));
            } else {
                Object folded = add == Opcode.SET_ADD ? new ConstFrozenset(values) : new ConstTuple(values);
                c.addopI(loc, build, pushed);
                c.loadConst(loc, folded);
                c.addopI(loc, extend, 1);
                if (tuple) {
                    c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE.oparg());
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            for (Expr x : elts) {
                visit(x);
            }
            c.addopI(loc, tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.addopI(loc, build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred st) {
                if (!built) {
                    c.addopI(loc, build, i + pushed);
                    built = true;
                }
                visit(st.value());
                c.addopI(loc, extend, 1);
            } else {
                visit(x);
                if (built) {
                    c.addopI(loc, add, 1);
                }
            }
        }
        if (tuple) {
            c.addopI(loc, Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE.oparg());
        }
    }

    /** List and tuple displays and targets (compile.c {@code compiler_list}/{@code compiler_tuple}). */
    private void sequence(Location loc, List<Expr> elts, ExprContext ctx, boolean tuple) {
        if (ctx == ExprContext.Store) {
            unpack(loc, elts);
            for (Expr x : elts) {
                visit(x instanceof Expr.Starred st ? st.value() : x);
            }
        } else if (ctx == ExprContext.Load) {
            starunpack(loc, elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple);
        } else {
            for (Expr x : elts) {
                visit(x);
            }
        }
    }

    /** compile.c {@code unpack_helper}: UNPACK_SEQUENCE, or UNPACK_EX around one starred target. */
    private void unpack(Location loc, List<Expr> elts) {
        unpack(loc, elts.size(), i -> elts.get(i) instanceof Expr.Starred, "assignment");
    }

    /**
     * UNPACK_SEQUENCE of {@code n} items, or UNPACK_EX around the one that {@code isStar}; {@code what}
     * names the target in errors ("assignment", or "sequence pattern" for compile.c's
     * {@code pattern_unpack_helper}).
     */
    void unpack(Location loc, int n, java.util.function.IntPredicate isStar, String what) {
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (isStar.test(i)) {
                if (seenStar) {
                    throw c.error(loc, "multiple starred expressions in " + what);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error(loc, "too many expressions in star-unpacking " + what);
                }
                c.addopI(loc, Opcode.UNPACK_EX, Opargs.unpackEx(i, n - i - 1));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.addopI(loc, Opcode.UNPACK_SEQUENCE, n);
        }
    }

    private void dict(Expr.Dict e) {
        Location loc = Codegen.loc(e);
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys().get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        c.addopI(loc, Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.addopI(loc, Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(e.values().get(i));
                c.addopI(loc, Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) {
                    c.addopI(loc, Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                c.addopI(loc, Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.addopI(loc, Opcode.BUILD_MAP, 0);
        }
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        Location loc = Codegen.loc(e);
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                visit(e.values().get(i));
            }
            List<Object> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(((Expr.Constant) e.keys().get(i)).value());
            }
            c.loadConst(loc, new ConstTuple(keys));
            c.addopI(loc, Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.addopI(loc, Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visit(e.keys().get(i));
            visit(e.values().get(i));
            if (big) {
                c.addopI(loc, Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.addopI(loc, Opcode.BUILD_MAP, n);
        }
    }

    private void joinedStr(Expr.JoinedStr e) {
        Location loc = Codegen.loc(e);
        List<Expr> values = e.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            c.loadConst(loc, "");
            c.addopName(loc, Opcode.LOAD_METHOD, "join", c.u.names);
            c.addopI(loc, Opcode.BUILD_LIST, 0);
            for (Expr v : values) {
                visit(v);
                c.addopI(loc, Opcode.LIST_APPEND, 1);
            }
            c.addopI(loc, Opcode.CALL, 1);
        } else {
            for (Expr v : values) {
                visit(v);
            }
            if (values.size() != 1) {
                c.addopI(loc, Opcode.BUILD_STRING, values.size());
            }
        }
    }

    private void formattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int oparg = switch (e.conversion()) {
            case 's' -> Opargs.FVC_STR;
            case 'r' -> Opargs.FVC_REPR;
            case 'a' -> Opargs.FVC_ASCII;
            case -1 -> Opargs.FVC_NONE;
            default -> throw new IllegalStateException("Unrecognized conversion character " + e.conversion());
        };
        if (e.formatSpec() != null) {
            visit(e.formatSpec());
            oparg |= Opargs.FVS_HAVE_SPEC;
        }
        c.addopI(Codegen.loc(e), Opcode.FORMAT_VALUE, oparg);
    }

    private void attribute(Expr.Attribute e) {
        Location loc = Codegen.loc(e);
        if (e.ctx() == ExprContext.Load && c.calls.canOptimizeSuperCall(e)) {
            Expr.Call sup = (Expr.Call) e.value();
            c.calls.loadArgsForSuper(sup);
            c.addopName(loc, sup.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_ATTR : Opcode.LOAD_SUPER_ATTR, e.attr(),
                    c.u.names);
            c.addop(startAtAttr(loc, e), Opcode.NOP);
            return;
        }
        visit(e.value());
        loc = startAtAttr(loc, e);
        switch (e.ctx()) {
            case Load -> c.addopName(loc, Opcode.LOAD_ATTR, e.attr(), c.u.names);
            case Store -> {
                c.checkForbidden(loc, e.attr(), ExprContext.Store);
                c.addopName(loc, Opcode.STORE_ATTR, e.attr(), c.u.names);
            }
            case Del -> c.addopName(loc, Opcode.DELETE_ATTR, e.attr(), c.u.names);
        }
    }

    /**
     * compile.c {@code update_start_location_to_match_attr}: when an attribute access spans
     * lines, its instructions start at the attribute name. Columns are UTF-8 bytes and the
     * name's length is taken in characters, as CPython does.
     */
    static Location startAtAttr(Location loc, Expr.Attribute attr) {
        if (loc.lineno() == attr.endLineno()) {
            return loc;
        }
        int lineno = attr.endLineno();
        int col = loc.colOffset();
        int endCol = loc.endColOffset();
        int len = attr.attr().codePointCount(0, attr.attr().length());
        if (len <= attr.endColOffset()) {
            col = attr.endColOffset() - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLine = Math.max(lineno, loc.endLineno());
        if (lineno == endLine) {
            endCol = Math.max(col, endCol);
        }
        return new Location(lineno, endLine, col, endCol);
    }

    private static boolean isTwoElementSlice(Expr s) {
        return s instanceof Expr.Slice sl && sl.step() == null;
    }

    private void subscript(Expr.Subscript e) {
        Location loc = Codegen.loc(e);
        ExprContext ctx = e.ctx();
        if (ctx == ExprContext.Load) {
            c.checks.subscript(e);
        }
        visit(e.value());
        if (isTwoElementSlice(e.slice()) && ctx != ExprContext.Del) {
            slice((Expr.Slice) e.slice());
            c.addop(loc, ctx == ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE);
        } else {
            visit(e.slice());
            c.addop(loc, ctx == ExprContext.Load ? Opcode.BINARY_SUBSCR
                    : ctx == ExprContext.Store ? Opcode.STORE_SUBSCR : Opcode.DELETE_SUBSCR);
        }
    }

    /** compile.c {@code compiler_slice}: pushes the bounds, returns how many values BUILD_SLICE takes. */
    private int slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            visit(s.lower());
        } else {
            c.loadConst(Codegen.loc(s), PySingleton.None);
        }
        if (s.upper() != null) {
            visit(s.upper());
        } else {
            c.loadConst(Codegen.loc(s), PySingleton.None);
        }
        if (s.step() != null) {
            n++;
            visit(s.step());
        }
        return n;
    }

    /** compile.c {@code compiler_augassign}. */
    void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Location loc = Codegen.loc(e);
        if (e instanceof Expr.Attribute a) {
            visit(a.value());
            c.addopI(loc, Opcode.COPY, 1);
            loc = startAtAttr(loc, a);
            c.addopName(loc, Opcode.LOAD_ATTR, a.attr(), c.u.names);
        } else if (e instanceof Expr.Subscript sub) {
            visit(sub.value());
            if (isTwoElementSlice(sub.slice())) {
                slice((Expr.Slice) sub.slice());
                c.addopI(loc, Opcode.COPY, 3);
                c.addopI(loc, Opcode.COPY, 3);
                c.addopI(loc, Opcode.COPY, 3);
                c.addop(loc, Opcode.BINARY_SLICE);
            } else {
                visit(sub.slice());
                c.addopI(loc, Opcode.COPY, 2);
                c.addopI(loc, Opcode.COPY, 2);
                c.addop(loc, Opcode.BINARY_SUBSCR);
            }
        } else if (e instanceof Expr.Name n) {
            c.nameop(loc, n.id(), ExprContext.Load);
        } else {
            throw new IllegalStateException("invalid node type for augmented assignment");
        }
        visit(s.value());
        c.addopI(Codegen.loc(s), Opcode.BINARY_OP, binaryOperator(s.op(), true).oparg());
        loc = Codegen.loc(e);
        if (e instanceof Expr.Attribute a) {
            loc = startAtAttr(loc, a);
            c.addopI(loc, Opcode.SWAP, 2);
            c.addopName(loc, Opcode.STORE_ATTR, a.attr(), c.u.names);
        } else if (e instanceof Expr.Subscript sub) {
            if (isTwoElementSlice(sub.slice())) {
                c.addopI(loc, Opcode.SWAP, 4);
                c.addopI(loc, Opcode.SWAP, 3);
                c.addopI(loc, Opcode.SWAP, 2);
                c.addop(loc, Opcode.STORE_SLICE);
            } else {
                c.addopI(loc, Opcode.SWAP, 3);
                c.addopI(loc, Opcode.SWAP, 2);
                c.addop(loc, Opcode.STORE_SUBSCR);
            }
        } else {
            c.nameop(loc, ((Expr.Name) e).id(), ExprContext.Store);
        }
    }
}
