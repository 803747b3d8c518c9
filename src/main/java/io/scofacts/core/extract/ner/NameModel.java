package io.scofacts.core.extract.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger model: one weight per (hashed feature, label) in an open-addressing table,
 * and the label transitions. Read-only once loaded, so one instance serves every thread.
 *
 * <p>File format (gzip): magic, version, label count, transitions ((labels + 1) × labels
 * floats, the first row from the sentence start), feature count, then per feature its 64-bit
 * key and one float per label.
 */
public final class NameModel implements Weights {

    private static final int MAGIC = 0x5343_4e52; // "SCNR"
    private static final int VERSION = 1;

    private final long[] keys;
    private final float[] weights;
    private final float[] transitions;
    private final int mask;

    private NameModel(long[] keys, float[] weights, float[] transitions) {
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.mask = keys.length - 1;
    }

    @Override
    public void addScores(long[] features, int count, float[] scores) {
        for (int f = 0; f < count; f++) {
            long key = nonZero(features[f]);
            int slot = (int) key & mask;
            while (true) {
                long found = keys[slot];
                if (found == key) {
                    int base = slot * Tags.COUNT;
                    for (int t = 0; t < Tags.COUNT; t++) {
                        scores[t] += weights[base + t];
                    }
                    break;
                }
                if (found == 0) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    @Override
    public float transition(int previous, int tag) {
        return transitions[(previous + 1) * Tags.COUNT + tag];
    }

    public int featureCount() {
        int n = 0;
        for (long key : keys) {
            n += key != 0 ? 1 : 0;
        }
        return n;
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key;
    }

    /**
     * Reads a model written by {@link #write}. Inflated whole and read from a buffer, not through a
     * data stream: the model is read cold on a process's first Russian article, where four
     * synchronised byte reads per float cost several times what the buffer's reads do.
     */
    public static NameModel read(InputStream in) throws IOException {
        ByteBuffer data;
        try (GZIPInputStream inflated = new GZIPInputStream(in, 1 << 16)) {
            data = ByteBuffer.wrap(inflated.readAllBytes()); // big-endian, as DataOutputStream wrote it
        }
        if (data.getInt() != MAGIC || data.getInt() != VERSION || data.getInt() != Tags.COUNT) {
            throw new IOException("not a name tagger model of this version");
        }
        float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.getFloat();
        }
        int count = data.getInt();
        int capacity = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        long[] keys = new long[capacity];
        float[] weights = new float[capacity * Tags.COUNT];
        int mask = capacity - 1;
        for (int f = 0; f < count; f++) {
            long key = nonZero(data.getLong());
            int slot = (int) key & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            for (int t = 0; t < Tags.COUNT; t++) {
                weights[slot * Tags.COUNT + t] = data.getFloat();
            }
        }
        return new NameModel(keys, weights, transitions);
    }

    /** Writes feature weights (key to one weight per label) and transitions in the format {@link #read} reads. */
    public static void write(OutputStream out, Map<Long, float[]> features, float[] transitions) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(Tags.COUNT);
            for (float transition : transitions) {
                data.writeFloat(transition);
            }
            data.writeInt(features.size());
            for (Map.Entry<Long, float[]> feature : features.entrySet()) {
                data.writeLong(feature.getKey());
                for (int t = 0; t < Tags.COUNT; t++) {
                    data.writeFloat(feature.getValue()[t]);
                }
            }
        }
    }
}
