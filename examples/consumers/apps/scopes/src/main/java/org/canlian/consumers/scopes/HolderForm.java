package org.canlian.consumers.scopes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.ValidResidentId;
import org.canlian.rules.roster.RosterReader;

/** Compiles only if canlian, jakarta.validation-api and Jackson are on the compile class path. */
public record HolderForm(@NotNull @ValidResidentId String residentId) {
    /** Reads a form with the application's mapper. */
    public static HolderForm read(ObjectMapper mapper, String json) throws IOException {
        return mapper.readValue(json, HolderForm.class);
    }

    /** The ID, parsed. */
    public ResidentId id() {
        return ResidentId.parse(residentId);
    }

    /** A roster reader: canlian-rules' API. */
    public static RosterReader reader() {
        return RosterReader.csv(java.time.LocalDate.of(2026, 1, 1));
    }
}
