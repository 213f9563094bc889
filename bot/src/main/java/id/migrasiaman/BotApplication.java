package id.migrasiaman;

import id.migrasiaman.system.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Migrasi Aman: starts the bot, or runs one of the command-line tools (see {@link Launcher}). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BotApplication {

    public static void main(String[] args) {
        Launcher.launch(BotApplication.class, args);
    }
}
