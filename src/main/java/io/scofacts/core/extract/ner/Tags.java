package io.scofacts.core.extract.ner;

import io.scofacts.core.extract.NameCandidate;

/**
 * The tagger's labels: outside, and begin/inside for each kind of name (BIO). An inside label
 * may only follow the begin or inside label of its own kind.
 */
public final class Tags {

    public static final int COUNT = 7;
    public static final int OUTSIDE = 0;
    private static final NameCandidate.Kind[] KINDS = NameCandidate.Kind.values();

    private Tags() {
    }

    public static int begin(NameCandidate.Kind kind) {
        return 1 + 2 * kind.ordinal();
    }

    public static int inside(NameCandidate.Kind kind) {
        return 2 + 2 * kind.ordinal();
    }

    public static boolean isBegin(int tag) {
        return tag != OUTSIDE && tag % 2 == 1;
    }

    public static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    public static NameCandidate.Kind kind(int tag) {
        return KINDS[(tag - 1) / 2];
    }

    /** Whether {@code tag} may follow {@code previous} ({@code -1}: the sentence start). */
    public static boolean allowed(int previous, int tag) {
        if (!isInside(tag)) {
            return true;
        }
        return previous > 0 && kind(previous) == kind(tag);
    }
}
