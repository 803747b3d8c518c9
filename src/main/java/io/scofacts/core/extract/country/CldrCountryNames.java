package io.scofacts.core.extract.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The country names the JDK's CLDR locale data gives for every ISO 3166-1 alpha-2 code, in the
 * languages the articles come in: simplified Chinese, traditional Chinese as written in
 * Taiwan and in Hong Kong (they differ: 寮國 / 老撾, 南韓), English and Russian.
 */
final class CldrCountryNames {

    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("zh-TW"),
            Locale.forLanguageTag("zh-HK"), Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private CldrCountryNames() {
    }

    /** Calls {@code sink} with (code, name) for every display name, as the JDK gives it. */
    static void forEach(BiConsumer<String, String> sink) {
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            Locale region = new Locale("", code);
            for (Locale language : LOCALES) {
                String name = region.getDisplayCountry(language);
                if (!name.isBlank() && !name.equals(code)) {
                    sink.accept(code, name);
                }
            }
        }
    }

    /**
     * The forms news writes for a CLDR name that carries CLDR's own disambiguation: without
     * the parenthesis ("Myanmar (Burma)" → "Myanmar", "刚果(布)" → "刚果"), without the
     * dash suffix ("Congo - Kinshasa" → "Congo"), and with "and" for "&".
     */
    static List<String> derivedForms(String name) {
        List<String> forms = new ArrayList<>();
        String withoutParenthesis = name.replaceAll("\\s*\\([^()]*\\)", "").strip();
        if (!withoutParenthesis.equals(name) && !withoutParenthesis.isEmpty()) {
            forms.add(withoutParenthesis);
        }
        int dash = name.indexOf(" - ");
        if (dash > 0) {
            forms.add(name.substring(0, dash));
        }
        if (name.contains(" & ")) {
            forms.add(name.replace(" & ", " and "));
        }
        return forms;
    }
}
