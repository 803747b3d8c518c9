package io.scofacts.core.extract.credit;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the story is credited to and what it is called: the publisher from a dateline
 * ("新华社阿拉木图3月18日电", "TASHKENT, May 12 (Xinhua) --"), a byline in brackets
 * ("(人民日报记者 张晓岚)") or a source line ("来源:新华社", "文章来自…"); reporters from bylines;
 * the headline as the last short line before the story's first paragraph.
 */
public final class CreditRecognizer implements Recognizer {

    private static final String NAME = "[\\p{IsHan}·]{2,8}";
    private static final Pattern BRACKET_BYLINE = Pattern.compile(
            "[(（]\\s*(?<agency>[\\p{IsHan}]{0,10}?)\\s*(?:记者|記者)\\s*(?<names>" + NAME + "(?:\\s*[、,, ]\\s*" + NAME + "){0,4})\\s*[)）]");
    private static final Pattern LINE_BYLINE = Pattern.compile(
            "^\\s*(?<agency>[\\p{IsHan}]{0,10}?)(?:记者|記者)\\s+(?<names>" + NAME + "(?:\\s*[、, ]\\s*" + NAME + "){0,4})\\s*$");
    private static final Pattern ENGLISH_BYLINE = Pattern.compile("^\\s*By (?<names>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\\s*$");
    private static final Pattern ENGLISH_DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Za-z .'-]{1,30}, [A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})? \\((?<agency>[A-Za-z' ]{2,30})\\)");
    /** "ТАШКЕНТ, 22 мая. /ТАСС/." */
    private static final Pattern RUSSIAN_DATELINE = Pattern.compile(
            "^\\s*[А-ЯЁ][А-ЯЁ .-]{1,30}, \\d{1,2} [а-яё]{3,8}\\.? /(?<agency>[^/\\n]{2,30})/");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[、,, ]\\s*");
    private static final int HEAD_LINES = 15;

    private final Pattern chineseDateline;
    private final Pattern sourceLine;
    private final TitleFinder titles;

    public CreditRecognizer() {
        List<String> agencies = new ArrayList<>();
        LexiconFile.read("lexicon/news-agencies.tsv").forEach(row -> agencies.add(Pattern.quote(row[0])));
        agencies.sort(Comparator.comparingInt(String::length).reversed());
        chineseDateline = Pattern.compile("^\\s*[【\\[]?(?<agency>" + String.join("|", agencies)
                + "|[\\p{IsHan}]{1,5}?社)[\\p{IsHan}]{0,8}?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月"
                + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日电");
        List<String> sources = new ArrayList<>();
        List<String> meta = new ArrayList<>();
        for (String[] row : LexiconFile.read("lexicon/credit-markers.tsv")) {
            ("source".equals(row[1]) ? sources : meta).add(Pattern.quote(row[0]));
        }
        sources.sort(Comparator.comparingInt(String::length).reversed());
        sourceLine = Pattern.compile("(?:^|\\s)(?:" + String.join("|", sources)
                + ")\\s*[::]?\\s*(?<name>[^\\s,,。;;|丨/:：()（）]{2,20})\\s*$");
        Pattern metadataLine = Pattern.compile("^\\s*(?:" + String.join("|", meta) + ")\\s*[::]");
        titles = new TitleFinder(line -> metadataLine.matcher(line).find() || chineseDateline.matcher(line).find()
                || ENGLISH_DATELINE.matcher(line).find() || RUSSIAN_DATELINE.matcher(line).find() || ENGLISH_BYLINE.matcher(line).find()
                || LINE_BYLINE.matcher(line).find());
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        Lines lines = Lines.of(article.page().text());
        findings.setTitle(titles.find(lines));
        String publisher = null;
        for (int i = 0; i < lines.all().size(); i++) {
            String line = lines.all().get(i).text();
            if (i < HEAD_LINES && publisher == null) {
                publisher = firstGroup(chineseDateline, line, "agency");
                if (publisher == null) {
                    publisher = firstGroup(ENGLISH_DATELINE, line, "agency");
                }
                if (publisher == null) {
                    publisher = firstGroup(RUSSIAN_DATELINE, line, "agency");
                }
            }
            Matcher byline = BRACKET_BYLINE.matcher(line);
            while (byline.find()) {
                publisher = publisher != null ? publisher : agency(byline.group("agency"));
                addReporters(findings, byline.group("names"));
            }
            Matcher lineByline = LINE_BYLINE.matcher(line);
            if (lineByline.find()) {
                publisher = publisher != null ? publisher : agency(lineByline.group("agency"));
                addReporters(findings, lineByline.group("names"));
            }
            Matcher english = ENGLISH_BYLINE.matcher(line);
            if (english.find()) {
                findings.addReporter(english.group("names"));
            }
        }
        if (publisher == null) {
            publisher = sourceLineName(lines);
        }
        findings.setPublisher(publisher);
    }

    private String sourceLineName(Lines lines) {
        for (Lines.Line line : lines.all()) {
            if (line.trimmed().length() <= 80) {
                String name = firstGroup(sourceLine, line.trimmed(), "name");
                if (name != null && !name.contains("http") && !name.contains(".")) {
                    return name;
                }
            }
        }
        return null;
    }

    private static void addReporters(Findings findings, String names) {
        for (String name : NAME_SEPARATOR.split(names.strip())) {
            if (!name.isEmpty()) {
                findings.addReporter(name);
            }
        }
    }

    /** "本报"/"本報" (this paper) names no one; an empty prefix neither. */
    private static String agency(String prefix) {
        return prefix == null || prefix.isBlank() || prefix.startsWith("本报") || prefix.startsWith("本報") ? null : prefix.strip();
    }

    private static String firstGroup(Pattern pattern, String text, String group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(group) : null;
    }
}
