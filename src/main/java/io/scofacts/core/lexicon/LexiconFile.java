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
        String text = text(resource);
        List<String[]> rows = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = lineEnd(text, start);
            int first = skipWhitespace(text, start, end);
            if (first < end && text.charAt(first) != '#') {
                rows.add(fields(text, start, end));
            }
            start = nextLine(text, end);
        }
        return rows;
    }

    /**
     * The tab-separated fields of the line {@code text[from, to)}, each stripped of surrounding
     * whitespace: what {@code line.split("\t", -1)} and {@code strip()} give, without a regular
     * expression or a copy per step, as the gazetteers run to thousands of lines read once per
     * process, cold.
     */
    private static String[] fields(String text, int from, int to) {
        int count = 1;
        for (int i = text.indexOf('\t', from); i >= 0 && i < to; i = text.indexOf('\t', i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int at = from;
        for (int f = 0; f < count; f++) {
            int tab = text.indexOf('\t', at);
            int fieldEnd = tab < 0 || tab > to ? to : tab;
            int start = skipWhitespace(text, at, fieldEnd);
            int end = fieldEnd;
            while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            fields[f] = text.substring(start, end);
            at = fieldEnd + 1;
        }
        return fields;
    }

    /** Where the line starting at {@code start} ends: before its line feed and a carriage return before that. */
    private static int lineEnd(String text, int start) {
        int feed = text.indexOf('\n', start);
        int end = feed < 0 ? text.length() : feed;
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int nextLine(String text, int lineEnd) {
        int feed = text.indexOf('\n', lineEnd);
        return feed < 0 ? text.length() : feed + 1;
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
        String text = text(resource);
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = lineEnd(text, start);
            lines.add(text.substring(start, end));
            start = nextLine(text, end);
        }
        return lines;
    }

    private static String text(String resource) {
        String text = LexiconBundle.text(resource);
        return text != null ? text : readText(resource);
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
