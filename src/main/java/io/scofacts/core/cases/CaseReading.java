package io.scofacts.core.cases;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cooperation cases one article names: its projects, and the cooperation bodies that are
 * outcomes of cooperation (centres, platforms, workshops, bases, corridors, cables), in every
 * language the extractor reads:
 * <ul>
 * <li>projects of the FactSheet;</li>
 * <li>organisations headed by a body ({@code lexicon/case-concept-roles.tsv}) that name a
 * partner country, the SCO or cooperation ("中国—上海合作组织大数据合作中心", "China-SCO Big Data
 * Cooperation Center"), not any research centre;</li>
 * <li>programmes the story reports as events (a named training);</li>
 * <li>bodies named in running text by what introduces them ({@link BodyPhrases}: "中巴经济走廊",
 * "中企参与建设的5G网络", "China-Kyrgyzstan-Uzbekistan … cable", "строительство … дата-центра");</li>
 * <li>bodies the story counts by their own name ("10个鲁班工坊").</li>
 * </ul>
 * Readings of one case in the article are then one case ({@link SameThing}, and a short form
 * the story defines: "(下称“中巴跨境光缆项目”)").
 */
final class CaseReading {

    private static final String CHINA = "CN";
    private static final Pattern COOPERATION_WORD = Pattern.compile("合作|共建|联合|cooperation|co-operation|joint|"
            + "сотрудничеств|совместн", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SHORT_FORM_DEFINITION = Pattern.compile(
            "^\\s*[（(]\\s*(?:下称|以下简称|简称|hereinafter|далее)\\s*[“\"「『]?([^”\"」』)）]{2,30})[”\"」』]?\\s*[)）]",
            Pattern.CASE_INSENSITIVE);

    private final NameSignatures signatures;
    private final ConceptRoles roles;
    private final BodyPhrases bodies;

    CaseReading(NameSignatures signatures, ConceptRoles roles, NameWords words) {
        this.signatures = signatures;
        this.roles = roles;
        this.bodies = new BodyPhrases(signatures, roles, words);
    }

    List<Named> read(FactSheet sheet, ArticleText article, List<Named> programmes) {
        List<Named> readings = new ArrayList<>();
        for (ProjectFact project : sheet.projects()) {
            Named named = candidate(NameCleaning.clean(project.name()), project.mentions(), project.countries());
            named.parties.addAll(project.parties());
            named.category = project.category();
            readings.add(named);
        }
        for (OrganizationFact organization : sheet.organizations()) {
            String name = NameCleaning.clean(organization.name());
            NameSignature signature = signatures.ofCase(name, List.of());
            if (roles.of(signature.head()) == ConceptRoles.Role.BODY && (!signature.countries().isEmpty()
                    || !signature.context().isEmpty() || COOPERATION_WORD.matcher(name).find())) {
                readings.add(candidate(name, organization.mentions(), List.of()));
            }
        }
        for (Named programme : programmes) {
            Named named = candidate(programme.name(), programme.mentions, List.of());
            readings.add(named);
        }
        List<Named> reported = new ArrayList<>(readings);
        for (BodyPhrases.Found body : bodies.find(sheet, article)) {
            boolean known = reported.stream().anyMatch(n -> n.mentions.stream().anyMatch(m -> m.overlaps(body.span())));
            if (!known && !BodyPhrases.insideAnOrganisation(sheet, body.span())) {
                readings.add(candidate(article.text.substring(body.span().start(), body.span().end()),
                        List.of(body.span()), body.countries()));
            }
        }
        readings.addAll(countedBodies(sheet, article));
        addShortFormDefinitions(article, readings);
        List<Named> cases = SameThing.group(readings);
        for (Named named : cases) {
            named.countries.add(CHINA);
            named.countries.addAll(named.signature.countries());
            if (roles.of(named.signature.head()) != null) {
                named.referredToAs.add(named.signature.head()); // a noun for what it is ("该中心"), not "智慧"
            }
            named.id = DossierIds.of(DossierIds.CASE_PREFIX, named.signature, named.name());
        }
        return cases;
    }

    private Named candidate(String name, List<Span> mentions, List<String> countries) {
        Named named = new Named(Named.Kind.CASE, name);
        named.mentions.addAll(mentions);
        named.mentions.sort(null);
        named.countries.addAll(countries);
        named.signature = signatures.ofCase(name, countries);
        return named;
    }

    /**
     * Bodies a story counts by their own name: "10个鲁班工坊", "8期“上合之树”数字技术培训": the
     * figure's subject headed by a body or programme, with a name of its own (a brand).
     */
    private List<Named> countedBodies(FactSheet sheet, ArticleText article) {
        List<Named> found = new ArrayList<>();
        for (QuantityFact quantity : sheet.quantities()) {
            String subject = quantity.subject();
            if (subject == null || subject.isBlank()) {
                continue;
            }
            NameSignature signature = signatures.ofCase(subject, List.of());
            ConceptRoles.Role role = roles.of(signature.head());
            if ((role != ConceptRoles.Role.BODY && role != ConceptRoles.Role.PROGRAMME) || signature.ownWords().isEmpty()) {
                continue;
            }
            int end = quantity.mention().end();
            int at = article.text.indexOf(subject, end);
            if (at >= 0 && at - end <= 2) {
                found.add(candidate(subject, List.of(new Span(at, at + subject.length())),
                        BodyPhrases.segmentCountries(sheet, article, quantity.mention())));
            }
        }
        return found;
    }

    /** "X(下称“Y”)": Y is X's short form; a reading named Y is X. */
    private static void addShortFormDefinitions(ArticleText article, List<Named> readings) {
        for (Named named : readings) {
            for (Span mention : named.mentions) {
                Matcher definition = SHORT_FORM_DEFINITION.matcher(article.text).region(mention.end(),
                        Math.min(article.text.length(), mention.end() + 40));
                if (definition.lookingAt()) {
                    String shortForm = definition.group(1).strip();
                    for (Named other : readings) {
                        if (other != named && other.names.stream().anyMatch(n -> NameWords.fold(n)
                                .equals(NameWords.fold(shortForm).toLowerCase(Locale.ROOT)))) {
                            other.signature = named.signature;
                        }
                    }
                }
            }
        }
    }
}
