package io.scofacts.core.extract.event;

/**
 * The marks that end a clause inside a sentence ("、", "，", "；", ",", ";"): a date or place of
 * another clause belongs to what that clause reports, so an event takes one from its own clause
 * before any other.
 */
final class ClauseMarks {

    private static final String MARKS = "、，；,;";

    private ClauseMarks() {
    }

    /** Whether no clause mark stands in {@code text[from, to)}. */
    static boolean noneBetween(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
