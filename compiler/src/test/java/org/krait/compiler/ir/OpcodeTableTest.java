package org.krait.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * {@link Opcode} against CPython 3.12.1's own opcode facts (ir/opcodes.txt, made by
 * tools/gen-opcode-table.py): the set of opcodes, numbers, hasarg, relative jumps, cache sizes and
 * {@code dis.stack_effect} for every opcode, a range of opargs, and jump=None/True/False.
 */
class OpcodeTableTest {
    @Test
    void everyOpcodeMatchesCPython() throws IOException {
        String text;
        try (InputStream in = OpcodeTableTest.class.getResourceAsStream("/ir/opcodes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        Opcode op = null;
        int effectsChecked = 0;
        for (String line : text.split("\n")) {
            if (!line.startsWith(" ")) {
                String[] f = line.split(" ");
                op = Opcode.valueOf(f[0]);
                seen.add(op);
                assertEquals(Integer.parseInt(f[1]), op.code, f[0]);
                assertEquals(op, Opcode.byCode(op.code));
                assertEquals(f[2].equals("hasarg=1"), op.hasArg(), f[0] + " hasarg");
                boolean jrel = op.jumpKind() == Opcode.JumpKind.FORWARD || op.jumpKind() == Opcode.JumpKind.BACKWARD
                        || op.jumpKind() == Opcode.JumpKind.PSEUDO;
                assertEquals(f[3].equals("jrel=1"), jrel, f[0] + " jrel");
                assertEquals(Integer.parseInt(f[4].substring("cache=".length())), op.cacheEntries(), f[0] + " cache");
                continue;
            }
            String[] f = line.trim().split("[: ]+");
            int oparg = f[0].equals("-") ? 0 : Integer.parseInt(f[0]);
            String where = op + " oparg " + f[0];
            assertEquals(Integer.parseInt(f[1]), op.maxStackEffect(oparg), where + " jump=None");
            assertEquals(Integer.parseInt(f[2]), op.stackEffect(oparg, true), where + " jump=True");
            assertEquals(Integer.parseInt(f[3]), op.stackEffect(oparg, false), where + " jump=False");
            effectsChecked++;
        }
        assertEquals(EnumSet.allOf(Opcode.class), seen, "the table has exactly CPython's non-specialized opcodes");
        assertEquals(2492, effectsChecked);
    }

    @Test
    void controlFlowClassesAreCPythons() {
        // pycore_opcode_utils.h: IS_SCOPE_EXIT_OPCODE, IS_UNCONDITIONAL_JUMP_OPCODE, IS_BLOCK_PUSH_OPCODE
        Set<Opcode> exits = EnumSet.of(Opcode.RETURN_VALUE, Opcode.RETURN_CONST, Opcode.RAISE_VARARGS, Opcode.RERAISE);
        Set<Opcode> jumps = EnumSet.of(Opcode.JUMP, Opcode.JUMP_NO_INTERRUPT, Opcode.JUMP_FORWARD,
                Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT);
        Set<Opcode> pushes = EnumSet.of(Opcode.SETUP_FINALLY, Opcode.SETUP_CLEANUP, Opcode.SETUP_WITH);
        for (Opcode op : Opcode.values()) {
            assertEquals(exits.contains(op), op.isScopeExit(), op + " scope exit");
            assertEquals(jumps.contains(op), op.isUnconditionalJump(), op + " unconditional jump");
            assertEquals(exits.contains(op) || jumps.contains(op), op.isTerminator(), op + " terminator");
            assertEquals(pushes.contains(op), op.isBlockPush(), op + " block push");
            assertEquals(op.code >= 256, op.isPseudo(), op + " pseudo");
        }
        assertTrue(Opcode.FOR_ITER.isJump());
        assertFalse(Opcode.FOR_ITER.isTerminator());
        assertTrue(Opcode.CALL.mayRaise() && Opcode.CALL.checksEvalBreaker());
        assertFalse(Opcode.LOAD_FAST.mayRaise());
        assertTrue(Opcode.LOAD_FAST_CHECK.mayRaise());
        assertNotNull(Opcode.byCode(266));
        assertEquals(null, Opcode.byCode(148));
    }
}
