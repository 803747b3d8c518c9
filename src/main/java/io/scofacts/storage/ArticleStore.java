package io.scofacts.storage;

import io.scofacts.core.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Submitted articles, stored exactly as submitted. All parts of an article are written in one
 * transaction conditioned on the article not existing yet: either the whole article is
 * stored or nothing is, and two submissions of the same article store it once.
 */
@ApplicationScoped
public class ArticleStore {

    private static final String ENCODING = "deflate/utf-8";
    private static final int MAX_ATTEMPTS = 3;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoDbSettings settings;

    /** Stores the article unless one with its id exists; true when this call stored it. */
    public boolean saveIfAbsent(Article article) {
        List<byte[]> bodies = Blobs.split(article.text().getBytes(StandardCharsets.UTF_8));
        List<TransactWriteItem> writes = PartTable.puts(settings.articlesTable(), article.articleId(), bodies,
                metadata(article), put -> put.conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", PartTable.PK)));
        if (Transactions.isSinglePut(writes)) {
            return Transactions.putIfUnchanged(dynamo, writes.get(0).put());
        }
        for (int attempt = 1;; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedOnCondition(e)) {
                    return false;
                }
                // The same article submitted twice at once: the retry sees the winner's write.
                if (!Transactions.conflicted(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public Optional<Article> find(String articleId) {
        List<Map<String, AttributeValue>> parts = PartTable.readParts(dynamo, settings.articlesTable(), articleId);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> head = parts.get(0);
        String text = new String(PartTable.joinBody(parts), StandardCharsets.UTF_8);
        return Optional.of(new Article(articleId, text, Attributes.string(head, "title"), Attributes.string(head, "url"),
                Optional.ofNullable(Attributes.string(head, "publishedOn")).map(LocalDate::parse).orElse(null),
                Attributes.string(head, "languageHint"), Instant.parse(Attributes.string(head, "submittedAt"))));
    }

    public boolean exists(String articleId) {
        return dynamo.getItem(b -> b.tableName(settings.articlesTable()).key(PartTable.key(articleId, 0))
                .projectionExpression("#pk").expressionAttributeNames(Map.of("#pk", PartTable.PK))
                .consistentRead(true)).hasItem();
    }

    private static Map<String, AttributeValue> metadata(Article article) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("encoding", AttributeValue.fromS(ENCODING));
        item.put("textLength", AttributeValue.fromN(Integer.toString(article.text().length())));
        item.put("submittedAt", AttributeValue.fromS(article.submittedAt().toString()));
        Attributes.putIfPresent(item, "title", article.title());
        Attributes.putIfPresent(item, "url", article.url());
        Attributes.putIfPresent(item, "publishedOn", article.publishedOn() == null ? null : article.publishedOn().toString());
        Attributes.putIfPresent(item, "languageHint", article.languageHint());
        return item;
    }
}
