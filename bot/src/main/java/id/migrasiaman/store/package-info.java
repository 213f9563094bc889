/**
 * MongoDB: the embedded server (default) or MONGODB_URI, conversation state, processed updates,
 * key-value settings.
 */
package id.migrasiaman.store;
