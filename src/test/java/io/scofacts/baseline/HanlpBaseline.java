package io.scofacts.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.scofacts.core.factsheet.CountryFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PersonFact;
import io.scofacts.core.factsheet.PlaceFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.ContentFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bin/hanlp-baseline IN_DIR OUT_DIR}: a peer baseline for the quality figures, not part
 * of the service. HanLP portable-1.8.6's general-purpose segmenter with its person, place and
 * organisation recognition writes a FactSheet per {@code IN_DIR/*.txt}: terms tagged nr*
 * become people, ns* places, nt* organisations; every other field stays empty. Names are
 * deduplicated by their text, each occurrence kept as a mention. HanLP's normalisation
 * (traditional to simplified, full-width to half-width, one char for one) is on, so that
 * traditional stories get the same model; names and offsets are taken from the submitted text.
 *
 * <p>With {@code --cldr-countries} (a fairer variant: a general NER does not separate countries
 * from other places) a place whose text is a Chinese country name of the JDK's CLDR data
 * becomes a country with that code instead.
 */
public final class HanlpBaseline {

    static final String EXTRACTOR = "hanlp-portable-1.8.6-ner-baseline";

    private HanlpBaseline() {
    }

    public static void main(String[] args) throws IOException {
        boolean cldrCountries = args.length == 3 && args[2].equals("--cldr-countries");
        if (args.length != 2 && !cldrCountries) {
            System.err.println("usage: bin/hanlp-baseline IN_DIR OUT_DIR [--cldr-countries]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        long started = System.nanoTime();
        Segment segment = segment();
        Map<String, String> countries = cldrCountries ? chineseCountryNames() : Map.of();
        List<Path> articles;
        try (Stream<Path> files = Files.list(in)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String stem = article.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(article, StandardCharsets.UTF_8);
            json.writeValue(out.resolve(stem + ".json").toFile(), factSheet(segment, text, countries));
        }
        System.err.printf("hanlp-baseline: %d articles, %.0f ms (including start-up)%n", articles.size(),
                (System.nanoTime() - started) / 1e6);
    }

    static Segment segment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableNormalization(true)
                .enableOffset(true);
    }

    /** The JDK's CLDR country names in simplified and traditional Chinese, to their ISO codes. */
    static Map<String, String> chineseCountryNames() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
                    Locale.forLanguageTag("zh-HK"))) {
                codes.putIfAbsent(new Locale("", code).getDisplayCountry(language), code);
            }
        }
        return codes;
    }

    static FactSheet factSheet(Segment segment, String text, Map<String, String> countryCodes) {
        Map<String, List<Span>> countries = new LinkedHashMap<>();
        Map<String, List<Span>> people = new LinkedHashMap<>();
        Map<String, List<Span>> places = new LinkedHashMap<>();
        Map<String, List<Span>> organizations = new LinkedHashMap<>();
        for (Term term : segment.seg(text)) {
            String tag = term.nature == null ? "" : term.nature.toString();
            Map<String, List<Span>> target = tag.startsWith("nr") ? people
                    : tag.startsWith("ns") ? places
                    : tag.startsWith("nt") ? organizations
                    : null;
            int start = term.offset;
            int end = start + term.length();
            if (target == null || start < 0 || end > text.length() || start >= end) {
                continue;
            }
            String name = text.substring(start, end).strip();
            if (target == places && countryCodes.containsKey(name)) {
                target = countries;
            }
            if (!name.isEmpty()) {
                target.computeIfAbsent(name, n -> new ArrayList<>()).add(new Span(start, end));
            }
        }
        List<PersonFact> personFacts = new ArrayList<>();
        people.forEach((name, spans) -> personFacts.add(new PersonFact(name, null, null, null, spans)));
        List<PlaceFact> placeFacts = new ArrayList<>();
        places.forEach((name, spans) -> placeFacts.add(new PlaceFact(name, null, spans)));
        List<OrganizationFact> organizationFacts = new ArrayList<>();
        organizations.forEach((name, spans) -> organizationFacts.add(new OrganizationFact(name, null, spans)));
        List<CountryFact> countryFacts = new ArrayList<>();
        countries.forEach((name, spans) -> countryFacts.add(new CountryFact(countryCodes.get(name), name, spans)));
        return new FactSheet(FactSheet.SCHEMA, ContentFingerprint.articleId(text), EXTRACTOR, "zh", null, null,
                null, null, List.of(), countryFacts, placeFacts, organizationFacts, personFacts, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
