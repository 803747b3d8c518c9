package io.scofacts.core.extract.credit;

import io.scofacts.core.extract.credit.CreditLexicon.Role;
import io.scofacts.core.text.Han;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: who wrote, photographed or edited a story and the media they work for.
 * A Chinese byline is a run of credits, each an optional medium (or several joined by "/"),
 * a role word and names ("石榴云/新疆日报记者 张磊", "(记者 季伟、蒋超)", "克拉玛依融媒记者 崔文娟 摄",
 * "作者 王晓苑 曾鼐", "□ 李睿思"); it stands on a line of its own, in brackets, or closes a photo
 * caption. English and Russian bylines name people after "By" or "Автор:". The whole byline must
 * read as credits, so a sentence that merely contains "记者" is not one. Matching is done in the
 * simplified view; the caller takes names from the view as written.
 */
final class Bylines {

    /** One credited person or medium: its role and its view offsets within the matched line. */
    record Credited(Role role, boolean medium, int start, int end) {
    }

    /** A byline: the view range it covers and what it credits. */
    record Byline(int start, int end, List<Credited> credited) {
    }

    private static final String HAN_NAME = "(?:[" + Han.IDEOGRAPHS + "]{1,8}·[" + Han.IDEOGRAPHS + "·]{1,20}|[" + Han.IDEOGRAPHS + "]{2,4}(?<!摄))";
    private static final Pattern HAN_NAME_PATTERN = Pattern.compile(HAN_NAME);
    private static final Pattern ALPHABETIC_NAME = Pattern.compile("[\\p{Lu}][\\p{L}'.-]+(?: [\\p{Lu}][\\p{L}'.-]+)+");
    private static final String MEDIUM = "[^\\s()（）:：/、,，。]{2,20}?";
    private static final String BULLET = "[□■●◆▲◇]";
    /** The longest line read as nothing but credits ("石榴云/新疆日报记者 … 通讯员 … 报道" is well under it). */
    private static final int MAX_CREDIT_LINE = 160;

    private final Pattern chineseItem;
    private final Pattern photoTail;
    private final Pattern labelled;
    /** "图/记者任以芳摄": a role word and a slash before the credit proper. */
    private final Pattern rolePrefix;
    /** "(赵子硕 摄)": names and the photo mark, no role word before them. */
    private final Pattern namesThenPhoto = Pattern.compile("^\\s*(" + HAN_NAME + "(?:\\s*[、,， ]\\s*" + HAN_NAME + ")*)\\s*摄\\s*$");
    /** "记者任以芳/天津报导", "记者王霞光、李长云报道": the place and "reported" that close a byline. */
    private static final String REPORTED = "(?:\\s*[/／]?\\s*[" + Han.IDEOGRAPHS + "]{0,6}?(?:报导|报道))?";
    private final Pattern bulletLine = Pattern.compile("^\\s*" + BULLET + "\\s*(" + HAN_NAME + ")\\s*$");
    private final Pattern latinLine;
    private final Pattern cyrillicLine;
    /** "(Xinhua/Li Ran)", "[People's Daily/Zhao Yipu]", "(Photo: Anna Petrova)": a picture's credit. */
    private final Pattern latinPhoto = Pattern.compile("[(\\[]\\s*(?:Photos?(?: by)?\\s*[:/]?\\s*)?(?:(?<medium>[A-Z][\\p{L}'’. ]{1,30}?)\\s*/\\s*)?"
            + "(?<names>[A-Z][\\p{L}'’.-]+(?: [A-Z][\\p{L}'’.-]+){1,2})\\s*[)\\]]");
    /** "(记者 张三)", "【编译：木合塔尔·木拉提】": a credit in round or lenticular brackets. */
    private final Pattern bracket = Pattern.compile("[(（【]([^()（）【】\\n]{2,60})[)）】]");
    /** "(海外网 钟薇依淼)": a medium and its reporters in a bracket, no role word between. */
    private final Pattern mediumAndNames = Pattern.compile("[(（]\\s*(?<medium>[^\\s()（）、,，:：]{2,12})\\s+(?<names>" + HAN_NAME
            + "(?:\\s*[、,， ]\\s*" + HAN_NAME + ")*)\\s*[)）]");
    private final CreditLexicon lexicon;

