package id.migrasiaman.system;

import id.migrasiaman.tools.OfflineTools;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Chooses what the jar does from its first argument: no argument starts the bot; {@code chat}
 * starts the conversation core without a web server and talks on stdin/stdout; the offline tools
 * ({@code classify}, {@code eval}, ...) run without Spring so they start fast.
 */
public final class Launcher {

    private static final Map<String, Consumer<String[]>> OFFLINE_TOOLS = OfflineTools.all();

    private Launcher() {}

    /** Runs the command named by {@code args[0]}, or the bot when there is none. */
    public static void launch(Class<?> application, String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        if (OFFLINE_TOOLS.containsKey(command)) {
            OFFLINE_TOOLS.get(command).accept(rest);
            return;
        }
        if ("chat".equals(command)) {
            SpringApplication app = new SpringApplication(application);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("chat");
            // Scheduled jobs keep the context alive: end the process when stdin is done.
            System.exit(SpringApplication.exit(app.run(rest)));
        }
        SpringApplication.run(application, args);
    }
}
