package org.baclo.cli;

/** --format values. */
enum OutputFormat {

    text, json

}
