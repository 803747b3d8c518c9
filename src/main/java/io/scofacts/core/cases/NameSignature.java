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
 * @param concepts  concept ids of {@code lexicon/case-name-words.tsv}, the context ones left out
 * @param ownWords  the name's words that are neither concepts nor generic, in simplified
 *                  characters and lower case
 * @param year      the year of the event (events only), else null
 * @param head      the name's last concept, what the named thing is (a centre, a forum, an
 *                  opening ceremony); null when it has none. Not part of the identity
 * @param context   concepts every case and event of this service shares (the SCO), read but
 *                  left out of the identity: "SCO Digital Economy Forum" and "Digital Economy
 *                  Forum" in a report on the SCO are one forum
 * @param ignored   the generic words dropped, for the explanation
 */
public record NameSignature(SortedSet<String> countries, SortedSet<String> concepts, SortedSet<String> ownWords,
        String year, String head, SortedSet<String> context, List<String> ignored) {

    /** The identity: equal keys, same case. */
    public String key() {
        return String.join(",", countries) + "|" + String.join(",", concepts) + "|" + String.join(",", ownWords)
                + "|" + (year == null ? "" : year);
    }

    /** True when the name says nothing but countries and generic words ("中乌合作项目"). */
    public boolean isEmpty() {
        return concepts.isEmpty() && ownWords.isEmpty();
    }

    /**
     * True when everything this name says, another says too (a short form of it within one
     * article); an own word may be part of one of the other's ("聚乙烯" of "万吨聚乙烯").
     */
    public boolean within(NameSignature other) {
        String otherOwn = String.join(" ", other.ownWords);
        return other.countries.containsAll(countries) && other.concepts.containsAll(concepts)
                && ownWords.stream().allMatch(otherOwn::contains) && (year == null || year.equals(other.year));
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
        if (!context.isEmpty()) {
            why.append("; shared by every case: ").append(String.join(", ", context));
        }
        if (!ignored.isEmpty()) {
            why.append("; generic words ignored: ").append(String.join(", ", ignored));
        }
        return why.toString();
    }
}
