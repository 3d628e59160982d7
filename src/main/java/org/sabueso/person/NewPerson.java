package org.sabueso.person;

import java.util.List;
import java.util.Set;

import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.sabueso.shared.ValueRefusal;

/** What an agency asserts about a person when it records them. */
public record NewPerson(String writtenName, PersonName name, List<Alias> aliases, PartialDate birthDate,
                        Set<CountryCode> nationalities, List<IdentityDocument> documents, Sex sex,
                        PhysicalDescription description, String externalId) {

    public NewPerson {
        if (writtenName == null || writtenName.isBlank()) {
            throw new InvalidValue(ValueRefusal.NAME_MISSING);
        }
        writtenName = writtenName.strip();
        if (name == null) {
            name = PersonName.parse(writtenName);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
        sex = sex == null ? Sex.UNKNOWN : sex;
        description = description == null ? PhysicalDescription.NONE : description;
    }
}
