package io.scofacts.core.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * "Cases with this text in a name", served from an index without a Scan: each case is listed
 * under the terms of its names (every two-character run of Chinese, every Latin or Cyrillic
 * word), a query is looked up under one of its own terms, and the folded names are kept so
 * the rest of the query can be checked as a substring. Chinese is matched in simplified
 * characters, so a traditional query finds a simplified name.
 */
public final class SearchTerms {

    /** Caps the index items per case (they are written in one transaction of at most 100). */
    public static final int MAX_TERMS = 30;

    private SearchTerms() {
    }

    /** The index terms of a case's names, most telling (the main name's) first. */
    public static List<String> of(Collection<String> names) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String name : names) {
            terms.addAll(termsOf(NameWords.fold(name)));
        }
        return terms.stream().limit(MAX_TERMS).toList();
    }

    /** What a query is looked up under, or null when it has no term (a single Chinese character, punctuation). */
    public static String lookupTerm(String query) {
        List<String> terms = termsOf(NameWords.fold(query));
        return terms.isEmpty() ? null : terms.get(0);
    }

    /** The folded names, separated so that a query never matches across two names. */
    public static String searchText(Collection<String> names) {
        StringBuilder text = new StringBuilder("|");
        names.forEach(name -> text.append(NameWords.fold(name)).append('|'));
        return text.toString();
    }

    /** The query as it is matched against {@link #searchText}. */
    public static String foldedQuery(String query) {
        return NameWords.fold(query);
    }

    private static List<String> termsOf(String folded) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c == ' ') {
                i++;
            } else if (NameWords.isHan(c)) {
                if (i + 1 < folded.length() && NameWords.isHan(folded.charAt(i + 1))) {
                    terms.add(folded.substring(i, i + 2));
                }
                i++;
            } else {
                int end = NameWords.wordEnd(folded, i);
                terms.add(folded.substring(i, end));
                i = end;
            }
        }
        return terms;
    }
}
