package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.Recognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Named organisations in the story: Chinese names ending in an organisation suffix, English and
 * Russian names built on a head noun, well-known bodies and media by name, and the parties of a
 * signing clause. Where names overlap the longest wins ("俄罗斯科学院中国与现代亚洲研究所" is one
 * organisation); short forms are reported under the full name the story writes. Runs after the
 * country and place recognisers: their mentions at the start of a name give its country.
 */
public final class OrganizationRecognizer implements Recognizer {

    private final ChineseNameFinder chinese;
    private final DealPartyFinder dealParties;
    private final EnglishNameFinder english;
    private final RussianNameFinder russian;
    private final KnownNameFinder known;
    private final ShortForms shortForms;
    private final CoordinatedNames coordinated;
    private final TaggedOrganizations tagged = new TaggedOrganizations();
    private final LatinBrands latinBrands = new LatinBrands();

    public OrganizationRecognizer() {
        OrganizationLexicon lexicon = new OrganizationLexicon();
        chinese = new ChineseNameFinder(lexicon);
        dealParties = new DealPartyFinder(lexicon);
        english = new EnglishNameFinder(lexicon);
        russian = new RussianNameFinder(lexicon);
        known = new KnownNameFinder(lexicon);
        shortForms = new ShortForms(lexicon);
        coordinated = new CoordinatedNames(lexicon);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        ArticleScan scan = new ArticleScan(article, findings);
        List<Candidate> suffixed = new ArrayList<>();
        chinese.find(scan, suffixed);
        List<Candidate> candidates = new ArrayList<>(suffixed);
        dealParties.find(scan, longestFirst(suffixed), candidates);
        english.find(scan, candidates);
        russian.find(scan, candidates);
        if ("ru".equals(article.language().language())) {
            latinBrands.find(scan, candidates);
        }
        // Russian: the statistical tagger's organisations, judged; no head noun needed
        tagged.find(scan, findings, candidates);
        known.find(scan, candidates);
        candidates.replaceAll(candidate -> withoutOwner(scan, candidate));
        coordinated.find(scan, candidates);
        java.util.Map<String, String> firstByForm = new java.util.HashMap<>();
        for (Candidate candidate : shortForms.resolve(scan, longestFirst(candidates))) {
            String written = candidate.name() != null
                    ? candidate.name()
                    : scan.text.substring(candidate.start(), candidate.end());
            // Russian case forms of one name are one body: named as the story first writes it
            String name = firstByForm.computeIfAbsent(ShortForms.formKey(written), key -> written);
            findings.addOrganization(new OrganizationMention(name, candidate.country(),
                    scan.view.originalSpan(candidate.start(), candidate.end())));
        }
    }

    /**
     * "China's Growth Vision Pro Ltd.": a possessive before a Latin-script name says whose it is,
     * and is no part of the name; when the owner is a country, it is the body's country.
     */
    private static Candidate withoutOwner(ArticleScan scan, Candidate candidate) {
        String m = scan.match;
        int k = candidate.start();
        while (k < candidate.end() && (Character.isLetter(m.charAt(k)) && m.charAt(k) < 0x250)) {
            k++;
        }
        boolean possessive = k > candidate.start() && k + 3 < candidate.end()
                && (m.startsWith("'s ", k) || m.startsWith("’s ", k)) && Character.isUpperCase(m.charAt(k + 3));
        if (!possessive || candidate.name() != null) {
            return candidate;
        }
        String owner = scan.countryEnd(candidate.start()) == k ? scan.countryCode(candidate.start()) : null;
        return new Candidate(k + 3, candidate.end(), owner != null ? owner : candidate.country());
    }

    /** The candidates in text order, each overlap settled for the longer (then the earlier) name. */
    static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();
        for (Candidate candidate : byLength) {
            var before = kept.floorEntry(candidate.start());
            var after = kept.ceilingEntry(candidate.start());
            if ((before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate))) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
