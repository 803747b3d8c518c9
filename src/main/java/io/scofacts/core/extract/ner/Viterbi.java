package io.scofacts.core.extract.ner;

/** The best label sequence for one sentence under a first-order model, with the BIO constraint. */
public final class Viterbi {

    private Viterbi() {
    }

    /** Labels of tokens {@code [from, to)}, written into {@code tags} at the same indices. */
    public static void decode(TokenFeatures features, int from, int to, Weights weights, int[] tags) {
        int length = to - from;
        if (length <= 0) {
            return;
        }
        int t = Tags.COUNT;
        float[] best = new float[length * t];
        int[] back = new int[length * t];
        long[] buffer = new long[TokenFeatures.MAX_FEATURES];
        float[] scores = new float[t];
        for (int i = 0; i < length; i++) {
            java.util.Arrays.fill(scores, 0f);
            int n = features.features(from + i, buffer);
            weights.addScores(buffer, n, scores);
            for (int tag = 0; tag < t; tag++) {
                float max = Float.NEGATIVE_INFINITY;
                int arg = -1;
                if (i == 0) {
                    if (Tags.allowed(-1, tag)) {
                        max = weights.transition(-1, tag);
                    }
                } else {
                    for (int previous = 0; previous < t; previous++) {
                        float before = best[(i - 1) * t + previous];
                        if (before == Float.NEGATIVE_INFINITY || !Tags.allowed(previous, tag)) {
                            continue;
                        }
                        float score = before + weights.transition(previous, tag);
                        if (score > max) {
                            max = score;
                            arg = previous;
                        }
                    }
                }
                best[i * t + tag] = max == Float.NEGATIVE_INFINITY ? max : max + scores[tag];
                back[i * t + tag] = arg;
            }
        }
        int tag = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < t; k++) {
            if (best[(length - 1) * t + k] > max) {
                max = best[(length - 1) * t + k];
                tag = k;
            }
        }
        for (int i = length - 1; i >= 0; i--) {
            tags[from + i] = tag;
            tag = back[i * t + tag];
        }
    }

    /** Labels for every sentence of the story. */
    public static int[] decodeAll(TokenFeatures features, Weights weights) {
        int[] tags = new int[features.size()];
        int from = 0;
        for (int i = 1; i <= features.size(); i++) {
            if (i == features.size() || features.sentenceOf(i) != features.sentenceOf(from)) {
                decode(features, from, i, weights, tags);
                from = i;
            }
        }
        return tags;
    }
}
