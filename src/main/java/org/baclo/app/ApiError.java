package org.baclo.app;

import java.util.Locale;

/**
 * Every error code the API answers with, its HTTP status and its title. A problem
 * document's {@code code} is one of these names; {@code docs/api-errors.md} explains
 * each, and {@code ApiErrorCatalogueTest} keeps the two in step.
 */
public enum ApiError {

    /** A request field fails validation; {@code errors} lists each field. */
    VALIDATION_FAILED(400, "Invalid input"),
    /** A field has a value of the wrong JSON type or format. */
    INVALID_FIELD_TYPE(400, "Invalid value"),
    /**
     * The body is not JSON (or is too deep, too long, or has a number too long to read).
     */
    MALFORMED_JSON(400, "Malformed request body"),
    /** A path or query parameter has the wrong form (ids are decimal digits). */
    INVALID_PARAMETER(400, "Invalid parameter"),
    /**
     * The request itself is malformed (the URL, a header): refused before any handler
     * ran.
     */
    BAD_REQUEST(400, "Bad request"),
    /** No credentials, or a bad token or password. */
    UNAUTHENTICATED(401, "Authentication required"),
    /** The caller's role may not do this. */
    FORBIDDEN(403, "Forbidden"),
    /**
     * An administrator set the caller's password; it must be changed (on the account
     * page) before the API answers.
     */
    PASSWORD_CHANGE_REQUIRED(403, "Password change required"),
    /** No such resource that the caller may see. */
    NOT_FOUND(404, "Not found"),
    /** The resource does not support this HTTP method. */
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    /** The Accept header names no type the API can send (it sends JSON). */
    NOT_ACCEPTABLE(406, "Not acceptable"),
    /** Changed by someone else since it was read, or a unique value is taken. */
    CONFLICT(409, "Conflict"),
    /**
     * A concurrent request saved the same unique value first (a race on a unique
     * constraint).
     */
    DUPLICATE(409, "Already exists"),
    /** The body's Content-Type is not JSON. */
    /** The request body is longer than the server accepts (its Content-Length). */
    PAYLOAD_TOO_LARGE(413, "Request body too large"), UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** Too many failed logins for this account from this address; wait and try again. */
    LOGIN_THROTTLED(429, "Too many failed logins"),
    /** An unexpected error; nothing was saved half-way. */
    INTERNAL_ERROR(500, "Internal error"),
    /** The server is too busy to take the request now; retry shortly. */
    BUSY(503, "Busy");

    private final int status;

    private final String title;

    ApiError(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String code() {
        return name();
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type URI, e.g. {@code https://baclo.org/problems/not-found}. */
    public String type() {
        return "https://baclo.org/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The code that answers an error the container or the framework raised with only a
     * status.
     */
    public static ApiError forStatus(int status) {
        for (ApiError e : values()) {
            if (e.status == status && e != INTERNAL_ERROR) {
                return status == 400 ? BAD_REQUEST : e;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }

}
