package org.krait.runtime.typing;

import org.krait.runtime.exceptions.Errors;
import org.krait.runtime.interp.ThreadState;
import org.krait.runtime.object.PyBool;
import org.krait.runtime.object.PyFunction;
import org.krait.runtime.object.PyNone;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;
import org.krait.runtime.object.PyType;
import org.krait.runtime.object.TypeBuilder;
import org.krait.runtime.ops.Calls;
import org.krait.runtime.types.GenericAlias;

/**
 * The objects PEP 695 syntax creates without the typing module (Objects/typevarobject.c):
 * TypeVar, ParamSpec (with its args/kwargs), TypeVarTuple, TypeAliasType and Generic, and the
 * intrinsics that make them. Bounds, constraints and alias values are evaluated lazily, on first
 * access, by the functions the compiler made for them.
 */
public final class TypeParams {
    private TypeParams() {
    }

    /** A lazily evaluated value: the function computing it until first use. */
    static final class Lazy {
        private PyObject value;
        private PyObject evaluate;

        Lazy(PyObject value, PyObject evaluate) {
            this.value = value;
            this.evaluate = evaluate;
        }

        PyObject get(ThreadState ts, PyObject orElse) {
            if (value == null && evaluate != null) {
                value = Calls.call(ts, evaluate);
                evaluate = null;
            }
            return value == null ? orElse : value;
        }
    }

    /** A type parameter: TypeVar, ParamSpec or TypeVarTuple. */
    static final class TypeParam extends PyObject {
        final PyType type;
        final String name;
        final Lazy bound;
        final Lazy constraints;
        final boolean inferVariance;

        TypeParam(PyType type, String name, Lazy bound, Lazy constraints) {
            this.type = type;
            this.name = name;
            this.bound = bound;
            this.constraints = constraints;
            this.inferVariance = true;
        }

        @Override
        public PyType type() {
            return type;
        }

        String repr() {
            return (inferVariance || type == TypeParams.TYPE_VAR_TUPLE ? "" : "~") + name;
        }
    }

    public static final PyType TYPE_VAR = PyType.builtin("typing.TypeVar", null, 0, null, b -> {
        defineParam(b);
        b.getset("__bound__", (ts, o) -> ((TypeParam) o).bound.get(ts, PyNone.NONE), null);
        b.getset("__constraints__", (ts, o) -> ((TypeParam) o).constraints.get(ts, PyTuple.EMPTY), null);
    });
    public static final PyType PARAM_SPEC = PyType.builtin("typing.ParamSpec", null, 0, null, b -> {
        defineParam(b);
        b.getter("__bound__", o -> PyNone.NONE);
        b.getter("args", o -> new ParamSpecPart(TypeParams.PARAM_SPEC_ARGS, o));
        b.getter("kwargs", o -> new ParamSpecPart(TypeParams.PARAM_SPEC_KWARGS, o));
    });
    public static final PyType TYPE_VAR_TUPLE = PyType.builtin("typing.TypeVarTuple", null, 0, null, TypeParams::defineParam);

    private static final PyStr TYPING = PyStr.of("typing");

