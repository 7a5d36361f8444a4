package eu.regioacademy.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Two small modules the training tests import: test-basics, and test-advanced which requires it. */
public final class TrainingFixture {

    public static final String BASICS = "test-basics";
    public static final String ADVANCED = "test-advanced";

    private TrainingFixture() {
    }

    public static Path folder() {
        try {
            return Path.of(TrainingFixture.class.getResource("/training-fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's enrolment in the module (tests read it to find the module's ledger entries). */
    public static long enrolmentId(org.jooq.DSLContext db, String moduleCode, String email) {
        var ids = enrolmentIds(db, moduleCode, email);
        if (ids.size() != 1) throw new IllegalStateException(email + " has " + ids.size() + " enrolments in " + moduleCode);
        return ids.getFirst();
    }

    /** The module's enrolments, of everyone when no email is given. */
    public static java.util.List<Long> enrolmentIds(org.jooq.DSLContext db, String moduleCode, String email) {
        var enrolment = eu.regioacademy.db.Tables.ENROLMENT;
        var module = eu.regioacademy.db.Tables.TRAINING_MODULE;
        var user = eu.regioacademy.db.Tables.APP_USER;
        return db.select(enrolment.ID).from(enrolment).join(module).on(module.ID.eq(enrolment.MODULE_ID))
                .join(user).on(user.ID.eq(enrolment.USER_ID))
                .where(module.CODE.eq(moduleCode).and(email == null ? org.jooq.impl.DSL.noCondition() : user.EMAIL.eq(email)))
                .fetch(enrolment.ID);
    }

    /**
     * Tests that commit (browser flows, parallel transactions) remove the enrolments they made,
     * with their ledger entries, so other tests see the demo data as it was.
     */
    public static void removeEnrolments(org.jooq.DSLContext db, String moduleCode, String email) {
        var enrolment = eu.regioacademy.db.Tables.ENROLMENT;
        var entry = eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
        var ids = enrolmentIds(db, moduleCode, java.util.Objects.requireNonNull(email, "whose enrolments"));
        db.deleteFrom(entry).where(entry.SOURCE_TYPE.eq("enrolment").and(entry.SOURCE_ID.in(ids))).execute();
        db.deleteFrom(enrolment).where(enrolment.ID.in(ids)).execute();
    }

    /** A writable copy, for tests that change content and import again. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(folder())) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(folder().relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(destination);
                else Files.copy(source, destination);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
