package io.scofacts.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded adversarial inputs for the whole extractor: random Unicode from every plane (lone
 * surrogates, controls, combining marks, right-to-left text), very long lines, quotes and
 * brackets nested 10,000 deep, long runs of digits, decimal points, percent signs, Chinese
 * numerals and middle dots, and news-like sentences mixed with junk. Each must finish within a
 * generous bound (a hang, not a benchmark) and give a FactSheet whose every span is valid.
 * A failure names its input kind; the seed makes it reproducible.
 */
class ExtractorFuzzTest {

    private static final long SEED = 0x5C0FAC75L;
    private static final int LARGE = 500_000;
    /** A hang guard for 500,000 chars on a busy 2-core machine, far above the expected time. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final Extractor EXTRACTOR = Extractor.standard();

    private static final String[] SENTENCES = {
        "2025年9月3日,塔吉克斯坦同中方在杜尚别签订智慧水利合作备忘录,两国商定联合建设遥感监测平台。",
        "據悉,該項目總投資約3.5億美元,預計2026年底前完工,將為當地創造1200個就業崗位。",
        "商务部副部长王明表示:“中乌数字贸易额同比增长47.5%,合作潜力巨大。”",
        "The Shanghai Cooperation Organisation held its digital economy forum in Qingdao on 12 May 2025, "
                + "where Kazakhstan and China signed 21 agreements worth $1.2 billion.",
        "\"We will double the number of data centres by 2030,\" said Aliya Nurlanovna, deputy minister of "
                + "digital development.",
        "В Алматы 3 марта 2025 года открылся центр обработки данных стоимостью 15 млрд тенге; "
                + "товарооборот России и Китая вырос на 12,4%.",
        "《上合组织成员国智慧农业合作路线图》要求,至2032年各方农产品线上贸易量增长三倍。",
        "艾哈迈德·达维什出席了中吉乌铁路项目签约仪式,哈方代表团约三百人参加。",
    };

    private static final String JUNK_CHARS = "\u0000\u0007\u001b\u200b\u200d\u202e\u2066\ufeff\ufffd\ud800\udfff"
            + "\u0301\u0336\u20dd·•・‧.%%%0123456789〇一二三四五六七八九十百千万亿兆“”‘’「」『』《》〈〉()()[]【】\"'";

    @TestFactory
    Stream<DynamicTest> adversarialInputsFinishWithValidFactSheets() {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = randomUnicode(random, 1 + random.nextInt(3000));
            tests.add(check("random unicode #" + i, () -> text));
        }
        for (int i = 0; i < 40; i++) {
            String text = mixture(random, 200 + random.nextInt(4000));
            tests.add(check("sentences and junk #" + i, () -> text));
        }
        tests.add(check("random unicode, 500k", () -> randomUnicode(new Random(SEED + 1), LARGE)));
        tests.add(check("sentences and junk, 500k", () -> mixture(new Random(SEED + 2), LARGE)));
        tests.add(check("one 500k line of sentences", () -> repeat(String.join(" ", SENTENCES).replace("\n", " "))));
        tests.add(check("quotes and brackets 10,000 deep", () -> nested(10_000, "中国与哈萨克斯坦签署协议,金额达5亿美元")));
        tests.add(check("openers only, 500k", () -> repeat("“《「(“《『【")));
        tests.add(check("closers only, 500k", () -> repeat("”》」)”》』】")));
        tests.add(check("quote marks only, 500k", () -> repeat("\"“”'‘’「」")));
        tests.add(check("digits, 500k", () -> repeat("7")));
        tests.add(check("digits and decimal points, 500k", () -> repeat("3.14.")));
        tests.add(check("decimal points, 500k", () -> repeat(".")));
        tests.add(check("digits with separators, 500k", () -> repeat("1,234,")));
        tests.add(check("percent signs, 500k", () -> repeat("%")));
        tests.add(check("numbers and percent signs, 500k", () -> repeat("12.5%")));
        tests.add(check("Chinese numerals, 500k", () -> repeat("一二三四五六七八九十百千万亿")));
        tests.add(check("Chinese numerals and units, 500k", () -> repeat("三千五百万亿元")));
        tests.add(check("middle dots, 500k", () -> repeat("·")));
        tests.add(check("names joined by middle dots, 500k", () -> repeat("艾哈迈德·")));
        tests.add(check("dates, 500k", () -> repeat("2025年7月16日")));
        tests.add(check("years and months, 500k", () -> repeat("年月日")));
        tests.add(check("country names back to back, 500k", () -> repeat("中乌中哈中吉中塔中俄")));
        tests.add(check("Cyrillic capitals, 500k", () -> repeat("РОССИЯ Китай ")));
        tests.add(check("whitespace and line breaks, 500k", () -> repeat(" \n\t\u3000")));
        tests.add(check("Han split by spaces, 500k", () -> repeat("中 国 ")));
        tests.add(check("surrogate pairs, 500k", () -> repeat("\ud840\udc00😀")));
        tests.add(check("lone surrogates, 500k", () -> repeat("\udc00\ud800")));
        tests.add(check("combining marks, 500k", () -> repeat("a\u0301\u0302\u0303\u0304")));
        tests.add(check("right-to-left, 500k", () -> repeat("\u202eمرحبا שלום ")));
        return tests.stream();
    }

    private static DynamicTest check(String name, Supplier<String> input) {
        return DynamicTest.dynamicTest(name, () -> {
            String text = input.get();
            FactSheet sheet = assertTimeoutPreemptively(BOUND,
                    () -> EXTRACTOR.extract(ArticleInput.ofText(text)), name);
            assertValid(text, sheet);
        });
    }

    static void assertValid(String text, FactSheet sheet) {
        assertEquals(FactSheet.SCHEMA, sheet.schema());
        List<List<?>> lists = List.of(sheet.reporters(), sheet.countries(), sheet.places(), sheet.organizations(),
                sheet.people(), sheet.events(), sheet.documents(), sheet.projects(), sheet.quantities(),
                sheet.quotes(), sheet.dates());
        for (List<?> list : lists) {
            assertNotNull(list);
            // immutable lists refuse contains(null), so look at each element
            list.forEach(element -> assertNotNull(element, "a null in a list"));
        }
        for (Span span : spans(sheet)) {
            assertNotNull(span);
            assertTrue(0 <= span.start() && span.start() < span.end() && span.end() <= text.length(),
                    "span " + span + " outside a text of " + text.length());
            assertFalse(cutsSurrogatePair(text, span.start()), "span " + span + " starts inside a surrogate pair");
            assertFalse(cutsSurrogatePair(text, span.end()), "span " + span + " ends inside a surrogate pair");
        }
        for (QuantityFact quantity : sheet.quantities()) {
            assertNotNull(quantity.text());
            assertEquals(withoutWhitespace(quantity.text()),
                    withoutWhitespace(text.substring(quantity.mention().start(), quantity.mention().end())));
        }
    }

    private static List<Span> spans(FactSheet sheet) {
        List<Span> spans = new ArrayList<>();
        sheet.countries().forEach(f -> spans.addAll(f.mentions()));
        sheet.places().forEach(f -> spans.addAll(f.mentions()));
        sheet.organizations().forEach(f -> spans.addAll(f.mentions()));
        sheet.people().forEach(f -> spans.addAll(f.mentions()));
        sheet.events().forEach(f -> spans.addAll(f.mentions()));
        sheet.documents().forEach(f -> spans.addAll(f.mentions()));
        sheet.projects().forEach(f -> spans.addAll(f.mentions()));
        sheet.quotes().forEach(f -> spans.addAll(f.mention()));
        sheet.quantities().forEach(f -> spans.add(f.mention()));
        sheet.dates().forEach(f -> spans.add(f.mention()));
        return spans;
    }

    private static boolean cutsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Code units from every plane, lone surrogates and the troublesome blocks weighted up. */
    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 2);
        while (text.length() < length) {
            switch (random.nextInt(10)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0x300 + random.nextInt(0x70)));
                case 2 -> text.append((char) (0x590 + random.nextInt(0x170)));
                case 3 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 4 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 5 -> text.append((char) (0x4E00 + random.nextInt(0x5200)));
                case 6 -> text.append(JUNK_CHARS.charAt(random.nextInt(JUNK_CHARS.length())));
                case 7 -> text.append((char) (0x400 + random.nextInt(0x100)));
                default -> text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    /** News-like sentences, whole or cut at a random point, with junk between them. */
    private static String mixture(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            if (random.nextInt(4) == 0) {
                sentence = sentence.substring(0, random.nextInt(sentence.length()));
            }
            text.append(sentence);
            int junk = random.nextInt(6);
            for (int i = 0; i < junk; i++) {
                text.append(JUNK_CHARS.charAt(random.nextInt(JUNK_CHARS.length())));
            }
            if (random.nextInt(5) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String nested(int depth, String core) {
        String openers = "“《「(“《";
        String closers = "”》」)”》";
        StringBuilder text = new StringBuilder(depth * 2 + core.length());
        for (int i = 0; i < depth; i++) {
            text.append(openers.charAt(i % openers.length()));
        }
        text.append(core);
        for (int i = depth - 1; i >= 0; i--) {
            text.append(closers.charAt(i % closers.length()));
        }
        return text.toString();
    }

    private static String repeat(String unit) {
        return unit.repeat(LARGE / unit.length() + 1).substring(0, LARGE);
    }
}
