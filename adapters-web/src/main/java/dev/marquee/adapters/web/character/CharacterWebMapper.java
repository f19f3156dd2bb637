package dev.marquee.adapters.web.character;

import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.view.CharacterView;
import org.mapstruct.Mapper;

/** Maps characters and their appearances to responses. */
@Mapper(
        config = WebMapperConfig.class,
        uses = {CommonWebMapper.class, MovieWebMapper.class})
public interface CharacterWebMapper {

    CharacterResponse toResponse(CharacterView character);

    CharacterResponse.Appearance toResponse(CharacterView.Appearance appearance);
}
