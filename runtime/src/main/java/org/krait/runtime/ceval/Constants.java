package org.krait.runtime.ceval;

import java.math.BigInteger;

import org.krait.compiler.unicode.WideStr;
import org.krait.runtime.object.CompiledModule;
import org.krait.runtime.object.PyBytes;
import org.krait.runtime.object.PyCode;
import org.krait.runtime.object.PyComplex;
import org.krait.runtime.object.PyFloat;
import org.krait.runtime.object.PyInt;
import org.krait.runtime.object.PyObject;
import org.krait.runtime.object.PySet;
import org.krait.runtime.object.PyStr;
import org.krait.runtime.object.PyTuple;

/** Factories the class initialisers of generated modules call to create their (immortal) constants. */
public final class Constants {
    private static final String[] NO_NAMES = new String[0];

    private Constants() {
    }

    /**
     * Bootstrap of the dynamic constant ({@code ldc} condy) that a CALL with KW_NAMES loads: its
     * keyword names, made once per call site and shared, never written (vectorcall callees only
     * read {@code kwnames}).
     */
    public static String[] kwnames(java.lang.invoke.MethodHandles.Lookup lookup, String name, Class<?> type,
            String... names) {
        return names;
    }

    public static PyObject integer(long v) {
        return PyInt.of(v);
    }

    public static PyObject bigInteger(String hex) {
        return PyInt.of(new BigInteger(hex, 16));
    }

    public static PyObject floating(double v) {
        return new PyFloat(v);
    }

    public static PyObject complex(double re, double im) {
        return new PyComplex(re, im);
    }

    public static PyObject str(String s) {
        return PyStr.of(s);
    }

    /** A str a Java String cannot hold (ADR 0008): its code points as WideStr.toCharPairs wrote them. */
    public static PyObject wideStr(String charPairs) {
        return PyStr.ofValue(WideStr.fromCharPairs(charPairs));
    }

    /** bytes from a string of chars 0-255. */
    public static PyObject bytes(String latin1) {
        byte[] b = new byte[latin1.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) latin1.charAt(i);
        }
        return PyBytes.of(b);
    }

    public static PyObject tuple(PyObject[] items) {
        return PyTuple.of(items);
    }

    /**
     * A frozenset constant. CPython's compiler builds it from the items in source order, then its
     * constant cache (compile.c merge_consts_recursive) builds it again from the first one's
     * iteration order; the second table is the one programs see, so do the same.
     */
    public static PyObject frozenset(PyObject[] items) {
        PySet first = new PySet(true);
        for (PyObject o : items) {
            first.add(null, o);
        }
        if (first.size() == 0) {
            return first;
        }
        PySet s = new PySet(true);
        for (PyObject o : first.toArray()) {
            s.add(null, o);
        }
        return s;
    }

    /** Decodes a constant encoded by the emitter's ConstantTable.encode (huge tuples). */
    public static PyObject decode(String s) {
        int[] pos = {0};
        return decode(s, pos);
    }

    private static PyObject decode(String s, int[] pos) {
        char tag = s.charAt(pos[0]++);
        switch (tag) {
            case 'N':
                return org.krait.runtime.object.PyNone.NONE;
            case 'E':
                return org.krait.runtime.object.PyEllipsis.ELLIPSIS;
            case 'T':
                return org.krait.runtime.object.PyBool.TRUE;
            case 'F':
                return org.krait.runtime.object.PyBool.FALSE;
            case 'i':
                return PyInt.of(new BigInteger(until(s, pos, ';'), 36));
            case 'f':
                return new PyFloat(Double.longBitsToDouble(Long.parseUnsignedLong(until(s, pos, ';'), 16)));
            case 'c': {
                double re = Double.longBitsToDouble(Long.parseUnsignedLong(until(s, pos, ';'), 16));
                double im = Double.longBitsToDouble(Long.parseUnsignedLong(until(s, pos, ';'), 16));
                return new PyComplex(re, im);
            }
            case 's': {
                int n = Integer.parseInt(until(s, pos, ':'));
                String v = s.substring(pos[0], pos[0] + n);
                pos[0] += n;
                return PyStr.of(v);
            }
            case 'w': {
                int n = Integer.parseInt(until(s, pos, ':'));
                String v = s.substring(pos[0], pos[0] + n);
                pos[0] += n;
                return wideStr(v);
            }
            case 'b': {
                int n = Integer.parseInt(until(s, pos, ':'));
                String v = s.substring(pos[0], pos[0] + n);
                pos[0] += n;
                return bytes(v);
            }
            default: {
                int n = Integer.parseInt(until(s, pos, ':'));
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    items[i] = decode(s, pos);
                }
                return PyTuple.of(items);
            }
        }
    }

    private static String until(String s, int[] pos, char end) {
        int e = s.indexOf(end, pos[0]);
        String r = s.substring(pos[0], e);
        pos[0] = e + 1;
        return r;
    }

    public static PyCode code(CompiledModule module, int index, String name, String qualname, String filename,
            int firstlineno, int argcount, int posonly, int kwonly, int flags, String varnames, String cellvars,
            String freevars, String positions, String docstring) {
        PyCode c = new PyCode(module, index, name, qualname, filename, firstlineno, argcount, posonly, kwonly, flags,
                split(varnames), split(cellvars), split(freevars), PyCode.unpackPositions(positions));
        c.docstring = docstring;
        return c;
    }

    private static String[] split(String names) {
        return names.isEmpty() ? NO_NAMES : names.split("\0", -1);
    }
}
