package dev.marquee.adapters.web.account;

import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the caller's account, its profile and its export to responses. */
@Mapper(config = WebMapperConfig.class, uses = CommonWebMapper.class)
public interface AccountWebMapper {

    /** The account with what the user tells about themselves gathered under {@code profile}. */
    @Mapping(target = "profile.bio", source = "bio")
    @Mapping(target = "profile.birthDate", source = "birthDate")
    @Mapping(target = "profile.favoriteGenres", source = "favoriteGenres")
    @Mapping(target = "profile.notificationPreferences", source = "notificationPreferences")
    AccountResponse toResponse(AccountView account);

    AccountResponse.NotificationPreferencesResponse toResponse(NotificationPreferences preferences);

    AccountExportResponse toResponse(AccountExport export);

    AccountExportResponse.LibraryEntry toResponse(AccountExport.ListedMovie entry);

    AccountExportResponse.RatingEntry toResponse(AccountExport.RatingEntry rating);
}
