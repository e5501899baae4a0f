/**
 * The application's own error types, free of Spring and of the web: services throw them,
 * the web maps them to HTTP statuses (one place for the pages, one for the API) and the
 * CLI to messages and exit codes.
 */
package org.baclo.app;
