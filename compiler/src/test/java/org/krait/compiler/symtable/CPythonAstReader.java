package org.krait.compiler.symtable;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.BoolOpKind;
import org.krait.compiler.ast.CmpOp;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Operator;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeParam;
import org.krait.compiler.ast.UnaryOpKind;
import org.krait.compiler.ast.Withitem;

/**
 * Rebuilds our AST records from CPython's AST as tools/gen-symtable-expectations.py writes it
 * (symtable/snippets.ast.txt), so the symbol table can be tested apart from our parser. Record
 * components are CPython's fields then attributes, so the reader fills constructors in order.
 * Constant values other than str are not kept (the symbol table only asks "is it a str?").
 */
final class CPythonAstReader {
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();
    private static final Class<?>[] ENUMS = {ExprContext.class, Operator.class, CmpOp.class, UnaryOpKind.class,
        BoolOpKind.class};

    static {
        for (Class<?> outer : new Class<?>[] {Stmt.class, Expr.class, Pattern.class, TypeParam.class, Mod.class}) {
            for (Class<?> c : outer.getDeclaredClasses()) {
                CLASSES.put(c.getSimpleName(), c);
            }
        }
        CLASSES.put("Expr", Stmt.ExprStmt.class);
        CLASSES.put("arguments", Arguments.class);
        CLASSES.put("arg", Arg.class);
        CLASSES.put("keyword", Keyword.class);
        CLASSES.put("alias", Alias.class);
        CLASSES.put("withitem", Withitem.class);
        CLASSES.put("match_case", MatchCase.class);
        CLASSES.put("comprehension", Comprehension.class);
        CLASSES.put("ExceptHandler", ExceptHandler.class);
    }

    private final String[] lines;
    private int pos;

    private CPythonAstReader(String text) {
        this.lines = text.split("\n");
    }

    static Mod.Module read(String text) {
        CPythonAstReader r = new CPythonAstReader(text);
        Object m = r.value(Object.class);
        if (r.pos != r.lines.length) {
            throw new IllegalStateException("trailing lines after the module");
        }
        return (Mod.Module) m;
    }

    private Object value(Class<?> type) {
        String line = lines[pos++];
        switch (line.charAt(0)) {
            case 'Z':
                return type == int.class ? 0 : null;
            case 'X':
                return type == String.class ? null : (Object) 0;
            case 'I':
                return Integer.valueOf(line.substring(2));
            case 'S':
                return unquote(line.substring(2));
            case 'L': {
                int n = Integer.parseInt(line.substring(2));
                List<Object> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(value(Object.class));
                }
                return out;
            }
            case 'E':
                return enumConstant(line.substring(2));
            case 'N':
                return node(line.split(" "));
            default:
                throw new IllegalStateException("bad line " + line);
        }
    }

    private Object node(String[] parts) {
        Class<?> c = CLASSES.get(parts[1]);
        if (c == null) {
            throw new IllegalStateException("unknown node " + parts[1]);
        }
        RecordComponent[] components = c.getRecordComponents();
        if (components.length != Integer.parseInt(parts[2])) {
            throw new IllegalStateException(parts[1] + ": field count differs");
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(types[i]);
        }
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(parts[1], e);
        }
    }

    private static Object enumConstant(String name) {
        for (Class<?> e : ENUMS) {
            for (Object constant : e.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new IllegalStateException("unknown enum " + name);
    }

    /** A JSON string literal (as Python's json.dumps writes it). */
    private static String unquote(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(d);
            }
        }
        return b.toString();
    }
}
