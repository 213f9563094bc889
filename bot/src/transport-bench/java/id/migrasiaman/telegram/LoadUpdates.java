package id.migrasiaman.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic traffic for the load generator: many chats, each walking one of the bot's real uses
 * (a question, an offer check, a whole broker report, an emergency, the menu), in order per chat,
 * the chats interleaved.
 */
final class LoadUpdates {

    private static final String[] QUESTIONS = {
        "syarat jadi PMI ke Hongkong apa saja?",
        "berapa biaya penempatan ke Taiwan?",
        "beta mau pi karja di Malaysia, karmana?",
        "apa itu BP3MI dan di mana kantornya?",
        "how do I apply to work in Singapore legally?"
    };
    private static final String[] OFFERS = {
        "ada tawaran kerja di Malaysia gaji 8 juta, tidak perlu paspor, berangkat lewat Batam",
        "om bilang bisa kerja di kebun sawit, biaya 5 juta dipotong gaji, berangkat minggu depan",
        "lowongan ART Hongkong tanpa pelatihan, paspor diurus agen, langsung terbang"
    };
    private static final String EMERGENCY = "tolong sy dikunci majikan, paspor ditahan dan tidak dikasih makan";

    private LoadUpdates() {}

    /** {@code chats} chats' scripts, interleaved: each chat's updates stay in order. */
    static List<String> generate(long firstChat, int chats, long seed) {
        Random random = new Random(seed);
        List<List<String>> scripts = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            scripts.add(script(firstChat + c, random));
        }
        List<String> all = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        scripts.forEach(s -> next.add(0));
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            open.add(i);
        }
        while (!open.isEmpty()) {
            int pick = random.nextInt(open.size());
            int chat = open.get(pick);
            all.add(scripts.get(chat).get(next.get(chat)));
            next.set(chat, next.get(chat) + 1);
            if (next.get(chat) == scripts.get(chat).size()) {
                open.remove(pick);
            }
        }
        return all;
    }

    private static List<String> script(long chat, Random random) {
        List<String> updates = new ArrayList<>();
        updates.add(Scripts.message(chat, "/start"));
        int kind = random.nextInt(10);
        if (kind < 4) {
            updates.add(Scripts.message(chat, QUESTIONS[random.nextInt(QUESTIONS.length)]));
            updates.add(Scripts.message(chat, QUESTIONS[random.nextInt(QUESTIONS.length)]));
        } else if (kind < 7) {
            updates.add(Scripts.message(chat, OFFERS[random.nextInt(OFFERS.length)]));
        } else if (kind < 9) {
            updates.add(
                    Scripts.message(
                            chat, "/lapor calo om Beni di Oesao rekrut anak ke Malaysia 0813-3900-" + (1000 + chat % 9000)));
            for (int i = 0; i < 10; i++) {
                updates.add(Scripts.callback(chat, "r:skip"));
            }
            updates.add(Scripts.callback(chat, "r:contact:no"));
            updates.add(Scripts.callback(chat, "r:send"));
        } else {
            updates.add(Scripts.message(chat, EMERGENCY));
        }
        return updates;
    }

    static String emergency(long chat) {
        return Scripts.message(chat, EMERGENCY);
    }
}
