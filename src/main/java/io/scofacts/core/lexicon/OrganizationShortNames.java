package io.scofacts.core.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The well-known short forms of organisation names ({@code lexicon/organization-abbreviations.tsv}:
 * 上合组织 for 上海合作组织, SCO for Shanghai Cooperation Organization), so names that hold one
 * compare with names that write it out: "中国—上合组织…论坛" and "中国—上海合作组织…论坛" are
 * one forum.
 */
public final class OrganizationShortNames {

    public static final String RESOURCE = "lexicon/organization-abbreviations.tsv";

    /** Short form to the first full name listed for it, longest short form first. */
    private final Map<String, String> fullByShort = new LinkedHashMap<>();

    private OrganizationShortNames() {
        List<String[]> rows = new ArrayList<>(LexiconFile.read(RESOURCE));
        rows.sort(Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
        for (String[] row : rows) {
            if (row.length > 1) {
                fullByShort.putIfAbsent(row[0], row[1]);
            }
        }
    }

    public static OrganizationShortNames instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final OrganizationShortNames INSTANCE = new OrganizationShortNames();
    }

    /**
     * {@code name} with every listed short form written out in full; the name itself when it holds
     * none. A Latin short form counts only as a whole word ("SCO", not the letters of "SCOPE").
     */
    public String expanded(String name) {
        String result = name;
        for (Map.Entry<String, String> entry : fullByShort.entrySet()) {
            String shortForm = entry.getKey();
            String full = entry.getValue();
            if (full.contains(shortForm) && result.contains(full)) {
                continue;
            }
            result = replaceWhole(result, shortForm, full);
        }
        return result;
    }

    private static String replaceWhole(String text, String shortForm, String full) {
        int at = text.indexOf(shortForm);
        if (at < 0) {
            return text;
        }
        boolean latin = shortForm.chars().allMatch(c -> c < 0x250);
        StringBuilder out = new StringBuilder(text.length() + full.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf(shortForm, at + shortForm.length())) {
            int end = at + shortForm.length();
            boolean whole = !latin || ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))));
            if (whole) {
                out.append(text, from, at).append(full);
                from = end;
            }
        }
        return out.append(text, from, text.length()).toString();
    }
}
