package eu.regioacademy.studyvisits;

import java.util.List;

/** What a host region publishes as a standing offer. */
public record HostingOfferDraft(long regionId, String theme, String title, String whatVisitorsSee,
                                List<String> languages, String preferredPeriods) {

    public HostingOfferDraft {
        languages = List.copyOf(languages);
    }
}
