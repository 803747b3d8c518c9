package io.scofacts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.core.cases.Tally;
import io.scofacts.core.text.HashIds;
import java.util.Collection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Cases and events in the cases table. Two kinds of writer, neither waiting on the other:
 * <ul>
 * <li>per article ({@link #applyArticle}): the article's mention and share items under each
 * case and event it names, and its ledger. No other article writes these items, so this never
 * conflicts with anything;</li>
 * <li>per case or event ({@link #replaceOverview}): the overview and the facet items, computed
 * from the share items. The caller runs one such writer per case at a time (the stream's
 * per-key order in AWS, the local feed's per-key queue locally); the overview's version
 * condition only guards against a second one by mistake.</li>
 * </ul>
 */
@ApplicationScoped
public class DossierStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<Map<String, List<String>>> SHARE = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, ArticleLedger.Entry>> LEDGER = new TypeReference<>() {
    };
    private static final int DIGEST_BYTES = 16;
    private static final Set<String> INDEX_KEY = Set.of(CaseTable.PK, CaseTable.SK, CaseTable.FACET, CaseTable.FACET_SORT);

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    @Inject
    PageTokens pageTokens;

    /** A filtered listing reads at most this many index pages to fill one page of its own. */
    private static final int MAX_QUERY_PAGES_PER_LISTING_PAGE = 10;
    /** DynamoDB's limit of items in one TransactWriteItems. */
    private static final int MAX_TRANSACTION_ITEMS = 100;

    /** A value as it would be stored: its JSON and a digest of it; equal digests mean nothing to write. */
    public record Prepared(String json, String digest) {
    }

    public static Prepared prepare(Object value) {
        String json = write(value);
        return new Prepared(json, HashIds.hex(json, DIGEST_BYTES));
    }

    /** What an article says of one case or event: the mention (for its summary) and its share (for its overview). */
    public record DossierWrite(String id, Prepared mention, Prepared share) {
    }

    /** The cases and events an article's sheet was last applied to; {@link ArticleLedger#NONE} if none. */
    public ArticleLedger ledger(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.casesTable())
                .key(key(articleId, CaseTable.LEDGER_ITEM)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return ArticleLedger.NONE;
        }
        return new ArticleLedger(Long.parseLong(item.get("revision").n()), read(item.get("entries").s(), LEDGER),
                Attributes.strings(item.get("dropped")));
    }

    /**
     * Writes what one article says: {@code writes} put mention and share items (a null
     * mention or share is left as it is), {@code removed} deletes both for cases and events the
     * article no longer names, then the ledger records {@code entries} and {@code removed} for
     * {@code revision}.
     * Every item written belongs to this article alone, so the writes need no condition;
     * repeating them is harmless, which is what makes a retried update idempotent.
     */
    public void applyArticle(String articleId, long revision, List<DossierWrite> writes, List<String> removed,
            Map<String, ArticleLedger.Entry> entries) {
        List<WriteRequest> requests = new ArrayList<>();
        for (DossierWrite write : writes) {
            if (write.mention() != null) {
                Map<String, AttributeValue> item = new HashMap<>(key(write.id(), CaseTable.MENTION_PREFIX + articleId));
                item.put("articleId", AttributeValue.fromS(articleId));
                item.put("mention", AttributeValue.fromS(write.mention().json()));
                requests.add(put(item));
            }
            if (write.share() != null) {
                Map<String, AttributeValue> item = new HashMap<>(key(write.id(), CaseTable.SHARE_PREFIX + articleId));
                item.put("share", AttributeValue.fromS(write.share().json()));
                requests.add(put(item));
            }
        }
        for (String id : removed) {
            requests.add(delete(key(id, CaseTable.MENTION_PREFIX + articleId)));
            requests.add(delete(key(id, CaseTable.SHARE_PREFIX + articleId)));
        }
        Batches.write(dynamo, settings.casesTable(), requests);
        Map<String, AttributeValue> ledger = new HashMap<>(key(articleId, CaseTable.LEDGER_ITEM));
        ledger.put("revision", AttributeValue.fromN(Long.toString(revision)));
        ledger.put("entries", AttributeValue.fromS(write(entries)));
        if (!removed.isEmpty()) {
            ledger.put("dropped", Attributes.strings(removed));
        }
        dynamo.putItem(b -> b.tableName(settings.casesTable()).item(ledger));
    }

    /** A case's or event's overview and the shares of some of its articles, read together. */
    public record CountState(StoredOverview overview, List<ShareState> shares) {
    }

    /** The overview of case or event {@code id} and the shares of the given articles, now and as last counted: one read. */
    public CountState countState(String id, Collection<String> articleIds) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(key(id, CaseTable.OVERVIEW_ITEM));
        for (String articleId : articleIds) {
            keys.add(key(id, CaseTable.SHARE_PREFIX + articleId));
            keys.add(key(id, CaseTable.APPLIED_PREFIX + articleId));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>(Batches.get(dynamo, settings.casesTable(), keys));
        StoredOverview overview = StoredOverview.NONE;
        for (var it = items.iterator(); it.hasNext();) {
            Map<String, AttributeValue> item = it.next();
            if (CaseTable.OVERVIEW_ITEM.equals(item.get(CaseTable.SK).s())) {
                overview = overviewOf(item);
                it.remove();
            }
        }
        return new CountState(overview, shareStates(new LinkedHashSet<>(articleIds), items));
    }

    /** Every article's share of case or event {@code id}, now and as last counted: for a full recount. */
    public List<ShareState> allShareStates(String id) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(itemsUnder(id, CaseTable.SHARE_PREFIX));
        items.addAll(itemsUnder(id, CaseTable.APPLIED_PREFIX));
        Set<String> articleIds = new LinkedHashSet<>();
        items.forEach(item -> articleIds.add(articleOf(item.get(CaseTable.SK).s())));
        return shareStates(articleIds, items);
    }

    private static List<ShareState> shareStates(Set<String> articleIds, List<Map<String, AttributeValue>> items) {
        Map<String, Map<String, List<String>>> current = new HashMap<>();
        Map<String, Map<String, List<String>>> applied = new HashMap<>();
        for (Map<String, AttributeValue> item : items) {
            String sk = item.get(CaseTable.SK).s();
            (sk.startsWith(CaseTable.SHARE_PREFIX) ? current : applied).put(articleOf(sk), read(item.get("share").s(), SHARE));
        }
        return articleIds.stream().map(a -> new ShareState(a, current.get(a), applied.get(a))).toList();
    }

    private static String articleOf(String sortKey) {
        return sortKey.substring(sortKey.indexOf('#') + 1);
    }

    /** What every article says of case or event {@code id}, read consistently. */
    public <M> List<M> mentions(String id, Class<M> type) {
        return itemsUnder(id, CaseTable.MENTION_PREFIX).stream().map(item -> read(item.get("mention").s(), type)).toList();
    }

    public StoredOverview overview(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(settings.casesTable())
                .key(key(id, CaseTable.OVERVIEW_ITEM)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? StoredOverview.NONE : overviewOf(item);
    }

    private static StoredOverview overviewOf(Map<String, AttributeValue> item) {
        return new StoredOverview(Attributes.string(item, "overview"), read(item.get("tally").s(), Tally.class),
                Long.parseLong(item.get("version").n()), Attributes.strings(item.get("facets")),
                Attributes.string(item, "listing"));
    }

    /**
     * Counts articles' shares into case or event {@code id} in one transaction: the overview
     * item with the new {@code tally} and {@code overview} (removed, with its facet items, when
     * the overview is null: no article names it now), the facet items when a listing changes,
     * and each {@code counted} share recorded as applied (a null share: the applied item is
     * removed). Conditioned on the overview's version, so a tally is never counted twice; false
     * when it changed since {@code previous} was read, and the caller reads again. At most
     * {@link #countable} shares.
     */
    public boolean commitOverview(String id, StoredOverview previous, Tally tally, Object overview,
            List<DossierFacet> facets, Map<String, Map<String, List<String>>> counted) {
        if (counted.size() > countable(previous, overview, facets)) {
            throw new IllegalArgumentException("too many shares for one transaction: " + counted.size());
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> version = Map.of(":v", AttributeValue.fromN(Long.toString(previous.version())));
        Set<String> kept = new LinkedHashSet<>();
        if (overview == null) {
            if (previous.exists()) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                        .key(key(id, CaseTable.OVERVIEW_ITEM)).conditionExpression("version = :v")
                        .expressionAttributeValues(version).build()).build());
            }
        } else {
            String listing = prepare(facets).digest();
            Map<String, AttributeValue> item = new HashMap<>(key(id, CaseTable.OVERVIEW_ITEM));
            item.put("version", AttributeValue.fromN(Long.toString(previous.version() + 1)));
            item.put("overview", AttributeValue.fromS(write(overview)));
            item.put("tally", AttributeValue.fromS(write(tally)));
            item.put("facets", Attributes.strings(facets.stream().map(DossierFacet::facet).toList()));
            item.put("listing", AttributeValue.fromS(listing));
            Put.Builder put = Put.builder().tableName(settings.casesTable()).item(item);
            if (previous.exists()) {
                put.conditionExpression("version = :v").expressionAttributeValues(version);
            } else {
                put.conditionExpression("attribute_not_exists(version)");
            }
            writes.add(TransactWriteItem.builder().put(put.build()).build());
            if (listing.equals(previous.listingDigest())) {
                kept.addAll(previous.facets());
            } else {
                for (DossierFacet facet : facets) {
                    kept.add(facet.facet());
                    writes.add(TransactWriteItem.builder().put(Put.builder().tableName(settings.casesTable())
                            .item(facetItem(id, facet)).build()).build());
                }
            }
        }
        previous.facets().stream().filter(facet -> !kept.contains(facet)).forEach(facet -> writes.add(facetDelete(id, facet)));
        counted.forEach((articleId, share) -> {
            Map<String, AttributeValue> appliedKey = key(id, CaseTable.APPLIED_PREFIX + articleId);
            if (share == null) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                        .key(appliedKey).build()).build());
            } else {
                Map<String, AttributeValue> item = new HashMap<>(appliedKey);
                item.put("share", AttributeValue.fromS(write(share)));
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(settings.casesTable()).item(item)
                        .build()).build());
            }
        });
        if (writes.isEmpty()) {
            return true;
        }
        return writes.size() == 1 && writes.get(0).put() != null
                ? putIfUnchanged(writes.get(0).put())
                : Transactions.writeIfUnchanged(dynamo, writes);
    }

    /** How many shares one {@link #commitOverview} can count along with this overview and its facet writes. */
    public static int countable(StoredOverview previous, Object overview, List<DossierFacet> facets) {
        int facetWrites;
        if (overview == null) {
            facetWrites = previous.facets().size();
        } else if (prepare(facets).digest().equals(previous.listingDigest())) {
            facetWrites = 0;
        } else {
            Set<String> kept = new LinkedHashSet<>();
            facets.forEach(facet -> kept.add(facet.facet()));
            facetWrites = facets.size() + (int) previous.facets().stream().filter(facet -> !kept.contains(facet)).count();
        }
        return MAX_TRANSACTION_ITEMS - 1 - facetWrites;
    }

    /** A lone overview put needs no transaction (half the write cost). */
    private boolean putIfUnchanged(Put put) {
        try {
            dynamo.putItem(b -> b.tableName(put.tableName()).item(put.item()).conditionExpression(put.conditionExpression())
                    .expressionAttributeValues(put.hasExpressionAttributeValues() ? put.expressionAttributeValues() : null));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * One page of a listing: the overviews of the facet items under {@code facet}, in its order
     * (or reversed), keeping those that pass the filter. A filter that few items pass may need
     * several index pages for one page of its own; after ten, the page is answered as it is
     * (fewer than {@code limit} items) with a token to go on.
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
        QueryRequest request = query.expressionAttributeNames(names).expressionAttributeValues(values).build();
        // A filter applies after Limit: read on until the page is full, the listing ends, or enough was read.
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> last = null;
        for (int read = 0; read < MAX_QUERY_PAGES_PER_LISTING_PAGE; read++) {
            QueryResponse page = dynamo.query(last == null ? request : request.toBuilder().exclusiveStartKey(last)
                    .limit(limit - ids.size()).build());
            page.items().forEach(item -> ids.add(item.get(CaseTable.PK).s()));
            last = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            if (last == null || ids.size() >= limit) {
                break;
            }
        }
        return new Page<>(overviews(ids, type), last == null ? null : pageTokens.encode(listing, last));
    }

    /** The overviews of {@code ids} in that order; an id whose overview is gone (no article names it now) is left out. */
    private <O> List<O> overviews(List<String> ids, Class<O> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> byId = new HashMap<>();
        Batches.get(dynamo, settings.casesTable(), ids.stream().distinct().map(id -> key(id, CaseTable.OVERVIEW_ITEM)).toList())
                .forEach(item -> byId.put(item.get(CaseTable.PK).s(), item.get("overview").s()));
        return ids.stream().filter(byId::containsKey).map(id -> read(byId.get(id), type)).toList();
    }

    private List<Map<String, AttributeValue>> itemsUnder(String id, String prefix) {
        return Queries.queryAll(dynamo, QueryRequest.builder()
                .tableName(settings.casesTable())
                .keyConditionExpression("#pk = :id AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", CaseTable.PK, "#sk", CaseTable.SK))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(id), ":prefix", AttributeValue.fromS(prefix)))
                .consistentRead(true)
                .build());
    }

    private TransactWriteItem facetDelete(String id, String facet) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(settings.casesTable())
                .key(key(id, CaseTable.FACET_PREFIX + facet)).build()).build();
    }

    private static Map<String, AttributeValue> facetItem(String id, DossierFacet facet) {
        Map<String, AttributeValue> item = new HashMap<>(key(id, CaseTable.FACET_PREFIX + facet.facet()));
        item.put(CaseTable.FACET, AttributeValue.fromS(facet.facet()));
        item.put(CaseTable.FACET_SORT, AttributeValue.fromS(facet.sort()));
        Attributes.putIfPresent(item, ListingFilter.COUNTRY_CODES, facet.countryCodes());
        Attributes.putIfPresent(item, ListingFilter.CATEGORY_KEY, facet.categoryKey());
        Attributes.putIfPresent(item, ListingFilter.YEAR, facet.year());
        Attributes.putIfPresent(item, ListingFilter.SEARCH_TEXT, facet.searchText());
        return item;
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
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

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored item is unreadable", e);
        }
    }

    private static Map<String, AttributeValue> key(String id, String item) {
        return Map.of(CaseTable.PK, AttributeValue.fromS(id), CaseTable.SK, AttributeValue.fromS(item));
    }
}
