package eu.regioacademy.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * More member regions than the CPMR has, for benchmarks at the scale of an EU-wide
 * deployment (~240 NUTS-2 regions): placed around real countries, named in the country's own
 * language and script. Their codes use an {@code X} after the country ({@code DEX0A}), which
 * no real NUTS code does, so they never collide with a region an administrator adds.
 */
@Component
public class GeneratedRegions {

    private record Country(String code, Commission commission, double latitude, double longitude, String timeZone,
                           String word, List<String> places) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("DE", Commission.BALTIC_SEA, 51.2, 10.4, "Europe/Berlin", "Region",
                    List.of("Nord", "Süd", "Ost", "West", "Mitte", "Hochland", "Küste")),
            new Country("PL", Commission.BALTIC_SEA, 52.1, 19.4, "Europe/Warsaw", "Województwo",
                    List.of("Północne", "Południowe", "Wschodnie", "Zachodnie", "Środkowe", "Łódzkie")),
            new Country("BG", Commission.BALKAN_BLACK_SEA, 42.7, 25.5, "Europe/Sofia", "Регион",
                    List.of("Север", "Юг", "Изток", "Запад", "Център", "Дунав")),
            new Country("GR", Commission.BALKAN_BLACK_SEA, 39.1, 22.0, "Europe/Athens", "Περιφέρεια",
                    List.of("Βορείου", "Νοτίου", "Ανατολικού", "Δυτικού", "Κεντρικού", "Αιγαίου")),
            new Country("FR", Commission.ATLANTIC_ARC, 46.6, 2.2, "Europe/Paris", "Région",
                    List.of("du Nord", "du Sud", "de l'Est", "de l'Ouest", "du Centre", "des Côtes")),
            new Country("ES", Commission.INTERMEDITERRANEAN, 40.2, -3.7, "Europe/Madrid", "Región",
                    List.of("del Norte", "del Sur", "del Este", "del Oeste", "Central", "de la Costa")),
            new Country("IT", Commission.INTERMEDITERRANEAN, 42.8, 12.5, "Europe/Rome", "Regione",
                    List.of("del Nord", "del Sud", "dell'Est", "dell'Ovest", "Centrale", "Costiera")),
            new Country("PT", Commission.ATLANTIC_ARC, 39.6, -8.0, "Europe/Lisbon", "Região",
                    List.of("do Norte", "do Sul", "do Leste", "do Oeste", "Centro", "Litoral")),
            new Country("SE", Commission.BALTIC_SEA, 60.1, 15.6, "Europe/Stockholm", "Region",
                    List.of("Norr", "Söder", "Öster", "Väster", "Mitt", "Skärgård")),
            new Country("RO", Commission.BALKAN_BLACK_SEA, 45.9, 24.9, "Europe/Bucharest", "Regiunea",
                    List.of("Nord", "Sud", "Est", "Vest", "Centru", "Dunării")),
            new Country("FI", Commission.BALTIC_SEA, 62.9, 26.0, "Europe/Helsinki", "Maakunta",
                    List.of("Pohjoinen", "Etelä", "Itä", "Länsi", "Keski", "Saaristo")),
            new Country("NL", Commission.NORTH_SEA, 52.2, 5.5, "Europe/Amsterdam", "Provincie",
                    List.of("Noord", "Zuid", "Oost", "West", "Midden", "Kust")));

    private final RegionRepository regions;

    GeneratedRegions(RegionRepository regions) {
        this.regions = regions;
    }

    /** Adds generated regions until there are {@code total}; the same seed gives the same regions. */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<Region> ensure(int total, long seed) {
        List<Region> all = regions.findAll();
        Set<String> codes = all.stream().map(Region::nutsCode).collect(Collectors.toSet());
        Random random = new Random(seed);
        List<RegionRepository.NewRegion> missing = new ArrayList<>();
        for (int n = 0; all.size() + missing.size() < total; n++) {
            Country country = COUNTRIES.get(n % COUNTRIES.size());
            int number = n / COUNTRIES.size();
            String code = country.code() + "X" + Integer.toString(number + 36, 36).toUpperCase();
            double latitude = country.latitude() + (random.nextDouble() - 0.5) * 4;
            double longitude = country.longitude() + (random.nextDouble() - 0.5) * 6;
            if (codes.contains(code)) continue;
            String place = country.places().get(number % country.places().size());
            missing.add(new RegionRepository.NewRegion(code, country.word() + " " + place + " " + (number + 1),
                    country.code(), country.commission(), latitude, longitude, country.timeZone()));
        }
        regions.insertGenerated(missing);
        return regions.findAll();
    }
}
