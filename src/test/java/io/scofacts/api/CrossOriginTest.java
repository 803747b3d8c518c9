package io.scofacts.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Headers;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.infra.DeploymentPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Browsers on other origins (the customers' web forms): local runs answer the preflight and
 * add the CORS headers for the configured origins only (tests configure https://forms.example.org;
 * none by default), allowing what API Gateway allows in the deployment templates.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class CrossOriginTest {

    private static final String FORMS = "https://forms.example.org";
    private static final String STRANGER = "https://elsewhere.example.net";

    @Test
    void answersThePreflightOfAConfiguredOrigin() {
        Headers preflight = given().header("Origin", FORMS).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/submitArticle").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FORMS)
                .header("Access-Control-Max-Age", String.valueOf(DeploymentPlan.CORS_MAX_AGE_SECONDS))
                .extract().headers();
        assertEquals(DeploymentPlan.CORS_METHODS, values(preflight, "Access-Control-Allow-Methods"));
        assertEquals(DeploymentPlan.CORS_HEADERS, values(preflight, "Access-Control-Allow-Headers"));
    }

    /** A header's values, whether sent as one comma-separated line or as several (the Lambda event adapter). */
    private static List<String> values(Headers headers, String name) {
        return headers.getValues(name).stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).toList();
    }

    @Test
    void aConfiguredOriginGetsTheAnswerWithItsCorsHeader() {
        given().header("Origin", FORMS).contentType(ContentType.JSON).body(Map.of())
                .when().post("/listCases").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FORMS);
    }

    @Test
    void anyOtherOriginIsRefusedAndNothingIsStored() {
        String text = "中塔两国在杜尚别签署数字海关合作备忘录,跨源测试 " + System.nanoTime();
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "POST")
                .when().options("/submitArticle").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", STRANGER).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/submitArticle").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        Api.post("submitArticle", Map.of("text", text)).statusCode(200).body("duplicate", equalTo(false));
    }

    @Test
    void callsWithoutAnOriginAreNotBrowserCallsAndPassAsBefore() {
        Api.post("listCases", Map.of()).statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void allowsWhatTheDeploymentTemplatesAllow() {
        assertEquals(DeploymentPlan.CORS_METHODS, list("quarkus.http.cors.methods"));
        assertEquals(DeploymentPlan.CORS_HEADERS, list("quarkus.http.cors.headers"));
        assertEquals(Duration.ofSeconds(DeploymentPlan.CORS_MAX_AGE_SECONDS),
                ConfigProvider.getConfig().getValue("quarkus.http.cors.access-control-max-age", Duration.class));
        assertEquals(false, ConfigProvider.getConfig().getValue("quarkus.http.cors.access-control-allow-credentials", Boolean.class));
    }

    @Test
    void noOriginIsAllowedByDefault() throws IOException {
        List<String> origins = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(line -> !line.startsWith("#") && line.contains("quarkus.http.cors.origins")).toList();
        assertTrue(origins.stream().allMatch(line -> line.startsWith("%test.")), "origins configured outside tests: " + origins);
    }

    private static List<String> list(String property) {
        return Arrays.asList(ConfigProvider.getConfig().getValue(property, String[].class));
    }
}
