package io.scofacts.core.extract.person;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PersonMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LazyValue;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every mention of a named person in the story, with the title, affiliation and
 * country written beside each mention. A name counts when the story shows it is a person
 * (a title beside it, a speech verb after it, a byline, a quotation attributed to it, the
 * transliteration dot); every later occurrence of a name found so is a mention too, and so is
 * the last part of a dotted name standing alone ("库尔班诺夫表示" for "达尼亚尔·库尔班诺夫").
 * Reads the countries, places and organisations found before it (names inside them are not
 * people; an organisation before the title is the affiliation), the quotes' speakers and the
 * credits (names in a byline are the story's reporters and photographers, not its people).
 */
public final class PersonRecognizer implements Recognizer {

    /** A last word shorter than this ("Yi" in "Wang Yi") is often a given name, never used alone. */
    private static final int MIN_SHORT_WORD = 3;
    /** How much more probable than ordinary words a name without a cue must be to stand alone. */
    private static final double CLEAR_MARGIN = 8.0;
    /** … and to count when the story names the same person again, or function words bound it on both sides. */
    private static final double REPEATED_MARGIN = 4.0;
    /** … and to count beside a title before it or a speech verb or title after it. */
    private static final double CUED_MARGIN = 0.0;
    /** A name found beside a cue may read a little worse than ordinary words, not much. */
    private static final double MIN_CUED_MARGIN = -2.5;

    private final PersonLexicon lexicon;
    private final ChineseNameFinder chineseNames;
    /**
     * Built on first use: its dictionary is the largest the extractor reads, and a process whose
     * first articles are English or Russian never needs it (a background loader started with the
     * other recognisers only took CPU from them on a two-core machine).
     */
    private final LazyValue<ChineseNameLattice> chineseLattice;
    private final ChineseRoleReader chineseRoles;
    private final WordNameFinder wordNames;
    private final TaggedPeople taggedPeople;

    public PersonRecognizer() {
        lexicon = new PersonLexicon();
        chineseNames = new ChineseNameFinder(lexicon);
        chineseLattice = new LazyValue<>(() -> new ChineseNameLattice(lexicon));
        chineseRoles = new ChineseRoleReader(lexicon);
        wordNames = new WordNameFinder(lexicon);
        taggedPeople = new TaggedPeople(lexicon, wordNames);
    }

    /** A Chinese story's names are read on the word lattice: its tables load while the recognisers before this one run. */
    @Override
    public void prepare(AnalyzedArticle article) {
        if (article.isChinese()) {
            chineseLattice.prefetch();
        }
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        NearbyMentions nearby = new NearbyMentions(findings);
        List<WordNameFinder.WordToken> tokens = WordNameFinder.WordToken.of(view.text());
        SpanIndex otherNames = otherNames(findings);
        List<Found> proposed = evidenced(view, nearby, tokens);
        // Russian: the statistical tagger's people, judged; no cue needed
        proposed.addAll(taggedPeople.find(view, findings, nearby, tokens));
        List<Found> evidenced = withoutGluedWords(withDottedTails(withoutOverlaps(proposed, view, otherNames),
                view.matchText()), view.matchText());
        WordTable known = knownNames(view, evidenced, findings);
        List<Found> all = new ArrayList<>();
        for (Found f : evidenced) {
            String written = view.text().substring(f.name().start(), f.name().end());
            String full = known.valueOf(written, 0, written.length());
            all.add(full != null && !full.equals(written) ? new Found(f.name(), f.role(), full) : f);
        }
        addLaterMentions(view, nearby, tokens, known, otherNames, all);
        if ("ru".equals(article.language().language())) {
            SpanIndex taken = new SpanIndex();
            all.forEach(f -> taken.add(f.name().start(), f.name().end()));
            all = RussianPersonNames.group(view, all, tokens,
                    (start, end) -> !taken.overlaps(start, end) && !insideOtherName(view, otherNames, start, end),
                    (start, end) -> wordNames.roleAt(view, nearby, tokens, start, end));
        }
        all.sort(Comparator.comparingInt((Found f) -> f.name().start()));
        for (Found f : all) {
            String name = f.reportedName() != null ? f.reportedName() : view.text().substring(f.name().start(), f.name().end());
            Role role = f.role();
            findings.addPerson(new PersonMention(name, role.title(), role.affiliation(), role.country(),
                    view.originalSpan(f.name().start(), f.name().end())));
        }
    }

    /** The names the story shows to be people, each with the role beside it. */
    private List<Found> evidenced(NormalizedText view, NearbyMentions nearby, List<WordNameFinder.WordToken> tokens) {
        List<Found> found = new ArrayList<>();
        String m = view.matchText();
        for (NameSpan name : chineseNames.find(m)) {
            // a cue does not make "国期间" (主席国 + 期间) a name: ordinary words read far better there
            double margin = chineseLattice.get().margin(m, name.start(), name.end());
            boolean plausible = Double.isNaN(margin) ? !chineseLattice.get().isCommonWord(m, name.start(), name.end())
                    : margin >= MIN_CUED_MARGIN;
            if (plausible) {
                found.add(new Found(name, chineseRole(view, nearby, name.start(), name.end())));
            }
        }
        if (hasChinese(m)) {
            for (NameSpan name : latticeNames(m, found)) {
                found.add(new Found(name, chineseRole(view, nearby, name.start(), name.end())));
            }
        }
        found.addAll(wordNames.find(view, nearby, tokens));
        return found;
    }

    /**
     * Names the statistical lattice proposes. A clear winner over the ordinary-word reading stands
     * on its own; a closer one needs a second occurrence in the story or function words on both
     * sides; one that merely beats the words needs a cue (a title before it, a speech verb or
     * title after it), which then decides nothing about its boundaries: the lattice does.
     */
    private List<NameSpan> latticeNames(String m, List<Found> cueFound) {
        List<ChineseNameLattice.Candidate> candidates = chineseLattice.get().find(m);
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        candidates.forEach(c -> occurrences.merge(m.substring(c.start(), c.end()), 1, Integer::sum));
        cueFound.forEach(f -> occurrences.merge(m.substring(f.name().start(), f.name().end()), 1, Integer::sum));
        java.util.Map<Integer, Integer> boundedEnds = new java.util.HashMap<>();
        for (Found found : cueFound) {
            if (chineseNames.isRightBoundary(m, found.name().end())) {
                boundedEnds.merge(found.name().start(), found.name().end(), Math::min);
            }
        }
        List<NameSpan> names = new ArrayList<>();
        for (ChineseNameLattice.Candidate c : candidates) {
            String name = m.substring(c.start(), c.end());
            boolean cued = chineseNames.hasTitleBefore(m, c.start()) || chineseNames.hasVerbOrTitleAfter(m, c.end());
            boolean bounded = chineseNames.isLeftBoundary(m, c.start()) && chineseNames.isRightBoundary(m, c.end());
            boolean accepted = c.margin() >= CLEAR_MARGIN
                    || c.margin() >= REPEATED_MARGIN && (occurrences.get(name) > 1 || bounded)
                    || c.margin() >= CUED_MARGIN && cued;
            if (accepted && !chineseNames.isStopWord(m, c.start(), c.end()) && !insideForeignName(m, c.start(), c.end())
                    && !overrunsBoundedName(m, c, boundedEnds)) {
                names.add(new NameSpan(c.start(), c.end()));
            }
        }
        return names;
    }

    /**
     * "副总理刘鹤线上出席": a cue-found name that ends where a word known to follow names begins
     * (线上) is not lengthened by the lattice into chars it cannot end on; the lattice's
     * dictionary lacks many such words, the boundary lexicon holds them. {@code boundedEnds}: per
     * start, the shortest cue-found name ending on such a word.
     */
    private boolean overrunsBoundedName(String m, ChineseNameLattice.Candidate candidate, java.util.Map<Integer, Integer> boundedEnds) {
        Integer boundedEnd = boundedEnds.get(candidate.start());
        return boundedEnd != null && boundedEnd < candidate.end() && !chineseNames.isRightBoundary(m, candidate.end());
    }

    /**
     * "克林斯曼" read as 克 + 林斯曼, "芭芭拉·弗兰克林" as 弗兰克: a candidate that continues a run of
     * transliteration characters or touches a name dot is a piece of a foreign name, not a name.
     */
    private boolean insideForeignName(String m, int start, int end) {
        boolean dotBeside = start > 0 && isNameJoiner(m.charAt(start - 1)) || end < m.length() && isNameJoiner(m.charAt(end));
        boolean runBefore = start > 0 && lexicon.isTransliteration(m.charAt(start - 1)) && lexicon.isTransliteration(m.charAt(start));
        boolean runAfter = end < m.length() && lexicon.isTransliteration(m.charAt(end)) && lexicon.isTransliteration(m.charAt(end - 1));
        return dotBeside || runBefore || runAfter;
    }

    private static boolean isNameJoiner(char c) {
        return c == '·' || c == '—' || c == '-';
    }

    private static boolean hasChinese(String m) {
        for (int i = 0; i < m.length(); i++) {
            if (ChineseNameFinder.isHan(m.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every name known to be a person (found with evidence or quoted), and
     * the short forms that stand for them; each entry's value is the name to report. Full names
     * go in first, so a short form ("Petrov", "库尔班诺夫") stands for the full name.
     */
    private static WordTable knownNames(NormalizedText view, List<Found> evidenced, Findings findings) {
        Set<String> names = new LinkedHashSet<>();
        evidenced.forEach(f -> names.add(view.text().substring(f.name().start(), f.name().end())));
        findings.quotes().forEach(quote -> names.add(quote.speaker()));
        Set<String> shortForms = new HashSet<>();
        names.forEach(name -> shortForms.add(shortForm(name)));
        WordTable known = new WordTable();
        names.stream().filter(name -> !shortForms.contains(name)).forEach(name -> addIfNew(known, name, name));
        names.forEach(name -> addIfNew(known, shortForm(name), name));
        names.forEach(name -> addIfNew(known, name, name));
        return known;
    }

    /** Adds every occurrence of a known name that no mention covers yet, in one pass over the story. */
    private void addLaterMentions(NormalizedText view, NearbyMentions nearby, List<WordNameFinder.WordToken> tokens,
            WordTable known, SpanIndex otherNames, List<Found> all) {
        SpanIndex taken = new SpanIndex();
        all.forEach(f -> taken.add(f.name().start(), f.name().end()));
        String text = view.text();
        String m = view.matchText();
        for (int at = 0; at < text.length(); at++) {
            int length = known.longestAt(text, at, text.length());
            int end = at + length;
            if (length == 0 || taken.overlaps(at, end) || insideOtherName(view, otherNames, at, end)) {
                continue;
            }
            String name = known.valueOf(text, at, end);
            boolean chinese = ChineseNameFinder.isHan(text.charAt(at));
            if (standsAlone(m, at, end, chinese, name.length() == length)) {
                Role role = chinese ? chineseRole(view, nearby, at, end) : wordNames.roleAt(view, nearby, tokens, at, end);
                all.add(new Found(new NameSpan(at, end), role, name));
                taken.add(at, end);
                at = end - 1;
            }
        }
    }

    private static void addIfNew(WordTable known, String written, String name) {
        if (written != null && written.length() >= 2 && known.valueOf(written, 0, written.length()) == null) {
            known.add(written, name);
        }
    }

    /**
     * The part of a name a story uses alone after the first mention: the last part of a dotted
     * name ("库尔班诺夫"), the last word of a written name ("Petrov"); null when there is none.
     */
    private static String shortForm(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('·');
        if (dot > 0) {
            return name.substring(dot + 1);
        }
        int space = name.lastIndexOf(' ');
        return space > 0 && name.length() - space - 1 >= MIN_SHORT_WORD ? name.substring(space + 1) : null;
    }

    /** The role before a Chinese name, else a title right after it ("胡坚波院长"). */
    private Role chineseRole(NormalizedText view, NearbyMentions nearby, int start, int end) {
        Role before = chineseRoles.read(view, nearby, start);
        if (before != Role.NONE) {
            return before;
        }
        String m = view.matchText();
        int title = lexicon.postNameTitles.longestAt(m, end, m.length());
        return title > 0 ? new Role(view.text().substring(end, end + title), null, null) : Role.NONE;
    }

    /**
     * Whether an occurrence of a known name is a name of its own and not part of a longer word:
     * whole words in alphabetic text; in Chinese no dot beside it, and for a short Chinese name a
     * boundary beside it ("胡坚波表示" but not inside "胡坚波涛"), for a short form no
     * transliteration char beside it.
     */
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
        return end - start > 3 || boundary || m.substring(start, end).indexOf('·') >= 0;
    }

    /** Chars before a name's dot, and in each part after it, that a dotted name may have. */
    private static final int MAX_DOTTED_PART = 5;
    private static final int MAX_DOTTED_PARTS = 3;

    /**
     * A transliterated name is written with dots between its parts (玉苏甫江·麦麦提); a Chinese
     * name found right before a dot of the same run of chars, or only up to a few chars before
     * it, is the start of the dotted name and takes all of it. Each part after a dot ends at
     * punctuation or at a word that follows names (表示, 等, a title).
     */
    private List<Found> withDottedTails(List<Found> found, String m) {
        List<Found> judged = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int end = dottedEnd(m, f.name().start(), f.name().end());
            int nextStart = i + 1 < found.size() ? found.get(i + 1).name().start() : m.length();
            judged.add(end == f.name().end() || end > nextStart ? f
                    : new Found(new NameSpan(f.name().start(), end), f.role(), f.reportedName()));
        }
        return judged;
    }

    private int dottedEnd(String m, int start, int end) {
        if (start >= end || !ChineseNameFinder.isHan(m.charAt(start))) {
            return end;
        }
        int dot = end;
        // chars running on from the name to a dot belong to it, whatever words they might make
        while (dot < m.length() && dot - end < MAX_DOTTED_PART && ChineseNameFinder.isHan(m.charAt(dot))) {
            dot++;
        }
        int reached = end;
        // a name has a few parts at most; a long run of dotted words is no name's (and no quadratic scan)
        for (int parts = 0; parts < MAX_DOTTED_PARTS && dot < m.length() && m.charAt(dot) == '·'; parts++) {
            int part = dot + 1;
            while (part < m.length() && part - dot <= MAX_DOTTED_PART && ChineseNameFinder.isHan(m.charAt(part))
                    && chineseNames.boundaryWordAt(m, part) == 0) {
                part++;
            }
            if (part == dot + 1) {
                break;
            }
            reached = part;
            dot = part;
        }
        return reached;
    }

    /** Longest ordinary word looked for at a name's tail. */
    private static final int MAX_TAIL_WORD = 4;
    /** At most this many chars of a word glued to a name ("托卡耶夫特别" + 提到, "于骏近" + 日). */
    private static final int MAX_GLUED = 2;

    /**
     * A story writes a person's name the same way each time; a Chinese name found once with one
     * or two more chars than elsewhere, where those chars begin an ordinary word, has that
     * word's head glued on ("托卡耶夫特别提到" beside "托卡耶夫指出", "于骏近日" beside "于骏表示"):
     * the mention is cut back to the name as written elsewhere.
     */
    private List<Found> withoutGluedWords(List<Found> found, String m) {
        Set<String> written = new HashSet<>();
        found.forEach(f -> written.add(m.substring(f.name().start(), f.name().end())));
        List<Found> judged = new ArrayList<>(found.size());
        for (Found f : found) {
            int start = f.name().start();
            int end = f.name().end();
            int cut = end;
            for (int glued = 1; glued <= MAX_GLUED && end - glued - start >= 2; glued++) {
                int tail = end - glued;
                if (ChineseNameFinder.isHan(m.charAt(tail)) && written.contains(m.substring(start, tail))
                        && wordStartsAt(m, tail, end)) {
                    cut = tail;
                }
            }
            judged.add(cut == end ? f : new Found(new NameSpan(start, cut), f.role(), f.reportedName()));
        }
        return judged;
    }

    /** Whether an ordinary word, or one that follows names, starts at {@code at} and reaches {@code end} or beyond. */
    private boolean wordStartsAt(String m, int at, int end) {
        if (at + chineseNames.boundaryWordAt(m, at) >= end) {
            return true;
        }
        for (int wordEnd = Math.min(m.length(), at + MAX_TAIL_WORD); wordEnd >= end && wordEnd > at + 1; wordEnd--) {
            if (chineseLattice.get().isCommonWord(m, at, wordEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Drops names inside countries, places and organisations, and the shorter of overlapping names. */
    private static List<Found> withoutOverlaps(List<Found> found, NormalizedText view, SpanIndex otherNames) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.name().start())
                .thenComparing(Comparator.comparingInt((Found f) -> f.name().end()).reversed()));
        List<Found> kept = new ArrayList<>();
        int keptEnd = 0;
        for (Found f : sorted) {
            if (f.name().start() >= keptEnd && !insideOtherName(view, otherNames, f.name().start(), f.name().end())) {
                kept.add(f);
                keptEnd = f.name().end();
            }
        }
        return kept;
    }

    private static SpanIndex otherNames(Findings findings) {
        SpanIndex index = new SpanIndex();
        findings.countries().forEach(c -> index.add(c.span()));
        findings.places().forEach(p -> index.add(p.span()));
        findings.organizations().forEach(o -> index.add(o.span()));
        // bylines and photo credits name the story's reporters and photographers, not its people
        findings.credits().forEach(index::add);
        return index;
    }

    private static boolean insideOtherName(NormalizedText view, SpanIndex otherNames, int start, int end) {
        Span span = view.originalSpan(start, end);
        return otherNames.overlaps(span.start(), span.end());
    }

    /** A name found in the view, the role beside it, and the name to report when it is a short form. */
    record Found(NameSpan name, Role role, String reportedName) {

        Found(NameSpan name, Role role) {
            this(name, role, null);
        }
    }
}
