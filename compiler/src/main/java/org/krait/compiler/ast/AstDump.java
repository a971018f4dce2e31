package org.krait.compiler.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.krait.compiler.unicode.StringRepr;

/**
 * Prints a tree as {@code ast.dump(node, include_attributes=True)} does in CPython 3.12: fields in
 * {@code _fields} order then positions, absent optional fields (null) left out, enums as
 * {@code Load()}, constants by {@link ConstantRepr}.
 */
public final class AstDump {
    /** Java names that differ from Python's node class names. */
    private static final Map<String, String> PY_NAMES = Map.of("ExprStmt", "Expr", "Arg", "arg", "Arguments",
            "arguments", "Keyword", "keyword", "Alias", "alias", "Withitem", "withitem", "MatchCase", "match_case",
            "Comprehension", "comprehension");

    private record Shape(String name, String[] fields, Method[] accessors) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            String[] fields = new String[rc.length];
            Method[] accessors = new Method[rc.length];
            for (int i = 0; i < rc.length; i++) {
                fields[i] = snakeCase(rc[i].getName());
                accessors[i] = rc[i].getAccessor();
            }
            String simple = type.getSimpleName();
            return new Shape(PY_NAMES.getOrDefault(simple, simple), fields, accessors);
        }
    };

    private AstDump() {
    }

    /** Dumps {@code node}; deep trees need a deep stack (run it where the parser runs). */
    public static String dump(Node node) {
        StringBuilder sb = new StringBuilder();
        append(sb, node);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v instanceof Enum<?> e && v instanceof Node) {
            sb.append(e.name()).append("()");
        } else if (v instanceof Node n) {
            appendNode(sb, n);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Object x = list.get(i);
                if (x == null) {
                    sb.append("None");
                } else {
                    append(sb, x);
                }
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append(StringRepr.str(s));
        } else if (v instanceof Integer i) {
            sb.append(i);
        } else {
            sb.append(ConstantRepr.repr(v));
        }
    }

    private static void appendNode(StringBuilder sb, Node n) {
        Shape shape = SHAPES.get(n.getClass());
        sb.append(shape.name()).append('(');
        boolean first = true;
        for (int i = 0; i < shape.fields().length; i++) {
            Object value;
            try {
                value = shape.accessors()[i].invoke(n);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(shape.fields()[i]).append('=');
            if (n instanceof Expr.Constant && shape.fields()[i].equals("value")) {
                sb.append(ConstantRepr.repr(value));
            } else {
                append(sb, value);
            }
        }
        sb.append(')');
    }

    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
