package dev.marquee.domain.port.in;

import dev.marquee.domain.account.AccountChanges;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;

/** What a signed-in user does with their own account, and only their own. */
public interface ManageAccountUseCase {

    AccountView view(UserId self);

    AccountView update(UserId self, AccountChanges changes);

    /** Checks the current password, stores the new one and ends every session of the account. */
    void changePassword(UserId self, String currentPassword, Password newPassword, Origin origin);

    AccountExport export(UserId self, Origin origin);

    /** Removes the account with its profile, library and sessions. */
    void delete(UserId self, Origin origin);
}
