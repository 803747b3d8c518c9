package io.scofacts.ner;

import io.scofacts.core.extract.ner.Tags;
import io.scofacts.core.extract.ner.TokenFeatures;
import io.scofacts.core.extract.ner.Viterbi;
import io.scofacts.core.extract.ner.Weights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the name tagger as an averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, and where the best labels differ from the gold ones, add
 * the gold labels' features and subtract the predicted ones'. The averaged weights (every
 * update weighted by how long it stood) are what is kept, which keeps a perceptron from
 * over-fitting the last sentences it saw.
 */
final class PerceptronTrainer implements Weights {

    /** One sentence: tokens {@code [from, to)} of a story's features, with the gold labels. */
    record Sentence(TokenFeatures features, int from, int to, int[] gold) {
    }

    /** Per feature: current weights [0, T), accumulated update × time [T, 2T). */
    private final Map<Long, float[]> features = new HashMap<>();
    private final float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
    private final float[] transitionTotals = new float[transitions.length];
    private long time = 1;

    @Override
    public void addScores(long[] keys, int count, float[] scores) {
        for (int f = 0; f < count; f++) {
            float[] w = features.get(keys[f]);
            if (w != null) {
                for (int t = 0; t < Tags.COUNT; t++) {
                    scores[t] += w[t];
                }
            }
        }
    }

    @Override
    public float transition(int previous, int tag) {
        return transitions[(previous + 1) * Tags.COUNT + tag];
    }

    void train(List<Sentence> sentences, int epochs, long seed) {
        List<Sentence> order = new ArrayList<>(sentences);
        Random random = new Random(seed);
        long[] buffer = new long[64];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Sentence s : order) {
                int[] predicted = new int[s.features().size()];
                Viterbi.decode(s.features(), s.from(), s.to(), this, predicted);
                for (int i = s.from(); i < s.to(); i++) {
                    int gold = s.gold()[i];
                    int guess = predicted[i];
                    int goldBefore = i == s.from() ? -1 : s.gold()[i - 1];
                    int guessBefore = i == s.from() ? -1 : predicted[i - 1];
                    if (gold != guess) {
                        int n = featuresOf(s.features(), i, buffer);
                        for (int f = 0; f < n; f++) {
                            update(buffer[f], gold, 1f);
                            update(buffer[f], guess, -1f);
                        }
                    }
                    if (gold != guess || goldBefore != guessBefore) {
                        updateTransition(goldBefore, gold, 1f);
                        updateTransition(guessBefore, guess, -1f);
                    }
                }
                time++;
            }
        }
    }

    private static int featuresOf(TokenFeatures features, int i, long[] buffer) {
        return features.features(i, buffer);
    }

    private void update(long key, int tag, float delta) {
        float[] w = features.computeIfAbsent(key, k -> new float[2 * Tags.COUNT]);
        w[tag] += delta;
        w[Tags.COUNT + tag] += time * delta;
    }

    private void updateTransition(int previous, int tag, float delta) {
        int at = (previous + 1) * Tags.COUNT + tag;
        transitions[at] += delta;
        transitionTotals[at] += time * delta;
    }

    /** The averaged feature weights, features whose weights all lie within {@code prune} of 0 left out. */
    Map<Long, float[]> averagedFeatures(float prune) {
        Map<Long, float[]> averaged = new LinkedHashMap<>();
        features.forEach((key, w) -> {
            float[] avg = new float[Tags.COUNT];
            boolean kept = false;
            for (int t = 0; t < Tags.COUNT; t++) {
                avg[t] = w[t] - w[Tags.COUNT + t] / time;
                kept |= Math.abs(avg[t]) > prune;
            }
            if (kept) {
                averaged.put(key, avg);
            }
        });
        return averaged;
    }

    float[] averagedTransitions() {
        float[] avg = new float[transitions.length];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = transitions[i] - transitionTotals[i] / time;
        }
        return avg;
    }
}
