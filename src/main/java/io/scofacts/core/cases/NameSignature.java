package io.scofacts.core.cases;

import java.util.List;
import java.util.SortedSet;

/**
 * What a case or event name says, independent of wording, script and language: the countries
 * it names besides China (every case here is China's), the concepts of its words, its own
 * words (brands, places) and, for events, the year. Two names with the same signature are the
 * same case; {@link #key()} is that identity.
 *
 * @param countries ISO codes named in the name (or, for a name too generic to stand alone,
 *                  the project's countries), China left out
 * @param concepts  concept ids of {@code lexicon/case-name-words.tsv}
 * @param ownWords  the name's words that are neither concepts nor generic, in simplified
 *                  characters and lower case
 * @param year      the year the name states (events), else null
 * @param ignored   the generic words dropped, for the explanation
 */
public record NameSignature(SortedSet<String> countries, SortedSet<String> concepts, SortedSet<String> ownWords,
        String year, List<String> ignored) {

    /** The identity: equal keys, same case. */
    public String key() {
        return String.join(",", countries) + "|" + String.join(",", concepts) + "|" + String.join(",", ownWords)
                + "|" + (year == null ? "" : year);
    }

    /** True when the name says nothing but countries and generic words ("中乌合作项目"). */
    public boolean isEmpty() {
        return concepts.isEmpty() && ownWords.isEmpty();
    }

    /** A sentence an analyst can check: why names with this signature are one case. */
    public String explain() {
        StringBuilder why = new StringBuilder();
        why.append("countries ").append(countries.isEmpty() ? "(none named)" : String.join(", ", countries));
        why.append("; concepts ").append(concepts.isEmpty() ? "(none)" : String.join(", ", concepts));
        if (!ownWords.isEmpty()) {
            why.append("; own words ").append(String.join(", ", ownWords));
        }
        if (year != null) {
            why.append("; year ").append(year);
        }
        if (!ignored.isEmpty()) {
            why.append("; generic words ignored: ").append(String.join(", ", ignored));
        }
        return why.toString();
    }
}
