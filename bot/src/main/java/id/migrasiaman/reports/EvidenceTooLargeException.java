package id.migrasiaman.reports;

/** The evidence is larger than allowed; nothing was kept. */
public class EvidenceTooLargeException extends RuntimeException {

    EvidenceTooLargeException(long maxBytes) {
        super("evidence larger than " + maxBytes + " bytes");
    }
}
