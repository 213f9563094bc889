package id.migrasiaman.reports;

/** No report has the given reference code. */
public class UnknownReportException extends RuntimeException {

    public UnknownReportException(String code) {
        super("no report " + code);
    }
}
