package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One article as the organisation finders read it: the story view, its matching text, and the
 * countries and places found before, indexed by where they start and end in the view.
 */
final class ArticleScan {

    final NormalizedText view;
    final String text;
    final String match;
    private final TreeMap<Integer, Integer> countryEndByStart = new TreeMap<>();
    private final Map<Integer, String> countryCodeByStart = new HashMap<>();
    private final Map<Integer, Integer> countryStartByEnd = new HashMap<>();
    private final Map<Integer, Integer> placeEndByStart = new HashMap<>();
    private final Map<Integer, String> placeCountryByStart = new HashMap<>();

    ArticleScan(AnalyzedArticle article, Findings findings) {
        view = article.view();
        text = view.text();
        match = view.matchText();
        for (CountryMention country : findings.countries()) {
            int[] range = viewRange(country.span());
            if (range != null && range[1] - range[0] >= 2) {
                countryEndByStart.put(range[0], range[1]);
                countryCodeByStart.put(range[0], country.code());
                countryStartByEnd.put(range[1], range[0]);
            }
        }
        for (PlaceMention place : findings.places()) {
            int[] range = viewRange(place.span());
            if (range != null) {
                placeEndByStart.merge(range[0], range[1], Math::max);
                placeCountryByStart.putIfAbsent(range[0], place.country());
            }
        }
    }

    /** The view chars {start, end} a submitted-text span covers exactly, else null. */
    private int[] viewRange(Span span) {
        int start = view.viewIndexOf(span.start());
        int end = view.viewIndexOf(span.end());
        if (start >= view.length() || view.originalOffset(start) != span.start() || end <= start) {
            return null;
        }
        return new int[] {start, end};
    }


    /** The view end of a country name (two or more chars) starting at {@code start}, else -1. */
    int countryEnd(int start) {
        if (countryEndByStart.isEmpty()) {
            return -1;
        }
        return countryEndByStart.getOrDefault(start, -1);
    }

    String countryCode(int start) {
        return countryCodeByStart.get(start);
    }

    /** Whether a country name of two or more chars ends right before {@code end}. */
    boolean countryEndsAt(int end) {
        return countryStartEndingAt(end) >= 0;
    }

    int countryStartEndingAt(int end) {
        if (countryStartByEnd.isEmpty()) {
            return -1;
        }
        return countryStartByEnd.getOrDefault(end, -1);
    }

    int placeEnd(int start) {
        if (placeEndByStart.isEmpty()) {
            return -1;
        }
        return placeEndByStart.getOrDefault(start, -1);
    }

    String placeCountry(int start) {
        return placeCountryByStart.get(start);
    }

    /** The ISO codes of country names lying inside view chars {@code [start, end)}. */
    Set<String> countriesInside(int start, int end) {
        Set<String> codes = new LinkedHashSet<>();
        for (Map.Entry<Integer, Integer> entry : countryEndByStart.subMap(start, end).entrySet()) {
            if (entry.getValue() <= end) {
                codes.add(countryCodeByStart.get(entry.getKey()));
            }
        }
        return codes;
    }
}
