package io.scofacts.core.extract.event;

import io.scofacts.core.text.NameKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's name split into what tells one occurrence of a series from another (a leading year,
 * an ordinal: "2025年", "第七届", "2025 ", "7th") and the rest, without bracketed asides
 * ("(上合组织)", "(SCO)"), as a {@link NameKey}. Two names with the same core and no conflicting
 * qualifier name one event.
 */
record EventNameCore(String core, String qualifier) {

    private static final Pattern QUALIFIER = Pattern.compile(
            "^(?:(?<year>(?:19|20)\\d{2})(?:年|\\s)\\s*)?(?<ordinal>第[0-9一二三四五六七八九十百]+[届屆次]|首[届屆次]|\\d+(?:st|nd|rd|th)\\s|first\\s)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASIDE = Pattern.compile("\\s?[(（][^()（）]{1,20}[)）]");

    /** An ordinal written right before a name the recogniser began after it: "首届|中国—中亚峰会". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:第[0-9一二三四五六七八九十百]+[届屆次]|首[届屆次])$");
    private static final int ORDINAL_REACH = 6;

    /** The name at {@code [start, end)} of {@code text}, with an ordinal written right before it. */
    static EventNameCore at(String text, int start, int end) {
        EventNameCore named = of(text.substring(start, end));
        if (named.qualifier().isEmpty()) {
            Matcher before = ORDINAL_BEFORE.matcher(text.substring(Math.max(0, start - ORDINAL_REACH), start));
            if (before.find()) {
                return new EventNameCore(named.core(), NameKey.of(before.group()));
            }
        }
        return named;
    }

    static EventNameCore of(String name) {
        String rest = name.strip();
        if (rest.regionMatches(true, 0, "the ", 0, 4)) {
            rest = rest.substring(4);
        }
        Matcher m = QUALIFIER.matcher(rest);
        String qualifier = "";
        if (m.lookingAt() && m.end() > 0) {
            qualifier = NameKey.of(m.group());
            rest = rest.substring(m.end());
        }
        return new EventNameCore(NameKey.of(ASIDE.matcher(rest).replaceAll("")), qualifier);
    }
}