    Bylines(CreditLexicon lexicon) {
        this.lexicon = lexicon;
        String roles = lexicon.markers(Role.REPORTER, Role.PHOTO, Role.EDITOR);
        String name = "(?!(?:" + roles + "))" + HAN_NAME;
        // One credit: [media/media]role[:/ ]name[、 name]… [摄]
        chineseItem = Pattern.compile("\\G\\s*(?<media>(?:" + MEDIUM + "/)*" + MEDIUM + ")??\\s*[/／]?\\s*(?<role>" + roles
                + ")\\s*[:：/]?\\s*(?<names>" + name + "(?:\\s*[、,，\\s]\\s*" + name + ")*)(?<photo>\\s*摄)?" + REPORTED);
        rolePrefix = Pattern.compile("\\G\\s*(?:" + roles + ")\\s*[/／]");
        photoTail = Pattern.compile("[。!?;\\s]\\s*((?:" + MEDIUM + ")?(?:" + roles + ")?\\s*" + HAN_NAME + "\\s*摄)\\s*$");
        // "来源:新华社 责任编辑:许振威 2018-07-16": a labelled credit among other page metadata
        labelled = Pattern.compile("(?:^|\\s)(?<role>" + roles + ")\\s*[:：]\\s*(?<names>" + name
                + "(?:[、,，]" + name + ")*)(?=\\s|$)");
        // "By Anna Petrova", "By ZHOU JIN in Tianjin | China Daily", "By A B, C D and E F Source: …"
        String latinName = "(?!Source\\b)[A-Z][\\p{L}'.-]+(?: (?!Source\\b)[A-Z][\\p{L}'.-]+){1,3}";
        latinLine = Pattern.compile("^\\s*(?<role>" + lexicon.markers(Role.REPORTER) + ")[:]?\\s+(?<names>" + latinName
                + "(?:(?:,| and) " + latinName + ")*)(?: in [A-Z][\\p{L}]+)?\\s*(?:(?:[,|/]\\s*(?<medium>[A-Z][\\p{L} .'-]{1,40}?))?\\s*(?:$|[|]|Source\\b|Updated\\b))");
        cyrillicLine = Pattern.compile("^\\s*(?<role>" + lexicon.markers(Role.REPORTER, Role.PHOTO) + ")\\s*[:]?\\s+(?<names>"
                + "[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2})\\s*$");
    }

    /** The bylines in one line of the simplified view ({@code offset}: where the line starts in the view). */
    List<Byline> find(String line, int offset) {
        List<Byline> found = new ArrayList<>();
        // a line that is nothing but credits is short; a paragraph is not read as one
        Byline whole = line.length() <= MAX_CREDIT_LINE ? chineseRun(line, 0, line.length(), offset) : null;
        if (whole == null) {
            whole = bullet(line, offset);
        }
        if (whole == null) {
            whole = alphabetic(latinLine, line, offset);
        }
        if (whole == null) {
            whole = alphabetic(cyrillicLine, line, offset);
        }
        if (whole != null) {
            found.add(whole);
            return found;
        }
        Matcher brackets = bracket.matcher(line);
        while (brackets.find()) {
            Byline inside = chineseRun(line, brackets.start(1), brackets.end(1), offset);
            if (inside != null) {
                found.add(new Byline(offset + brackets.start(), offset + brackets.end(), inside.credited()));
            }
        }
        Matcher signed = mediumAndNames.matcher(line);
        while (signed.find()) {
            if (lexicon.looksLikeMedium(signed.group("medium")) && found.stream().noneMatch(b -> b.start() == offset + signed.start())) {
                Byline byline = namesOnly(line, signed.start(), signed.end(), offset, signed.start("names"), signed.end("names"), Role.REPORTER);
                if (byline != null) {
                    List<Credited> credited = new ArrayList<>(byline.credited());
                    credited.add(new Credited(Role.REPORTER, true, offset + signed.start("medium"), offset + signed.end("medium")));
                    found.add(new Byline(byline.start(), byline.end(), credited));
                }
            }
        }
        Matcher picture = latinPhoto.matcher(line);
        while (picture.find()) {
            boolean marked = picture.group("medium") != null || picture.group().toLowerCase(java.util.Locale.ROOT).contains("photo");
            if (marked) {
                List<Credited> credited = new ArrayList<>();
                credited.add(new Credited(Role.PHOTO, false, offset + picture.start("names"), offset + picture.end("names")));
                found.add(new Byline(offset + picture.start(), offset + picture.end(), credited));
            }
        }
        Matcher label = labelled.matcher(line);
        while (label.find()) {
            Byline credit = chineseRun(line, label.start("role"), label.end(), offset);
            if (credit != null) {
                found.add(credit);
            }
        }
        Matcher tail = photoTail.matcher(line);
        if (endsWithPhotoMark(line) && tail.find()) {
            Byline photo = chineseRun(line, tail.start(1), tail.end(1), offset);
            if (photo != null) {
                found.add(photo);
            }
        }
        return found;
    }

