package io.scofacts.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON every refused request gets: a stable machine code and a message for people. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, String message, String field) {
}
