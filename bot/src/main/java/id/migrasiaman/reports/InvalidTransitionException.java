package id.migrasiaman.reports;

/** Staff asked for a status change that the workflow does not allow from the current status. */
public class InvalidTransitionException extends RuntimeException {

    public InvalidTransitionException(String code, Status from, Status to) {
        super("report " + code + " cannot move from " + from + " to " + to);
    }
}
