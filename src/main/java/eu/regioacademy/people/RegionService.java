package eu.regioacademy.people;

import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import eu.regioacademy.platform.SharedValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member regions: everyone reads them, administrators maintain them. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private static final Pattern NUTS_CODE = Pattern.compile("[A-Z]{2}[0-9A-Z]{0,3}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final String DEFAULT_TIME_ZONE = "Europe/Brussels";

    private final RegionRepository regions;
    private final SharedValues shared;

    RegionService(RegionRepository regions, SharedValues shared) {
        this.regions = regions;
        this.shared = shared;
    }

    /** All regions; equal ones are the same instances as other open tabs hold (every filter keeps the list). */
    @PermitAll
    public List<Region> all() {
        return shared.shareAll(regions.findAll());
    }

    @PermitAll
    public List<Region> page(String search, PageRequest page) {
        return regions.findPage(search, page);
    }

    @PermitAll
    public int count(String search) {
        return regions.count(search);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long create(RegionDraft draft) {
        RegionDraft clean = validated(draft, 0);
        try {
            return regions.insert(clean, DEFAULT_TIME_ZONE);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("nutsCode", "region.error.nuts-code-taken");
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void update(long id, int version, RegionDraft draft) {
        RegionDraft clean = validated(draft, id);
        try {
            if (!regions.update(id, version, clean)) {
                throw new ConcurrentChangeException("Region " + id);
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("nutsCode", "region.error.nuts-code-taken");
        }
    }

    private RegionDraft validated(RegionDraft draft, long id) {
        String nutsCode = draft.nutsCode().strip().toUpperCase(Locale.ROOT);
        String name = draft.name().strip();
        String country = draft.countryCode().strip().toUpperCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!NUTS_CODE.matcher(nutsCode).matches()) {
            errors.put("nutsCode", "region.error.nuts-code-format");
        } else if (regions.existsByNutsCode(nutsCode, id)) {
            errors.put("nutsCode", "region.error.nuts-code-taken");
        }
        if (name.isEmpty()) errors.put("name", "validation.required");
        if (name.length() > 120) errors.put("name", "validation.too-long");
        if (!COUNTRY_CODE.matcher(country).matches()) errors.put("countryCode", "region.error.country-format");
        if (draft.commission() == null) errors.put("commission", "validation.required");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return new RegionDraft(nutsCode, name, country, draft.commission());
    }
}
