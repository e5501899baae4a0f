package org.baclo.app;

/**
 * The resource does not exist or is not the caller's to see (both answer 404, so
 * existence does not leak).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
