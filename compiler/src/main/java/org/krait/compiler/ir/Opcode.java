package org.krait.compiler.ir;

import static org.krait.compiler.ir.Opcode.Bits.ARG;
import static org.krait.compiler.ir.Opcode.Bits.BREAK;
import static org.krait.compiler.ir.Opcode.Bits.RAISE;
import static org.krait.compiler.ir.Opcode.Bits.TERM;

/**
 * The one table of IR opcodes: every CPython 3.12 opcode that the compiler may emit (no
 * specialized or instrumented ones) plus the compiler's pseudo-ops, with CPython's numbers
 * (Lib/opcode.py), oparg use, jump kind, inline-cache size (Include/internal/pycore_opcode.h,
 * so offsets in {@code krait dis} equal CPython's) and stack effects as {@code dis.stack_effect}
 * reports them (Python/compile.c {@code stack_effect}, fed by Python/opcode_metadata.h).
 * The semantics of each opcode are those of Python/bytecodes.c in 3.12.
 *
 * <p>Notes an emitter needs, where the 3.12 semantics are not obvious from the name:
 * <ul>
 * <li>FOR_ITER's target is the END_FOR that closes the loop; on exhaustion CPython pops the
 *     iterator and jumps <em>past</em> that END_FOR, so the stack effect +1 on the jump edge
 *     describes the END_FOR it targets (which pops 2), not a real push.</li>
 * <li>SEND's target is likewise the END_SEND/following code as in bytecodes.c; effect 0 on both edges.</li>
 * <li>LOAD_GLOBAL: oparg {@code >> 1} is the name index; bit 0 pushes a NULL first.
 *     LOAD_ATTR: oparg {@code >> 1} is the name; bit 0 is the method form (pushes 2).
 *     LOAD_SUPER_ATTR: oparg {@code >> 2} is the name; bit 0 method form, bit 1 set for the
 *     explicit {@code super(C, obj)} form (clear for zero-argument {@code super()}), see {@link Opargs}.</li>
 * <li>LOAD_ZERO_SUPER_ATTR, LOAD_ZERO_SUPER_METHOD, LOAD_SUPER_METHOD: pseudo-ops for
 *     LOAD_SUPER_ATTR; CPython 3.12's table gives all three -1, although the attribute form
 *     LOAD_ZERO_SUPER_ATTR becomes a LOAD_SUPER_ATTR with effect -2. Kept as CPython has it;
 *     harmless because codegen, like compile.c's {@code compiler_addop_name}, emits the real
 *     LOAD_SUPER_ATTR (and LOAD_ATTR for LOAD_METHOD) directly.</li>
 * <li>mayRaise ignores MemoryError (which the JVM can raise anywhere) and counts the
 *     eval-breaker checks (RESUME, JUMP_BACKWARD, CALL...) as raising, since signal handlers
 *     and async exceptions surface there; {@link #checksEvalBreaker()} tells those apart.</li>
 * </ul>
 */
