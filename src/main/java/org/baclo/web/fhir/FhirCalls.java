package org.baclo.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.function.Function;
import org.baclo.app.ForbiddenException;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.security.BacloPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of a FHIR request, and Baclo's refusals as HAPI's (OperationOutcome answers,
 * never a 500).
 */
final class FhirCalls {

    private FhirCalls() {
    }

    static <T> T asCaller(Function<BacloPrincipal, T> call) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !(a.getPrincipal() instanceof BacloPrincipal who)) {
            throw new AuthenticationException("Log in with a bearer token or Basic authentication.");
        }
        try {
            return call.apply(who);
        }
        catch (NotFoundException e) {
            throw new ResourceNotFoundException(e.getMessage());
        }
        catch (ForbiddenException e) {
            throw new ForbiddenOperationException(e.getMessage());
        }
        catch (InvalidInputException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    /**
     * A Baclo patient id from a FHIR id; anything else is a patient nobody can see (404).
     */
    static long patientId(String idPart) {
        if (idPart == null || !idPart.matches("[0-9]{1,18}")) {
            throw new ResourceNotFoundException("No patient " + idPart + " that you can see.");
        }
        return Long.parseLong(idPart);
    }

}
