package io.scofacts.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Calls the functions over HTTP the way integrations do. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse post(String function, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/" + function).then();
    }

    public static ValidatableResponse postRaw(String function, byte[] body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/" + function).then();
    }

    public static String submit(String text) {
        return post("submitArticle", Map.of("text", text)).statusCode(200).extract().path("articleId");
    }

    public static String submit(Map<String, Object> article) {
        return post("submitArticle", article).statusCode(200).extract().path("articleId");
    }
}
