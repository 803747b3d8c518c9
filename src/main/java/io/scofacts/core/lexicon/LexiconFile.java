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
        List<String> lines = lines(resource);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            int first = skipWhitespace(line, 0, line.length());
            if (first < line.length() && line.charAt(first) != '#') {
                rows.add(fields(line));
            }
        }
        return rows;
    }

    /**
     * The tab-separated fields of a line, each stripped of surrounding whitespace: what
     * {@code line.split("\t", -1)} and {@code strip()} give, without a regular expression or a
     * copy per step, as the gazetteers run to thousands of lines read once per process, cold.
     */
    private static String[] fields(String line) {
        int count = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int from = 0;
        for (int f = 0; f < count; f++) {
            int tab = line.indexOf('\t', from);
            int to = tab < 0 ? line.length() : tab;
            int start = skipWhitespace(line, from, to);
            int end = to;
            while (end > start && Character.isWhitespace(line.codePointBefore(end))) {
                end -= Character.charCount(line.codePointBefore(end));
            }
            fields[f] = line.substring(start, end);
            from = to + 1;
        }
        return fields;
    }

    private static int skipWhitespace(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
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
