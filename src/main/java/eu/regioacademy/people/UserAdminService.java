package eu.regioacademy.people;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of user accounts: only an ADMIN calls any of this. */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional(readOnly = true)
public class UserAdminService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final UserQuery userQuery;
    private final RegionRepository regions;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    UserAdminService(UserRepository users, UserQuery userQuery, RegionRepository regions,
                     PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditLog audit) {
        this.users = users;
        this.userQuery = userQuery;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<UserSummary> page(String search, PageRequest page) {
        return userQuery.findPage(search, page);
    }

    public int count(String search) {
        return userQuery.count(search);
    }

    public Optional<UserSummary> find(long id) {
        return userQuery.findById(id);
    }

    @Transactional
    public long create(UserDraft draft, String initialPassword) {
        Map<String, String> errors = new LinkedHashMap<>();
        UserDraft clean = validate(draft, 0, errors);
        checkPassword(initialPassword, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        String timeZone = regions.findById(clean.regionId()).map(Region::timeZone).orElseThrow();
        try {
            long id = users.insert(clean, passwordEncoder.encode(initialPassword), timeZone);
            audit.record(AuditAction.USER_CREATED, "app_user", id, "roles " + sorted(clean.roles()));
            return id;
        } catch (DuplicateKeyException e) {
            // a parallel request created the same e-mail between our check and the insert
            throw InvalidInputException.of("email", "user.error.email-taken");
        }
    }

    @Transactional
    public void update(long id, int version, UserDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        UserDraft clean = validate(draft, id, errors);
        if (id == currentUser.require().id() && !clean.roles().contains(Role.ADMIN)) {
            errors.put("roles", "user.error.cannot-drop-own-admin");
        }
        if (id == currentUser.require().id() && !clean.active()) {
            errors.put("active", "user.error.cannot-deactivate-self");
        }
        if (userQuery.erased(id)) errors.put("active", "user.error.erased");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        UserSummary before = userQuery.findById(id).orElseThrow(() -> new ConcurrentChangeException("User " + id));
        try {
            if (!users.update(id, version, clean)) throw new ConcurrentChangeException("User " + id);
            auditChanges(id, before, clean);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("email", "user.error.email-taken");
        }
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkPassword(newPassword, errors);
        if (userQuery.erased(id)) errors.put("password", "user.error.erased");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        users.setPasswordHash(id, passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_RESET, "app_user", id, null);
    }

    @Transactional
    public void deactivate(long id) {
        if (id == currentUser.require().id()) {
            throw InvalidInputException.of("active", "user.error.cannot-deactivate-self");
        }
        users.deactivate(id);
        audit.record(AuditAction.USER_DEACTIVATED, "app_user", id, null);
    }

    /** Role changes and deactivation are decisions of their own in the log; other edits are one entry. */
    private void auditChanges(long id, UserSummary before, UserDraft after) {
        if (!before.roles().equals(after.roles())) {
            audit.record(AuditAction.ROLES_CHANGED, "app_user", id, sorted(before.roles()) + " -> " + sorted(after.roles()));
        }
        if (before.active() && !after.active()) audit.record(AuditAction.USER_DEACTIVATED, "app_user", id, null);
        if (!before.email().equals(after.email()) || !before.displayName().equals(after.displayName())
                || before.regionId() != java.util.Objects.requireNonNull(after.regionId()) || !before.locale().equals(after.locale())
                || before.active() != after.active()) {
            audit.record(AuditAction.USER_UPDATED, "app_user", id, null);
        }
    }

    private static java.util.List<String> sorted(java.util.Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    private UserDraft validate(UserDraft draft, long id, Map<String, String> errors) {
        String name = draft.displayName().strip();
        String email = draft.email().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) errors.put("displayName", "validation.required");
        else if (name.length() > 200) errors.put("displayName", "validation.too-long");
        if (email.isEmpty()) errors.put("email", "validation.required");
        else if (email.length() > 254 || !EMAIL.matcher(email).matches()) errors.put("email", "user.error.email-format");
        else if (userQuery.emailTaken(email, id)) errors.put("email", "user.error.email-taken");
        if (draft.regionId() == null) errors.put("regionId", "validation.required");
        else if (regions.findById(draft.regionId()).isEmpty()) errors.put("regionId", "user.error.unknown-region");
        if (!Languages.isSupported(draft.locale())) errors.put("locale", "validation.required");
        // every user is a learner: the other roles come on top
        EnumSet<Role> roles = EnumSet.of(Role.LEARNER);
        roles.addAll(draft.roles());
        return new UserDraft(name, email, draft.regionId(), roles, draft.active(), draft.locale());
    }

    private static void checkPassword(String password, Map<String, String> errors) {
        if (password.length() < MIN_PASSWORD_LENGTH) errors.put("password", "user.error.password-too-short");
        // bcrypt reads at most 72 bytes: a longer password would be refused by the encoder (or cut)
        else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) errors.put("password", "validation.too-long");
    }
}
