/**
 * The only package that speaks Telegram: polling and webhook intake, mapping updates, sending
 * replies, staff alerts.
 */
package id.migrasiaman.telegram;
