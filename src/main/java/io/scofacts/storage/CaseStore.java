package io.scofacts.storage;

import io.scofacts.core.cases.CaseMention;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Cases: which articles name each case, the case overview derived from them, and the facet
 * items that make cases listable by country without a Scan.
 */
@ApplicationScoped
public class CaseStore {

    /** A sort key may hold 1 KB; names are cut well before that (the case id keeps it unique). */
    private static final int SORT_NAME_LENGTH = 200;
    private static final Set<String> INDEX_KEY = Set.of(CaseTable.PK, CaseTable.SK, CaseTable.FACET, CaseTable.FACET_SORT);

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    /** What a writer read of a case overview, to replace exactly that version. */
    public record OverviewVersion(long version, List<String> countries) {

        static final OverviewVersion NONE = new OverviewVersion(0, List.of());

        /** The listings the overview as read appears in (none when there was no overview). */
        List<String> facets() {
            return version == 0 ? List.of() : facetsOf(countries);
        }
    }

    public void putMention(CaseMention mention) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(CaseTable.PK, AttributeValue.fromS(mention.caseId()));
        item.put(CaseTable.SK, AttributeValue.fromS(CaseTable.MENTION_PREFIX + mention.articleId()));
        item.put("articleId", AttributeValue.fromS(mention.articleId()));
        item.put("name", AttributeValue.fromS(mention.name()));
        item.put("countries", Attributes.strings(mention.countries()));
        Attributes.putIfPresent(item, "title", mention.articleTitle());
        Attributes.putIfPresent(item, "publishedOn", mention.publishedOn());
        dynamo.putItem(b -> b.tableName(settings.casesTable()).item(item));
    }

    public void deleteMention(String caseId, String articleId) {
        dynamo.deleteItem(b -> b.tableName(settings.casesTable())
                .key(key(caseId, CaseTable.MENTION_PREFIX + articleId)));
    }

    /** Every article naming the case, read consistently. */
    public List<CaseMention> mentions(String caseId) {
        return Queries.queryAll(dynamo, QueryRequest.builder()
                .tableName(settings.casesTable())
                .keyConditionExpression("#pk = :case AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", CaseTable.PK, "#sk", CaseTable.SK))
                .expressionAttributeValues(Map.of(":case", AttributeValue.fromS(caseId),
                        ":prefix", AttributeValue.fromS(CaseTable.MENTION_PREFIX)))
                .consistentRead(true)
                .build())
                .stream()
                .map(item -> new CaseMention(caseId, item.get("articleId").s(), item.get("name").s(),
                        Attributes.strings(item.get("countries")), Attributes.string(item, "title"),
                        Attributes.string(item, "publishedOn")))
                .toList();
    }

    public OverviewVersion overviewVersion(String caseId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.casesTable())
                .key(key(caseId, CaseTable.OVERVIEW_ITEM)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return OverviewVersion.NONE;
        }
        return new OverviewVersion(Long.parseLong(item.get("version").n()), Attributes.strings(item.get("countries")));
    }

    /**
     * Replaces the overview read as {@code previous} (deletes the case when {@code overview} is
     * null) together with its facet items, in one transaction. False when another writer
     * changed the case since it was read: the caller reads again and recomputes.
     */
    public boolean replaceOverview(String caseId, CaseOverview overview, OverviewVersion previous) {
        if (overview == null && previous.version() == 0) {
            return true;
        }
        List<String> facets = overview == null ? List.of() : facetsOf(overview.countries());
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> condition = Map.of(":v", AttributeValue.fromN(Long.toString(previous.version())));
        if (overview == null) {
            writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                    .key(key(caseId, CaseTable.OVERVIEW_ITEM))
                    .conditionExpression("version = :v").expressionAttributeValues(condition).build()).build());
        } else {
            Map<String, AttributeValue> item = describe(overview);
            item.putAll(key(caseId, CaseTable.OVERVIEW_ITEM));
            item.put("version", AttributeValue.fromN(Long.toString(previous.version() + 1)));
            Put.Builder put = Put.builder().tableName(settings.casesTable()).item(item);
            if (previous.version() == 0) {
                put.conditionExpression("attribute_not_exists(version)");
            } else {
                put.conditionExpression("version = :v").expressionAttributeValues(condition);
            }
            writes.add(TransactWriteItem.builder().put(put.build()).build());
            for (String facet : facets) {
                Map<String, AttributeValue> facetItem = describe(overview);
                facetItem.putAll(key(caseId, CaseTable.FACET_PREFIX + facet));
                facetItem.put(CaseTable.FACET, AttributeValue.fromS(facet));
                facetItem.put(CaseTable.FACET_SORT, AttributeValue.fromS(sortKey(overview)));
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(settings.casesTable())
                        .item(facetItem).build()).build());
            }
        }
        for (String stale : previous.facets()) {
            if (!facets.contains(stale)) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                        .key(key(caseId, CaseTable.FACET_PREFIX + stale)).build()).build());
            }
        }
        return Transactions.writeIfUnchanged(dynamo, writes);
    }

    /** Cases in name order, all of them or those of one country, a page at a time. */
    public Page<CaseOverview> list(String countryCode, String pageToken, int limit) {
        String facet = countryCode == null ? CaseTable.ALL_CASES : CaseTable.COUNTRY_PREFIX + countryCode;
        QueryResponse page = dynamo.query(QueryRequest.builder()
                .tableName(settings.casesTable())
                .indexName(CaseTable.BY_FACET)
                .keyConditionExpression("#facet = :facet")
                .expressionAttributeNames(Map.of("#facet", CaseTable.FACET))
                .expressionAttributeValues(Map.of(":facet", AttributeValue.fromS(facet)))
                .exclusiveStartKey(PageTokens.decode("cases/" + facet, pageToken, INDEX_KEY))
                .limit(limit)
                .build());
        List<CaseOverview> items = page.items().stream().map(item -> new CaseOverview(item.get(CaseTable.PK).s(),
                item.get("name").s(), Attributes.strings(item.get("countries")), Integer.parseInt(item.get("articleCount").n())))
                .toList();
        String next = page.hasLastEvaluatedKey() ? PageTokens.encode("cases/" + facet, page.lastEvaluatedKey()) : null;
        return new Page<>(items, next);
    }

    private static List<String> facetsOf(List<String> countries) {
        LinkedHashSet<String> facets = new LinkedHashSet<>();
        facets.add(CaseTable.ALL_CASES);
        countries.forEach(code -> facets.add(CaseTable.COUNTRY_PREFIX + code));
        return List.copyOf(facets);
    }

    private static Map<String, AttributeValue> describe(CaseOverview overview) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("name", AttributeValue.fromS(overview.name()));
        item.put("countries", Attributes.strings(overview.countries()));
        item.put("articleCount", AttributeValue.fromN(Integer.toString(overview.articleCount())));
        return item;
    }

    private static String sortKey(CaseOverview overview) {
        String name = NameKey.of(overview.name());
        return (name.length() > SORT_NAME_LENGTH ? name.substring(0, SORT_NAME_LENGTH) : name) + "#" + overview.caseId();
    }

    private static Map<String, AttributeValue> key(String caseId, String item) {
        return Map.of(CaseTable.PK, AttributeValue.fromS(caseId), CaseTable.SK, AttributeValue.fromS(item));
    }
}
