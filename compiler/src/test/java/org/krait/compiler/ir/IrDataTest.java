package org.krait.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.PySingleton;

/** The oparg tables and the IR data classes. Expected numbers are CPython 3.12.1's (checked with dis). */
class IrDataTest {
    @Test
    void compareOpargsAreCPythons() {
        // dis of a<b, a<=b, a==b, a!=b, a>b, a>=b under CPython 3.12.1
        int[] want = {2, 26, 40, 55, 68, 92};
        for (ComparisonOperator c : ComparisonOperator.values()) {
            assertEquals(want[c.ordinal()], c.oparg(), c.symbol);
            assertEquals(c, ComparisonOperator.of(c.oparg()));
        }
    }

    @Test
    void binaryOperators() {
        assertEquals(0, BinaryOperator.NB_ADD.oparg());
        assertEquals(13, BinaryOperator.NB_INPLACE_ADD.oparg());
        assertEquals("**=", BinaryOperator.NB_POWER.inplace().symbol);
        assertEquals(25, BinaryOperator.NB_INPLACE_XOR.oparg());
        assertEquals("INTRINSIC_LIST_TO_TUPLE", Intrinsic1.of(6).name());
        assertEquals("INTRINSIC_PREP_RERAISE_STAR", Intrinsic2.of(1).name());
    }

    @Test
    void superAttrBits() {
        // super().f() -> 5, super().x -> 8, super(A, self).f() -> 7, super(A, self).x -> 10 (name indexes 1, 2)
        assertEquals(5, Opargs.loadSuperAttr(1, true, false));
        assertEquals(8, Opargs.loadSuperAttr(2, false, false));
        assertEquals(7, Opargs.loadSuperAttr(1, true, true));
        assertEquals(10, Opargs.loadSuperAttr(2, false, true));
    }

    @Test
    void constantsCompareAsCPythonConstantKeys() {
        ConstTuple intOne = new ConstTuple(List.of(BigInteger.ONE));
        assertNotEquals(intOne, new ConstTuple(List.of(1.0)));
        assertNotEquals(intOne, new ConstTuple(List.of(Boolean.TRUE)));
        assertNotEquals(new ConstTuple(List.of(0.0)), new ConstTuple(List.of(-0.0)));
        assertEquals(new Bytes(new byte[] {1, 2}), new Bytes(new byte[] {1, 2}));
        assertEquals(new ConstFrozenset(List.of("a", "b")), new ConstFrozenset(List.of("b", "a", "b")));
        assertEquals(List.of("b", "a"), new ConstFrozenset(List.of("b", "a", "b")).items());
    }

    @Test
    void localsplusKindsGiveCodeObjectTuples() {
        // def f(a): b = 1; def g(): return a + c  -- with c free in f: a is an argument and a cell
        int local = CodeFlags.CO_FAST_LOCAL;
        CodeUnit code = new CodeUnit("f", "f", "x.py", 1, CodeFlags.CO_OPTIMIZED | CodeFlags.CO_NEWLOCALS, 1, 0, 0,
                List.of("a", "b", "c"), new int[] {local | CodeFlags.CO_FAST_CELL, local, CodeFlags.CO_FAST_FREE},
                List.of(), List.of(PySingleton.None), List.of(), 0);
        assertEquals(List.of("a", "b"), code.varnames());
        assertEquals(List.of("a"), code.cellvars());
        assertEquals(List.of("c"), code.freevars());
        assertEquals(2, code.nlocals());
        assertNull(code.docstring());
    }

    @Test
    void handlerInfoComesFromTheHandlerBlock() {
        BasicBlock handler = new BasicBlock(3);
        handler.startDepth = 3;
        handler.preserveLasti = true;
        Instr call = new Instr(Opcode.CALL, 0, Location.NONE);
        call.handler = handler;
        assertEquals(1, call.handlerDepth());
        assertEquals(true, call.handlerLasti());
        assertEquals(4, call.sizeInCodeUnits());
        assertEquals(0, new Instr(Opcode.POP_TOP, 7, Location.NONE).oparg);
    }
}
