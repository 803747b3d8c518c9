package io.scofacts.core.extract.quote;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.text.NormalizedText;
import java.util.List;

/**
 * Finds direct speech in quotation marks attributed to a named person, in Chinese (simplified
 * and traditional), English and Russian, and reports each as a {@link QuoteFact} whose mention
 * covers the quoted text without its marks. The attribution must stand right next to the
 * quotation (see {@link ChineseAttribution}, {@link WordAttribution}); quoted terms
 * ({@link SpeechShape}) and quotations with no named speaker are skipped. A pronoun speaker
 * ("他说", "he said") stands for the most recent named speaker in the same paragraph.
 */
public final class QuoteRecognizer implements Recognizer {

    private final ChineseAttribution chinese;
    private final List<WordAttribution> spaced;
    private final List<String> chineseVerbs;
    private final SpeechLexicon lexicon;

    public QuoteRecognizer() {
        lexicon = SpeechLexicon.load();
        chinese = new ChineseAttribution(lexicon);
        spaced = List.of(new WordAttribution(lexicon, "en"), new WordAttribution(lexicon, "ru"));
        chineseVerbs = lexicon.words("verb", "zh");
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String text = view.text();
        SpeakerContext context = new SpeakerContext(text, chinese, spaced, chineseVerbs, lexicon::isTransliteration);
        // a country "says" things too ("俄罗斯表示"): never a speaker
        findings.countries().forEach(country -> context.notASpeaker(country.surface()));
        for (Quotation quotation : QuotationScanner.scan(text)) {
            context.advanceTo(quotation);
            String speaker = SpeechShape.isLongEnough(text, quotation) ? context.speakerOf(quotation) : null;
            if (speaker != null) {
                int start = quotation.contentStart();
                int end = quotation.contentEnd();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                findings.addQuote(new QuoteFact(speaker, view.originalText(start, end),
                        List.of(view.originalSpan(start, end))));
            }
            context.finished(quotation);
        }
    }
}
