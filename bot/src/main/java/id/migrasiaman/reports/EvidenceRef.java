package id.migrasiaman.reports;

/**
 * A stored piece of evidence (photo, document, voice note) in the GridFS bucket {@code evidence}.
 *
 * @param id the GridFS file id (hex)
 * @param kind what it is, as the channel said ("photo", "document", "voice", ...)
 * @param sha256 the content's SHA-256 (hex), for integrity when it is handed to the police
 * @param size the content's size in bytes
 * @param contentType the MIME type given when it was stored
 */
public record EvidenceRef(String id, String kind, String sha256, long size, String contentType) {}
