package eu.regioacademy.participation;

import java.util.List;

/**
 * Everything one dashboard refresh shows, for a filter and the period before it.
 *
 * @param regions every region in scope, also those without activity (the map shows them pale)
 */
public record Dashboard(ParticipationFilter filter, KeyFigures current, KeyFigures previous,
                        List<MonthActivity> months, List<RegionActivity> regions, List<KindActivity> kinds) {
}
