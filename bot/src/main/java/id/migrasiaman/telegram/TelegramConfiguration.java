package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client, only when a token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfiguration {

    @Bean
    OkHttpClient telegramHttp(TelegramSettings settings) {
        long readSeconds = settings.pollTimeout().getSeconds() + 15;
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readSeconds, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    TelegramUrl telegramUrl(TelegramSettings settings) {
        URI uri = settings.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient http, TelegramSettings settings, TelegramUrl url) {
        return new OkHttpTelegramClient(http, settings.token(), url);
    }

    @Bean
    ObjectMapper telegramObjectMapper() {
        // Jackson 2, as TelegramBots uses it; Boot's own Jackson 3 mapper is separate.
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
