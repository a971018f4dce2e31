package org.krait.compiler.symtable;

/**
 * Per-symbol flag bits and final scopes, with CPython 3.12's values (pycore_symtable.h), so a
 * symbol's packed value reads the same as {@code _symtable}'s: {@code flags | scope << SCOPE_OFFSET}.
 */
public final class Symbols {
    private Symbols() {
    }

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    /** Defined by CPython but no longer set by 3.12's symtable.c. */
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_TYPE_PARAM = 1024;
    public static final int DEF_COMP_CELL = 2048;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = 15;
    /** Final scopes (no scope is 0, which only unanalyzed blocks have). */
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    private static final String[] FLAG_NAMES = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
        "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL"};
    private static final String[] SCOPE_NAMES = {"-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"};

    /** The flag bits of a packed symbol value. */
    public static int flagsOf(int packed) {
        return packed & ((1 << SCOPE_OFFSET) - 1);
    }

    /** The scope of a packed symbol value, like {@code _PyST_GetScope}. */
    public static int scopeOf(int packed) {
        return (packed >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** E.g. {@code DEF_LOCAL|USE}, or {@code 0}. */
    public static String flagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /** E.g. {@code CELL}; {@code -} for no scope. */
    public static String scopeName(int scope) {
        return SCOPE_NAMES[scope];
    }
}
