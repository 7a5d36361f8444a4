package eu.regioacademy.exchanges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An allocated placement's page: who, where, when, the agreement, logs, reports, grant and recognition. */
public record ExchangeAllocation(long id, String call, String participantName, String sendingRegion, String hostRegion,
                                 String department, String supervisorName, LocalDate startsOn, LocalDate endsOn,
                                 @Nullable Agreement agreement, List<LogEntry> logs, @Nullable String tasksDone,
                                 @Nullable String skillsGained, @Nullable String evaluation,
                                 @Nullable GrantEstimate grant, @Nullable String grantProblemKey,
                                 @Nullable String certificateCode, @Nullable String sendingSignature,
                                 @Nullable String hostSignature, Set<Role> viewerRoles) {

    /** How the viewer is involved. */
    public enum Role { PARTICIPANT, SUPERVISOR, SENDING_COORDINATOR, HOST_COORDINATOR, SECRETARIAT }

    public record Agreement(String objectives, String tasks, int revision, @Nullable Instant participantAcceptedAt,
                            @Nullable String supervisorAcceptedBy, @Nullable Instant supervisorAcceptedAt,
                            @Nullable String coordinatorAcceptedBy, @Nullable Instant coordinatorAcceptedAt) {

        public boolean accepted() {
            return participantAcceptedAt != null && supervisorAcceptedAt != null && coordinatorAcceptedAt != null;
        }
    }

    public record LogEntry(long id, LocalDate weekOf, String entry, @Nullable String supervisorComment) {
    }

    public boolean is(Role role) {
        return viewerRoles.contains(role);
    }
}
