package io.scofacts.core.lexicon;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Every line of {@code resource}, comments included. Read whole and cut at line feeds (a
     * carriage return before one is dropped), not through a line reader: these files are read
     * cold, once per process, and a few bulk operations cost far less there than a call per char.
     */
    public static List<String> lines(String resource) {
        String text = LexiconBundle.text(resource);
        if (text == null) {
            text = readText(resource);
        }
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int feed = text.indexOf('\n', start);
            int end = feed < 0 ? text.length() : feed;
            lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        return lines;
    }

    private static String readText(String resource) {
        try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
