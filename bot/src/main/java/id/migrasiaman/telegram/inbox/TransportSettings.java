package id.migrasiaman.telegram.inbox;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Telegram updates come in and replies go out ({@code migrasi.transport.*}).
 *
 * @param instanceId this instance's name in leases ({@code MIGRASI_INSTANCE_ID}); blank: host name
 *     and port. A restarted instance frees the leases its earlier run held
 * @param workers threads handling updates (chats in parallel, each chat in order)
 * @param lease how long a lane (one chat's inbox or outbound queue) stays with an instance that
 *     stopped renewing it, e.g. after a crash
 * @param maxAttempts attempts at handling an update before it is set aside
 * @param sweepInterval how often to look for work left by others (another instance, a crash)
 * @param senders threads sending replies
 * @param privateBurst messages a private chat may get back to back before pacing starts
 * @param privateInterval the pace in a private chat after a burst (Telegram: about 1 a second)
 * @param groupPerMinute messages a group may get per minute (Telegram: 20)
 * @param globalPerSecond messages a second over all chats, per instance (Telegram: about 30)
 * @param maxRetryDelay the longest wait between two attempts at a failing send
 * @param burstShare while updates arrive in a burst (200 a second or more), the share of the time
 *     that moving them into MongoDB and handling them may take, so that accepting keeps the CPU
 *     ({@link AcceptFirst}); 0 pauses them during the burst (only for measuring acceptance alone)
 */
@Validated
@ConfigurationProperties("migrasi.transport")
public record TransportSettings(
        String instanceId,
        @Min(1) @Max(64) int workers,
        @NotNull Duration lease,
        @Min(1) @Max(50) int maxAttempts,
        @NotNull Duration sweepInterval,
        @Min(1) @Max(64) int senders,
        @Min(1) @Max(20) int privateBurst,
        @NotNull Duration privateInterval,
        @Min(2) @Max(60) int groupPerMinute,
        @Min(1) @Max(1000) int globalPerSecond,
        @NotNull Duration maxRetryDelay,
        @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1") double burstShare) {}
