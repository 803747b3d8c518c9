package io.scofacts.storage;

/** A storage failure the caller cannot fix by changing its request. */
public class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
