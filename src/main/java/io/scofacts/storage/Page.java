package io.scofacts.storage;

import java.util.List;

/** One page of a listing and the token of the next page (null on the last page). */
public record Page<T>(List<T> items, String next) {
}
