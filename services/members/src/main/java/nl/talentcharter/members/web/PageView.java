package nl.talentcharter.members.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of results with what a client needs to fetch the next. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> map) {
        return new PageView<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
