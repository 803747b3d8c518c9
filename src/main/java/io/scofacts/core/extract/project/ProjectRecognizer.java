package io.scofacts.core.extract.project;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Named cooperation projects, first cut: a name ending in a project head noun (项目, 工程,
 * Project) scanned leftwards to the nearest function word or punctuation, kept only when it
 * carries something that makes it a proper name (a country or bilateral form, Latin letters,
 * an English capitalised run, a Russian «…» title). Categories and parties come later.
 * Runs after the country recogniser, whose mentions inside a name give the project's countries.
 */
public final class ProjectRecognizer implements Recognizer {

    private static final int MAX_NAME_LENGTH = 30;
    private static final int MIN_NAME_LENGTH = 4;

    private final List<String> chineseSuffixes = new ArrayList<>();
    private final List<String> englishSuffixes = new ArrayList<>();
    private final List<String> stops;

    public ProjectRecognizer() {
        for (String[] row : LexiconFile.read("lexicon/project-suffixes.tsv")) {
            ("zh".equals(row[1]) ? chineseSuffixes : englishSuffixes).add(row[0]);
        }
        List<String> words = new ArrayList<>();
        LexiconFile.read("lexicon/project-name-stops.tsv").forEach(row -> words.add(row[0]));
        words.sort(Comparator.comparingInt(String::length).reversed());
        stops = List.copyOf(words);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        String text = article.view().text();
        for (String suffix : chineseSuffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length())) {
                int end = at + suffix.length();
                int start = chineseNameStart(text, at, end);
                if (start >= 0) {
                    add(article, findings, start, end, false);
                }
            }
        }
        for (String suffix : englishSuffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length())) {
                int end = at + suffix.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue;
                }
                int start = englishNameStart(text, at);
                if (start < at) {
                    add(article, findings, start, end, true);
                }
            }
        }
    }

    /** Where a Chinese name ending at {@code end} starts; -1 when the words before the suffix are no name. */
    private int chineseNameStart(String text, int suffixStart, int end) {
        int start = suffixStart;
        while (start > 0 && end - start < MAX_NAME_LENGTH) {
            char c = text.charAt(start - 1);
            if (!isNameChar(c) || endsWithStop(text, start)) {
                break;
            }
            start--;
        }
        start = afterUnmatchedClosingBracket(text, start, suffixStart);
        return end - start < MIN_NAME_LENGTH ? -1 : start;
    }

    /** Brackets belong to a name only in pairs ("产业园(天津)"); a lone ")" ends a byline before it. */
    private static int afterUnmatchedClosingBracket(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                if (depth == 0) {
                    start = i + 1;
                } else {
                    depth--;
                }
            }
        }
        return start;
    }

    private boolean endsWithStop(String text, int position) {
        for (String stop : stops) {
            if (position >= stop.length() && text.startsWith(stop, position - stop.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return c == '·' || c == '(' || c == ')' || c == '（' || c == '）' || c == '-' || c == '—';
    }

    /** The start of the capitalised run before {@code suffixStart} ("Digital Silk Road Project"). */
    private static int englishNameStart(String text, int suffixStart) {
        int start = suffixStart;
        int words = 0;
        int i = suffixStart - 1;
        while (i > 0 && words < 8) {
            if (text.charAt(i) != ' ') {
                break;
            }
            int wordEnd = i;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            start = wordStart;
            words++;
            i = wordStart - 1;
        }
        if (words > 0 && text.startsWith("The ", start)) {
            start += 4;
        }
        return start;
    }

    private static void add(AnalyzedArticle article, Findings findings, int start, int end, boolean english) {
        Span span = article.view().originalSpan(start, end);
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        for (CountryMention country : findings.countries()) {
            if (span.contains(country.span())) {
                countries.add(country.code());
            }
        }
        String name = article.view().originalText(start, end);
        boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        if (!english && countries.isEmpty() && !latin) {
            return;
        }
        findings.addProject(new ProjectMention(name, null, List.copyOf(countries), List.of(), span));
    }
}
