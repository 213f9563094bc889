package id.migrasiaman.reports.queue;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;

/** Sorts MongoDB failures into "away for now" (worth the outbox) and real errors. */
public final class MongoFailures {

    private MongoFailures() {}

    /** Whether MongoDB could not be reached or is between primaries: a retry later may succeed. */
    public static boolean unavailable(MongoException e) {
        return e instanceof MongoSocketException
                || e instanceof MongoTimeoutException
                || e instanceof MongoNotPrimaryException
                || e instanceof MongoNodeIsRecoveringException
                || e.hasErrorLabel("RetryableWriteError")
                || e.getCause() instanceof MongoSocketException;
    }

    public static boolean duplicateKey(MongoException e) {
        if (e instanceof MongoWriteException w) {
            return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return e instanceof MongoCommandException && e.getCode() == 11000;
    }
}
