package io.scofacts.core.extract.project;

/** Sentence and clause limits around a position, looked for within a bounded distance. */
final class Clauses {

    static final int REACH = 200;
    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final String CLAUSE_ENDS = "。！？!?；;\n，,：:";

    private Clauses() {
    }

    static boolean isSentenceEnd(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    static boolean isClauseEnd(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /** Start of the sentence holding {@code position}; an English full stop counts when a space follows. */
    static int sentenceStart(String text, int position) {
        int limit = Math.max(0, position - REACH);
        for (int i = position - 1; i >= limit; i--) {
            if (isSentenceEnd(text.charAt(i)) || isFullStop(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    static int sentenceEnd(String text, int position) {
        int limit = Math.min(text.length(), position + REACH);
        for (int i = position; i < limit; i++) {
            if (isSentenceEnd(text.charAt(i)) || isFullStop(text, i)) {
                return i;
            }
        }
        return limit;
    }

    static int clauseStart(String text, int position) {
        return clauseStart(text, position, REACH);
    }

    /** As {@link #clauseStart(String, int)}, looking back no further than {@code reach}. */
    static int clauseStart(String text, int position, int reach) {
        int limit = Math.max(0, position - reach);
        for (int i = position - 1; i >= limit; i--) {
            if (isClauseEnd(text.charAt(i)) || isFullStop(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    static int clauseEnd(String text, int position) {
        int limit = Math.min(text.length(), position + REACH);
        for (int i = position; i < limit; i++) {
            if (isClauseEnd(text.charAt(i)) || isFullStop(text, i)) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isFullStop(String text, int i) {
        return text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' '
                && i > 0 && Character.isLowerCase(text.charAt(i - 1));
    }
}
