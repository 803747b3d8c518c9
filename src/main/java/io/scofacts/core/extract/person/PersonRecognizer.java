package io.scofacts.core.extract.person;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PersonMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every mention of a named person in the story, with the title, affiliation and
 * country written beside each mention. A name counts when the story shows it is a person
 * (a title beside it, a speech verb after it, a byline, a quotation attributed to it, the
 * transliteration dot); every later occurrence of a name found so is a mention too, and so is
 * the last part of a dotted name standing alone ("库尔班诺夫表示" for "达尼亚尔·库尔班诺夫").
 * Reads the countries, places and organisations found before it (names inside them are not
 * people; an organisation before the title is the affiliation), the quotes' speakers and the
 * credited reporters.
 */
public final class PersonRecognizer implements Recognizer {

    private final PersonLexicon lexicon;
    private final ChineseNameFinder chineseNames;
    private final ChineseRoleReader chineseRoles;
    private final WordNameFinder wordNames;

    public PersonRecognizer() {
        lexicon = new PersonLexicon();
        chineseNames = new ChineseNameFinder(lexicon);
        chineseRoles = new ChineseRoleReader(lexicon);
        wordNames = new WordNameFinder(lexicon);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String m = view.matchText();
        List<Found> found = new ArrayList<>();
        for (NameSpan name : chineseNames.find(m)) {
            found.add(new Found(name, chineseRoles.read(view, findings, name.start())));
        }
        List<WordNameFinder.WordToken> tokens = WordNameFinder.WordToken.of(view.text());
        found.addAll(wordNames.find(view, findings, tokens));
        List<Found> kept = withoutOverlaps(found, view, findings);
        Map<String, Found> byName = new LinkedHashMap<>();
        for (Found f : kept) {
            byName.putIfAbsent(view.text().substring(f.name().start(), f.name().end()), f);
        }
        List<String> known = new ArrayList<>(byName.keySet());
        for (QuoteFact quote : findings.quotes()) {
            known.add(quote.speaker());
        }
        known.addAll(findings.reporters());
        List<Found> all = new ArrayList<>(kept);
        for (String name : known) {
            addOccurrences(view, findings, tokens, name, name, all);
            int dot = name.lastIndexOf('·');
            if (dot > 0 && name.length() - dot > 2) {
                addOccurrences(view, findings, tokens, name.substring(dot + 1), name, all);
            }
        }
        all.sort(Comparator.comparingInt((Found f) -> f.name().start()));
        for (Found f : all) {
            String name = f.reportedName() != null ? f.reportedName() : view.text().substring(f.name().start(), f.name().end());
            Role role = f.role();
            findings.addPerson(new PersonMention(name, role.title(), role.affiliation(), role.country(),
                    view.originalSpan(f.name().start(), f.name().end())));
        }
    }

    /** Adds each occurrence of {@code written} that no mention covers yet, reported as {@code name}. */
    private void addOccurrences(NormalizedText view, Findings findings, List<WordNameFinder.WordToken> tokens, String written, String name, List<Found> all) {
        String text = view.text();
        if (written.length() < 2) {
            return;
        }
        boolean chinese = ChineseNameFinder.isHan(written.charAt(0));
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
            int end = at + written.length();
            if (covered(all, at, end) || !standsAlone(view.matchText(), at, end, chinese, written.equals(name))
                    || insideOtherName(view, findings, at, end)) {
                continue;
            }
            Role role = chinese ? chineseRoles.read(view, findings, at) : wordNames.roleAt(view, findings, tokens, at, end);
            all.add(new Found(new NameSpan(at, end), role, name));
        }
    }

    private boolean standsAlone(String m, int start, int end, boolean chinese, boolean fullName) {
        if (!chinese) {
            return (start == 0 || !Character.isLetter(m.charAt(start - 1)))
                    && (end == m.length() || !Character.isLetter(m.charAt(end)));
        }
        if (start > 0 && m.charAt(start - 1) == '·' || end < m.length() && m.charAt(end) == '·') {
            return false;
        }
        boolean boundary = chineseNames.isLeftBoundary(m, start) || chineseNames.isRightBoundary(m, end);
        if (!fullName) {
            boolean apart = (start == 0 || !lexicon.isTransliteration(m.charAt(start - 1)))
                    && (end == m.length() || !lexicon.isTransliteration(m.charAt(end)));
            return apart || boundary;
        }
        return m.indexOf('·', start) >= 0 && m.indexOf('·', start) < end || end - start > 3 || boundary;
    }

    private static boolean covered(List<Found> all, int start, int end) {
        for (Found f : all) {
            if (f.name().overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Drops names inside countries, places and organisations, and the shorter of overlapping names. */
    private static List<Found> withoutOverlaps(List<Found> found, NormalizedText view, Findings findings) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.name().start())
                .thenComparing(Comparator.comparingInt((Found f) -> f.name().end()).reversed()));
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            if (!covered(kept, f.name().start(), f.name().end())
                    && !insideOtherName(view, findings, f.name().start(), f.name().end())) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean insideOtherName(NormalizedText view, Findings findings, int start, int end) {
        Span span = view.originalSpan(start, end);
        for (CountryMention country : findings.countries()) {
            if (country.span().overlaps(span)) {
                return true;
            }
        }
        for (PlaceMention place : findings.places()) {
            if (place.span().overlaps(span)) {
                return true;
            }
        }
        for (OrganizationMention organization : findings.organizations()) {
            if (organization.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** A name found in the view, the role beside it, and the name to report when it is a short form. */
    record Found(NameSpan name, Role role, String reportedName) {

        Found(NameSpan name, Role role) {
            this(name, role, null);
        }
    }
}
