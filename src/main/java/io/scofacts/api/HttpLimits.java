package io.scofacts.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What a request may look like before its body is read, and how long the body may take.
 * The HTTP server's own limits (quarkus.http.limits.*) are set higher, so that these are the
 * ones a caller meets, with a JSON answer saying which limit it was.
 */
@ConfigMapping(prefix = "scofacts.http")
public interface HttpLimits {

    /** Path and query together; no function needs more than its name. */
    @WithDefault("8192")
    int maxUriLength();

    /** All header names and values together. */
    @WithDefault("32768")
    int maxHeaderBytes();

    /** From the end of the headers to the last byte of the body. */
    @WithDefault("20s")
    Duration bodyReadTimeout();
}
