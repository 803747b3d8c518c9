package io.scofacts.core.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Text search over case and event names, served from an index without a Scan, across scripts
 * and languages. Each case or event is listed under the terms of its names: every two-character
 * run of Chinese, every Latin or Cyrillic word, and the concepts and countries the names say
 * (so "big data", "больших данных" and 大数据 are one term, and "Uzbekistan" finds 中乌…). A query
 * is read the same way; it is looked up under one of its terms, and everything it says must
 * then occur in the entry's search text: its concepts and countries, and its own words as
 * written (in simplified characters, lower case).
 */
public final class SearchIndex {

    /** Caps the index entries per case or event (with its other listings they must fit one transaction). */
    public static final int MAX_TERMS = 40;
    private static final String CONCEPT = "~";
    private static final String COUNTRY = "@";

    private final NameSignatures signatures;

    public SearchIndex(NameSignatures signatures) {
        this.signatures = signatures;
    }

    /** A query as the index answers it: the term to look up and what must occur in the search text. */
    public record Query(String lookupTerm, List<String> required) {
    }

    /** The index terms of the names, the first name's first: concepts and countries, then words and character pairs. */
    public List<String> terms(Collection<String> names) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String name : names) {
            NameSignature signature = signatures.ofCase(name, List.of());
            signature.concepts().forEach(concept -> terms.add(CONCEPT + concept));
            signature.countries().forEach(code -> terms.add(COUNTRY + code));
        }
        for (String name : names) {
            terms.addAll(wordTerms(NameWords.fold(name)));
        }
        return terms.stream().limit(MAX_TERMS).toList();
    }

    /** What a query is matched against: the folded names, then the concept and country tokens. */
    public String searchText(Collection<String> names) {
        StringBuilder text = new StringBuilder("|");
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            text.append(NameWords.fold(name)).append('|');
            NameSignature signature = signatures.ofCase(name, List.of());
            signature.concepts().forEach(concept -> tokens.add(token(CONCEPT + concept)));
            signature.countries().forEach(code -> tokens.add(token(COUNTRY + code)));
        }
        tokens.forEach(text::append);
        return text.toString();
    }

    /**
     * The query for {@code text}, or null when it holds nothing to look up (a single Chinese
     * character, punctuation). A query of generic words only ("项目") is matched as written.
     */
    public Query query(String text) {
        String folded = NameWords.fold(text);
        NameSignature reading = signatures.ofCase(text, List.of());
        List<String> required = new ArrayList<>();
        String lookup = null;
        // Looked up under the most selective term: a word of its own (a brand, a place), else a concept, else a country.
        for (String own : reading.ownWords()) {
            List<String> ownTerms = wordTerms(own);
            if (!ownTerms.isEmpty()) {
                required.add(own);
                lookup = lookup == null ? ownTerms.get(0) : lookup;
            }
        }
        for (String concept : reading.concepts()) {
            required.add(token(CONCEPT + concept));
            lookup = lookup == null ? CONCEPT + concept : lookup;
        }
        for (String code : reading.countries()) {
            required.add(token(COUNTRY + code));
            lookup = lookup == null ? COUNTRY + code : lookup;
        }
        if (lookup == null) {
            List<String> terms = wordTerms(folded);
            return terms.isEmpty() ? null : new Query(terms.get(0), List.of(folded));
        }
        return new Query(lookup, List.copyOf(required));
    }

    private static String token(String term) {
        return " " + term + " ";
    }

    private static List<String> wordTerms(String folded) {
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