public enum Opcode {
    CACHE(0, 0, ArgKind.NONE, JumpKind.NONE, 0),
    POP_TOP(1, 0, ArgKind.NONE, JumpKind.NONE, 0),
    PUSH_NULL(2, 0, ArgKind.NONE, JumpKind.NONE, 0),
    INTERPRETER_EXIT(3, 0, ArgKind.NONE, JumpKind.NONE, 0),
    END_FOR(4, 0, ArgKind.NONE, JumpKind.NONE, 0),
    END_SEND(5, 0, ArgKind.NONE, JumpKind.NONE, 0),
    NOP(9, 0, ArgKind.NONE, JumpKind.NONE, 0),
    UNARY_NEGATIVE(11, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    /** 3.12 UNARY_NOT calls {@code PyObject_IsTrue}, so it may raise. */
    UNARY_NOT(12, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    UNARY_INVERT(15, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    RESERVED(17, 0, ArgKind.NONE, JumpKind.NONE, 0),
    BINARY_SUBSCR(25, 1, ArgKind.NONE, JumpKind.NONE, RAISE),
    BINARY_SLICE(26, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    STORE_SLICE(27, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    GET_LEN(30, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    MATCH_MAPPING(31, 0, ArgKind.NONE, JumpKind.NONE, 0),
    MATCH_SEQUENCE(32, 0, ArgKind.NONE, JumpKind.NONE, 0),
    MATCH_KEYS(33, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    PUSH_EXC_INFO(35, 0, ArgKind.NONE, JumpKind.NONE, 0),
    CHECK_EXC_MATCH(36, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    CHECK_EG_MATCH(37, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    WITH_EXCEPT_START(49, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    GET_AITER(50, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    GET_ANEXT(51, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    BEFORE_ASYNC_WITH(52, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    BEFORE_WITH(53, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    END_ASYNC_FOR(54, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    CLEANUP_THROW(55, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    STORE_SUBSCR(60, 1, ArgKind.NONE, JumpKind.NONE, RAISE),
    DELETE_SUBSCR(61, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    GET_ITER(68, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    GET_YIELD_FROM_ITER(69, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    LOAD_BUILD_CLASS(71, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    LOAD_ASSERTION_ERROR(74, 0, ArgKind.NONE, JumpKind.NONE, 0),
    RETURN_GENERATOR(75, 0, ArgKind.NONE, JumpKind.NONE, 0),
    RETURN_VALUE(83, 0, ArgKind.NONE, JumpKind.NONE, TERM),
    SETUP_ANNOTATIONS(85, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    LOAD_LOCALS(87, 0, ArgKind.NONE, JumpKind.NONE, RAISE),
    POP_EXCEPT(89, 0, ArgKind.NONE, JumpKind.NONE, 0),
    STORE_NAME(90, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    DELETE_NAME(91, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    UNPACK_SEQUENCE(92, 1, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    FOR_ITER(93, 1, ArgKind.JUMP, JumpKind.FORWARD, ARG | RAISE),
    UNPACK_EX(94, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    STORE_ATTR(95, 4, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    DELETE_ATTR(96, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    STORE_GLOBAL(97, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    DELETE_GLOBAL(98, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    SWAP(99, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    LOAD_CONST(100, 0, ArgKind.CONST, JumpKind.NONE, ARG),
    LOAD_NAME(101, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    BUILD_TUPLE(102, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    BUILD_LIST(103, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    BUILD_SET(104, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    BUILD_MAP(105, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    LOAD_ATTR(106, 9, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    COMPARE_OP(107, 1, ArgKind.COMPARE, JumpKind.NONE, ARG | RAISE),
    IMPORT_NAME(108, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    IMPORT_FROM(109, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    JUMP_FORWARD(110, 0, ArgKind.JUMP, JumpKind.FORWARD, ARG | TERM),
    /** 3.12 conditional jumps call {@code PyObject_IsTrue} on non-bools, so they may raise. */
    POP_JUMP_IF_FALSE(114, 0, ArgKind.JUMP, JumpKind.FORWARD, ARG | RAISE),
    POP_JUMP_IF_TRUE(115, 0, ArgKind.JUMP, JumpKind.FORWARD, ARG | RAISE),
    LOAD_GLOBAL(116, 4, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    IS_OP(117, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    CONTAINS_OP(118, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    RERAISE(119, 0, ArgKind.NONE, JumpKind.NONE, ARG | TERM | RAISE),
    COPY(120, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    RETURN_CONST(121, 0, ArgKind.CONST, JumpKind.NONE, ARG | TERM),
    BINARY_OP(122, 1, ArgKind.BINARY_OP, JumpKind.NONE, ARG | RAISE),
    SEND(123, 1, ArgKind.JUMP, JumpKind.FORWARD, ARG | RAISE),
    LOAD_FAST(124, 0, ArgKind.LOCAL, JumpKind.NONE, ARG),
    STORE_FAST(125, 0, ArgKind.LOCAL, JumpKind.NONE, ARG),
    DELETE_FAST(126, 0, ArgKind.LOCAL, JumpKind.NONE, ARG | RAISE),
    LOAD_FAST_CHECK(127, 0, ArgKind.LOCAL, JumpKind.NONE, ARG | RAISE),
    POP_JUMP_IF_NOT_NONE(128, 0, ArgKind.JUMP, JumpKind.FORWARD, ARG),
    POP_JUMP_IF_NONE(129, 0, ArgKind.JUMP, JumpKind.FORWARD, ARG),
    RAISE_VARARGS(130, 0, ArgKind.NONE, JumpKind.NONE, ARG | TERM | RAISE),
    GET_AWAITABLE(131, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    MAKE_FUNCTION(132, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    BUILD_SLICE(133, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    JUMP_BACKWARD_NO_INTERRUPT(134, 0, ArgKind.JUMP, JumpKind.BACKWARD, ARG | TERM),
    MAKE_CELL(135, 0, ArgKind.FREE, JumpKind.NONE, ARG),
    LOAD_CLOSURE(136, 0, ArgKind.FREE, JumpKind.NONE, ARG),
    LOAD_DEREF(137, 0, ArgKind.FREE, JumpKind.NONE, ARG | RAISE),
    STORE_DEREF(138, 0, ArgKind.FREE, JumpKind.NONE, ARG),
    DELETE_DEREF(139, 0, ArgKind.FREE, JumpKind.NONE, ARG | RAISE),
    JUMP_BACKWARD(140, 0, ArgKind.JUMP, JumpKind.BACKWARD, ARG | TERM | RAISE | BREAK),
    LOAD_SUPER_ATTR(141, 1, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    CALL_FUNCTION_EX(142, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE | BREAK),
    LOAD_FAST_AND_CLEAR(143, 0, ArgKind.LOCAL, JumpKind.NONE, ARG),
    EXTENDED_ARG(144, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    LIST_APPEND(145, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    SET_ADD(146, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    MAP_ADD(147, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    COPY_FREE_VARS(149, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    YIELD_VALUE(150, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    RESUME(151, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE | BREAK),
    MATCH_CLASS(152, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    FORMAT_VALUE(155, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    BUILD_CONST_KEY_MAP(156, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    BUILD_STRING(157, 0, ArgKind.NONE, JumpKind.NONE, ARG),
    LIST_EXTEND(162, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    SET_UPDATE(163, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    DICT_MERGE(164, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    DICT_UPDATE(165, 0, ArgKind.NONE, JumpKind.NONE, ARG | RAISE),
    CALL(171, 3, ArgKind.NONE, JumpKind.NONE, ARG | RAISE | BREAK),
    /** oparg: index in co_consts of the tuple of keyword names of the CALL that follows. */
    KW_NAMES(172, 0, ArgKind.CONST, JumpKind.NONE, ARG),
    CALL_INTRINSIC_1(173, 0, ArgKind.INTRINSIC_1, JumpKind.NONE, ARG | RAISE),
    CALL_INTRINSIC_2(174, 0, ArgKind.INTRINSIC_2, JumpKind.NONE, ARG | RAISE),
    LOAD_FROM_DICT_OR_GLOBALS(175, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    LOAD_FROM_DICT_OR_DEREF(176, 0, ArgKind.FREE, JumpKind.NONE, ARG | RAISE),

    // Pseudo-ops (Lib/opcode.py _pseudo_ops): never in final code; the flowgraph passes replace them.
    /** Push an exception handler (target); becomes per-instruction handler info, then a NOP. */
    SETUP_FINALLY(256, 0, ArgKind.JUMP, JumpKind.HANDLER, 0),
    /** As SETUP_FINALLY, but the handler also receives lasti. */
    SETUP_CLEANUP(257, 0, ArgKind.JUMP, JumpKind.HANDLER, 0),
    /** As SETUP_FINALLY, for a with-statement's {@code __exit__} handler. */
    SETUP_WITH(258, 0, ArgKind.JUMP, JumpKind.HANDLER, 0),
    POP_BLOCK(259, 0, ArgKind.NONE, JumpKind.NONE, 0),
    /** Becomes JUMP_FORWARD or JUMP_BACKWARD by the target's position. */
    JUMP(260, 0, ArgKind.JUMP, JumpKind.PSEUDO, ARG | TERM | RAISE | BREAK),
    /** Becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT. */
    JUMP_NO_INTERRUPT(261, 0, ArgKind.JUMP, JumpKind.PSEUDO, ARG | TERM),
    /** LOAD_ATTR with the method bit. */
    LOAD_METHOD(262, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    /** LOAD_SUPER_ATTR of {@code super(C, o).name(...)}: method and two-argument bits. */
    LOAD_SUPER_METHOD(263, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    /** LOAD_SUPER_ATTR of {@code super().name(...)}: method bit only. */
    LOAD_ZERO_SUPER_METHOD(264, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    /** LOAD_SUPER_ATTR of {@code super().name}: neither bit. */
    LOAD_ZERO_SUPER_ATTR(265, 0, ArgKind.NAME, JumpKind.NONE, ARG | RAISE),
    /** STORE_FAST of a value that may be NULL (restoring a variable after an inlined comprehension). */
    STORE_FAST_MAYBE_NULL(266, 0, ArgKind.LOCAL, JumpKind.NONE, ARG);

    /** How an instruction transfers control to its target. */
    public enum JumpKind {
        NONE,
        /** A real relative jump forward (oparg counts code units after the caches). */
        FORWARD,
        /** A real relative jump backward. */
        BACKWARD,
        /** JUMP / JUMP_NO_INTERRUPT: direction chosen when jumps are resolved. */
        PSEUDO,
        /** SETUP_*: the target is an exception handler, not a jump (CPython's IS_BLOCK_PUSH_OPCODE). */
        HANDLER
    }

    /** What the oparg refers to, as dis's has* lists classify it. */
    public enum ArgKind {
        NONE, CONST, NAME, LOCAL, FREE, JUMP, COMPARE, BINARY_OP, INTRINSIC_1, INTRINSIC_2
    }

    static final class Bits {
        static final int ARG = 1;
        static final int TERM = 2;
        static final int RAISE = 4;
        static final int BREAK = 8;

        private Bits() {
        }
    }

    /** Real opcodes are 0..254; pseudo-ops from here on (opcode.py MIN_PSEUDO_OPCODE). */
    public static final int MIN_PSEUDO_OPCODE = 256;
    /** Opcodes below this take no argument (the oparg is 0), except pseudo-ops (opcode.py HAVE_ARGUMENT). */
    public static final int HAVE_ARGUMENT = 90;

    private static final Opcode[] BY_CODE = new Opcode[267];

    static {
        for (Opcode op : values()) {
            BY_CODE[op.code] = op;
        }
    }

    public final int code;
    private final int cacheEntries;
    private final ArgKind argKind;
    private final JumpKind jumpKind;
    private final int bits;

    Opcode(int code, int cacheEntries, ArgKind argKind, JumpKind jumpKind, int bits) {
        this.code = code;
        this.cacheEntries = cacheEntries;
        this.argKind = argKind;
        this.jumpKind = jumpKind;
        this.bits = bits;
    }

    /** The opcode with CPython's number {@code code}, or null if none of ours has it. */
    public static Opcode byCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Uses its oparg (opcode.py {@code hasarg}; SETUP_* and POP_BLOCK do not, their target is not an oparg). */
    public boolean hasArg() {
        return (bits & ARG) != 0;
    }

    public ArgKind argKind() {
        return argKind;
    }

    public JumpKind jumpKind() {
        return jumpKind;
    }

    public boolean isPseudo() {
        return code >= MIN_PSEUDO_OPCODE;
    }

    /** A jump (real or pseudo), CPython's IS_JUMP_OPCODE. */
    public boolean isJump() {
        return jumpKind == JumpKind.FORWARD || jumpKind == JumpKind.BACKWARD || jumpKind == JumpKind.PSEUDO;
    }

    /** SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH, CPython's IS_BLOCK_PUSH_OPCODE. */
    public boolean isBlockPush() {
        return jumpKind == JumpKind.HANDLER;
    }

    /** Has a target block: a jump or a handler setup (CPython's HAS_TARGET). */
    public boolean hasTarget() {
        return jumpKind != JumpKind.NONE;
    }

    /** An unconditional jump: JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD(_NO_INTERRUPT). */
    public boolean isUnconditionalJump() {
        return isJump() && isTerminator();
    }

    /** Leaves the frame: RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE (IS_SCOPE_EXIT_OPCODE). */
    public boolean isScopeExit() {
        return isTerminator() && !isJump();
    }

    /**
     * An unconditional control transfer that must end its basic block and has no fallthrough:
     * scope exits and unconditional jumps (CPython's BB_NO_FALLTHROUGH test).
     */
    public boolean isTerminator() {
        return (bits & TERM) != 0;
    }

    /** Can end with a Python exception (MemoryError aside); see the class comment. */
    public boolean mayRaise() {
        return (bits & RAISE) != 0;
    }

    /** Checks the eval breaker (signals, async exceptions, GIL drop requests) as CPython 3.12 does. */
    public boolean checksEvalBreaker() {
        return (bits & BREAK) != 0;
    }

    /** Inline cache code units after the instruction (opcode.py {@code _inline_cache_entries}). */
    public int cacheEntries() {
        return cacheEntries;
    }

    /**
     * The net change of stack depth, as {@code dis.stack_effect(op, oparg, jump=jumping)}.
     * Ops without an argument ignore {@code oparg}.
     */
    public int stackEffect(int oparg, boolean jumping) {
        switch (this) {
            case CACHE: case NOP: case RESERVED: case EXTENDED_ARG:
            case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
            case CHECK_EXC_MATCH: case CHECK_EG_MATCH: case GET_AITER:
            case GET_ITER: case GET_YIELD_FROM_ITER: case RETURN_GENERATOR:
            case SETUP_ANNOTATIONS: case DELETE_NAME: case DELETE_GLOBAL:
            case SWAP: case JUMP_FORWARD: case RETURN_CONST: case SEND:
            case DELETE_FAST: case GET_AWAITABLE: case JUMP_BACKWARD_NO_INTERRUPT:
            case MAKE_CELL: case DELETE_DEREF: case JUMP_BACKWARD:
            case COPY_FREE_VARS: case YIELD_VALUE: case RESUME: case KW_NAMES:
            case CALL_INTRINSIC_1: case LOAD_FROM_DICT_OR_GLOBALS: case LOAD_FROM_DICT_OR_DEREF:
            case POP_BLOCK: case JUMP: case JUMP_NO_INTERRUPT:
                return 0;
            case PUSH_NULL: case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE:
            case MATCH_KEYS: case PUSH_EXC_INFO: case WITH_EXCEPT_START: case GET_ANEXT:
            case BEFORE_ASYNC_WITH: case BEFORE_WITH: case LOAD_BUILD_CLASS:
            case LOAD_ASSERTION_ERROR: case LOAD_LOCALS: case FOR_ITER: case LOAD_CONST:
            case LOAD_NAME: case IMPORT_FROM: case COPY: case LOAD_FAST: case LOAD_FAST_CHECK:
            case LOAD_CLOSURE: case LOAD_DEREF: case LOAD_FAST_AND_CLEAR: case LOAD_METHOD:
                return 1;
            case POP_TOP: case INTERPRETER_EXIT: case END_SEND: case BINARY_SUBSCR:
            case CLEANUP_THROW: case DELETE_ATTR: case RETURN_VALUE: case POP_EXCEPT:
            case STORE_NAME: case STORE_GLOBAL: case COMPARE_OP: case IMPORT_NAME:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE: case IS_OP: case CONTAINS_OP: case RERAISE:
            case BINARY_OP: case STORE_FAST: case STORE_DEREF: case LIST_APPEND: case SET_ADD:
            case LIST_EXTEND: case SET_UPDATE: case DICT_MERGE: case DICT_UPDATE:
            case CALL_INTRINSIC_2: case LOAD_SUPER_METHOD: case LOAD_ZERO_SUPER_METHOD:
            case LOAD_ZERO_SUPER_ATTR: case STORE_FAST_MAYBE_NULL:
                return -1;
            case END_FOR: case BINARY_SLICE: case END_ASYNC_FOR: case DELETE_SUBSCR:
            case STORE_ATTR: case MAP_ADD: case MATCH_CLASS:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case STORE_SLICE:
                return -4;
            case UNPACK_SEQUENCE:
                return oparg - 1;
            case UNPACK_EX:
                return (oparg & 0xFF) + (oparg >> 8);
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - oparg;
            case BUILD_MAP:
                return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP:
                return -oparg;
            case LOAD_ATTR:
                return oparg & 1;
            case LOAD_GLOBAL:
                return 1 + (oparg & 1);
            case LOAD_SUPER_ATTR:
                return (oparg & 1) - 2;
            case RAISE_VARARGS:
                return -oparg;
            case MAKE_FUNCTION:
                return -Integer.bitCount(oparg & 0xF);
            case BUILD_SLICE:
                return oparg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX:
                return -2 - (oparg & 1);
            case CALL:
                return -1 - oparg;
            case FORMAT_VALUE:
                return (oparg & Opargs.FVS_MASK) == Opargs.FVS_HAVE_SPEC ? -1 : 0;
            case SETUP_FINALLY: case SETUP_WITH:
                return jumping ? 1 : 0;
            case SETUP_CLEANUP:
                return jumping ? 2 : 0;
            default:
                throw new IllegalStateException("no stack effect for " + this);
        }
    }

    /** {@code dis.stack_effect(op, oparg)} without {@code jump}: the larger of the two edges. */
    public int maxStackEffect(int oparg) {
        return Math.max(stackEffect(oparg, true), stackEffect(oparg, false));
    }
}
