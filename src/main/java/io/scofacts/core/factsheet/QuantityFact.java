package io.scofacts.core.factsheet;

/**
 * A measured figure. {@code value} is a {@link Long} when integral, else a {@link Double},
 * so that JSON carries {@code 1350000000} rather than {@code 1.35E9}.
 */
public record QuantityFact(Number value, String unit, String approx, String subject, String text, Span mention) {

    /** The number in the form the contract serialises. */
    public static Number normalize(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return (long) value;
        }
        return value;
    }
}
