package dev.marquee.domain.port.in;

import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.view.UserSummary;
import org.jspecify.annotations.Nullable;

/** The administrators' list of accounts, optionally narrowed to one exact username. */
public interface ListUsersUseCase {

    /** The list is newest first and takes no other order. */
    Sortable SORTABLE = Sortable.by();

    Page<UserSummary> list(@Nullable String username, PageRequest request);
}
