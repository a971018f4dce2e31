package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code unit's {@code co_consts} under construction: each distinct constant once, in order of
 * first use. Java equality of the constant types matches CPython's {@code _PyCode_ConstantKey}
 * (1, 1.0 and True stay apart, so do 0.0 and -0.0); code objects are compared by identity.
 */
public final class Constants {
    private final List<Object> list = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    /** The index of {@code value}, appending it if new ({@code compiler_add_const}). */
    public int add(Object value) {
        Integer i = index.get(value);
        if (i == null) {
            i = list.size();
            list.add(value);
            index.put(value, i);
        }
        return i;
    }

    public List<Object> list() {
        return list;
    }
}
