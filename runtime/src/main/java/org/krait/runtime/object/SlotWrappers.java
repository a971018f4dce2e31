package org.krait.runtime.object;

import java.util.Set;

/**
 * Which special methods of built-in types are slot wrappers ({@code wrapper_descriptor}) and how
 * their wrapper checks the argument count (Objects/typeobject.c slotdefs: check_num_args gives
 * "expected 1 argument, got 0"; the wrappers that use PyArg_UnpackTuple with an empty name
 * give " expected 2 arguments, got 1", with the leading space). Other dunders (__format__,
 * __sizeof__, __reduce__, ...) are ordinary method descriptors.
 */
final class SlotWrappers {
    /** Wrappers whose count check is check_num_args. */
    private static final Set<String> CHECKED = Set.of(
            "__repr__", "__str__", "__hash__", "__iter__", "__next__", "__len__", "__neg__", "__pos__", "__abs__",
            "__bool__", "__invert__", "__int__", "__float__", "__index__", "__await__", "__aiter__", "__anext__",
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__getitem__", "__contains__", "__delitem__",
            "__getattribute__", "__getattr__", "__delattr__", "__delete__",
            "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
            "__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
            "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__floordiv__", "__rfloordiv__", "__truediv__",
            "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__",
            "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__", "__ifloordiv__", "__itruediv__",
            "__imatmul__");
    /** Wrappers that unpack their arguments with PyArg_UnpackTuple(args, "", min, max). */
    private static final Set<String> UNPACKED = Set.of("__setitem__", "__setattr__", "__set__", "__pow__",
            "__rpow__", "__get__");
    /** The sequence-repeat slots, wrapped by wrap_indexargfunc (PyArg_UnpackTuple too). */
    private static final Set<String> REPEAT = Set.of("__mul__", "__rmul__", "__imul__");
    /** Slots that these types define again as METH_COEXIST methods, which win over the wrapper. */
    private static final Set<String> COEXIST = Set.of("list.__getitem__", "dict.__getitem__", "dict.__contains__",
            "set.__contains__", "frozenset.__contains__");
    /** Wrappers that pass their arguments through unchecked. */
    private static final Set<String> PASS_THROUGH = Set.of("__init__", "__call__");

    private SlotWrappers() {
    }

    static boolean isWrapper(String typeName, String name) {
        if (COEXIST.contains(typeName + "." + name)) {
            return false;
        }
        return CHECKED.contains(name) || UNPACKED.contains(name) || PASS_THROUGH.contains(name);
    }

    /**
     * The prefix of the wrapper's count error ("" or " "), or null when the count is not checked
     * by the wrapper. {@code sequence} is true for str, bytes, bytearray, list and tuple, whose
     * * operator is a repeat slot.
     */
    static String countPrefix(String typeName, String name, boolean sequence) {
        if (COEXIST.contains(typeName + "." + name)) {
            return null;
        }
        if (UNPACKED.contains(name) || sequence && REPEAT.contains(name)) {
            return " ";
        }
        return CHECKED.contains(name) ? "" : null;
    }
}
