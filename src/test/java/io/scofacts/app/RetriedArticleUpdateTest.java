package io.scofacts.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.api.Api;
import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An update whose writes landed although its call failed (DynamoDB answered after the client
 * had given up, as when it is frozen) is retried: the retry must still have every case the
 * article joined or left counted, or the listing's article count and the summary's sources
 * part for good. Against the real cases table in DynamoDB Local.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class RetriedArticleUpdateTest {

    /** Invented for this test: two projects no other test names. */
    private static final String FIRST = "中哈冷链物流信息平台项目在阿拉木图启动\n"
            + "本报阿拉木图5月6日电 中哈冷链物流信息平台项目6日在阿拉木图启动，首批接入40家企业。";
    private static final String SECOND = "中乌纺织数字工厂项目在塔什干投产\n"
            + "本报塔什干5月9日电 中乌纺织数字工厂项目9日在塔什干投产，年产能约2万吨。";

    @Inject
    DossierUpdates updates;

    @Inject
    Extractor extractor;

    @Inject
    DossierReader reader;

    @Test
    void aRetryOfAnUpdateThatLandedStillHasItsCasesRecounted() {
        String articleId = Api.submit(Map.of("text", FIRST, "publishedOn", "2026-05-06"));
        Api.post("extractFacts", Map.of("articleId", articleId)).statusCode(200);
        String firstCase = onlyCase(articleId, FIRST);
        assertEquals(1, listedCount(firstCase, "冷链物流信息平台"), "the first revision is counted");

        // Revision 2 says the article is about another project. Its first attempt writes
        // everything but its answer is lost, so nothing asks for the refreshes.
        StoredSheet second = new StoredSheet(sheetOf(articleId, SECOND), 2, SECOND);
        String secondCase = onlyCase(articleId, SECOND);
        assertNotEquals(firstCase, secondCase);
        updates.applyArticle(second);

        Set<String> retried = updates.applyArticle(second);
        assertEquals(Set.of(firstCase, secondCase), retried, "the retry asks for both refreshes");
        retried.forEach(id -> updates.refresh(id, List.of(articleId)));

        assertEquals(0, listedCount(firstCase, "冷链物流信息平台"), "the case the article left no longer counts it");
        assertEquals(1, listedCount(secondCase, "纺织数字工厂"), "the case it joined counts it once");
        List<Object> sources = Api.post("caseSummary", Map.of("caseId", secondCase)).statusCode(200)
                .extract().path("sources");
        assertEquals(1, sources.size(), "listing and summary agree");

        // A third attempt changes nothing: every share is counted already.
        updates.applyArticle(second).forEach(id -> updates.refresh(id, List.of(articleId)));
        assertEquals(1, listedCount(secondCase, "纺织数字工厂"));
    }

    private FactSheet sheetOf(String articleId, String text) {
        return extractor.extract(new ArticleInput(articleId, text, null, null, null, null));
    }

    private String onlyCase(String articleId, String text) {
        Set<String> cases = reader.read(sheetOf(articleId, text), text).cases().keySet();
        assertFalse(cases.isEmpty(), "the text names a case: " + text);
        return cases.iterator().next();
    }

    /** The case's article count in the listing filtered by {@code words}, 0 when it is not listed. */
    private static int listedCount(String caseId, String words) {
        List<Map<String, Object>> items = Api.post("listCases", Map.of("text", words, "limit", 100)).statusCode(200)
                .extract().path("items");
        return items.stream().filter(item -> caseId.equals(item.get("caseId")))
                .mapToInt(item -> (Integer) item.get("articleCount")).findFirst().orElse(0);
    }
}
