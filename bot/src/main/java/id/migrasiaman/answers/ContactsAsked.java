package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Texts;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Who do I contact in Indonesia, is there an email?": an employer abroad, a researcher or anyone
 * who wants the Indonesian side's channels in writing. It was turned away as off topic (trial 15,
 * D22). The answer gives the channels our sources have (KP2MI from abroad and on WhatsApp, FACTS
 * 5.1 and 13.6; SISKOP2MI, 3.3; Kemlu's citizen-protection hotline and e-mail, 11.1; the mission
 * that verifies job orders, 3.2, with KDEI Taipei's missing number said, 11.10) and that no KP2MI
 * e-mail address is in them.
 */
@Component
@Order(47)
class ContactsAsked extends WordedAnswer {

    static final int MAX_WORDS = 25;

    /** An e-mail address asked for. */
    private static final Pattern EMAIL =
            Pattern.compile(
                    "\\b(is there|are there|any|ada|ada gak|ada ga|ada nggak|what is|what's|apa)( an?)?"
                            + " (e-?mail|email address|alamat e-?mail|surel)\\b"
                            + "|\\b(e-?mail|alamat e-?mail) (nya|resmi|address|kp2mi|bp2mi|kemlu|ke mana"
                            + "|kemana)\\b|\\b(which|what) e-?mail\\b");

    /** Whom to contact, on the Indonesian side. */
    private static final Pattern WHOM_IN_INDONESIA =
            Pattern.compile(
                    "\\b(who|whom|which office|which agency)( \\S+){0,3} (contact|call|write|ask)\\b"
                            + "( \\S+){0,3} (in )?indonesia"
                            + "|\\b(hubungi|kontak|menghubungi)( \\S+){0,2} (siapa|ke mana|kemana)"
                            + "( \\S+){0,2} (di )?indonesia\\b");

    ContactsAsked(Texts texts, Menus menus) {
        super(
                texts,
                menus,
                new Shape(
                        "contacts.indonesia",
                        "contacts.employers",
                        "hiring-from-indonesia",
                        MAX_WORDS,
                        true));
    }

    @Override
    boolean asks(String lower) {
        return EMAIL.matcher(lower).find() || WHOM_IN_INDONESIA.matcher(lower).find();
    }
}
