package org.krait.compiler.ast;

/** An imaginary or complex constant value ({@code 2j}). */
public record ComplexValue(double real, double imag) {
}
