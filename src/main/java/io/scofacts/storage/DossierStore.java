package io.scofacts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.core.cases.Tally;
import io.scofacts.core.text.HashIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Cases and events in the cases table: what each article says of them (mention items), their
 * tallies and overviews, and the facet items listings are served from. An article's change to
 * one case or event is one transaction: its mention, the tally and overview, and the facets
 * together, conditioned on the mention and the tally being what the writer read.
 */
@ApplicationScoped
public class DossierStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int DIGEST_BYTES = 16;
    private static final Set<String> INDEX_KEY = Set.of(CaseTable.PK, CaseTable.SK, CaseTable.FACET, CaseTable.FACET_SORT);

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    @Inject
    PageTokens pageTokens;

    /** What {@code articleId} says of case or event {@code id} as stored, or null. */
    public <M> StoredMention<M> mention(String id, String articleId, Class<M> type) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.casesTable())
                .key(key(id, CaseTable.MENTION_PREFIX + articleId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        return new StoredMention<>(read(item.get("mention").s(), type), item.get("digest").s());
    }

    public StoredTally tally(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.casesTable())
                .key(key(id, CaseTable.OVERVIEW_ITEM)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return StoredTally.NONE;
        }
        return new StoredTally(read(item.get("tally").s(), Tally.class), Long.parseLong(item.get("version").n()),
                Attributes.strings(item.get("facets")));
    }

    /** A mention as it would be stored: its JSON, and the digest a later replacement is conditioned on. */
    public record PreparedMention(String json, String digest) {
    }

    /** Serialises a mention once; equal digests mean nothing to write. */
    public static PreparedMention prepare(Object mention) {
        String json = write(mention);
        return new PreparedMention(json, HashIds.hex(json, DIGEST_BYTES));
    }

    /**
     * Replaces {@code articleId}'s mention of {@code id} (removes it when {@code mention} is
     * null), the tally and overview (removes them when {@code overview} is null), and the
     * facet items, all or nothing. False when another writer changed the mention or the tally
     * since they were read: the caller reads again and recomputes.
     */
    public boolean apply(String id, String articleId, StoredMention<?> previousMention, PreparedMention mention,
            StoredTally previous, Tally tally, Object overview, List<DossierFacet> facets) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(mentionWrite(id, articleId, previousMention, mention));
        Map<String, AttributeValue> version = Map.of(":v", AttributeValue.fromN(Long.toString(previous.version())));
        if (overview == null) {
            if (previous.version() > 0) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                        .key(key(id, CaseTable.OVERVIEW_ITEM)).conditionExpression("version = :v")
                        .expressionAttributeValues(version).build()).build());
            }
        } else {
            String overviewJson = write(overview);
            Map<String, AttributeValue> item = new HashMap<>(key(id, CaseTable.OVERVIEW_ITEM));
            item.put("version", AttributeValue.fromN(Long.toString(previous.version() + 1)));
            item.put("tally", AttributeValue.fromS(write(tally)));
            item.put("overview", AttributeValue.fromS(overviewJson));
            item.put("facets", Attributes.strings(facets.stream().map(DossierFacet::facet).toList()));
            Put.Builder put = Put.builder().tableName(settings.casesTable()).item(item);
            if (previous.version() == 0) {
                put.conditionExpression("attribute_not_exists(version)");
            } else {
                put.conditionExpression("version = :v").expressionAttributeValues(version);
            }
            writes.add(TransactWriteItem.builder().put(put.build()).build());
            for (DossierFacet facet : facets) {
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(settings.casesTable())
                        .item(facetItem(id, facet, overviewJson)).build()).build());
            }
        }
        List<String> kept = overview == null ? List.of() : facets.stream().map(DossierFacet::facet).toList();
        for (String stale : previous.facets()) {
            if (!kept.contains(stale)) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                        .key(key(id, CaseTable.FACET_PREFIX + stale)).build()).build());
            }
        }
        return Transactions.writeIfUnchanged(dynamo, writes);
    }

    private TransactWriteItem mentionWrite(String id, String articleId, StoredMention<?> previous, PreparedMention mention) {
        Map<String, AttributeValue> key = key(id, CaseTable.MENTION_PREFIX + articleId);
        String condition = previous == null ? "attribute_not_exists(#item)" : "digest = :d";
        Map<String, String> names = previous == null ? Map.of("#item", CaseTable.SK) : null;
        Map<String, AttributeValue> values = previous == null ? null : Map.of(":d", AttributeValue.fromS(previous.digest()));
        if (mention == null) {
            return TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable()).key(key)
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                    .build()).build();
        }
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("articleId", AttributeValue.fromS(articleId));
        item.put("mention", AttributeValue.fromS(mention.json()));
        item.put("digest", AttributeValue.fromS(mention.digest()));
        return TransactWriteItem.builder().put(Put.builder().tableName(settings.casesTable()).item(item)
                .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                .build()).build();
    }

    /** What every article says of case or event {@code id}, read consistently. */
    public <M> List<M> mentions(String id, Class<M> type) {
        return Queries.queryAll(dynamo, QueryRequest.builder()
                .tableName(settings.casesTable())
                .keyConditionExpression("#pk = :id AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", CaseTable.PK, "#sk", CaseTable.SK))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(id),
                        ":prefix", AttributeValue.fromS(CaseTable.MENTION_PREFIX)))
                .consistentRead(true)
                .build())
                .stream()
                .map(item -> read(item.get("mention").s(), type))
                .toList();
    }

    /**
     * One page of a listing: the overviews under {@code facet}, in its order (or reversed),
     * keeping those that pass the filter. As with any DynamoDB filter, a page may hold fewer
     * than {@code limit} items while a next token still follows.
     */
    public <O> Page<O> list(String facet, ListingFilter filter, String pageToken, int limit, boolean reverse,
            Class<O> type) {
        String listing = facet + "?" + filter.describe();
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(settings.casesTable())
                .indexName(CaseTable.BY_FACET)
                .scanIndexForward(!reverse)
                .exclusiveStartKey(pageTokens.decode(listing, pageToken, INDEX_KEY))
                .limit(limit);
        Map<String, String> names = new LinkedHashMap<>(Map.of("#facet", CaseTable.FACET));
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":facet", AttributeValue.fromS(facet)));
        query.keyConditionExpression("#facet = :facet");
        String filterExpression = filter.expression(names, values);
        if (filterExpression != null) {
            query.filterExpression(filterExpression);
        }
        QueryResponse page = dynamo.query(query.expressionAttributeNames(names).expressionAttributeValues(values).build());
        List<O> items = page.items().stream().map(item -> read(item.get("overview").s(), type)).toList();
        String next = page.hasLastEvaluatedKey() ? pageTokens.encode(listing, page.lastEvaluatedKey()) : null;
        return new Page<>(items, next);
    }

    private static Map<String, AttributeValue> facetItem(String id, DossierFacet facet, String overviewJson) {
        Map<String, AttributeValue> item = new HashMap<>(key(id, CaseTable.FACET_PREFIX + facet.facet()));
        item.put(CaseTable.FACET, AttributeValue.fromS(facet.facet()));
        item.put(CaseTable.FACET_SORT, AttributeValue.fromS(facet.sort()));
        item.put("overview", AttributeValue.fromS(overviewJson));
        Attributes.putIfPresent(item, ListingFilter.COUNTRY_CODES, facet.countryCodes());
        Attributes.putIfPresent(item, ListingFilter.CATEGORY_KEY, facet.categoryKey());
        Attributes.putIfPresent(item, ListingFilter.SEARCH_TEXT, facet.searchText());
        return item;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private static Map<String, AttributeValue> key(String id, String item) {
        return Map.of(CaseTable.PK, AttributeValue.fromS(id), CaseTable.SK, AttributeValue.fromS(item));
    }
}
