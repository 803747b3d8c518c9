package io.scofacts.core.extract.country;

/**
 * One text the name matcher looks for: a country name ({@code code} set) or a word that is not
 * one ({@code code} null), with whether each end must fall on a word boundary (names written
 * in an alphabet: "Chad" is not in "Chadian", "Китай" not in "Китайский").
 */
record NameEntry(String text, String code, boolean boundedStart, boolean boundedEnd) {

    static NameEntry of(String text, String code) {
        return new NameEntry(text, code, HanChars.isWordChar(text.charAt(0)),
                HanChars.isWordChar(text.charAt(text.length() - 1)));
    }

    boolean isCountry() {
        return code != null;
    }
}
