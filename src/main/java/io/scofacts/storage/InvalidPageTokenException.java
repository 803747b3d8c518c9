package io.scofacts.storage;

/** A page token that this service did not issue for this listing. */
public class InvalidPageTokenException extends RuntimeException {

    public InvalidPageTokenException(String message) {
        super(message);
    }
}
