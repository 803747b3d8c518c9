package io.scofacts.core.extract.quote;

import io.scofacts.core.extract.quote.PhraseTable.Match;
import io.scofacts.core.extract.quote.SpeechLexicon.ChineseWord;
import io.scofacts.core.lexicon.ChineseWords;
import io.scofacts.core.text.Han;

/**
 * Reads the speaker out of the Chinese phrase that stands before a speech verb:
 * [affiliation][title][NAME][frame…] — "国家信息中心主任王建华", "乌兹别克斯坦…前主席阿卜杜拉·卡里莫夫",
 * "刘振东在论坛上", "他". The name may start at the phrase start, after a title, after the end
 * of a body's name ("…委员会"), after a lead word ("据") or after "的" or "、"; the first start
 * (left to right) where a name is followed by nothing or by a frame word ("在", "也", "接受", …)
 * wins. A name is a
 * transliterated name with "·"; after a title, 2–4 characters or a longer name written in
 * transliteration characters ("总统米尔济约耶夫"); without a title, 2–3 characters (4 with a
 * compound surname) starting with a surname.
 */
final class ChineseSpeakerName {

    /** Four chars only with a compound surname ("欧阳志强"). */
    private static final int MAX_CHINESE_NAME = 4;
    /** After a title, a foreign name may come without a dot: "总统米尔济约耶夫". */
    private static final int MAX_UNDOTTED_FOREIGN_NAME = 7;
    private static final int MAX_GIVEN_PART = 6;
    private static final int MAX_DOTTED_NAME = 24;
    /** The last characters of Chinese job titles (工程师, 局长, 研究员, 外交官, 主任, 经理 …), both scripts. */
    private static final String TITLE_HEADS = "师師长長员員官任理记記席裁监監事问問使授家";

    private final SpeechLexicon lexicon;
    private final PhraseTable<ChineseWord> words;

