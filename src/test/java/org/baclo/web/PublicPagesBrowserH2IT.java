package org.baclo.web;

/** {@link PublicPagesBrowserFlow} on the in-memory H2 of the {@code test} profile. */
class PublicPagesBrowserH2IT extends PublicPagesBrowserFlow {

}
