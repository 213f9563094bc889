package id.migrasiaman.reports.chat;

import java.util.Set;

/**
 * A report that names children under 18 and a case of today or this week (trial 12, D13: minors
 * gathered to leave "this week" by ship): the departure may be days away, so the receipt says to
 * call the police now and names the child line (FACTS 5.2, 5.3), as the report topic does.
 */
final class ChildrenSoon {

    private static final Set<String> RECENT = Set.of("today", "week");

    private ChildrenSoon() {}

    static boolean applies(ReportData data) {
        return "yes".equals(data.minors) && RECENT.contains(data.when);
    }
}
