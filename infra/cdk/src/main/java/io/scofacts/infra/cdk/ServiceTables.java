package io.scofacts.infra.cdk;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.constructs.Construct;

/**
 * The three tables, as io.scofacts.storage.TableDefinitions creates them locally (the tests
 * compare the two): on demand, point-in-time recovery, kept when the stack goes, each with a
 * stream of keys (new articles drive extraction, stored FactSheets and changed shares drive
 * the case and event updates).
 */
final class ServiceTables extends Construct {

    static final String CASES_INDEX = "byFacet";

    final Table articles;
    final Table factsheets;
    final Table cases;

    ServiceTables(Construct scope, String id) {
        super(scope, id);
        articles = partTable("ArticlesTable", StreamViewType.KEYS_ONLY);
        factsheets = partTable("FactsheetsTable", StreamViewType.KEYS_ONLY);
        cases = Table.Builder.create(this, "CasesTable")
                .partitionKey(string("caseId"))
                .sortKey(string("item"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .stream(StreamViewType.KEYS_ONLY)
                .pointInTimeRecoverySpecification(pointInTimeRecovery())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        cases.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                .indexName(CASES_INDEX)
                .partitionKey(string("facet"))
                .sortKey(string("facetSort"))
                .projectionType(ProjectionType.ALL)
                .build());
    }

    /** Articles and FactSheets: one item per stored part. */
    private Table partTable(String id, StreamViewType stream) {
        return Table.Builder.create(this, id)
                .partitionKey(string("articleId"))
                .sortKey(Attribute.builder().name("part").type(AttributeType.NUMBER).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(pointInTimeRecovery())
                .stream(stream)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private static PointInTimeRecoverySpecification pointInTimeRecovery() {
        return PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build();
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
