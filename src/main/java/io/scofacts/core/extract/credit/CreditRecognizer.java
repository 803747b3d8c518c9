package io.scofacts.core.extract.credit;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.extract.credit.CreditLexicon.Role;
import io.scofacts.core.text.Han;
import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.story.StoryView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the story is credited to and what it is called. The publisher is the medium the page
 * credits most directly, in this order: the agency of a dateline ("新华社阿拉木图3月18日电",
 * "TASHKENT, May 12 (Xinhua) --", "ДУШАНБЕ, 18.06.2025 /НИАТ «Ховар»/") or of a paper's lead
 * ("克拉玛依日报讯"); a source line ("来源:新华社"); the medium of a byline ("石榴云/新疆日报记者
 * 张磊": the last one, the paper); a medium the story cites for itself ("Об этом 24.kg сообщил",
 * "как передает бюро Report"); a masthead line naming a medium above the story. Reporters come
 * from bylines; photographers and editors are credits too but not reporters. Every credited medium
 * is an organisation of the story, and every byline is marked as a credit, so that the names in
 * it are not read as people of the story.
 */
public final class CreditRecognizer implements Recognizer {

    private static final int HEAD_LINES = 15;
    /** "本报", "本台", "本网": the publication calling itself "this paper" names no medium. */
    private static final Pattern SELF_REFERENCE = Pattern.compile("本[报報刊台网網社]");
    private static final int MAX_SOURCE_LINE = 100;
    private static final int MAX_MASTHEAD = 20;
    private static final String CHINESE_DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String LATIN_DATE = "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} [A-Z][a-z]{2,8}(?: \\d{4})?)";
    /** "TASHKENT, June 3", "TIANJIN, China, September 1": where and when an English dateline opens. */
    private static final String LATIN_PLACE_AND_DATE = "^\\s*[A-Z][A-Za-z .'-]{1,30}(?:, [A-Z][A-Za-z .'-]{1,30})?, " + LATIN_DATE;
    private static final String CYRILLIC_DATE = "(?:\\d{1,2} [а-яё]{3,8}\\.?(?: \\d{4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})";
    private static final String DOMAIN = "(?:[A-Za-z0-9-]+\\.)+(?:kg|kz|uz|tj|ru|az|by|am|cn|com|net|org|info|news|asia)";

    /** How directly a credit names the story's publisher: a lower rank wins. */
    private enum Credit { DATELINE, SOURCE_LINE, BYLINE, CITED, MASTHEAD, PHOTO }

    private record Medium(Credit credit, int start, int end) {
    }

    private final CreditLexicon lexicon = new CreditLexicon();
    private final StoryView storyView = new StoryView();
    private final Bylines bylines = new Bylines(lexicon);
    private final TitleFinder titles;
    private final Pattern chineseDateline;
    private final Pattern chineseLead;
    private final Pattern latinDateline;
    /** "MOSCOW, September 1. /TASS/.": the agency between slashes, as Russian agencies' English services write it. */
    private final Pattern latinSlashDateline;
    private final Pattern latinAgencyDash;
    private final Pattern cyrillicDateline;
    private final Pattern cyrillicDashDateline;
    /** "SHANGHAI. KAZINFORM -", "ASTANA, Kazinform –": a city, then a known agency in any letter case, then a dash. */
    private final Pattern latinCityAgencyDash;
    private final Pattern sourceLine;
    private final Pattern cyrillicCited;
    private final Pattern latinCited;
    private final Pattern metadataLine;
    /** "Khovar reports citing the Service", "Trend reports via the ministry": a medium relaying a source. */
    private final Pattern latinRelays;
    /** "Photo credit: Khovar", "Фото: Kabar": one name credited for the pictures, a medium's. */
    private final Pattern photoCreditLine;
    /** "Adlet Seilkhanov" over a line "Author"/"Автор": an author card in the page furniture. */
    private static final Pattern CARD_NAME = Pattern.compile("^\\s*(?<name>\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2})\\s*$");

