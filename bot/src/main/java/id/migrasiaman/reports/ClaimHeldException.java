package id.migrasiaman.reports;

/**
 * A staff member tried to move a report that another staff member holds (an unexpired claim). Only
 * the holder, or an administrator, may move it until the lease ends.
 */
public class ClaimHeldException extends RuntimeException {

    private final String holder;

    public ClaimHeldException(String code, String holder) {
        super("report " + code + " is held by another staff member");
        this.holder = holder;
    }

    /** The staff member who holds the claim (a console user name, never a reporter's data). */
    public String holder() {
        return holder;
    }
}
