package org.sabueso.tools.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sabueso.demo.HispanicNames;
import org.sabueso.tools.screening.Distorter.Kind;

/**
 * A person's name while the variant kinds are applied one after another: given names as words,
 * the surnames, a husband's surname, a suffix, the order. Each kind says whether it can apply to
 * the name as it stands (a married name only for a woman, a pet form only for a name that has
 * one) and changes it; {@link #render} writes the query's name.
 */
final class NameDraft {

    private final BenchPopulation.Person person;
    private final Random random;
    private final boolean yearOnly;
    final List<String> given = new ArrayList<>();
    String s1;
    String s2;
    String husband;
    String suffix;
    boolean surnameFirst;
    boolean hyphen;
    boolean nickname;
    /** The words of the notice's name: a kind acts on these, not on a name another kind made up. */
    private final Set<String> own = new HashSet<>();
    private final int ownGiven;

    NameDraft(BenchPopulation.Person person, Random random, boolean yearOnly) {
        this.person = person;
        this.random = random;
        this.yearOnly = yearOnly;
        for (String g : person.given()) {
            given.addAll(Arrays.asList(g.split(" ")));
        }
        this.s1 = person.firstSurname();
        this.s2 = person.secondSurname();
        this.ownGiven = given.size();
        own.addAll(words());
    }

    /** Whether this kind can change the name as it stands; with only a year of birth a query keeps its words. */
    boolean applies(Kind kind) {
        return switch (kind) {
            case ACCENTS, SURNAME_FIRST, SPELLING, SECOND_SURNAME_OTHER, SECOND_GIVEN_OTHER -> true;
            case SECOND_SURNAME_DROPPED -> s2 != null && !yearOnly;
            case INITIAL -> given.size() > 1;
            // a given name another kind added is not put first: the first given name stays one of hers or his
            case GIVEN_REORDERED -> given.size() > 1 && ownGiven > 1;
            case SECOND_GIVEN_DROPPED, FIRST_GIVEN_DROPPED -> given.size() > 1 && !yearOnly;
            case TYPO -> words().stream().anyMatch(w -> w.length() >= 5);
            case TWO_EDITS_LONG -> words().stream().anyMatch(w -> w.length() >= 7 && own.contains(w));
            case HYPHEN -> s2 != null;
            case NICKNAME -> person.nickname() != null;
            case MARRIED_NAME -> person.female();
            case PARTICLE_FUSED -> NameVariants.fused(s1) != null || NameVariants.fused(s2) != null;
            case PARTICLE_SPLIT -> NameVariants.split(s1) != null || NameVariants.split(s2) != null;
            case ABBREVIATION -> !person.female() || given.stream().anyMatch(g -> ownWith(g, NameVariants.ABBREVIATIONS));
            case HYPOCORISM -> given.stream().anyMatch(g -> ownWith(g, NameVariants.HYPOCORISMS));
            case ARABIC_ORIGIN -> given.stream().anyMatch(g -> ownWith(g, NameVariants.ARABIC)) || arabicSurname(s1)
                    || arabicSurname(s2);
        };
    }

    private boolean ownWith(String word, Map<String, List<String>> forms) {
        return own.contains(word) && forms.containsKey(word);
    }

    /** Changes the name by a kind that {@link #applies}; the kinds that act on the written string act in {@link Distorter}. */
    void apply(Kind kind) {
        switch (kind) {
            case SECOND_SURNAME_DROPPED -> s2 = null;
            case SURNAME_FIRST -> surnameFirst = true;
            case INITIAL -> given.set(1, given.get(1).charAt(0) + ".");
            case SECOND_GIVEN_DROPPED -> given.remove(1);
            case HYPHEN -> hyphen = true;
            case NICKNAME -> nickname = true;
            case MARRIED_NAME -> married();
            case SECOND_SURNAME_OTHER -> s2 = otherSurname();
            case GIVEN_REORDERED -> given.add(0, given.remove(1));
            case FIRST_GIVEN_DROPPED -> given.remove(0);
            case SECOND_GIVEN_OTHER -> secondGivenOther();
            case PARTICLE_FUSED -> {
                if (NameVariants.fused(s1) != null && (NameVariants.fused(s2) == null || random.nextBoolean())) {
                    s1 = NameVariants.fused(s1);
                } else {
                    s2 = NameVariants.fused(s2);
                }
            }
            case PARTICLE_SPLIT -> {
                if (NameVariants.split(s1) != null && (NameVariants.split(s2) == null || random.nextBoolean())) {
                    s1 = NameVariants.split(s1);
                } else {
                    s2 = NameVariants.split(s2);
                }
            }
            case ABBREVIATION -> abbreviation();
            case HYPOCORISM -> replaceGiven(NameVariants.HYPOCORISMS);
            case ARABIC_ORIGIN -> arabic();
            case TWO_EDITS_LONG -> twoEdits();
            case ACCENTS, SPELLING, TYPO -> {
                // act on the written name
            }
        }
    }

