package io.scofacts.core.extract.document;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.DocumentMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.extract.event.ChineseHeadedNames;
import io.scofacts.core.extract.event.CyrillicHeadedNames;
import io.scofacts.core.extract.event.HeadedName;
import io.scofacts.core.extract.event.NameContext;
import io.scofacts.core.extract.event.TitleCaseNames;
import io.scofacts.core.extract.event.ViewMask;
import io.scofacts.core.extract.event.WordList;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named documents (plans, declarations, agreements, reports, case collections, initiatives):
 * titles in 《…》 that are not media ({@link TitleMarks}); Chinese names ending in a document head
 * (…宣言, …行动计划, …典型案例) with a name part before it ({@link DocumentPrefixRule}); English
 * title-case names ending in Declaration, Plan, Agreement …; Russian names built on декларация,
 * соглашение, меморандум … ("Тяньцзиньская декларация", «План действий ШОС»). The name is
 * reported without 《》 and its span covers the name only.
 *
 * <p>Runs after the country, date, place and organisation recognisers, whose mentions count as
 * name parts and keep a stop word from cutting into a name. English and Russian grammar words are
 * shared with the event recogniser's lexicons.
 */
public final class DocumentRecognizer implements Recognizer {

    private final TitleMarks titleMarks = new TitleMarks();
    private final ChineseHeadedNames chinese;
    private final DocumentPrefixRule prefixTest;
    private final TitleCaseNames english;
    private final CyrillicHeadedNames russian;

    public DocumentRecognizer() {
        List<String> chineseHeads = new ArrayList<>();
        Set<String> weakHeads = new HashSet<>();
        List<String> englishHeads = new ArrayList<>();
        List<String> russianStems = new ArrayList<>();
        for (String[] row : LexiconFile.read("lexicon/document-heads.tsv")) {
            switch (row[1]) {
                case "zh" -> {
                    chineseHeads.add(row[0]);
                    if ("weak".equals(row[2])) {
                        weakHeads.add(row[0]);
                    }
                }
                case "en" -> englishHeads.add(row[0]);
                default -> russianStems.add(row[0]);
            }
        }
        chinese = new ChineseHeadedNames(chineseHeads, Set.of(), WordList.read("lexicon/document-name-stops.tsv"),
                WordList.read("lexicon/document-determiners.tsv"), WordList.read("lexicon/document-head-blockers.tsv"));
        prefixTest = new DocumentPrefixRule(WordList.read("lexicon/document-name-parts.tsv"),
                WordList.read("lexicon/document-generic-words.tsv"), weakHeads);
        english = new TitleCaseNames(englishHeads, WordList.read("lexicon/event-english-words.tsv", "stop"),
                WordList.read("lexicon/event-english-words.tsv", "generic"));
        russian = new CyrillicHeadedNames(russianStems, WordList.read("lexicon/event-russian-words.tsv", "stop"),
                WordList.read("lexicon/event-russian-words.tsv", "generic"));
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String match = view.matchText();
        List<int[]> names = new ArrayList<>(titleMarks.find(match));
        List<int[]> titles = List.copyOf(names);

        ViewMask namesFound = NameContext.namesFound(view, findings);
        ViewMask dates = ViewMask.of(view, findings.dates().stream()
                .filter(date -> !"year".equals(date.precision())).map(DateFact::mention).toList());
        List<HeadedName> headed = new ArrayList<>(chinese.find(match, namesFound, dates,
                (m, start, headStart, head) -> prefixTest.names(m, start, headStart, head, namesFound)));
        headed.addAll(english.find(view.text()));
        headed.addAll(russian.find(view.text()));
        for (HeadedName name : headed) {
            if (name.named() && !insideAny(titles, name.start(), name.end())) {
                names.add(new int[] {name.start(), name.end()});
            }
        }
        names.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int coveredUntil = -1;
        for (int[] name : names) {
            if (name[1] <= coveredUntil) {
                continue;
            }
            coveredUntil = name[1];
            findings.addDocument(new DocumentMention(view.text().substring(name[0], name[1]),
                    view.originalSpan(name[0], name[1])));
        }
    }

    /** Whether {@code [start, end)} lies inside one of the sorted, disjoint {@code ranges}. */
    private static boolean insideAny(List<int[]> ranges, int start, int end) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int[] range = ranges.get(mid);
            if (range[1] < end) {
                low = mid + 1;
            } else if (range[0] > start) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
