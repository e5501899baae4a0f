package org.baclo.cli;

/**
 * Input the user must change: the message names the field and what is allowed. Exit code
 * 2.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

}
