package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.text.NormalizedText;
import java.util.HashMap;
import java.util.Map;

/**
 * One article as the organisation finders read it: the story view, its matching text, and the
 * countries and places found before, indexed by where they start and end in the view.
 */
final class ArticleScan {

    final NormalizedText view;
    final String text;
    final String match;
    private final java.util.TreeMap<Integer, Integer> countryEndByStart = new java.util.TreeMap<>();
    private final Map<Integer, String> countryCodeByStart = new HashMap<>();
    private final Map<Integer, Integer> countryStartByEnd = new HashMap<>();
    private final Map<Integer, Integer> placeEndByStart = new HashMap<>();
    private final Map<Integer, String> placeCountryByStart = new HashMap<>();

    ArticleScan(AnalyzedArticle article, Findings findings) {
        view = article.view();
        text = view.text();
        match = view.matchText();
        Map<Integer, Integer> viewIndexOfOffset = new HashMap<>();
        Map<Integer, Integer> viewEndOfOffset = new HashMap<>();
        for (int i = 0; i < view.length(); i++) {
            viewIndexOfOffset.putIfAbsent(view.originalOffset(i), i);
            viewEndOfOffset.put(view.originalOffset(i) + 1, i + 1);
        }
        for (CountryMention country : findings.countries()) {
            Integer start = viewIndexOfOffset.get(country.span().start());
            Integer end = viewEndOfOffset.get(country.span().end());
            if (start != null && end != null && end - start >= 2) {
                countryEndByStart.put(start, end);
                countryCodeByStart.put(start, country.code());
                countryStartByEnd.put(end, start);
            }
        }
        for (PlaceMention place : findings.places()) {
            Integer start = viewIndexOfOffset.get(place.span().start());
            Integer end = viewEndOfOffset.get(place.span().end());
            if (start != null && end != null && end > start) {
                placeEndByStart.merge(start, end, Math::max);
                placeCountryByStart.putIfAbsent(start, place.country());
            }
        }
    }

    /** The view end of a country name (two or more chars) starting at {@code start}, else -1. */
    int countryEnd(int start) {
        return countryEndByStart.getOrDefault(start, -1);
    }

    String countryCode(int start) {
        return countryCodeByStart.get(start);
    }

    /** Whether a country name of two or more chars ends right before {@code end}. */
    boolean countryEndsAt(int end) {
        return countryStartByEnd.containsKey(end);
    }

    int countryStartEndingAt(int end) {
        return countryStartByEnd.getOrDefault(end, -1);
    }

    int placeEnd(int start) {
        return placeEndByStart.getOrDefault(start, -1);
    }

    String placeCountry(int start) {
        return placeCountryByStart.get(start);
    }

    /** The ISO codes of country names lying inside view chars {@code [start, end)}. */
    java.util.Set<String> countriesInside(int start, int end) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (Map.Entry<Integer, Integer> entry : countryEndByStart.subMap(start, end).entrySet()) {
            if (entry.getKey() >= start && entry.getValue() <= end) {
                codes.add(countryCodeByStart.get(entry.getKey()));
            }
        }
        return codes;
    }
}
