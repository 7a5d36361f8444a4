package eu.regioacademy.people;

import eu.regioacademy.people.GeneratedStaff.StaffMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated staff by region, for generators that need someone of a given region (a host,
 * a supervisor, the coordinator who endorses an application): the first person of each
 * region stands in for its coordinator. Where a region has no generated staff, anyone does.
 */
public final class StaffDirectory {

    private final List<StaffMember> everyone;
    private final Map<Long, List<StaffMember>> byRegion = new HashMap<>();
    private final Map<Long, StaffMember> byId = new HashMap<>();

    public StaffDirectory(List<StaffMember> staff) {
        if (staff.isEmpty()) throw new IllegalArgumentException("No staff to choose from");
        everyone = List.copyOf(staff);
        for (StaffMember s : everyone) {
            byRegion.computeIfAbsent(s.regionId(), r -> new ArrayList<>()).add(s);
            byId.put(s.userId(), s);
        }
    }

    public List<StaffMember> everyone() {
        return everyone;
    }

    public StaffMember anyone(Random random) {
        return everyone.get(random.nextInt(everyone.size()));
    }

    /** Someone working in the region, or anyone when nobody does. */
    public StaffMember someoneIn(Random random, long regionId) {
        List<StaffMember> there = byRegion.get(regionId);
        return there == null ? anyone(random) : there.get(random.nextInt(there.size()));
    }

    /** The region's coordinator as the generated data has it: its first person, or the network's first. */
    public StaffMember coordinatorOf(long regionId) {
        List<StaffMember> there = byRegion.get(regionId);
        return there == null ? everyone.getFirst() : there.getFirst();
    }

    public StaffMember person(long userId) {
        StaffMember s = byId.get(userId);
        if (s == null) throw new IllegalArgumentException("Not a generated person: " + userId);
        return s;
    }
}
