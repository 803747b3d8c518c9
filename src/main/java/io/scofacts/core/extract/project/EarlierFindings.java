package io.scofacts.core.extract.project;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.lexicon.ChineseWords;
import io.scofacts.core.text.Han;
import java.util.HashSet;
import java.util.Set;

/** What earlier recognisers found, indexed by position once per article. */
record EarlierFindings(SpanIndex<CountryMention> countries, SpanIndex<PlaceMention> places,
        SpanIndex<OrganizationMention> organizations, boolean setInChina, Set<String> brands) {

    static EarlierFindings of(Findings findings) {
        return new EarlierFindings(new SpanIndex<>(findings.countries(), CountryMention::span),
                new SpanIndex<>(findings.places(), PlaceMention::span),
                new SpanIndex<>(findings.organizations(), OrganizationMention::span), setInChina(findings),
                brands(findings));
    }

    /**
     * The brands of the story's Chinese organisations: the dictionary word opening a longer name
     * ("吉利" of "吉利科技集团", "华为" of "华为公司"), unless it is a country or place ("天津" of
     * "天津能源集团", by the findings and by HanLP's place tag). "吉利卫星项目" is that company's project.
     */
    private static Set<String> brands(Findings findings) {
        Set<String> notBrands = new HashSet<>();
        findings.countries().forEach(country -> notBrands.add(country.surface()));
        findings.places().forEach(place -> notBrands.add(place.name()));
        Set<String> brands = new HashSet<>();
        for (OrganizationMention organization : findings.organizations()) {
            String name = organization.name();
            if (name.length() < 4 || !Han.isHanScript(name.charAt(0))) {
                continue;
            }
            ChineseWords words = ChineseWords.instance();
            for (int length = Math.min(4, name.length() - 2); length >= 2; length--) {
                int slot = words.find(name, 0, length);
                if (slot >= 0) {
                    String brand = name.substring(0, length);
                    String tag = words.tag(slot);
                    if (!notBrands.contains(brand) && !tag.startsWith("ns") && !tag.startsWith("nr")) {
                        brands.add(brand);
                    }
                    break;
                }
            }
        }
        return brands;
    }

    /** A Chinese place named anywhere, or, when no places were looked for, China named anywhere. */
    private static boolean setInChina(Findings findings) {
        for (PlaceMention place : findings.places()) {
            if ("CN".equals(place.country())) {
                return true;
            }
        }
        if (!findings.places().isEmpty()) {
            return false;
        }
        for (CountryMention country : findings.countries()) {
            if ("CN".equals(country.code())) {
                return true;
            }
        }
        return false;
    }
}
