package eu.regioacademy.participation;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import eu.regioacademy.platform.SharedValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation dashboard: the secretariat sees the whole network; a coordinator sees
 * exactly the same, restricted to their own region, and is refused any other region.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.SECRETARIAT, Roles.COORDINATOR})
public class ParticipationDashboardService {

    private final ParticipationQuery query;
    private final CurrentUser currentUser;
    private final SharedValues shared;

    ParticipationDashboardService(ParticipationQuery query, CurrentUser currentUser, SharedValues shared) {
        this.query = query;
        this.currentUser = currentUser;
        this.shared = shared;
    }

    /**
     * The regions the caller may filter by (a coordinator: their own only); equal ones are the same
     * instances as other open dashboards hold.
     */
    public List<RegionInfo> regions() {
        @Nullable Long own = restrictedTo();
        return shared.shareAll(query.regions().stream().filter(r -> own == null || r.id() == own).toList());
    }

    public Dashboard dashboard(ParticipationFilter filter) {
        ParticipationQuery.Scope scope = scope(filter);
        ParticipationQuery.Scope previous = scope(filter.previousPeriod());
        LedgerCell.Split cells = query.cells(scope);
        List<long[]> people = query.regionPeople(scope);
        KeyFigures before = LedgerTotals.figures(query.cells(previous), query.regionPeople(previous), query.pairs(previous));
        return new Dashboard(filter, LedgerTotals.figures(cells, people, query.pairs(scope)), before,
                LedgerTotals.months(cells), LedgerTotals.regions(cells, people, regionsIn(scope)), LedgerTotals.kinds(cells));
    }

    /** Every region in scope, most active first, the quiet ones included. */
    public List<RegionActivity> regionSummary(ParticipationFilter filter) {
        ParticipationQuery.Scope scope = scope(filter);
        return LedgerTotals.regions(query.cells(scope), query.regionPeople(scope), regionsIn(scope));
    }

    public List<LedgerLine> entries(ParticipationFilter filter, PageRequest page) {
        return query.entries(scope(filter), page);
    }

    public int countEntries(ParticipationFilter filter) {
        return Math.toIntExact(LedgerTotals.entries(query.cells(scope(filter))));
    }

    public List<PersonActivity> people(ParticipationFilter filter, PageRequest page) {
        return query.people(scope(filter), page);
    }

    public int countPeople(ParticipationFilter filter) {
        return query.countPeople(scope(filter));
    }

    /** Something that reads the entries of a filter one by one, e.g. an export writing to a response. */
    public interface EntryReader {
        void read(Iterator<LedgerLine> lines) throws IOException;
    }

    /** Hands every entry of the filter to the reader, streamed from the database in time order. */
    public void readEntries(ParticipationFilter filter, EntryReader reader) throws IOException {
        query.readEntries(scope(filter), reader);
    }

    private Map<Long, RegionInfo> regionsIn(ParticipationQuery.Scope scope) {
        return query.regions().stream()
                .filter(r -> scope.regionIds() == null || scope.regionIds().contains(r.id()))
                .collect(Collectors.toMap(RegionInfo::id, Function.identity()));
    }

    /**
     * Turns the filter's regions, country and commission into the region ids to read, and
     * holds a coordinator to their own region.
     */
    private ParticipationQuery.Scope scope(ParticipationFilter filter) {
        @Nullable Long own = restrictedTo();
        if (own != null && filter.regionIds().stream().anyMatch(id -> id != own.longValue())) {
            throw new AccessDeniedException("A coordinator sees their own region only");
        }
        boolean narrowed = !filter.regionIds().isEmpty() || filter.country() != null || filter.commission() != null
                || own != null;
        if (!narrowed) {
            return new ParticipationQuery.Scope(filter, null);
        }
        Set<Long> ids = new HashSet<>();
        for (RegionInfo r : query.regions()) {
            if ((filter.regionIds().isEmpty() || filter.regionIds().contains(r.id()))
                    && (filter.country() == null || filter.country().equals(r.countryCode()))
                    && (filter.commission() == null || filter.commission() == r.commission())
                    && (own == null || own == r.id())) {
                ids.add(r.id());
            }
        }
        return new ParticipationQuery.Scope(filter, ids);
    }

    private @Nullable Long restrictedTo() {
        SignedInUser user = currentUser.require();
        return user.has(Role.SECRETARIAT) ? null : user.regionId();
    }
}
