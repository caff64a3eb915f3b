package uk.lscb.cse.chat.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.request.files.FilesGetUploadURLExternalRequest;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.chat.ChatFile;
import uk.lscb.cse.chat.slack.install.WorkspaceTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends a file to one person, into their direct message with the bot, as Slack's files.uploadV2
 * does: files.getUploadURLExternal, the bytes to the URL it gives, then files.completeUploadExternal
 * naming the DM. (files.upload is retired.) Each call uses the token of the workspace it is for.
 */
@Singleton
class SlackFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SlackFiles.class);

    private final SlackMethods methods;
    private final SlackWeb web;
    private final WorkspaceTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SlackFiles(SlackSettings settings, SlackWeb web, WorkspaceTokens tokens, Clock clock) {
        this.methods = new SlackMethods(settings, clock);
        this.web = web;
        this.tokens = tokens;
    }

    /** Empty when the file is in the person's DM; otherwise what to tell them. */
    Optional<String> sendPrivately(String team, String userId, ChatFile file) {
        String token = tokens.botToken(team);
        String dm;
        try {
            dm = web.directMessage(team, userId).orElse(null);
        } catch (IllegalStateException e) {
            return Optional.of(failed());
        }
        if (dm == null) {
            return Optional.of("I could not open a direct message with you to send the report; try again in a minute.");
        }
        return upload(team, dm, file).problem();
    }

    /** The file's id once it is in {@code channel}, or what went wrong. */
    record Uploaded(String fileId, Optional<String> problem) {
    }

    Uploaded upload(String team, String channel, ChatFile file) {
        String token = tokens.botToken(team);
        FilesGetUploadURLExternalResponse upload = methods.call(token, "files.getUploadURLExternal",
                m -> m.filesGetUploadURLExternal(FilesGetUploadURLExternalRequest.builder()
                        .filename(file.fileName()).length(file.bytes().length).build()));
        if (upload == null || !upload.isOk() || !put(upload.getUploadUrl(), file)) {
            return new Uploaded(null, Optional.of(failed()));
        }
        FilesCompleteUploadExternalResponse done = methods.call(token, "files.completeUploadExternal",
                m -> m.filesCompleteUploadExternal(FilesCompleteUploadExternalRequest.builder()
                        .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder()
                                .id(upload.getFileId()).title(file.title()).build()))
                        .channelId(channel).build()));
        return done != null && done.isOk() ? new Uploaded(upload.getFileId(), Optional.empty())
                : new Uploaded(null, Optional.of(failed()));
    }

    private boolean put(String uploadUrl, ChatFile file) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uploadUrl))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", file.mediaType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file.bytes())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("Slack's upload URL answered HTTP {}", response.statusCode());
            }
            return response.statusCode() == 200;
        } catch (IOException e) {
            LOG.warn("Slack's upload URL could not be reached: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String failed() {
        return "Slack did not take the report file, so nothing was sent; try again in a minute.";
    }
}
