package org.baclo.web;

/** {@link FollowUpBrowserFlow} on the in-memory H2 of the {@code test} profile. */
class FollowUpBrowserH2IT extends FollowUpBrowserFlow {

}
