package org.krait.compiler.ast;

/**
 * The constant values that are neither numbers, strings nor bytes: {@code None} and
 * {@code Ellipsis} ({@code True}/{@code False} are {@link Boolean}).
 */
public enum PySingleton {
    None, Ellipsis
}
