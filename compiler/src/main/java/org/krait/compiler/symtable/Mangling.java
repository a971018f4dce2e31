package org.krait.compiler.symtable;

/** Private name mangling inside classes (CPython's {@code _Py_Mangle}). */
public final class Mangling {
    private Mangling() {
    }

    /**
     * {@code __spam} inside class {@code _Ham} becomes {@code _Ham__spam}. Dunder names, dotted
     * names and names in classes called only underscores are left alone.
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