    public CreditRecognizer() {
        String agencies = lexicon.agencies();
        chineseDateline = Pattern.compile("^\\s*[【\\[]?(?<agency>" + agencies + "|[" + Han.IDEOGRAPHS + "]{1,8}?(?:社|网|报))\\s*[" + Han.IDEOGRAPHS + "]{0,10}?\\s*"
                + CHINESE_DAY + "月" + CHINESE_DAY + "日(?:电|讯)");
        chineseLead = Pattern.compile("^\\s*[【\\[]?(?<agency>[" + Han.IDEOGRAPHS + "A-Za-z“”\"]{2,16}?)讯(?=\\s*[(（]|\\s|$)");
        latinDateline = Pattern.compile(LATIN_PLACE_AND_DATE + " \\((?<agency>[A-Za-z' .]{2,30})\\)");
        latinSlashDateline = Pattern.compile(LATIN_PLACE_AND_DATE + "[.,]? /(?<agency>[A-Za-z' .-]{2,30})/");
        latinCityAgencyDash = Pattern.compile("^\\s*[A-Z][A-Za-z .'-]{1,30}[.,]\\s*(?<agency>(?i:" + agencies + "))\\s*(?:--|[—–-])");
        latinAgencyDash = Pattern.compile("\\((?<agency>" + agencies + ")\\)\\s*(?:--|[—–-])");
        cyrillicDateline = Pattern.compile("^\\s*[А-ЯЁ][А-ЯЁ .-]{1,30}, " + CYRILLIC_DATE + "[.,]? /(?<agency>[^/\\n]{2,30})/");
        cyrillicDashDateline = Pattern.compile("^\\s*[А-ЯЁ][А-ЯЁ -]{1,30}(?:, " + CYRILLIC_DATE + ")?[.,]?\\s*(?:[–—-]\\s*)?(?<agency>"
                + agencies + ")\\s*[.–—-]");
        sourceLine = Pattern.compile("(?:^|\\s)(?:" + lexicon.markers(Role.SOURCE)
                + ")\\s*[:：]?\\s*(?<name>[A-Z][A-Za-z&'’.-]*(?: (?:of |the |and )?[A-Z][A-Za-z&'’.-]*){0,5}(?=\\s*$|\\s*[,|/])"
                + "|[^\\s,，。;；|丨/:：()（）、]{2,30})");
        String citedMedium = "(?<medium>" + DOMAIN + "|" + agencies + "|«[^»\\n]{2,30}»|[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20})?)";
        cyrillicCited = Pattern.compile("(?:[Оо]б этом|[Кк]ак)\\s+(?:(?<before>" + DOMAIN + "|" + agencies
                + ")\\s+)?(?:сообщил[аио]?|сообщает|сообщили|передает|передаёт|пишет|информирует)"
                + "(?:\\s+(?:[а-яё]+\\s+){0,2}?(?:корреспондент|бюро|агентство|издание|портал|сайт|информагентство)\\s+"
                + citedMedium + ")?");
        latinCited = Pattern.compile("(?:told|according to|reported by|cited by)\\s+(?:the\\s+)?(?<medium>" + DOMAIN + "|" + agencies + ")\\b");
        latinRelays = Pattern.compile("(?<medium>" + DOMAIN + "|" + agencies + "|[A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{2,20})?)"
                + " (?:reports|reported|writes|wrote),? (?:citing|via|quoting|with reference to)\\b");
        photoCreditLine = Pattern.compile("^\\s*(?:Photo credit|Photos?|Фото)\\s*:\\s*(?<medium>" + DOMAIN
                + "|«[^»\\n]{2,30}»|\\p{Lu}[\\p{L}.-]{2,30})\\s*$");
        metadataLine = Pattern.compile("^\\s*(?:" + lexicon.markers(Role.values()) + ")\\s*[:：]");
        titles = new TitleFinder(this::isCreditLine);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText page = article.page();
        Lines lines = Lines.of(page.matchText());
        findings.setTitle(titleAsWritten(page, lines));
        List<Medium> media = new ArrayList<>();
        for (int i = 0; i < lines.all().size(); i++) {
            Lines.Line line = lines.all().get(i);
            if (i > 0 && storyView.opensOtherStories(line.text())) {
                break; // "相关内容", "Related news": the credits after it are other stories'
            }
            List<Bylines.Byline> lineBylines = new ArrayList<>(bylines.find(line.text(), line.start()));
            if (i < HEAD_LINES) {
                int datelineEnd = datelines(line, media);
                Bylines.Byline reporters = datelineEnd < 0 ? null : bylines.bracketAfterDateline(line.text(), datelineEnd, line.start());
                if (reporters != null) {
                    lineBylines.add(reporters);
                }
            }
            for (Bylines.Byline byline : lineBylines) {
                findings.addCredit(page.originalSpan(byline.start(), byline.end()));
                List<Medium> bylineMedia = new ArrayList<>();
                for (Bylines.Credited credited : byline.credited()) {
                    String name = page.text().substring(credited.start(), credited.end());
                    if (credited.medium()) {
                        bylineMedia.add(0, new Medium(Credit.BYLINE, credited.start(), credited.end()));
                    } else if (credited.role() == Role.REPORTER) {
                        findings.addReporter(name);
                    }
                }
                // the last medium of "石榴云/新疆日报记者" is the paper, so a byline's media rank last first
                media.addAll(bylineMedia);
            }
            if (line.trimmed().length() <= MAX_SOURCE_LINE) {
                addFirst(sourceLine, line, "name", Credit.SOURCE_LINE, media);
            }
            // the cited-outlet phrases are Russian or English: a line without those letters is not read for them
            if (hasLetters(line.text(), 'а', 'я')) {
                addAll(cyrillicCited, line, media);
            }
            if (hasLetters(line.text(), 'a', 'z')) {
                if (!addFirst(latinCited, line, "medium", Credit.CITED, media)) {
                    addFirst(latinRelays, line, "medium", Credit.CITED, media);
                }
            }
            if (addFirst(photoCreditLine, line, "medium", Credit.PHOTO, media)) {
                findings.addCredit(page.originalSpan(line.start(), line.start() + line.text().length()));
            }
            authorCard(lines, i, page, findings);
        }
        masthead(lines, findings.title(), media);
        report(page, media, findings);
    }

