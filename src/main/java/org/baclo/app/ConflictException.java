package org.baclo.app;

/**
 * The request collides with the stored state: the record was changed since it was read,
 * or a unique value (a username, a plan version) is taken. The caller may reload and try
 * again (the API answers 409).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

}
