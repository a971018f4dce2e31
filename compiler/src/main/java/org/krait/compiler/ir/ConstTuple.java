package org.krait.compiler.ir;

import java.util.List;

/**
 * A tuple constant (folded tuple displays, default-argument tuples, KW_NAMES names). Items are
 * constants themselves; equality is element-wise with Java equality, which keeps apart what
 * CPython's {@code _PyCode_ConstantKey} keeps apart (1, 1.0, True; 0.0 and -0.0).
 */
public record ConstTuple(List<Object> items) {
    public ConstTuple {
        items = List.copyOf(items);
    }

    public static final ConstTuple EMPTY = new ConstTuple(List.of());

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }
}