    ChineseSpeakerName(SpeechLexicon lexicon, PhraseTable<ChineseWord> words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** The speaker named by view chars {@code [start, end)}, or null when they name no one. */
    Speaker speakerOf(String view, int start, int end) {
        Speaker speaker = speakerAt(view, start, end, false);
        int i = start;
        while (speaker == null && i < end) {
            char c = view.charAt(i);
            Match<ChineseWord> word = words.longestAt(view, i, end);
            if (word != null && word.kind() != ChineseWord.PRONOUN) {
                i += word.length();
                if (word.kind() != ChineseWord.VERB && word.kind() != ChineseWord.NOT_VERB) {
                    speaker = speakerAt(view, i, end, word.kind() == ChineseWord.TITLE);
                }
            } else {
                i++;
                if (c == '的' || c == '、' || c == ' ') {
                    speaker = speakerAt(view, i, end, false);
                }
            }
        }
        return speaker != null ? speaker : nameAfterTitleHead(view, start, end);
    }

    /**
     * "中国国际经济交流中心总经济师陈文玲": a title the lexicon lacks still ends in a title's last
     * character (师, 长, 员, 官 …), and a Chinese name of two or three chars closes the phrase.
     */
    private Speaker nameAfterTitleHead(String view, int start, int end) {
        for (int length = 3; length >= 2; length--) {
            int nameStart = end - length;
            if (nameStart - 1 <= start || TITLE_HEADS.indexOf(view.charAt(nameStart - 1)) < 0) {
                continue;
            }
            String name = view.substring(nameStart, end);
            if (allHan(name) && lexicon.startsWithSurname(name)) {
                return Speaker.named(name);
            }
        }
        return null;
    }

    private Speaker speakerAt(String view, int start, int end, boolean afterTitle) {
        if (start >= end) {
            return null;
        }
        Match<ChineseWord> word = words.longestAt(view, start, end);
        if (word != null && word.kind() == ChineseWord.PRONOUN) {
            boolean alone = restIsFrame(view, start + word.length(), end);
            return alone ? Speaker.pronoun(view.substring(start, start + word.length())) : null;
        }
        // A surname may be a frame word too (向, 曾, 于); no name starts with a title.
        if (word != null && word.kind() != ChineseWord.FRAME) {
            return null;
        }
        Speaker dotted = dottedName(view, start, end);
        if (dotted != null) {
            return dotted;
        }
        int longest = afterTitle ? MAX_UNDOTTED_FOREIGN_NAME : MAX_CHINESE_NAME;
        for (int length = 2; length <= longest && start + length <= end; length++) {
            String name = view.substring(start, start + length);
            if (!allHan(name) || !restIsFrame(view, start + length, end)) {
                continue;
            }
            boolean chineseName = length < MAX_CHINESE_NAME || lexicon.startsWithCompoundSurname(name);
            boolean titledName = length <= MAX_CHINESE_NAME || lexicon.isTransliteration(name);
            if (afterTitle ? titledName : chineseName && lexicon.startsWithSurname(name)) {
                return Speaker.named(name);
            }
        }
        return afterTitle ? null : foreignNameTitledElsewhere(view, start, end);
    }

    /**
     * "托卡耶夫指出": a foreign name without a dot and without a title is a speaker when the story
     * introduced it with a title elsewhere ("总统托卡耶夫"), or names it again and the dictionary
     * knows it as nothing but a person; a name of transliteration chars alone could as well be a
     * country, a city or a brand (俄罗斯, 阿拉木图, 阿里巴巴), which the dictionary lists.
     */
    private Speaker foreignNameTitledElsewhere(String view, int start, int end) {
        for (int length = Math.min(MAX_UNDOTTED_FOREIGN_NAME, end - start); length > MAX_CHINESE_NAME - 2; length--) {
            String name = view.substring(start, start + length);
            if (lexicon.isTransliteration(name) && restIsFrame(view, start + length, end)
                    && (titledSomewhere(view, name) || repeatedUnknownWord(view, name))) {
                return Speaker.named(name);
            }
        }
        return null;
    }

    private static boolean repeatedUnknownWord(String view, String name) {
        int first = view.indexOf(name);
        if (first < 0 || view.indexOf(name, first + name.length()) < 0) {
            return false;
        }
        ChineseWords dictionary = ChineseWords.instance();
        int slot = dictionary.find(name, 0, name.length());
        return slot < 0 || dictionary.tag(slot).startsWith("nr");
    }

    private boolean titledSomewhere(String view, String name) {
        for (int at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
            Match<ChineseWord> before = at == 0 ? null : words.longestEndingAt(view, at, 0);
            if (before != null && before.kind() == ChineseWord.TITLE) {
                return true;
            }
        }
        return false;
    }

    /** "阿卜杜拉·卡里莫夫": Chinese characters joined by "·", the part before the first dot short. */
    private Speaker dottedName(String view, int start, int end) {
        int i = start;
        int firstDot = -1;
        while (i < end && i - start < MAX_DOTTED_NAME) {
            char c = view.charAt(i);
            if (c == '·') {
                if (firstDot < 0) {
                    firstDot = i;
                }
                if (i == start || view.charAt(i - 1) == '·') {
                    return null;
                }
            } else if (!isHan(c) || i > start + 1 && isFrameAt(view, i, end)
                    || firstDot > 0 && i > firstDot + 1 && isTitleAt(view, i, end)) {
                // "谢拉里·卓农代表秘书长…": a title after the last part ends the name
                break;
            }
            i++;
        }
        boolean wellFormed = firstDot > start && firstDot - start <= MAX_GIVEN_PART && view.charAt(i - 1) != '·';
        return wellFormed && restIsFrame(view, i, end) ? Speaker.named(view.substring(start, i)) : null;
    }

    /**
     * Whether nothing, a frame word ("在论坛上", "也") or a title after the name ("习近平总书记",
     * "托卡耶夫总统") follows a name ending at {@code from}.
     */
    private boolean restIsFrame(String view, int from, int end) {
        if (from >= end || isFrameAt(view, from, end)) {
            return true;
        }
        Match<ChineseWord> title = words.longestAt(view, from, end);
        return title != null && title.kind() == ChineseWord.TITLE && restIsFrame(view, from + title.length(), end);
    }

    private boolean isTitleAt(String view, int at, int end) {
        Match<ChineseWord> word = words.longestAt(view, at, end);
        return word != null && word.kind() == ChineseWord.TITLE;
    }

    private boolean isFrameAt(String view, int at, int end) {
        Match<ChineseWord> word = words.longestAt(view, at, end);
        return word != null && word.kind() == ChineseWord.FRAME;
    }

    private static boolean allHan(String text) {
        return text.chars().allMatch(c -> isHan((char) c));
    }

    static boolean isHan(char c) {
        return Han.isHanScript(c);
    }
}
