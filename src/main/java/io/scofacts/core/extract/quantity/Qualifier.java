package io.scofacts.core.extract.quantity;

/** An approximation word of {@code lexicon/quantity-qualifiers.tsv} and where it stands. */
record Qualifier(String surface, String approx, Position position) {

    enum Position {
        /** Ahead of the number: 约, more than, более. */
        BEFORE,
        /** Right after the digits, ahead of magnitude and measure word: 1500余名, 300多万, 1,500+. */
        AFTER,
        /** After the measure word: 70%以上, 20 or more. */
        TAIL
    }
}
