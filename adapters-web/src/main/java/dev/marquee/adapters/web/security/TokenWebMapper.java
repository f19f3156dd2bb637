package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.session.SignedIn;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a login's outcome and the access token issued for it to a bearer token response. */
@Mapper(config = WebMapperConfig.class)
public interface TokenWebMapper {

    /** The user is not on the wire: the access token carries who it is. */
    @BeanMapping(ignoreUnmappedSourceProperties = "user")
    @Mapping(target = "accessToken", source = "accessToken")
    @Mapping(target = "refreshToken", source = "signedIn.refreshToken")
    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = "expiresIn", source = "expiresInSeconds")
    TokenResponse toResponse(SignedIn signedIn, String accessToken, long expiresInSeconds);
}
