package eu.regioacademy.participation;

import java.time.ZonedDateTime;
import java.util.List;

/** What one person completed on the platform, as their downloadable participation record lists it. */
public record PersonalRecord(String name, String regionName, ZonedDateTime generatedAt, List<RecordItem> items) {

    public PersonalRecord {
        items = List.copyOf(items);
    }

    public List<RecordItem> in(RecordSection section) {
        return items.stream().filter(i -> i.section() == section).toList();
    }
}
