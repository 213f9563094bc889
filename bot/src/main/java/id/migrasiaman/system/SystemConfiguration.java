package id.migrasiaman.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Cross-cutting beans: the clock (replaceable in tests). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
