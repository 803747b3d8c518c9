package io.scofacts.core.cases;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.language.LanguageGuess;
import io.scofacts.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads names into {@link NameSignature}s. Countries are found by the extractor's own country
 * recogniser (so 中乌, 烏茲別克斯坦, Uzbekistan and Узбекистана all give UZ), the rest by
 * {@link NameWords}. Thread-safe; build one and share it.
 */
public final class NameSignatures {

    private static final String CHINA = "CN";
    /** Concepts every name of this service shares: read, but no part of an identity. */
    private static final Set<String> CONTEXT = Set.of("sco");

    private final CountryRecognizer countryRecognizer;
    private final NameWords words = new NameWords();

    public NameSignatures(CountryRecognizer countryRecognizer) {
        this.countryRecognizer = countryRecognizer;
    }

    /**
     * The signature of a project or case name. A name that names no country and has no words
     * of its own ("跨境电商平台") is too generic to stand alone: the project's countries are
     * part of its identity then, so the same words for two countries stay two cases. A name with
     * words of its own (a brand, a place) is identified by them, not by the countries it names.
     */
    public NameSignature ofCase(String name, Collection<String> projectCountries) {
        Reading reading = read(name);
        TreeSet<String> countries = reading.countries;
        if (countries.isEmpty() && reading.own.isEmpty()) {
            projectCountries.stream().filter(code -> !CHINA.equals(code)).forEach(countries::add);
        } else if (!reading.own.isEmpty() && !reading.concepts.isEmpty()) {
            // A name of its own (a brand: 鲁班工坊, ZOOD) is the case in whichever country it is
            // built: "塔吉克斯坦鲁班工坊" is one of the Luban workshops. The countries stay evidence.
            countries.forEach(code -> reading.ignored.add(code));
            countries.clear();
        }
        // A year in a case's name is the edition of a running programme or a phase: the same case.
        if (reading.year != null) {
            reading.ignored.add(reading.year);
        }
        return signature(reading, null);
    }

    /**
     * The signature of an event name. An event series recurs, so the year is part of the
     * identity: the one the name states, else the year of the event's date, else of the
     * article's date (an undated, year-less name is taken as that year's edition).
     */
    public NameSignature ofEvent(String name, String dateYear) {
        Reading reading = read(name);
        return signature(reading, reading.year != null ? reading.year : dateYear);
    }

    private static NameSignature signature(Reading reading, String year) {
        TreeSet<String> concepts = new TreeSet<>(reading.concepts);
        TreeSet<String> context = new TreeSet<>();
        for (String concept : reading.concepts) {
            if (CONTEXT.contains(concept)) {
                concepts.remove(concept);
                context.add(concept);
            }
        }
        String head = null;
        for (String concept : reading.conceptOrder) {
            if (!CONTEXT.contains(concept)) {
                head = concept;
            }
        }
        return new NameSignature(reading.countries, concepts, reading.own, year, head, context, reading.ignored);
    }

    private Reading read(String name) {
        StringBuilder rest = new StringBuilder(name);
        Reading reading = new Reading();
        for (CountryMention country : countriesIn(name)) {
            if (!CHINA.equals(country.code())) {
                reading.countries.add(country.code());
            }
            for (int i = country.span().start(); i < country.span().end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        for (NameWords.Word word : words.read(NameWords.fold(rest.toString()))) {
            switch (word.kind()) {
                case CONCEPT -> {
                    reading.concepts.add(word.concept());
                    reading.conceptOrder.add(word.concept());
                }
                case GENERIC -> reading.ignored.add(word.text());
                case OWN -> reading.own.add(word.text());
                case YEAR -> {
                    if (reading.year == null) {
                        reading.year = word.text();
                    } else {
                        reading.own.add(word.text());
                    }
                }
                default -> throw new IllegalStateException("unknown word kind " + word.kind());
            }
        }
        return reading;
    }

    private List<CountryMention> countriesIn(String name) {
        AnalyzedArticle article = new AnalyzedArticle(ArticleInput.ofText(name),
                TextNormalizer.normalize(name).simplified(), new LanguageGuess("zh", "Hans"));
        Findings findings = new Findings();
        countryRecognizer.recognize(article, findings);
        return findings.countries();
    }

    private static final class Reading {
        final TreeSet<String> countries = new TreeSet<>();
        final TreeSet<String> concepts = new TreeSet<>();
        final List<String> conceptOrder = new ArrayList<>();
        final TreeSet<String> own = new TreeSet<>();
        final List<String> ignored = new ArrayList<>();
        String year;
    }
}
