package id.migrasiaman.reports.chat;

import java.util.List;

/** The 24 kecamatan of Kabupaten Kupang (FACTS.md §8), in the order the buttons show them. */
final class Kecamatan {

    static final List<String> ALL =
            List.of(
                    "Kupang Timur",
                    "Kupang Tengah",
                    "Kupang Barat",
                    "Nekamese",
                    "Taebenu",
                    "Amarasi",
                    "Amarasi Barat",
                    "Amarasi Selatan",
                    "Amarasi Timur",
                    "Amabi Oefeto",
                    "Amabi Oefeto Timur",
                    "Fatuleu",
                    "Fatuleu Tengah",
                    "Fatuleu Barat",
                    "Takari",
                    "Sulamu",
                    "Semau",
                    "Semau Selatan",
                    "Amfoang Selatan",
                    "Amfoang Barat Daya",
                    "Amfoang Tengah",
                    "Amfoang Utara",
                    "Amfoang Barat Laut",
                    "Amfoang Timur");

    private Kecamatan() {}

    /** The name at a button index, or null for an invalid index. */
    static String at(String index) {
        try {
            int i = Integer.parseInt(index);
            return i >= 0 && i < ALL.size() ? ALL.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
