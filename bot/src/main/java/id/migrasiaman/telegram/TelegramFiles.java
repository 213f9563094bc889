package id.migrasiaman.telegram;

import id.migrasiaman.reports.EvidenceFetcher;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Downloads files users sent (getFile, then the file URL of the configured Bot API server). */
@Component
@Conditional(TelegramEnabled.class)
class TelegramFiles implements EvidenceFetcher {

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final TelegramSettings settings;

    TelegramFiles(
            TelegramClient client, OkHttpClient http, TelegramUrl url, TelegramSettings settings) {
        this.client = client;
        // A file of up to 20 MB over a slow link: downloads run on their own threads, off any
        // chat's path, so they may wait longer than a Bot API call.
        this.http = http.newBuilder().readTimeout(Duration.ofSeconds(60)).build();
        this.url = url;
        this.settings = settings;
    }

    @Override
    public Optional<FetchedFile> fetch(String fileRef) throws IOException {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileRef).build());
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed", e);
        }
        if (file == null || file.getFilePath() == null) {
            return Optional.empty();
        }
        Request request =
                new Request.Builder()
                        .url(
                                BotApiCalls.origin(url)
                                        + "/file/bot"
                                        + settings.token()
                                        + "/"
                                        + file.getFilePath())
                        .get()
                        .build();
        Response response = http.newCall(request).execute();
        if (!response.isSuccessful() || response.body() == null) {
            response.close();
            throw new IOException("file download failed with HTTP " + response.code());
        }
        String name = file.getFilePath().substring(file.getFilePath().lastIndexOf('/') + 1);
        long size = file.getFileSize() == null ? -1 : file.getFileSize();
        // The caller closes the stream, which closes the response.
        return Optional.of(new FetchedFile(response.body().byteStream(), name, size));
    }
}
