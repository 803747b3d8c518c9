package io.scofacts.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon data file from the classpath: UTF-8, one entry a line, fields separated by
 * tabs, blank lines and lines starting with {@code #} ignored. Every file says where its
 * entries came from in a {@code # source:} line.
 */
public final class LexiconFile {

    private LexiconFile() {
    }

    /** The entries of {@code resource} (a path under the classpath root, e.g. "lexicon/units.tsv"). */
    public static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        }
        return rows;
    }

    /** Every line of {@code resource}, comments included. */
    public static List<String> lines(String resource) {
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
