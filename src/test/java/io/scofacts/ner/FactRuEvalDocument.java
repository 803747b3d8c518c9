package io.scofacts.ner;

import io.scofacts.core.extract.NameCandidate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One factRuEval-2016 document (book_N.txt with its .spans and .objects layers), read from a
 * folder outside the repository. Its names for training are the outermost mentions of
 * Person, Org, Location and LocOrg (the last two are locations), each from the first char of
 * its first span to the last char of its last, descriptors included ("мэрии Москвы"); a
 * mention inside another is left to the outer one, and of two with the same extent the
 * organisation wins, as in the official comparator.
 */
record FactRuEvalDocument(String name, String text, List<Mention> names) {

    record Mention(NameCandidate.Kind kind, int start, int end) {

        boolean inside(Mention other) {
            return other.start <= start && end <= other.end && (other.end - other.start > end - start
                    || other.kind == NameCandidate.Kind.ORGANIZATION && kind != NameCandidate.Kind.ORGANIZATION);
        }
    }

    static List<FactRuEvalDocument> readAll(Path folder) throws IOException {
        List<FactRuEvalDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path txt : files.filter(p -> p.getFileName().toString().matches("book_\\d+\\.txt")).sorted().toList()) {
                documents.add(read(txt));
            }
        }
        return documents;
    }

    static FactRuEvalDocument read(Path txt) throws IOException {
        String file = txt.getFileName().toString();
        String name = file.substring(0, file.length() - ".txt".length());
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Map<String, int[]> spans = new HashMap<>();
        for (String line : Files.readAllLines(txt.resolveSibling(name + ".spans"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (f.length >= 4) {
                int start = Integer.parseInt(f[2]);
                spans.put(f[0], new int[] {start, start + Integer.parseInt(f[3])});
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(txt.resolveSibling(name + ".objects"), StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            NameCandidate.Kind kind = f.length >= 3 ? kind(f[1]) : null;
            if (kind == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int i = 2; i < f.length; i++) {
                int[] span = spans.get(f[i]);
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end > start) {
                mentions.add(new Mention(kind, start, end));
            }
        }
        return new FactRuEvalDocument(name, text, outermost(mentions));
    }

    private static NameCandidate.Kind kind(String type) {
        return switch (type) {
            case "Person" -> NameCandidate.Kind.PERSON;
            case "Org", "Organization" -> NameCandidate.Kind.ORGANIZATION;
            case "Location", "LocOrg" -> NameCandidate.Kind.LOCATION;
            default -> null;
        };
    }

    private static List<Mention> outermost(List<Mention> mentions) {
        List<Mention> outer = new ArrayList<>();
        for (Mention m : mentions) {
            if (mentions.stream().noneMatch(o -> o != m && m.inside(o))) {
                outer.add(m);
            }
        }
        outer.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        int keptEnd = -1;
        for (Mention m : outer) {
            if (m.start() >= keptEnd) {
                kept.add(m);
                keptEnd = m.end();
            }
        }
        return kept;
    }
}
