package io.scofacts.core.extract.organization;

import java.util.List;
import java.util.Set;

/**
 * A company named in quotation marks with its legal form after or before them, as English news
 * from Central Asia and Russia writes companies ("“Uzbekiston Pochtasi” JSC", "JSC
 * “Uzbektelecom”", "\"Kazakhtelecom\" LLP"): the quoted name and the form are one organisation. The forms are data
 * ({@code organization-legal-forms-after.tsv}).
 */
final class QuotedCompanyNames {

    private static final int MAX_QUOTED = 60;

    private final Set<String> forms;

    QuotedCompanyNames(OrganizationLexicon lexicon) {
        this.forms = lexicon.legalFormsAfter;
    }

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        for (int open = 0; open < m.length(); open++) {
            String closers = NameQuotes.closersOf(m.charAt(open));
            if (closers == null || open + 1 >= m.length() || !Character.isUpperCase(m.charAt(open + 1))) {
                continue;
            }
            int close = closeOf(m, open + 1, closers);
            if (close < 0 || close - open > MAX_QUOTED || m.substring(open, close).indexOf('\n') >= 0) {
                continue;
            }
            int formStart = formBefore(m, open);
            if (formStart >= 0) {
                // "JSC “Uzbektelecom”", "LLC \"Orion\"": the form written first, as in the register
                out.add(new Candidate(formStart, close + 1, null));
                open = close;
                continue;
            }
            if (close + 2 >= m.length() || m.charAt(close + 1) != ' ') {
                continue;
            }
            int formEnd = close + 2;
            while (formEnd < m.length() && (Character.isLetter(m.charAt(formEnd)) || m.charAt(formEnd) == '.')) {
                formEnd++;
            }
            String form = m.substring(close + 2, formEnd);
            if (!forms.contains(form) && form.endsWith(".") && forms.contains(form.substring(0, form.length() - 1))) {
                form = form.substring(0, form.length() - 1);
                formEnd--;
            }
            if (forms.contains(form)) {
                out.add(new Candidate(open, formEnd, null));
                open = formEnd - 1;
            }
        }
    }

    /** The start of a legal form written right before the quotation opening at {@code open}, else -1. */
    private int formBefore(String m, int open) {
        if (open < 2 || m.charAt(open - 1) != ' ') {
            return -1;
        }
        int start = open - 1;
        while (start > 0 && Character.isLetter(m.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(m.charAt(start - 1));
        return wordStart && forms.contains(m.substring(start, open - 1)) ? start : -1;
    }

    /** The first of {@code closers} at or after {@code from}, else -1. */
    private static int closeOf(String m, int from, String closers) {
        int limit = Math.min(m.length(), from + MAX_QUOTED);
        for (int k = from; k < limit; k++) {
            if (closers.indexOf(m.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }
}
