package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.app.DossierIndex;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.storage.Page;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;

/**
 * {@code POST /exportCases}: every case with its full summary (the caseSummary answer), one
 * JSON object per line (JSON Lines, {@code application/x-ndjson}), a page at a time in the
 * case listing's order; the next page's token is in the {@code Next-Page-Token} header (absent
 * on the last page). Lines load as they are into a spreadsheet or a notebook. Not a Funqy
 * function because its answer is not one JSON value; it shares the functions' validation,
 * admission and error answers.
 */
@ApplicationScoped
public class CaseExport {

    /** The function's name in {@link FunctionNames#ALL}; served as a route of its own, not by Funqy. */
    public static final String FUNCTION = "exportCases";
    static final String PATH = "/" + FUNCTION;
    static final String NEXT_PAGE_HEADER = "Next-Page-Token";
    /** A page of full summaries stays well under Lambda's 6 MB answer. */
    private static final int MAX_PAGE_SIZE = 50;
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_BODY_BYTES = 16 * 1024;

    @Inject
    DossierIndex dossiers;

    @Inject
    Admission admission;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.post(PATH).order(Integer.MIN_VALUE + 1).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .blockingHandler(this::export, false);
    }

    private void export(RoutingContext ctx) {
        try {
            admission.enter(ctx);
        } catch (RuntimeException refused) {
            ctx.fail(refused);
            return;
        }
        try {
            // its own route runs before the check every Funqy function gets (Utf8Bodies)
            ApiException malformed = ctx.body() == null || ctx.body().buffer() == null ? null : Utf8Bodies.malformed(ctx.body().buffer());
            if (malformed != null) {
                ctx.fail(malformed);
                return;
            }
            JsonNode body = body(ctx);
            if (body == null && ctx.body() != null && ctx.body().length() > 0) {
                ctx.fail(400); // HttpErrorResponses says why: not UTF-8, or not JSON
                return;
            }
            RequestFields fields = RequestFields.of(Listings.orEmpty(body), Set.of("limit", "pageToken"));
            Page<CaseSummary> page = Listings.page(fields, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, dossiers::exportCases);
            Buffer lines = Buffer.buffer();
            for (CaseSummary summary : page.items()) {
                lines.appendBytes(json.writeValueAsBytes(summary)).appendByte((byte) '\n');
            }
            if (page.next() != null) {
                ctx.response().putHeader(NEXT_PAGE_HEADER, page.next());
            }
            ctx.response().putHeader("Content-Type", "application/x-ndjson; charset=utf-8").end(lines);
        } catch (RuntimeException | IOException e) {
            ctx.fail(e);
        } finally {
            admission.leave();
        }
    }

    /** The JSON body; null when there is none (an export of the first page) or it cannot be read. */
    private JsonNode body(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().length() == 0) {
            return null;
        }
        try {
            return json.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            return null;
        }
    }
}