    /** Whether the text ends in 摄 ("photographed by"), as every photo credit pattern here requires: a cheap gate before them. */
    private static boolean endsWithPhotoMark(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '摄';
    }

    /** A run of Chinese credits covering exactly {@code [from, to)} of the line, or null. */
    private Byline chineseRun(String line, int from, int to, int offset) {
        String region = line.substring(0, to);
        Matcher photo = namesThenPhoto.matcher(region).region(from, to);
        if (endsWithPhotoMark(region) && photo.lookingAt()) {
            return namesOnly(line, from, to, offset, photo.start(1), photo.end(1), Role.PHOTO);
        }
        Matcher prefix = rolePrefix.matcher(region).region(from, to);
        if (prefix.lookingAt()) {
            from = prefix.end();
        }
        // each credit item must start where the last ended: matched in place, never searched for
        Matcher item = chineseItem.matcher(region);
        item.useTransparentBounds(true);
        List<Credited> credited = new ArrayList<>();
        int at = from;
        while (at < to && item.region(at, to).lookingAt() && item.end() > at) {
            Role role = lexicon.roleOf(item.group("role"));
            if (item.group("photo") != null) {
                role = Role.PHOTO;
            }
            if (item.group("media") != null) {
                int start = item.start("media");
                for (String medium : item.group("media").split("/")) {
                    credited.add(new Credited(role, true, offset + start, offset + start + medium.length()));
                    start += medium.length() + 1;
                }
            }
            Matcher names = HAN_NAME_PATTERN.matcher(item.group("names"));
            while (names.find()) {
                if (!lexicon.isPersonName(names.group())) {
                    return null;
                }
                int start = item.start("names") + names.start();
                credited.add(new Credited(role, false, offset + start, offset + start + names.group().length()));
            }
            at = item.end();
        }
        while (at < to && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        boolean whole = at == to && !credited.isEmpty();
        return whole ? new Byline(offset + from, offset + to, credited) : null;
    }

    /**
     * "中新社克拉玛依6月13日电 (胡嘉琛)": a bracket of names only, right after a dateline, credits its
     * reporters; {@code from} is where the dateline ends. Null when no such bracket follows.
     */
    Byline bracketAfterDateline(String line, int from, int offset) {
        Matcher m = bracket.matcher(line);
        // "【中新社克拉玛依5月23日电】 (苟继鹏)": the dateline's own closing bracket may come between
        if (!m.find(from) || !line.substring(from, m.start()).replaceAll("[】\\]\\s]", "").isEmpty()) {
            return null;
        }
        Matcher names = Pattern.compile("^\\s*" + HAN_NAME + "(?:\\s*[、,， ]\\s*" + HAN_NAME + ")*\\s*$").matcher(m.group(1));
        return names.find() ? namesOnly(line, m.start(), m.end(), offset, m.start(1), m.end(1), Role.REPORTER) : null;
    }

    /** The names in {@code line[namesStart, namesEnd)}, all with one role, as a byline over {@code [from, to)}; null unless all read as names. */
    private Byline namesOnly(String line, int from, int to, int offset, int namesStart, int namesEnd, Role role) {
        List<Credited> credited = new ArrayList<>();
        Matcher names = HAN_NAME_PATTERN.matcher(line).region(namesStart, namesEnd);
        while (names.find()) {
            if (!lexicon.isPersonName(names.group())) {
                return null;
            }
            credited.add(new Credited(role, false, offset + names.start(), offset + names.end()));
        }
        return credited.isEmpty() ? null : new Byline(offset + from, offset + to, credited);
    }

    private Byline bullet(String line, int offset) {
        Matcher m = bulletLine.matcher(line);
        return m.find() ? new Byline(offset, offset + line.length(),
                List.of(new Credited(Role.REPORTER, false, offset + m.start(1), offset + m.end(1)))) : null;
    }

    private Byline alphabetic(Pattern pattern, String line, int offset) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return null;
        }
        Role role = lexicon.roleOf(m.group("role"));
        List<Credited> credited = new ArrayList<>();
        Matcher names = ALPHABETIC_NAME.matcher(m.group("names"));
        while (names.find()) {
            int start = m.start("names") + names.start();
            credited.add(new Credited(role, false, offset + start, offset + start + names.group().length()));
        }
        if (m.pattern() == latinLine && m.group("medium") != null) {
            credited.add(new Credited(role, true, offset + m.start("medium"), offset + m.end("medium")));
        }
        return new Byline(offset, offset + line.length(), credited);
    }
}
