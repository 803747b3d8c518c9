package io.scofacts.core.extract.quote;

import java.util.Locale;

/**
 * A token of a language written with spaces: a word (letters and digits, with inner hyphens
 * and apostrophes, an initial's or a title's dot), a punctuation mark, or a break (sentence
 * end, line end, quotation mark) that attribution never crosses.
 */
record WordToken(int start, int end, Type type, String text) {

    enum Type { WORD, PUNCTUATION, BREAK }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean is(String punctuation) {
        return type == Type.PUNCTUATION && text.equals(punctuation);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Written all in capitals, two letters or more: "SCO", "ШОС". */
    boolean isAcronym() {
        return isWord() && text.length() >= 2 && text.codePoints().allMatch(Character::isUpperCase);
    }

    /** Starts with a capital letter and is not written all in capitals (an acronym: "SCO", "ШОС"). */
    boolean isCapitalised() {
        if (!isWord() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        return text.codePoints().anyMatch(Character::isLowerCase) || text.length() == 1
                || text.length() == 2 && text.charAt(1) == '.';
    }
}
