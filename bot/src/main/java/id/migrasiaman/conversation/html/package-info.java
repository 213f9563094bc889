/**
 * The HTML of replies, Telegram's parse-mode subset: the allowed tags, validation, plain text, and
 * splitting long replies into balanced parts. {@link id.migrasiaman.conversation.Html} escapes.
 */
@NamedInterface("html")
package id.migrasiaman.conversation.html;

import org.springframework.modulith.NamedInterface;
