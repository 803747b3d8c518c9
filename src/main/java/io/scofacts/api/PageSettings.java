package io.scofacts.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the web page (src/main/resources/META-INF/resources) where the functions are and how
 * calls to them are authorised: GET /page-settings.json. Locally the page calls its own origin
 * without credentials; in AWS the templates set the HTTP API's address and its authoriser.
 */
@ApplicationScoped
public class PageSettings {

    static final String PATH = "/page-settings.json";
    private static final Set<String> AUTHORIZERS = Set.of("none", "JWT", "IAM");

    @Inject
    ObjectMapper json;

    /** Empty: the page's own origin. */
    @ConfigProperty(name = "scofacts.page.api-url")
    Optional<String> apiUrl;

    @ConfigProperty(name = "scofacts.page.authorizer", defaultValue = "none")
    String authorizer;

    void install(@Observes Router router) {
        if (!AUTHORIZERS.contains(authorizer)) {
            throw new IllegalStateException("scofacts.page.authorizer must be one of " + AUTHORIZERS + ", not " + authorizer);
        }
        router.get(PATH).handler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        ObjectNode settings = json.createObjectNode()
                .put("apiUrl", apiUrl.map(String::strip).orElse(""))
                .put("authorizer", authorizer);
        ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
                .end(settings.toString());
    }
}
