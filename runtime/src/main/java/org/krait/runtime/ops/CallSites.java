package org.krait.runtime.ops;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

import org.krait.runtime.ceval.Ceval;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.BuiltinBody;
import org.krait.runtime.object.BuiltinCalls;
import org.krait.runtime.object.PyBuiltinFunction;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyMethodDescr;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyMethod;
import org.krait.runtime.object.PyObject;

/**
 * CALL of 0–3 positional arguments as an {@code invokedynamic} site (ADR 0010): the site links
 * straight to the entry wrapper of the Python function it calls, guarded by the function's code
 * object, so that HotSpot sees a direct call and can inline the callee's body. The guard keys on
 * the {@link PyCode} alone — the same object in every interpreter, because code objects are
 * constants of the generated classes that all interpreters share (DESIGN §3) — and the function
 * object itself (per interpreter) is passed on as the callee's argument.
 *
 * <p>Site type {@code (ThreadState, PyObject methodOrNull, PyObject selfOrCallable, PyObject x argc)},
 * as {@code Ceval.callN}. Three shapes link: a plain function ({@code f(x)}: null, f), the method
 * form of LOAD_ATTR ({@code o.m(x)}: the function, o) and a bound method object ({@code b = o.m;
 * b(x)}: null, b). Up to {@link #MAX_LINKS} callees per site; a site that sees more, or any other
 * callable before it has linked one, calls {@code Ceval.callN} from then on.
 */
public final class CallSites {
    private CallSites() {
    }

    static final int MAX_LINKS = 3;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle[] MISS = new MethodHandle[4];
    private static final MethodHandle[] GENERIC = new MethodHandle[4];
    private static final MethodHandle IS_FUNCTION;
    private static final MethodHandle IS_METHOD;
    private static final MethodHandle IS_BOUND;
    private static final MethodHandle FUNCTION_OF;
    private static final MethodHandle SELF_OF;
    private static final MethodHandle BODY_CALL;
    private static final MethodHandle BODY_OF;
    private static final MethodHandle IS_BUILTIN;
    private static final MethodHandle IS_DESCRIPTOR;
    private static final MethodHandle FUNCTION_ARGS;
    private static final MethodHandle DESCRIPTOR_ARGS;

