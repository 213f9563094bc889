package id.migrasiaman.emergency;

/** Published when a reporter withdraws an urgent report, so the staff chat hears of it too. */
public record UrgentWithdrawn(String code) {}
