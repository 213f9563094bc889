package id.migrasiaman.console;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Console accounts in {@code staff_users}: user name (the document id), BCrypt hash, role, display
 * name and whether the account is active. Passwords are never stored or logged in clear.
 */
@Service
public class StaffUsers implements UserDetailsService {

    static final int MIN_PASSWORD = PasswordRule.MIN_LENGTH;
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{3,32}");

    /** What a staff member may do: STAFF works the queue; ADMIN also manages accounts. */
    public enum Role {
        STAFF,
        ADMIN
    }

    /** An account as the console lists it (no hash). */
    public record Account(String username, String displayName, Role role, boolean active) {}

    private final MongoCollection<Document> users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffUsers(MongoDatabase database, PasswordEncoder encoder, Clock clock) {
        this.users = database.getCollection("staff_users");
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document d = users.find(eq("_id", normalise(username))).first();
        if (d == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return User.withUsername(d.getString("_id"))
                .password(d.getString("hash"))
                .roles(d.getString("role"))
                .disabled(!d.getBoolean("active", true))
                .build();
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException for a bad user name, a password {@link PasswordRule}
     *     refuses, or a taken name
     */
    public Account create(String username, String displayName, String password, Role role) {
        String name = normalise(username);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "User name: 3-32 of a-z, 0-9, dot, dash or underscore");
        }
        PasswordRule.check(name, password);
        try {
            users.insertOne(
                    new Document("_id", name)
                            .append("displayName", displayName == null ? name : displayName.strip())
                            .append("hash", encoder.encode(password))
                            .append("role", role.name())
                            .append("active", true)
                            .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            throw new IllegalArgumentException("User name already taken", e);
        }
        return find(name).orElseThrow();
    }

    /**
     * Sets a new password when {@code current} is the account's present one.
     *
     * @throws IllegalArgumentException when {@code current} is wrong or {@link PasswordRule}
     *     refuses the new one
     */
    public void changePassword(String username, String current, String password) {
        String name = normalise(username);
        Document d = users.find(eq("_id", name)).first();
        if (d == null || current == null || !encoder.matches(current, d.getString("hash"))) {
            throw new IllegalArgumentException("Kata sandi sekarang salah.");
        }
        if (current.equals(password)) {
            throw new IllegalArgumentException("Kata sandi baru sama dengan yang lama.");
        }
        PasswordRule.check(name, password);
        users.updateOne(eq("_id", name), Updates.set("hash", encoder.encode(password)));
    }

    /** Gives an account another role. */
    public void setRole(String username, Role role) {
        users.updateOne(eq("_id", normalise(username)), Updates.set("role", role.name()));
    }

    /** Blocks or unblocks an account (accounts are kept for the audit trail). */
    public void setActive(String username, boolean active) {
        users.updateOne(eq("_id", normalise(username)), Updates.set("active", active));
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(users.find(eq("_id", normalise(username))).first())
                .map(StaffUsers::account);
    }

    public List<Account> all() {
        return users.find()
                .sort(Sorts.ascending("_id"))
                .map(StaffUsers::account)
                .into(new ArrayList<>());
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Account account(Document d) {
        return new Account(
                d.getString("_id"),
                d.getString("displayName"),
                Role.valueOf(d.getString("role")),
                d.getBoolean("active", true));
    }
}
