package io.scofacts.core.extract.ner;

/** What the decoder needs from a model: per-label feature scores and label transitions. */
public interface Weights {

    /** Adds the weights of the {@code count} features to {@code scores} (one slot per label). */
    void addScores(long[] features, int count, float[] scores);

    /** The score of label {@code tag} after label {@code previous} ({@code -1}: sentence start). */
    float transition(int previous, int tag);
}
