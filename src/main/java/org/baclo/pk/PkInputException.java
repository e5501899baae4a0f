package org.baclo.pk;

/**
 * A simulation request the simulator cannot honour as given (an unsupported parameter
 * set, a covariate the set does not model, an impossible dose history). The message says
 * what to change.
 */
public class PkInputException extends IllegalArgumentException {

    public PkInputException(String message) {
        super(message);
    }

}
