/**
 * The data folder as a whole (database files, file store, indexes, packages): kept private to the account that runs
 * Openbaar, and the embedded database shared safely between the server, workers and CLI commands.
 */
package nl.openbaar.storage;
