package io.scofacts.core.cases;

import io.scofacts.core.factsheet.CountryFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.SimplifiedChars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of cooperation bodies in running text that the extractor does not report as projects,
 * found by what introduces them and ended at the word for the body (a body concept of
 * {@code lexicon/case-concept-roles.tsv}), in each script:
 * <ul>
 * <li>Chinese, after the countries that build it ("中巴经济走廊", "中吉乌铁路", "中塔合作的数字医疗
 * 平台") or the SCO ("上合示范区"); after who builds it ("中企参与建设的5G网络", "X公司参与建设的
 * 年产125万吨聚乙烯工厂"); after a measure word and a figure that describe it ("一座装机容量
 * 160兆瓦的蒸汽燃气电站项目");</li>
 * <li>English, after a chain of countries led by China ("China-Kyrgyzstan-Uzbekistan
 * cross-border fiber-optic cable");</li>
 * <li>Russian, after the word for building it, in a story naming China ("строительстве в
 * Казахстане дата-центра мощностью 100 МВт", "создание … демонстрационной базы …").</li>
 * </ul>
 * The words that introduce a body are in {@code lexicon/case-body-cues.tsv}.
 */
final class BodyPhrases {

    static final String LEXICON = "lexicon/case-body-cues.tsv";
    private static final String CHINA = "CN";
    /** A body's name in Chinese running text is at most this long after what introduces it. */
    private static final int MAX_BODY_NAME = 14;
    /** A builder this short stays part of the name ("中企", "中塔"); a longer one must be an organisation. */
    private static final int MAX_SHORT_BUILDER = 4;
    /** How far after a measure word the 的 of its description may stand. */
    private static final int MAX_DESCRIPTION = 14;
    private static final int MAX_WORDS = 6;
    /** The body word must come among the first words of a Russian or English name. */
    private static final int MAX_WORDS_BEFORE_HEAD = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐–][\\p{L}\\p{N}]+)*");
    private static final Pattern PLACE_AFTER_PREPOSITION = Pattern.compile(
            "\\s*(?:в|во|на)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:области|районе|регионе|городе|крае|республике|округе))?",
            Pattern.UNICODE_CASE);
    private static final Pattern CHINA_IN_RUSSIAN = Pattern.compile("Китай|китайск|КНР|Поднебесн", Pattern.UNICODE_CASE);

    /** A body named in the text, with the countries its sentence segment names. */
    record Found(Span span, List<String> countries) {
    }

    private final NameSignatures signatures;
    private final ConceptRoles roles;
    private final NameWords words;
    private final List<String> builders = new ArrayList<>();
    private final List<String> counters = new ArrayList<>();
    private final List<Pattern> creations = new ArrayList<>();
    private final Set<String> stops = new TreeSet<>();
    private final Set<String> tails = new TreeSet<>();

    BodyPhrases(NameSignatures signatures, ConceptRoles roles, NameWords words) {
        this.signatures = signatures;
        this.roles = roles;
        this.words = words;
        Map<String, List<String>> cues = new HashMap<>();
        for (String[] row : LexiconFile.read(LEXICON)) {
            cues.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        builders.addAll(cues.getOrDefault("builder", List.of()));
        builders.sort((a, b) -> b.length() - a.length());
        counters.addAll(cues.getOrDefault("counter", List.of()));
        for (String form : cues.getOrDefault("creation", List.of())) {
            String stem = form.endsWith("*") ? form.substring(0, form.length() - 1) : form;
            creations.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem) + (form.endsWith("*") ? "\\p{L}*" : "(?![\\p{L}])"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        stops.addAll(cues.getOrDefault("stop", List.of()));
        tails.addAll(cues.getOrDefault("tail", List.of()));
    }

    List<Found> find(FactSheet sheet, ArticleText article) {
        String simplified = SimplifiedChars.of(article.text);
        List<Span> found = new ArrayList<>();
        chineseAfterPartners(sheet, simplified, found);
        chineseAfterBuilders(sheet, article, simplified, found);
        chineseAfterCounters(sheet, simplified, found);
        englishAfterCountryChains(sheet, article, found);
        russianAfterCreation(sheet, article, found);
        List<Found> bodies = new ArrayList<>();
        for (Span span : found) {
            if (bodies.stream().noneMatch(b -> b.span().equals(span))) {
                bodies.add(new Found(span, segmentCountries(sheet, article, span)));
            }
        }
        return bodies;
    }

    /** "中巴经济走廊", "中塔合作的数字医疗平台", "上合示范区". */
    private void chineseAfterPartners(FactSheet sheet, String simplified, List<Span> found) {
        List<int[]> starts = new ArrayList<>(countryPairs(sheet, simplified));
        for (String form : words.forms("sco")) {
            if (!NameWords.isHan(form.charAt(0))) {
                continue;
            }
            for (int at = simplified.indexOf(form); at >= 0; at = simplified.indexOf(form, at + 1)) {
                NameWords.HanForm longest = words.hanFormAt(simplified, at);
                if (longest != null && longest.end() == at + form.length()) {
                    starts.add(new int[] {at, at + form.length()});
                }
            }
        }
        for (int[] start : starts) {
            int from = start[1];
            String builder = builderAt(simplified, from);
            if (builder != null) {
                from += builder.length() + 1;
            }
            int end = bodyEnd(simplified, from, builder == null ? 0 : 1);
            if (end > 0) {
                found.add(new Span(start[0], end));
            }
        }
    }

    /** "中企参与建设的5G网络", "…公司参与建设的年产125万吨聚乙烯工厂". */
    private void chineseAfterBuilders(FactSheet sheet, ArticleText article, String simplified, List<Span> found) {
        for (String builder : builders) {
            String cue = builder + "的";
            for (int found0 = simplified.indexOf(cue); found0 >= 0; found0 = simplified.indexOf(cue, found0 + 1)) {
                int at = found0;
                int from = at + cue.length();
                int end = bodyEnd(simplified, from, 1);
                if (end < 0 || !builder.equals(builderAt(simplified, at))) {
                    continue;
                }
                int clause = article.clause(at).start();
                int builderStart = clause;
                boolean organisation = sheet.organizations().stream().flatMap(o -> o.mentions().stream())
                        .anyMatch(m -> m.start() >= builderStart && m.end() <= at);
                boolean shortBuilder = at - clause > 0 && at - clause <= MAX_SHORT_BUILDER;
                boolean generic = signatures.ofCase(article.text.substring(from, end), List.of()).ownWords().isEmpty();
                if (shortBuilder && generic) {
                    found.add(new Span(clause, end));
                } else if ((shortBuilder || organisation) && !generic) {
                    found.add(new Span(from, end));
                }
            }
        }
    }

    /** "一座装机容量160兆瓦的蒸汽燃气电站项目": a measure word, a description holding a figure, 的, a body. */
    private void chineseAfterCounters(FactSheet sheet, String simplified, List<Span> found) {
        for (String counter : counters) {
            for (int at = simplified.indexOf(counter); at >= 0; at = simplified.indexOf(counter, at + 1)) {
                int from = at + counter.length();
                int of = simplified.indexOf('的', from);
                if (of < 0 || of - from > MAX_DESCRIPTION) {
                    continue;
                }
                Span description = new Span(from, of);
                boolean measured = sheet.quantities().stream().map(QuantityFact::mention).anyMatch(description::contains);
                int end = measured ? bodyEnd(simplified, of + 1, 1) : -1;
                if (end > 0 && simplified.substring(from, of).codePoints().allMatch(Character::isLetterOrDigit)) {
                    found.add(new Span(from, end));
                }
            }
        }
    }

    /** The builder cue at {@code at} (the longest), or null. */
    private String builderAt(String simplified, int at) {
        for (String builder : builders) {
            if (simplified.startsWith(builder + "的", at)) {
                return builder;
            }
        }
        return null;
    }

    /**
     * Where a name headed by a body ends, reading from {@code from}: the shortest run of Chinese,
     * Latin letters and digits that ends in a body word ending a word (not "网络" of
     * "网络基础设施"), with a generic word after it ("项目") taken in; -1 if none within reach.
     * After countries ("中吉乌铁路") the body word may come first; after a builder it needs
     * {@code minimumBefore} characters before it, or any platform would be a case.
     */
    private int bodyEnd(String simplified, int from, int minimumBefore) {
        int limit = Math.min(simplified.length(), from + MAX_BODY_NAME);
        int at = from;
        while (at < limit) {
            char c = simplified.charAt(at);
            if (!(NameWords.isHan(c) || Character.isLetterOrDigit(c))) {
                return -1;
            }
            NameWords.HanForm form = NameWords.isHan(c) ? words.hanFormAt(simplified, at) : null;
            if (form != null && roles.of(form.concept()) == ConceptRoles.Role.BODY && at - from >= minimumBefore) {
                NameWords.HanForm next = form.end() < simplified.length() ? words.hanFormAt(simplified, form.end()) : null;
                if (next == null) {
                    return form.end();
                }
                if (tails.contains(simplified.substring(form.end(), next.end())) && endsNoun(simplified, next.end())) {
                    return next.end();
                }
                if (NameWords.GENERIC.equals(next.concept())) {
                    return form.end(); // a verb after the body ("…示范区推进", "…铁路建设")
                }
                if (roles.of(next.concept()) != ConceptRoles.Role.BODY && !NameWords.GENERIC.equals(next.concept())) {
                    return -1; // the body word modifies a longer noun ("网络基础设施")
                }
            }
            at = form != null ? form.end() : at + 1;
        }
        return -1;
    }

    /** A generic word after a body word belongs to its name ("…光缆项目") when nothing nominal follows it. */
    private boolean endsNoun(String simplified, int at) {
        if (at >= simplified.length() || !NameWords.isHan(simplified.charAt(at))) {
            return true;
        }
        NameWords.HanForm next = words.hanFormAt(simplified, at);
        return next == null || NameWords.GENERIC.equals(next.concept());
    }

    /** Where "中" and the one-character short forms of partner countries after it stand: "中巴", "中吉乌". */
    private static List<int[]> countryPairs(FactSheet sheet, String simplified) {
        Set<Integer> partnerAt = new TreeSet<>();
        for (CountryFact country : sheet.countries()) {
            if (!CHINA.equals(country.code())) {
                country.mentions().stream().filter(m -> m.length() == 1).forEach(m -> partnerAt.add(m.start()));
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int start : partnerAt) {
            if (start > 0 && simplified.charAt(start - 1) == '中' && !partnerAt.contains(start - 1)) {
                int end = start + 1;
                while (partnerAt.contains(end)) {
                    end++;
                }
                pairs.add(new int[] {start - 1, end});
            }
        }
        return pairs;
    }

    /** "China-Kyrgyzstan-Uzbekistan cross-border fiber-optic cable". */
    private void englishAfterCountryChains(FactSheet sheet, ArticleText article, List<Span> found) {
        List<Span> chinaMentions = new ArrayList<>();
        List<Span> partnerMentions = new ArrayList<>();
        for (CountryFact country : sheet.countries()) {
            (CHINA.equals(country.code()) ? chinaMentions : partnerMentions).addAll(country.mentions());
        }
        for (Span china : chinaMentions) {
            if (china.length() < 2 || !Character.isLetter(article.text.charAt(china.start()))
                    || NameWords.isHan(article.text.charAt(china.start()))) {
                continue;
            }
            int end = china.end();
            boolean chained = false;
            for (boolean more = true; more;) {
                more = false;
                if (end < article.text.length() && "-‐–".indexOf(article.text.charAt(end)) >= 0) {
                    for (Span partner : partnerMentions) {
                        if (partner.start() == end + 1) {
                            end = partner.end();
                            chained = more = true;
                        }
                    }
                }
            }
            if (chained) {
                int bodyEnd = wordsEndingInBody(article.text, end);
                if (bodyEnd > 0) {
                    found.add(new Span(china.start(), bodyEnd));
                }
            }
        }
    }

    /** "строительстве в Казахстане дата-центра мощностью 100 МВт", in a story that names China. */
    private void russianAfterCreation(FactSheet sheet, ArticleText article, List<Span> found) {
        boolean namesChina = sheet.countries().stream().anyMatch(c -> CHINA.equals(c.code()))
                || CHINA_IN_RUSSIAN.matcher(article.text).find();
        if (!namesChina) {
            return;
        }
        for (Pattern creation : creations) {
            Matcher matcher = creation.matcher(article.text);
            while (matcher.find()) {
                if (!isCyrillic(article.text, matcher.start())) {
                    continue;
                }
                int from = matcher.end();
                Matcher place = PLACE_AFTER_PREPOSITION.matcher(article.text).region(from, article.text.length());
                if (place.lookingAt()) {
                    from = place.end();
                }
                while (from < article.text.length() && Character.isWhitespace(article.text.charAt(from))) {
                    from++;
                }
                int end = wordsWithBody(article.text, from);
                if (end > 0) {
                    found.add(new Span(from, end));
                }
            }
        }
    }

    /**
     * After {@code from}: the words up to the last one that is a body word, among the next few
     * words up to punctuation or a word that ends a name; -1 when none is a body word.
     */
    private int wordsEndingInBody(String text, int from) {
        List<int[]> run = wordRun(text, from);
        for (int k = run.size(); k >= 1; k--) {
            if (lastWordIsBody(text, run.get(0)[0], run.get(k - 1)[1])) {
                return run.get(k - 1)[1];
            }
        }
        return -1;
    }

    /** After {@code from}: the whole run of words, when a body word comes among its first ones ("демонстрационной базы …"). */
    private int wordsWithBody(String text, int from) {
        List<int[]> run = wordRun(text, from);
        for (int k = 1; k <= Math.min(MAX_WORDS_BEFORE_HEAD, run.size()); k++) {
            if (lastWordIsBody(text, run.get(0)[0], run.get(k - 1)[1])) {
                return run.get(run.size() - 1)[1];
            }
        }
        return -1;
    }

    private List<int[]> wordRun(String text, int from) {
        List<int[]> run = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int at = from;
        while (run.size() < MAX_WORDS && at < text.length()) {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00a0')) {
                at++;
            }
            if (!word.find(at) || word.start() != at || stops.contains(word.group().toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            run.add(new int[] {word.start(), word.end()});
            at = word.end();
        }
        return run;
    }

    private boolean lastWordIsBody(String text, int start, int end) {
        List<NameWords.Word> read = words.read(NameWords.fold(text.substring(start, end)));
        if (read.isEmpty()) {
            return false;
        }
        NameWords.Word last = read.get(read.size() - 1);
        return last.kind() == NameWords.Word.Kind.CONCEPT && roles.of(last.concept()) == ConceptRoles.Role.BODY;
    }

    /** The countries named in the sentence segment of a mention (a body's countries when its name names none). */
    static List<String> segmentCountries(FactSheet sheet, ArticleText article, Span mention) {
        Span segment = article.segment(mention.start());
        Set<String> codes = new TreeSet<>();
        for (CountryFact country : sheet.countries()) {
            if (country.mentions().stream().anyMatch(segment::contains)) {
                codes.add(country.code());
            }
        }
        return List.copyOf(codes);
    }

    /** Organisations are bodies of their own; a phrase inside one's name is not another body. */
    static boolean insideAnOrganisation(FactSheet sheet, Span span) {
        for (OrganizationFact organization : sheet.organizations()) {
            if (organization.mentions().stream().anyMatch(m -> m.overlaps(span) && !m.equals(span))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(String text, int at) {
        return Character.UnicodeScript.of(text.codePointAt(at)) == Character.UnicodeScript.CYRILLIC;
    }
}
