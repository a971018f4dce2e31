/**
 * CPython 3.12.1's number semantics and number formatting as pure functions over {@code long},
 * {@code BigInteger}, {@code double} and {@code String}, for the object model to call (ADR 0003).
 *
 * <ul>
 *   <li>{@link org.krait.runtime.numeric.FloatRepr}: repr(float), repr(complex),
 *       PyOS_double_to_string.
 *   <li>{@link org.krait.runtime.numeric.FormatSpec}: the format-spec mini-language and the
 *       __format__ of int, bool, float, complex and str.
 *   <li>{@link org.krait.runtime.numeric.PercentFormat}: the numeric and text conversions of
 *       {@code str % args}.
 *   <li>{@link org.krait.runtime.numeric.IntMath}, {@link org.krait.runtime.numeric.IntText}:
 *       int arithmetic, int(str, base), hex/oct/bin/str with the int_max_str_digits limit.
 *   <li>{@link org.krait.runtime.numeric.FloatMath}, {@link org.krait.runtime.numeric.FloatText}:
 *       float arithmetic, round, pow, float(str), float.hex/fromhex.
 *   <li>{@link org.krait.runtime.numeric.NumericHash}: hash() of int, float, complex, tuple.
 * </ul>
 *
 * Errors are {@link org.krait.runtime.numeric.NumericError} (a Python exception class and
 * CPython's message); MemoryError cases are {@link OutOfMemoryError}.
 */
package org.krait.runtime.numeric;