    /** Adds the agency of a dateline in {@code line}; returns where a Chinese dateline ends in the line, else -1. */
    private int datelines(Lines.Line line, List<Medium> media) {
        Matcher chinese = chineseDateline.matcher(line.text());
        int end = firstMatch(chinese) ? chinese.end() : -1;
        if (!addFirst(chineseDateline, line, "agency", Credit.DATELINE, media)) {
            Matcher lead = chineseLead.matcher(line.text());
            if (firstMatch(lead) && lexicon.looksLikeMedium(lead.group("agency"))) {
                media.add(new Medium(Credit.DATELINE, line.start() + lead.start("agency"), line.start() + lead.end("agency")));
            }
        }
        if (!addFirst(latinDateline, line, "agency", Credit.DATELINE, media)
                && !addFirst(latinSlashDateline, line, "agency", Credit.DATELINE, media)
                && !addFirst(latinAgencyDash, line, "agency", Credit.DATELINE, media)) {
            addFirst(latinCityAgencyDash, line, "agency", Credit.DATELINE, media);
        }
        if (!addFirst(cyrillicDateline, line, "agency", Credit.DATELINE, media)) {
            addFirst(cyrillicDashDateline, line, "agency", Credit.DATELINE, media);
        }
        return end;
    }

    /**
     * An author card: a line that is nothing but a name, with a line that is nothing but a
     * reporter's role word after it ("Adlet Seilkhanov" / "Автор"), credits a reporter; a line of
     * the name's last word alone just above it (a portrait's caption) is part of the card.
     */
    private void authorCard(Lines lines, int i, NormalizedText page, Findings findings) {
        List<Lines.Line> all = lines.all();
        int next = i + 1;
        while (next < all.size() && all.get(next).trimmed().isEmpty()) {
            next++;
        }
        if (next >= all.size() || lexicon.roleOf(all.get(next).trimmed()) != Role.REPORTER) {
            return;
        }
        Lines.Line line = all.get(i);
        Matcher name = CARD_NAME.matcher(line.text());
        if (!name.lookingAt()) {
            return;
        }
        String written = page.text().substring(line.start() + name.start("name"), line.start() + name.end("name"));
        findings.addReporter(written);
        findings.addCredit(page.originalSpan(line.start(), line.start() + line.text().length()));
        String surname = written.substring(written.lastIndexOf(' ') + 1);
        if (i > 0 && all.get(i - 1).trimmed().equals(surname)) {
            Lines.Line caption = all.get(i - 1);
            findings.addCredit(page.originalSpan(caption.start(), caption.start() + caption.text().length()));
        }
    }

