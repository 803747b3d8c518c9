package io.scofacts.core.extract.place;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.text.NormalizedText;
import java.util.List;

/**
 * Where the country recogniser found country names, by view position: a country name ends
 * the proper name of a zone written after it and gives the zone its country
 * (乌兹别克斯坦安格连自由经济区 is a zone of UZ).
 */
final class CountryMarks {

    private final String[] codeAt;

    private CountryMarks(String[] codeAt) {
        this.codeAt = codeAt;
    }

    static CountryMarks of(NormalizedText view, List<CountryMention> countries) {
        String[] codeAt = new String[view.length()];
        for (CountryMention country : countries) {
            int start = view.viewIndexOf(country.span().start());
            int end = view.viewIndexOf(country.span().end());
            for (int i = Math.max(0, start); i < Math.min(end, codeAt.length); i++) {
                codeAt[i] = country.code();
            }
        }
        return new CountryMarks(codeAt);
    }

    /** Whether a country is named anywhere in {@code [start, end)}: a place name there is part of it (巴中 in 巴中关系). */
    boolean overlaps(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, codeAt.length); i++) {
            if (codeAt[i] != null) {
                return true;
            }
        }
        return false;
    }

    /** The code of the country named at view position {@code index}, or null. */
    String codeAt(int index) {
        return index >= 0 && index < codeAt.length ? codeAt[index] : null;
    }

}
