package eu.regioacademy.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Small helpers the seeded generators of every feature share: times skewed towards the
 * recent end of a window (the network grows), picks from lists, topic sets and content hashes.
 * Everything draws from the caller's {@link Random}, so the same seed gives the same values.
 */
public final class GeneratedValues {

    private GeneratedValues() {
    }

    /** An instant in {@code [from, to)}, later ones likelier (density grows linearly). */
    public static Instant recentInstant(Random random, Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return from.plusSeconds((long) (Math.sqrt(random.nextDouble()) * span));
    }

    /** A day in {@code [from, to]}, later ones likelier. */
    public static LocalDate recentDay(Random random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        return from.plusDays(Math.min(span - 1, (long) (Math.sqrt(random.nextDouble()) * span)));
    }

    /** A day in {@code [from, to]}, all equally likely. */
    public static LocalDate day(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    public static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** One to {@code max} different topics of {@link Topics#ALL}, in the taxonomy's order. */
    public static List<String> topics(Random random, int max) {
        int count = 1 + random.nextInt(max);
        List<String> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            String topic = pick(random, Topics.ALL);
            if (!chosen.contains(topic)) chosen.add(topic);
        }
        chosen.sort(java.util.Comparator.comparingInt(Topics.ALL::indexOf));
        return chosen;
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code total} split into {@code weights.length} shares proportional to the weights,
     * exactly (the rounding remainder goes to the heaviest shares).
     */
    public static int[] split(int total, double[] weights) {
        int[] shares = new int[weights.length];
        if (weights.length == 0) return shares;
        double sum = 0;
        for (double w : weights) sum += w;
        int given = 0;
        double[] rest = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? (double) total / weights.length : total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            rest[i] = exact - shares[i];
            given += shares[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
        for (int i = 0; given < total; i = (i + 1) % order.length, given++) shares[order[i]]++;
        return shares;
    }
}