    private static void defineParam(TypeBuilder b) {
        b.attr("__module__", TYPING);
        b.readonlyMember("__name__", o -> PyStr.of(((TypeParam) o).name));
        b.readonlyMember("__covariant__", o -> PyBool.FALSE);
        b.readonlyMember("__contravariant__", o -> PyBool.FALSE);
        b.readonlyMember("__infer_variance__", o -> PyBool.of(((TypeParam) o).inferVariance));
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(((TypeParam) a[0]).repr()));
        b.method("__typing_subst__($self, arg, /)", (ts, a) -> a[1]);
    }

    /** {@code P.args} and {@code P.kwargs}. */
    static final class ParamSpecPart extends PyObject {
        final PyType type;
        final PyObject origin;

        ParamSpecPart(PyType type, PyObject origin) {
            this.type = type;
            this.origin = origin;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static final PyType PARAM_SPEC_ARGS = partType("ParamSpecArgs", ".args");
    static final PyType PARAM_SPEC_KWARGS = partType("ParamSpecKwargs", ".kwargs");

    private static PyType partType(String name, String suffix) {
        return PyType.builtin("typing." + name, null, 0, null, b -> {
            b.attr("__module__", TYPING);
                b.readonlyMember("__origin__", o -> ((ParamSpecPart) o).origin);
            b.method("__eq__($self, value, /)", (ts, a) -> a[1].type() != a[0].type()
                    ? org.krait.runtime.object.PyNotImplemented.NOT_IMPLEMENTED
                    : PyBool.of(org.krait.runtime.ops.Abstract.richCompareBool(ts, ((ParamSpecPart) a[0]).origin,
                            ((ParamSpecPart) a[1]).origin, org.krait.runtime.ops.Abstract.EQ)));
            b.method("__repr__($self, /)",
                    (ts, a) -> PyStr.of(((TypeParam) ((ParamSpecPart) a[0]).origin).name + suffix));
        });
    }

    /** {@code type X[...] = value}: TypeAliasType. */
    static final class TypeAlias extends PyObject {
        final String name;
        final PyObject typeParams;
        final Lazy value;
        final PyObject module;

        TypeAlias(String name, PyObject typeParams, Lazy value, PyObject module) {
            this.name = name;
            this.typeParams = typeParams;
            this.value = value;
            this.module = module;
        }

        @Override
        public PyType type() {
            return TYPE_ALIAS;
        }
    }

    public static final PyType TYPE_ALIAS = PyType.builtin("typing.TypeAliasType", null, 0, null, b -> {
        b.readonlyMember("__name__", o -> PyStr.of(((TypeAlias) o).name));
        b.getset("__value__", (ts, o) -> ((TypeAlias) o).value.get(ts, PyNone.NONE), null);
        b.getter("__type_params__", o -> ((TypeAlias) o).typeParams);
        b.getter("__parameters__", o -> ((TypeAlias) o).typeParams);
        b.readonlyMember("__module__", o -> ((TypeAlias) o).module);
        b.method("__repr__($self, /)", (ts, a) -> PyStr.of(((TypeAlias) a[0]).name));
        b.method("__getitem__($self, key, /)", (ts, a) -> {
            if (((PyTuple) ((TypeAlias) a[0]).typeParams).size() == 0) {
                throw Errors.typeError("Only generic type aliases are subscriptable");
            }
            return new GenericAlias(a[0], a[1]);
        });
        b.method("__or__($self, value, /)", (ts, a) -> org.krait.runtime.types.UnionType.or(ts, a[0], a[1]));
    });

    /** {@code typing.Generic}: the implicit base of a generic class (class C[T]: ...). */
    public static final PyType GENERIC = PyType.builtin("typing.Generic", null, PyType.BASETYPE,
            org.krait.runtime.object.PyInstance::new, b -> {
        b.attr("__module__", TYPING);
        b.classMethod("__class_getitem__($type, params, /)", (ts, a) -> new GenericAlias(a[0], a[1]));
        b.classMethod("__init_subclass__($type, /, **kwargs)", (ts, a) -> {
            PyType cls = (PyType) a[0];
            PyObject orig = cls.lookup("__orig_bases__");
            PyObject params = PyTuple.EMPTY;
            if (orig instanceof PyTuple) {
                for (PyObject base : ((PyTuple) orig).items) {
                    if (base instanceof GenericAlias && ((GenericAlias) base).origin() == TypeParams.GENERIC) {
                        params = ((GenericAlias) base).args();
                    }
                }
            }
            org.krait.runtime.ops.Attributes.setattr(ts, cls, "__parameters__", params);
            return PyNone.NONE;
        });
    });

    /** The module of the running code, which PEP 695 objects record as theirs. */
    private static PyObject callerModule(ThreadState ts) {
        org.krait.runtime.object.PyDict g = ts.frameGlobalsIfAny();
        PyObject m = g == null ? null : g.getStr("__name__");
        return m == null ? PyNone.NONE : m;
    }

    /** CALL_INTRINSIC_1 TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS (7–11). */
    public static PyObject intrinsic1(ThreadState ts, int which, PyObject v) {
        switch (which) {
            case 7:
                return new TypeParam(TYPE_VAR, name(v), new Lazy(null, null), new Lazy(null, null));
            case 8:
                return new TypeParam(PARAM_SPEC, name(v), new Lazy(null, null), new Lazy(null, null));
            case 9:
                return new TypeParam(TYPE_VAR_TUPLE, name(v), new Lazy(null, null), new Lazy(null, null));
            case 10:
                return new GenericAlias(GENERIC, v);
            case 11: {
                PyTuple t = (PyTuple) v;
                return new TypeAlias(name(t.get(0)), t.get(1) == PyNone.NONE ? PyTuple.EMPTY : t.get(1),
                        new Lazy(null, t.get(2)), callerModule(ts));
            }
            default:
                throw Errors.systemError("intrinsic " + which + " is not supported");
        }
    }

    /** CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS (2–4). */
    public static PyObject intrinsic2(ThreadState ts, int which, PyObject v2, PyObject v1) {
        switch (which) {
            case 2:
                return new TypeParam(TYPE_VAR, name(v2), new Lazy(null, v1), new Lazy(null, null));
            case 3:
                return new TypeParam(TYPE_VAR, name(v2), new Lazy(null, null), new Lazy(null, v1));
            case 4:
                ((PyFunction) v2).typeParams = v1;
                return v2;
            default:
                throw Errors.systemError("intrinsic " + which + " is not supported");
        }
    }

    private static String name(PyObject o) {
        return ((PyStr) o).value();
    }
}
