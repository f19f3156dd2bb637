package dev.marquee.application.account;

import dev.marquee.application.file.ObjectJanitor;
import dev.marquee.domain.account.AccountChanges;
import dev.marquee.domain.account.Registration;
import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.in.CheckAccountUseCase;
import dev.marquee.domain.port.in.ListUsersUseCase;
import dev.marquee.domain.port.in.ManageAccountUseCase;
import dev.marquee.domain.port.in.RegisterUseCase;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.port.out.AuditTrail;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.shared.Change;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.StoredFile;
import dev.marquee.domain.view.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts: registration, the caller's own account (view, edit, password, export, deletion), the
 * admin list.
 */
public final class AccountService
        implements RegisterUseCase, ManageAccountUseCase, ListUsersUseCase, CheckAccountUseCase {

    private final UserRepository users;
    private final AccountQueries queries;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwordHasher;
    private final AuditTrail audit;
    private final FileRepository files;
    private final ObjectJanitor janitor;
    private final Transactions transactions;
    private final Clock clock;

    public AccountService(
            UserRepository users,
            AccountQueries queries,
            RefreshTokenRepository refreshTokens,
            PasswordHasher passwordHasher,
            AuditTrail audit,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        this.users = users;
        this.queries = queries;
        this.refreshTokens = refreshTokens;
        this.passwordHasher = passwordHasher;
        this.audit = audit;
        this.files = files;
        this.janitor = janitor;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AccountView register(Registration registration, Origin origin) {
        String hash = passwordHasher.hash(registration.password());
        return transactions.inTransaction(
                () -> {
                    User user =
                            users.add(
                                    new UserDetails(
                                            registration.username(),
                                            registration.email(),
                                            hash,
                                            registration.firstName(),
                                            registration.lastName(),
                                            Set.of()));
                    users.saveProfile(user.id(), Profile.EMPTY);
                    audit.record(event(user, AuditEvent.REGISTERED, origin));
                    return view(user.id());
                });
    }

    @Override
    public boolean exists(UserId user) {
        return users.findById(user).isPresent();
    }

    @Override
    public AccountView view(UserId self) {
        return queries.findView(self).orElseThrow(() -> gone(self));
    }

    @Override
    public AccountView update(UserId self, AccountChanges changes) {
        if (changes.isEmpty()) {
            return view(self);
        }
        return transactions.inTransaction(
                () -> {
                    User user = account(self);
                    Instant now = clock.instant();
                    if (changes.firstName() != null || changes.lastName() != null) {
                        user.rename(
                                Change.apply(changes.firstName(), user.firstName()),
                                Change.apply(changes.lastName(), user.lastName()),
                                now);
                    }
                    if (changes.email() != null) {
                        if (changes.email().value() == null) {
                            throw new InvalidInputException("email", "cannot be removed");
                        }
                        user.changeEmail(changes.email().value(), now);
                    }
                    user.touch(now);
                    users.save(user);
                    Profile profile = users.profileOf(self);
                    users.saveProfile(
                            self,
                            new Profile(
                                            Change.apply(changes.bio(), profile.bio()),
                                            Change.apply(changes.birthDate(), profile.birthDate()),
                                            Change.apply(
                                                    changes.favoriteGenreIds(),
                                                    profile.favoriteGenreIds()),
                                            changes.notificationPreferences() == null
                                                    ? profile.notificationPreferences()
                                                    : profile.notificationPreferences()
                                                            .with(
                                                                    changes
                                                                            .notificationPreferences()))
                                    .requireBornBy(LocalDate.ofInstant(now, clock.getZone())));
                    return view(self);
                });
    }

    @Override
    public void changePassword(
            UserId self, String currentPassword, Password newPassword, Origin origin) {
        User user = account(self);
        if (!user.canLogIn() || !passwordHasher.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not the account's password");
        }
        String newHash = passwordHasher.hash(newPassword);
        transactions.inTransaction(
                () -> {
                    Instant now = clock.instant();
                    user.changePasswordHash(newHash, now);
                    users.save(user);
                    refreshTokens.revokeAllOf(self, now);
                    audit.record(event(user, AuditEvent.PASSWORD_CHANGED, origin));
                    return null;
                });
    }

    @Override
    public AccountExport export(UserId self, Origin origin) {
        AccountExport export = queries.findExport(self).orElseThrow(() -> gone(self));
        audit.record(
                new AuditEvent(
                        self.value(),
                        export.account().username(),
                        AuditEvent.EXPORTED,
                        "user",
                        String.valueOf(self.value()),
                        origin,
                        Map.of()));
        return export;
    }

    @Override
    public void delete(UserId self, Origin origin) {
        janitor.discard(
                transactions.inTransaction(
                        () -> {
                            User user = account(self);
                            List<StoredFile> released = files.releaseFilesOf(self);
                            users.delete(self);
                            audit.record(event(user, AuditEvent.DELETED, origin));
                            return released;
                        }));
    }

    @Override
    public Page<UserSummary> list(String username, PageRequest request) {
        return queries.findUsers(
                username == null || username.isBlank() ? null : username.strip(),
                SORTABLE.check(request));
    }

    private User account(UserId self) {
        return users.findById(self).orElseThrow(() -> gone(self));
    }

    private static AuditEvent event(User user, String action, Origin origin) {
        return new AuditEvent(
                user.id().value(),
                user.username().value(),
                action,
                "user",
                String.valueOf(user.id().value()),
                origin,
                Map.of());
    }

    /**
     * The access token names an account that no longer exists (deleted while the token was still
     * valid).
     */
    private static AuthenticationFailedException gone(UserId self) {
        return new AuthenticationFailedException(
                "account-not-found", "The account of this access token no longer exists");
    }
}
