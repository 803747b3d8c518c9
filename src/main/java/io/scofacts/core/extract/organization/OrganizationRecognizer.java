package io.scofacts.core.extract.organization;

import io.scofacts.core.lexicon.OrganizationShortNames;
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
    private final QuotedCompanyNames quotedCompanies;
    private final BrandSlots brandSlots;
    private final TitledMedia titledMedia = new TitledMedia();
    private final TaggedOrganizations tagged;
    /** Letters a case ending adds to a Russian event head stem ("совещани" + "ями"). */
    private static final int MAX_EVENT_HEAD_ENDING = 3;
    private final OrganizationLexicon lexicon;
    private final LatinBrands latinBrands = new LatinBrands();

    public OrganizationRecognizer() {
        lexicon = new OrganizationLexicon();
        tagged = new TaggedOrganizations(lexicon);
        chinese = new ChineseNameFinder(lexicon);
        dealParties = new DealPartyFinder(lexicon);
        english = new EnglishNameFinder(lexicon);
        russian = new RussianNameFinder(lexicon);
        known = new KnownNameFinder(lexicon);
        shortForms = new ShortForms(lexicon);
        coordinated = new CoordinatedNames(lexicon);
        quotedCompanies = new QuotedCompanyNames(lexicon);
        brandSlots = new BrandSlots(lexicon);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        ArticleScan scan = new ArticleScan(article, findings);
        List<Candidate> suffixed = new ArrayList<>();
        chinese.find(scan, suffixed);
        List<Candidate> candidates = new ArrayList<>(suffixed);
        dealParties.find(scan, longestFirst(suffixed), candidates);
        english.find(scan, candidates);
        quotedCompanies.find(scan, candidates);
        russian.find(scan, candidates);
        // after the finders above: a slot's list may hold the bodies they found
        brandSlots.find(scan, candidates);
        titledMedia.find(scan, candidates);
        if ("ru".equals(article.language().language())) {
            latinBrands.find(scan, candidates);
        }
        // Russian: the statistical tagger's organisations, judged; no head noun needed
        tagged.find(scan, findings, candidates);
        known.find(scan, candidates);
        candidates.replaceAll(candidate -> withoutOwner(scan, candidate));
        candidates.replaceAll(candidate -> withoutEdgePunctuation(scan, candidate));
        candidates.replaceAll(candidate -> withoutTrailingInitial(scan, candidate));
        candidates.removeIf(candidate -> candidate.length() == 0 || opensWithEventHead(scan, candidate) || namesATerm(scan, candidate));
        coordinated.find(scan, candidates);
        List<Candidate> resolved = shortForms.resolve(scan, joinedBySubordination(scan, longestFirst(candidates)));
        // Russian case forms of one name are one body, and so are a name and the same name with a
        // well-known short form inside ("Секретариатом ШОС", "Секретариат Шанхайской организации
        // сотрудничества"): named as the story first writes it in full, else as it first writes it
        java.util.Map<String, String> nameByForm = new java.util.HashMap<>();
        for (Candidate candidate : resolved) {
            String written = written(scan, candidate);
            String expanded = OrganizationShortNames.instance().expanded(written);
            String key = ShortForms.formKey(expanded);
            String earlier = nameByForm.get(key);
            if (earlier == null || expanded.equals(written)
                    && !OrganizationShortNames.instance().expanded(earlier).equals(earlier)) {
                nameByForm.put(key, written);
            }
        }
        for (Candidate candidate : resolved) {
            String name = nameByForm.get(ShortForms.formKey(OrganizationShortNames.instance().expanded(written(scan, candidate))));
            findings.addOrganization(new OrganizationMention(name, candidate.country(),
                    scan.view.originalSpan(candidate.start(), candidate.end())));
        }
    }

    /**
     * "China's Growth Vision Pro Ltd.": a possessive before a Latin-script name says whose it is,
     * and is no part of the name; when the owner is a country, it is the body's country.
     */
    private static String written(ArticleScan scan, Candidate candidate) {
        return candidate.name() != null ? candidate.name() : scan.text.substring(candidate.start(), candidate.end());
    }

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

    /**
     * "Совещание руководителей министерств … Шанхайской организации сотрудничества": a name
     * opened by a meeting's head noun is the meeting (an event), however many bodies it names.
     */
    private boolean opensWithEventHead(ArticleScan scan, Candidate candidate) {
        String m = scan.match;
        int start = candidate.start();
        while (start < candidate.end() && "IVXLC".indexOf(m.charAt(start)) >= 0) {
            start++; // "IV Совещание": a Roman ordinal numbers the meeting
        }
        start = start < candidate.end() && m.charAt(start) == ' ' && start > candidate.start() ? start + 1 : candidate.start();
        int end = start;
        while (end < candidate.end() && Character.isLetter(m.charAt(end))) {
            end++;
        }
        String first = m.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        for (String stem : lexicon.russianEventHeads) {
            if (first.startsWith(stem) && first.length() - stem.length() <= MAX_EVENT_HEAD_ENDING) {
                return true;
            }
        }
        return false;
    }

    /** "/ИА «Дунё»/": a separator glued to either end of a name is no part of it. */
    private static Candidate withoutEdgePunctuation(ArticleScan scan, Candidate candidate) {
        String m = scan.match;
        int start = candidate.start();
        int end = candidate.end();
        while (start < end && EDGE_PUNCTUATION.indexOf(m.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        return start == candidate.start() && end == candidate.end() ? candidate
                : new Candidate(start, end, candidate.country(), candidate.name());
    }

    /**
     * "Республики Индии Р.Сингх", "ШОС В.И.Норов": a capital letter closed by a dot after a body's
     * name is a person's initial, the start of the name that follows; no part of the body's.
     */
    private static Candidate withoutTrailingInitial(ArticleScan scan, Candidate candidate) {
        String m = scan.match;
        int end = candidate.end();
        int letter = end > 0 && m.charAt(end - 1) == '.' ? end - 2 : end - 1;
        if (candidate.name() != null || letter - 1 <= candidate.start() || !Character.isUpperCase(m.charAt(letter))
                || m.charAt(letter - 1) != ' ' || letter + 1 >= m.length() || m.charAt(letter + 1) != '.') {
            return candidate;
        }
        return new Candidate(candidate.start(), letter - 1, candidate.country(), null);
    }

    private static final String EDGE_PUNCTUATION = "/|\\•·:;,– —-";

    /** "ИТ", "развития ИИ": a term's acronym with nothing but lower-case words around it names no body. */
    private boolean namesATerm(ArticleScan scan, Candidate candidate) {
        if (candidate.name() != null) {
            return false;
        }
        boolean term = false;
        for (String word : scan.match.substring(candidate.start(), candidate.end()).split("[\\s\\-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lexicon.termAcronyms.contains(word)) {
                term = true;
            } else if (!Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return term;
    }

    /** What joins a body to the one it reports to, inside one name. */
    private static final List<String> SUBORDINATION = List.of(" under the ", " under ", " при ");
    private static final int MAX_SUBORDINATION = " under the ".length();

    /**
     * "Communications Service under the Government of the Republic of Tajikistan", "Агентство …
     * при Правительстве …": a body named with the body it reports to is one organisation, not
     * two. Candidates in text order.
     */
    private static List<Candidate> joinedBySubordination(ArticleScan scan, List<Candidate> candidates) {
        List<Candidate> joined = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Candidate previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && previous.name() == null && candidate.name() == null
                    && candidate.start() - previous.end() <= MAX_SUBORDINATION
                    && SUBORDINATION.contains(scan.match.substring(previous.end(), candidate.start()))) {
                joined.set(joined.size() - 1, new Candidate(previous.start(), candidate.end(),
                        previous.country() != null ? previous.country() : candidate.country()));
            } else {
                joined.add(candidate);
            }
        }
        return joined;
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
