package org.baclo.web;

/** {@link AdminPagesBrowserFlow} on the in-memory H2 of the {@code test} profile. */
class AdminPagesBrowserH2IT extends AdminPagesBrowserFlow {

}
