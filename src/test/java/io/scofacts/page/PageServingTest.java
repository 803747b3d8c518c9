package io.scofacts.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service serves the whole page itself, in the local build and through the Lambda event
 * adapter alike: every file the page loads is there, from the service's own origin.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class PageServingTest {

    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern IMPORTED = Pattern.compile("(?m)^import [^;]*? from '([^']+)';");

    @Test
    void servesThePageAtTheRootForEveryViewAddress() {
        for (String address : new String[] {"/", "/?view=cases&country=UZ", "/?view=article&id=a-0&sentence=1-2"}) {
            given().when().get(address).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"))
                    .body(containsString("Content-Security-Policy"));
        }
    }

    @Test
    void everyFileThePageLoadsIsServedFromItsOwnOrigin() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        Set<String> files = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Matcher loaded = LOADED.matcher(html);
        while (loaded.find()) {
            String reference = loaded.group(1);
            if (!reference.startsWith("data:") && !reference.startsWith("#") && !reference.startsWith("?")
                    && !reference.equals("./")) {
                pending.add(URI.create("/").resolve(reference).getPath());
            }
        }
        while (!pending.isEmpty()) {
            String file = pending.pop();
            assertFalse(file.contains("//"), "loaded from another origin: " + file);
            if (!files.add(file)) {
                continue;
            }
            String body = given().when().get(file).then().statusCode(200).extract().asString();
            if (file.endsWith(".js")) {
                given().when().get(file).then().contentType(startsWith("text/javascript"));
                Matcher imported = IMPORTED.matcher(body);
                while (imported.find()) {
                    String module = imported.group(1);
                    assertTrue(module.startsWith("./") || module.startsWith("../"), file + " imports " + module);
                    pending.add(URI.create(file).resolve(module).getPath());
                }
            }
        }
        assertTrue(files.containsAll(Set.of("/style.css", "/js/app.js", "/js/api.js", "/js/marks.js",
                "/js/views/reading.js", "/js/views/dossier.js")), files.toString());
    }

    @Test
    void tellsThePageToCallItsOwnOriginWithoutCredentials() {
        given().when().get("/page-settings.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("apiUrl", equalTo(""))
                .body("authorizer", equalTo("none"));
    }

    @Test
    void aFunctionAddressIsNotAPage() {
        assertEquals(405, given().when().get("/listCases").then().extract().statusCode());
        given().when().get("/no-such-file.js").then().statusCode(404).body("error", equalTo("not_found"));
    }
}
