package io.scofacts.core.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses among date phrases found by several finders over the same text. */
final class DateCandidates {

    private DateCandidates() {
    }

    /**
     * The phrases that do not overlap, in text order: where two overlap, the one starting first
     * wins, and of two starting together the longer ("今年6月10日" over "6月10日").
     */
    static List<DateCandidate> nonOverlapping(List<DateCandidate> found) {
        List<DateCandidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(DateCandidate::start).thenComparing(
                Comparator.comparingInt(DateCandidate::length).reversed()));
        List<DateCandidate> kept = new ArrayList<>();
        int end = 0;
        for (DateCandidate candidate : sorted) {
            if (candidate.start() >= end) {
                kept.add(candidate);
                end = candidate.end();
            }
        }
        return kept;
    }
}
