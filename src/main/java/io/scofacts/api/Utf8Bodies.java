package io.scofacts.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Every function body must be well-formed UTF-8 before it is parsed: the JSON parser decodes
 * leniently (an overlong C0 AF becomes "/", F4 90 80 80 a code point beyond Unicode), and what
 * it made of such bytes would be stored as if it had been sent. Runs after the body is read
 * and before the functions; the JDK's decoder refuses overlong forms, encoded surrogates and
 * anything above U+10FFFF.
 */
@ApplicationScoped
public class Utf8Bodies {

    /** Right after Quarkus' body handler (Integer.MIN_VALUE + 1), before the functions. */
    private static final int AFTER_BODY_HANDLER = Integer.MIN_VALUE + 2;

    void install(@Observes Router router) {
        router.route().order(AFTER_BODY_HANDLER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && FunctionNames.isFunctionPath(ctx.request().path())
                && ctx.body() != null && ctx.body().buffer() != null) {
            ApiException malformed = malformed(ctx.body().buffer());
            if (malformed != null) {
                ctx.fail(malformed);
                return;
            }
        }
        ctx.next();
    }

    /** The error for a body that is not well-formed UTF-8, or null when it is. */
    static ApiException malformed(Buffer body) {
        int bad = firstMalformed(body);
        if (bad < 0) {
            return null;
        }
        byte[] bytes = body.getBytes(bad, Math.min(bad + 4, body.length()));
        return ApiException.badRequest("invalid_utf8", "the request body is not valid UTF-8: the bytes at "
                + "offset " + bad + " (" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes)
                + (bad + 4 < body.length() ? " …" : "") + ") are no UTF-8 character");
    }

    /** The offset of the first byte that starts no well-formed UTF-8 sequence, or -1. */
    static int firstMalformed(Buffer body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body.getBytes());
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}
