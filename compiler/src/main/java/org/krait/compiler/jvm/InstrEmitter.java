package org.krait.compiler.jvm;

import org.krait.compiler.ir.BinaryOperator;
import org.krait.compiler.ir.CodeFlags;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.ConstTuple;
import org.krait.compiler.ir.Instr;
import org.krait.compiler.ir.Opargs;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * JVM code for each IR opcode, with CPython 3.12's stack semantics over the virtual-register slots
 * of {@link FunctionEmitter}: an instruction at depth {@code d} reads slots {@code d-k..d-1} and writes
 * its results from the lowest popped slot upwards.
 */
final class InstrEmitter implements Opcodes {
    private static final String OBJ = Rt.D_OBJ;
    private static final String TS = Rt.D_TS;
    private static final String AWAITS = Rt.PKG + "generators/Awaits";
    private static final String MATCHING = Rt.PKG + "ceval/PatternMatching";

    private final FunctionEmitter f;
    private final MethodVisitor mv;
    private final CodeUnit code;
    private final CallEmitter calls;
    private final ExceptionEmitter exceptions;

    InstrEmitter(FunctionEmitter f) {
        this.f = f;
        this.mv = f.mv;
        this.code = f.code;
        this.calls = new CallEmitter(f);
        this.exceptions = new ExceptionEmitter(f);
    }

    private void invoke(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    }

    private String name(int i) {
        return code.names().get(i);
    }

    private String localName(int i) {
        return code.localsplusNames().get(i);
    }

    private boolean isFree(int i) {
        return (code.localsplusKind(i) & CodeFlags.CO_FAST_FREE) != 0;
    }

    private Instr previous;
    /** The instruction written after this one, or null (YIELD_VALUE looks at the RESUME after it). */
    Instr next;


    /** The instruction before the CALL loaded the global super with NULL, and super() can find its frame data. */
    private boolean isZeroArgSuper() {
        return previous != null && previous.opcode == org.krait.compiler.ir.Opcode.LOAD_GLOBAL
                && (previous.oparg & Opargs.LOAD_GLOBAL_PUSH_NULL) != 0 && name(previous.oparg >> 1).equals("super")
                && code.freevars().contains("__class__") && code.argcount > 0;
    }

    /** locals(), vars() or dir() with no arguments in a function: they need the function's locals. */
    private boolean isFrameIntrospection() {
        if (previous == null || previous.opcode != org.krait.compiler.ir.Opcode.LOAD_GLOBAL
                || (previous.oparg & Opargs.LOAD_GLOBAL_PUSH_NULL) == 0 || !code.hasFlag(CodeFlags.CO_OPTIMIZED)) {
            return false;
        }
        String n = name(previous.oparg >> 1);
        return n.equals("locals") || n.equals("vars") || n.equals("dir");
    }

    void emit(Instr in) {
        emitOne(in);
        previous = in;
    }