    /** "VARGAS DE CUADROS, Lucy Amparo", "Lucy Amparo Vargas de Cuadros", with or without her own second surname. */
    private void married() {
        husband = otherSurname();
        // a married woman's name often drops her mother's surname; with only a year of birth the query keeps it
        if (s2 != null && !yearOnly && random.nextBoolean()) {
            s2 = null;
        }
        surnameFirst = random.nextBoolean();
    }

    private void secondGivenOther() {
        RankedNames names = new RankedNames(person.female());
        String other = names.draw(random);
        for (int tries = 0; given.contains(other) && tries < 10; tries++) {
            other = names.draw(random);
        }
        if (given.size() > 1) {
            given.set(1, other);
        } else {
            given.add(other);
        }
    }

    private void abbreviation() {
        List<Integer> abbreviable = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (ownWith(given.get(i), NameVariants.ABBREVIATIONS)) {
                abbreviable.add(i);
            }
        }
        if (abbreviable.isEmpty() || (!person.female() && random.nextInt(3) == 0)) {
            suffix = NameVariants.pick(NameVariants.JUNIOR, random);
        } else {
            int i = NameVariants.pick(abbreviable, random);
            given.set(i, NameVariants.pick(NameVariants.ABBREVIATIONS.get(given.get(i)), random));
        }
    }

    private void replaceGiven(Map<String, List<String>> forms) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (ownWith(given.get(i), forms)) {
                at.add(i);
            }
        }
        int i = NameVariants.pick(at, random);
        given.set(i, NameVariants.pick(forms.get(given.get(i)), random));
    }

    private void arabic() {
        List<String> which = new ArrayList<>();
        if (given.stream().anyMatch(g -> ownWith(g, NameVariants.ARABIC))) {
            which.add("given");
        }
        if (arabicSurname(s1)) {
            which.add("s1");
        }
        if (arabicSurname(s2)) {
            which.add("s2");
        }
        switch (NameVariants.pick(which, random)) {
            case "given" -> replaceGiven(NameVariants.ARABIC);
            case "s1" -> s1 = NameVariants.pick(NameVariants.ARABIC.get(s1), random);
            default -> s2 = NameVariants.pick(NameVariants.ARABIC.get(s2), random);
        }
    }

    private static boolean arabicSurname(String surname) {
        return surname != null && NameVariants.ARABIC.containsKey(surname);
    }

    private void twoEdits() {
        List<String> words = words();
        List<String> longWords = words.stream().filter(w -> w.length() >= 7 && own.contains(w)).toList();
        String word = NameVariants.pick(longWords, random);
        String slipped = NameVariants.twoEdits(word, random);
        int g = given.indexOf(word);
        if (g >= 0) {
            given.set(g, slipped);
        } else if (s1 != null && s1.contains(word)) {
            s1 = s1.replace(word, slipped);
        } else {
            s2 = s2.replace(word, slipped);
        }
    }

    private String otherSurname() {
        String other = HispanicNames.Region.SURNAMES.draw(random);
        for (int tries = 0; (other.equals(s1) || other.equals(s2)) && tries < 10; tries++) {
            other = HispanicNames.Region.SURNAMES.draw(random);
        }
        return other;
    }

    private List<String> words() {
        List<String> words = new ArrayList<>(given);
        words.addAll(Arrays.asList(s1.split(" ")));
        if (s2 != null) {
            words.addAll(Arrays.asList(s2.split(" ")));
        }
        return words;
    }

    /** The name as the query writes it. */
    String render() {
        if (nickname) {
            return person.nickname();
        }
        String names = String.join(" ", given);
        String surnames = s2 == null ? s1 : hyphen ? s1 + "-" + s2 : s1 + " " + s2;
        if (husband != null) {
            surnames = surnames + " de " + husband;
        }
        if (surnameFirst) {
            return suffix == null ? surnames + ", " + names : surnames + ", " + suffix + ", " + names;
        }
        return suffix == null ? names + " " + surnames : names + " " + surnames + " " + suffix;
    }

    /** Given names of the person's sex, one word each ("José Luis" gives "José"). */
    private record RankedNames(boolean female) {
        String draw(Random random) {
            String drawn = (female ? HispanicNames.Region.FEMALE : HispanicNames.Region.MALE).draw(random);
            return drawn.split(" ")[0];
        }
    }
}
