package io.scofacts.core.extract.project;

import io.scofacts.core.text.Han;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Typical cases listed under a category ("产业数字化转型类:A、B", "在“数字基础设施”类别中,X入选",
 * "服务民生领域的典型案例包括A和B") and case lists without head nouns ("A、B、C等5个案例入选",
 * "A、B等重点项目").
 * Every listed item becomes a case; the category is the story's, mapped to the known category
 * names when it is one of them, else null.
 */
final class ChineseCaseLists {

    private static final int CATEGORY_REACH = 14;
    private static final int CASE_WORD_REACH = 300;
    private static final int LIST_REACH = 120;
    /** Function words that make an item a clause rather than a name. */
    private static final String NOT_IN_NAMES = "的了是在将把被";
    private static final int MIN_ITEM = 3;
    private static final int MAX_ITEM = 30;
    private static final String[] HEADING_TAILS = {"类别中", "类案例", "类别", "领域典型案例", "领域的典型案例", "领域案例",
        "领域的案例", "领域", "类"};
    private static final String[] LIST_OPENERS = {"包括", "有", "为", "是", "：", ":", "，", ","};
    private static final String[] ITEM_SPLITTERS = {"以及", "及", "和", "与"};

    private final ProjectLexicon lexicon;

    ChineseCaseLists(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The listed cases; items of a list without a category heading are kept only when
     * {@code looksLikeAName} accepts them (a country, place, brand or head noun inside), since
     * "数字政务、智慧农业等典型案例" lists fields, not cases.
     */
    List<ProjectCandidate> find(String match, Predicate<ProjectCandidate> looksLikeAName) {
        List<ProjectCandidate> found = new ArrayList<>();
        categoryLists(match, found);
        List<ProjectCandidate> headless = new ArrayList<>();
        headlessLists(match, headless);
        for (ProjectCandidate item : headless) {
            if (looksLikeAName.test(item)) {
                found.add(item);
            }
        }
        return found;
    }

    private void categoryLists(String match, List<ProjectCandidate> found) {
        int[] next = {match.indexOf('类'), match.indexOf("领域")};
        for (int at = nextHeading(match, next, 0); at >= 0; at = nextHeading(match, next, at + 1)) {
            String tail = tailAt(match, at);
            int categoryEnd = at;
            int categoryStart = categoryStart(match, categoryEnd);
            if (categoryStart < 0) {
                continue;
            }
            String written = withoutQuotes(match.substring(categoryStart, categoryEnd));
            String category = knownCategory(written);
            int listStart = at + tail.length();
            String opener = ProjectLexicon.startingWord(match, listStart, List.of(LIST_OPENERS));
            boolean heading = opener != null && (opener.equals("：") || opener.equals(":"));
            if (opener == null || (category == null && !(tail.contains("案例") || heading && mentionsCasesBefore(match, at)))) {
                continue;
            }
            if (category == null) {
                if (written.length() < 2 || lexicon.isGeneric(written)) {
                    continue;
                }
                category = written;
            }
            items(match, listStart + opener.length(), category, found);
        }
    }

    /** The next 类 or 领域 at or after {@code from}; {@code next} keeps the last hit of each, so the text is read once. */
    private static int nextHeading(String match, int[] next, int from) {
        if (next[0] >= 0 && next[0] < from) {
            next[0] = match.indexOf('类', from);
        }
        if (next[1] >= 0 && next[1] < from) {
            next[1] = match.indexOf("领域", from);
        }
        int lei = next[0];
        int lingyu = next[1];
        if (lei < 0) {
            return lingyu;
        }
        return lingyu < 0 ? lei : Math.min(lei, lingyu);
    }

    private static String tailAt(String match, int at) {
        for (String tail : HEADING_TAILS) {
            if (match.startsWith(tail, at)) {
                return tail;
            }
        }
        return "";
    }

    /** Where the category words before 类/领域 start: a quoted phrase, or CJK letters back to a boundary. */
    private int categoryStart(String match, int end) {
        if (end > 0 && (match.charAt(end - 1) == '”' || match.charAt(end - 1) == '」')) {
            for (int i = end - 2; i >= Math.max(0, end - CATEGORY_REACH - 2); i--) {
                char c = match.charAt(i);
                if (c == '“' || c == '「') {
                    return i + 1 < end - 1 ? i : -1;
                }
            }
            return -1;
        }
        String known = ProjectLexicon.endingWord(match, end, lexicon.categoryWordings);
        if (known != null) {
            return end - known.length();
        }
        int start = end;
        while (start > 0 && end - start < CATEGORY_REACH && isCjk(match.charAt(start - 1))
                && lexicon.stopsSet.endingAt(match, start) == null) {
            start--;
        }
        return end - start >= 2 ? start : -1;
    }

    private static String withoutQuotes(String written) {
        StringBuilder plain = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if ("“”「」\"".indexOf(c) < 0) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private String knownCategory(String written) {
        String exact = lexicon.categories.get(written);
        if (exact != null) {
            return exact;
        }
        for (String wording : lexicon.categoryWordings) {
            if (written.endsWith(wording)) {
                return lexicon.categories.get(wording);
            }
        }
        return null;
    }

    private static boolean mentionsCasesBefore(String match, int at) {
        int from = Math.max(0, at - CASE_WORD_REACH);
        return match.substring(from, at).contains("案例");
    }

    /** "A、B、C等5个案例入选" and "入选案例包括A、B": items of a case list that have no head noun. */
    /** "A、B等项目", "A和B等重点项目": the items of a list closed by these are projects. */
    private static final List<String> PROJECT_LIST_TAILS = List.of("项目", "重点项目", "重大项目", "合作项目", "标志性项目",
            "旗舰项目", "示范项目");

    private void headlessLists(String match, List<ProjectCandidate> found) {
        for (int at = match.indexOf('等'); at >= 0; at = match.indexOf('等', at + 1)) {
            int after = skipCount(match, at + 1);
            int next = at + 1;
            boolean projects = PROJECT_LIST_TAILS.stream().anyMatch(tail -> match.startsWith(tail, next));
            if (projects || match.startsWith("典型案例", after) || (match.startsWith("案例", after)
                    && (match.startsWith("入选", after + 2) || match.startsWith("获评", after + 2)))) {
                int clauseStart = Clauses.clauseStart(match, at, LIST_REACH);
                items(match, clauseStart, null, found, at);
            }
        }
        for (String opener : List.of("案例包括", "案例有", "案例为")) {
            for (int at = match.indexOf(opener); at >= 0; at = match.indexOf(opener, at + 1)) {
                int start = at + opener.length();
                if (start < match.length() && (match.charAt(start) == '：' || match.charAt(start) == ':')) {
                    start++;
                }
                items(match, start, null, found);
            }
        }
    }

    private static int skipCount(String match, int from) {
        int i = from;
        while (i < match.length() && i < from + 6 && (Character.isDigit(match.charAt(i))
                || "一二三四五六七八九十百余多个项".indexOf(match.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private void items(String match, int start, String category, List<ProjectCandidate> found) {
        int end = start;
        int limit = Math.min(match.length(), start + LIST_REACH);
        while (end < limit && !Clauses.isSentenceEnd(match.charAt(end)) && !match.startsWith("等", end)
                && !match.startsWith("入选", end) && !match.startsWith("获评", end)) {
            end++;
        }
        items(match, start, category, found, end);
    }

    private void items(String match, int start, String category, List<ProjectCandidate> found, int end) {
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || "、，,".indexOf(match.charAt(i)) >= 0) {
                splitAndAdd(match, itemStart, i, category, found);
                itemStart = i + 1;
            }
        }
    }

    private void splitAndAdd(String match, int start, int end, String category, List<ProjectCandidate> found) {
        String item = match.substring(start, end);
        for (String splitter : ITEM_SPLITTERS) {
            int at = item.indexOf(splitter);
            at = at < 0 ? -1 : start + at;
            if (at > start && at < end && at - start >= MIN_ITEM + 1 && end - at - splitter.length() >= MIN_ITEM + 1) {
                add(match, start, at, category, found);
                add(match, at + splitter.length(), end, category, found);
                return;
            }
        }
        add(match, start, end, category, found);
    }

    private void add(String match, int start, int end, String category, List<ProjectCandidate> found) {
        String leading = lexicon.stopsSet.startingAt(match, start);
        while (leading != null && start + leading.length() < end) {
            start += leading.length();
            leading = lexicon.stopsSet.startingAt(match, start);
        }
        while (start < end && Character.isWhitespace(match.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(match.charAt(end - 1))) {
            end--;
        }
        int length = end - start;
        if (length < MIN_ITEM || length > MAX_ITEM || lexicon.isGeneric(match.substring(start, end))) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (Clauses.isClauseEnd(match.charAt(i)) || NOT_IN_NAMES.indexOf(match.charAt(i)) >= 0) {
                return;
            }
        }
        found.add(new ProjectCandidate(start, end, ProjectLexicon.Kind.PROJECT, category));
    }

    private static boolean isCjk(char c) {
        return Han.isHanScript(c);
    }
}