    static {
        try {
            for (int n = 0; n < 4; n++) {
                MethodType generic = MethodType.genericMethodType(n + 2).insertParameterTypes(0, ThreadState.class)
                        .changeReturnType(PyObject.class);
                GENERIC[n] = LOOKUP.findStatic(Ceval.class, "call" + n, erase(generic));
                MISS[n] = LOOKUP.findStatic(CallSites.class, "miss" + n,
                        erase(generic).insertParameterTypes(0, Site.class));
            }
            IS_FUNCTION = LOOKUP.findStatic(CallSites.class, "isFunction",
                    MethodType.methodType(boolean.class, PyCode.class, PyObject.class, PyObject.class));
            IS_METHOD = LOOKUP.findStatic(CallSites.class, "isMethod",
                    MethodType.methodType(boolean.class, PyCode.class, PyObject.class));
            IS_BOUND = LOOKUP.findStatic(CallSites.class, "isBound",
                    MethodType.methodType(boolean.class, PyCode.class, PyObject.class, PyObject.class));
            FUNCTION_OF = LOOKUP.findStatic(CallSites.class, "functionOf",
                    MethodType.methodType(PyObject.class, PyObject.class));
            SELF_OF = LOOKUP.findStatic(CallSites.class, "selfOf", MethodType.methodType(PyObject.class, PyObject.class));
            BODY_CALL = LOOKUP.findVirtual(BuiltinBody.class, "call",
                    MethodType.methodType(PyObject.class, ThreadState.class, PyObject[].class));
            BODY_OF = LOOKUP.findStatic(BuiltinCalls.class, "bodyOf",
                    MethodType.methodType(BuiltinBody.class, PyObject.class));
            IS_BUILTIN = LOOKUP.findStatic(BuiltinCalls.class, "isFunctionWithBody",
                    MethodType.methodType(boolean.class, Class.class, PyObject.class, PyObject.class));
            IS_DESCRIPTOR = LOOKUP.findStatic(BuiltinCalls.class, "isDescriptorWithBody",
                    MethodType.methodType(boolean.class, Class.class, PyObject.class));
            FUNCTION_ARGS = LOOKUP.findStatic(BuiltinCalls.class, "functionArgs",
                    MethodType.methodType(PyObject[].class, PyObject.class, PyObject[].class));
            DESCRIPTOR_ARGS = LOOKUP.findStatic(BuiltinCalls.class, "descriptorArgs",
                    MethodType.methodType(PyObject[].class, PyObject.class, PyObject[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodType erase(MethodType t) {
        Class<?>[] ps = t.parameterArray();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] == Object.class) {
                ps[i] = PyObject.class;
            }
        }
        return MethodType.methodType(PyObject.class, ps);
    }

    /** Bootstrap of every {@code callN} site the compiler emits. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type) {
        Site s = new Site(type, type.parameterCount() - 3);
        s.setTarget(MISS[s.argc].bindTo(s));
        return s;
    }

    /** One CALL site: the guarded direct calls it has linked, then its fallback. */
    static final class Site extends MutableCallSite {
        final int argc;
        private final MethodHandle[] tests = new MethodHandle[MAX_LINKS];
        private final MethodHandle[] targets = new MethodHandle[MAX_LINKS];
        private int links;
        /** The fallback is Ceval.callN instead of the miss handler: the site has stopped learning. */
        private boolean generic;

        Site(MethodType type, int argc) {
            super(type);
            this.argc = argc;
        }

        /**
         * Looks at the callee of a call that missed every guard: links it when it can; when it
         * cannot, or the site is full, later misses go straight to Ceval.callN (the guards stay).
         */
        synchronized void learn(PyObject method, PyObject self) {
            if (generic) {
                return;
            }
            if (links == MAX_LINKS || !link(method, self)) {
                generic = true;
            }
            MethodHandle chain = generic ? GENERIC[argc] : MISS[argc].bindTo(this);
            for (int i = 0; i < links; i++) {
                chain = MethodHandles.guardWithTest(tests[i], targets[i], chain);
            }
            setTarget(chain);
        }

        /** Adds a guarded direct call to the callee; false when it cannot be linked. */
        private boolean link(PyObject method, PyObject self) {
            MethodType type = type();
            MethodHandle test;
            MethodHandle target;
            if (method == null && self instanceof PyFunction) {
                PyCode code = ((PyFunction) self).code;
                MethodHandle entry = entryOf(code, argc);
                if (entry == null) {
                    return false;
                }
                target = MethodHandles.dropArguments(entry.asType(type.dropParameterTypes(1, 2)), 1, PyObject.class);
                test = IS_FUNCTION.bindTo(code);
            } else if (method instanceof PyFunction) {
                PyCode code = ((PyFunction) method).code;
                MethodHandle entry = entryOf(code, argc + 1);
                if (entry == null) {
                    return false;
                }
                target = entry.asType(type);
                test = IS_METHOD.bindTo(code);
            } else if (method == null && self instanceof PyMethod && ((PyMethod) self).function instanceof PyFunction) {
                PyCode code = ((PyFunction) ((PyMethod) self).function).code;
                MethodHandle entry = entryOf(code, argc + 1);
                if (entry == null) {
                    return false;
                }
                // (ts, fn, self, args) <- (ts, bound.function, bound.self, args) <- (ts, null, bound, args)
                MethodHandle split = MethodHandles.filterArguments(entry.asType(type), 1, FUNCTION_OF, SELF_OF);
                int[] order = new int[type.parameterCount()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                order[1] = 2;
                target = MethodHandles.permuteArguments(split, type, order);
                test = IS_BOUND.bindTo(code);
            } else if (BuiltinCalls.isFunctionWithBody(bodyClass(self), method, self)) {
                Class<?> cls = bodyClass(self);
                // (ts, null, f, args) -> body(f) as its exact class .call(ts, bind(f, [args]))
                target = builtinTarget(cls, FUNCTION_ARGS.asCollector(1, PyObject[].class, argc), 2, 2);
                test = IS_BUILTIN.bindTo(cls);
            } else if (method instanceof PyMethodDescr) {
                Class<?> cls = bodyClass(method);
                // (ts, descr, self, args) -> body(descr) as its exact class .call(ts, bind(descr, [self, args]))
                target = builtinTarget(cls, DESCRIPTOR_ARGS.asCollector(1, PyObject[].class, argc + 1), 1, 1);
                test = IS_DESCRIPTOR.bindTo(cls);
            } else {
                return false;
            }
            tests[links] = MethodHandles.dropArguments(test, 0, ThreadState.class);
            targets[links] = target;
            links++;
            return true;
        }
    }

    private static Class<?> bodyClass(PyObject callable) {
        return callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescr
                ? BuiltinCalls.bodyOf(callable).getClass() : null;
    }

    /**
     * A site-typed handle calling a built-in's body through a receiver of the body's exact class
     * {@code cls} (so the call is direct), on the array that {@code args} makes from the site's
     * argument {@code from} onwards; the body comes from site argument {@code owner}.
     */
    private static MethodHandle builtinTarget(Class<?> cls, MethodHandle args, int owner, int from) {
        MethodType site = MethodType.genericMethodType(0).changeReturnType(PyObject.class)
                .appendParameterTypes(ThreadState.class, PyObject.class, PyObject.class);
        int n = args.type().parameterCount() - 1 - (from == 2 ? 0 : 1);
        for (int i = 0; i < n; i++) {
            site = site.appendParameterTypes(PyObject.class);
        }
        // (body, ts, array) with body of class cls, body taken from the owner argument
        MethodHandle call = MethodHandles.filterArguments(BODY_CALL.asType(
                MethodType.methodType(PyObject.class, cls, ThreadState.class, PyObject[].class)), 0,
                BODY_OF.asType(MethodType.methodType(cls, PyObject.class)));
        // (ownerArg, ts, argsFrom..)  with the array made by args
        MethodHandle full = MethodHandles.collectArguments(call, 2, args);
        int[] order = new int[full.type().parameterCount()];
        order[0] = owner;
        order[1] = 0;
        for (int i = 2; i < order.length; i++) {
            order[i] = from + (i - 2);
        }
        return MethodHandles.permuteArguments(full, site, order);
    }

    private static MethodHandle entryOf(PyCode code, int arity) {
        return code.simpleArity == arity ? code.module.entry(code.index) : null;
    }

    static boolean isFunction(PyCode code, PyObject method, PyObject callable) {
        return method == null && callable instanceof PyFunction && ((PyFunction) callable).code == code;
    }

    static boolean isMethod(PyCode code, PyObject method) {
        return method instanceof PyFunction && ((PyFunction) method).code == code;
    }

    static boolean isBound(PyCode code, PyObject method, PyObject callable) {
        return method == null && callable instanceof PyMethod && ((PyMethod) callable).function instanceof PyFunction
                && ((PyFunction) ((PyMethod) callable).function).code == code;
    }

    static PyObject functionOf(PyObject bound) {
        return ((PyMethod) bound).function;
    }

    static PyObject selfOf(PyObject bound) {
        return ((PyMethod) bound).self;
    }

    static PyObject miss0(Site s, ThreadState ts, PyObject m, PyObject c) {
        s.learn(m, c);
        return Ceval.call0(ts, m, c);
    }

    static PyObject miss1(Site s, ThreadState ts, PyObject m, PyObject c, PyObject a) {
        s.learn(m, c);
        return Ceval.call1(ts, m, c, a);
    }

    static PyObject miss2(Site s, ThreadState ts, PyObject m, PyObject c, PyObject a, PyObject b) {
        s.learn(m, c);
        return Ceval.call2(ts, m, c, a, b);
    }

    static PyObject miss3(Site s, ThreadState ts, PyObject m, PyObject c, PyObject a, PyObject b, PyObject d) {
        s.learn(m, c);
        return Ceval.call3(ts, m, c, a, b, d);
    }
}
