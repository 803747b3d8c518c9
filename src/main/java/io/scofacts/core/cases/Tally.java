package io.scofacts.core.cases;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts a case or event overview is derived from: how many articles name it, and how
 * often each name, country, category (date, place) is given. An article's contribution can be
 * added and taken away again, so an update costs the same however many articles are stored:
 * the overview is never recomputed from all of them.
 */
public record Tally(int articles, Map<String, Map<String, Integer>> counts) {

    public static final Tally EMPTY = new Tally(0, Map.of());

    public Tally plus(Map<String, List<String>> contribution) {
        return add(contribution, 1);
    }

    public Tally minus(Map<String, List<String>> contribution) {
        return add(contribution, -1);
    }

    private Tally add(Map<String, List<String>> contribution, int sign) {
        if (contribution == null) {
            return this;
        }
        Map<String, Map<String, Integer>> next = new TreeMap<>();
        counts.forEach((field, values) -> next.put(field, new TreeMap<>(values)));
        contribution.forEach((field, values) -> {
            Map<String, Integer> fieldCounts = next.computeIfAbsent(field, k -> new TreeMap<>());
            for (String value : values) {
                if (value != null) {
                    int count = fieldCounts.getOrDefault(value, 0) + sign;
                    if (count > 0) {
                        fieldCounts.put(value, count);
                    } else {
                        fieldCounts.remove(value);
                    }
                }
            }
        });
        next.values().removeIf(Map::isEmpty);
        return new Tally(Math.max(0, articles + sign), next);
    }

    /** The most often given value of a field; ties go to the first in code-point order. Null if none. */
    public String mostGiven(String field) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.getOrDefault(field, Map.of()).entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** The most often given value of a field that {@code preferred} accepts, else of any; null if none. */
    public String mostGiven(String field, java.util.function.Predicate<String> preferred) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.getOrDefault(field, Map.of()).entrySet()) {
            if (preferred.test(entry.getKey()) && entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best != null ? best : mostGiven(field);
    }

    /** Every value of a field, in code-point order. */
    public List<String> all(String field) {
        return List.copyOf(counts.getOrDefault(field, Map.of()).keySet());
    }
}
