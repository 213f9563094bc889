/**
 * Emergencies: hotlines first, what to do now, location sharing, an URGENT report and a staff
 * alert.
 */
package id.migrasiaman.emergency;
