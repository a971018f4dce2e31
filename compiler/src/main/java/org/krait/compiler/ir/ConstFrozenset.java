package org.krait.compiler.ir;

import java.util.HashSet;
import java.util.List;

/**
 * A frozenset constant, made by the optimizer from {@code x in {a, b}} and {@code for x in {a, b}}.
 * {@code items} keeps the source order of the distinct elements (duplicates by Python {@code ==}
 * removed, the first kept: {@code {1, 1.0, True}} is {@code frozenset({1})}); the
 * runtime builds a real frozenset, whose iteration order is its own. Equality ignores order, as
 * for CPython's constant keys.
 */
public record ConstFrozenset(List<Object> items) {
    public ConstFrozenset {
        List<Object> distinct = new java.util.ArrayList<>();
        for (Object item : items) {
            if (distinct.stream().noneMatch(d -> ConstValues.pyEquals(d, item))) {
                distinct.add(item);
            }
        }
        items = List.copyOf(distinct);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstFrozenset f && new HashSet<>(items).equals(new HashSet<>(f.items));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(items).hashCode();
    }
}
