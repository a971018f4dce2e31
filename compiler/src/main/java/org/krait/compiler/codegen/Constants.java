package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ast.ComplexValue;
import org.krait.compiler.ir.CodeUnit;
import org.krait.compiler.ir.ConstTuple;

/**
 * A code unit's {@code co_consts} under construction: each distinct constant once, in order of
 * first use. Java equality of the constant types matches CPython's {@code _PyCode_ConstantKey}
 * (1, 1.0 and True stay apart, so do 0.0 and -0.0). Two exceptions follow CPython's key
 * comparison: a NaN equals only itself (so each folded NaN is its own constant), and code
 * objects are equal when {@link CodeUnit#sameCode} (code compiled twice from one node, such as a
 * lambda in a while test or a finally body, is one constant).
 */
public final class Constants {
    private final List<Object> list = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private final Map<Object, Integer> byIdentity = new IdentityHashMap<>();

    /** The index of {@code value}, appending it if new ({@code compiler_add_const}). */
    public int add(Object value) {
        Map<Object, Integer> map = containsNaN(value) ? byIdentity : index;
        Integer i = map.get(value);
        if (i == null && value instanceof CodeUnit code) {
            i = sameCodeIndex(code);
        }
        if (i == null) {
            i = list.size();
            list.add(value);
            map.put(value, i);
        }
        return i;
    }

    private Integer sameCodeIndex(CodeUnit code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof CodeUnit other && other.sameCode(code)) {
                return i;
            }
        }
        return null;
    }

    private static boolean containsNaN(Object v) {
        if (v instanceof Double d) {
            return d.isNaN();
        } else if (v instanceof ComplexValue c) {
            return Double.isNaN(c.real()) || Double.isNaN(c.imag());
        } else if (v instanceof ConstTuple t) {
            return t.items().stream().anyMatch(Constants::containsNaN);
        }
        return false;
    }

    public List<Object> list() {
        return list;
    }
}
