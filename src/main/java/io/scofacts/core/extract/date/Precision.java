package io.scofacts.core.extract.date;

/** How much of a calendar date the text states; {@link #word()} is the FactSheet's spelling. */
enum Precision {
    DAY("day"), MONTH("month"), YEAR("year");

    private final String word;

    Precision(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }
}