    /** "Об этом 24.kg сообщил" names the medium before the verb, "как передает бюро Report" after it. */
    private static void addAll(Pattern cited, Lines.Line line, List<Medium> media) {
        Matcher m = cited.matcher(line.text());
        while (m.find()) {
            String group = m.group("before") != null ? "before" : m.group("medium") != null ? "medium" : null;
            if (group != null) {
                media.add(new Medium(Credit.CITED, line.start() + m.start(group), line.start() + m.end(group)));
            }
        }
    }

    /** A line above the story that is nothing but a medium's name ("青岛“一带一路”建设网"). */
    private void masthead(Lines lines, String title, List<Medium> media) {
        for (int i = 0; i < Math.min(HEAD_LINES, lines.all().size()); i++) {
            Lines.Line line = lines.all().get(i);
            String text = line.trimmed();
            if (TitleFinder.isBody(text)) {
                return;
            }
            if (isMasthead(text) && !text.equals(title)) {
                int start = line.start() + line.text().indexOf(text);
                media.add(new Medium(Credit.MASTHEAD, start, start + text.length()));
                return;
            }
        }
    }

    private boolean isMasthead(String line) {
        String text = line.strip();
        return text.length() <= MAX_MASTHEAD && lexicon.looksLikeMedium(text) && !text.endsWith("平台")
                && text.codePoints().noneMatch(c -> "。,,:!?;()()".indexOf(c) >= 0 || Character.isDigit(c));
    }

    private static boolean hasLetters(String text, char from, char to) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first match of the matcher's pattern; a pattern anchored with "^" is tried at the line's
     * start only ({@code find} would try, and fail, at every char of a long paragraph).
     */
    private static boolean firstMatch(Matcher m) {
        return m.pattern().pattern().startsWith("^") ? m.lookingAt() : m.find();
    }

    private static boolean addFirst(Pattern pattern, Lines.Line line, String group, Credit credit, List<Medium> media) {
        Matcher m = pattern.matcher(line.text());
        if (firstMatch(m)) {
            media.add(new Medium(credit, line.start() + m.start(group), line.start() + m.end(group)));
            return true;
        }
        return false;
    }

    /** The best-ranked medium is the publisher; every medium credited is an organisation of the story. */
    private static void report(NormalizedText page, List<Medium> media, Findings findings) {
        media.sort(Comparator.comparing(Medium::credit));
        List<String> seen = new ArrayList<>();
        for (Medium medium : media) {
            String name = page.text().substring(medium.start(), medium.end()).strip();
            if (name.startsWith("«") && name.endsWith("»")) {
                name = name.substring(1, name.length() - 1);
            }
            if (SELF_REFERENCE.matcher(name).matches()) {
                continue;
            }
            if (findings.publisher() == null) {
                findings.setPublisher(name);
            }
            if (!seen.contains(name)) {
                seen.add(name);
                int start = page.text().indexOf(name, medium.start());
                findings.addCreditedMedium(new OrganizationMention(name, null, page.originalSpan(start, start + name.length())));
            }
        }
    }

    private String titleAsWritten(NormalizedText page, Lines lines) {
        Lines.Line title = titles.find(lines);
        return title == null ? null : page.text().substring(title.start(), title.start() + title.text().length()).strip();
    }

    /** "08:07, July 11, 2025 People's Daily Online", "2025-08-28": a time stamp line, page metadata. */
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?,?\\s+\\S.{0,60}?\\b(?:19|20)\\d{2}\\b.{0,40}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*$");

    private boolean isCreditLine(String line) {
        if (TIMESTAMP_LINE.matcher(line).find()) {
            return true;
        }
        if (isMasthead(line) || firstMatch(metadataLine.matcher(line)) || firstMatch(chineseDateline.matcher(line))
                || firstMatch(latinDateline.matcher(line)) || firstMatch(cyrillicDateline.matcher(line))) {
            return true;
        }
        List<Bylines.Byline> lineBylines = bylines.find(line, 0);
        return !lineBylines.isEmpty() && lineBylines.get(0).start() == 0;
    }
}
