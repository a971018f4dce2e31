package org.krait.compiler.buildtools;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes the class that stands for one LambdaMetafactory call site: what the JDK's
 * InnerClassLambdaMetafactory would spin at run time, made at build time instead. Captured values
 * become final fields, {@code create(captured...)} replaces the invokedynamic, and the interface
 * method (plus any bridges) adapts its arguments and result exactly as the metafactory does.
 * The class is a nestmate of the caller's nest, so it may call the private {@code lambda$} bodies.
 */
final class LambdaClassGenerator {
    /** LambdaMetafactory.altMetafactory flags (see its javadoc). */
    static final int FLAG_SERIALIZABLE = 1, FLAG_MARKERS = 2, FLAG_BRIDGES = 4;

    /** A call site we decline to rewrite; the message is the reason counted in the report. */
    static final class Unhandled extends Exception {
        Unhandled(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One invokedynamic's bootstrap arguments, decoded. */
    record Site(String samName, Type factoryType, Type samType, Handle impl, Type instantiatedType,
                List<String> markers, List<Type> bridges) {

        static Site decode(String name, String desc, Handle bsm, Object[] args) throws Unhandled {
            if (args.length < 3 || !(args[0] instanceof Type sam) || !(args[1] instanceof Handle impl)
                    || !(args[2] instanceof Type inst)) {
                throw new Unhandled("unexpected bootstrap arguments");
            }
            List<String> markers = new ArrayList<>();
            List<Type> bridges = new ArrayList<>();
            if (bsm.getName().equals("altMetafactory")) {
                int flags = (Integer) args[3];
                if ((flags & FLAG_SERIALIZABLE) != 0) {
                    throw new Unhandled("serializable lambda");
                }
                int i = 4;
                if ((flags & FLAG_MARKERS) != 0) {
                    int n = (Integer) args[i++];
                    for (int k = 0; k < n; k++) {
                        markers.add(((Type) args[i++]).getInternalName());
                    }
                }
                if ((flags & FLAG_BRIDGES) != 0) {
                    int n = (Integer) args[i++];
                    for (int k = 0; k < n; k++) {
                        bridges.add((Type) args[i++]);
                    }
                }
            }
            return new Site(name, Type.getMethodType(desc), sam, impl, inst, markers, bridges);
        }
    }

    /**
     * How the generated class calls the implementation: the opcode and whether its owner is an
     * interface. The caller decides (it knows which methods of the outer class are private).
     */
    record Call(int opcode, boolean itf) {}

    private LambdaClassGenerator() {}

    /** The class file of {@code className}, standing for {@code site}, in {@code nestHost}'s nest. */
    static byte[] generate(int version, String className, String nestHost, Site site, Call call)
            throws Unhandled {
        Type[] captured = site.factoryType().getArgumentTypes();
        Type iface = site.factoryType().getReturnType();
        List<String> interfaces = new ArrayList<>();
        interfaces.add(iface.getInternalName());
        interfaces.addAll(site.markers());

        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, className, null, "java/lang/Object",
                interfaces.toArray(String[]::new));
        cw.visitNestHost(nestHost);
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "arg$" + i, captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        writeConstructor(cw, className, captured);
        writeFactory(cw, className, site.factoryType(), captured);
        writeForwarder(cw, className, site, call, site.samType(), ACC_PUBLIC);
        for (Type bridge : site.bridges()) {
            if (!bridge.getDescriptor().equals(site.samType().getDescriptor())) {
                writeForwarder(cw, className, site, call, bridge, ACC_PUBLIC | ACC_BRIDGE | ACC_SYNTHETIC);
            }
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void writeConstructor(ClassWriter cw, String className, Type[] captured) {
        String desc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", desc, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(ILOAD), slot);
            mv.visitFieldInsn(PUTFIELD, className, "arg$" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code static create(captured...)}: same descriptor as the invokedynamic it replaces. A
     * non-capturing lambda hands out one instance, as the JDK does.
     */
    private static void writeFactory(ClassWriter cw, String className, Type factoryType, Type[] captured) {
        String self = "L" + className + ";";
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "create", factoryType.getDescriptor(), null, null);
        mv.visitCode();
        if (captured.length == 0) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "INSTANCE", self, null, null).visitEnd();
            mv.visitFieldInsn(GETSTATIC, className, "INSTANCE", self);
            MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            clinit.visitCode();
            clinit.visitTypeInsn(NEW, className);
            clinit.visitInsn(DUP);
            clinit.visitMethodInsn(INVOKESPECIAL, className, "<init>", "()V", false);
            clinit.visitFieldInsn(PUTSTATIC, className, "INSTANCE", self);
            clinit.visitInsn(RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        } else {
            mv.visitTypeInsn(NEW, className);
            mv.visitInsn(DUP);
            int slot = 0;
            for (Type t : captured) {
                mv.visitVarInsn(t.getOpcode(ILOAD), slot);
                slot += t.getSize();
            }
            mv.visitMethodInsn(INVOKESPECIAL, className, "<init>",
                    Type.getMethodDescriptor(Type.VOID_TYPE, captured), false);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * The interface method {@code type} (the SAM type or a bridge): captured fields, then the
     * parameters adapted through the instantiated type to the implementation's, the call, and the
     * result adapted back.
     */
    private static void writeForwarder(ClassWriter cw, String className, Site site, Call call, Type type,
                                       int access) throws Unhandled {
        Handle impl = site.impl();
        Type[] captured = site.factoryType().getArgumentTypes();
        Type[] params = type.getArgumentTypes();
        Type[] dynamic = site.instantiatedType().getArgumentTypes();
        List<Type> implParams = new ArrayList<>();
        boolean hasReceiver = impl.getTag() != H_INVOKESTATIC && impl.getTag() != H_NEWINVOKESPECIAL;
        if (hasReceiver) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        if (captured.length + params.length != implParams.size() || params.length != dynamic.length) {
            throw new Unhandled("arity mismatch");
        }
        MethodVisitor mv = cw.visitMethod(access, site.samName(), type.getDescriptor(), null, null);
        mv.visitCode();
        if (impl.getTag() == H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, className, "arg$" + i, captured[i].getDescriptor());
            Type target = implParams.get(i);
            convert(mv, captured[i], target, target);
        }
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            mv.visitVarInsn(params[i].getOpcode(ILOAD), slot);
            slot += params[i].getSize();
            convert(mv, params[i], implParams.get(captured.length + i), dynamic[i]);
        }
        String implName = impl.getTag() == H_NEWINVOKESPECIAL ? "<init>" : impl.getName();
        mv.visitMethodInsn(call.opcode(), impl.getOwner(), implName, impl.getDesc(), call.itf());
        Type implReturn = impl.getTag() == H_NEWINVOKESPECIAL
                ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
        Type ret = type.getReturnType();
        if (ret.getSort() == Type.VOID) {
            if (implReturn.getSize() > 0) {
                mv.visitInsn(implReturn.getSize() == 2 ? POP2 : POP);
            }
        } else if (implReturn.getSort() == Type.VOID) {
            throw new Unhandled("void implementation for a value-returning interface method");
        } else {
            convert(mv, implReturn, ret, ret);
        }
        mv.visitInsn(ret.getOpcode(IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Converts the value on the stack from {@code from} to {@code to} as LambdaMetafactory does:
     * references are cast to {@code functional} (the instantiated type, so a wrong argument fails
     * with ClassCastException) and then to {@code to}; primitives widen; boxing and unboxing go
     * through the wrapper classes.
     */
    static void convert(MethodVisitor mv, Type from, Type to, Type functional) throws Unhandled {
        if (from.equals(to) && from.equals(functional)) {
            return;
        }
        if (isPrimitive(from)) {
            if (isPrimitive(to)) {
                widen(mv, from, to);
            } else if (unboxedType(to) != null) {
                Type prim = unboxedType(to);
                widen(mv, from, prim);
                box(mv, prim);
            } else {
                box(mv, from);
                cast(mv, boxedType(from), to);
            }
            return;
        }
        Type source = from;
        if (!isPrimitive(functional)) {
            cast(mv, from, functional);
            source = functional;
        }
        if (!isPrimitive(to)) {
            cast(mv, source, to);
            return;
        }
        Type sourcePrim = unboxedType(source);
        if (sourcePrim != null) {
            if (isNumeric(sourcePrim)) {
                unbox(mv, source, to);
            } else {
                unbox(mv, source, sourcePrim);
                widen(mv, sourcePrim, to);
            }
        } else {
            // a supertype of the wrapper (Object, Number, ...): numbers unbox through Number
            Type via = isNumeric(to) ? Type.getObjectType("java/lang/Number") : boxedType(to);
            cast(mv, source, via);
            unbox(mv, via, to);
        }
    }

    private static void cast(MethodVisitor mv, Type from, Type to) {
        if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
            mv.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    private static void box(MethodVisitor mv, Type prim) {
        Type wrapper = boxedType(prim);
        mv.visitMethodInsn(INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                Type.getMethodDescriptor(wrapper, prim), false);
    }

    /** {@code wrapper.xxxValue()} for primitive {@code prim}. */
    private static void unbox(MethodVisitor mv, Type wrapper, Type prim) {
        mv.visitMethodInsn(INVOKEVIRTUAL, wrapper.getInternalName(), prim.getClassName() + "Value",
                Type.getMethodDescriptor(prim), false);
    }

    /** Primitive widening (JLS 5.1.2); byte/short/char/int are all ints on the JVM stack. */
    private static void widen(MethodVisitor mv, Type from, Type to) throws Unhandled {
        if (from.equals(to)) {
            return;
        }
        boolean widening = rank(from) >= 0 && rank(from) <= rank(to) && to.getSort() != Type.CHAR
                && !(from.getSort() == Type.CHAR && to.getSort() == Type.SHORT);
        if (!widening) {
            throw new Unhandled("primitive conversion " + from + " -> " + to);
        }
        int f = stackKind(from), t = stackKind(to);
        if (f == t) {
            return;
        }
        int op = switch (f * 10 + t) {
            case 12 -> I2L;
            case 13 -> I2F;
            case 14 -> I2D;
            case 23 -> L2F;
            case 24 -> L2D;
            case 34 -> F2D;
            default -> throw new Unhandled("primitive conversion " + from + " -> " + to);
        };
        mv.visitInsn(op);
    }

    /** 1 int, 2 long, 3 float, 4 double. */
    private static int stackKind(Type t) {
        return switch (t.getSort()) {
            case Type.LONG -> 2;
            case Type.FLOAT -> 3;
            case Type.DOUBLE -> 4;
            default -> 1;
        };
    }

    /** Order of widening: byte < short < int < long < float < double (char widens to int). */
    private static int rank(Type t) {
        return switch (t.getSort()) {
            case Type.BYTE -> 0;
            case Type.SHORT, Type.CHAR -> 1;
            case Type.INT -> 2;
            case Type.LONG -> 3;
            case Type.FLOAT -> 4;
            case Type.DOUBLE -> 5;
            default -> -1;
        };
    }

    private static boolean isPrimitive(Type t) {
        return t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY;
    }

    private static boolean isNumeric(Type prim) {
        return prim.getSort() != Type.BOOLEAN && prim.getSort() != Type.CHAR;
    }

    private static final String[] WRAPPERS = {
        null, "java/lang/Boolean", "java/lang/Character", "java/lang/Byte", "java/lang/Short",
        "java/lang/Integer", "java/lang/Float", "java/lang/Long", "java/lang/Double",
    };

    private static Type boxedType(Type prim) {
        return Type.getObjectType(WRAPPERS[prim.getSort()]);
    }

    /** The primitive a wrapper class holds, or null if {@code t} is not a wrapper. */
    private static Type unboxedType(Type t) {
        if (t.getSort() != Type.OBJECT) {
            return null;
        }
        for (int sort = Type.BOOLEAN; sort <= Type.DOUBLE; sort++) {
            if (t.getInternalName().equals(WRAPPERS[sort])) {
                return PRIMITIVES[sort];
            }
        }
        return null;
    }

    private static final Type[] PRIMITIVES = {
        Type.VOID_TYPE, Type.BOOLEAN_TYPE, Type.CHAR_TYPE, Type.BYTE_TYPE, Type.SHORT_TYPE,
        Type.INT_TYPE, Type.FLOAT_TYPE, Type.LONG_TYPE, Type.DOUBLE_TYPE,
    };
}