    private void emitOne(Instr in) {
        int d = in.depth;
        int arg = in.oparg;
        switch (in.opcode) {
            case NOP:
            case RESUME:
            case EXTENDED_ARG:
            case CACHE:
            case END_FOR:
                return;
            case POP_TOP:
                if (in.releasesIterator) {
                    f.releaseIterator(d - 1);
                }
                return;
            case PUSH_NULL:
                f.deferNull(d);
                return;
            case COPY:
                f.loadSlot(d - arg);
                f.storeSlot(d);
                return;
            case SWAP:
                f.loadSlot(d - 1);
                f.loadSlot(d - arg);
                f.storeSlot(d - 1);
                f.storeSlot(d - arg);
                return;
            case LOAD_CONST:
                f.deferConstant(d, code.consts().get(arg));
                return;
            case RETURN_CONST:
                if (f.body != null) {
                    f.body.markReturned();
                }
                f.consts.load(mv, code.consts().get(arg));
                mv.visitInsn(ARETURN);
                return;
            case RETURN_VALUE:
                if (f.body != null) {
                    f.body.markReturned();
                }
                f.loadSlot(d - 1);
                mv.visitInsn(ARETURN);
                return;
            case RETURN_GENERATOR:
                if (f.body != null) {
                    f.body.start(in);
                } else {
                    GeneratorEmitter.create(f, in);
                }
                return;
            case YIELD_VALUE:
                f.body.yieldValue(in, next);
                return;
            case SEND:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(GeneratorEmitter.GENERATORS, "send", "(" + TS + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - 1);
                f.loadTs();
                mv.visitFieldInsn(GETFIELD, Rt.TS, "sendReturned", "Z");
                f.jumpIf(IFNE, in.target);
                return;
            case END_SEND:
                f.loadSlot(d - 1);
                f.storeSlot(d - 2);
                return;
            case MATCH_CLASS:
                f.loadTs();
                f.loadSlot(d - 3);
                f.loadSlot(d - 2);
                Strings.pushInt(mv, arg);
                f.loadSlot(d - 1);
                invoke(MATCHING, "matchClass", "(" + TS + OBJ + OBJ + "I" + OBJ + ")" + OBJ);
                f.storeSlot(d - 3);
                return;
            case MATCH_MAPPING:
            case MATCH_SEQUENCE:
                f.loadSlot(d - 1);
                invoke(MATCHING, in.opcode == org.krait.compiler.ir.Opcode.MATCH_MAPPING ? "isMapping" : "isSequence",
                        "(" + OBJ + ")" + OBJ);
                f.storeSlot(d);
                return;
            case MATCH_KEYS:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(MATCHING, "matchKeys", "(" + TS + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d);
                return;
            case GET_AWAITABLE:
                f.loadTs();
                f.loadSlot(d - 1);
                Strings.pushInt(mv, arg);
                invoke(AWAITS, "getAwaitable", "(" + TS + OBJ + "I)" + OBJ);
                f.storeSlot(d - 1);
                return;
            case GET_AITER:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(AWAITS, "getAiter", "(" + TS + OBJ + ")" + OBJ);
                f.storeSlot(d - 1);
                return;
            case GET_ANEXT:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(AWAITS, "getAnext", "(" + TS + OBJ + ")" + OBJ);
                f.storeSlot(d);
                return;
            case END_ASYNC_FOR:
                f.loadSlot(d - 1);
                invoke(AWAITS, "endAsyncFor", "(" + OBJ + ")V");
                return;
            case GET_YIELD_FROM_ITER:
                f.loadTs();
                f.loadSlot(d - 1);
                // the running code's flags: types.coroutine sets CO_ITERABLE_COROUTINE at run time
                f.loadFunction();
                mv.visitFieldInsn(GETFIELD, Rt.FUNCTION, "code", Rt.D_CODE);
                mv.visitFieldInsn(GETFIELD, Rt.CODE, "flags", "I");
                invoke(GeneratorEmitter.GENERATORS, "yieldFromIter", "(" + TS + OBJ + "I)" + OBJ);
                f.storeSlot(d - 1);
                return;
            case CLEANUP_THROW:
                // [receiver, last sent value, exc] -> [None, value of the StopIteration]
                f.loadSlot(d - 1);
                invoke(GeneratorEmitter.GENERATORS, "cleanupThrow", "(" + OBJ + ")" + OBJ);
                f.storeSlot(d - 2);
                mv.visitFieldInsn(GETSTATIC, Rt.NONE, "NONE", "L" + Rt.NONE + ";");
                f.storeSlot(d - 3);
                return;
            case LOAD_FAST:
                f.deferLocal(d, arg);
                return;
            case LOAD_FAST_CHECK:
                loadFastChecked(arg, d);
                return;
            case LOAD_FAST_AND_CLEAR:
                f.loadLocal(arg);
                f.storeSlot(d);
                mv.visitInsn(ACONST_NULL);
                f.storeLocal(arg);
                return;
            case STORE_FAST:
            case STORE_FAST_MAYBE_NULL:
                f.loadSlot(d - 1);
                f.storeLocal(arg);
                return;
            case DELETE_FAST:
                loadFastChecked(arg, d);
                mv.visitInsn(ACONST_NULL);
                f.storeLocal(arg);
                return;
            case MAKE_CELL:
                mv.visitTypeInsn(NEW, Rt.CELL);
                mv.visitInsn(DUP);
                f.loadLocal(arg);
                mv.visitMethodInsn(INVOKESPECIAL, Rt.CELL, "<init>", "(" + OBJ + ")V", false);
                f.storeLocal(arg);
                return;
            case COPY_FREE_VARS:
                copyFreeVars(arg);
                return;
            case LOAD_CLOSURE:
                f.loadLocal(arg);
                f.storeSlot(d);
                return;
            case LOAD_DEREF:
                f.loadLocal(arg);
                mv.visitTypeInsn(CHECKCAST, Rt.CELL);
                mv.visitLdcInsn(localName(arg));
                mv.visitInsn(isFree(arg) ? ICONST_1 : ICONST_0);
                invoke(Rt.NAMES, "loadDeref", "(L" + Rt.CELL + ";" + Rt.D_STRING + "Z)" + OBJ);
                f.storeSlot(d);
                return;
            case STORE_DEREF:
                f.loadLocal(arg);
                mv.visitTypeInsn(CHECKCAST, Rt.CELL);
                f.loadSlot(d - 1);
                mv.visitFieldInsn(PUTFIELD, Rt.CELL, "contents", OBJ);
                return;
            case DELETE_DEREF:
                f.loadLocal(arg);
                mv.visitTypeInsn(CHECKCAST, Rt.CELL);
                mv.visitLdcInsn(localName(arg));
                mv.visitInsn(isFree(arg) ? ICONST_1 : ICONST_0);
                invoke(Rt.NAMES, "deleteDeref", "(L" + Rt.CELL + ";" + Rt.D_STRING + "Z)V");
                return;
            case LOAD_FROM_DICT_OR_DEREF:
                f.loadTs();
                f.loadSlot(d - 1);
                f.loadLocal(arg);
                mv.visitLdcInsn(localName(arg));
                mv.visitInsn(isFree(arg) ? ICONST_1 : ICONST_0);
                invoke(Rt.NAMES, "loadFromDictOrDeref", "(" + TS + OBJ + OBJ + Rt.D_STRING + "Z)" + OBJ);
                f.storeSlot(d - 1);
                return;
            case LOAD_FROM_DICT_OR_GLOBALS:
                f.loadTs();
                f.loadFunction();
                f.loadSlot(d - 1);
                mv.visitLdcInsn(name(arg));
                invoke(Rt.NAMES, "loadFromDictOrGlobals", "(" + TS + Rt.D_FUNCTION + OBJ + Rt.D_STRING + ")" + OBJ);
                f.storeSlot(d - 1);
                return;
            case LOAD_GLOBAL: {
                int slot = d;
                if ((arg & Opargs.LOAD_GLOBAL_PUSH_NULL) != 0) {
                    f.deferNull(slot++);
                }
                f.loadTs();
                f.loadFunction();
                mv.visitLdcInsn(name(arg >> 1));
                Strings.pushInt(mv, f.nextGlobalSite());
                invoke(Rt.NAMES, "loadGlobalCached", "(" + TS + Rt.D_FUNCTION + Rt.D_STRING + "I)" + OBJ);
                f.storeSlot(slot);
                return;
            }
            case STORE_GLOBAL:
                f.loadFunction();
                mv.visitLdcInsn(name(arg));
                f.loadSlot(d - 1);
                invoke(Rt.NAMES, "storeGlobal", "(" + Rt.D_FUNCTION + Rt.D_STRING + OBJ + ")V");
                return;
            case DELETE_GLOBAL:
                f.loadFunction();
                mv.visitLdcInsn(name(arg));
                invoke(Rt.NAMES, "deleteGlobal", "(" + Rt.D_FUNCTION + Rt.D_STRING + ")V");
                return;
            case LOAD_NAME:
                f.loadTs();
                f.loadFunction();
                f.loadLocalsMapping();
                mv.visitLdcInsn(name(arg));
                invoke(Rt.NAMES, "loadName", "(" + TS + Rt.D_FUNCTION + OBJ + Rt.D_STRING + ")" + OBJ);
                f.storeSlot(d);
                return;
            case STORE_NAME:
                f.loadTs();
                f.loadLocalsMapping();
                mv.visitLdcInsn(name(arg));
                f.loadSlot(d - 1);
                invoke(Rt.NAMES, "storeName", "(" + TS + OBJ + Rt.D_STRING + OBJ + ")V");
                return;
            case DELETE_NAME:
                f.loadTs();
                f.loadLocalsMapping();
                mv.visitLdcInsn(name(arg));
                invoke(Rt.NAMES, "deleteName", "(" + TS + OBJ + Rt.D_STRING + ")V");
                return;
            case LOAD_LOCALS:
                f.loadLocalsMapping();
                f.storeSlot(d);
                return;
            case LOAD_ATTR:
                loadAttr(arg, d);
                return;
            case STORE_ATTR:
                f.loadTs();
                f.loadFunction();
                f.loadSlot(d - 1);
                mv.visitLdcInsn(name(arg));
                f.loadSlot(d - 2);
                Strings.pushInt(mv, f.nextAttrSite());
                invoke(Rt.ATTRIBUTE_SITES, "setattr", "(" + TS + Rt.D_FUNCTION + OBJ + Rt.D_STRING + OBJ + "I)V");
                return;
            case DELETE_ATTR:
                f.loadTs();
                f.loadSlot(d - 1);
                mv.visitLdcInsn(name(arg));
                mv.visitInsn(ACONST_NULL);
                invoke(Rt.ATTRIBUTES, "setattr", "(" + TS + OBJ + Rt.D_STRING + OBJ + ")V");
                return;
            case LOAD_SUPER_ATTR:
                f.loadTs();
                f.loadSlot(d - 3);
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                mv.visitLdcInsn(name(arg >> 2));
                invoke(Rt.CEVAL, "loadSuperAttr", "(" + TS + OBJ + OBJ + OBJ + Rt.D_STRING + ")" + OBJ);
                if ((arg & Opargs.LOAD_SUPER_ATTR_METHOD) != 0) {
                    f.storeSlot(d - 2);
                    mv.visitInsn(ACONST_NULL);
                    f.storeSlot(d - 3);
                } else {
                    f.storeSlot(d - 3);
                }
                return;
            case BINARY_OP:
                f.loadTs();
                String fast = fastBinary(arg);
                if (fast != null) {
                    f.loadSlot(d - 2);
                    f.loadSlot(d - 1);
                    invoke(Rt.NUMBERS, fast, "(" + TS + OBJ + OBJ + ")" + OBJ);
                } else {
                    Strings.pushInt(mv, arg);
                    f.loadSlot(d - 2);
                    f.loadSlot(d - 1);
                    invoke(Rt.NUMBERS, "binaryOp", "(" + TS + "I" + OBJ + OBJ + ")" + OBJ);
                }
                f.storeSlot(d - 2);
                return;
            case COMPARE_OP:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(COMPARISONS, COMPARE_OPS[arg >> 4] + "Value", "(" + TS + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - 2);
                return;
            case IS_OP:
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                Strings.pushInt(mv, arg);
                invoke(Rt.CEVAL, "isOp", "(" + OBJ + OBJ + "I)" + OBJ);
                f.storeSlot(d - 2);
                return;
            case CONTAINS_OP:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                Strings.pushInt(mv, arg);
                invoke(Rt.CEVAL, "containsOp", "(" + TS + OBJ + OBJ + "I)" + OBJ);
                f.storeSlot(d - 2);
                return;
            case UNARY_NEGATIVE:
                unary(d, Rt.NUMBERS, "negative");
                return;
            case UNARY_INVERT:
                unary(d, Rt.NUMBERS, "invert");
                return;
            case UNARY_NOT:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(Rt.ABSTRACT, "not", "(" + TS + OBJ + ")L" + Rt.BOOL + ";");
                f.storeSlot(d - 1);
                return;
            case BINARY_SUBSCR:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(Rt.SUBSCRIPTS, "binarySubscr", "(" + TS + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - 2);
                return;
            case STORE_SUBSCR:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                f.loadSlot(d - 3);
                invoke(Rt.SUBSCRIPTS, "setitem", "(" + TS + OBJ + OBJ + OBJ + ")V");
                return;
            case DELETE_SUBSCR:
                f.loadTs();
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(Rt.SUBSCRIPTS, "delitem", "(" + TS + OBJ + OBJ + ")V");
                return;
            case BINARY_SLICE:
                f.loadTs();
                f.loadSlot(d - 3);
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(Rt.CEVAL, "binarySlice", "(" + TS + OBJ + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - 3);
                return;
            case STORE_SLICE:
                f.loadTs();
                f.loadSlot(d - 4);
                f.loadSlot(d - 3);
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(Rt.CEVAL, "storeSlice", "(" + TS + OBJ + OBJ + OBJ + OBJ + ")V");
                return;
            case BUILD_SLICE:
                f.loadSlot(d - arg);
                f.loadSlot(d - arg + 1);
                if (arg == 3) {
                    f.loadSlot(d - 1);
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                invoke(Rt.CEVAL, "buildSlice", "(" + OBJ + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - arg);
                return;
            case GET_ITER:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(Rt.ITERATION, "iter", "(" + TS + OBJ + ")" + OBJ);
                f.storeSlot(d - 1);
                return;
            case FOR_ITER:
                forIter(in, d);
                return;
            case GET_LEN:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(Rt.CEVAL, "getLen", "(" + TS + OBJ + ")" + OBJ);
                f.storeSlot(d);
                return;
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
                f.loadTs();
                f.loadSlot(d - 1);
                invoke(Rt.ABSTRACT, "isTrue", "(" + TS + OBJ + ")Z");
                f.jumpIf(in.opcode.name().endsWith("TRUE") ? IFNE : IFEQ, in.target);
                return;
            case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE:
                f.loadSlot(d - 1);
                mv.visitFieldInsn(GETSTATIC, Rt.NONE, "NONE", "L" + Rt.NONE + ";");
                f.jumpIf(in.opcode.name().endsWith("NOT_NONE") ? IF_ACMPNE : IF_ACMPEQ, in.target);
                return;
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
            case JUMP_BACKWARD_NO_INTERRUPT:
            case JUMP:
            case JUMP_NO_INTERRUPT:
                f.jumpTo(in.target);
                return;
            case BUILD_TUPLE:
                BuildEmitter.tuple(f, d, arg);
                return;
            case BUILD_LIST:
                BuildEmitter.list(f, d, arg);
                return;
            case BUILD_SET:
            case BUILD_MAP:
            case BUILD_CONST_KEY_MAP:
            case BUILD_STRING:
            case LIST_APPEND:
            case SET_ADD:
            case MAP_ADD:
            case LIST_EXTEND:
            case SET_UPDATE:
            case DICT_UPDATE:
            case DICT_MERGE:
            case UNPACK_SEQUENCE:
            case UNPACK_EX:
            case FORMAT_VALUE:
                BuildEmitter.emit(f, in);
                return;
            case KW_NAMES:
                calls.kwNames((ConstTuple) code.consts().get(arg));
                return;
            case CALL:
                if (arg == 0 && isFrameIntrospection()) {
                    calls.callWithLocals(d, code.localsplusNames());
                } else if (arg == 0 && isZeroArgSuper()) {
                    calls.callSuperZeroArg(d, code.localsplusNames().lastIndexOf("__class__"), 0);
                } else {
                    calls.call(d, arg, next != null && next.opcode == org.krait.compiler.ir.Opcode.GET_ITER);
                }
                return;
            case CALL_FUNCTION_EX:
                calls.callFunctionEx(d, arg);
                return;
            case MAKE_FUNCTION:
                calls.makeFunction(d, arg);
                return;
            case LOAD_BUILD_CLASS:
                f.loadTs();
                f.loadFunction();
                invoke(Rt.CEVAL, "loadBuildClass", "(" + TS + Rt.D_FUNCTION + ")" + OBJ);
                f.storeSlot(d);
                return;
            case SETUP_ANNOTATIONS:
                f.loadTs();
                f.loadLocalsMapping();
                invoke(Rt.CEVAL, "setupAnnotations", "(" + TS + OBJ + ")V");
                return;
            case CALL_INTRINSIC_1:
                if (arg == org.krait.compiler.ir.Intrinsic1.INTRINSIC_STOPITERATION_ERROR.oparg()) {
                    f.loadSlot(d - 1);
                    Strings.pushInt(mv, code.flags);
                    invoke(GeneratorEmitter.GENERATORS, "stopIterationError", "(" + OBJ + "I)" + OBJ);
                    f.storeSlot(d - 1);
                } else {
                    calls.intrinsic1(d, arg);
                }
                return;
            case CALL_INTRINSIC_2:
                f.loadTs();
                Strings.pushInt(mv, arg);
                f.loadSlot(d - 2);
                f.loadSlot(d - 1);
                invoke(Rt.CEVAL, "intrinsic2", "(" + TS + "I" + OBJ + OBJ + ")" + OBJ);
                f.storeSlot(d - 2);
                return;
            case IMPORT_NAME:
                f.loadTs();
                f.loadFunction();
                mv.visitLdcInsn(name(arg));
                f.loadSlot(d - 1);
                f.loadSlot(d - 2);
                invoke(Rt.PKG + "ceval/Imports", "importName", "(" + TS + Rt.D_FUNCTION + Rt.D_STRING + OBJ + OBJ + ")"
                        + OBJ);
                f.storeSlot(d - 2);
                return;
            case IMPORT_FROM:
                f.loadTs();
                f.loadSlot(d - 1);
                mv.visitLdcInsn(name(arg));
                invoke(Rt.PKG + "ceval/Imports", "importFrom", "(" + TS + OBJ + Rt.D_STRING + ")" + OBJ);
                f.storeSlot(d);
                return;
            case LOAD_ASSERTION_ERROR:
            case RAISE_VARARGS:
            case RERAISE:
            case PUSH_EXC_INFO:
            case POP_EXCEPT:
            case CHECK_EXC_MATCH:
            case CHECK_EG_MATCH:
            case BEFORE_WITH:
            case BEFORE_ASYNC_WITH:
            case WITH_EXCEPT_START:
                exceptions.emit(in);
                return;
            default:
                throw new UnsupportedOperationException(in.opcode + " is not supported yet");
        }
    }

    /** The small Numbers entry for an operator whose int fast path the JIT can inline, or null. */
    private static final String COMPARISONS = Rt.PKG + "ops/Comparisons";
    /** Comparisons' entry per COMPARE_OP operator (oparg >> 4); the result-object forms add "Value". */
    private static final String[] COMPARE_OPS = {"lt", "le", "eq", "ne", "gt", "ge"};

    /**
     * COMPARE_OP {@code cmp} and the POP_JUMP_IF {@code jump} that pops its result, as one
     * Comparisons call giving a Java boolean: no bool object, no isTrue. The slots below the
     * operands hold whatever the jump target expects, so they are materialised first.
     */
    void compareJump(Instr cmp, Instr jump) {
        int d = cmp.depth;
        f.loadTs();
        f.loadSlot(d - 2);
        f.loadSlot(d - 1);
        invoke(COMPARISONS, COMPARE_OPS[cmp.oparg >> 4], "(" + TS + OBJ + OBJ + ")Z");
        f.materializeBelow(d - 2);
        f.jumpIf(jump.opcode == org.krait.compiler.ir.Opcode.POP_JUMP_IF_TRUE ? IFNE : IFEQ, jump.target);
        previous = jump;
    }

    private static String fastBinary(int oparg) {
        switch (BinaryOperator.values()[oparg]) {
            case NB_ADD:
                return "add";
            case NB_SUBTRACT:
                return "subtract";
            case NB_MULTIPLY:
                return "multiply";
            case NB_INPLACE_ADD:
                return "inplaceAdd";
            case NB_INPLACE_SUBTRACT:
                return "inplaceSubtract";
            case NB_INPLACE_MULTIPLY:
                return "inplaceMultiply";
            case NB_TRUE_DIVIDE:
                return "trueDivide";
            case NB_INPLACE_TRUE_DIVIDE:
                return "inplaceTrueDivide";
            case NB_REMAINDER:
                return "remainder";
            case NB_INPLACE_REMAINDER:
                return "inplaceRemainder";
            case NB_FLOOR_DIVIDE:
                return "floorDivide";
            case NB_INPLACE_FLOOR_DIVIDE:
                return "inplaceFloorDivide";
            case NB_AND:
                return "and";
            case NB_INPLACE_AND:
                return "inplaceAnd";
            case NB_OR:
                return "or";
            case NB_INPLACE_OR:
                return "inplaceOr";
            case NB_XOR:
                return "xor";
            case NB_INPLACE_XOR:
                return "inplaceXor";
            case NB_LSHIFT:
                return "lshift";
            case NB_INPLACE_LSHIFT:
                return "inplaceLshift";
            case NB_RSHIFT:
                return "rshift";
            case NB_INPLACE_RSHIFT:
                return "inplaceRshift";
            default:
                return null;
        }
    }

    private void unary(int d, String owner, String method) {
        f.loadTs();
        f.loadSlot(d - 1);
        invoke(owner, method, "(" + TS + OBJ + ")" + OBJ);
        f.storeSlot(d - 1);
    }

    private void loadFastChecked(int arg, int d) {
        Label ok = new Label();
        f.loadLocal(arg);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitLdcInsn(localName(arg));
        invoke(Rt.NAMES, "unboundLocal", "(" + Rt.D_STRING + ")L" + Rt.EXC + ";");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        f.loadLocal(arg);
        f.storeSlot(d);
    }

    private void copyFreeVars(int n) {
        int first = code.localsplusCount() - n;
        for (int j = 0; j < n; j++) {
            f.loadFunction();
            mv.visitFieldInsn(GETFIELD, Rt.FUNCTION, "closure", "[L" + Rt.CELL + ";");
            Strings.pushInt(mv, j);
            mv.visitInsn(AALOAD);
            f.storeLocal(first + j);
        }
    }

    /** LOAD_ATTR through a per-site cache kept in the function object (runtime ops.AttributeSites). */
    private void loadAttr(int arg, int d) {
        f.loadTs();
        f.loadFunction();
        f.loadSlot(d - 1);
        mv.visitLdcInsn(name(arg >> 1));
        Strings.pushInt(mv, f.nextAttrSite());
        String desc = "(" + TS + Rt.D_FUNCTION + OBJ + Rt.D_STRING + "I)" + OBJ;
        if ((arg & Opargs.LOAD_ATTR_METHOD) == 0) {
            invoke(Rt.ATTRIBUTE_SITES, "getattr", desc);
            f.storeSlot(d - 1);
            return;
        }
        // [obj] -> [method or NULL, self or attribute]: the call returns the method (self is obj) or,
        // when ts.methodFound is clear, the attribute (a flag, so no reference is stored in ts)
        invoke(Rt.ATTRIBUTE_SITES, "loadMethod", desc);
        Label attribute = new Label();
        Label done = new Label();
        f.loadTs();
        mv.visitFieldInsn(GETFIELD, Rt.TS, "methodFound", "Z");
        mv.visitJumpInsn(IFEQ, attribute);
        f.loadSlot(d - 1);
        f.storeSlot(d);
        f.storeSlot(d - 1);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(attribute);
        f.storeSlot(d);
        mv.visitInsn(ACONST_NULL);
        f.storeSlot(d - 1);
        mv.visitLabel(done);
    }

    private static final String ITERATOR = Rt.PKG + "object/PyIterator";

    private void forIter(Instr in, int d) {
        Label exhausted = new Label();
        // A built-in iterator's next() is called here, not inside Iteration.next: this call site
        // then has its own type profile (one iterator class per loop, as a rule), so HotSpot
        // inlines that class's next() instead of making a megamorphic call shared by all loops.
        Label generic = new Label();
        Label got = new Label();
        f.loadSlot(d - 1);
        invoke(Rt.ITERATION, "plainIterator", "(" + OBJ + ")L" + ITERATOR + ";");
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, generic);
        f.loadTs();
        mv.visitMethodInsn(INVOKEVIRTUAL, ITERATOR, "next", "(" + TS + ")" + OBJ, false);
        mv.visitJumpInsn(GOTO, got);
        mv.visitLabel(generic);
        mv.visitInsn(POP);
        f.loadTs();
        f.loadSlot(d - 1);
        invoke(Rt.ITERATION, "next", "(" + TS + OBJ + ")" + OBJ);
        mv.visitLabel(got);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, exhausted);
        f.storeSlot(d);
        Label body = new Label();
        mv.visitJumpInsn(GOTO, body);
        mv.visitLabel(exhausted);
        mv.visitInsn(POP);
        // the iterator is popped and execution continues after the END_FOR at the target
        // to the target's END_FOR, which pops nothing here: its slots are simply left behind
        f.jumpTo(in.target);
        mv.visitLabel(body);
    }
}
