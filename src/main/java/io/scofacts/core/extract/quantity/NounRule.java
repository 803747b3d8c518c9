package io.scofacts.core.extract.quantity;

/**
 * A row of {@code lexicon/quantity-nouns.tsv}: a noun that decides the unit of a figure
 * ({@code unit} null when the figure is no quantity at all), for one measure word only when
 * {@code measureWord} is set.
 */
record NounRule(String noun, String unit, String measureWord) {

    boolean rejects() {
        return unit == null;
    }
}
