package io.scofacts.core.extract.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.country.CountryRecognizer;
import java.util.List;
import java.util.Objects;

/** Runs the country recogniser and then the organisation recogniser, as the pipeline does. */
final class OrganizationFinds {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();
    static final OrganizationRecognizer ORGANIZATIONS = new OrganizationRecognizer();

    private final AnalyzedArticle article;
    private final List<OrganizationMention> mentions;

    private OrganizationFinds(AnalyzedArticle article, Findings findings) {
        this.article = article;
        this.mentions = findings.organizations();
    }

    static OrganizationFinds in(AnalyzedArticle article) {
        Findings findings = new Findings();
        COUNTRIES.recognize(article, findings);
        ORGANIZATIONS.recognize(article, findings);
        return new OrganizationFinds(article, findings);
    }

    static OrganizationFinds in(AnalyzedArticle article, Findings earlier) {
        ORGANIZATIONS.recognize(article, earlier);
        return new OrganizationFinds(article, earlier);
    }

    List<String> names() {
        return mentions.stream().map(OrganizationMention::name).distinct().toList();
    }

    /** Asserts the name is found, every mention's span holds a name as written, and returns its country. */
    String country(String name) {
        OrganizationMention mention = mentions.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + names()));
        for (OrganizationMention each : mentions) {
            String written = article.original().substring(each.span().start(), each.span().end());
            assertFalse(written.isEmpty(), "empty span for " + each.name());
        }
        return mention.country();
    }

    OrganizationFinds has(String name, String country) {
        assertEquals(country, country(name), "country of " + name);
        return this;
    }

    OrganizationFinds lacks(String name) {
        assertFalse(names().contains(name), name + " should not be found, got " + names());
        return this;
    }

    OrganizationFinds lacksAnyContaining(String fragment) {
        assertTrue(names().stream().noneMatch(n -> n.contains(fragment)),
                "nothing with " + fragment + " expected, got " + names());
        return this;
    }

    OrganizationFinds exactly(String... names) {
        assertEquals(List.of(names), names());
        return this;
    }

    /** The text of the submitted article under each mention of {@code name}, in order. */
    List<String> writtenAs(String name) {
        return mentions.stream().filter(m -> Objects.equals(m.name(), name))
                .map(m -> article.original().substring(m.span().start(), m.span().end())).toList();
    }
}
