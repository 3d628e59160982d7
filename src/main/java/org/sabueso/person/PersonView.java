package org.sabueso.person;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

/** A person as recorded, with the agency that asserted the core facts. */
public record PersonView(UUID id, String externalId, String writtenName, PersonName name, List<Alias> aliases,
                         PartialDate birthDate, Set<CountryCode> nationalities, List<IdentityDocument> documents,
                         Sex sex, PhysicalDescription description, String assertedBy) {
}
