package dev.marquee.domain.port.out;

import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.UserSummary;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads account read models straight from storage. */
public interface AccountQueries {

    Optional<AccountView> findView(UserId id);

    Optional<AccountExport> findExport(UserId id);

    /**
     * Accounts, newest first; only the one with exactly this username (ignoring case) when one is
     * given.
     */
    Page<UserSummary> findUsers(@Nullable String username, PageRequest request);
}
