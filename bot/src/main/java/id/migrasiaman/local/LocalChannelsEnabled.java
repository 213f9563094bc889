package id.migrasiaman.local;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True in local mode (no Telegram token) or when {@code migrasi.local.enabled} is set: in Telegram
 * mode the anonymous local channels do not exist unless someone chose to run them.
 */
public class LocalChannelsEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment env) {
        boolean localMode = env.getProperty("migrasi.telegram.token", "").isBlank();
        return localMode || env.getProperty("migrasi.local.enabled", Boolean.class, false);
    }
}
