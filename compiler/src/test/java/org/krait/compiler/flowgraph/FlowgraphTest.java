package org.krait.compiler.flowgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.PySingleton;
import org.krait.compiler.codegen.ModuleCompiler;
import org.krait.compiler.ir.BasicBlock;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.InstrSequence;
import org.krait.compiler.ir.Location;
import org.krait.compiler.ir.Opcode;

/**
 * The flowgraph passes one by one, on instruction sequences written with symbolic labels, and
 * the results that depend on them (expected values checked with CPython 3.12.1's dis and
 * co_stacksize).
 */
class FlowgraphTest {
    private static Location line(int n) {
        return new Location(n, n, 0, 1);
    }

    private static CodeUnit compile(String src) {
        return ModuleCompiler.compileFile(src.getBytes(StandardCharsets.UTF_8), "t.py");
    }

    private static List<String> ops(CodeUnit code) {
        List<String> out = new ArrayList<>();
        for (Instr in : code.instructions()) {
            out.add(in.opcode.name() + "@" + in.depth);
        }
        return out;
    }

    @Test
    void stackDepthBeforeEachInstruction() {
        CodeUnit code = compile("f(a, b + c)\n");
        assertEquals(List.of("RESUME@0", "PUSH_NULL@0", "LOAD_NAME@1", "LOAD_NAME@2", "LOAD_NAME@3", "LOAD_NAME@4",
                "BINARY_OP@5", "CALL@4", "POP_TOP@1", "RETURN_CONST@0"), ops(code));
        assertEquals(5, code.maxStackDepth); // CPython's co_stacksize
    }

    @Test
    void handlerDepthsAndExceptionTable() {
        CodeUnit f = (CodeUnit) compile("def f(a):\n    try:\n        g(a)\n    except E:\n        pass\n").consts().get(0);
        assertEquals(4, f.maxStackDepth);
        // CPython: 4 to 24 -> 28 [0]; 28 to 44 -> 52 [1] lasti; 50 to 50 -> 52 [1] lasti
        assertEquals(List.of(new CodeUnit.ExceptionEntry(2, 13, 14, 0, false),
                new CodeUnit.ExceptionEntry(14, 23, 26, 1, true),
                new CodeUnit.ExceptionEntry(25, 26, 26, 1, true)), f.exceptionTable());
        BasicBlock handler = f.instructions().get(5).handler;
        assertEquals(1, handler.startDepth, "the handler starts with the exception pushed");
    }

    @Test
    void inconsistentDepthIsAnInternalError() {
        InstrSequence seq = new InstrSequence();
        int join = seq.newLabel();
        seq.add(Opcode.LOAD_CONST, 0, line(1));
        seq.add(Opcode.POP_JUMP_IF_FALSE, join, line(1));
        seq.add(Opcode.LOAD_CONST, 0, line(2)); // falls through to join with one more value
        seq.useLabel(join);
        seq.add(Opcode.RETURN_CONST, 0, line(3));
        Cfg g = Cfg.of(seq);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StackDepth.compute(g, 0));
        assertTrue(e.getMessage().contains("differs"), e.getMessage());
    }

    @Test
    void unreachableCodeIsRemoved() {
        CodeUnit f = (CodeUnit) compile("def f():\n    return 1\n    x = 2\n    print(x)\n").consts().get(0);
        assertEquals(List.of("RESUME@0", "RETURN_CONST@0"), ops(f));
        assertEquals(List.of("f", "f"), List.of(f.name, f.qualname));
        assertEquals(List.of(PySingleton.None, BigInteger.ONE), f.consts(), "unused constants dropped, first kept");
    }

    @Test
    void jumpToJumpIsThreaded() {
        InstrSequence seq = new InstrSequence();
        int a = seq.newLabel();
        int b = seq.newLabel();
        seq.add(Opcode.LOAD_NAME, 0, line(1));
        seq.add(Opcode.POP_JUMP_IF_FALSE, a, line(1));
        seq.add(Opcode.NOP, 0, line(2));
        seq.useLabel(a);
        seq.add(Opcode.JUMP, b, line(1));
        seq.add(Opcode.LOAD_NAME, 1, line(3));
        seq.add(Opcode.POP_TOP, 0, line(3));
        seq.useLabel(b);
        for (int i = 0; i < 5; i++) {
            seq.add(Opcode.LOAD_NAME, 2, line(4));
            seq.add(Opcode.POP_TOP, 0, line(4));
        }
        seq.add(Opcode.RETURN_CONST, 0, line(4));
        Cfg g = Cfg.of(seq);
        BasicBlock target = g.blocks().stream().filter(x -> x.label == b).findFirst().orElseThrow();
        List<Object> consts = new ArrayList<>(List.of(PySingleton.None));
        ExceptionLabels.run(g);
        CfgOptimizer.optimize(g, consts);
        Instr first = g.entry.last();
        assertEquals(Opcode.POP_JUMP_IF_FALSE, first.opcode);
        assertSame(target, first.target, "the conditional jump now goes straight to the final block");
    }

    @Test
    void constantConditionsAndTupleFolding() {
        CodeUnit code = compile("if 0:\n    a()\nx = (1, 2)\ny = [1, 2][0]\n");
        // as CPython: the if 0 block is gone, (1, 2) is one constant, a list display is not folded
        assertEquals(List.of("RESUME@0", "NOP@0", "LOAD_CONST@0", "STORE_NAME@1", "LOAD_CONST@0", "LOAD_CONST@1",
                "BUILD_LIST@2", "LOAD_CONST@1", "BINARY_SUBSCR@2", "STORE_NAME@1", "RETURN_CONST@0"), ops(code));
    }

    @Test
    void loadFastCheckWhereALocalMayBeUnbound() {
        CodeUnit f = (CodeUnit) compile("def f(a):\n    if a:\n        b = 1\n    return b\n").consts().get(0);
        List<String> names = new ArrayList<>();
        for (Instr in : f.instructions()) {
            names.add(in.opcode.name());
        }
        assertTrue(names.contains("LOAD_FAST_CHECK"), names.toString());
        assertEquals(1, names.stream().filter(n -> n.equals("LOAD_FAST")).count(), "the argument needs no check");
    }
}
