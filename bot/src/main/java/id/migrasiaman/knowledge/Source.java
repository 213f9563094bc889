package id.migrasiaman.knowledge;

/**
 * Where a fact comes from, as listed under {@code sources} in a content file.
 *
 * @param title the article or document title
 * @param publisher who published it
 * @param url the address
 * @param date publication date, {@code yyyy-MM-dd}
 */
public record Source(String title, String publisher, String url, String date) {}
